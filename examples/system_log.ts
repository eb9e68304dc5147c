/**
 * Read the System Log between two times — PowerShell's `Get-OktaLogs -since $since -until
 * $until`. `since` and `until` are ISO 8601 strings: `Date.prototype.toISOString()` makes them.
 * A bounded query (with `until`) ends; without `until` Okta keeps handing out next links for
 * polling (see `deno task logs-tail`).
 *
 * ```sh
 * OKTA_ORG_URL=https://dev-123.okta.com OKTA_API_TOKEN=… \
 *   deno run --allow-net --allow-env=OKTA_* examples/system_log.ts
 * ```
 *
 * Needs `okta.logs.read`. Reads only.
 *
 * @module
 */
import { createOkta, scim } from "../mod.ts";

const okta = createOkta();

const until = new Date();
const since = new Date(until);
since.setDate(since.getDate() - 7); // Okta keeps 90 days of System Log

const counts = new Map<string, number>();
for await (
  const event of okta.logs.list()
    .since(since.toISOString())
    .until(until.toISOString())
    .limit(100)
) {
  const type = event.eventType ?? "?";
  counts.set(type, (counts.get(type) ?? 0) + 1);
}
console.log(`System Log ${since.toISOString()} .. ${until.toISOString()}:`);
for (const [type, count] of [...counts].sort((a, b) => b[1] - a[1])) {
  console.log(`  ${String(count).padStart(5)}  ${type}`);
}

// The newest sign-ins only, with a filter.
const signIns = await okta.logs.list()
  .since(since.toISOString())
  .until(until.toISOString())
  .filter(scim`eventType eq ${"user.session.start"}`)
  .sortOrder("DESCENDING")
  .limit(3);
for (const event of signIns) {
  console.log(`sign-in ${event.published} ${event.actor?.alternateId} ${event.outcome?.result}`);
}
