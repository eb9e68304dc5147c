/**
 * The shape of one row of the generated operation table (`src/generated/operations.ts`).
 *
 * The table is data, not code: the client builds requests from it, the emulator routes and
 * checks scopes with it, and `docs/API.md` is rendered from it. The route string
 * (`"GET /api/v1/users/{id}"`) is the join key everywhere.
 *
 * @module
 */

/** An HTTP method used by the Okta Management API. */
export type HttpMethod = "GET" | "POST" | "PUT" | "PATCH" | "DELETE";

/** Where a parameter travels. */
export type ParameterLocation = "path" | "query" | "header";

/** One parameter of an operation. */
export interface OperationParameter {
  /** The parameter's name on the wire (`userId`, `search`, `limit`). */
  name: string;
  /** Where it travels. */
  in: ParameterLocation;
  /** Whether the operation cannot be called without it. */
  required: boolean;
  /** Whether it takes several values (sent as a repeated query key). */
  array: boolean;
}

/** How a request body is encoded. */
export type BodyKind = "none" | "json" | "multipart" | "form" | "certificate";

/** What a successful response holds. */
export type ResponseKind = "empty" | "json" | "xml" | "text" | "binary";

/**
 * How a list operation pages: `link` follows `Link: <…>; rel="next"`, `body` follows
 * `_links.next.href` in the body (the `/api/v1/iam/*` lists), `none` is a single response.
 */
export type PagingStyle = "link" | "body" | "none";

/** Which spec an operation came from (the primary wins when both have it). */
export type OperationSource = "primary" | "powershell" | "nodejs";

/** One operation of the Okta Management API. */
export interface Operation {
  /** The spec's operationId, e.g. `listUsers`. */
  id: string;
  /** HTTP method. */
  method: HttpMethod;
  /** Path template with `{name}` placeholders, e.g. `/api/v1/users/{id}`. */
  path: string;
  /** Parameters: path parameters first, in the order they appear in the path. */
  params: OperationParameter[];
  /** Request body encoding. */
  body: BodyKind;
  /** Whether the body is required. */
  bodyRequired: boolean;
  /** Success response kind. */
  response: ResponseKind;
  /** Whether the success response is a JSON array (list operations). */
  returnsArray: boolean;
  /** For `paging: "body"` lists: the property of the body that holds the items (e.g. `roles`). */
  itemsProperty?: string;
  /** Pagination style. */
  paging: PagingStyle;
  /** The first success status the spec declares (200, 201, 204, …). */
  successStatus: number;
  /** OAuth scopes that allow the call (any one of them suffices); empty when no OAuth is needed. */
  scopes: string[];
  /** Whether an API token (SSWS) may call it. */
  apiToken: boolean;
  /** Whether the call needs no authentication at all. */
  anonymous: boolean;
  /** The spec tag (one per operation). */
  tag: string;
  /** Name of the request body schema, when it is a `$ref`. */
  requestSchema?: string;
  /** Name of the success response schema (the item schema for arrays), when it is a `$ref`. */
  responseSchema?: string;
  /** The fluent call path, e.g. `users.list` (rendered as `okta.users.list()`). */
  fluent: string;
  /** The spec this row came from. */
  source: OperationSource;
  /** `x-okta-lifecycle` when not GA (`BETA`, `EA`, `PRODUCT_DEV`…). */
  lifecycle?: string;
}
