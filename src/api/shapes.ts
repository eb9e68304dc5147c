/**
 * The builder shapes the generated fluent surface returns: the core builders with one typed,
 * chainable setter per query parameter.
 *
 * @module
 */
import type { ListBuilder, RequestBuilder, WithQuerySetters } from "../core/builder.ts";
export type { CallOptions } from "./runtime.ts";

/** An awaitable single request with a typed setter per query parameter of `Q`. */
export type Call<T, Q extends object> = WithQuerySetters<RequestBuilder<T, Q>, Q>;

/** An awaitable, async-iterable list request with a typed setter per query parameter of `Q`. */
export type ListCall<I, Q extends object> = WithQuerySetters<ListBuilder<I, Q>, Q>;
