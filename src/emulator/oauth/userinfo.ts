/**
 * `GET|POST /userinfo` (OIDC): the signed-in user's claims for an access token with `openid`,
 * with the token's own `WWW-Authenticate` challenges and, for a DPoP-bound token, the same
 * proof check as the Management API (`verify.ts`).
 *
 * @module
 */
import type { Context, Hono } from "npm:hono@^4.13.19";
import type { OAuthContext, ServerOf } from "./context.ts";
import { profileClaims } from "./issue.ts";
import { type AccessTokenVerifier, liveToken } from "./verify.ts";

/** Mounts `GET` and `POST /userinfo` on one server's `/v1` routes. */
export function userinfoRoutes(
  routes: Hono,
  ctx: OAuthContext,
  serverOf: ServerOf,
  verifyAccessToken: AccessTokenVerifier,
): void {
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
    const record = liveToken(ctx, token, serverId);
    if (!record) return challenge("invalid_token", "The access token is invalid.");
    if (record.jkt) {
      const check = await verifyAccessToken({
        scheme,
        token,
        dpopProof: c.req.header("DPoP") ?? null,
        method: c.req.method,
        url: ctx.endpoint(serverId, "userinfo"),
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
      ...profileClaims(ctx, record.subject, record.scopes),
    });
  };
  routes.get("/userinfo", userinfo);
  routes.post("/userinfo", userinfo);
}
