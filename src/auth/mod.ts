/**
 * Chooses and builds the authentication strategy from the resolved configuration.
 *
 * STUB written by the integrator: the auth work fills in the OAuth strategies.
 *
 * @module
 */
import type { AuthStrategy } from "./strategy.ts";

export type { AuthRequest, AuthStrategy } from "./strategy.ts";

/** The settings that choose a strategy (already resolved from options and env by the core). */
export interface AuthSettings {
  /** `SSWS` (API token), `Bearer` (given access token), `PrivateKey` (service app), `Device`. */
  mode: "SSWS" | "Bearer" | "PrivateKey" | "Device";
  orgUrl: URL;
  apiToken?: string;
  apiKeyPrefix?: string;
  accessToken?: string;
  clientId?: string;
  scopes?: string[];
  privateKey?: string | JsonWebKey;
  keyId?: string;
  /** The fetch used for token-endpoint calls (the client's, so tests can inject one). */
  fetch: typeof fetch;
}

/** Builds the strategy for the given settings. */
export function createAuthStrategy(settings: AuthSettings): AuthStrategy {
  if (settings.mode === "SSWS") {
    const value = `${settings.apiKeyPrefix ?? "SSWS"} ${settings.apiToken}`;
    return {
      kind: "ssws",
      headers: () => Promise.resolve({ Authorization: value }),
      secrets: () => [settings.apiToken ?? ""].filter(Boolean),
    };
  }
  if (settings.mode === "Bearer") {
    const value = `Bearer ${settings.accessToken}`;
    return {
      kind: "bearer",
      headers: () => Promise.resolve({ Authorization: value }),
      secrets: () => [settings.accessToken ?? ""].filter(Boolean),
    };
  }
  throw new Error(`Authorization mode ${settings.mode} is not implemented yet`);
}
