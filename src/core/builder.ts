/**
 * The fluent builders every call returns.
 *
 * A {@linkcode RequestBuilder} is chainable and awaitable: it holds a {@linkcode RequestSpec},
 * sends it once on the first `then` (memoized, so awaiting twice sends once) and resolves to
 * the parsed body; `.withResponse()` gives status, headers, next link, rate limit and request
 * id too. A {@linkcode ListBuilder} additionally iterates every item across pages.
 *
 * @module
 */
import type { QueryValue, RequestSpec } from "./request_spec.ts";
import type { OktaResponse, Transport } from "./transport.ts";
import { type ArrivedPage, iteratePages } from "./paginate.ts";

/** One page of a list: `data` holds the page's items. */
export type OktaPage<TItem> = OktaResponse<TItem[]>;

/**
 * A builder with one chainable setter per query parameter of `TQuery` (names that collide with
 * a builder method are left out; `.query()` still reaches them).
 *
 * @example
 * ```ts ignore
 * okta.groups.list().search('type eq "OKTA_GROUP"').limit(50);
 * ```
 */
export type WithQuerySetters<TBuilder, TQuery> =
  & TBuilder
  & {
    [K in Exclude<keyof TQuery & string, keyof TBuilder>]-?: (
      value: TQuery[K],
    ) => WithQuerySetters<TBuilder, TQuery>;
  };

interface BuilderState {
  transport: Transport;
  spec: RequestSpec;
  signal: AbortSignal | undefined;
  sent: Promise<OktaResponse<unknown>> | undefined;
  page: Promise<OktaPage<unknown>> | undefined;
}

let stateOf: (builder: RequestBuilder<unknown, object>) => BuilderState;

function assertNotSent(state: BuilderState, what: string): void {
  if (state.sent !== undefined) {
    throw new Error(
      `Cannot set ${what} on ${state.spec.method} ${state.spec.path}: the request was already sent`,
    );
  }
}

/**
 * An awaitable, chainable request. Nothing is sent until it is awaited (or `.withResponse()`
 * is called); then it is sent exactly once.
 *
 * @example
 * ```ts ignore
 * const user = await okta.request<{ id: string }>("GET", "/api/v1/users/me");
 * const { data, rateLimit, requestId } = await okta.request("GET", "/api/v1/groups").withResponse();
 * ```
 */
export class RequestBuilder<TResult, TQuery extends object = Record<string, QueryValue>>
  implements PromiseLike<TResult> {
  #state: BuilderState;

  static {
    stateOf = (builder) => builder.#state;
  }

  /** A builder for `spec` on `transport` (made by the client; use `okta.call()` / `okta.request()`). */
  constructor(transport: Transport, spec: RequestSpec) {
    this.#state = {
      transport,
      spec: {
        ...spec,
        query: spec.query ? { ...spec.query } : undefined,
        headers: spec.headers ? { ...spec.headers } : undefined,
      },
      signal: undefined,
      sent: undefined,
      page: undefined,
    };
  }

  /** Sets query parameters (`undefined` removes one; `false` and `0` are sent). */
  query(values: { [K in keyof TQuery]?: TQuery[K] }): this {
    const state = this.#state;
    assertNotSent(state, "query parameters");
    state.spec.query = { ...state.spec.query, ...(values as Record<string, QueryValue>) };
    return this;
  }

  /** Sets a request header. */
  header(name: string, value: string): this {
    const state = this.#state;
    assertNotSent(state, `header ${name}`);
    state.spec.headers = { ...state.spec.headers, [name]: value };
    return this;
  }

  /** Aborts the request (and, for lists, every later page) when `signal` aborts. */
  signal(signal: AbortSignal): this {
    const state = this.#state;
    assertNotSent(state, "the abort signal");
    state.signal = signal;
    return this;
  }

  /** Sends the request (once) and resolves to the body with status, headers, next link, rate limit and request id. */
  withResponse(): Promise<OktaResponse<TResult>> {
    const state = this.#state;
    state.sent ??= state.transport.send(state.spec, state.signal);
    return state.sent as Promise<OktaResponse<TResult>>;
  }

  /** Sends the request (once) and resolves to the parsed body. */
  then<TResult1 = TResult, TResult2 = never>(
    onfulfilled?: ((value: TResult) => TResult1 | PromiseLike<TResult1>) | null,
    onrejected?: ((reason: unknown) => TResult2 | PromiseLike<TResult2>) | null,
  ): Promise<TResult1 | TResult2> {
    return this.withResponse().then((response) => response.data).then(onfulfilled, onrejected);
  }

  /** Like `Promise.prototype.catch`. */
  catch<TResult2 = never>(
    onrejected?: ((reason: unknown) => TResult2 | PromiseLike<TResult2>) | null,
  ): Promise<TResult | TResult2> {
    return this.then(undefined, onrejected);
  }

  /** Like `Promise.prototype.finally`. */
  finally(onfinally?: (() => void) | null): Promise<TResult> {
    return this.then().finally(onfinally);
  }
}

/** The items of a list response: the array itself, or the array held by `itemsProperty`. */
function itemsOf(data: unknown, itemsProperty: string | undefined): unknown[] {
  if (Array.isArray(data)) return data;
  if (data === undefined || data === null) return [];
  if (typeof data === "object") {
    const record = data as Record<string, unknown>;
    if (itemsProperty !== undefined) {
      const value = record[itemsProperty];
      return Array.isArray(value) ? value : [];
    }
    for (const key in record) {
      if (key !== "_links" && Array.isArray(record[key])) return record[key] as unknown[];
    }
  }
  return [data];
}

function toPage(response: OktaResponse<unknown>, spec: RequestSpec): OktaPage<unknown> {
  const items = itemsOf(response.data, spec.itemsProperty);
  return items === response.data ? response as OktaPage<unknown> : { ...response, data: items };
}

/**
 * A list call. Awaiting it gives the first page's items; `for await` gives every item across
 * pages, with the next page downloading while the current one is consumed.
 *
 * @example
 * ```ts ignore
 * for await (const user of okta.users.list().search('status eq "ACTIVE"')) console.log(user.id);
 * const all = await okta.groups.list().toArray();
 * ```
 */
export class ListBuilder<TItem, TQuery extends object = Record<string, QueryValue>>
  extends RequestBuilder<TItem[], TQuery>
  implements AsyncIterable<TItem> {
  /** Sends the first page's request (once) and resolves to it, `data` holding its items. */
  override withResponse(): Promise<OktaPage<TItem>> {
    const state = stateOf(this);
    state.page ??= super.withResponse().then((response) => toPage(response, state.spec));
    return state.page as Promise<OktaPage<TItem>>;
  }

  /** Every page in order, starting with the first (shared with `await`). */
  pages(): AsyncGenerator<OktaPage<TItem>, void, undefined> {
    const state = stateOf(this);
    const { transport, spec } = state;
    const userSignal = state.signal;
    const fetchPage = (url: string, signal: AbortSignal): Promise<ArrivedPage<OktaPage<TItem>>> =>
      transport
        .follow(url, spec, userSignal ? AbortSignal.any([userSignal, signal]) : signal)
        .then((arrived) => ({
          nextUrl: arrived.nextUrl,
          parse: () => toPage(arrived.parse(), spec) as OktaPage<TItem>,
        }));
    return iteratePages(() => this.withResponse(), fetchPage);
  }

  /** Iterates every item across all pages. Breaking out stops and cleans up the prefetch. */
  [Symbol.asyncIterator](): AsyncIterator<TItem, undefined> {
    const pages = this.pages();
    let items: TItem[] = [];
    let index = 0;
    return {
      async next(): Promise<IteratorResult<TItem, undefined>> {
        while (index >= items.length) {
          // Let go of the finished page first, so it is garbage while the next one is parsed.
          items = [];
          const result = await pages.next();
          if (result.done) {
            items = [];
            return { done: true, value: undefined };
          }
          items = result.value.data;
          index = 0;
        }
        return { done: false, value: items[index++] };
      },
      async return(): Promise<IteratorResult<TItem, undefined>> {
        items = [];
        await pages.return(undefined);
        return { done: true, value: undefined };
      },
    };
  }

  /** Collects every item across pages (at most `limit` when given). */
  async toArray(options: { limit?: number } = {}): Promise<TItem[]> {
    const limit = options.limit ?? Infinity;
    if (!(limit >= 0)) {
      throw new RangeError(`Cannot collect items: limit must be >= 0, not ${limit}`);
    }
    const out: TItem[] = [];
    if (limit === 0) return out;
    for await (const item of this) {
      out.push(item);
      if (out.length >= limit) break;
    }
    return out;
  }

  /** The first item of the first page, or `undefined`. */
  async first(): Promise<TItem | undefined> {
    const items = await this;
    return items[0];
  }
}

function addSetters(proto: object, base: object, names: readonly string[]): void {
  for (const name of names) {
    if (name in base || Object.hasOwn(proto, name)) continue;
    Object.defineProperty(proto, name, {
      value: function (
        this: RequestBuilder<unknown, Record<string, QueryValue>>,
        value: QueryValue,
      ) {
        return this.query({ [name]: value });
      },
      writable: true,
      configurable: true,
    });
  }
}

// One subclass per distinct queryNames array (the generated table's arrays are stable), so
// setters live on a prototype instead of being created per call.
type BuilderClass<B> = new (transport: Transport, spec: RequestSpec) => B;
const requestClasses = new WeakMap<
  readonly string[],
  BuilderClass<RequestBuilder<unknown, object>>
>();
const listClasses = new WeakMap<readonly string[], BuilderClass<ListBuilder<unknown, object>>>();

/** `base`, or its subclass with a setter per name (made once per names array). */
function classFor<B extends RequestBuilder<unknown, object>>(
  base: BuilderClass<B>,
  classes: WeakMap<readonly string[], BuilderClass<B>>,
  names: readonly string[] | undefined,
): BuilderClass<B> {
  if (names === undefined || names.length === 0) return base;
  let cls = classes.get(names);
  if (cls === undefined) {
    const parent: BuilderClass<RequestBuilder<unknown, object>> = base;
    cls = class extends parent {} as BuilderClass<B>;
    addSetters(cls.prototype, base.prototype, names);
    classes.set(names, cls);
  }
  return cls;
}

/** A request builder for `spec`, with a setter per `spec.queryNames` entry. */
export function createRequestBuilder<TResult, TQuery extends object>(
  transport: Transport,
  spec: RequestSpec,
): RequestBuilder<TResult, TQuery> {
  const cls = classFor(RequestBuilder, requestClasses, spec.queryNames);
  return new cls(transport, spec) as unknown as RequestBuilder<TResult, TQuery>;
}

/** A list builder for `spec`, with a setter per `spec.queryNames` entry. */
export function createListBuilder<TItem, TQuery extends object>(
  transport: Transport,
  spec: RequestSpec,
): ListBuilder<TItem, TQuery> {
  const cls = classFor(ListBuilder, listClasses, spec.queryNames);
  return new cls(transport, spec) as unknown as ListBuilder<TItem, TQuery>;
}
