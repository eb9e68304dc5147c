/**
 * The request pipeline: URL and headers, auth per attempt, the retry loop, the call budget,
 * error mapping and response parsing. Every request goes out through the client's one ky
 * instance (`http.ts`); body encoding, the budget's signal, gates and error building live in
 * their own files.
 *
 * @module
 */
import type { KyInstance } from "npm:ky@^2.1.0";
import type { AuthRequest, AuthStrategy } from "../auth/strategy.ts";
import type { HttpMethod, ResponseKind } from "./operation.ts";
import type { RequestSpec } from "./request_spec.ts";
import type { ResolvedConfig } from "./config.ts";
import { OktaError, type OktaNetworkError, OktaOriginError, OktaTimeoutError } from "./errors.ts";
import { Deadlines } from "./deadline.ts";
import { enterGates, leaveGates, type TransportGate } from "./gate.ts";
import { createHttp, type TransportFetch } from "./http.ts";
import { nextFromBody, parseNextLink } from "./link.ts";
import type { ArrivedPage } from "./paginate.ts";
import type { DebugLog } from "./logger.ts";
import { parseRateLimit, type RateLimit } from "./rate_limit.ts";
import { redactUrl } from "./redact.ts";
import { encodeBody } from "./request_body.ts";
import { apiError, type FailedRequest, isNetworkFailure, networkError } from "./response_error.ts";
import {
  backoffDelay,
  isIdempotent,
  isRetryableServerError,
  isWithinRetryCeiling,
  rateLimitDelay,
  sleep,
} from "./retry.ts";
import { appendQuery, encodeQuery, expandPath } from "./url.ts";

export type { TransportGate } from "./gate.ts";
export type { TransportFetch } from "./http.ts";

/** A successful response with its parsed body (what `.withResponse()` resolves to). */
export interface OktaResponse<T> {
  /** The parsed body: JSON value, string (xml/text), `Uint8Array` (binary) or `undefined` (empty). */
  data: T;
  /** HTTP status. */
  status: number;
  /** Response headers. */
  headers: Headers;
  /** The next page's absolute URL (`Link: rel="next"` or `_links.next.href`), if any. */
  nextUrl: string | undefined;
  /** The rate-limit bucket this call was charged to. */
  rateLimit: RateLimit | undefined;
  /** `X-Okta-Request-Id`. */
  requestId: string | undefined;
}

/** A response whose body has been read but not parsed yet (`Transport.#decode` parses it). */
interface Received {
  prepared: Prepared;
  response: Response;
  /** The raw body: `undefined` for 204, 205 and operations that answer with nothing. */
  body: Uint8Array | undefined;
  requestId: string | undefined;
}

// One decoder for every body: UTF-8, as `Response.text()` decodes.
const UTF8 = new TextDecoder();

interface Prepared {
  method: HttpMethod;
  url: string;
  headers: Record<string, string>;
  body: BodyInit | undefined;
  response: ResponseKind;
  operationId: string | undefined;
  route: string;
}

const ACCEPT: Readonly<Record<ResponseKind, string>> = {
  json: "application/json",
  empty: "application/json",
  xml: "application/xml",
  text: "text/plain, */*",
  binary: "*/*",
};

/** Sets a header, replacing one of the same name in any letter case (a record would keep both). */
function setHeader(headers: Record<string, string>, name: string, value: string): void {
  const lower = name.toLowerCase();
  for (const key in headers) {
    if (key.toLowerCase() === lower) delete headers[key];
  }
  headers[name] = value;
}

/** Sends `RequestSpec`s: the request pipeline shared by every builder of a client. */
export class Transport {
  #config: ResolvedConfig;
  #strategy: AuthStrategy;
  #log: DebugLog;
  #fetch: TransportFetch;
  #secrets: () => string[];
  #gates: TransportGate[] = [];
  #deadlines = new Deadlines();
  #http: KyInstance | undefined;
  #httpLoading: Promise<KyInstance> | undefined;

  /** A transport for one client; `fetch` is what its ky instance sends with. */
  constructor(
    config: ResolvedConfig,
    strategy: AuthStrategy,
    log: DebugLog,
    fetch: TransportFetch,
    secrets: () => string[],
  ) {
    this.#config = config;
    this.#strategy = strategy;
    this.#log = log;
    this.#fetch = fetch;
    this.#secrets = secrets;
  }

  /** Adds a gate every later attempt passes through; returns the function that removes it. */
  addGate(gate: TransportGate): () => void {
    this.#gates = [...this.#gates, gate];
    return () => {
      this.#gates = this.#gates.filter((g) => g !== gate);
    };
  }

  /** Sends a spec (path template, params, query, body) and parses the response. */
  send(spec: RequestSpec, signal?: AbortSignal): Promise<OktaResponse<unknown>> {
    let prepared: Prepared;
    try {
      prepared = this.#prepare(spec, this.#resolveTarget(spec));
    } catch (e) {
      return Promise.reject(e);
    }
    return this.#run(prepared, signal).then((received) => this.#decode(received));
  }

  /**
   * GETs an absolute URL (a next link or a saved one) with the spec's headers and response
   * kind, after checking that it is on the org's origin. A foreign URL is refused before
   * anything is sent.
   *
   * Resolves once the body has arrived, with the next link from the `Link` header and a
   * `parse()` for the body, so the page iterator can send the next request before it parses
   * this page. Without a `Link` header the body is parsed at once, for its `_links.next`.
   */
  follow(
    url: string,
    spec: RequestSpec,
    signal?: AbortSignal,
  ): Promise<ArrivedPage<OktaResponse<unknown>>> {
    let prepared: Prepared;
    try {
      const target = this.checkOrigin(url);
      prepared = this.#prepare(
        { ...spec, method: "GET", body: undefined, bodyKind: "none" },
        target,
      );
    } catch (e) {
      return Promise.reject(e);
    }
    return this.#run(prepared, signal).then((received) => {
      const link = parseNextLink(received.response.headers.get("link"));
      if (link === undefined) {
        const parsed = this.#decode(received);
        return { nextUrl: parsed.nextUrl, parse: () => parsed };
      }
      // Not memoized: the iterator parses a page once, and a memo would keep the parsed page
      // alive for as long as the iterator holds this object.
      return { nextUrl: this.#absolute(link), parse: () => this.#decode(received, link) };
    });
  }

  /** Resolves `url` against the org and returns it, or throws {@linkcode OktaOriginError} for another origin. */
  checkOrigin(url: string | URL): string {
    let parsed: URL;
    try {
      parsed = new URL(url, this.#config.orgUrl);
    } catch {
      throw new TypeError(`Cannot follow ${redactUrl(String(url), this.#secrets())}: not a URL`);
    }
    if (parsed.origin !== this.#config.origin) {
      throw new OktaOriginError(redactUrl(parsed, this.#secrets()), this.#config.origin);
    }
    return parsed.href;
  }

  #resolveTarget(spec: RequestSpec): string {
    const path = spec.path;
    let target: string;
    if (/^https?:\/\//i.test(path)) {
      target = this.checkOrigin(expandPath(path, spec.pathParams));
    } else {
      if (!path.startsWith("/")) {
        throw new TypeError(`Cannot send a request to ${path}: the path must start with "/"`);
      }
      target = this.#config.origin + expandPath(path, spec.pathParams);
    }
    return appendQuery(target, encodeQuery(spec.query));
  }

  #prepare(spec: RequestSpec, url: string): Prepared {
    const response = spec.response ?? "json";
    const headers: Record<string, string> = {
      "Accept": ACCEPT[response],
      "User-Agent": this.#config.userAgent,
    };
    for (const name in this.#config.defaultHeaders) {
      setHeader(headers, name, this.#config.defaultHeaders[name]);
    }
    const body = encodeBody({
      method: spec.method,
      body: spec.body,
      kind: spec.bodyKind,
      headers: spec.headers,
      includeNullValues: this.#config.includeNullValues,
    }, headers);
    if (spec.headers) {
      for (const name in spec.headers) setHeader(headers, name, spec.headers[name]);
    }
    return {
      method: spec.method,
      url,
      headers,
      body,
      response,
      operationId: spec.operationId,
      route: `${spec.method} ${spec.path}`,
    };
  }

  async #run(
    prepared: Prepared,
    userSignal: AbortSignal | undefined,
  ): Promise<Received> {
    userSignal?.throwIfAborted();
    const budget = this.#config.requestTimeout;
    const started = Date.now();
    const deadline = budget > 0 ? this.#deadlines.signal(budget, started) : undefined;
    const signal = deadline && userSignal
      ? AbortSignal.any([userSignal, deadline])
      : deadline ?? userSignal;
    try {
      return await this.#attempts(prepared, signal, started);
    } catch (e) {
      if (userSignal?.aborted) throw userSignal.reason;
      if (deadline?.aborted) {
        const url = this.#shownUrl(prepared.url);
        throw new OktaTimeoutError(
          `${prepared.method} ${url} did not finish within requestTimeout (${budget} ms)`,
          {
            method: prepared.method,
            url,
            timeout: budget,
            cause: new DOMException(`The ${budget} ms budget ran out`, "TimeoutError"),
          },
        );
      }
      throw e;
    }
  }

  /** The client's ky instance, created on the first request. */
  #loadHttp(): Promise<KyInstance> {
    this.#httpLoading ??= createHttp(this.#fetch).then(
      (http) => (this.#http = http),
      (e) => {
        this.#httpLoading = undefined;
        throw e;
      },
    );
    return this.#httpLoading;
  }

  async #attempts(
    prepared: Prepared,
    signal: AbortSignal | undefined,
    started: number,
  ): Promise<Received> {
    const { method, url, body } = prepared;
    const http = this.#http ?? await this.#loadHttp();
    // Parsed only if the strategy looks (API tokens never do): a URL parse per call adds up.
    let parsedUrl: URL | undefined;
    const authRequest: AuthRequest = {
      method,
      get url(): URL {
        return parsedUrl ??= new URL(url);
      },
      // A strategy that has to wait (a sign-in, a token request) stops waiting with the call.
      signal,
    };
    const maxRetries = this.#config.maxRetries;
    let retries = 0;
    let retryFor: string | undefined;
    let renewed = false;
    for (;;) {
      // A plain record: ky merges plain records without building Headers for them.
      const headers: Record<string, string> = { ...prepared.headers };
      const auth = await this.#strategy.headers(authRequest);
      for (const name in auth) setHeader(headers, name, auth[name]);
      if (retryFor !== undefined) {
        headers["X-Okta-Retry-For"] = retryFor;
        headers["X-Okta-Retry-Count"] = String(retries);
      }
      const attemptStart = this.#log.enabled ? performance.now() : 0;
      const gates = this.#gates;
      const tickets = gates.length === 0
        ? undefined
        : await enterGates(gates, prepared.route, signal);
      let response: Response;
      try {
        // Only what varies per call: ky merges each option into the instance's defaults.
        response = await http(url, { method, headers, body, signal });
      } catch (e) {
        if (tickets) leaveGates(gates, tickets, undefined);
        if (signal?.aborted) throw e;
        const error = this.#networkError(prepared, e);
        if (await this.#backOff(prepared, e, error, retries + 1, started, signal)) {
          retries++;
          continue;
        }
        throw error;
      }
      if (tickets) leaveGates(gates, tickets, response);
      const status = response.status;
      const requestId = response.headers.get("x-okta-request-id") ?? undefined;
      if (this.#log.enabled) {
        const ms = Math.round(performance.now() - attemptStart);
        this.#log.log(
          `${method} ${this.#shownUrl(url)} ${status} ${ms} ms${
            requestId ? ` request-id=${requestId}` : ""
          }${retries > 0 ? ` (retry ${retries})` : ""}`,
        );
      }

      let errorText: string | undefined;
      if (status === 401 && !renewed && this.#strategy.onUnauthorized) {
        renewed = true;
        // The strategy gets its own copy (it may read the body); ours keeps the text for the error.
        errorText = await response.text().catch(() => "");
        const copy = new Response(errorText, {
          status,
          statusText: response.statusText,
          headers: response.headers,
        });
        if (await this.#strategy.onUnauthorized(copy, authRequest)) {
          this.#log.log(
            `${method} ${this.#shownUrl(url)} got 401; credentials renewed, replaying once`,
          );
          continue;
        }
      }

      if (
        status === 429 || (status >= 500 && isRetryableServerError(status) && isIdempotent(method))
      ) {
        if (retries < maxRetries) {
          const wait = status === 429
            ? rateLimitDelay(response.headers, Date.now())
            : backoffDelay(retries + 1);
          if (this.#fits(started, wait)) {
            retries++;
            if (status === 429) retryFor ??= requestId;
            await response.arrayBuffer().catch(() => {});
            this.#log.log(
              `${status} on ${method} ${
                this.#shownUrl(url)
              }; retry ${retries} of ${maxRetries} in ${wait} ms${
                requestId ? ` (request-id=${requestId})` : ""
              }`,
            );
            await sleep(wait, signal);
            continue;
          }
        }
      }

      if (status >= 400) throw await this.#apiError(prepared, response, requestId, errorText);

      let responseBody: Uint8Array | undefined;
      try {
        responseBody = await readBody(prepared.response, response);
      } catch (e) {
        if (signal?.aborted) throw e;
        // The body broke off: a network failure like any other, retried when idempotent.
        const error = this.#networkError(prepared, e, requestId);
        if (await this.#backOff(prepared, e, error, retries + 1, started, signal)) {
          retries++;
          continue;
        }
        throw error;
      }
      return { prepared, response, body: responseBody, requestId };
    }
  }

  /**
   * Parses a received body by the operation's response kind, with the next link and rate limit.
   * `link` is the `Link` header's next link, when the caller has read it already.
   */
  #decode(
    { prepared, response, body, requestId }: Received,
    link = parseNextLink(response.headers.get("link")),
  ): OktaResponse<unknown> {
    const data = this.#parse(prepared, response, body);
    const nextUrl = link ?? nextFromBody(data);
    return {
      data,
      status: response.status,
      headers: response.headers,
      nextUrl: nextUrl === undefined ? undefined : this.#absolute(nextUrl),
      rateLimit: parseRateLimit(response.headers),
      requestId,
    };
  }

  #absolute(url: string): string {
    return new URL(url, this.#config.orgUrl).href;
  }

  #fits(started: number, wait: number): boolean {
    if (!isWithinRetryCeiling(wait)) return false;
    const budget = this.#config.requestTimeout;
    return budget === 0 || Date.now() - started + wait < budget;
  }

  /**
   * Waits out the back-off before retry number `retry` of a failure without a (complete)
   * response and returns true; returns false when it is not retried (not a network failure,
   * not idempotent, no retries left, or the wait would overrun the budget).
   */
  async #backOff(
    prepared: Prepared,
    cause: unknown,
    error: OktaNetworkError,
    retry: number,
    started: number,
    signal: AbortSignal | undefined,
  ): Promise<boolean> {
    const maxRetries = this.#config.maxRetries;
    if (!isNetworkFailure(cause) || !isIdempotent(prepared.method) || retry > maxRetries) {
      return false;
    }
    const wait = backoffDelay(retry);
    if (!this.#fits(started, wait)) return false;
    this.#log.log(
      `${prepared.method} ${error.url} failed (${error.message}); retry ${retry} of ${maxRetries} in ${wait} ms`,
    );
    await sleep(wait, signal);
    return true;
  }

  #parse(prepared: Prepared, response: Response, body: Uint8Array | undefined): unknown {
    const kind = prepared.response;
    if (body === undefined || kind === "binary") return body;
    const text = UTF8.decode(body);
    if (kind === "xml" || kind === "text") return text;
    if (text === "") return undefined;
    try {
      return JSON.parse(text);
    } catch {
      throw new OktaError(
        `Cannot parse the response of ${prepared.method} ${
          this.#shownUrl(prepared.url)
        } as JSON (status ${response.status}, ${
          response.headers.get("content-type") ?? "no content type"
        })`,
      );
    }
  }

  #apiError(
    prepared: Prepared,
    response: Response,
    requestId: string | undefined,
    bodyText: string | undefined,
  ): Promise<OktaError> {
    return apiError(this.#failed(prepared), response, requestId, bodyText, this.#secrets());
  }

  #networkError(prepared: Prepared, error: unknown, requestId?: string): OktaNetworkError {
    return networkError(this.#failed(prepared), error, this.#secrets(), requestId);
  }

  /** The request as errors show it: token-free URL. */
  #failed(prepared: Prepared): FailedRequest {
    return {
      method: prepared.method,
      url: this.#shownUrl(prepared.url),
      operationId: prepared.operationId,
    };
  }

  #shownUrl(url: string): string {
    return redactUrl(url, this.#secrets());
  }
}

/** Reads the whole body: `undefined` for 204, 205 and operations that answer with nothing. */
async function readBody(kind: ResponseKind, response: Response): Promise<Uint8Array | undefined> {
  if (response.status === 204 || response.status === 205 || kind === "empty") {
    await response.arrayBuffer();
    return undefined;
  }
  return await response.bytes();
}
