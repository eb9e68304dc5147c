/**
 * `POST /device/authorize`, the start of the device grant (RFC 8628): authenticate the client,
 * grant its scopes, record a pending `DeviceRecord` and answer the codes. Polling is
 * `token.ts`; approving, denying and slowing down are the test helpers in `mod.ts`.
 *
 * @module
 */
import type { Hono } from "npm:hono@^4.13.19";
import { authenticate, grantedScopes, requireGrant, requirePolicy } from "./clients.ts";
import type { OAuthContext, ServerOf } from "./context.ts";
import { DEVICE_GRANT, fail, form } from "./http.ts";
import type { DeviceRecord } from "./store.ts";

const USER_CODE_ALPHABET = "BCDFGHJKLMNPQRSTVWXZ";

function userCode(): string {
  const raw = crypto.getRandomValues(new Uint8Array(8));
  return [...raw].map((b) => USER_CODE_ALPHABET[b % USER_CODE_ALPHABET.length]).join("");
}

/** Mounts `POST /device/authorize` on one server's `/v1` routes. */
export function deviceRoutes(routes: Hono, ctx: OAuthContext, serverOf: ServerOf): void {
  const { options, settings } = ctx;
  routes.post("/device/authorize", async (c) => {
    try {
      const serverId = serverOf(c);
      const server = ctx.requireServer(serverId);
      const f = await form(c);
      const client = await authenticate(ctx, c, f, serverId, "device/authorize");
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
      ctx.store.addDevice(device);
      return c.json(
        {
          device_code: device.deviceCode,
          user_code: device.userCode,
          verification_uri: `${ctx.origin()}/activate`,
          verification_uri_complete: `${ctx.origin()}/activate?user_code=${device.userCode}`,
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
}
