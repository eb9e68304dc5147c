/**
 * Identity providers (`/api/v1/idps`): name, type, protocol; created ACTIVE with a default
 * policy; activate/deactivate; `q` (name prefix) and `type` filters; paging 20/200.
 *
 * @module
 */
import type { Kind } from "../long_tail/mod.ts";
import { requireField, requireOneOf } from "../validate.ts";

const TYPES = [
  "AMAZON",
  "APPLE",
  "DISCORD",
  "FACEBOOK",
  "GITHUB",
  "GITLAB",
  "GOOGLE",
  "IDV_CLEAR",
  "IDV_INCODE",
  "IDV_PERSONA",
  "LINKEDIN",
  "LOGINGOV",
  "LOGINGOV_SANDBOX",
  "MICROSOFT",
  "OIDC",
  "PAYPAL",
  "PAYPAL_SANDBOX",
  "SALESFORCE",
  "SAML2",
  "SPOTIFY",
  "X509",
  "XERO",
  "YAHOO",
  "YAHOOJP",
];

/** Identity providers. */
export const idpsKind: Kind = {
  collection: "/api/v1/idps",
  idPrefix: "0oa",
  targetType: "IdentityProvider",
  limits: { default: 20, max: 200 },
  validate(body) {
    requireField(body, "name");
    requireOneOf(body, "type", TYPES);
    requireField(body, "protocol.type");
    body.issuerMode ??= "DYNAMIC";
    body.policy ??= {
      provisioning: {
        action: "AUTO",
        profileMaster: false,
        groups: { action: "NONE" },
        conditions: {
          deprovisioned: { action: "NONE" },
          suspended: { action: "NONE" },
        },
      },
      accountLink: { action: "AUTO" },
      subject: { userNameTemplate: { template: "idpuser.email" }, matchType: "USERNAME" },
      maxClockSkew: 0,
    };
  },
  filter(item, q) {
    const term = q.get("q")?.toLowerCase();
    if (term && !String(item.data.name).toLowerCase().startsWith(term)) return false;
    return !q.get("type") || item.data.type === q.get("type");
  },
  events: {
    create: "system.idp.lifecycle.create",
    update: "system.idp.lifecycle.update",
    delete: "system.idp.lifecycle.delete",
    activate: "system.idp.lifecycle.activate",
    deactivate: "system.idp.lifecycle.deactivate",
  },
};
