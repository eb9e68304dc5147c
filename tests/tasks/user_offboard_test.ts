import assert from "node:assert/strict";
import { task } from "../../tasks/user_offboard.ts";
import { csvRows, forbidden, openOrg, run } from "./_helpers.ts";

type OpenOrg = Awaited<ReturnType<typeof openOrg>>;

function pickUser(org: OpenOrg) {
  const { state } = org.emulator;
  const counts = new Map<string, number>();
  for (const u of state.users()) {
    counts.set(String(u.profile.login), (counts.get(String(u.profile.login)) ?? 0) + 1);
  }
  return state.users().find((u) =>
    u.status === "ACTIVE" && counts.get(String(u.profile.login)) === 1 &&
    oktaGroupsOf(org, u.id).length >= 1
  )!;
}

/** Runs user-offboard for real (`--yes`, CSV output) on `users`, skipping the `skip` steps. */
function offboard(org: OpenOrg, users: string[], skip: string) {
  return run(task, [
    ...users.flatMap((user) => ["--user", user]),
    "--skip",
    skip,
    "--yes",
    "--format",
    "csv",
  ], org.okta);
}

function oktaGroupsOf(org: OpenOrg, userId: string): string[] {
  return org.emulator.state.groupsOf(userId).filter((g) => g.type === "OKTA_GROUP")
    .map((g) => g.id);
}

Deno.test("user-offboard without --yes lists the steps and changes nothing", async () => {
  const org = await openOrg();
  try {
    const user = pickUser(org);
    const groups = oktaGroupsOf(org, user.id);
    const r = await run(task, ["--user", String(user.profile.login), "--format", "csv"], org.okta);
    assert.equal(r.code, 0, r.stderr);
    const rows = csvRows(r.stdout);
    assert.deepEqual(
      [...new Set(rows.map((x) => x.step))],
      ["sessions", "factors", "groups", "deactivate"],
    );
    assert.equal(
      rows.filter((x) => x.step === "groups" && x.action === "would-do").length,
      groups.length,
    );
    assert.ok(rows.some((x) => x.action === "skipped-BUILT_IN")); // Everyone stays
    assert.equal(org.emulator.state.user(user.id)!.status, "ACTIVE");
    assert.deepEqual(oktaGroupsOf(org, user.id), groups);
  } finally {
    await org.close();
  }
});

Deno.test("user-offboard --yes removes the user from Okta groups and deactivates them", async () => {
  const org = await openOrg();
  try {
    const user = pickUser(org);
    const r = await offboard(org, [String(user.profile.login)], "sessions,factors");
    assert.equal(r.code, 0, r.stderr);
    assert.deepEqual(oktaGroupsOf(org, user.id), []);
    assert.equal(org.emulator.state.user(user.id)!.status, "DEPROVISIONED");
    const rows = csvRows(r.stdout);
    assert.ok(rows.filter((x) => x.step === "groups" && x.action === "done").length >= 1);
    assert.equal(rows.find((x) => x.step === "deactivate")!.action, "done");
    // Offboarding again finds nothing left to do.
    const again = await offboard(org, [user.id], "sessions,factors");
    assert.equal(again.code, 0, again.stderr);
    assert.equal(
      csvRows(again.stdout).find((x) => x.step === "deactivate")!.action,
      "skipped-already-deactivated",
    );
  } finally {
    await org.close();
  }
});

Deno.test("user-offboard --yes clears sessions and resets factors", async () => {
  const org = await openOrg();
  try {
    const user = pickUser(org);
    const r = await offboard(org, [user.id], "groups,deactivate");
    assert.equal(r.code, 0, r.stderr + r.stdout);
    const rows = csvRows(r.stdout);
    assert.deepEqual(rows.map((x) => [x.step, x.action]), [["sessions", "done"], [
      "factors",
      "done",
    ]]);
    // DELETE /api/v1/users/{userId}/sessions and POST /api/v1/users/{id}/lifecycle/reset_factors
    assert.ok(org.operationIds().includes("revokeUserSessions"), `${org.operationIds()}`);
    assert.ok(org.operationIds().includes("resetFactors"), `${org.operationIds()}`);
  } finally {
    await org.close();
  }
});

Deno.test("user-offboard: a failed step is reported with its code and the others still run (exit 3)", async () => {
  const org = await openOrg({
    wrapFetch: (fetch) => (request) => {
      if (request.method === "DELETE" && new URL(request.url).pathname.endsWith("/sessions")) {
        return forbidden();
      }
      return fetch(request);
    },
  });
  try {
    const user = pickUser(org);
    const r = await offboard(org, [user.id, "nobody@nowhere.example"], "factors");
    assert.equal(r.code, 3, r.stderr);
    const rows = csvRows(r.stdout);
    assert.equal(rows.find((x) => x.step === "sessions")!.errorCode, "E0000006");
    assert.equal(
      rows.find((x) => x.user === "nobody@nowhere.example")!.errorCode,
      "USER_NOT_FOUND",
    );
    assert.equal(org.emulator.state.user(user.id)!.status, "DEPROVISIONED");
    assert.equal((await run(task, ["--user", "x", "--skip", "coffee"], org.okta)).code, 2);
  } finally {
    await org.close();
  }
});
