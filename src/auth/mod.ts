/**
 * Authentication to the Okta Management API: API token (SSWS), a given access token (Bearer),
 * a service app with private_key_jwt (and DPoP when the org demands it), and the device grant
 * for a native app (refresh tokens, optional token cache). `createAuthStrategy(settings)` picks
 * one from the settings the core resolved from options and the environment.
 *
 * @example A service app
 * ```ts ignore
 * import { createAuthStrategy } from "./mod.ts";
 * const auth = createAuthStrategy({
 *   mode: "PrivateKey",
 *   orgUrl: new URL("https://acme.okta.com"),
 *   clientId: "0oa1service",
 *   scopes: ["okta.users.read"],
 *   privateKey: Deno.env.get("OKTA_CLIENT_PRIVATEKEY"),
 *   fetch,
 * });
 * const headers = await auth.headers({ method: "GET", url: new URL("https://acme.okta.com/api/v1/users") });
 * ```
 *
 * @module
 */
export type { AuthRequest, AuthStrategy } from "./strategy.ts";
export { createAuthStrategy } from "./create.ts";
export {
  type AuthorizationMode,
  type AuthSettings,
  type OAuthTuning,
  resolveAuthSettings,
} from "./settings.ts";
export { OktaAuthError, type OktaAuthErrorOptions } from "./errors.ts";
export { type AuthClock, SYSTEM_CLOCK } from "./clock.ts";
export { type DeviceCodeHandler, type DeviceCodePrompt, printDeviceCode } from "./device.ts";
export {
  defaultTokenCachePath,
  parseTokenCacheSetting,
  TOKEN_CACHE_ENV,
  tokenCacheKey,
} from "./cache.ts";
export type { AuthSession } from "./oauth_strategy.ts";
export {
  deviceLogin,
  type DeviceLoginOptions,
  type DeviceLoginResult,
  logout,
  type LogoutOptions,
} from "./login.ts";
