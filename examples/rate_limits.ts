/**
 * Rate limits: Okta answers 429 (E0000047) when a bucket is used up, and says in
 * `X-Rate-Limit-Reset` when it refills. The client waits until then and retries, `maxRetries`
 * times (default 2); `requestTimeout` caps a whole call, waits included (default 120 s) —
 * PowerShell's `$Config.MaxRetries` and `$Config.RequestTimeout`. Every response carries its
 * bucket's `rateLimit`.
 *
 * ```sh
 * OKTA_ORG_URL=https://dev-123.okta.com OKTA_API_TOKEN=… \
 *   deno run --allow-net --allow-env=OKTA_* examples/rate_limits.ts
 * ```
 *
 * Needs `okta.groups.read`. Reads only (a few small calls: a real org will rarely say 429).
 *
 * @module
 */
import { createOkta, OktaApiError } from "../mod.ts";

// 1. Where a bucket stands: every response (and every OktaApiError) has `rateLimit`.
const okta = createOkta({
  maxRetries: 4,
  requestTimeout: 30_000,
  // Show the retry decisions only (the debug log has one line per attempt too).
  logger: { debug: (line) => line.includes("retry") && console.log(`  ${line}`) },
});
const { rateLimit } = await okta.groups.list().limit(1).withResponse();
console.log(
  `groups bucket: ${rateLimit?.remaining} of ${rateLimit?.limit} left, ` +
    `refills at ${rateLimit?.reset.toISOString()}`,
);

// 2. Without retries, a 429 surfaces at once as an OktaApiError you can inspect.
const impatient = createOkta({ maxRetries: 0 });
let got429 = false;
for (let i = 0; i < 5 && !got429; i++) {
  try {
    await impatient.groups.list().limit(1);
  } catch (e) {
    if (!(e instanceof OktaApiError) || e.status !== 429) throw e;
    got429 = true;
    console.log(`429 ${e.errorCode}: ${e.errorSummary}`);
    console.log(`  retry after ${e.rateLimit?.reset.toISOString()} (X-Rate-Limit-Reset)`);
  }
}
if (!got429) console.log("no 429 in 5 calls without retries");

// 3. With retries, the same calls wait for the bucket to refill and succeed.
for (let i = 0; i < 5; i++) await okta.groups.list().limit(1);
console.log("5 more calls with maxRetries: 4: all succeeded");
