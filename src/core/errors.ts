/**
 * The error classes thrown by the client. Every message, field, `toJSON()` and `inspect`
 * output is built from already-redacted text: no error ever carries a credential.
 *
 * @module
 */
import type { RateLimit } from "./rate_limit.ts";

/** One entry of an Okta error's `errorCauses`. */
export interface OktaErrorCause {
  /** A human-readable explanation of this cause. */
  errorSummary: string;
  /** Extra fields some errors carry (`reason`, `locationType`, `domain`, …). */
  [key: string]: unknown;
}

/** `{ cause }` when `init` has one, else nothing (so an absent cause stays absent on the error). */
function causeOf(init: ErrorOptions): ErrorOptions | undefined {
  return init.cause === undefined ? undefined : { cause: init.cause };
}

/** The base class of every error thrown by oktakit, so `catch (e) { if (e instanceof OktaError) … }` works. */
export class OktaError extends Error {
  /** Creates an error; `message` must already be redacted. */
  constructor(message: string, options?: ErrorOptions) {
    super(message, options);
    this.name = "OktaError";
  }

  /** A plain, credential-free object for `JSON.stringify`. */
  toJSON(): Record<string, unknown> {
    return { name: this.name, message: this.message };
  }
}

/** What {@linkcode OktaApiError} is built from. */
export interface OktaApiErrorInit {
  /** HTTP status (≥ 400). */
  status: number;
  /** Okta's `errorCode` (`E0000007`), when the body had one. */
  errorCode?: string;
  /** Okta's `errorSummary`, or the body text when the body was not Okta's error JSON. */
  errorSummary: string;
  /** Okta's `errorLink`. */
  errorLink?: string;
  /** Okta's `errorId` (identifies this occurrence, `oae…`). */
  errorId?: string;
  /** Okta's `errorCauses`, always as an array. */
  errorCauses: OktaErrorCause[];
  /** Response headers. */
  headers: Headers;
  /** `X-Okta-Request-Id` of the failed response. */
  requestId?: string;
  /** HTTP method of the request. */
  method: string;
  /** Redacted URL of the request. */
  url: string;
  /** The parsed error body (JSON), or its text when it was not JSON. */
  body: unknown;
  /** Rate-limit headers of the response, when present. */
  rateLimit?: RateLimit;
  /** The operationId of the call, when known. */
  operationId?: string;
}

/**
 * The org answered with a status ≥ 400.
 *
 * @example Handle a missing user
 * ```ts ignore
 * try {
 *   await okta.users.get("nobody@example.com");
 * } catch (e) {
 *   if (e instanceof OktaApiError && e.errorCode === "E0000007") console.log("not found");
 *   else throw e;
 * }
 * ```
 */
export class OktaApiError extends OktaError {
  /** HTTP status. */
  readonly status: number;
  /** Okta's error code (`E0000007`), the part meant for programs. */
  readonly errorCode: string | undefined;
  /** Okta's human-readable summary (or the body text of a non-JSON error). */
  readonly errorSummary: string;
  /** Okta's `errorLink`. */
  readonly errorLink: string | undefined;
  /** Okta's `errorId`. */
  readonly errorId: string | undefined;
  /** Okta's `errorCauses`. */
  readonly errorCauses: OktaErrorCause[];
  /** Response headers. */
  readonly headers: Headers;
  /** `X-Okta-Request-Id`, for Okta support and the System Log. */
  readonly requestId: string | undefined;
  /** HTTP method. */
  readonly method: string;
  /** The request URL, without credentials. */
  readonly url: string;
  /** The parsed error body, or its text. */
  readonly body: unknown;
  /** Rate-limit headers of the response. */
  readonly rateLimit: RateLimit | undefined;
  /** The operationId, when the call came from the API surface. */
  readonly operationId: string | undefined;

  /** Creates the error from already-redacted parts. */
  constructor(init: OktaApiErrorInit) {
    const code = init.errorCode ? ` ${init.errorCode}` : "";
    const causes = init.errorCauses.map((c) => c.errorSummary).filter(Boolean);
    const detail = causes.length > 0
      ? `${init.errorSummary} (${causes.join("; ")})`
      : init.errorSummary;
    const id = init.requestId ? ` [request id ${init.requestId}]` : "";
    super(`Okta answered ${init.status}${code} to ${init.method} ${init.url}: ${detail}${id}`);
    this.name = "OktaApiError";
    this.status = init.status;
    this.errorCode = init.errorCode;
    this.errorSummary = init.errorSummary;
    this.errorLink = init.errorLink;
    this.errorId = init.errorId;
    this.errorCauses = init.errorCauses;
    this.headers = init.headers;
    this.requestId = init.requestId;
    this.method = init.method;
    this.url = init.url;
    this.body = init.body;
    this.rateLimit = init.rateLimit;
    this.operationId = init.operationId;
  }

  /** A plain, credential-free object for `JSON.stringify`. */
  override toJSON(): Record<string, unknown> {
    return {
      ...super.toJSON(),
      status: this.status,
      errorCode: this.errorCode,
      errorSummary: this.errorSummary,
      errorLink: this.errorLink,
      errorId: this.errorId,
      errorCauses: this.errorCauses,
      requestId: this.requestId,
      method: this.method,
      url: this.url,
      operationId: this.operationId,
      headers: Object.fromEntries(this.headers),
    };
  }
}

/** Where a configuration setting can come from. */
export interface OktaConfigErrorInit extends ErrorOptions {
  /** The `createOkta` option that sets it. */
  setting: string;
  /** The environment variable that sets it, when there is one. */
  envVar?: string;
}

/** The configuration is unusable; thrown by `createOkta` before any network call. */
export class OktaConfigError extends OktaError {
  /** The option at fault (`orgUrl`, `apiToken`, …). */
  readonly setting: string;
  /** The environment variable that sets it, when there is one. */
  readonly envVar: string | undefined;

  /** Creates the error; `message` must already name the setting and its env var. */
  constructor(message: string, init: OktaConfigErrorInit) {
    super(message, causeOf(init));
    this.name = "OktaConfigError";
    this.setting = init.setting;
    this.envVar = init.envVar;
  }

  /** A plain, credential-free object for `JSON.stringify`. */
  override toJSON(): Record<string, unknown> {
    return { ...super.toJSON(), setting: this.setting, envVar: this.envVar };
  }
}

/** What a request-level error (network, timeout, origin) knows about its request. */
export interface OktaRequestErrorInit extends ErrorOptions {
  /** HTTP method. */
  method: string;
  /** Redacted URL. */
  url: string;
}

/**
 * The request never got a complete HTTP response (connection refused or reset, DNS, TLS, or a
 * body that broke off after the headers arrived).
 */
export class OktaNetworkError extends OktaError {
  /** HTTP method. */
  readonly method: string;
  /** The request URL, without credentials. */
  readonly url: string;
  /** `X-Okta-Request-Id`, when the headers arrived before the body broke off. */
  readonly requestId: string | undefined;

  /** Creates the error; `message` and `cause` must already be redacted. */
  constructor(message: string, init: OktaRequestErrorInit & { requestId?: string }) {
    super(
      init.requestId ? `${message} [request id ${init.requestId}]` : message,
      causeOf(init),
    );
    this.name = "OktaNetworkError";
    this.method = init.method;
    this.url = init.url;
    this.requestId = init.requestId;
  }

  /** A plain, credential-free object for `JSON.stringify`. */
  override toJSON(): Record<string, unknown> {
    return { ...super.toJSON(), method: this.method, url: this.url, requestId: this.requestId };
  }
}

/** The call did not finish within `requestTimeout` (retries and rate-limit waits included). */
export class OktaTimeoutError extends OktaError {
  /** HTTP method. */
  readonly method: string;
  /** The request URL, without credentials. */
  readonly url: string;
  /** The budget that ran out, in milliseconds. */
  readonly timeout: number;

  /** Creates the error. */
  constructor(message: string, init: OktaRequestErrorInit & { timeout: number }) {
    super(message, causeOf(init));
    this.name = "OktaTimeoutError";
    this.method = init.method;
    this.url = init.url;
    this.timeout = init.timeout;
  }

  /** A plain, credential-free object for `JSON.stringify`. */
  override toJSON(): Record<string, unknown> {
    return { ...super.toJSON(), method: this.method, url: this.url, timeout: this.timeout };
  }
}

/**
 * A URL outside the org was about to be requested (a `next` link or a `paginate()` URL on
 * another origin). Nothing was sent.
 */
export class OktaOriginError extends OktaError {
  /** The refused URL, without credentials. */
  readonly url: string;
  /** The org's origin, the only one requests go to. */
  readonly expectedOrigin: string;

  /** Creates the error. */
  constructor(url: string, expectedOrigin: string) {
    super(
      `Refused to send a request to ${url}: only the org's origin ${expectedOrigin} is allowed, so no credential leaves the org`,
    );
    this.name = "OktaOriginError";
    this.url = url;
    this.expectedOrigin = expectedOrigin;
  }

  /** A plain, credential-free object for `JSON.stringify`. */
  override toJSON(): Record<string, unknown> {
    return { ...super.toJSON(), url: this.url, expectedOrigin: this.expectedOrigin };
  }
}
