/**
 * The generated Management API surface attached to a client: one lazy namespace per area
 * (`okta.users`, `okta.groups`, …, built on first access from the generated table),
 * `okta.operation(operationId, args)` and `okta.scopesFor(operationId)`.
 *
 * @module
 */
import type {
  OktaFluentApi,
  OperationCallRest,
  OperationId,
  OperationResult,
} from "../generated/api.ts";
import {
  type ApiHost,
  callOperation,
  defineNamespaces,
  type OperationCallArgs,
  scopesFor,
} from "./runtime.ts";

export type { ApiHost, CallOptions } from "./runtime.ts";
export type { Call, ListCall } from "./shapes.ts";
export type * from "../generated/api.ts";
export type * from "../generated/types.ts";

/**
 * The whole Management API: the fluent namespaces plus access by operationId and scopes.
 * (An interface, not an intersection: TypeScript caches it, so attaching it to a client is
 * not compared member by member in every check.)
 */
export interface OktaApi extends OktaFluentApi {
  /**
   * Starts any operation by operationId, with path and query parameters by name and the
   * body as `body` (the shape of Okta's other SDKs).
   *
   * @example
   * ```ts ignore
   * const user = await okta.operation("getUser", { id: "00u1" });
   * ```
   */
  operation<K extends OperationId>(
    operationId: K,
    ...args: OperationCallRest<K>
  ): OperationResult<K>;
  /**
   * The OAuth scopes that allow an operation (any one suffices), for least-privilege setups.
   *
   * @example
   * ```ts ignore
   * okta.scopesFor("listUsers"); // ["okta.users.read"]
   * ```
   */
  scopesFor(operationId: OperationId): readonly string[];
}

/**
 * Adds the fluent namespaces, `operation()` and `scopesFor()` to a client object and returns
 * it. Namespaces are getters that build their methods on first access, so attaching is cheap.
 */
export function attachApi<T extends ApiHost & object>(client: T): T & OktaApi {
  defineNamespaces(client);
  Object.defineProperty(client, "operation", {
    configurable: true,
    writable: true,
    value: (id: string, args?: OperationCallArgs): unknown => callOperation(client, id, args),
  });
  Object.defineProperty(client, "scopesFor", {
    configurable: true,
    writable: true,
    value: scopesFor,
  });
  return client as T & OktaApi;
}

export { scopesFor };
