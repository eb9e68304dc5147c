/**
 * Custom authorization servers (`/api/v1/authorizationServers`) with their scopes, claims,
 * policies and policy rules: the `default` server seeded, `issuer` and signing credentials
 * set on create (one ACTIVE key listed under `credentials/keys`, `keyRotate` adds a new one),
 * unique scope/claim names per server, activate/deactivate of servers, policies and rules.
 *
 * @module
 */
import { OktaHttpError } from "../errors.ts";
import type { GenericItem, Kind, KindContext } from "../long_tail/mod.ts";
import { requireField, requireOneOf, requireUnique } from "../validate.ts";
import { link } from "../links.ts";
import type { Org } from "../org.ts";
import { activeKey, rotateKey } from "../oauth/keys.ts";
import { orgKeyRing } from "../oauth/org_directory.ts";

const BASE = "/api/v1/authorizationServers";

function credentials(org: Org): Record<string, unknown> {
  const now = org.now();
  return {
    signing: {
      rotationMode: "AUTO",
      lastRotated: new Date(now).toISOString(),
      nextRotation: new Date(now + 90 * 86_400_000).toISOString(),
      kid: "",
    },
  };
}

/** The server's signing keys as the Management API lists them (public halves + status). */
function listKeys(org: Org, serverId: string): Record<string, unknown>[] {
  const ring = orgKeyRing(org);
  activeKey(ring, serverId);
  return ring.list(serverId).map((k) => ({ ...k.publicJwk, id: k.kid, status: k.status }));
}

/** Rotates the server's signing key (the one its tokens are signed with). */
function addKey(ctx: KindContext, server: GenericItem): void {
  const key = rotateKey(orgKeyRing(ctx.org), server.id);
  const signing = (server.data.credentials as { signing: Record<string, unknown> }).signing;
  signing.kid = key.kid;
  signing.lastRotated = ctx.org.timestamp();
}

/** Authorization servers. */
export const authorizationServersKind: Kind = {
  collection: BASE,
  idPrefix: "aus",
  targetType: "AuthorizationServer",
  limits: { default: 200, max: 200 },
  seed(org) {
    const now = new Date(org.now()).toISOString();
    return [{
      id: "default",
      name: "default",
      description: "Default Authorization Server",
      audiences: ["api://default"],
      issuerMode: "ORG_URL",
      status: "ACTIVE",
      default: true,
      credentials: credentials(org),
      created: now,
      lastUpdated: now,
    }];
  },
  validate(body, ctx, existing) {
    requireField(body, "name");
    const audiences = requireField(body, "audiences");
    if (!Array.isArray(audiences)) {
      throw new OktaHttpError("E0000001", "Api validation failed: audiences", {
        causes: ["audiences: must be an array."],
      });
    }
    requireUnique(ctx, "name", body.name, existing?.id);
    body.issuerMode ??= "ORG_URL";
    if (existing) body.credentials = existing.data.credentials;
  },
  onCreate(item, ctx) {
    item.data.credentials = credentials(ctx.org);
  },
  render(item, ctx) {
    return {
      ...structuredClone(item.data),
      issuer: `${ctx.info.origin}/oauth2/${item.id}`,
      _links: {
        self: link(ctx.info, `${BASE}/${item.id}`),
        scopes: link(ctx.info, `${BASE}/${item.id}/scopes`),
        claims: link(ctx.info, `${BASE}/${item.id}/claims`),
        policies: link(ctx.info, `${BASE}/${item.id}/policies`),
        keys: link(ctx.info, `${BASE}/${item.id}/credentials/keys`),
      },
    };
  },
  actions: {
    keyRotate(item, ctx) {
      addKey(ctx, item);
      ctx.org.emit("oauth2.as.key.rollover", "Authorization server key rollover", [{
        id: item.id,
        type: "AuthorizationServer",
        alternateId: String(item.data.name),
        displayName: String(item.data.name),
      }], ctx.info);
      return listKeys(ctx.org, item.id);
    },
  },
  events: {
    create: "oauth2.as.created",
    update: "oauth2.as.updated",
    delete: "oauth2.as.deleted",
    activate: "oauth2.as.activated",
    deactivate: "oauth2.as.deactivated",
  },
};

/** Scopes of an authorization server. */
export const oauthScopesKind: Kind = {
  collection: `${BASE}/{authServerId}/scopes`,
  idPrefix: "scp",
  targetType: "OAuth2Scope",
  initialStatus: null,
  validate(body, ctx, existing) {
    requireField(body, "name");
    requireUnique(ctx, "name", body.name, existing?.id);
    body.consent ??= "IMPLICIT";
    body.metadataPublish ??= "NO_CLIENTS";
    body.system = existing?.data.system ?? false;
    body.default ??= false;
  },
  filter(item, q) {
    const term = q.get("q")?.toLowerCase();
    return !term || String(item.data.name).toLowerCase().includes(term);
  },
  events: {
    create: "oauth2.scope.created",
    update: "oauth2.scope.updated",
    delete: "oauth2.scope.deleted",
  },
};

/** Claims of an authorization server. */
export const oauthClaimsKind: Kind = {
  collection: `${BASE}/{authServerId}/claims`,
  idPrefix: "ocl",
  targetType: "OAuth2Claim",
  validate(body, ctx, existing) {
    requireField(body, "name");
    requireOneOf(body, "claimType", ["IDENTITY", "RESOURCE"]);
    requireOneOf(body, "valueType", ["EXPRESSION", "GROUPS", "SYSTEM"]);
    requireField(body, "value");
    requireUnique(ctx, "name", body.name, existing?.id);
    body.alwaysIncludeInToken ??= true;
    body.system = existing?.data.system ?? false;
    body.conditions ??= { scopes: [] };
  },
  events: {
    create: "oauth2.claim.created",
    update: "oauth2.claim.updated",
    delete: "oauth2.claim.deleted",
  },
};

/** Access policies of an authorization server. */
export const oauthPoliciesKind: Kind = {
  collection: `${BASE}/{authServerId}/policies`,
  idPrefix: "00p",
  targetType: "Policy",
  validate(body) {
    requireField(body, "name");
    requireOneOf(body, "type", ["OAUTH_AUTHORIZATION_POLICY"]);
    body.priority ??= 1;
    body.system ??= false;
    body.conditions ??= { clients: { include: ["ALL_CLIENTS"] } };
  },
  events: {
    create: "oauth2.as.policy.created",
    update: "oauth2.as.policy.updated",
    delete: "oauth2.as.policy.deleted",
    activate: "oauth2.as.policy.activated",
    deactivate: "oauth2.as.policy.deactivated",
  },
};

/** Rules of an authorization server policy. */
export const oauthPolicyRulesKind: Kind = {
  collection: `${BASE}/{authServerId}/policies/{policyId}/rules`,
  idPrefix: "0pr",
  targetType: "PolicyRule",
  validate(body) {
    requireField(body, "name");
    requireOneOf(body, "type", ["RESOURCE_ACCESS"]);
    body.priority ??= 1;
    body.system ??= false;
    body.conditions ??= {
      people: { groups: { include: ["EVERYONE"] } },
      grantTypes: { include: ["client_credentials", "authorization_code"] },
      scopes: { include: ["*"] },
    };
    body.actions ??= {
      token: {
        accessTokenLifetimeMinutes: 60,
        refreshTokenLifetimeMinutes: 0,
        refreshTokenWindowMinutes: 10080,
      },
    };
  },
  events: {
    create: "oauth2.as.rule.created",
    update: "oauth2.as.rule.updated",
    delete: "oauth2.as.rule.deleted",
    activate: "oauth2.as.rule.activated",
    deactivate: "oauth2.as.rule.deactivated",
  },
};

/** Signing keys of an authorization server: the ones its tokens are signed with (`oauth/keys.ts`). */
export const oauthKeysKind: Kind = {
  collection: `${BASE}/{authServerId}/credentials/keys`,
  idPrefix: "kid",
  targetType: "AuthorizationServerJsonWebKey",
  initialStatus: null,
  list(_items, ctx) {
    if (!ctx.store.collection(BASE).get(ctx.params.authServerId)) return [];
    return listKeys(ctx.org, ctx.params.authServerId);
  },
  render: (item) => ({ ...item.data }),
};
