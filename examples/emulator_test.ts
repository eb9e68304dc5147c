/**
 * Using the emulator in your own tests: an Okta org in the test process, fresh per test, with
 * no network and no account. Pass its `fetch` to `createOkta()`; shape it with `seed`, `users`,
 * `rateLimits` and `faults`; create test data with `emulator.seed`; inspect the result as plain
 * API objects with `emulator.state` (users, groups, members, apps, the System Log) or
 * `emulator.snapshot()`.
 *
 * ```sh
 * deno test examples/emulator_test.ts
 * ```
 *
 * @module
 */
import assert from "node:assert/strict";
import { createOkta, OktaApiError, scim } from "../mod.ts";
import { createEmulator } from "../emulator.ts";

// The code under test: add every active user of a department to a group.
async function addDepartment(
  okta: ReturnType<typeof createOkta>,
  department: string,
  groupId: string,
): Promise<number> {
  let added = 0;
  const search = scim`profile.department eq ${department} and status eq ${"ACTIVE"}`;
  for await (const user of okta.users.list().search(search)) {
    await okta.groups.users.add(groupId, user.id!);
    added++;
  }
  return added;
}

Deno.test("addDepartment puts the department's active users in the group", async () => {
  const emulator = createEmulator({ seed: "empty" });
  try {
    const okta = createOkta({
      orgUrl: emulator.orgUrl,
      apiToken: emulator.apiToken,
      fetch: emulator.fetch,
      env: {}, // read nothing from the environment
    });
    for (
      const [login, department, activate] of [
        ["a@example.com", "Sales", true],
        ["b@example.com", "Sales", false],
        ["c@example.com", "Finance", true],
      ] as const
    ) {
      await okta.users.create({
        profile: { firstName: "T", lastName: "User", email: login, login, department },
        credentials: { password: { value: "Correct-Horse-42" } },
      }).activate(activate); // with a password: ACTIVE, or STAGED when not activated
    }
    const group = await okta.groups.create({ profile: { name: "Sales team" } });

    assert.equal(await addDepartment(okta, "Sales", group.id!), 1);
    const members = await okta.groups.users.list(group.id!).toArray();
    assert.deepEqual(members.map((u) => u.profile?.login), ["a@example.com"]);
  } finally {
    await emulator.close();
  }
});

Deno.test("seed the org, run the code, then check the org's state and its System Log", async () => {
  const emulator = createEmulator({ seed: "empty" });
  try {
    const okta = createOkta({
      orgUrl: emulator.orgUrl,
      apiToken: emulator.apiToken,
      fetch: emulator.fetch,
      env: {},
    });
    // Seeding goes through the org's own API, but never meets rate limits or faults.
    await emulator.seed.user({
      profile: { login: "ann@example.com", department: "Sales" },
      password: "Correct-Horse-42", // ACTIVE (activated without one: PROVISIONED)
    });
    await emulator.seed.user({
      profile: { login: "bob@example.com", department: "Sales" },
      activate: false, // STAGED
    });
    const group = await emulator.seed.group({ name: "Sales team" });

    assert.equal(await addDepartment(okta, "Sales", group.id), 1);
    // Plain objects, as GET /api/v1/groups/{id}/users and /api/v1/logs return them.
    const members = emulator.state.members("Sales team");
    assert.deepEqual(members.map((u) => u.profile.login), ["ann@example.com"]);
    const added = emulator.state.logs({ eventType: "group.user_membership.add" });
    assert.deepEqual(added.map((e) => e.target[0].alternateId), ["ann@example.com"]);
  } finally {
    await emulator.close();
  }
});

Deno.test("a 429 is retried after the reset time; without retries it is an OktaApiError", async () => {
  // A tiny bucket: two group reads per second.
  const emulator = createEmulator({
    seed: "demo",
    rateLimits: { buckets: { groups: 2 }, windowMs: 1000 },
  });
  try {
    const settings = { orgUrl: emulator.orgUrl, apiToken: emulator.apiToken, env: {} };
    const strict = createOkta({ ...settings, fetch: emulator.fetch, maxRetries: 0 });
    await strict.groups.list().limit(1);
    await strict.groups.list().limit(1);
    await assert.rejects(
      async () => await strict.groups.list().limit(1),
      (e) => e instanceof OktaApiError && e.status === 429 && e.errorCode === "E0000047",
    );
    const patient = createOkta({ ...settings, fetch: emulator.fetch, maxRetries: 3 });
    assert.equal((await patient.groups.list().limit(1)).length, 1);
  } finally {
    await emulator.close();
  }
});
