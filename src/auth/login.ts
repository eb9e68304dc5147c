/**
 * What `deno task login` and `deno task logout` run: a device sign-in that caches its tokens,
 * and a revoke of the cached tokens.
 *
 * @module
 */
import type { AuthClock } from "./clock.ts";
import { defaultTokenCachePath, TokenCache, tokenCacheKey } from "./cache.ts";
import { type DeviceCodeHandler, printDeviceCode } from "./device.ts";
import { createAuthStrategy } from "./create.ts";
import type { AuthSession, OAuthStrategy } from "./oauth_strategy.ts";
import { OAuthClient } from "./oauth_client.ts";
import { SYSTEM_CLOCK } from "./clock.ts";

/** Options of {@link deviceLogin}. */
export interface DeviceLoginOptions {
  /** The org, e.g. `https://acme.okta.com`. */
  orgUrl: URL | string;
  /** The native app's client id. */
  clientId: string;
  /** Scopes to ask for, exactly. */
  scopes: string[];
  /** Also ask for `offline_access`, so later runs renew without a prompt. @default {true} */
  refresh?: boolean;
  /** Cache file path. @default {defaultTokenCachePath()} */
  tokenCache?: string;
  /** Sign in again even when the cache holds a usable session. @default {false} */
  force?: boolean;
  /** Shows the user code and URL. @default {printDeviceCode (stderr)} */
  onDeviceCode?: DeviceCodeHandler;
  /** Also open the browser. @default {false} */
  openBrowser?: boolean;
  /** DPoP: `true` always, `false` never; unset = when the org demands it. */
  dpop?: boolean;
  /** Cancels the sign-in. */
  signal?: AbortSignal;
  /** The fetch to use. @default {globalThis.fetch} */
  fetch?: typeof fetch;
  /** Time source (tests fake it). */
  clock?: AuthClock;
}

/** What {@link deviceLogin} did, without any token. */
export interface DeviceLoginResult extends AuthSession {
  /** `true` when a cached session was reused and no sign-in happened. */
  fromCache: boolean;
  /** The cache file. */
  cachePath: string;
}

/**
 * Signs in with the device grant and stores the tokens in the 0600 cache file, so clients with
 * `tokenCache: true` (or `OKTA_CLIENT_TOKENCACHE=true`) and the same org, client and scopes reuse them.
 *
 * @example
 * ```ts ignore
 * import { deviceLogin } from "./login.ts";
 * const session = await deviceLogin({
 *   orgUrl: "https://acme.okta.com",
 *   clientId: "0oa1native",
 *   scopes: ["okta.users.read"],
 * });
 * console.log(`Signed in until ${session.expiresAt.toISOString()}`);
 * ```
 */
export async function deviceLogin(options: DeviceLoginOptions): Promise<DeviceLoginResult> {
  const cachePath = options.tokenCache ?? defaultTokenCachePath();
  let prompted = false;
  const onDeviceCode: DeviceCodeHandler | undefined = options.onDeviceCode;
  const strategy = createAuthStrategy({
    mode: "Device",
    orgUrl: new URL(options.orgUrl),
    clientId: options.clientId,
    scopes: options.scopes,
    refresh: options.refresh ?? true,
    tokenCache: cachePath,
    fetch: options.fetch ?? globalThis.fetch,
    openBrowser: options.openBrowser,
    dpop: options.dpop,
    signal: options.signal,
    clock: options.clock,
    onDeviceCode: async (prompt) => {
      prompted = true;
      if (onDeviceCode) await onDeviceCode(prompt);
      else printDeviceCode(prompt);
    },
  }) as OAuthStrategy;
  if (options.force) await strategy.clear();
  const session = await strategy.session();
  return { ...session, fromCache: !prompted, cachePath };
}

/** Options of {@link logout}. */
export interface LogoutOptions {
  /** The org. */
  orgUrl: URL | string;
  /** The native app's client id. */
  clientId: string;
  /** Only the session with exactly these scopes; unset = every cached session of the client. */
  scopes?: string[];
  /** Cache file path. @default {defaultTokenCachePath()} */
  tokenCache?: string;
  /** The fetch to use. @default {globalThis.fetch} */
  fetch?: typeof fetch;
}

/**
 * Revokes the cached device-grant tokens of a client (access and refresh) at
 * `/oauth2/v1/revoke` and removes them from the cache. Returns how many sessions were revoked.
 */
export async function logout(options: LogoutOptions): Promise<number> {
  const orgUrl = new URL(options.orgUrl);
  const cache = new TokenCache(options.tokenCache ?? defaultTokenCachePath());
  const keys = options.scopes
    ? [tokenCacheKey(orgUrl, options.clientId, options.scopes)]
    : await cache.keys(`${orgUrl.origin} ${options.clientId} `);
  const client = new OAuthClient({
    orgUrl,
    fetch: options.fetch ?? globalThis.fetch,
    clock: SYSTEM_CLOCK,
    clientId: options.clientId,
    dpop: false,
    dpopAlgorithm: "ES256",
  });
  let count = 0;
  for (const key of keys) {
    const token = await cache.get(key);
    if (!token) continue;
    if (token.refreshToken) await client.revoke(token.refreshToken, "refresh_token");
    await client.revoke(token.accessToken, "access_token");
    await cache.delete(key);
    count++;
  }
  return count;
}
