/**
 * Trusted origins (`/api/v1/trustedOrigins`): name + origin URL + scopes (CORS, REDIRECT,
 * IFRAME_EMBED), unique origins, activate/deactivate, `q` and `filter`.
 *
 * @module
 */
import { OktaHttpError } from "../errors.ts";
import type { Kind } from "../long_tail/mod.ts";
import { isObject, requireField, requireUnique, simpleFilter } from "../validate.ts";

const SCOPES = ["CORS", "REDIRECT", "IFRAME_EMBED"];

/** Trusted origins. */
export const trustedOriginsKind: Kind = {
  collection: "/api/v1/trustedOrigins",
  idPrefix: "tos",
  targetType: "TrustedOrigin",
  limits: { default: 20, max: 200 },
  validate(body, ctx, existing) {
    requireField(body, "name");
    const origin = String(requireField(body, "origin"));
    let parsed: URL | undefined;
    try {
      parsed = new URL(origin);
    } catch { /* reported below */ }
    if (
      !parsed || !/^https?:$/.test(parsed.protocol) || parsed.origin !== origin.replace(/\/$/, "")
    ) {
      throw new OktaHttpError("E0000001", "Api validation failed: origin", {
        causes: ["origin: must be a valid origin (scheme://host[:port])."],
      });
    }
    const scopes = requireField(body, "scopes");
    if (
      !Array.isArray(scopes) || !scopes.every((s) => isObject(s) && SCOPES.includes(String(s.type)))
    ) {
      throw new OktaHttpError("E0000001", "Api validation failed: scopes", {
        causes: [`scopes: each scope needs a type of ${SCOPES.join(", ")}.`],
      });
    }
    requireUnique(ctx, "origin", origin, existing?.id);
    const actor = ctx.info.actor.id;
    body.createdBy = existing?.data.createdBy ?? actor;
    body.lastUpdatedBy = actor;
  },
  filter(item, q) {
    const term = q.get("q")?.toLowerCase();
    if (term && !`${item.data.name} ${item.data.origin}`.toLowerCase().includes(term)) return false;
    return simpleFilter(q.get("filter"), (f) => item.data[f]);
  },
  events: {
    create: "trustedorigins.create",
    update: "trustedorigins.update",
    delete: "trustedorigins.delete",
    activate: "trustedorigins.activate",
    deactivate: "trustedorigins.deactivate",
  },
};
