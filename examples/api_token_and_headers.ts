/**
 * API tokens and headers: the token is sent as `Authorization: SSWS <token>`; `apiKeyPrefix`
 * changes the scheme; a custom `auth` strategy sets the Authorization header by hand;
 * `defaultHeaders` go on every request and `.header()` on one — PowerShell's `ApiKey`,
 * `ApiKeyPrefix` and `DefaultHeaders`.
 *
 * ```sh
 * OKTA_ORG_URL=https://dev-123.okta.com OKTA_API_TOKEN=… \
 *   deno run --allow-net --allow-env=OKTA_* examples/api_token_and_headers.ts
 * ```
 *
 * Needs an API token (any admin). Reads only.
 *
 * @module
 */
import { type AuthStrategy, createOkta } from "../mod.ts";

const orgUrl = Deno.env.get("OKTA_ORG_URL")!;
const apiToken = Deno.env.get("OKTA_API_TOKEN")!;

// 1. The token as an option (or from OKTA_API_TOKEN): sent as `Authorization: SSWS <token>`.
const okta = createOkta({ orgUrl, apiToken });
const me = await okta.users.get("me");
console.log(`SSWS: ${me.profile?.login} (prefix ${okta.config.apiKeyPrefix})`);

// 2. Another scheme before the token (Okta's Management API wants SSWS for API tokens; use
//    `accessToken` for OAuth access tokens, which sends `Bearer`).
const prefixed = createOkta({ orgUrl, apiToken, apiKeyPrefix: "SSWS" });
console.log(
  `apiKeyPrefix: ${prefixed.config.apiKeyPrefix}, ${(await prefixed.users.get("me")).id}`,
);

// 3. The Authorization header by hand: a strategy returns it for each request, and names the
//    secret so logs and errors redact it.
const manual: AuthStrategy = {
  kind: "manual",
  headers: () => Promise.resolve({ Authorization: `SSWS ${apiToken}` }),
  secrets: () => [apiToken],
};
const byHand = createOkta({ orgUrl, auth: manual });
console.log(`manual header: ${(await byHand.users.get("me")).profile?.login}`);

// 4. Headers on every request, and on one request.
const withHeaders = createOkta({
  orgUrl,
  apiToken,
  defaultHeaders: { "Accept-Language": "en" },
  userAgent: "my-runbook/1.0", // appended to oktakit's User-Agent
});
const groups = await withHeaders.groups.list().limit(2).header("X-Example", "yes");
console.log(`with headers: ${groups.length} groups; User-Agent ${withHeaders.config.userAgent}`);

// The token is never shown: not in the config, not in inspect, not in JSON.
console.log(`token visible: ${JSON.stringify(okta.config).includes(apiToken)}`);
