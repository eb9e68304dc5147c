/**
 * Get and create users: without a password (an email invitation when activated), with a
 * password, and straight into groups — PowerShell's `Get-OktaUser` and `New-OktaUser`.
 *
 * ```sh
 * OKTA_ORG_URL=https://dev-123.okta.com OKTA_API_TOKEN=… \
 *   deno run --allow-net --allow-env=OKTA_* examples/users.ts
 * ```
 *
 * Needs `okta.users.manage` and `okta.groups.manage`. The users and the group it creates are deleted at the end.
 *
 * @module
 */
import { createOkta } from "../mod.ts";

const okta = createOkta();

// Get a user by id, by login, or the caller itself ("me").
const me = await okta.users.get("me");
console.log(`me: ${me.id} ${me.profile?.login}`);

// Create a user without a password, added to a group at creation (groupIds). With
// `activate(false)` the user stays STAGED: nobody gets an activation email yet.
const newHires = await okta.groups.create({ profile: { name: "Example new hires" } });
const john = await okta.users.create({
  profile: {
    firstName: "John",
    lastName: "Doe",
    login: "john.doe@example.com",
    email: "john.doe@example.com",
  },
  groupIds: [newHires.id!],
}).activate(false);
console.log(`created ${john.id} ${john.profile?.login}: ${john.status}`);
const members = await okta.groups.users.list(newHires.id!).toArray();
console.log(
  `${newHires.profile?.name} members: ${members.map((u) => u.profile?.login).join(", ")}`,
);

// Create an active user with a password. Okta never sends the password back.
const jane = await okta.users.create({
  profile: {
    firstName: "Jane",
    lastName: "Doe",
    login: "jane.doe@example.com",
    email: "jane.doe@example.com",
  },
  credentials: { password: { value: "Hell0W0rld!-example" } },
}).activate(true);
console.log(`created ${jane.id} ${jane.profile?.login}: ${jane.status}`);
console.log(`password echoed back: ${jane.credentials?.password?.value !== undefined}`);

// Get by login works too.
const again = await okta.users.get("jane.doe@example.com");
console.log(`got ${again.id} by login, ${again.profile?.firstName} ${again.profile?.lastName}`);

// Clean up: a user is deleted in two steps (deactivate, then delete).
for (const user of [john, jane]) {
  await okta.users.lifecycle.deactivate(user.id!);
  await okta.users.delete(user.id!);
  console.log(`deleted ${user.id}`);
}
await okta.groups.delete(newHires.id!);
