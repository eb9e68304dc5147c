/**
 * The access-token check the emulator's pipeline runs on every Management API request (and
 * `/userinfo` on DPoP-bound tokens): look the token up in the `OAuthStore` (`store.ts`), then let
 * `resource.ts` judge it and its DPoP proof. A map lookup and no allocation beyond the check's
 * context, so it stays on the hot path's budget.
 *
 * @module
 */
import type { OAuthContext } from "./context.ts";
import { type AccessTokenCheck, checkAccessToken, type PresentedToken } from "./resource.ts";
import type { AccessRecord } from "./store.ts";

/** Checks a presented access token against the tokens server `serverId` issued. */
export type AccessTokenVerifier = (
  input: PresentedToken,
  serverId?: string,
) => Promise<AccessTokenCheck>;

/**
 * The record of a token server `serverId` issued and that is still good (not revoked, not
 * expired, its client still active), or `undefined`.
 */
export function liveToken(
  ctx: OAuthContext,
  token: string,
  serverId: string,
): AccessRecord | undefined {
  const record = ctx.store.accessToken(token);
  if (!record || record.revoked || record.serverId !== serverId) return undefined;
  if (ctx.options.now() >= record.expiresAt) return undefined;
  const client = ctx.directory.client(record.clientId);
  if (client && !client.active) return undefined;
  return record;
}

/** The access-token check of the servers in `ctx` (the org server unless told otherwise). */
export function createVerifier(ctx: OAuthContext): AccessTokenVerifier {
  const { options, settings, store } = ctx;
  const none: string[] = [];
  return (input, serverId = "org") =>
    checkAccessToken(input, liveToken(ctx, input.token, serverId), {
      nowMs: options.now(),
      nonces: settings.resourceNonce ? store.nonces : none,
      latestNonce: store.latestNonce,
      seenJti: store.seenProofJti,
    });
}
