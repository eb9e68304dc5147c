/**
 * The authorization servers' view of the emulated org: OIDC apps made through the Management
 * API are the clients (client id, secret or JWKS incl. `/credentials/jwks`, grant types, DPoP,
 * scopes consented through `/grants`), `/api/v1/authorizationServers` are the custom servers
 * (their scopes and policy rules decide what they issue), and signing keys live in the org's
 * store, so all of it is saved with `--state`.
 *
 * @module
 */
import { type GenericItem, storeOf } from "../generic.ts";
import type { AppRecord, Org } from "../org.ts";
import { insertApp } from "../resources/apps.ts";
import type {
  EmulatorOAuthClient,
  GrantType,
  OAuthDirectory,
  ResolvedClient,
  ServerInfo,
} from "./directory.ts";
import type { KeyRing, SigningKey } from "./keys.ts";

const SERVERS = "/api/v1/authorizationServers";
const DEVICE_GRANT = "urn:ietf:params:oauth:grant-type:device_code";

type Json = Record<string, unknown>;

function obj(value: unknown): Json {
  return value !== null && typeof value === "object" && !Array.isArray(value) ? value as Json : {};
}

/** The app whose client id this is (OIDC apps only). */
function appOfClient(org: Org, clientId: string): AppRecord | undefined {
  const direct = org.apps.get(clientId);
  if (direct && direct.data.signOnMode === "OPENID_CONNECT") return direct;
  return org.apps.values().find((a) =>
    a.data.signOnMode === "OPENID_CONNECT" &&
    obj(obj(a.data.credentials).oauthClient).client_id === clientId
  );
}

function clientOf(org: Org, app: AppRecord, orgUrl: string): ResolvedClient {
  const settings = obj(obj(app.data.settings).oauthClient);
  const credentials = obj(obj(app.data.credentials).oauthClient);
  const store = storeOf(org);
  const keys = [
    ...(Array.isArray(obj(settings.jwks).keys) ? obj(settings.jwks).keys as Json[] : []),
    ...store.collection(`/api/v1/apps/${app.id}/credentials/jwks`).values()
      .filter((k) => k.data.status !== "INACTIVE")
      .map((k) => k.data),
  ].map((k) => {
    const { status: _s, created: _c, lastUpdated: _l, _links, id: _id, ...jwk } = k;
    return jwk as JsonWebKey & { kid?: string };
  });
  const issuer = new URL(orgUrl).origin;
  const granted = store.collection(`/api/v1/apps/${app.id}/grants`).values()
    .filter((g) => g.data.status !== "REVOKED" && (!g.data.issuer || g.data.issuer === issuer))
    .map((g) => String(g.data.scopeId));
  const grants = (Array.isArray(settings.grant_types) ? settings.grant_types : []) as string[];
  const secret = credentials.client_secret;
  return {
    clientId: String(credentials.client_id ?? app.id),
    scopes: [...new Set([...granted, ...OIDC_ALWAYS])],
    grantTypes: grants.map((g) => (g === "device_code" ? DEVICE_GRANT : g)) as GrantType[],
    dpop: settings.dpop_bound_access_tokens === true,
    jwks: keys.length > 0 ? { keys } : undefined,
    clientSecret: typeof secret === "string" ? secret : undefined,
    authMethod: String(credentials.token_endpoint_auth_method ?? "client_secret_basic"),
    active: app.data.status === "ACTIVE",
  };
}

/** OIDC scopes an app may always ask the org server for (no consent grant needed). */
const OIDC_ALWAYS = ["openid", "profile", "email", "address", "phone", "offline_access"];

function matchesInclude(include: unknown, value: string): boolean {
  if (!Array.isArray(include)) return true;
  return include.includes(value) || include.includes("*") || include.includes("ALL_CLIENTS");
}

function customServer(org: Org, id: string): ServerInfo | undefined {
  const store = storeOf(org);
  const item = store.collection(SERVERS).get(id);
  if (!item) return undefined;
  const base = `${SERVERS}/${id}`;
  const scopes = store.collection(`${base}/scopes`).values().map((s) => String(s.data.name));
  const policies = store.collection(`${base}/policies`).values()
    .filter((p) => p.data.status !== "INACTIVE")
    .sort((a, b) => Number(a.data.priority ?? 0) - Number(b.data.priority ?? 0));
  const audiences = item.data.audiences as string[] | undefined;
  return {
    id,
    audience: audiences?.[0] ?? `api://${id}`,
    active: item.data.status !== "INACTIVE",
    policy: {
      scopes,
      allows(clientId, grant, requested) {
        for (const policy of policies) {
          const clients = obj(obj(policy.data.conditions).clients).include;
          if (!matchesInclude(clients, clientId)) continue;
          const rules: GenericItem[] = store.collection(`${base}/policies/${policy.id}/rules`)
            .values().filter((r) => r.data.status !== "INACTIVE");
          for (const rule of rules) {
            const conditions = obj(rule.data.conditions);
            const grants = obj(conditions.grantTypes).include;
            const ruleScopes = obj(conditions.scopes).include;
            if (!Array.isArray(grants) || !grants.includes(grant)) continue;
            if (requested.every((s) => matchesInclude(ruleScopes, s))) return true;
          }
        }
        return false;
      },
    },
  };
}

/** A key ring kept in the org's long-tail store (`#oauth2/{serverId}/keys`, saved with state). */
export function orgKeyRing(org: Org): KeyRing {
  const path = (id: string) => `#oauth2/${id}/keys`;
  return {
    list: (id) =>
      storeOf(org).collection(path(id)).values().map((k) => k.data as unknown as SigningKey),
    store(id, keys) {
      const collection = storeOf(org).collection(path(id));
      for (const k of [...collection.values()]) collection.delete(k.id);
      for (const k of keys) {
        collection.set({
          seq: org.seq.next(),
          id: k.kid,
          data: k as unknown as Record<string, unknown>,
        });
      }
      org.changed();
    },
  };
}

/** The directory of an emulated org. */
export function orgDirectory(org: Org, orgUrl: () => string): OAuthDirectory {
  return {
    client(clientId) {
      const app = appOfClient(org, clientId);
      return app ? clientOf(org, app, orgUrl()) : undefined;
    },
    register(client: EmulatorOAuthClient) {
      const existing = appOfClient(org, client.clientId);
      if (existing) org.apps.delete(existing.id);
      const service = client.grantTypes.includes("client_credentials");
      const app = insertApp(org, {
        name: "oidc_client",
        label: client.clientId,
        signOnMode: "OPENID_CONNECT",
        credentials: {
          oauthClient: {
            client_id: client.clientId,
            token_endpoint_auth_method: client.jwks ? "private_key_jwt" : "none",
          },
        },
        settings: {
          oauthClient: {
            application_type: service ? "service" : "native",
            grant_types: client.grantTypes.map((g) => (g === "device_code" ? DEVICE_GRANT : g)),
            response_types: service ? ["token"] : ["code"],
            dpop_bound_access_tokens: client.dpop === true,
            ...(client.jwks ? { jwks: { keys: client.jwks.keys } } : {}),
          },
        },
      }, true);
      const grants = storeOf(org).collection(`/api/v1/apps/${app.id}/grants`);
      const now = org.timestamp();
      for (const scope of client.scopes) {
        const id = org.ids.next("oag");
        grants.set({
          seq: org.seq.next(),
          id,
          data: {
            id,
            scopeId: scope,
            issuer: new URL(orgUrl()).origin,
            status: "ACTIVE",
            source: "ADMIN",
            created: now,
            lastUpdated: now,
          },
        });
      }
      org.changed();
    },
    server(id, url) {
      if (id === "org") {
        return { id, audience: new URL(url).origin, active: true, policy: {} };
      }
      return customServer(org, id);
    },
    user(id) {
      const user = org.users.get(id);
      return user ? { login: String(user.profile.login ?? id), profile: user.profile } : undefined;
    },
    defaultSubject: () => org.adminId,
    keys: orgKeyRing(org),
  };
}
