// Okta's own Node.js SDK against the served emulator: it must not tell the difference for the
// common operations.
import assert from "node:assert/strict";
import { startEmulator } from "../../emulator.ts";

// deno-lint-ignore no-explicit-any
type Any = any;

// Loaded untyped: its typings pull @types/node into the whole type-check of this file.
const SDK = "npm:@okta/okta-sdk-nodejs@8.1.0";
const okta: Any = (await import(SDK)).default;

function client(orgUrl: string, token: string): Any {
  return new (okta as Any).Client({ orgUrl, token, cacheMiddleware: null });
}

Deno.test("okta sdk: list users across pages, CRUD, lifecycle, groups, 404/401 errors", async () => {
  const emu = await startEmulator({ port: 0, seed: "empty", users: 11, rateLimits: false });
  try {
    const sdk = client(emu.url, emu.apiToken);
    const ids: string[] = [];
    const collection = await sdk.userApi.listUsers({ limit: 4 });
    await collection.each((u: Any) => void ids.push(u.id));
    assert.equal(ids.length, 12, "every user across 3 pages");
    assert.equal(new Set(ids).size, 12);

    const created = await sdk.userApi.createUser({
      body: {
        profile: {
          login: "sdk@example.com",
          email: "sdk@example.com",
          firstName: "Sdk",
          lastName: "User",
        },
        credentials: { password: { value: "Sup3r-secret!" } },
      },
      activate: false,
    });
    assert.equal(created.status, "STAGED");
    await sdk.userApi.activateUser({ userId: created.id, sendEmail: false });
    const got = await sdk.userApi.getUser({ userId: created.id });
    assert.equal(got.status, "ACTIVE");
    const updated = await sdk.userApi.updateUser({
      userId: created.id,
      user: { profile: { title: "Tester" } },
    });
    assert.equal(updated.profile.title, "Tester");
    assert.equal(updated.profile.login, "sdk@example.com");
    await sdk.userApi.suspendUser({ userId: created.id });
    assert.equal((await sdk.userApi.getUser({ userId: created.id })).status, "SUSPENDED");
    await sdk.userApi.unsuspendUser({ userId: created.id });

    const group = await sdk.groupApi.createGroup({ group: { profile: { name: "SDK group" } } });
    await sdk.groupApi.assignUserToGroup({ groupId: group.id, userId: created.id });
    const members: string[] = [];
    await (await sdk.groupApi.listGroupUsers({ groupId: group.id })).each((u: Any) =>
      void members.push(u.id)
    );
    assert.deepEqual(members, [created.id]);

    await sdk.userApi.deleteUser({ userId: created.id });
    await sdk.userApi.deleteUser({ userId: created.id });
    const missing = await sdk.userApi.getUser({ userId: created.id }).catch((e: Any) => e);
    assert.equal(missing.status, 404);
    assert.equal(missing.errorCode, "E0000007");

    const bad = client(emu.url, "wrong-token");
    const denied = await bad.userApi.getUser({ userId: "me" }).catch((e: Any) => e);
    assert.equal(denied.status, 401);
    assert.equal(denied.errorCode, "E0000011");
  } finally {
    await emu.close();
  }
});

Deno.test("okta sdk: a 429 is retried after X-Rate-Limit-Reset and succeeds", async () => {
  const emu = await startEmulator({
    port: 0,
    seed: "empty",
    rateLimits: { buckets: { "user-get": 1 }, windowMs: 1000 },
  });
  try {
    const sdk = client(emu.url, emu.apiToken);
    const first = await sdk.userApi.getUser({ userId: emu.state.adminId });
    assert.equal(first.id, emu.state.adminId);
    const second = await sdk.userApi.getUser({ userId: emu.state.adminId });
    assert.equal(second.id, emu.state.adminId, "the SDK retried through the 429");
    const violations = emu.state.logs().filter((e) =>
      e.eventType === "system.org.rate_limit.violation"
    );
    assert.ok(violations.length >= 1, "the emulator did answer 429 first");
  } finally {
    await emu.close();
  }
});
