// The public testing interface: emulator.state, emulator.seed and emulator.snapshot().
import assert from "node:assert/strict";
import { createEmulator } from "../../emulator.ts";
import { call } from "./_helpers.ts";

Deno.test("testing: state renders users, groups and apps as the API returns them", async () => {
  const emu = createEmulator({ seed: "demo", rateLimits: false });
  await emu.ready;
  const admin = emu.state.user(emu.state.adminId)!;
  const wire = await call(emu, "GET", `/api/v1/users/${emu.state.adminId}`);
  assert.deepEqual(admin, wire.body);
  assert.deepEqual(emu.state.user(admin.profile.login.toUpperCase()), admin, "by login too");
  const groups = await call(emu, "GET", "/api/v1/groups?limit=200");
  assert.deepEqual(emu.state.groups(), groups.body);
  const apps = await call(emu, "GET", "/api/v1/apps?limit=200");
  assert.deepEqual(emu.state.apps(), apps.body);
  const everyone = emu.state.group("Everyone")!;
  assert.equal(everyone.id, emu.state.everyoneId);
  assert.equal(emu.state.members("Everyone").length, emu.state.counts().users);
  const ofAdmin = await call(emu, "GET", `/api/v1/users/${emu.state.adminId}/groups`);
  assert.deepEqual(emu.state.groupsOf(emu.state.adminId), ofAdmin.body);
  // Fresh copies: changing one changes nothing in the org.
  admin.profile.login = "changed@example.com";
  assert.notEqual(emu.state.user(emu.state.adminId)!.profile.login, "changed@example.com");
  assert.equal(emu.state.user("nobody@example.com"), undefined);
  assert.throws(() => emu.state.members("No such group"), /No group/);
  await emu.close();
});

Deno.test("testing: state.logs() is the System Log the API serves, narrowed by type and target", async () => {
  const emu = createEmulator({ seed: "empty", rateLimits: false });
  const ann = await emu.seed.user({ profile: { login: "ann@example.com" } });
  const wire = await call(emu, "GET", "/api/v1/logs?limit=1000");
  assert.deepEqual(emu.state.logs(), wire.body);
  const created = emu.state.logs({ eventType: "user.lifecycle.create" });
  assert.equal(created.length, 1);
  assert.equal(created[0].target[0].id, ann.id);
  assert.deepEqual(emu.state.logs({ target: "ann@example.com" }).map((e) => e.uuid), [
    ...emu.state.logs({ target: ann.id }).map((e) => e.uuid),
  ]);
  assert.equal(emu.state.counts().logs, emu.state.logs().length);
  await emu.close();
});

Deno.test("testing: seed creates users, groups, members, apps and assignments through the API", async () => {
  const emu = createEmulator({
    seed: "empty",
    rateLimits: { limit: 1 },
    faults: { unavailable: 1 },
  });
  const ann = await emu.seed.user({
    profile: { login: "ann@example.com" },
    password: "Correct-Horse-42",
  });
  assert.equal(ann.status, "ACTIVE");
  const bob = await emu.seed.user({ profile: { login: "bob@example.com" }, activate: false });
  assert.equal(bob.status, "STAGED");
  const group = await emu.seed.group({ name: "Sales", members: [ann.id, "bob@example.com"] });
  assert.deepEqual(emu.state.members("Sales").map((u) => u.id), [ann.id, bob.id]);
  const app = await emu.seed.app({
    name: "bookmark",
    label: "Wiki",
    signOnMode: "BOOKMARK",
    settings: { app: { url: "https://wiki.example.com" } },
  });
  await emu.seed.assign(app.id, { groups: [group.id], users: ["ann@example.com"] });
  assert.deepEqual(
    emu.state.appAssignments("Wiki").map((a) => [a.userId, a.scope, a.groupIds]),
    [[ann.id, "USER", [group.id]], [bob.id, "GROUP", [group.id]]],
  );
  assert.equal(emu.faults.log.length, 0, "seeding draws no faults");
  await assert.rejects(
    emu.seed.user({ profile: { login: "ann@example.com" } }),
    /409|400.*E0000001/,
  );
  // The code under test still meets the configured faults.
  assert.equal((await call(emu, "GET", "/api/v1/users")).status, 503);
  await emu.close();
});

Deno.test("testing: snapshot() is plain JSON of the whole state; reads leave it unchanged", async () => {
  const emu = createEmulator({ seed: "demo", rateLimits: false });
  await emu.ready;
  const before = emu.snapshot();
  assert.deepEqual(JSON.parse(JSON.stringify(before)), before);
  assert.equal(before.users.length, emu.state.counts().users);
  assert.deepEqual(before.members[emu.state.everyoneId], before.users.map((u) => u.id));
  await call(emu, "GET", "/api/v1/users");
  assert.deepEqual(emu.snapshot(), before);
  await emu.close();
});

Deno.test("testing: the clock is the now option", async () => {
  let time = Date.parse("2026-01-01T00:00:00Z");
  const emu = createEmulator({ seed: "empty", now: () => time });
  const ann = await emu.seed.user({ profile: { login: "ann@example.com" } });
  assert.equal(ann.created, "2026-01-01T00:00:00.000Z");
  time += 86_400_000;
  await emu.seed.group({ name: "Later" });
  assert.equal(emu.state.group("Later")!.created, "2026-01-02T00:00:00.000Z");
  await emu.close();
});

Deno.test("testing: seeding leaves the rate limits whole for the code under test", async () => {
  const emu = createEmulator({ seed: "empty", rateLimits: { limit: 1, concurrency: 1 } });
  for (let i = 0; i < 3; i++) await emu.seed.user({ profile: { login: `u${i}@example.com` } });
  assert.equal(emu.rateLimits.inFlight, 0);
  assert.equal((await call(emu, "GET", "/api/v1/users")).status, 200);
  assert.equal((await call(emu, "GET", "/api/v1/users")).status, 429);
  await emu.close();
});

Deno.test("testing: seed.setUserFacts sets what only Okta sets (sign-ins, age, status), nothing else", async () => {
  const time = Date.parse("2026-03-01T00:00:00Z");
  const emu = createEmulator({ seed: "empty", rateLimits: false, now: () => time });
  const ann = await emu.seed.user({
    profile: { login: "ann@example.com" },
    password: "Pw-12345678!",
  });
  assert.equal(ann.lastLogin, null);
  const logs = emu.state.counts().logs;
  const updated = emu.seed.setUserFacts("ANN@example.com", {
    lastLogin: "2025-09-01T10:00:00Z",
    created: "2024-01-01T00:00:00.000Z",
  });
  assert.equal(updated.lastLogin, "2025-09-01T10:00:00.000Z", "normalized like Okta's timestamps");
  assert.equal(updated.created, "2024-01-01T00:00:00.000Z");
  assert.equal(updated.status, "ACTIVE");
  assert.equal(updated.statusChanged, ann.statusChanged, "no status change, no statusChanged");
  assert.deepEqual(updated, emu.state.user(ann.id), "returns the user as state renders it");
  const wire = await call(emu, "GET", `/api/v1/users/${ann.id}`);
  assert.deepEqual(wire.body, updated, "the API serves the new facts");
  // A status the API cannot reach from ACTIVE; its links follow it.
  const staged = emu.seed.setUserFacts(ann.id, { status: "STAGED", lastLogin: null });
  assert.equal(staged.status, "STAGED");
  assert.equal(staged.lastLogin, null);
  assert.equal(staged.statusChanged, "2026-03-01T00:00:00.000Z");
  assert.ok((staged._links as Record<string, unknown>).activate, "STAGED users can be activated");
  assert.equal(
    (await call(emu, "POST", `/api/v1/users/${ann.id}/lifecycle/suspend`)).status,
    400,
    "lifecycle rules apply to the new status",
  );
  assert.equal(emu.state.counts().logs, logs, "no System Log event");
  assert.throws(() => emu.seed.setUserFacts("nobody@example.com", {}), /no user nobody/);
  assert.throws(() => emu.seed.setUserFacts(ann.id, { created: "yesterday" }), /not a timestamp/);
  await emu.close();
});
