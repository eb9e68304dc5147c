/**
 * The Okta client as tasks see it: every call names its route string (`"GET /api/v1/users/{id}"`),
 * the join key of the generated operation table, so the framework can record which operations a
 * task calls and tests can check them against the task's declared scopes.
 *
 * It wraps the core client's `call()` / `callList()` / `paginate()` and nothing else.
 *
 * @module
 */
import type { HttpMethod } from "../../src/core/operation.ts";
import type { QueryValue, RequestSpec } from "../../src/core/request_spec.ts";
import { attachApi } from "../../src/api/mod.ts";
import type { Okta, OktaClient } from "../../src/core/client.ts";

/** The response details of one page. */
export interface PageResult<T> {
  /** Items of the page. */
  items: T[];
  /** Absolute URL of the next page, when there is one. */
  nextUrl?: string;
}

/** What tasks need from the core builders (structural, so tests may pass a stand-in). */
export interface BuilderLike<T> extends PromiseLike<T> {
  /** Aborts the request when `signal` aborts. */
  signal?(signal: AbortSignal): unknown;
  /** The response with its next-page link. */
  withResponse(): Promise<{ data: unknown; nextUrl?: string | null }>;
}

/** What tasks need from the core list builders. */
export interface ListBuilderLike<T> extends BuilderLike<T[]>, AsyncIterable<T> {}

/** The part of the core client (`createOkta()`) the framework uses. */
export interface OktaLike {
  /** Sends one request described by a spec. */
  call<T>(spec: RequestSpec): BuilderLike<T>;
  /** A list request, iterable over every item across pages. */
  callList<T>(spec: RequestSpec): ListBuilderLike<T>;
  /** Resumes a list from an absolute next-page URL (same-origin check in the core). */
  paginate<T>(url: string): ListBuilderLike<T>;
  /** Rate-limit-aware bounded concurrency (`okta.bulk()`): how `ctx.bulk` runs items. */
  bulk<T>(
    items: Iterable<T> | AsyncIterable<T>,
    job: (item: T) => Promise<unknown>,
    options: { concurrency: number; signal?: AbortSignal },
  ): Promise<{ errors: { error: unknown }[] }>;
  /** The client's configuration (only the org URL is read). */
  readonly config?: { readonly orgUrl: string };
  /** Releases client resources (optional). */
  close?(): unknown;
}

/** Options of one call. */
export interface CallOptions {
  /** Values for the route's `{name}` placeholders. */
  params?: Record<string, string | number>;
  /** Query parameters. */
  query?: Record<string, QueryValue>;
  /** JSON body. */
  body?: unknown;
  /** Cancels the request. */
  signal?: AbortSignal;
}

/** Options of a list call. */
export interface ListOptions extends CallOptions {
  /** For `/api/v1/iam/*` lists that page through `_links.next.href`: the items property. */
  itemsProperty?: string;
}

/** Parses `"GET /api/v1/users/{id}"` into method and path template. */
export function parseRoute(route: string): { method: HttpMethod; path: string } {
  const match = /^(GET|POST|PUT|PATCH|DELETE) (\/\S*)$/.exec(route);
  if (!match) throw new TypeError(`Cannot parse route "${route}": expected "METHOD /path"`);
  return { method: match[1] as HttpMethod, path: match[2] };
}

/** The route-string client given to tasks. */
export class TaskClient {
  #okta: OktaLike;
  #signal?: AbortSignal;
  #routes = new Set<string>();

  /** Wraps a core client; `signal` is applied to every request. */
  constructor(okta: OktaLike, signal?: AbortSignal) {
    this.#okta = okta;
    this.#signal = signal;
  }

  /** Every route string called so far (for the scope check in tests). */
  get routes(): ReadonlySet<string> {
    return this.#routes;
  }

  /** The org's origin, when the client says (`https://acme.okta.com`). */
  get orgOrigin(): string | undefined {
    const url = this.#okta.config?.orgUrl;
    return url ? new URL(url).origin : undefined;
  }

  /** The wrapped core client, for tasks that need something the wrapper does not offer. */
  get raw(): OktaLike {
    return this.#okta;
  }

  #spec(route: string, options: CallOptions, itemsProperty?: string) {
    const { method, path } = parseRoute(route);
    this.#routes.add(`${method} ${path}`);
    const spec: RequestSpec = { method, path };
    if (options.params) spec.pathParams = options.params;
    if (options.query) spec.query = options.query;
    if (options.body !== undefined) spec.body = options.body;
    if (itemsProperty) spec.itemsProperty = itemsProperty;
    return spec;
  }

  #withSignal<B extends BuilderLike<unknown>>(builder: B, signal?: AbortSignal): B {
    const s = signal ?? this.#signal;
    if (s && typeof builder.signal === "function") builder.signal(s);
    return builder;
  }

  /** Sends one request and resolves to the parsed body (`undefined` for 204). */
  async call<T = unknown>(route: string, options: CallOptions = {}): Promise<T> {
    const builder = this.#okta.call<T>(this.#spec(route, options));
    return await this.#withSignal(builder, options.signal);
  }

  #listBuilder<T>(route: string, options: ListOptions): ListBuilderLike<T> {
    const builder = this.#okta.callList<T>(
      this.#spec(route, options, options.itemsProperty),
    );
    return this.#withSignal(builder, options.signal);
  }

  /** Iterates every item of a list across pages (one page prefetched by the core). */
  list<T = Record<string, unknown>>(route: string, options: ListOptions = {}): AsyncIterable<T> {
    return this.#listBuilder<T>(route, options);
  }

  /** Fetches the first page of a list with its next link (for polling, e.g. the System Log). */
  async firstPage<T = Record<string, unknown>>(
    route: string,
    options: ListOptions = {},
  ): Promise<PageResult<T>> {
    const builder = this.#listBuilder<T>(route, options);
    return toPage<T>(await builder.withResponse(), options.itemsProperty);
  }

  /** Fetches the page at an absolute next URL (the core refuses another origin). */
  async nextPage<T = Record<string, unknown>>(
    route: string,
    url: string,
    options: { signal?: AbortSignal; itemsProperty?: string } = {},
  ): Promise<PageResult<T>> {
    const { method, path } = parseRoute(route);
    this.#routes.add(`${method} ${path}`);
    const builder = this.#withSignal(this.#okta.paginate<T>(url), options.signal);
    return toPage<T>(await builder.withResponse(), options.itemsProperty);
  }
}

function toPage<T>(
  response: { data: unknown; nextUrl?: string | null },
  itemsProperty?: string,
): PageResult<T> {
  let items: unknown = response.data;
  if (!Array.isArray(items) && items && typeof items === "object" && itemsProperty) {
    items = (items as Record<string, unknown>)[itemsProperty];
  }
  return {
    items: Array.isArray(items) ? (items as T[]) : [],
    nextUrl: response.nextUrl ?? undefined,
  };
}

/** The typed client a task gets (`createOkta()`'s). */
export type TaskOkta = Okta;

/**
 * The typed client for one task run: `okta`'s fluent namespaces and methods, with `signal`
 * applied to every request it starts (fluent calls, `request()`, `paginate()`), so a task never
 * passes the signal itself. Everything else (`config`, `auth`, `bulk`, `close`) is `okta`'s.
 */
export function clientForTask(okta: Okta, signal: AbortSignal): Okta {
  const host: OktaClient = {
    get config() {
      return okta.config;
    },
    get auth() {
      return okta.auth;
    },
    request: (method, path, options) => okta.request(method, path, { signal, ...options }),
    paginate<T>(url: string | URL) {
      return okta.paginate<T>(url).signal(signal);
    },
    call<T, Q extends object>(spec: RequestSpec) {
      return okta.call<T, Q>(spec).signal(signal);
    },
    callList<T, Q extends object>(spec: RequestSpec) {
      return okta.callList<T, Q>(spec).signal(signal);
    },
    bulk: (items, job, options) => okta.bulk(items, job, options),
    close: () => okta.close(),
    [Symbol.dispose]: () => okta.close(),
  };
  return attachApi(host);
}
