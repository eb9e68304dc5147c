/**
 * List resources that match a `search`, `filter` or `q` — the encoding is done for you, and the
 * `scim` tag quotes and escapes values so they can never change the expression. The debug
 * logger prints each request line, so you can see the encoded query Okta receives.
 *
 * ```sh
 * OKTA_ORG_URL=https://dev-123.okta.com OKTA_API_TOKEN=… \
 *   deno run --allow-net --allow-env=OKTA_* examples/search_filter_q.ts
 * ```
 *
 * Needs `okta.groups.read` and `okta.users.read`. Reads only.
 *
 * @module
 */
import { createOkta, scim } from "../mod.ts";

const okta = createOkta({
  // Prints `oktakit GET …/api/v1/groups?search=type+eq+%22OKTA_GROUP%22 200 …` per request.
  logger: { debug: (line) => console.log(`  ${line.replace(/ \d+ ms.*$/, "")}`) },
});

// search: groups of type OKTA_GROUP (sent as search=type+eq+%22OKTA_GROUP%22).
const oktaGroups = await okta.groups.list().search('type eq "OKTA_GROUP"');
console.log(`search type eq OKTA_GROUP: ${oktaGroups.length} groups`);

// search with a value from elsewhere (a user, a file): let scim`` quote and escape it.
const name = "IT Admins";
const byName = await okta.groups.list().search(scim`profile.name eq ${name}`);
console.log(`search profile.name eq ${JSON.stringify(name)}: ${byName.map((g) => g.id)}`);

// filter: dates too are quoted for you (a Date becomes an ISO 8601 string literal).
const since = new Date("2016-11-11T00:00:00.000Z");
const updated = await okta.groups.list().filter(
  scim`type eq ${"OKTA_GROUP"} and lastUpdated gt ${since}`,
);
console.log(`filter type and lastUpdated gt ${since.toISOString()}: ${updated.length} groups`);

// filter by id.
const groupId = oktaGroups[0]?.id ?? "00g0000000000000000";
const byId = await okta.groups.list().filter(scim`id eq ${groupId}`);
console.log(`filter id eq ${groupId}: ${byId.length} group`);

// q: a name prefix (groups by name, users by first name, last name or email).
const everyone = await okta.groups.list().q("everyone");
console.log(`q everyone: ${everyone.map((g) => g.profile?.name)}`);

// A hostile value stays one string literal: this finds nobody instead of everybody.
const input = 'x" or status eq "ACTIVE';
const nobody = await okta.users.list().search(scim`profile.login eq ${input}`);
console.log(`search with a quote-laden value: ${nobody.length} users`);
