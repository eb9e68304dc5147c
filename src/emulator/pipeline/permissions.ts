/**
 * Admin-role check, right after authentication and before the body is read: the caller's roles
 * (the seeded admin's for the API token, the user's or service app's for an access token) must
 * allow the operation on this path, else 403 E0000006. Anonymous operations skip it.
 *
 * @module
 */
import { checkPermission } from "../admin_roles.ts";
import type { Exchange, Pipeline } from "./context.ts";

/** Throws the 403 when the exchange's caller may not run its operation. */
export function authorize(pipeline: Pipeline, exchange: Exchange): void {
  const { caller, operation } = exchange;
  if (caller && operation) {
    checkPermission(pipeline.parts.org, caller.principal, operation, exchange.url.pathname);
  }
}
