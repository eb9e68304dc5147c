/**
 * The emulator's org authorization server: `/oauth2/v1/*` (device grant, client credentials
 * with private_key_jwt, refresh, revoke, DPoP with nonces), the tokens it issued and the test
 * helpers that register clients and approve device codes. The check of an access token presented
 * to the Management API is in `resource.ts`.
 *
 * @module
 */
import { type Context, Hono } from "npm:hono@^4.13.19";
import { base64url, decodeJwt } from "npm:jose@^6.2.18";
import { verifyClientAssertion, verifyDpopProof } from "./proofs.ts";

import {
  type AccessTokenCheck,
  checkAccessToken,
  type IssuedToken,
  type PresentedToken,
} from "./resource.ts";

export type { ClientKey } from "./proofs.ts";
export type { AccessTokenCheck, PresentedToken } from "./resource.ts";

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
}

/** The grant types a client may use. */
export type GrantType =
  | "client_credentials"
  | "refresh_token"
  | "urn:ietf:params:oauth:grant-type:device_code"
  | "device_code";

/** A client registered with the authorization server (`emulator.oauth.registerClient`). */
export interface EmulatorOAuthClient {
  /** The client id (`0oa…`). */
  clientId: string;
  /** Public keys for private_key_jwt; a client without keys is public (device grant). */
  jwks?: { keys: (JsonWebKey & { kid?: string })[] };
  /** Scopes the client may be granted (`okta.users.read`, `offline_access`, …). */
  scopes: string[];
  /** Grant types it may use. */
  grantTypes: GrantType[];
  /** Require DPoP-bound tokens (the app's "Require DPoP header in token requests"). */
  dpop?: boolean;
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
  /** Mints an access token directly (for Bearer tests); never DPoP-bound. */
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
  /** Routes mounted by the emulator at `/oauth2/v1`. */
  routes: Hono;
}

const DEVICE_GRANT = "urn:ietf:params:oauth:grant-type:device_code";
const ASSERTION_TYPE = "urn:ietf:params:oauth:client-assertion-type:jwt-bearer";
const USER_CODE_ALPHABET = "BCDFGHJKLMNPQRSTVWXZ";

interface AccessRecord extends IssuedToken {
  refreshToken?: string;
}

interface RefreshRecord {
  clientId: string;
  scopes: string[];
  subject: string;
  jkt?: string;
  revoked: boolean;
}

interface DeviceRecord {
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

/** Creates the emulator's authorization server. */
export function createOAuthServer(options: OAuthServerOptions): OAuthServer {
  const settings: OAuthServerSettings = {
    deviceInterval: options.deviceInterval ?? 5,
    deviceExpiresIn: options.deviceExpiresIn ?? 600,
    tokenLifetime: options.tokenLifetime ?? 3600,
    resourceNonce: options.resourceNonce ?? false,
  };
  const clients = new Map<string, EmulatorOAuthClient>();
  const devices = new Map<string, DeviceRecord>();
  const userCodes = new Map<string, string>();
  const accessTokens = new Map<string, AccessRecord>();
  const refreshTokens = new Map<string, RefreshRecord>();
  const assertionJtis = new Map<string, number>();
  const proofJtis = new Map<string, number>();
  let nonces = [randomToken(16)];
  const stats: OAuthServerStats = { tokenRequests: {}, tokensIssued: 0, revokeRequests: 0 };

  const origin = () => new URL(options.orgUrl()).origin;
  const endpoint = (name: string) => `${origin()}/oauth2/v1/${name}`;

  function seen(store: Map<string, number>): (jti: string, until: number) => boolean {
    return (jti, until) => {
      const now = options.now();
      for (const [k, exp] of store) if (exp < now) store.delete(k);
      if (store.has(jti)) return true;
      store.set(jti, until);
      return false;
    };
  }

  function issue(
    clientId: string,
    scopes: string[],
    subject: string,
    jkt: string | undefined,
    withRefresh: boolean,
    refreshToken?: string,
    lifetime: number = settings.tokenLifetime,
  ): Record<string, unknown> {
    const token = `${randomToken(8)}.${randomToken(32)}.${randomToken(16)}`;
    const record: AccessRecord = {
      clientId,
      scopes,
      subject,
      expiresAt: options.now() + lifetime * 1000,
      revoked: false,
    };
    if (jkt) record.jkt = jkt;
    let refresh = refreshToken;
    if (!refresh && withRefresh) {
      refresh = randomToken(32);
      refreshTokens.set(refresh, { clientId, scopes, subject, jkt, revoked: false });
    }
    if (refresh) record.refreshToken = refresh;
    accessTokens.set(token, record);
    stats.tokensIssued++;
    const body: Record<string, unknown> = {
      token_type: jkt ? "DPoP" : "Bearer",
      expires_in: lifetime,
      access_token: token,
      scope: scopes.join(" "),
    };
    if (refresh && !refreshToken) body.refresh_token = refresh;
    return body;
  }

  function requireClient(clientId: string | undefined): EmulatorOAuthClient {
    const client = clientId ? clients.get(clientId) : undefined;
    if (!client) {
      throw new OAuthFailure(401, "invalid_client", "Invalid value for 'client_id' parameter.");
    }
    return client;
  }

  /** Client authentication: private_key_jwt for clients with keys, client_id for public ones. */
  async function authenticate(
    form: Record<string, string>,
    endpointName: string,
  ): Promise<EmulatorOAuthClient> {
    const assertion = form.client_assertion;
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
        audience: endpoint(endpointName),
        nowMs: options.now(),
        seenJti: seen(assertionJtis),
      });
      if (!result.ok) throw new OAuthFailure(result.status, result.error, result.description);
      return client;
    }
    if (!form.client_id) {
      throw new OAuthFailure(401, "invalid_client", "No client credentials found.");
    }
    const client = requireClient(form.client_id);
    if (client.jwks && client.jwks.keys.length > 0) {
      throw new OAuthFailure(
        401,
        "invalid_client",
        "Client authentication is required: use private_key_jwt.",
      );
    }
    return client;
  }

  function grantedScopes(client: EmulatorOAuthClient, requested: string | undefined): string[] {
    const scopes = (requested ?? "").split(" ").filter(Boolean);
    if (scopes.length === 0) {
      throw new OAuthFailure(400, "invalid_scope", "No scopes were requested.");
    }
    const missing = scopes.filter((s) => !client.scopes.includes(s));
    if (missing.length > 0) {
      throw new OAuthFailure(
        400,
        "invalid_scope",
        `The following scopes are not allowed: ${missing.join(", ")}`,
      );
    }
    return scopes;
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
  ): Promise<string | undefined> {
    if (!client.dpop) return undefined; // a DPoP header from a non-DPoP app is ignored
    const proof = c.req.header("DPoP");
    if (!proof) {
      throw new OAuthFailure(400, "invalid_dpop_proof", "The DPoP proof JWT header is missing.");
    }
    const result = await verifyDpopProof(proof, {
      method: "POST",
      url: endpoint("token"),
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

  const routes = new Hono();

  routes.post("/device/authorize", async (c) => {
    try {
      const f = await form(c);
      const client = requireClient(f.client_id);
      requireGrant(client, DEVICE_GRANT);
      const scopes = grantedScopes(client, f.scope);
      const device: DeviceRecord = {
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
      const client = await authenticate(f, "token");
      requireGrant(client, grant);
      const jkt = await checkTokenDpop(c, client);
      const now = options.now();
      let body: Record<string, unknown>;
      if (grant === "client_credentials") {
        if (!client.jwks) {
          throw new OAuthFailure(401, "invalid_client", "No client credentials found.");
        }
        const scopes = grantedScopes(client, f.scope);
        body = issue(client.clientId, scopes, client.clientId, jkt, false);
      } else if (grant === DEVICE_GRANT) {
        const device = devices.get(f.device_code ?? "");
        if (!device || device.clientId !== client.clientId || device.state === "used") {
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
        body = issue(
          client.clientId,
          device.scopes,
          device.subject ?? "00u_emulated_user",
          jkt,
          device.scopes.includes("offline_access"),
        );
      } else {
        const refresh = refreshTokens.get(f.refresh_token ?? "");
        if (!refresh || refresh.revoked || refresh.clientId !== client.clientId) {
          throw new OAuthFailure(400, "invalid_grant", "The refresh token is invalid or expired.");
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
        body = issue(client.clientId, scopes, refresh.subject, jkt, false, f.refresh_token);
      }
      return c.json(body, 200, { "Cache-Control": "no-store", Pragma: "no-cache" });
    } catch (e) {
      return fail(c, e);
    }
  });

  routes.post("/revoke", async (c) => {
    try {
      stats.revokeRequests++;
      const f = await form(c);
      const client = await authenticate(f, "revoke");
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

  function verifyAccessToken(
    input: PresentedToken,
  ): Promise<AccessTokenCheck> {
    return checkAccessToken(input, accessTokens.get(input.token), {
      nowMs: options.now(),
      nonces: settings.resourceNonce ? nonces : [],
      latestNonce: nonces[nonces.length - 1],
      seenJti: seen(proofJtis),
    });
  }

  return {
    routes,
    verifyAccessToken,
    stats,
    registerClient(client: EmulatorOAuthClient): void {
      clients.set(client.clientId, {
        ...client,
        scopes: [...client.scopes],
        grantTypes: [...client.grantTypes],
      });
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
      const body = issue(
        input.clientId ?? "0oa_emulator_bearer",
        [...input.scopes],
        input.subject ?? "00u_emulated_user",
        undefined,
        false,
        undefined,
        input.lifetime,
      );
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
