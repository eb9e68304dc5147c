/**
 * The emulator's org authorization server: `/oauth2/v1/*` (device grant, client credentials
 * with private_key_jwt, refresh, revoke, DPoP with nonces), the tokens it issued and the test
 * helpers that register clients and approve device codes. The check of an access token presented
 * to the Management API is in `resource.ts`.
 *
 * @module
 */
import { createHash } from "node:crypto";
import { type Context, Hono } from "npm:hono@^4.13.19";
import { base64url, decodeJwt } from "npm:jose@^6.2.18";
import {
  type EmulatorOAuthClient,
  type GrantType,
  memoryDirectory,
  type OAuthDirectory,
  OIDC_SCOPES,
  type ResolvedClient,
  type ServerInfo,
} from "./directory.ts";
import { publicJwks, signJwt } from "./keys.ts";
import { verifyClientAssertion, verifyDpopProof } from "./proofs.ts";

import {
  type AccessTokenCheck,
  checkAccessToken,
  type IssuedToken,
  type PresentedToken,
} from "./resource.ts";

export type { ClientKey } from "./proofs.ts";
export type { AccessTokenCheck, PresentedToken } from "./resource.ts";
export type { EmulatorOAuthClient, GrantType, OAuthDirectory } from "./directory.ts";

/** Options the emulator passes to its authorization server. */
export interface OAuthServerOptions {
  /** The org's origin, e.g. `http://127.0.0.1:8787` (issuer and `aud` checks use it). */
  orgUrl: () => string;
  /** The emulator's clock in epoch milliseconds (tests may fake it). */
  now: () => number;
  /** Seconds between device polls announced by `/device/authorize`. @default {5} */
  deviceInterval?: number;
  /** Seconds a device code lives. @default {600} */
  deviceExpiresIn?: number;
  /** Seconds an access token lives. @default {3600} */
  tokenLifetime?: number;
  /** Demand a DPoP nonce on Management API calls too (Okta does not today). @default {false} */
  resourceNonce?: boolean;
  /** Clients, servers, users and keys. @default registered clients in memory, the org server only */
  directory?: OAuthDirectory;
}

/** Settings that can change while the server runs. */
export interface OAuthServerSettings {
  /** Seconds between device polls. */
  deviceInterval: number;
  /** Seconds a device code lives. */
  deviceExpiresIn: number;
  /** Seconds an access token lives. */
  tokenLifetime: number;
  /** Demand a DPoP nonce on Management API calls. */
  resourceNonce: boolean;
}

/** Counters tests can assert on. */
export interface OAuthServerStats {
  /** Requests to `/token`, by grant type. */
  tokenRequests: Record<string, number>;
  /** Tokens issued. */
  tokensIssued: number;
  /** Requests to `/revoke`. */
  revokeRequests: number;
}

/**
 * The authorization server's token check and the test helpers to drive it, as the emulator
 * exposes them (`emulator.oauth`).
 */
export interface EmulatorOAuth {
  /** Checks an access token presented to the Management API. */
  verifyAccessToken(input: PresentedToken): Promise<AccessTokenCheck>;
  /** Registers (or replaces) a client. */
  registerClient(client: EmulatorOAuthClient): void;
  /** Approves a pending device sign-in as `subject` (a user id). Throws on an unknown code. */
  approveDevice(userCode: string, subject?: string): void;
  /** Denies a pending device sign-in. Throws on an unknown code. */
  denyDevice(userCode: string): void;
  /** Makes the next `count` polls of this device sign-in answer `slow_down`. */
  slowDownDevice(userCode: string, count?: number): void;
  /**
   * Mints an access token directly (for Bearer tests); never DPoP-bound. Without `clientId` it
   * is issued to a built-in helper client that holds SUPER_ADMIN, so only its scopes limit it;
   * with `subject`, the user's admin roles apply.
   */
  issueAccessToken(input: {
    clientId?: string;
    scopes: string[];
    subject?: string;
    lifetime?: number;
  }): string;
  /** Changes settings at run time. */
  configure(settings: Partial<OAuthServerSettings>): void;
  /** Starts a new DPoP nonce; the previous one stays valid. */
  rotateDpopNonce(): string;
  /** Counters since creation. */
  readonly stats: OAuthServerStats;
}

/** The authorization server: its routes and {@link EmulatorOAuth}. */
export interface OAuthServer extends EmulatorOAuth {
  /** The org server's routes, to mount at `/oauth2/v1`. */
  routes: Hono;
  /**
   * Every server at Okta's paths, to mount at `/`: `/oauth2/v1/*`, `/oauth2/{id}/v1/*` and the
   * discovery documents (`/.well-known/…`, `/oauth2/{id}/.well-known/…`).
   */
  app: Hono;
}

/** The client `issueAccessToken` mints for when it is given none. */
export const HELPER_CLIENT_ID = "0oa_emulator_bearer";

/** Whether a path belongs to an authorization server (not the Management API). */
export function isOAuthPath(path: string): boolean {
  if (path.startsWith("/.well-known/")) return true;
  if (!path.startsWith("/oauth2/")) return false;
  return !path.startsWith("/oauth2/v1/clients");
}

const DEVICE_GRANT = "urn:ietf:params:oauth:grant-type:device_code";
const ASSERTION_TYPE = "urn:ietf:params:oauth:client-assertion-type:jwt-bearer";
const USER_CODE_ALPHABET = "BCDFGHJKLMNPQRSTVWXZ";

interface AccessRecord extends IssuedToken {
  refreshToken?: string;
  serverId: string;
  claims: Record<string, unknown>;
}

interface RefreshRecord {
  serverId: string;
  clientId: string;
  scopes: string[];
  subject: string;
  jkt?: string;
  revoked: boolean;
}

interface DeviceRecord {
  serverId: string;
  deviceCode: string;
  userCode: string;
  clientId: string;
  scopes: string[];
  expiresAt: number;
  interval: number;
  lastPoll?: number;
  state: "pending" | "approved" | "denied" | "used";
  subject?: string;
  slowDowns: number;
}

class OAuthFailure extends Error {
  constructor(
    readonly status: number,
    readonly error: string,
    readonly description: string,
    readonly headers: Record<string, string> = {},
  ) {
    super(description);
  }
}

function randomToken(bytes = 32): string {
  return base64url.encode(crypto.getRandomValues(new Uint8Array(bytes)));
}

function userCode(): string {
  const raw = crypto.getRandomValues(new Uint8Array(8));
  return [...raw].map((b) => USER_CODE_ALPHABET[b % USER_CODE_ALPHABET.length]).join("");
}

function normalizeGrant(grant: GrantType): string {
  return grant === "device_code" ? DEVICE_GRANT : grant;
}

/** A server id and the context its handlers read. */
type ServerOf = (c: Context) => string;

/** Creates the emulator's authorization servers (the org one and the directory's custom ones). */
export function createOAuthServer(options: OAuthServerOptions): OAuthServer {
  const settings: OAuthServerSettings = {
    deviceInterval: options.deviceInterval ?? 5,
    deviceExpiresIn: options.deviceExpiresIn ?? 600,
    tokenLifetime: options.tokenLifetime ?? 3600,
    resourceNonce: options.resourceNonce ?? false,
  };
  const directory = options.directory ?? memoryDirectory();
  const devices = new Map<string, DeviceRecord>();
  const userCodes = new Map<string, string>();
  const accessTokens = new Map<string, AccessRecord>();
  const refreshTokens = new Map<string, RefreshRecord>();
  const assertionJtis = new Map<string, number>();
  const proofJtis = new Map<string, number>();
  let nonces = [randomToken(16)];
  const stats: OAuthServerStats = { tokenRequests: {}, tokensIssued: 0, revokeRequests: 0 };

  const origin = () => new URL(options.orgUrl()).origin;
  const issuer = (serverId: string) =>
    serverId === "org" ? origin() : `${origin()}/oauth2/${serverId}`;
  const base = (serverId: string) =>
    serverId === "org" ? `${origin()}/oauth2/v1` : `${origin()}/oauth2/${serverId}/v1`;
  const endpoint = (serverId: string, name: string) => `${base(serverId)}/${name}`;

  function seen(store: Map<string, number>): (jti: string, until: number) => boolean {
    return (jti, until) => {
      const now = options.now();
      for (const [k, exp] of store) if (exp < now) store.delete(k);
      if (store.has(jti)) return true;
      store.set(jti, until);
      return false;
    };
  }

  function requireServer(serverId: string): ServerInfo {
    const server = directory.server(serverId, options.orgUrl());
    if (!server || !server.active) {
      throw new OAuthFailure(404, "not_found", "The authorization server was not found.");
    }
    return server;
  }

  interface Grant {
    serverId: string;
    client: ResolvedClient;
    scopes: string[];
    subject: string;
    jkt?: string;
    withRefresh: boolean;
    refreshToken?: string;
    lifetime?: number;
    authTime?: number;
  }

  /** Access token (a signed JWT with Okta's claims), and an ID token for `openid`. */
  function issue(grant: Grant): Record<string, unknown> {
    const server = requireServer(grant.serverId);
    const lifetime = grant.lifetime ?? settings.tokenLifetime;
    const iat = Math.floor(options.now() / 1000);
    const exp = iat + lifetime;
    const user = grant.subject === grant.client.clientId
      ? undefined
      : directory.user(grant.subject);
    const isUser = grant.subject !== grant.client.clientId;
    const claims: Record<string, unknown> = {
      ver: 1,
      jti: `AT.${randomToken(24)}`,
      iss: issuer(grant.serverId),
      aud: server.audience,
      iat,
      exp,
      cid: grant.client.clientId,
      scp: grant.scopes,
      sub: isUser ? (user?.login ?? grant.subject) : grant.client.clientId,
    };
    if (isUser) {
      claims.uid = grant.subject;
      claims.auth_time = grant.authTime ?? iat;
    }
    if (grant.jkt) claims.cnf = { jkt: grant.jkt };
    const token = signJwt(directory.keys, grant.serverId, claims);
    const record: AccessRecord = {
      serverId: grant.serverId,
      clientId: grant.client.clientId,
      scopes: grant.scopes,
      subject: grant.subject,
      expiresAt: options.now() + lifetime * 1000,
      revoked: false,
      claims,
    };
    if (grant.jkt) record.jkt = grant.jkt;
    let refresh = grant.refreshToken;
    if (!refresh && grant.withRefresh) {
      refresh = randomToken(32);
      refreshTokens.set(refresh, {
        serverId: grant.serverId,
        clientId: grant.client.clientId,
        scopes: grant.scopes,
        subject: grant.subject,
        jkt: grant.jkt,
        revoked: false,
      });
    }
    if (refresh) record.refreshToken = refresh;
    accessTokens.set(token, record);
    stats.tokensIssued++;
    const body: Record<string, unknown> = {
      token_type: grant.jkt ? "DPoP" : "Bearer",
      expires_in: lifetime,
      access_token: token,
      scope: grant.scopes.join(" "),
    };
    if (refresh && !grant.refreshToken) body.refresh_token = refresh;
    if (isUser && grant.scopes.includes("openid")) {
      body.id_token = idToken(grant, claims, token);
    }
    return body;
  }

  function idToken(grant: Grant, access: Record<string, unknown>, accessToken: string): string {
    const digest = new Uint8Array(createHash("sha256").update(accessToken).digest());
    const claims: Record<string, unknown> = {
      ver: 1,
      jti: `ID.${randomToken(24)}`,
      iss: access.iss,
      aud: grant.client.clientId,
      sub: grant.subject,
      iat: access.iat,
      exp: access.exp,
      auth_time: access.auth_time,
      amr: ["pwd"],
      idp: "00o" + grant.subject.slice(3),
      at_hash: base64url.encode(digest.slice(0, 16)),
      ...profileClaims(grant.subject, grant.scopes),
    };
    return signJwt(directory.keys, grant.serverId, claims);
  }

  /** The user's claims the `profile` and `email` scopes release. */
  function profileClaims(subject: string, scopes: string[]): Record<string, unknown> {
    const user = directory.user(subject);
    if (!user) return {};
    const p = user.profile;
    const out: Record<string, unknown> = {};
    if (scopes.includes("profile")) {
      const name = [p.firstName, p.lastName].filter(Boolean).join(" ");
      Object.assign(out, {
        name: String(p.displayName ?? name),
        preferred_username: user.login,
        given_name: p.firstName,
        family_name: p.lastName,
        locale: p.locale ?? "en_US",
        zoneinfo: p.timezone ?? "America/Los_Angeles",
      });
    }
    if (scopes.includes("email") && typeof p.email === "string") {
      out.email = p.email;
      out.email_verified = true;
    }
    return out;
  }

  function requireClient(clientId: string | undefined): ResolvedClient {
    const client = clientId ? directory.client(clientId) : undefined;
    // A deactivated app is refused like an unknown one [INF].
    if (!client || !client.active) {
      throw new OAuthFailure(401, "invalid_client", "Invalid value for 'client_id' parameter.");
    }
    return client;
  }

  function basicCredentials(c: Context): [string, string] | undefined {
    const header = c.req.header("Authorization") ?? "";
    if (!/^basic /i.test(header)) return undefined;
    try {
      const decoded = atob(header.slice(6).trim());
      const colon = decoded.indexOf(":");
      if (colon < 0) return undefined;
      return [
        decodeURIComponent(decoded.slice(0, colon)),
        decodeURIComponent(decoded.slice(colon + 1)),
      ];
    } catch {
      return undefined;
    }
  }

  function secretMatches(client: ResolvedClient, secret: string): void {
    if (!client.clientSecret || !constantTimeEqual(secret, client.clientSecret)) {
      throw new OAuthFailure(
        401,
        "invalid_client",
        "The client secret supplied for a confidential client is invalid.",
      );
    }
  }

  /** Client authentication: private_key_jwt, client_secret_basic|post, or a public client_id. */
  async function authenticate(
    c: Context,
    form: Record<string, string>,
    serverId: string,
    endpointName: string,
  ): Promise<ResolvedClient> {
    const assertion = form.client_assertion;
    const basic = basicCredentials(c);
    const used = [assertion !== undefined, basic !== undefined, form.client_secret !== undefined]
      .filter(Boolean).length;
    if (used > 1) {
      throw new OAuthFailure(
        400,
        "invalid_request",
        "Cannot supply multiple client credentials. Use one of the following: credentials in the Authorization header, credentials in the post body, or a client_assertion in the post body.",
      );
    }
    if (assertion !== undefined || form.client_assertion_type !== undefined) {
      if (form.client_assertion_type !== ASSERTION_TYPE) {
        throw new OAuthFailure(400, "invalid_request", "The client_assertion_type is invalid.");
      }
      if (!assertion) throw new OAuthFailure(401, "invalid_client", "No client credentials found.");
      let iss: unknown;
      try {
        iss = decodeJwt(assertion).iss;
      } catch {
        throw new OAuthFailure(401, "invalid_client", "The client_assertion is not a valid JWT.");
      }
      const clientId = form.client_id ?? (typeof iss === "string" ? iss : undefined);
      const client = requireClient(clientId);
      if (!client.jwks || client.jwks.keys.length === 0) {
        throw new OAuthFailure(401, "invalid_client", "The client has no registered public keys.");
      }
      const result = await verifyClientAssertion(assertion, {
        clientId: client.clientId,
        keys: client.jwks.keys,
        audience: endpoint(serverId, endpointName),
        nowMs: options.now(),
        seenJti: seen(assertionJtis),
      });
      if (!result.ok) throw new OAuthFailure(result.status, result.error, result.description);
      return client;
    }
    if (basic) {
      const client = requireClient(basic[0]);
      secretMatches(client, basic[1]);
      return client;
    }
    if (form.client_secret !== undefined) {
      const client = requireClient(form.client_id);
      secretMatches(client, form.client_secret);
      return client;
    }
    if (!form.client_id) {
      throw new OAuthFailure(401, "invalid_client", "No client credentials found.");
    }
    const client = requireClient(form.client_id);
    if (client.authMethod !== "none") {
      throw new OAuthFailure(
        401,
        "invalid_client",
        client.jwks && client.jwks.keys.length > 0
          ? "Client authentication is required: use private_key_jwt."
          : "Client authentication is required.",
      );
    }
    return client;
  }

  function grantedScopes(
    client: ResolvedClient,
    server: ServerInfo,
    requested: string | undefined,
  ): string[] {
    const scopes = (requested ?? "").split(" ").filter(Boolean);
    if (scopes.length === 0) {
      throw new OAuthFailure(400, "invalid_scope", "No scopes were requested.");
    }
    const known = server.policy.scopes;
    const missing = scopes.filter((s) =>
      known ? !known.includes(s) && !OIDC_SCOPES.includes(s) : !client.scopes.includes(s)
    );
    if (missing.length > 0) {
      throw new OAuthFailure(
        400,
        "invalid_scope",
        `The following scopes are not allowed: ${missing.join(", ")}`,
      );
    }
    return scopes;
  }

  function requirePolicy(
    server: ServerInfo,
    client: ResolvedClient,
    grant: string,
    scopes: string[],
  ) {
    if (server.policy.allows && !server.policy.allows(client.clientId, grant, scopes)) {
      throw new OAuthFailure(
        400,
        "access_denied",
        "Policy evaluation failed for this request, please check the policy configurations.",
      );
    }
  }

  function requireGrant(client: EmulatorOAuthClient, grant: string): void {
    if (!client.grantTypes.map(normalizeGrant).includes(grant)) {
      throw new OAuthFailure(
        400,
        "unauthorized_client",
        "The client is not authorized to use the provided grant type.",
      );
    }
  }

  async function checkTokenDpop(
    c: Context,
    client: EmulatorOAuthClient,
    serverId: string,
  ): Promise<string | undefined> {
    if (!client.dpop) return undefined; // a DPoP header from a non-DPoP app is ignored
    const proof = c.req.header("DPoP");
    if (!proof) {
      throw new OAuthFailure(400, "invalid_dpop_proof", "The DPoP proof JWT header is missing.");
    }
    const result = await verifyDpopProof(proof, {
      method: "POST",
      url: endpoint(serverId, "token"),
      nowMs: options.now(),
      nonces,
      seenJti: seen(proofJtis),
    });
    if (!result.ok) {
      const headers: Record<string, string> = result.error === "use_dpop_nonce"
        ? { "DPoP-Nonce": nonces[nonces.length - 1] }
        : {};
      throw new OAuthFailure(result.status, result.error, result.description, headers);
    }
    return result.jkt;
  }

  async function form(c: Context): Promise<Record<string, string>> {
    const type = c.req.header("Content-Type") ?? "";
    if (!type.includes("application/x-www-form-urlencoded")) {
      throw new OAuthFailure(
        400,
        "invalid_request",
        "The request must use Content-Type application/x-www-form-urlencoded.",
      );
    }
    const params = new URLSearchParams(await c.req.text());
    const out: Record<string, string> = {};
    for (const [k, v] of params) out[k] = v;
    return out;
  }

  function fail(c: Context, e: unknown): Response {
    if (!(e instanceof OAuthFailure)) throw e;
    return c.json(
      { error: e.error, error_description: e.description },
      e.status as 400,
      { "Cache-Control": "no-store", Pragma: "no-cache", ...e.headers },
    );
  }

  function deviceByUserCode(code: string): DeviceRecord {
    const deviceCode = userCodes.get(code);
    const device = deviceCode ? devices.get(deviceCode) : undefined;
    if (!device) throw new Error(`Unknown user code ${code}`);
    return device;
  }

  /** The record of a token this server issued and that is still good, or `undefined`. */
  function liveToken(token: string, serverId: string): AccessRecord | undefined {
    const record = accessTokens.get(token);
    if (!record || record.revoked || record.serverId !== serverId) return undefined;
    if (options.now() >= record.expiresAt) return undefined;
    const client = directory.client(record.clientId);
    if (client && !client.active) return undefined;
    return record;
  }

  function metadata(serverId: string, openid: boolean): Record<string, unknown> {
    const url = (name: string) => endpoint(serverId, name);
    const doc: Record<string, unknown> = {
      issuer: issuer(serverId),
      authorization_endpoint: url("authorize"),
      token_endpoint: url("token"),
      registration_endpoint: `${origin()}/oauth2/v1/clients`,
      jwks_uri: url("keys"),
      response_types_supported: ["code", "token", "id_token", "code id_token", "code token"],
      response_modes_supported: ["query", "fragment", "form_post", "okta_post_message"],
      grant_types_supported: [
        "authorization_code",
        "implicit",
        "refresh_token",
        "password",
        "client_credentials",
        DEVICE_GRANT,
      ],
      scopes_supported: serverId === "org" ? [...OIDC_SCOPES] : [
        ...(directory.server(serverId, options.orgUrl())?.policy.scopes ?? []),
        ...OIDC_SCOPES,
      ],
      token_endpoint_auth_methods_supported: [
        "client_secret_basic",
        "client_secret_post",
        "client_secret_jwt",
        "private_key_jwt",
        "none",
      ],
      claims_supported: [
        "iss",
        "ver",
        "sub",
        "aud",
        "iat",
        "exp",
        "jti",
        "auth_time",
        "amr",
        "idp",
        "name",
        "preferred_username",
        "given_name",
        "family_name",
        "locale",
        "zoneinfo",
        "email",
        "email_verified",
        "at_hash",
      ],
      code_challenge_methods_supported: ["S256"],
      introspection_endpoint: url("introspect"),
      introspection_endpoint_auth_methods_supported: [
        "client_secret_basic",
        "client_secret_post",
        "client_secret_jwt",
        "private_key_jwt",
        "none",
      ],
      revocation_endpoint: url("revoke"),
      revocation_endpoint_auth_methods_supported: [
        "client_secret_basic",
        "client_secret_post",
        "client_secret_jwt",
        "private_key_jwt",
        "none",
      ],
      end_session_endpoint: url("logout"),
      request_parameter_supported: true,
      request_object_signing_alg_values_supported: ["HS256", "HS384", "HS512", "RS256", "ES256"],
      device_authorization_endpoint: url("device/authorize"),
      dpop_signing_alg_values_supported: ["RS256", "RS384", "RS512", "ES256", "ES384", "ES512"],
    };
    if (openid) {
      Object.assign(doc, {
        userinfo_endpoint: url("userinfo"),
        subject_types_supported: ["public"],
        id_token_signing_alg_values_supported: ["RS256"],
      });
    }
    return doc;
  }

  /** One server's `/v1/*` routes; `serverOf` names the server a request is for. */
  function serverRoutes(serverOf: ServerOf): Hono {
    const routes = new Hono();
    routes.get("/keys", (c) => {
      try {
        requireServer(serverOf(c));
        return c.json(publicJwks(directory.keys, serverOf(c)), 200, {
          "Cache-Control": "max-age=3600, must-revalidate",
        });
      } catch (e) {
        return fail(c, e);
      }
    });

    routes.post("/device/authorize", async (c) => {
      try {
        const serverId = serverOf(c);
        const server = requireServer(serverId);
        const f = await form(c);
        const client = await authenticate(c, f, serverId, "device/authorize");
        requireGrant(client, DEVICE_GRANT);
        const scopes = grantedScopes(client, server, f.scope);
        requirePolicy(server, client, DEVICE_GRANT, scopes);
        const device: DeviceRecord = {
          serverId,
          deviceCode: crypto.randomUUID(),
          userCode: userCode(),
          clientId: client.clientId,
          scopes,
          expiresAt: options.now() + settings.deviceExpiresIn * 1000,
          interval: settings.deviceInterval,
          state: "pending",
          slowDowns: 0,
        };
        devices.set(device.deviceCode, device);
        userCodes.set(device.userCode, device.deviceCode);
        return c.json(
          {
            device_code: device.deviceCode,
            user_code: device.userCode,
            verification_uri: `${origin()}/activate`,
            verification_uri_complete: `${origin()}/activate?user_code=${device.userCode}`,
            expires_in: settings.deviceExpiresIn,
            interval: settings.deviceInterval,
          },
          200,
          { "Cache-Control": "no-store" },
        );
      } catch (e) {
        return fail(c, e);
      }
    });

    routes.post("/token", async (c) => {
      try {
        const serverId = serverOf(c);
        const server = requireServer(serverId);
        const f = await form(c);
        const grant = f.grant_type ?? "";
        stats.tokenRequests[grant] = (stats.tokenRequests[grant] ?? 0) + 1;
        if (!grant) throw new OAuthFailure(400, "invalid_request", "The grant_type is missing.");
        if (![DEVICE_GRANT, "client_credentials", "refresh_token"].includes(grant)) {
          throw new OAuthFailure(
            400,
            "unsupported_grant_type",
            `The grant type ${grant} is not supported.`,
          );
        }
        const client = await authenticate(c, f, serverId, "token");
        requireGrant(client, grant);
        const jkt = await checkTokenDpop(c, client, serverId);
        const now = options.now();
        let body: Record<string, unknown>;
        if (grant === "client_credentials") {
          if (client.authMethod === "none") {
            throw new OAuthFailure(401, "invalid_client", "No client credentials found.");
          }
          const scopes = grantedScopes(client, server, f.scope);
          if (serverId === "org" && client.authMethod !== "private_key_jwt") {
            throw new OAuthFailure(
              400,
              "invalid_client",
              "Client Credentials requests to the Org Authorization Server must use the private_key_jwt token_endpoint_auth_method.",
            );
          }
          requirePolicy(server, client, grant, scopes);
          body = issue({
            serverId,
            client,
            scopes,
            subject: client.clientId,
            jkt,
            withRefresh: false,
          });
        } else if (grant === DEVICE_GRANT) {
          const device = devices.get(f.device_code ?? "");
          if (
            !device || device.clientId !== client.clientId || device.state === "used" ||
            device.serverId !== serverId
          ) {
            throw new OAuthFailure(
              400,
              "invalid_grant",
              "The device code is invalid or has expired.",
            );
          }
          if (now >= device.expiresAt) {
            throw new OAuthFailure(400, "expired_token", "The device code has expired.");
          }
          if (device.state === "denied") {
            throw new OAuthFailure(400, "access_denied", "The resource owner denied the request.");
          }
          const tooFast = device.lastPoll !== undefined &&
            now - device.lastPoll < device.interval * 1000;
          device.lastPoll = now;
          if (device.slowDowns > 0 || tooFast) {
            if (device.slowDowns > 0) device.slowDowns--;
            device.interval += 5;
            throw new OAuthFailure(400, "slow_down", "The client is polling too frequently.");
          }
          if (device.state === "pending") {
            throw new OAuthFailure(
              400,
              "authorization_pending",
              "The device authorization is pending. Please try again later.",
            );
          }
          device.state = "used";
          body = issue({
            serverId,
            client,
            scopes: device.scopes,
            subject: device.subject ?? directory.defaultSubject(),
            jkt,
            withRefresh: device.scopes.includes("offline_access"),
          });
        } else {
          const refresh = refreshTokens.get(f.refresh_token ?? "");
          if (
            !refresh || refresh.revoked || refresh.clientId !== client.clientId ||
            refresh.serverId !== serverId
          ) {
            throw new OAuthFailure(
              400,
              "invalid_grant",
              "The refresh token is invalid or expired.",
            );
          }
          if (refresh.jkt && refresh.jkt !== jkt) {
            throw new OAuthFailure(
              400,
              "invalid_grant",
              "The refresh token is bound to another DPoP key.",
            );
          }
          let scopes = refresh.scopes;
          if (f.scope) {
            scopes = f.scope.split(" ").filter(Boolean);
            if (scopes.some((s) => !refresh.scopes.includes(s))) {
              throw new OAuthFailure(
                400,
                "invalid_scope",
                "The requested scopes exceed the original grant.",
              );
            }
          }
          body = issue({
            serverId,
            client,
            scopes,
            subject: refresh.subject,
            jkt,
            withRefresh: false,
            refreshToken: f.refresh_token,
          });
        }
        return c.json(body, 200, { "Cache-Control": "no-store", Pragma: "no-cache" });
      } catch (e) {
        return fail(c, e);
      }
    });

    routes.post("/revoke", async (c) => {
      try {
        stats.revokeRequests++;
        const serverId = serverOf(c);
        requireServer(serverId);
        const f = await form(c);
        const client = await authenticate(c, f, serverId, "revoke");
        if (!f.token) {
          throw new OAuthFailure(400, "invalid_request", "The token parameter is missing.");
        }
        const access = accessTokens.get(f.token);
        if (access && access.clientId === client.clientId) access.revoked = true;
        const refresh = refreshTokens.get(f.token);
        if (refresh && refresh.clientId === client.clientId) {
          refresh.revoked = true;
          for (const record of accessTokens.values()) {
            if (record.refreshToken === f.token) record.revoked = true;
          }
        }
        return c.body(null, 200);
      } catch (e) {
        return fail(c, e);
      }
    });

    routes.post("/introspect", async (c) => {
      try {
        const serverId = serverOf(c);
        requireServer(serverId);
        const f = await form(c);
        const client = await authenticate(c, f, serverId, "introspect");
        if (!f.token) {
          throw new OAuthFailure(400, "invalid_request", "The token parameter is missing.");
        }
        const access = liveToken(f.token, serverId);
        if (access && access.clientId === client.clientId) {
          const claims = access.claims;
          const subject = directory.user(access.subject);
          return c.json(
            {
              active: true,
              scope: access.scopes.join(" "),
              username: subject?.login ?? claims.sub,
              exp: claims.exp,
              iat: claims.iat,
              sub: claims.sub,
              aud: claims.aud,
              iss: claims.iss,
              jti: claims.jti,
              token_type: access.jkt ? "DPoP" : "Bearer",
              client_id: access.clientId,
              ...(claims.uid ? { uid: claims.uid } : {}),
            },
            200,
            { "Cache-Control": "no-store" },
          );
        }
        const refresh = refreshTokens.get(f.token);
        if (
          refresh && !refresh.revoked && refresh.clientId === client.clientId &&
          refresh.serverId === serverId
        ) {
          return c.json(
            {
              active: true,
              token_type: "refresh_token",
              scope: refresh.scopes.join(" "),
              client_id: refresh.clientId,
              uid: refresh.subject,
              iss: issuer(serverId),
            },
            200,
            { "Cache-Control": "no-store" },
          );
        }
        return c.json({ active: false }, 200, { "Cache-Control": "no-store" });
      } catch (e) {
        return fail(c, e);
      }
    });

    const userinfo = async (c: Context) => {
      const serverId = serverOf(c);
      const header = c.req.header("Authorization") ?? "";
      const space = header.indexOf(" ");
      const scheme = space > 0 ? header.slice(0, space) : "";
      const token = space > 0 ? header.slice(space + 1).trim() : "";
      const challenge = (error: string, description: string) =>
        c.body(null, 401, {
          "WWW-Authenticate": `Bearer error="${error}", error_description="${description}"`,
        });
      if (!/^(bearer|dpop)$/i.test(scheme) || !token) {
        return challenge("invalid_request", "No access token was provided.");
      }
      const record = liveToken(token, serverId);
      if (!record) return challenge("invalid_token", "The access token is invalid.");
      if (record.jkt) {
        const check = await verifyAccessToken({
          scheme,
          token,
          dpopProof: c.req.header("DPoP") ?? null,
          method: c.req.method,
          url: endpoint(serverId, "userinfo"),
        }, serverId);
        if (!check.ok) return c.body(null, check.status, check.headers);
      }
      if (!record.scopes.includes("openid") || record.subject === record.clientId) {
        return c.body(null, 403, {
          "WWW-Authenticate":
            `Bearer error="insufficient_scope", error_description="The access token must provide access to at least one of these scopes - profile, email, address or phone"`,
        });
      }
      return c.json({
        sub: record.subject,
        ...profileClaims(record.subject, record.scopes),
      });
    };
    routes.get("/userinfo", userinfo);
    routes.post("/userinfo", userinfo);
    return routes;
  }

  function verifyAccessToken(
    input: PresentedToken,
    serverId = "org",
  ): Promise<AccessTokenCheck> {
    return checkAccessToken(input, liveToken(input.token, serverId), {
      nowMs: options.now(),
      nonces: settings.resourceNonce ? nonces : [],
      latestNonce: nonces[nonces.length - 1],
      seenJti: seen(proofJtis),
    });
  }

  const routes = serverRoutes(() => "org");
  const custom = serverRoutes((c) => c.req.param("authorizationServerId") ?? "org");
  const app = new Hono();
  for (
    const [path, openid] of [["openid-configuration", true], [
      "oauth-authorization-server",
      false,
    ]] as const
  ) {
    const answer = (c: Context, serverId: string) => {
      try {
        requireServer(serverId);
        return c.json(metadata(serverId, openid), 200, { "Cache-Control": "max-age=86400" });
      } catch (e) {
        return fail(c, e);
      }
    };
    app.get(`/.well-known/${path}`, (c) => answer(c, "org"));
    app.get(
      `/oauth2/:authorizationServerId/.well-known/${path}`,
      (c) => answer(c, c.req.param("authorizationServerId")),
    );
  }
  app.route("/oauth2/v1", routes);
  app.route("/oauth2/:authorizationServerId/v1", custom);

  return {
    routes,
    app,
    verifyAccessToken: (input) => verifyAccessToken(input),
    stats,
    registerClient(client: EmulatorOAuthClient): void {
      directory.register(client);
    },
    approveDevice(code: string, subject?: string): void {
      const device = deviceByUserCode(code);
      device.state = "approved";
      if (subject) device.subject = subject;
    },
    denyDevice(code: string): void {
      deviceByUserCode(code).state = "denied";
    },
    slowDownDevice(code: string, count = 1): void {
      deviceByUserCode(code).slowDowns += count;
    },
    issueAccessToken(input): string {
      const clientId = input.clientId ?? HELPER_CLIENT_ID;
      const client: ResolvedClient = directory.client(clientId) ??
        { clientId, scopes: [], grantTypes: [], authMethod: "private_key_jwt", active: true };
      const body = issue({
        serverId: "org",
        client,
        scopes: [...input.scopes],
        subject: input.subject ?? clientId,
        withRefresh: false,
        lifetime: input.lifetime,
      });
      return body.access_token as string;
    },
    configure(next: Partial<OAuthServerSettings>): void {
      Object.assign(settings, next);
    },
    rotateDpopNonce(): string {
      const nonce = randomToken(16);
      nonces = [nonces[nonces.length - 1], nonce];
      return nonce;
    },
  };
}

function constantTimeEqual(a: string, b: string): boolean {
  if (a.length !== b.length || b === "") return false;
  let diff = 0;
  for (let i = 0; i < a.length; i++) diff |= a.charCodeAt(i) ^ b.charCodeAt(i);
  return diff === 0;
}
