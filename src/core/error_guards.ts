/**
 * Type guards for oktakit's errors that work across copies of the module. `instanceof` fails
 * when an error comes from another copy of oktakit (a second import URL or version, a bundled
 * dependency); these check the error's `name`, which every copy sets the same way.
 *
 * @module
 */
import type {
  OktaApiError,
  OktaConfigError,
  OktaError,
  OktaNetworkError,
  OktaOriginError,
  OktaTimeoutError,
} from "./errors.ts";
import type { OktaAuthError } from "../auth/errors.ts";

/** The `name` of every oktakit error class. */
const OKTA_ERROR_NAMES: ReadonlySet<string> = new Set([
  "OktaError",
  "OktaApiError",
  "OktaConfigError",
  "OktaNetworkError",
  "OktaTimeoutError",
  "OktaOriginError",
  "OktaAuthError",
]);

function named(value: unknown, name: string): boolean {
  return value instanceof Error && value.name === name;
}

/**
 * Whether `value` is any oktakit error, from this copy of the module or another.
 *
 * @example
 * ```ts
 * import { createOkta, isOktaError } from "./mod.ts";
 * try {
 *   createOkta({ env: {} });
 * } catch (e) {
 *   if (isOktaError(e)) console.error(e.message);
 * }
 * ```
 */
export function isOktaError(value: unknown): value is OktaError {
  return value instanceof Error && OKTA_ERROR_NAMES.has(value.name);
}

/**
 * Whether `value` is an {@linkcode OktaApiError} (Okta answered with an error status), from
 * this copy of the module or another.
 *
 * @example
 * ```ts ignore
 * import { createOkta, isOktaApiError } from "./mod.ts";
 * const okta = createOkta();
 * try {
 *   await okta.users.get("nobody@example.com");
 * } catch (e) {
 *   if (isOktaApiError(e) && e.status === 404) console.log("no such user");
 *   else throw e;
 * }
 * ```
 */
export function isOktaApiError(value: unknown): value is OktaApiError {
  return named(value, "OktaApiError");
}

/** Whether `value` is an {@linkcode OktaConfigError}, from any copy of the module. */
export function isOktaConfigError(value: unknown): value is OktaConfigError {
  return named(value, "OktaConfigError");
}

/** Whether `value` is an {@linkcode OktaNetworkError}, from any copy of the module. */
export function isOktaNetworkError(value: unknown): value is OktaNetworkError {
  return named(value, "OktaNetworkError");
}

/** Whether `value` is an {@linkcode OktaTimeoutError}, from any copy of the module. */
export function isOktaTimeoutError(value: unknown): value is OktaTimeoutError {
  return named(value, "OktaTimeoutError");
}

/** Whether `value` is an {@linkcode OktaOriginError}, from any copy of the module. */
export function isOktaOriginError(value: unknown): value is OktaOriginError {
  return named(value, "OktaOriginError");
}

/** Whether `value` is an {@linkcode OktaAuthError}, from any copy of the module. */
export function isOktaAuthError(value: unknown): value is OktaAuthError {
  return named(value, "OktaAuthError");
}
