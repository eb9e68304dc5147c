/**
 * The generated Management API surface attached to a client.
 *
 * STUB written by the integrator: the API-surface work replaces it with the namespaces built
 * from `src/generated/`, keeping `attachApi` and `OktaApi`.
 *
 * @module
 */

/** The fluent namespaces of the whole Management API (filled in by the generated surface). */
// deno-lint-ignore ban-types
export type OktaApi = {};

/** Adds the fluent namespaces to a client object and returns it (stub: adds nothing). */
export function attachApi<T extends object>(client: T): T & OktaApi {
  return client;
}
