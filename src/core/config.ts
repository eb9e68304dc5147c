/**
 * Options and environment → the resolved client configuration.
 *
 * Each setting comes from its option, else from its environment variable; the environment is
 * never read for a setting the options already give. Every problem is reported before any
 * network call as an {@linkcode OktaConfigError} naming the option and the variable.
 *
 * @module
 */
import type { AuthStrategy } from "../auth/strategy.ts";
import {
  type AuthOptions,
  type AuthorizationMode,
  type AuthSettings,
  resolveAuthSettings,
} from "../auth/settings.ts";
import { VERSION } from "../version.ts";
import { OktaConfigError } from "./errors.ts";
import type { OktaLogger } from "./logger.ts";
import { STDERR_LOGGER } from "./logger.ts";
import { isSensitiveHeader, redact, REDACTED, redactUrl } from "./redact.ts";

/**
 * The fetch the client sends through: anything that takes a `Request` and returns a
 * `Response` — `globalThis.fetch`, a test double, or an in-process emulator's `fetch` handler.
 */
export type OktaFetch = (request: Request) => Response | Promise<Response>;

/** Options of `createOkta()`. Every setting not given here is read from its environment variable. */
export interface OktaOptions extends AuthOptions {
  /** The org URL, `https://dev-123.okta.com` (no path). Env: `OKTA_ORG_URL` or `OKTA_CLIENT_ORGURL`. */
  orgUrl?: string | URL;
  /** Headers added to every request. */
  defaultHeaders?: Record<string, string>;
  /** An HTTP(S) proxy URL for the built-in fetch. */
  proxy?: string | URL;
  /** Retries after 429, 5xx (idempotent methods) and network failures; 0 turns retrying off. @default {2} */
  maxRetries?: number;
  /**
   * Budget for a whole call in milliseconds: every attempt, body download and retry wait
   * included. 0 means no limit. @default {120000}
   */
  requestTimeout?: number;
  /** Appended to the User-Agent (`oktakit/<version> deno/<version> <os> <userAgent>`). */
  userAgent?: string;
  /** Send `null` properties of request bodies instead of stripping them. @default {false} */
  includeNullValues?: boolean;
  /** Send through this fetch instead of `globalThis.fetch` (tests, the emulator). */
  fetch?: OktaFetch;
  /** Write a redacted debug line per request and retry. Env: `OKTA_DEBUG=1`. */
  debug?: boolean;
  /** Where debug lines go (default: stderr). Giving one turns debugging on unless `debug: false`. */
  logger?: OktaLogger;
  /**
   * Read the environment variables from this record instead of the process environment
   * (for example a parsed `.env` file).
   */
  env?: Record<string, string | undefined>;
}

/** The configuration the client runs with (internal: holds credentials). */
export interface ResolvedConfig {
  /** The org URL (origin only, trailing slash). */
  orgUrl: URL;
  /** `orgUrl.origin`. */
  origin: string;
  /** Settings for `createAuthStrategy`, unless a strategy was given. */
  authSettings: Omit<AuthSettings, "fetch"> | undefined;
  /** The given strategy, if any. */
  strategy: AuthStrategy | undefined;
  /** Mode in use (`custom` when a strategy was given). */
  authorizationMode: AuthorizationMode | "custom";
  /** Headers added to every request. */
  defaultHeaders: Record<string, string>;
  /** Proxy URL. */
  proxy: string | undefined;
  /** Max retries. */
  maxRetries: number;
  /** Call budget in ms, 0 = none. */
  requestTimeout: number;
  /** The full User-Agent. */
  userAgent: string;
  /** Keep `null` in bodies. */
  includeNullValues: boolean;
  /** The fetch override. */
  fetch: OktaFetch | undefined;
  /** The debug logger, or undefined when debugging is off. */
  logger: OktaLogger | undefined;
  /** Values to redact that come from the configuration itself. */
  secrets: string[];
}

/** The client's configuration as shown to users: read-only and without any credential. */
export interface OktaConfigView {
  /** The org URL. */
  readonly orgUrl: string;
  /** How the client authenticates (`custom` for a given strategy). */
  readonly authorizationMode: AuthorizationMode | "custom";
  /** The API token scheme (SSWS mode). */
  readonly apiKeyPrefix: string | undefined;
  /** OAuth client id. */
  readonly clientId: string | undefined;
  /** OAuth scopes. */
  readonly scopes: readonly string[] | undefined;
  /** Key id of the private key. */
  readonly keyId: string | undefined;
  /** Default headers, credential values masked. */
  readonly defaultHeaders: Readonly<Record<string, string>>;
  /** Proxy URL without user info. */
  readonly proxy: string | undefined;
  /** Max retries. */
  readonly maxRetries: number;
  /** Call budget in ms (0 = none). */
  readonly requestTimeout: number;
  /** The full User-Agent. */
  readonly userAgent: string;
  /** Whether `null` body properties are sent. */
  readonly includeNullValues: boolean;
  /** Whether the debug log is on. */
  readonly debug: boolean;
  /** Whether a custom fetch is used. */
  readonly customFetch: boolean;
}

const DEFAULT_MAX_RETRIES = 2;
const DEFAULT_REQUEST_TIMEOUT_MS = 120_000;
const LOOPBACK_HOSTS: ReadonlySet<string> = new Set(["127.0.0.1", "[::1]", "localhost"]);
/** Reads environment variables, from `options.env` or the process, with clear permission errors. */
class EnvReader {
  #record: Record<string, string | undefined> | undefined;

  constructor(record: Record<string, string | undefined> | undefined) {
    this.#record = record;
  }

  /** The variable's value (empty counts as unset); `setting` names the option for errors. */
  get(name: string, setting: string): string | undefined {
    if (this.#record) return this.#record[name] || undefined;
    try {
      return Deno.env.get(name) || undefined;
    } catch (e) {
      if (e instanceof Deno.errors.NotCapable) {
        throw new OktaConfigError(
          `Cannot read ${name} for the ${setting} setting: no permission to read the environment; run with --allow-env=OKTA_* or pass the ${setting} option to createOkta()`,
          { setting, envVar: name },
        );
      }
      throw e;
    }
  }

  /** The variable's value only if it can be read without a prompt or an error. */
  peek(name: string): string | undefined {
    if (this.#record) return this.#record[name] || undefined;
    try {
      const state = Deno.permissions.querySync({ name: "env", variable: name }).state;
      return state === "granted" ? Deno.env.get(name) || undefined : undefined;
    } catch {
      return undefined;
    }
  }
}

function fail(message: string, setting: string, envVar?: string): never {
  throw new OktaConfigError(message, { setting, envVar });
}

function parseOrgUrl(value: string | URL, fromEnv: string | undefined): URL {
  const source = fromEnv ? `${fromEnv} (orgUrl)` : "The orgUrl option";
  const envVar = fromEnv ?? "OKTA_ORG_URL";
  let url: URL;
  try {
    url = new URL(String(value).trim());
  } catch {
    return fail(
      `${source} is not a valid URL: ${
        redactUrl(String(value))
      }; expected https://<your-org>.okta.com`,
      "orgUrl",
      envVar,
    );
  }
  const shown = redactUrl(url);
  if (url.username || url.password) {
    fail(`${source} must not contain user info: ${shown}`, "orgUrl", envVar);
  }
  if (url.protocol === "http:") {
    if (!LOOPBACK_HOSTS.has(url.hostname)) {
      fail(
        `${source} must use https: ${shown}; plain http is only allowed for 127.0.0.1, ::1 and localhost`,
        "orgUrl",
        envVar,
      );
    }
  } else if (url.protocol !== "https:") {
    fail(`${source} must be an https URL: ${shown}`, "orgUrl", envVar);
  }
  if (url.pathname !== "/" || url.search !== "" || url.hash !== "") {
    fail(
      `${source} must be the org's origin without a path, query or fragment: ${shown}; use ${url.origin}`,
      "orgUrl",
      envVar,
    );
  }
  if (/-admin\./i.test(url.hostname)) {
    fail(
      `${source} points at the admin console (${url.hostname}); use the org URL without -admin`,
      "orgUrl",
      envVar,
    );
  }
  return new URL(url.origin + "/");
}

function nonNegativeInteger(value: number | undefined, fallback: number, setting: string): number {
  if (value === undefined) return fallback;
  if (!Number.isInteger(value) || value < 0) {
    fail(`The ${setting} option must be a non-negative integer, not ${value}`, setting);
  }
  return value;
}

function runtimeUserAgent(): string {
  const deno = (globalThis as { Deno?: typeof Deno }).Deno;
  return deno ? `deno/${deno.version.deno} ${deno.build.os}` : "js";
}

function isTruthy(value: string | undefined): boolean {
  return value !== undefined && /^(1|true|yes|on)$/i.test(value.trim());
}

/** Resolves options and environment into the client configuration, or throws {@linkcode OktaConfigError}. */
export function resolveConfig(options: OktaOptions = {}): ResolvedConfig {
  try {
    return resolve(options);
  } catch (e) {
    // A credential pasted into the wrong setting must not come back in the message.
    if (!(e instanceof OktaConfigError)) throw e;
    const message = redact(e.message, knownCredentials(options));
    if (message === e.message) throw e;
    throw new OktaConfigError(message, { setting: e.setting, envVar: e.envVar });
  }
}

/** Credential values given in the options or the environment (for redacting config errors). */
function knownCredentials(options: OktaOptions): string[] {
  const env = new EnvReader(options.env);
  const values: unknown[] = [options.apiToken, options.accessToken, options.privateKey];
  for (const name of CREDENTIAL_ENV_VARS) values.push(env.peek(name));
  for (const name in options.defaultHeaders ?? {}) {
    if (isSensitiveHeader(name)) values.push(options.defaultHeaders?.[name]);
  }
  return values.filter((v): v is string => typeof v === "string").flatMap((v) => [v, v.trim()]);
}

const CREDENTIAL_ENV_VARS = [
  "OKTA_API_TOKEN",
  "OKTA_CLIENT_TOKEN",
  "OKTA_ACCESS_TOKEN",
  "OKTA_CLIENT_PRIVATEKEY",
];

/** Options that must be strings (or, for some, a URL, array or JWK object) when given. */
const OPTION_TYPES: Readonly<Record<string, readonly string[]>> = {
  orgUrl: ["string", "URL"],
  apiToken: ["string"],
  apiKeyPrefix: ["string"],
  accessToken: ["string"],
  authorizationMode: ["string"],
  clientId: ["string"],
  scopes: ["string", "array"],
  privateKey: ["string", "object"],
  keyId: ["string"],
  proxy: ["string", "URL"],
  userAgent: ["string"],
  defaultHeaders: ["object"],
  env: ["object"],
};

function typeName(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "array";
  if (value instanceof URL) return "URL";
  return typeof value;
}

function resolve(options: OktaOptions): ResolvedConfig {
  // Callers without type checking (JSON config, plain JS) get a clear error, not a TypeError.
  for (const [name, allowed] of Object.entries(OPTION_TYPES)) {
    const value = (options as Record<string, unknown>)[name];
    if (value === undefined) continue;
    const type = typeName(value);
    if (!allowed.includes(type)) {
      fail(`The ${name} option must be a ${allowed.join(" or ")}, not ${type}`, name);
    }
  }
  const env = new EnvReader(options.env);

  let orgUrl: URL;
  if (options.orgUrl !== undefined && String(options.orgUrl).trim() !== "") {
    orgUrl = parseOrgUrl(options.orgUrl, undefined);
  } else {
    const fromOrg = env.get("OKTA_ORG_URL", "orgUrl");
    const value = fromOrg ?? env.get("OKTA_CLIENT_ORGURL", "orgUrl");
    if (value === undefined) {
      fail(
        "Missing Okta org URL: set the orgUrl option or OKTA_ORG_URL (or OKTA_CLIENT_ORGURL), e.g. https://dev-123.okta.com",
        "orgUrl",
        "OKTA_ORG_URL",
      );
    }
    orgUrl = parseOrgUrl(value, fromOrg ? "OKTA_ORG_URL" : "OKTA_CLIENT_ORGURL");
  }

  const strategy = options.auth;
  const authSettings = strategy
    ? undefined
    : { ...options.oauth, ...resolveAuthSettings(options, env, orgUrl) };

  if (options.proxy !== undefined && options.fetch !== undefined) {
    fail(
      "The proxy option applies to the built-in fetch: configure the proxy in your fetch instead",
      "proxy",
    );
  }
  let proxy: string | undefined;
  if (options.proxy !== undefined) {
    try {
      proxy = new URL(String(options.proxy)).href;
    } catch {
      fail(`The proxy option is not a valid URL: ${redactUrl(String(options.proxy))}`, "proxy");
    }
  }

  const debug = options.debug ??
    (options.logger !== undefined ? true : isTruthy(env.peek("OKTA_DEBUG")));

  const defaultHeaders = { ...options.defaultHeaders };
  const secrets: string[] = [];
  for (const [name, value] of Object.entries(defaultHeaders)) {
    if (isSensitiveHeader(name)) secrets.push(value, value.replace(/^\S+\s+/, ""));
  }
  if (authSettings?.apiToken) secrets.push(authSettings.apiToken);
  if (authSettings?.accessToken) secrets.push(authSettings.accessToken);
  if (typeof authSettings?.privateKey === "string") secrets.push(authSettings.privateKey);
  if (proxy) {
    const p = new URL(proxy);
    if (p.password) secrets.push(decodeURIComponent(p.password));
  }

  const extension = options.userAgent?.trim();
  return {
    orgUrl,
    origin: orgUrl.origin,
    authSettings,
    strategy,
    authorizationMode: authSettings?.mode ?? "custom",
    defaultHeaders,
    proxy,
    maxRetries: nonNegativeInteger(options.maxRetries, DEFAULT_MAX_RETRIES, "maxRetries"),
    requestTimeout: nonNegativeInteger(
      options.requestTimeout,
      DEFAULT_REQUEST_TIMEOUT_MS,
      "requestTimeout",
    ),
    userAgent: `oktakit/${VERSION} ${runtimeUserAgent()}${extension ? ` ${extension}` : ""}`,
    includeNullValues: options.includeNullValues ?? false,
    fetch: options.fetch,
    logger: debug ? (options.logger ?? STDERR_LOGGER) : undefined,
    secrets,
  };
}

/** The read-only, credential-free view of a configuration. */
export function configView(config: ResolvedConfig): OktaConfigView {
  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries(config.defaultHeaders)) {
    headers[name] = isSensitiveHeader(name) ? REDACTED : value;
  }
  const a = config.authSettings;
  return Object.freeze({
    orgUrl: config.orgUrl.origin,
    authorizationMode: config.authorizationMode,
    apiKeyPrefix: a?.mode === "SSWS" ? a.apiKeyPrefix : undefined,
    clientId: a?.clientId,
    scopes: a?.scopes ? Object.freeze([...a.scopes]) : undefined,
    keyId: a?.keyId,
    defaultHeaders: Object.freeze(headers),
    proxy: config.proxy ? redactUrl(config.proxy, config.secrets) : undefined,
    maxRetries: config.maxRetries,
    requestTimeout: config.requestTimeout,
    userAgent: config.userAgent,
    includeNullValues: config.includeNullValues,
    debug: config.logger !== undefined,
    customFetch: config.fetch !== undefined,
  });
}
