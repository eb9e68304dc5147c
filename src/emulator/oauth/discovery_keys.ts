/**
 * What a client fetches before it asks for a token: the discovery documents
 * (`/.well-known/openid-configuration`, `/.well-known/oauth-authorization-server`, and the same
 * under `/oauth2/{id}/`) and each server's public signing keys (`/v1/keys`). Read-only: they
 * touch the directory, never the `OAuthStore` (`store.ts`).
 *
 * @module
 */
import type { Context, Hono } from "npm:hono@^4.13.19";
import type { OAuthContext, ServerOf } from "./context.ts";
import { OIDC_SCOPES } from "./directory.ts";
import { DEVICE_GRANT, fail } from "./http.ts";
import { publicJwks } from "./keys.ts";

/** The authorization server metadata (RFC 8414), with the OIDC fields when `openid`. */
export function metadata(
  ctx: OAuthContext,
  serverId: string,
  openid: boolean,
): Record<string, unknown> {
  const { directory, options } = ctx;
  const url = (name: string) => ctx.endpoint(serverId, name);
  const doc: Record<string, unknown> = {
    issuer: ctx.issuer(serverId),
    authorization_endpoint: url("authorize"),
    token_endpoint: url("token"),
    registration_endpoint: `${ctx.origin()}/oauth2/v1/clients`,
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

/** Mounts `GET /keys` on one server's `/v1` routes. */
export function keysRoutes(routes: Hono, ctx: OAuthContext, serverOf: ServerOf): void {
  routes.get("/keys", (c) => {
    try {
      ctx.requireServer(serverOf(c));
      return c.json(publicJwks(ctx.directory.keys, serverOf(c)), 200, {
        "Cache-Control": "max-age=3600, must-revalidate",
      });
    } catch (e) {
      return fail(c, e);
    }
  });
}

/** Mounts the discovery documents of the org server and of every custom server on `app` (at `/`). */
export function discoveryRoutes(app: Hono, ctx: OAuthContext): void {
  for (
    const [path, openid] of [["openid-configuration", true], [
      "oauth-authorization-server",
      false,
    ]] as const
  ) {
    const answer = (c: Context, serverId: string) => {
      try {
        ctx.requireServer(serverId);
        return c.json(metadata(ctx, serverId, openid), 200, { "Cache-Control": "max-age=86400" });
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
}
