/**
 * `createAuthStrategy(settings)`: picks and builds the strategy for the resolved settings.
 *
 * @module
 */
import { SYSTEM_CLOCK } from "./clock.ts";
import { defaultTokenCachePath, TokenCache } from "./cache.ts";
import { printDeviceCode } from "./device.ts";
import { OktaAuthError } from "./errors.ts";
import { loadSigningKey } from "./keys.ts";
import { OAuthStrategy } from "./oauth_strategy.ts";
import { AUTHORIZATION_MODES, type AuthSettings, missingSetting } from "./settings.ts";
import type { AuthStrategy } from "./strategy.ts";

export type { AuthSettings };

function requireSettings(settings: AuthSettings): void {
  if (!AUTHORIZATION_MODES.includes(settings.mode)) {
    throw new OktaAuthError({
      error: "missing_setting",
      errorDescription: `Unknown authorization mode ${settings.mode}: use ${
        AUTHORIZATION_MODES.join(", ")
      }`,
    });
  }
  const missing = missingSetting(settings);
  if (missing) {
    throw new OktaAuthError({ error: "missing_setting", errorDescription: missing.message });
  }
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
  requireSettings(settings);
  const mode = settings.mode;
  if (mode === "SSWS") {
    const token = settings.apiToken!;
    return staticStrategy("ssws", `${settings.apiKeyPrefix ?? "SSWS"} ${token}`, token);
  }
  if (mode === "Bearer") {
    const token = settings.accessToken!;
    return staticStrategy("bearer", `Bearer ${token}`, token);
  }
  const clientId = settings.clientId!;
  const scopes = [...settings.scopes!];
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
    const privateKey = settings.privateKey!;
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
