/**
 * Error handling: every 4xx/5xx from Okta (after retries) is an `OktaApiError` with Okta's
 * error object as fields — PowerShell's `OktaApiException`. Other failures have their own
 * classes, all `OktaError`s: `OktaNetworkError`, `OktaTimeoutError`, `OktaConfigError`,
 * `OktaAuthError`. No credential ever appears in them.
 *
 * ```sh
 * OKTA_ORG_URL=https://dev-123.okta.com OKTA_API_TOKEN=… \
 *   deno run --allow-net --allow-env=OKTA_* examples/error_handling.ts
 * ```
 *
 * Needs `okta.users.read` and `okta.groups.manage`. Creates nothing (both calls fail).
 *
 * @module
 */
import { createOkta, OktaApiError, OktaConfigError, OktaError } from "../mod.ts";

const okta = createOkta();

try {
  await okta.users.get("no.such.user@example.com");
} catch (e) {
  if (!(e instanceof OktaApiError)) throw e;
  console.log(`status:       ${e.status}`); // 404
  console.log(`errorCode:    ${e.errorCode}`); // E0000007
  console.log(`errorSummary: ${e.errorSummary}`);
  console.log(`errorLink:    ${e.errorLink}`);
  console.log(`errorId:      ${e.errorId !== undefined ? "(set)" : "(none)"}`);
  console.log(`errorCauses:  ${JSON.stringify(e.errorCauses)}`);
  console.log(`requestId:    ${e.requestId !== undefined ? "(set)" : "(none)"}`); // for Okta support
  console.log(`headers:      ${e.headers.get("content-type")}`);
  console.log(`call:         ${e.method} ${new URL(e.url).pathname} (${e.operationId})`);
  console.log(`rate limit:   ${e.rateLimit ? `${e.rateLimit.remaining} left` : "none"}`);
}

// A validation error lists its causes.
try {
  await okta.groups.create({ profile: { description: "a group without a name" } });
} catch (e) {
  if (!(e instanceof OktaApiError)) throw e;
  console.log(`${e.status} ${e.errorCode}: ${e.errorCauses.map((c) => c.errorSummary)}`);
}

// A bad setting fails before anything is sent, naming the option and the variable.
try {
  createOkta({ orgUrl: "http://dev-123.okta.com", apiToken: "x" });
} catch (e) {
  if (!(e instanceof OktaConfigError)) throw e;
  console.log(`${e.name} (${e.setting}): ${e.message}`);
}

// One catch for every kind: all are OktaError.
try {
  await okta.request("GET", "/api/v1/users/no.such.user@example.com");
} catch (e) {
  console.log(`instanceof OktaError: ${e instanceof OktaError}`);
}
