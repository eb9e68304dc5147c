/**
 * `POST /revoke` (RFC 7009) and `POST /introspect` (RFC 7662): what a client may learn about,
 * or undo of, the tokens issued to it. Both authenticate the client as `/token` does and only
 * ever see that client's tokens.
 *
 * @module
 */
import type { Hono } from "npm:hono@^4.13.19";
import { authenticate } from "./clients.ts";
import type { OAuthContext, ServerOf } from "./context.ts";
import { fail, form, OAuthFailure } from "./http.ts";
import { liveToken } from "./verify.ts";

/** Mounts `POST /revoke` and `POST /introspect` on one server's `/v1` routes. */
export function revokeIntrospectRoutes(
  routes: Hono,
  ctx: OAuthContext,
  serverOf: ServerOf,
): void {
  const { directory, store } = ctx;
  routes.post("/revoke", async (c) => {
    try {
      store.stats.revokeRequests++;
      const serverId = serverOf(c);
      ctx.requireServer(serverId);
      const f = await form(c);
      const client = await authenticate(ctx, c, f, serverId, "revoke");
      if (!f.token) {
        throw new OAuthFailure(400, "invalid_request", "The token parameter is missing.");
      }
      store.revoke(f.token, client.clientId);
      return c.body(null, 200);
    } catch (e) {
      return fail(c, e);
    }
  });

  routes.post("/introspect", async (c) => {
    try {
      const serverId = serverOf(c);
      ctx.requireServer(serverId);
      const f = await form(c);
      const client = await authenticate(ctx, c, f, serverId, "introspect");
      if (!f.token) {
        throw new OAuthFailure(400, "invalid_request", "The token parameter is missing.");
      }
      const access = liveToken(ctx, f.token, serverId);
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
      const refresh = store.refreshToken(f.token);
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
            iss: ctx.issuer(serverId),
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
}
