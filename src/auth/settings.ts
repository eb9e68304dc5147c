/**
 * The one place that knows Okta's authorization modes: their names, the options and environment
 * variables each one needs, and how options plus environment become {@linkcode AuthSettings}.
 * A new mode is a line in {@linkcode AUTHORIZATION_MODES}, its requirements, and its strategy in
 * create.ts.
 *
 * @module
 */
import { OktaConfigError } from "../core/errors.ts";
import { parseTokenCacheSetting, TOKEN_CACHE_ENV } from "./cache.ts";
import type { DeviceCodeHandler } from "./device.ts";
import type { AuthClock } from "./clock.ts";
import type { AuthStrategy } from "./strategy.ts";

/** How the client authenticates. */
export type AuthorizationMode = "SSWS" | "Bearer" | "PrivateKey" | "Device";

/** Every mode, in the order error messages list them. */
export const AUTHORIZATION_MODES: readonly AuthorizationMode[] = [
  "SSWS",
  "Bearer",
  "PrivateKey",
  "Device",
];

/** The settings that choose and build a strategy (see `createAuthStrategy`). */
export interface AuthSettings {
  /** `SSWS` (API token), `Bearer` (given access token), `PrivateKey` (service app), `Device`. */
  mode: AuthorizationMode;
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

/** OAuth settings passed through to `createAuthStrategy` unchanged. */
export type OAuthTuning = Pick<
  AuthSettings,
  | "dpop"
  | "dpopAlgorithm"
  | "refresh"
  | "tokenCache"
  | "onDeviceCode"
  | "openBrowser"
  | "renewBeforeSeconds"
  | "signal"
>;

/** The credential options of `createOkta()`; each one not given is read from its environment variable. */
export interface AuthOptions {
  /** An API token, sent as `SSWS <token>`. Env: `OKTA_API_TOKEN` or `OKTA_CLIENT_TOKEN`. */
  apiToken?: string;
  /** The scheme sent before the API token. @default {"SSWS"} */
  apiKeyPrefix?: string;
  /** An OAuth access token, sent as `Bearer <token>`. Env: `OKTA_ACCESS_TOKEN`. */
  accessToken?: string;
  /**
   * `SSWS`, `Bearer`, `PrivateKey` (service app) or `Device` (device authorization grant).
   * Inferred from the credentials given when omitted. Env: `OKTA_CLIENT_AUTHORIZATIONMODE`.
   */
  authorizationMode?: AuthorizationMode;
  /** OAuth client id (`PrivateKey`, `Device`). Env: `OKTA_CLIENT_CLIENTID`. */
  clientId?: string;
  /** OAuth scopes (`okta.users.read`…). Env: `OKTA_CLIENT_SCOPES` (space or comma separated). */
  scopes?: string[] | string;
  /** Private key for `PrivateKey` mode, PEM or JWK. Env: `OKTA_CLIENT_PRIVATEKEY`. */
  privateKey?: string | JsonWebKey;
  /** Key id (`kid`) of the private key. Env: `OKTA_CLIENT_KEYID`. */
  keyId?: string;
  /**
   * OAuth fine-tuning passed to the strategy (DPoP, refresh tokens, token cache, device-code
   * prompt, renewal margin).
   */
  oauth?: OAuthTuning;
  /** A ready-made strategy; when given, no other credential setting is read. */
  auth?: AuthStrategy;
}

/** Reads one environment variable; `setting` names the option, for permission errors. */
export interface AuthEnvironment {
  /** The variable's value (empty counts as unset). */
  get(name: string, setting: string): string | undefined;
}

/** A setting a mode cannot do without. */
interface Requirement {
  /** The option's name, as in {@linkcode AuthSettings} and `createOkta()`. */
  setting: "apiToken" | "accessToken" | "clientId" | "scopes" | "privateKey";
  /** What it is, in words. */
  label: string;
  /** Its environment variables, first one preferred. */
  envVars: readonly string[];
}

const API_TOKEN: Requirement = {
  setting: "apiToken",
  label: "an API token",
  envVars: ["OKTA_API_TOKEN", "OKTA_CLIENT_TOKEN"],
};
const ACCESS_TOKEN: Requirement = {
  setting: "accessToken",
  label: "an access token",
  envVars: ["OKTA_ACCESS_TOKEN"],
};
const CLIENT_ID: Requirement = {
  setting: "clientId",
  label: "a client id",
  envVars: ["OKTA_CLIENT_CLIENTID"],
};
const SCOPES: Requirement = { setting: "scopes", label: "scopes", envVars: ["OKTA_CLIENT_SCOPES"] };
const PRIVATE_KEY: Requirement = {
  setting: "privateKey",
  label: "a private key (PEM or JWK)",
  envVars: ["OKTA_CLIENT_PRIVATEKEY"],
};

/** What each mode needs. */
export const MODE_REQUIREMENTS: Readonly<Record<AuthorizationMode, readonly Requirement[]>> = {
  SSWS: [API_TOKEN],
  Bearer: [ACCESS_TOKEN],
  PrivateKey: [CLIENT_ID, SCOPES, PRIVATE_KEY],
  Device: [CLIENT_ID, SCOPES],
};

function isGiven(value: unknown): boolean {
  if (value === undefined || value === null) return false;
  if (typeof value === "string") return value.trim() !== "";
  if (Array.isArray(value)) return value.length > 0;
  return true;
}

/**
 * The first setting `settings` lacks for its mode, with the sentence that says so; undefined
 * when nothing is missing. Both entry points (createOkta's resolution and a direct
 * `createAuthStrategy`) ask this, so a mode's needs are written once.
 */
export function missingSetting(
  settings: Pick<AuthSettings, "mode" | Requirement["setting"]>,
): { setting: Requirement["setting"]; envVars: readonly string[]; message: string } | undefined {
  const needs = MODE_REQUIREMENTS[settings.mode];
  if (!needs) return undefined;
  for (const need of needs) {
    if (!isGiven(settings[need.setting])) {
      return {
        setting: need.setting,
        envVars: need.envVars,
        message: `Authorization mode ${settings.mode} needs ${need.label} (${need.setting})`,
      };
    }
  }
  return undefined;
}

function fail(message: string, setting: string, envVar?: string): never {
  throw new OktaConfigError(message, { setting, envVar });
}

/** The mode a string names (any case), or an {@linkcode OktaConfigError} naming the setting. */
export function parseAuthorizationMode(
  value: string,
  setting: string,
  envVar?: string,
): AuthorizationMode {
  const wanted = value.trim().toLowerCase();
  const mode = AUTHORIZATION_MODES.find((m) => m.toLowerCase() === wanted);
  if (mode === undefined) {
    const where = envVar ? `${envVar} (${setting})` : `The ${setting} option`;
    fail(
      `${where} must be ${AUTHORIZATION_MODES.slice(0, -1).join(", ")} or ${
        AUTHORIZATION_MODES.at(-1)
      }, not ${JSON.stringify(value)}`,
      setting,
      envVar,
    );
  }
  return mode;
}

function parseScopes(value: string[] | string | undefined): string[] | undefined {
  if (value === undefined) return undefined;
  const list = Array.isArray(value) ? value : value.split(/[\s,]+/);
  const scopes = list.map((s) => s.trim()).filter(Boolean);
  return scopes.length > 0 ? scopes : undefined;
}

function inferMode(options: AuthOptions, env: AuthEnvironment): AuthorizationMode {
  if (options.authorizationMode !== undefined) {
    return parseAuthorizationMode(options.authorizationMode, "authorizationMode");
  }
  if (options.apiToken !== undefined && options.accessToken !== undefined) {
    fail(
      "Both the apiToken and accessToken options are set: keep one, or set authorizationMode",
      "authorizationMode",
      "OKTA_CLIENT_AUTHORIZATIONMODE",
    );
  }
  if (options.apiToken !== undefined) return "SSWS";
  if (options.accessToken !== undefined) return "Bearer";
  if (options.privateKey !== undefined) return "PrivateKey";
  if (options.clientId !== undefined) {
    fail(
      "The clientId option needs authorizationMode (PrivateKey or Device)",
      "authorizationMode",
      "OKTA_CLIENT_AUTHORIZATIONMODE",
    );
  }
  const fromEnv = env.get("OKTA_CLIENT_AUTHORIZATIONMODE", "authorizationMode");
  if (fromEnv) {
    return parseAuthorizationMode(fromEnv, "authorizationMode", "OKTA_CLIENT_AUTHORIZATIONMODE");
  }
  if (env.get("OKTA_API_TOKEN", "apiToken") ?? env.get("OKTA_CLIENT_TOKEN", "apiToken")) {
    return "SSWS";
  }
  if (env.get("OKTA_ACCESS_TOKEN", "accessToken")) return "Bearer";
  if (env.get("OKTA_CLIENT_PRIVATEKEY", "privateKey")) return "PrivateKey";
  return fail(
    "Missing Okta credentials: set the apiToken option or OKTA_API_TOKEN (or OKTA_CLIENT_TOKEN), the accessToken option or OKTA_ACCESS_TOKEN, or authorizationMode / OKTA_CLIENT_AUTHORIZATIONMODE with clientId and privateKey",
    "apiToken",
    "OKTA_API_TOKEN",
  );
}

/**
 * Options plus environment → the settings for `createAuthStrategy` (all but `fetch`), or an
 * {@linkcode OktaConfigError} that names the option and its environment variable. The
 * environment is read only for what the options leave out.
 *
 * @example
 * ```ts
 * import { resolveAuthSettings } from "./settings.ts";
 * const env = { get: (name: string) => ({ OKTA_API_TOKEN: "00abc" } as Record<string, string>)[name] };
 * const settings = resolveAuthSettings({}, env, new URL("https://dev-1.okta.com"));
 * console.log(settings.mode); // "SSWS"
 * ```
 */
export function resolveAuthSettings(
  options: AuthOptions,
  env: AuthEnvironment,
  orgUrl: URL,
): Omit<AuthSettings, "fetch"> {
  const mode = inferMode(options, env);

  const read = (value: string | undefined, need: Requirement): string => {
    let v: unknown = value;
    for (const name of need.envVars) v ??= env.get(name, need.setting);
    if (v !== undefined && typeof v !== "string") {
      fail(
        `The ${need.setting} option must be a string, not ${typeof v}`,
        need.setting,
        need.envVars[0],
      );
    }
    if (v === undefined || v.trim() === "") {
      fail(
        `Missing ${need.setting} for authorization mode ${mode}: set the ${need.setting} option or ${
          need.envVars.join(" or ")
        }`,
        need.setting,
        need.envVars[0],
      );
    }
    return v;
  };
  // A token is printable ASCII without spaces; anything else would only fail later, in a header.
  const token = (value: string | undefined, need: Requirement): string => {
    const v = read(value, need).trim();
    if (!/^[\x21-\x7e]+$/.test(v)) {
      fail(
        `The ${need.setting} setting (option or ${
          need.envVars.join(" or ")
        }) is not a valid token: it contains spaces, control or non-ASCII characters${
          /^(SSWS|Bearer|DPoP)\s/i.test(v) ? "; leave out the scheme, it is added for you" : ""
        }`,
        need.setting,
        need.envVars[0],
      );
    }
    return v;
  };

  switch (mode) {
    case "SSWS":
      return {
        mode,
        orgUrl,
        apiToken: token(options.apiToken, API_TOKEN),
        apiKeyPrefix: options.apiKeyPrefix ?? "SSWS",
      };
    case "Bearer":
      return { mode, orgUrl, accessToken: token(options.accessToken, ACCESS_TOKEN) };
    case "PrivateKey":
    case "Device": {
      const clientId = read(options.clientId, CLIENT_ID);
      const scopes = parseScopes(options.scopes) ?? parseScopes(read(undefined, SCOPES));
      if (scopes === undefined) {
        fail(
          `Missing scopes for authorization mode ${mode}: set the scopes option or OKTA_CLIENT_SCOPES`,
          "scopes",
          "OKTA_CLIENT_SCOPES",
        );
      }
      if (mode === "Device") {
        const tokenCache = options.oauth?.tokenCache ??
          parseTokenCacheSetting(env.get(TOKEN_CACHE_ENV, "oauth.tokenCache"));
        return { mode, orgUrl, clientId, scopes, tokenCache };
      }
      const privateKey = options.privateKey ?? read(undefined, PRIVATE_KEY);
      const keyId = options.keyId ??
        (options.privateKey === undefined ? env.get("OKTA_CLIENT_KEYID", "keyId") : undefined);
      return { mode, orgUrl, clientId, scopes, privateKey, keyId };
    }
  }
}
