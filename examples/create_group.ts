/**
 * Create a group, two ways: a plain object literal, and a typed one whose shape the compiler
 * checks (the Deno way of PowerShell's `[PSCustomObject]@{…}` and `Initialize-OktaGroup`).
 *
 * ```sh
 * OKTA_ORG_URL=https://dev-123.okta.com OKTA_API_TOKEN=… \
 *   deno run --allow-net --allow-env=OKTA_* examples/create_group.ts
 * ```
 *
 * Needs the `okta.groups.manage` scope (or an API token of an admin who may create groups).
 * The groups it creates are deleted at the end.
 *
 * @module
 */
import { createOkta, type Group } from "../mod.ts";

const okta = createOkta(); // OKTA_ORG_URL and OKTA_API_TOKEN from the environment

// 1. A plain object: the JSON body of Okta's "Add Group" request, as an object literal.
const westCoast = await okta.groups.create({
  profile: { name: "West Coast users", description: "All users West of the Rockies" },
});
console.log(`created ${westCoast.id} ${westCoast.profile?.name}`);

// 2. Typed: `Group` is Okta's schema as a TypeScript type (every schema is exported), so a
//    mis-cased or unknown top-level property (`Profile`, `typ`) is a compile error instead of a
//    400. Profiles also accept custom attributes, so their extra keys are allowed.
const eastCoast: Group = {
  profile: { name: "East Coast users", description: "All users East of the Mississippi" },
};
const created = await okta.groups.create(eastCoast);
console.log(`created ${created.id} ${created.profile?.name} (type ${created.type})`);

// Clean up, so the example can run again.
for (const group of [westCoast, created]) {
  await okta.groups.delete(group.id!);
  console.log(`deleted ${group.id}`);
}
