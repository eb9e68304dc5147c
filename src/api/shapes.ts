/**
 * The builder shapes the generated fluent surface returns.
 *
 * PROVISIONAL until `src/core/builder.ts` lands: then `Call`/`ListCall` become aliases of the
 * core's `WithQuerySetters<RequestBuilder<T, Q>, Q>` / `WithQuerySetters<ListBuilder<I, Q>, Q>`.
 *
 * @module
 */
export type { CallOptions } from "./runtime.ts";

/** One chainable setter per query parameter of `Q`, each returning `B`. */
export type QuerySetters<B, Q> = {
  readonly [K in keyof Q]-?: (value: Exclude<Q[K], undefined>) => B & QuerySetters<B, Q>;
};

/** An awaitable single request with typed query setters. */
export type Call<T, Q> = PromiseLike<T> & QuerySetters<PromiseLike<T>, Q>;

/** An awaitable, async-iterable list request with typed query setters. */
export type ListCall<I, Q> =
  & PromiseLike<I[]>
  & AsyncIterable<I>
  & QuerySetters<PromiseLike<I[]> & AsyncIterable<I>, Q>;
