import assert from "node:assert/strict";
import { task } from "../../tasks/users_deactivate_stale.ts";
import { csvRows, forbidden, openOrg, run } from "./_helpers.ts";

const DAY = 86_400_000;

async function staleOrg(options: Parameters<typeof openOrg>[0] = {}) {
  const org = await openOrg(options);
  const now = Date.now();
  const { state, seed } = org.emulator;
  const active = state.users().filter((u) =>
    u.status === "ACTIVE" && u.profile.login !== "admin@example.com"
  );
  // Two users last signed in long ago, one never signed in and is old, one is recent.
  const [old1, old2, never, recent] = active;
  seed.setUserFacts(old1.id, { lastLogin: new Date(now - 200 * DAY).toISOString() });
  seed.setUserFacts(old2.id, { lastLogin: new Date(now - 95 * DAY).toISOString() });
  seed.setUserFacts(never.id, {
    lastLogin: null,
    created: new Date(now - 300 * DAY).toISOString(),
  });
  seed.setUserFacts(recent.id, { lastLogin: new Date(now - 3 * DAY).toISOString() });
  // Everyone else (the admin included) signed in yesterday.
  const picked = [old1.id, old2.id, never.id, recent.id];
  for (const u of state.users()) {
    if (!picked.includes(u.id)) {
      seed.setUserFacts(u.id, { lastLogin: new Date(now - DAY).toISOString() });
    }
  }
  return { org, old1, old2, never, recent };
}

Deno.test("users-deactivate-stale without --yes lists stale users and changes nothing", async () => {
  const { org, old1, old2 } = await staleOrg();
  try {
    const r = await run(task, ["--days", "90", "--format", "csv"], org.okta);
    assert.equal(r.code, 0, r.stderr);
    const rows = csvRows(r.stdout);
    assert.deepEqual(rows.map((x) => x.id).sort(), [old1.id, old2.id].sort());
    assert.ok(rows.every((x) => x.action === "would-deactivate"));
    assert.equal(org.emulator.state.user(old1.id)!.status, "ACTIVE");
    assert.match(r.stderr, /Rerun with --yes/);
  } finally {
    await org.close();
  }
});

Deno.test("users-deactivate-stale --yes --include-never deactivates exactly the stale users", async () => {
  const { org, old1, old2, never, recent } = await staleOrg();
  try {
    const before = new Map(org.emulator.state.users().map((u) => [u.id, u.status]));
    const r = await run(
      task,
      ["--days", "90", "--include-never", "--yes", "--format", "csv"],
      org.okta,
    );
    assert.equal(r.code, 0, r.stderr);
    const stale = new Set([old1.id, old2.id, never.id]);
    assert.deepEqual(new Set(csvRows(r.stdout).map((x) => x.id)), stale);
    for (const u of org.emulator.state.users()) {
      assert.equal(u.status, stale.has(u.id) ? "DEPROVISIONED" : before.get(u.id), u.id);
    }
    assert.equal(org.emulator.state.user(recent.id)!.status, "ACTIVE");
  } finally {
    await org.close();
  }
});

Deno.test("users-deactivate-stale reports a refused deactivation with Okta's code (exit 3)", async () => {
  let refusedId = "";
  const { org, old1, old2 } = await staleOrg({
    wrapFetch: (fetch) => (request) => {
      if (refusedId && new URL(request.url).pathname.includes(`/users/${refusedId}/lifecycle/`)) {
        return forbidden();
      }
      return fetch(request);
    },
  });
  refusedId = old1.id;
  try {
    const r = await run(task, ["--days", "90", "--yes", "--format", "csv"], org.okta);
    assert.equal(r.code, 3, r.stderr);
    const rows = new Map(csvRows(r.stdout).map((x) => [x.id, x]));
    assert.equal(rows.get(old1.id)!.action, "failed");
    assert.equal(rows.get(old1.id)!.errorCode, "E0000006");
    assert.equal(rows.get(old2.id)!.action, "deactivated");
    assert.equal(org.emulator.state.user(old1.id)!.status, "ACTIVE");
  } finally {
    await org.close();
  }
});

Deno.test("users-deactivate-stale rejects bad arguments with exit 2", async () => {
  const { org } = await staleOrg();
  try {
    assert.equal((await run(task, ["--days", "0"], org.okta)).code, 2);
    assert.equal((await run(task, ["--as-of", "yesterday"], org.okta)).code, 2);
    assert.equal((await run(task, ["--status", "active"], org.okta)).code, 2);
  } finally {
    await org.close();
  }
});
