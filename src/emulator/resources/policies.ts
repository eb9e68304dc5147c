/**
 * Policies (`/api/v1/policies`): the list needs `type` (one of Okta's policy types) and returns
 * only the policies of that type, refined by `status` and `q` (name prefix). Create, replace,
 * rules and lifecycle stay the long tail's generic behaviour.
 *
 * Where the reference is silent [INF]: a missing `type` → 400 E0000028 with a `type` cause; an
 * unknown one → 400 E0000001 naming the allowed values; `q` matches the name prefix without
 * regard to case.
 *
 * @module
 */
import { OktaHttpError } from "../errors.ts";
import type { Kind } from "../long_tail/mod.ts";

/** The policy types `GET /api/v1/policies?type=` accepts (the spec's `PolicyType`). */
export const POLICY_TYPES: readonly string[] = [
  "ACCESS_POLICY",
  "ENTITY_RISK",
  "IDP_DISCOVERY",
  "MFA_ENROLL",
  "OKTA_SIGN_ON",
  "PASSWORD",
  "POST_AUTH_SESSION",
  "PROFILE_ENROLLMENT",
  "DEVICE_SIGNAL_COLLECTION",
  "SESSION_VIOLATION_DETECTION",
  "CLIENT_UPDATE",
  "IDENTITY_CLAIM_SOURCING",
];

/** Policies of the org (`/api/v1/policies`). */
export const policiesKind: Kind = {
  collection: "/api/v1/policies",
  idPrefix: "00p",
  targetType: "PolicyEntity",
  listQuery(q) {
    const type = q.get("type");
    if (type === null || type === "") {
      throw new OktaHttpError("E0000028", undefined, {
        causes: ["type: the policy type to list is required."],
      });
    }
    if (!POLICY_TYPES.includes(type)) {
      throw new OktaHttpError("E0000001", "Api validation failed: type", {
        causes: [`type: '${type}' is not one of ${POLICY_TYPES.join(", ")}.`],
      });
    }
  },
  filter(item, q) {
    if (item.data.type !== q.get("type")) return false;
    const status = q.get("status");
    if (status && item.data.status !== status) return false;
    const term = q.get("q")?.toLowerCase();
    return !term || String(item.data.name ?? "").toLowerCase().startsWith(term);
  },
};
