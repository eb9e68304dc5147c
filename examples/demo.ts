/**
 * `deno task demo`: the main job, on an Okta org emulator running inside this process — no
 * account, no network, no permissions. Lists groups with a search, creates a user and adds it
 * to a group, pages through users with `for await`, then reads the System Log.
 *
 * The same code runs against a real org: drop the emulator and call `createOkta()` with
 * `OKTA_ORG_URL` and `OKTA_API_TOKEN` set.
 *
 * @module
 */
import { createOkta, OktaApiError, scim } from "../mod.ts";
import { createEmulator } from "../emulator.ts";

const emulator = createEmulator({ seed: "demo" });
try {
  // The in-process org's fetch stands in for the network; nothing is read from the environment.
  const okta = createOkta({
    orgUrl: emulator.orgUrl,
    apiToken: emulator.apiToken,
    fetch: emulator.fetch,
    env: {},
  });
  console.log(`oktakit demo: an emulated Okta org at ${emulator.orgUrl}\n`);

  console.log(`1. Groups whose type is OKTA_GROUP (search ${scim`type eq ${"OKTA_GROUP"}`}):`);
  const groups = await okta.groups.list().search(scim`type eq ${"OKTA_GROUP"}`);
  for (const group of groups) console.log(`   ${group.id}  ${group.profile?.name}`);

  const engineering = await okta.groups.list().q("Engineering").first();
  if (!engineering?.id) throw new Error("the demo org has no Engineering group");

  console.log("\n2. Create a user and add it to Engineering:");
  const login = "ada.lovelace@example.com";
  const user = await okta.users.create({
    profile: { firstName: "Ada", lastName: "Lovelace", email: login, login },
  }).activate(false);
  console.log(`   created ${user.id} ${user.profile?.login} (status ${user.status})`);
  await okta.groups.users.add(engineering.id, user.id!);
  const members = await okta.groups.users.list(engineering.id).toArray();
  const added = members.some((member) => member.id === user.id);
  console.log(`   Engineering now has ${members.length} members, Ada included: ${added}`);

  console.log("\n3. Every user, 5 per page, with for await (the next page loads while you read):");
  let count = 0;
  for await (const u of okta.users.list().limit(5)) {
    count++;
    if (count <= 3) console.log(`   ${u.profile?.login} (${u.status})`);
  }
  console.log(`   … ${count} users in all`);

  console.log("\n4. The System Log for the last hour, newest first:");
  const since = new Date(Date.now() - 60 * 60 * 1000).toISOString();
  const events = await okta.logs.list().since(since).sortOrder("DESCENDING").limit(5);
  for (const event of events) {
    console.log(`   ${event.published}  ${event.eventType}  ${event.displayMessage}`);
  }

  console.log("\n5. A user that does not exist:");
  try {
    await okta.users.get("nobody@example.com");
  } catch (e) {
    if (!(e instanceof OktaApiError)) throw e;
    console.log(`   ${e.status} ${e.errorCode}: ${e.errorSummary}`);
  }
  console.log("\nDone. Next: `deno task test`, the examples/ folder, and README.md.");
} finally {
  await emulator.close();
}
