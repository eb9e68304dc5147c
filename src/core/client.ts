/**
 * `createOkta()`: assembles configuration, authentication, transport, builders and the
 * generated API surface into one client.
 *
 * @module
 */
import { attachApi, type OktaApi } from "../api/mod.ts";
import { createAuthStrategy } from "../auth/mod.ts";
import type { AuthStrategy } from "../auth/strategy.ts";
import type { HttpMethod } from "./operation.ts";
import type { QueryValue, RequestSpec } from "./request_spec.ts";
import {
  createListBuilder,
  createRequestBuilder,
  type ListBuilder,
  type RequestBuilder,
} from "./builder.ts";
import { type BulkJob, type BulkOptions, type BulkSummary, runBulk } from "./bulk.ts";
import { configView, type OktaConfigView, type OktaOptions, resolveConfig } from "./config.ts";
import { OktaConfigError } from "./errors.ts";
import { DebugLog } from "./logger.ts";
import { redactUrl } from "./redact.ts";
import { Transport, type TransportFetch } from "./transport.ts";

/** Options of `okta.request()`. */
export interface RequestOptions {
  /** Query parameters (form-encoded; `false`/`0` are sent). */
  query?: Record<string, QueryValue>;
  /** A JSON body (`null` properties stripped unless `includeNullValues`). */
  body?: unknown;
  /** Extra headers. */
  headers?: Record<string, string>;
  /** Aborts the request. */
  signal?: AbortSignal;
}

/** Control over the client's credentials. */
export interface OktaAuthControls {
  /** The strategy in use (`ssws`, `bearer`, `private_key_jwt`, `device`, …). */
  readonly kind: string;
  /** Revokes the strategy's tokens at the org and forgets them (a no-op for API tokens and given access tokens). */
  revoke(): Promise<void>;
  /** Forgets cached tokens without revoking them (a no-op when nothing is cached). */
  clear(): Promise<void>;
}

/** The hand-written part of the client; {@linkcode Okta} adds the generated namespaces. */
export interface OktaClient {
  /** The configuration, read-only and without credentials. */
  readonly config: OktaConfigView;
  /** Token controls. */
  readonly auth: OktaAuthControls;
  /**
   * Any Management API call by method and path (the escape hatch). `path` is a path on the org
   * (`/api/v1/users`) or an absolute URL on the org's origin.
   */
  request<T = unknown>(
    method: HttpMethod,
    path: string,
    options?: RequestOptions,
  ): RequestBuilder<T, Record<string, QueryValue>>;
  /** Resumes a listing from a saved absolute next URL (same origin check as next links). */
  paginate<T = unknown>(url: string | URL): ListBuilder<T, Record<string, never>>;
  /** A builder for one request spec (used by the generated API surface). */
  call<T = unknown, Q extends object = Record<string, QueryValue>>(
    spec: RequestSpec,
  ): RequestBuilder<T, Q>;
  /** A list builder for one request spec (used by the generated API surface). */
  callList<TItem = unknown, Q extends object = Record<string, QueryValue>>(
    spec: RequestSpec,
  ): ListBuilder<TItem, Q>;
  /**
   * Runs `job` for every item with at most `concurrency` items and requests in flight, pacing
   * the client's requests from each bucket's `X-Rate-Limit-Remaining` / `X-Rate-Limit-Reset`
   * (server time) so the job runs near the rate limit with few 429s. A failing item does not
   * stop the others: the summary lists every error. While it runs, every request of this
   * client is paced, including ones made outside the job.
   *
   * @example Deactivate users, 10 at a time
   * ```ts ignore
   * const summary = await okta.bulk(ids, (id, _i, signal) =>
   *   okta.users.lifecycle.deactivate(id).signal(signal), { concurrency: 10 });
   * console.log(`${summary.succeeded} done, ${summary.failed} failed`);
   * ```
   */
  bulk<T, R = unknown>(
    items: Iterable<T> | AsyncIterable<T>,
    job: BulkJob<T, R>,
    options?: BulkOptions,
  ): Promise<BulkSummary<T>>;
  /** Releases the proxy HTTP client, if one was created. The client must not be used afterwards. */
  close(): void;
  /** Same as `close()`, for `using okta = createOkta()`. */
  [Symbol.dispose](): void;
}

/** The client: the core methods plus the fluent Management API namespaces. */
export type Okta = OktaClient & OktaApi;

class AuthControls implements OktaAuthControls {
  #strategy: AuthStrategy;

  constructor(strategy: AuthStrategy) {
    this.#strategy = strategy;
  }

  get kind(): string {
    return this.#strategy.kind;
  }

  async revoke(): Promise<void> {
    if (this.#strategy.revoke) await this.#strategy.revoke();
  }

  async clear(): Promise<void> {
    if (this.#strategy.clear) await this.#strategy.clear();
  }

  toJSON(): Record<string, unknown> {
    return { kind: this.kind };
  }

  [Symbol.for("Deno.customInspect")](): string {
    return `OktaAuthControls { kind: ${JSON.stringify(this.kind)} }`;
  }
}

class OktaClientImpl implements OktaClient {
  #transport: Transport;
  #config: OktaConfigView;
  #auth: AuthControls;
  #httpClient: Deno.HttpClient | undefined;

  constructor(
    transport: Transport,
    config: OktaConfigView,
    auth: AuthControls,
    httpClient: Deno.HttpClient | undefined,
  ) {
    this.#transport = transport;
    this.#config = config;
    this.#auth = auth;
    this.#httpClient = httpClient;
  }

  get config(): OktaConfigView {
    return this.#config;
  }

  get auth(): OktaAuthControls {
    return this.#auth;
  }

  request<T = unknown>(
    method: HttpMethod,
    path: string,
    options: RequestOptions = {},
  ): RequestBuilder<T, Record<string, QueryValue>> {
    const builder = createRequestBuilder<T, Record<string, QueryValue>>(this.#transport, {
      method: method.toUpperCase() as HttpMethod,
      path,
      query: options.query,
      headers: options.headers,
      body: options.body,
    });
    if (options.signal) builder.signal(options.signal);
    return builder;
  }

  paginate<T = unknown>(url: string | URL): ListBuilder<T, Record<string, never>> {
    // Checked here too, so a foreign URL fails at the call site with nothing sent.
    const target = this.#transport.checkOrigin(url);
    return createListBuilder<T, Record<string, never>>(this.#transport, {
      method: "GET",
      path: target,
    });
  }

  call<T = unknown, Q extends object = Record<string, QueryValue>>(
    spec: RequestSpec,
  ): RequestBuilder<T, Q> {
    return createRequestBuilder<T, Q>(this.#transport, spec);
  }

  callList<TItem = unknown, Q extends object = Record<string, QueryValue>>(
    spec: RequestSpec,
  ): ListBuilder<TItem, Q> {
    return createListBuilder<TItem, Q>(this.#transport, spec);
  }

  bulk<T, R = unknown>(
    items: Iterable<T> | AsyncIterable<T>,
    job: BulkJob<T, R>,
    options?: BulkOptions,
  ): Promise<BulkSummary<T>> {
    const transport = this.#transport;
    return runBulk((gate) => transport.addGate(gate), items, job, options);
  }

  close(): void {
    this.#httpClient?.close();
    this.#httpClient = undefined;
  }

  [Symbol.dispose](): void {
    this.close();
  }

  toJSON(): Record<string, unknown> {
    return { config: this.#config, auth: this.#auth.toJSON() };
  }

  [Symbol.for("Deno.customInspect")](
    inspect: (value: unknown, options?: unknown) => string,
    options: unknown,
  ): string {
    return `Okta ${inspect({ config: this.#config, auth: this.#auth.toJSON() }, options)}`;
  }
}

/**
 * Creates a client. Settings come from `options`, else from `OKTA_*` environment variables;
 * bad configuration throws `OktaConfigError` before any network call.
 *
 * @example API token from the environment (OKTA_ORG_URL, OKTA_API_TOKEN)
 * ```ts ignore
 * const okta = createOkta();
 * for await (const user of okta.users.list()) console.log(user.profile.login);
 * ```
 *
 * @example Explicit settings
 * ```ts ignore
 * const okta = createOkta({ orgUrl: "https://dev-123.okta.com", apiToken: token, maxRetries: 4 });
 * const me = await okta.request("GET", "/api/v1/users/me");
 * ```
 */
export function createOkta(options: OktaOptions = {}): Okta {
  const config = resolveConfig(options);

  let httpClient: Deno.HttpClient | undefined;
  let transportFetch: TransportFetch;
  const userFetch = config.fetch;
  if (userFetch) {
    transportFetch = (request) => Promise.resolve(userFetch(request));
  } else if (config.proxy) {
    let client: Deno.HttpClient;
    try {
      client = Deno.createHttpClient({ proxy: { url: config.proxy } });
    } catch (e) {
      // new URL() accepts some proxy URLs the HTTP client cannot use (odd hosts, schemes).
      throw new OktaConfigError(
        `The proxy option is not a usable proxy URL: ${redactUrl(config.proxy, config.secrets)} (${
          (e as Error).message
        }); use http(s)://host:port`,
        { setting: "proxy" },
      );
    }
    httpClient = client;
    transportFetch = (request) => fetch(request, { client });
  } else {
    transportFetch = (request) => fetch(request);
  }
  const authFetch: typeof fetch = (input, init) =>
    transportFetch(
      input instanceof Request && init === undefined ? input : new Request(input, init),
    );

  const strategy = config.strategy ??
    createAuthStrategy({ ...config.authSettings!, fetch: authFetch });
  const secrets = (): string[] => {
    const list = [...config.secrets];
    try {
      list.push(...strategy.secrets());
    } catch {
      // A strategy that cannot list its secrets still gets pattern-based redaction.
    }
    return list;
  };
  const log = new DebugLog(config.logger, secrets);
  const transport = new Transport(config, strategy, log, transportFetch, secrets);
  const client = new OktaClientImpl(
    transport,
    configView(config),
    new AuthControls(strategy),
    httpClient,
  );
  return attachApi(client);
}
