/**
 * The emulator's org authorization server: `/oauth2/v1/*` (device grant, client credentials
 * with private_key_jwt, refresh, revoke, DPoP) and the check of access tokens presented to
 * the Management API.
 *
 * STUB written by the integrator: the auth work replaces the bodies, keeping these exports.
 *
 * @module
 */
import { Hono } from "npm:hono@^4.13.19";

/** What the resource-server side concluded about an `Authorization: Bearer|DPoP …` header. */
export type AccessTokenCheck =
  | { ok: true; clientId: string; scopes: string[]; subject: string }
  | {
    ok: false;
    /** 401 for a bad/expired/revoked token, 400 for a bad DPoP proof. */
    status: 400 | 401;
    /** OAuth error (`invalid_token`, `invalid_dpop_proof`, `use_dpop_nonce`, `invalid_request`). */
    error: string;
    description: string;
    /** Extra response headers (`WWW-Authenticate`, `DPoP-Nonce`). */
    headers?: Record<string, string>;
  };

/** Options the emulator passes to its authorization server. */
export interface OAuthServerOptions {
  /** The org's origin, e.g. `http://127.0.0.1:8787` (issuer and `aud` checks use it). */
  orgUrl: () => string;
  /** The emulator's clock in epoch milliseconds (tests may fake it). */
  now: () => number;
}

/** The authorization server's state and the test helpers to drive it. */
export interface OAuthServer {
  /** Routes mounted by the emulator at `/oauth2/v1`. */
  routes: Hono;
  /** Checks an access token presented to the Management API. */
  verifyAccessToken(input: {
    scheme: string;
    token: string;
    dpopProof: string | null;
    method: string;
    url: string;
  }): Promise<AccessTokenCheck>;
}

/** Creates the emulator's authorization server (stub: knows no tokens yet). */
export function createOAuthServer(_options: OAuthServerOptions): OAuthServer {
  return {
    routes: new Hono(),
    verifyAccessToken() {
      return Promise.resolve({
        ok: false,
        status: 401,
        error: "invalid_token",
        description: "The token is not valid.",
      });
    },
  };
}
