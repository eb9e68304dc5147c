/**
 * oktakit: a Deno-first client for the Okta Management API.
 *
 * `createOkta()` reads its settings from options or `OKTA_*` environment variables and
 * returns a client whose calls are awaitable, chainable builders. Lists are async-iterable
 * across pages (the next page downloads while you work through the current one), 429s are
 * retried after Okta's reset time, and no credential ever appears in an error or log.
 *
 * @example List groups, create a user and add it to a group (OKTA_ORG_URL and OKTA_API_TOKEN set)
 * ```ts ignore
 * import { createOkta, OktaApiError, scim } from "@oktakit/okta";
 *
 * const okta = createOkta();
 * for await (const group of okta.groups.list().search('type eq "OKTA_GROUP"')) {
 *   console.log(group.profile?.name);
 * }
 * try {
 *   const user = await okta.users.create({
 *     profile: { login: "ada@example.com", email: "ada@example.com", firstName: "Ada", lastName: "L" },
 *   }).activate(false);
 *   const [engineering] = await okta.groups.list().search(scim`profile.name eq ${"Engineering"}`);
 *   if (engineering) await okta.groups.users.add(engineering.id!, user.id!);
 * } catch (error) {
 *   if (error instanceof OktaApiError) console.error(error.status, error.errorCode, error.requestId);
 *   else throw error;
 * }
 * ```
 *
 * @module
 */
export { createOkta } from "./src/core/client.ts";
export type { Okta, OktaAuthControls, OktaClient, RequestOptions } from "./src/core/client.ts";
export type { OktaConfigView, OktaFetch, OktaOptions } from "./src/core/config.ts";
export type { AuthOptions, AuthorizationMode, OAuthTuning } from "./src/auth/settings.ts";
export {
  OktaApiError,
  OktaConfigError,
  OktaError,
  OktaNetworkError,
  OktaOriginError,
  OktaTimeoutError,
} from "./src/core/errors.ts";
export {
  isOktaApiError,
  isOktaAuthError,
  isOktaConfigError,
  isOktaError,
  isOktaNetworkError,
  isOktaOriginError,
  isOktaTimeoutError,
} from "./src/core/error_guards.ts";
export type {
  OktaApiErrorInit,
  OktaConfigErrorInit,
  OktaErrorCause,
  OktaRequestErrorInit,
} from "./src/core/errors.ts";
export { ListBuilder, RequestBuilder } from "./src/core/builder.ts";
export type { OktaPage, WithQuerySetters } from "./src/core/builder.ts";
export type { OktaResponse } from "./src/core/transport.ts";
export type {
  BulkFailure,
  BulkJob,
  BulkOptions,
  BulkProgress,
  BulkSummary,
} from "./src/core/bulk.ts";
export type { RateLimit } from "./src/core/rate_limit.ts";
export { scim, ScimFragment } from "./src/core/scim.ts";
export type { ScimTag } from "./src/core/scim.ts";
export type { OktaLogger } from "./src/core/logger.ts";
export type { QueryValue, RequestSpec } from "./src/core/request_spec.ts";
export type { BodyKind, HttpMethod, PagingStyle, ResponseKind } from "./src/core/operation.ts";
export type { AuthRequest, AuthStrategy } from "./src/auth/strategy.ts";
export { OktaAuthError } from "./src/auth/mod.ts";
export type {
  AuthClock,
  AuthSettings,
  DeviceCodeHandler,
  DeviceCodePrompt,
  OktaAuthErrorOptions,
} from "./src/auth/mod.ts";
export type { Call, CallOptions, ListCall, OktaApi } from "./src/api/mod.ts";
export type * from "./src/generated/types.ts";
export type * from "./src/generated/api.ts";
export { VERSION } from "./src/version.ts";
