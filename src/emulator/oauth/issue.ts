/**
 * Minting tokens: the access token (a signed JWT with Okta's claims, recorded in the
 * `OAuthStore` (`store.ts`)), a refresh token when the grant asks for one, and an ID token for
 * `openid` with the user's `profile`/`email` claims. One place for every grant at `/token` and
 * for the `issueAccessToken` test helper, so all tokens look alike.
 *
 * @module
 */
import { createHash } from "node:crypto";
import { base64url } from "npm:jose@^6.2.18";
import type { OAuthContext } from "./context.ts";
import type { ResolvedClient } from "./directory.ts";
import { randomToken } from "./http.ts";
import { signJwt } from "./keys.ts";
import type { AccessRecord, OAuthStore } from "./store.ts";

/** What a token is issued for. */
export interface Grant {
  /** The issuing authorization server. */
  serverId: string;
  /** The client it is issued to. */
  client: ResolvedClient;
  /** The granted scopes. */
  scopes: string[];
  /** The user id, or the client id for client credentials. */
  subject: string;
  /** The DPoP key thumbprint to bind it to. */
  jkt?: string;
  /** Whether to issue a new refresh token with it. */
  withRefresh: boolean;
  /** The refresh token it is refreshed from (not echoed back). */
  refreshToken?: string;
  /** Seconds it lives. @default the `tokenLifetime` setting */
  lifetime?: number;
  /** Epoch seconds the user signed in. @default now */
  authTime?: number;
}

/** Access token (a signed JWT with Okta's claims), and an ID token for `openid`: the `/token` body. */
export function issue(ctx: OAuthContext, grant: Grant): Record<string, unknown> {
  const { directory, options, store } = ctx;
  const server = ctx.requireServer(grant.serverId);
  const lifetime = grant.lifetime ?? ctx.settings.tokenLifetime;
  const iat = Math.floor(options.now() / 1000);
  const exp = iat + lifetime;
  const user = grant.subject === grant.client.clientId ? undefined : directory.user(grant.subject);
  const isUser = grant.subject !== grant.client.clientId;
  const claims: Record<string, unknown> = {
    ver: 1,
    jti: `AT.${randomToken(24)}`,
    iss: ctx.issuer(grant.serverId),
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
  const refresh = grant.refreshToken || (grant.withRefresh ? newRefresh(store, grant) : undefined);
  if (refresh) record.refreshToken = refresh;
  store.addAccessToken(token, record);
  const body: Record<string, unknown> = {
    token_type: grant.jkt ? "DPoP" : "Bearer",
    expires_in: lifetime,
    access_token: token,
    scope: grant.scopes.join(" "),
  };
  if (refresh && !grant.refreshToken) body.refresh_token = refresh;
  if (isUser && grant.scopes.includes("openid")) {
    body.id_token = idToken(ctx, grant, claims, token);
  }
  return body;
}

function newRefresh(store: OAuthStore, grant: Grant): string {
  const refresh = randomToken(32);
  store.addRefreshToken(refresh, {
    serverId: grant.serverId,
    clientId: grant.client.clientId,
    scopes: grant.scopes,
    subject: grant.subject,
    jkt: grant.jkt,
    revoked: false,
  });
  return refresh;
}

function idToken(
  ctx: OAuthContext,
  grant: Grant,
  access: Record<string, unknown>,
  accessToken: string,
): string {
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
    ...profileClaims(ctx, grant.subject, grant.scopes),
  };
  return signJwt(ctx.directory.keys, grant.serverId, claims);
}

/** The user's claims the `profile` and `email` scopes release (ID token and `/userinfo`). */
export function profileClaims(
  ctx: OAuthContext,
  subject: string,
  scopes: string[],
): Record<string, unknown> {
  const user = ctx.directory.user(subject);
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
