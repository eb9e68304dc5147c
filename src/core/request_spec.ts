/**
 * The description of one request, before auth, encoding and sending.
 *
 * Every call — fluent, by operationId, or through `okta.request()` — becomes a `RequestSpec`
 * and goes through the same pipeline.
 *
 * @module
 */
import type { BodyKind, HttpMethod, ResponseKind } from "./operation.ts";

/** A value accepted for a query parameter. `false`, `0` and `""` are sent; `undefined`/`null` are not. */
export type QueryValue =
  | string
  | number
  | boolean
  | Date
  | readonly (string | number | boolean)[]
  | undefined
  | null;

/** One request, described. */
export interface RequestSpec {
  /** HTTP method. */
  method: HttpMethod;
  /** Path template (`/api/v1/users/{id}`) or a plain path. */
  path: string;
  /** Values for the `{name}` placeholders; each is percent-encoded as one segment. */
  pathParams?: Record<string, string | number>;
  /** Query parameters, form-encoded. */
  query?: Record<string, QueryValue>;
  /** Extra request headers. */
  headers?: Record<string, string>;
  /** The body: a JSON value, or FormData/Blob/string for the other body kinds. */
  body?: unknown;
  /** How to encode the body (default: `json` when a body is given, else `none`). */
  bodyKind?: BodyKind;
  /** What the success response holds (default `json`). */
  response?: ResponseKind;
  /** For lists paged in the body: the property of the body that holds the items. */
  itemsProperty?: string;
  /** The operationId, for logs and errors. */
  operationId?: string;
  /** Query parameter names that get a chainable setter on the builder (e.g. `search`, `limit`). */
  queryNames?: readonly string[];
}
