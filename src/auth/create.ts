/**
 * `createAuthStrategy(settings)`: picks and builds the strategy for the resolved settings.
 *
 * @module
 */
import { type AuthClock, SYSTEM_CLOCK } from "./clock.ts";
import { defaultTokenCachePath, TokenCache } from "./cache.ts";
import { type DeviceCodeHandler, printDeviceCode } from "./device.ts";
import { OktaAuthError } from "./errors.ts";
import { loadSigningKey } from "./keys.ts";
import { OAuthStrategy } from "./oauth_strategy.ts";
import type { AuthStrategy } from "./strategy.ts";

/** The settings that choose a strategy (already resolved from options and env by the core). */
export interface AuthSettings {
  /** `SSWS` (API token), `Bearer` (given access token), `PrivateKey` (service app), `Device`. */
  mode: "SSWS" | "Bearer" | "PrivateKey" | "Device";
  /** The org, e.g. `https://acme.okta.com`. */
  orgUrl: URL;
  /** API token (SSWS). */
  apiToken?: string;
  /** Scheme word in front of the API token. @default {"SSWS"} */
  apiKeyPrefix?: string;
  /** A given access token (Bearer). */
  accessToken?: string;
  /** OAuth client id (PrivateKey, Device). */
  clientId?: string;
  /** Scopes requested, exactly as given (PrivateKey, Device). */
  scopes?: string[];
  /** The service app's private key: PEM (PKCS#8, PKCS#1, SEC1) or JWK, RSA or EC. */
  privateKey?: string | JsonWebKey;
  /** The key id (`kid`) registered for the private key. */
  keyId?: string;
  /** The fetch used for token-endpoint calls (the client's, so tests can inject one). */
  fetch: typeof fetch;
  /** DPoP: `true` always, `false` never; unset = use it when the org demands it. */
  dpop?: boolean;
  /** DPoP key algorithm. @default {"RS256" for an RSA client key, else "ES256"} */
  dpopAlgorithm?: "RS256" | "ES256";
  /** Device grant: also ask for `offline_access` so the session renews without a prompt. @default {false} */
  refresh?: boolean;
  /** Device grant: cache tokens in a 0600 file (`true` = default path, or a path). @default {false} */
  tokenCache?: boolean | string;
  /** Device grant: shows the user code and URL. @default {printDeviceCode (stderr)} */
  onDeviceCode?: DeviceCodeHandler;
  /** Device grant: also open the verification URL in the browser (needs --allow-run). @default {false} */
  openBrowser?: boolean;
  /** Cancels token requests and device polling. */
  signal?: AbortSignal;
  /** Renew this many seconds before expiry. @default {60} */
  renewBeforeSeconds?: number;
  /** Time source (tests fake it). @default {SYSTEM_CLOCK} */
  clock?: AuthClock;
}

function need(value: string | undefined, setting: string, mode: string): string {
  if (typeof value !== "string" || value.trim() === "") {
    throw new OktaAuthError({
      error: "missing_setting",
      errorDescription: `Authorization mode ${mode} needs ${setting}`,
    });
  }
  return value;
}

function keySecrets(key: string | JsonWebKey | undefined): string[] {
  if (!key) return [];
  if (typeof key === "string") return [key.trim()];
  return ["d", "p", "q", "dp", "dq", "qi"].map((k) => (key as Record<string, unknown>)[k])
    .filter((v): v is string => typeof v === "string");
}

function staticStrategy(kind: string, value: string, secret: string): AuthStrategy {
  const strategy: AuthStrategy = {
    kind,
    headers: () => Promise.resolve({ Authorization: value }),
    secrets: () => [secret],
  };
  Object.defineProperty(strategy, Symbol.for("Deno.customInspect"), {
    value: () => `AuthStrategy { kind: "${kind}" }`,
  });
  return strategy;
}

/**
 * Builds the strategy for the given settings. OAuth strategies fetch nothing until the first
 * request; token-endpoint failures raise {@link OktaAuthError}.
 */
export function createAuthStrategy(settings: AuthSettings): AuthStrategy {
  const mode = settings.mode;
  if (mode === "SSWS") {
    const token = need(settings.apiToken, "an API token (apiToken / OKTA_CLIENT_TOKEN)", mode);
    return staticStrategy("ssws", `${settings.apiKeyPrefix ?? "SSWS"} ${token}`, token);
  }
  if (mode === "Bearer") {
    const token = need(settings.accessToken, "an access token (accessToken)", mode);
    return staticStrategy("bearer", `Bearer ${token}`, token);
  }
  if (mode !== "PrivateKey" && mode !== "Device") {
    throw new OktaAuthError({
      error: "missing_setting",
      errorDescription:
        `Unknown authorization mode ${mode}: use SSWS, Bearer, PrivateKey or Device`,
    });
  }
  const clientId = need(settings.clientId, "a client id (clientId / OKTA_CLIENT_CLIENTID)", mode);
  const scopes = [...(settings.scopes ?? [])];
  if (scopes.length === 0) {
    throw new OktaAuthError({
      error: "missing_setting",
      errorDescription: `Authorization mode ${mode} needs scopes, e.g. okta.users.read`,
    });
  }
  const common = {
    orgUrl: settings.orgUrl,
    fetch: settings.fetch,
    clock: settings.clock ?? SYSTEM_CLOCK,
    clientId,
    dpop: settings.dpop ?? "auto" as const,
    dpopAlgorithm: settings.dpopAlgorithm,
    renewBeforeMs: (settings.renewBeforeSeconds ?? 60) * 1000,
    onDeviceCode: settings.onDeviceCode ?? printDeviceCode,
    openBrowser: settings.openBrowser ?? false,
    signal: settings.signal,
  };
  if (mode === "PrivateKey") {
    const privateKey = settings.privateKey;
    if (!privateKey) {
      throw new OktaAuthError({
        error: "missing_setting",
        errorDescription: "Authorization mode PrivateKey needs privateKey (PEM or JWK)",
      });
    }
    return new OAuthStrategy({
      ...common,
      kind: "private_key_jwt",
      scopes,
      signingKey: () => loadSigningKey(privateKey, settings.keyId),
      staticSecrets: keySecrets(privateKey),
    });
  }
  if (settings.refresh && !scopes.includes("offline_access")) scopes.push("offline_access");
  const cache = settings.tokenCache
    ? new TokenCache(
      typeof settings.tokenCache === "string" ? settings.tokenCache : defaultTokenCachePath(),
    )
    : undefined;
  return new OAuthStrategy({ ...common, kind: "device", scopes, cache, staticSecrets: [] });
}
