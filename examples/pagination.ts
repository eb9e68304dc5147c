/**
 * List users with pagination, three ways: `for await` over every user (pages load ahead of
 * you), page by page, and resuming from a saved next-page URL — PowerShell's
 * `Invoke-OktaListUsers -Limit 10 -withHttpInfo` and `-Uri $Response.NextPageUri`.
 *
 * ```sh
 * OKTA_ORG_URL=https://dev-123.okta.com OKTA_API_TOKEN=… \
 *   deno run --allow-net --allow-env=OKTA_* examples/pagination.ts
 * ```
 *
 * Needs `okta.users.read`. Reads only.
 *
 * @module
 */
import { createOkta } from "../mod.ts";

const okta = createOkta();

// 1. Every user across all pages. Awaiting the builder instead gives the first page only.
let total = 0;
for await (const user of okta.users.list().limit(10)) {
  if (total < 3) console.log(`user ${user.profile?.login} (${user.status})`);
  total++;
}
console.log(`for await: ${total} users`);

// 2. Page by page, with each page's response details (status, headers, rate limit, next URL).
let pages = 0;
for await (const page of okta.users.list().limit(10).pages()) {
  pages++;
  console.log(
    `page ${pages}: ${page.data.length} users, ${page.rateLimit?.remaining} calls left, ` +
      `next page: ${page.nextUrl ? "yes" : "no"}`,
  );
}

// 3. One page now, the rest later: keep `nextUrl` (an absolute URL holding `limit` and the
//    `after` cursor), then resume from it — even in another process.
const first = await okta.users.list().limit(10).withResponse();
console.log(
  `first page: ${first.data.length} users; saved next URL: ${first.nextUrl !== undefined}`,
);
let resumed = 0;
if (first.nextUrl) {
  for await (const _user of okta.paginate(first.nextUrl)) resumed++;
}
console.log(`resumed: ${resumed} more users, ${first.data.length + resumed} in all`);
if (first.data.length + resumed !== total) throw new Error("resuming missed or repeated users");
