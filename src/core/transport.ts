/**
 * The only place that sends HTTP requests (with fetch): URL and body encoding, headers and
 * User-Agent, auth per attempt, the retry loop, the call budget, error mapping and response
 * parsing.
 *
 * @module
 */
import type { AuthRequest, AuthStrategy } from "../auth/strategy.ts";
import type { BodyKind, HttpMethod, ResponseKind } from "./operation.ts";
import type { RequestSpec } from "./request_spec.ts";
import type { ResolvedConfig } from "./config.ts";
import { stripNulls } from "./body.ts";
import {
  OktaApiError,
  OktaError,
  type OktaErrorCause,
  OktaNetworkError,
  OktaOriginError,
  OktaTimeoutError,
} from "./errors.ts";
import { nextFromBody, parseNextLink } from "./link.ts";
import type { DebugLog } from "./logger.ts";
import { parseRateLimit, type RateLimit } from "./rate_limit.ts";
import { redact, redactHeaders, redactUrl } from "./redact.ts";
import {
  backoffDelay,
  isIdempotent,
  isRetryableServerError,
  rateLimitDelay,
  sleep,
} from "./retry.ts";
import { appendQuery, encodeQuery, expandPath } from "./url.ts";

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

/** The fetch the transport calls: always one `Request`. */
export type TransportFetch = (request: Request) => Promise<Response>;

/**
 * Sees every attempt the transport sends (how `okta.bulk()` paces and caps requests): `enter`
 * runs before the attempt and may delay it; `leave` gets the attempt's outcome.
 */
export interface TransportGate {
  /** Before an attempt on `route` (`METHOD path-template`); resolves when it may go, with a ticket. */
  enter(route: string, signal: AbortSignal | undefined): Promise<unknown>;
  /** After the attempt: its status and headers, or `undefined` when no response came. */
  leave(ticket: unknown, response: { status: number; headers: Headers } | undefined): void;
}

interface Prepared {
  method: HttpMethod;
  url: string;
  headers: Record<string, string>;
  body: BodyInit | undefined;
  response: ResponseKind;
  paging: RequestSpec["paging"];
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

const BODY_METHODS: ReadonlySet<string> = new Set(["POST", "PUT", "PATCH"]);
const MAX_ERROR_TEXT = 2000;

/** Marks an abort caused by the call budget running out (as opposed to the caller's signal). */
class DeadlineReached extends Error {}

/**
 * Calls started within one short slot share one deadline signal and one timer, fired when the
 * last of them has used up its budget (so each call gets between 1 and 1.1 budgets). A timer
 * and its own abort signal per call cost more CPU than the rest of a request's bookkeeping.
 */
interface DeadlineSlot {
  controller: AbortController;
  /** Calls may join the slot until this instant (epoch ms). */
  end: number;
}

/** The longest slot: bounds how far past the budget a call may run. */
const MAX_DEADLINE_SLOT_MS = 1000;

function isNetworkFailure(error: unknown): boolean {
  return error instanceof Error &&
    (error.name === "NetworkError" ||
      (error.name === "TypeError" &&
        /fetch failed|error sending request|network|connection/i.test(error.message)));
}

function hasHeader(headers: Record<string, string>, name: string): boolean {
  const lower = name.toLowerCase();
  for (const key in headers) if (key.toLowerCase() === lower) return true;
  return false;
}

function toFormData(body: unknown): FormData {
  if (body instanceof FormData) return body;
  const form = new FormData();
  if (body !== null && typeof body === "object") {
    for (const [key, value] of Object.entries(body)) {
      if (value instanceof Blob) form.append(key, value);
      else if (value !== undefined && value !== null) form.append(key, String(value));
    }
  }
  return form;
}

function toSearchParams(body: unknown): URLSearchParams {
  if (body instanceof URLSearchParams) return body;
  const params = new URLSearchParams();
  if (body !== null && typeof body === "object") {
    for (const [key, value] of Object.entries(body)) {
      if (Array.isArray(value)) { for (const v of value) params.append(key, String(v)); }
      else if (value !== undefined && value !== null) params.append(key, String(value));
    }
  }
  return params;
}

function normalizeCauses(value: unknown): OktaErrorCause[] {
  const list = Array.isArray(value) ? value : value && typeof value === "object" ? [value] : [];
  return list.map((item) => {
    if (item && typeof item === "object") {
      const record = item as Record<string, unknown>;
      return { ...record, errorSummary: String(record.errorSummary ?? "") };
    }
    return { errorSummary: String(item) };
  });
}

async function enterGates(
  gates: readonly TransportGate[],
  prepared: Prepared,
  signal: AbortSignal | undefined,
): Promise<unknown[]> {
  const tickets: unknown[] = [];
  try {
    for (const gate of gates) tickets.push(await gate.enter(prepared.route, signal));
  } catch (e) {
    leaveGates(gates.slice(0, tickets.length), tickets, undefined);
    throw e;
  }
  return tickets;
}

function leaveGates(
  gates: readonly TransportGate[],
  tickets: unknown[],
  response: { status: number; headers: Headers } | undefined,
): void {
  for (let i = 0; i < tickets.length; i++) gates[i].leave(tickets[i], response);
}

/** Sends `RequestSpec`s: the request pipeline shared by every builder of a client. */
export class Transport {
  #config: ResolvedConfig;
  #strategy: AuthStrategy;
  #log: DebugLog;
  #fetch: TransportFetch;
  #secrets: () => string[];
  #gates: TransportGate[] = [];
  #deadline: DeadlineSlot | undefined;

  /** A transport for one client. */
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

  /** The org's origin: the only origin requests go to. */
  get origin(): string {
    return this.#config.origin;
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
    return this.#run(prepared, signal);
  }

  /**
   * GETs an absolute URL (a next link or a saved one) with the spec's headers and response
   * kind, after checking that it is on the org's origin. A foreign URL is refused before
   * anything is sent.
   */
  follow(url: string, spec: RequestSpec, signal?: AbortSignal): Promise<OktaResponse<unknown>> {
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
    return this.#run(prepared, signal);
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
      ...this.#config.defaultHeaders,
    };
    const kind: BodyKind = spec.bodyKind ?? (spec.body === undefined ? "none" : "json");
    let body: BodyInit | undefined;
    switch (kind) {
      case "json": {
        const value = this.#config.includeNullValues ? spec.body : stripNulls(spec.body);
        headers["Content-Type"] = "application/json";
        body = value === undefined
          ? (BODY_METHODS.has(spec.method) ? "" : undefined)
          : JSON.stringify(value);
        break;
      }
      case "multipart":
        // fetch writes the Content-Type with the boundary.
        body = toFormData(spec.body);
        break;
      case "form":
        headers["Content-Type"] = "application/x-www-form-urlencoded";
        body = toSearchParams(spec.body);
        break;
      case "certificate":
        if (!(spec.headers && hasHeader(spec.headers, "content-type"))) {
          headers["Content-Type"] = "application/x-pem-file";
        }
        body = spec.body as BodyInit;
        break;
      default:
        headers["Content-Type"] = "application/json";
        // Okta answers 411 to a POST/PUT without Content-Length; "" sends Content-Length: 0.
        body = BODY_METHODS.has(spec.method) ? "" : undefined;
    }
    if (spec.headers) {
      for (const name in spec.headers) {
        // Later headers replace earlier ones whatever their case.
        for (const key in headers) {
          if (key.toLowerCase() === name.toLowerCase()) delete headers[key];
        }
        headers[name] = spec.headers[name];
      }
    }
    return {
      method: spec.method,
      url,
      headers,
      body,
      response,
      paging: spec.paging,
      operationId: spec.operationId,
      route: `${spec.method} ${spec.path}`,
    };
  }

  async #run(
    prepared: Prepared,
    userSignal: AbortSignal | undefined,
  ): Promise<OktaResponse<unknown>> {
    userSignal?.throwIfAborted();
    const budget = this.#config.requestTimeout;
    const started = Date.now();
    const deadline = budget > 0 ? this.#deadlineSignal(budget, started) : undefined;
    const signal = deadline && userSignal
      ? AbortSignal.any([userSignal, deadline])
      : deadline ?? userSignal;
    try {
      return await this.#attempts(prepared, signal, started);
    } catch (e) {
      if (userSignal?.aborted) throw userSignal.reason;
      if (deadline?.aborted) {
        throw new OktaTimeoutError(
          `${prepared.method} ${
            this.#shownUrl(prepared.url)
          } did not finish within requestTimeout (${budget} ms)`,
          {
            method: prepared.method,
            url: this.#shownUrl(prepared.url),
            timeout: budget,
            cause: new DOMException(`The ${budget} ms budget ran out`, "TimeoutError"),
          },
        );
      }
      throw e;
    }
  }

  /** The shared deadline signal of the slot a call started at `now` belongs to. */
  #deadlineSignal(budget: number, now: number): AbortSignal {
    let slot = this.#deadline;
    if (slot === undefined || now >= slot.end) {
      const length = Math.max(1, Math.min(MAX_DEADLINE_SLOT_MS, Math.floor(budget / 10)));
      const controller = new AbortController();
      slot = { controller, end: now + length };
      this.#deadline = slot;
      const timer = setTimeout(() => controller.abort(new DeadlineReached()), length + budget);
      // A call in flight keeps the process alive by itself; an idle slot's timer must not.
      try {
        Deno.unrefTimer(timer as unknown as number);
      } catch {
        // Not a runtime timer (a test's fake clock): nothing to unref.
      }
    }
    return slot.controller.signal;
  }

  async #attempts(
    prepared: Prepared,
    signal: AbortSignal | undefined,
    started: number,
  ): Promise<OktaResponse<unknown>> {
    const { method, url } = prepared;
    // Parsed only if the strategy looks (API tokens never do): a URL parse per call adds up.
    let parsedUrl: URL | undefined;
    const authRequest: AuthRequest = {
      method,
      get url(): URL {
        return parsedUrl ??= new URL(url);
      },
    };
    const maxRetries = this.#config.maxRetries;
    const budget = this.#config.requestTimeout;
    let retries = 0;
    let retryFor: string | undefined;
    let renewed = false;
    for (;;) {
      // A plain record: the Request builds the Headers once (each copy costs µs on the hot path).
      const headers: Record<string, string> = { ...prepared.headers };
      const auth = await this.#strategy.headers(authRequest);
      for (const name in auth) {
        const lower = name.toLowerCase();
        if (lower !== name) delete headers[lower];
        headers[name] = auth[name];
      }
      if (retryFor !== undefined) {
        headers["X-Okta-Retry-For"] = retryFor;
        headers["X-Okta-Retry-Count"] = String(retries);
      }
      const attemptStart = this.#log.enabled ? performance.now() : 0;
      const gates = this.#gates;
      const tickets = gates.length === 0 ? undefined : await enterGates(gates, prepared, signal);
      let response: Response;
      try {
        // fetch itself, not a wrapper: retries, timeouts and errors are handled here, and a
        // wrapper's per-call option merging cost more CPU per request than the rest of the
        // pipeline (and loading it pulled Node compat into every import of mod.ts).
        response = await this.#fetch(
          new Request(url, { method, headers, body: prepared.body, signal }),
        );
      } catch (e) {
        if (tickets) leaveGates(gates, tickets, undefined);
        if (signal?.aborted) throw e;
        const error = this.#networkError(prepared, e);
        if (isNetworkFailure(e) && isIdempotent(method) && retries < maxRetries) {
          retries++;
          const wait = backoffDelay(retries);
          if (this.#fits(started, wait, budget)) {
            this.#log.log(
              `${method} ${
                this.#shownUrl(url)
              } failed (${error.message}); retry ${retries} of ${maxRetries} in ${wait} ms`,
            );
            await sleep(wait, signal);
            continue;
          }
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
          if (this.#fits(started, wait, budget)) {
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

      let data: unknown;
      try {
        data = await this.#parse(prepared, response);
      } catch (e) {
        if (signal?.aborted) throw e;
        if (e instanceof OktaError) throw e;
        // The body broke off: a network failure like any other, retried when idempotent.
        const error = this.#networkError(prepared, e, requestId);
        if (isNetworkFailure(e) && isIdempotent(method) && retries < maxRetries) {
          const wait = backoffDelay(retries + 1);
          if (this.#fits(started, wait, budget)) {
            retries++;
            this.#log.log(
              `${method} ${
                this.#shownUrl(url)
              } failed (${error.message}); retry ${retries} of ${maxRetries} in ${wait} ms`,
            );
            await sleep(wait, signal);
            continue;
          }
        }
        throw error;
      }
      const link = parseNextLink(response.headers.get("link"));
      let nextUrl = link;
      if (
        nextUrl === undefined && data !== null && typeof data === "object" && !Array.isArray(data)
      ) {
        nextUrl = nextFromBody(data);
      }
      return {
        data,
        status,
        headers: response.headers,
        nextUrl: nextUrl === undefined ? undefined : new URL(nextUrl, this.#config.orgUrl).href,
        rateLimit: parseRateLimit(response.headers),
        requestId,
      };
    }
  }

  #fits(started: number, wait: number, budget: number): boolean {
    return budget === 0 || Date.now() - started + wait < budget;
  }

  async #parse(prepared: Prepared, response: Response): Promise<unknown> {
    const kind = prepared.response;
    if (response.status === 204 || response.status === 205 || kind === "empty") {
      await response.arrayBuffer();
      return undefined;
    }
    if (kind === "binary") return new Uint8Array(await response.arrayBuffer());
    const text = await response.text();
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

  async #apiError(
    prepared: Prepared,
    response: Response,
    requestId: string | undefined,
    bodyText: string | undefined,
  ): Promise<OktaApiError> {
    const secrets = this.#secrets();
    let text = "";
    try {
      text = redact(bodyText ?? await response.text(), secrets);
    } catch {
      // The body could not be read; the status still tells what happened.
    }
    let body: unknown = text;
    let errorCode: string | undefined;
    let errorSummary = "";
    let errorLink: string | undefined;
    let errorId: string | undefined;
    let errorCauses: OktaErrorCause[] = [];
    if (text !== "") {
      try {
        body = JSON.parse(text);
      } catch {
        body = text;
      }
    }
    if (body !== null && typeof body === "object" && !Array.isArray(body)) {
      const b = body as Record<string, unknown>;
      const str = (v: unknown) => (typeof v === "string" && v !== "" ? v : undefined);
      errorCode = str(b.errorCode) ?? str(b.error);
      errorSummary = str(b.errorSummary) ?? str(b.error_description) ?? str(b.message) ?? "";
      errorLink = str(b.errorLink);
      errorId = str(b.errorId);
      errorCauses = normalizeCauses(b.errorCauses);
    } else if (typeof body === "string" && body !== "") {
      errorSummary = body.length > MAX_ERROR_TEXT ? `${body.slice(0, MAX_ERROR_TEXT)}…` : body;
    }
    if (errorSummary === "") errorSummary = response.statusText || `HTTP ${response.status}`;
    return new OktaApiError({
      status: response.status,
      errorCode,
      errorSummary,
      errorLink,
      errorId,
      errorCauses,
      // Servers can echo credentials in headers too.
      headers: new Headers(redactHeaders(response.headers, secrets)),
      requestId,
      method: prepared.method,
      url: this.#shownUrl(prepared.url),
      body,
      rateLimit: parseRateLimit(response.headers),
      operationId: prepared.operationId,
    });
  }

  #networkError(prepared: Prepared, error: unknown, requestId?: string): OktaNetworkError {
    const raw = error instanceof Error && error.cause instanceof Error &&
        (error.name === "NetworkError" || error.message === "fetch failed")
      ? error.cause
      : error;
    const secrets = this.#secrets();
    const message = raw instanceof Error
      ? redact(raw.message, secrets)
      : redact(String(raw), secrets);
    // A fresh error: the original may hold the Request, and with it the Authorization header.
    const cause = new Error(message);
    cause.name = raw instanceof Error ? raw.name : "Error";
    const url = this.#shownUrl(prepared.url);
    return new OktaNetworkError(`${prepared.method} ${url} failed without a response: ${message}`, {
      method: prepared.method,
      url,
      cause,
      requestId,
    });
  }

  #shownUrl(url: string): string {
    return redactUrl(url, this.#secrets());
  }
}
