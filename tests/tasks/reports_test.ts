import assert from "node:assert/strict";
import { task as apps } from "../../tasks/apps_assignments_report.ts";
import { task as admins } from "../../tasks/admins_report.ts";
import type { EmulatorApp } from "../../emulator.ts";
import { csvRows, ndjsonRows, openOrg, run } from "./_helpers.ts";

/** The ids of the groups assigned to an app, read straight from the emulator (not the client). */
async function appGroupIds(org: Awaited<ReturnType<typeof openOrg>>, appId: string) {
  const { emulator } = org;
  const res = await emulator.fetch(`${emulator.orgUrl}/api/v1/apps/${appId}/groups?limit=200`, {
    headers: { Authorization: `SSWS ${emulator.apiToken}`, Accept: "application/json" },
  });
  assert.equal(res.status, 200);
  assert.doesNotMatch(res.headers.get("link") ?? "", /rel="next"/, "one page holds them all");
  return (await res.json() as { id: string }[]).map((g) => g.id);
}

Deno.test("apps-assignments-report lists each active app's users and groups as the org has them", async () => {
  const org = await openOrg();
  try {
    const r = await run(apps, ["--format", "csv"], org.okta);
    assert.equal(r.code, 0, r.stderr);
    const rows = csvRows(r.stdout);
    const active = org.emulator.state.apps().filter((a) => a.status === "ACTIVE");
    assert.ok(active.length > 0);
    for (const app of active) {
      const mine = rows.filter((x) => x.appId === app.id);
      const users = mine.filter((x) => x.assigneeType === "USER");
      const groups = mine.filter((x) => x.assigneeType === "GROUP");
      assert.deepEqual(
        users.map((x) => x.assigneeId).sort(),
        org.emulator.state.appAssignments(app.id).map((u) => u.userId).sort(),
      );
      assert.deepEqual(
        groups.map((x) => x.assigneeId).sort(),
        (await appGroupIds(org, app.id)).sort(),
      );
      for (const g of groups) {
        assert.equal(g.assignee, org.emulator.state.group(g.assigneeId)!.profile.name);
      }
      for (const u of users) assert.match(u.scope, /^(USER|GROUP)$/);
    }
    const inactive = org.emulator.state.apps().filter((a) => a.status !== "ACTIVE");
    for (const app of inactive) assert.ok(!rows.some((x) => x.appId === app.id));
  } finally {
    await org.close();
  }
});

Deno.test("apps-assignments-report --app by label, --groups-only", async () => {
  const org = await openOrg();
  try {
    let pick: [EmulatorApp, string[]] | undefined;
    for (const a of org.emulator.state.apps().filter((a) => a.status === "ACTIVE")) {
      const ids = await appGroupIds(org, a.id);
      if (ids.length > 0) {
        pick = [a, ids];
        break;
      }
    }
    assert.ok(pick);
    const [app, groupIds] = pick;
    const r = await run(apps, [
      "--app",
      String(app.label).toUpperCase(),
      "--groups-only",
      "--format",
      "ndjson",
    ], org.okta);
    assert.equal(r.code, 0, r.stderr);
    const rows = ndjsonRows(r.stdout);
    assert.equal(rows.length, groupIds.length);
    assert.ok(rows.every((x) => x.appId === app.id && x.assigneeType === "GROUP"));
  } finally {
    await org.close();
  }
});

Deno.test("apps-assignments-report: an app whose listing is rate limited is reported, others still are (exit 3)", async () => {
  let target = "";
  const org = await openOrg({
    maxRetries: 0,
    wrapFetch: (fetch) => (request) => {
      if (target && new URL(request.url).pathname === `/api/v1/apps/${target}/groups`) {
        return Promise.resolve(Response.json({
          errorCode: "E0000047",
          errorSummary: "API call exceeded rate limit due to too many requests.",
          errorLink: "E0000047",
          errorId: "oaeTest",
          errorCauses: [],
        }, {
          status: 429,
          headers: {
            "X-Rate-Limit-Limit": "1",
            "X-Rate-Limit-Remaining": "0",
            // The other apps wait for this reset (the bucket says none left): keep it short.
            "X-Rate-Limit-Reset": String(Math.ceil(Date.now() / 1000) + 2),
          },
        }));
      }
      return fetch(request);
    },
  });
  try {
    const active = org.emulator.state.apps().filter((a) => a.status === "ACTIVE");
    assert.ok(active.length >= 2);
    target = active[0].id;
    const r = await run(apps, ["--format", "csv"], org.okta);
    assert.equal(r.code, 3, r.stderr);
    const rows = csvRows(r.stdout);
    const failed = rows.filter((x) => x.assigneeType === "ERROR");
    assert.deepEqual(failed.map((x) => [x.appId, x.errorCode]), [[target, "E0000047"]]);
    assert.ok(rows.some((x) => x.appId === active[1].id && x.assigneeType !== "ERROR"));
  } finally {
    await org.close();
  }
});

for (const users of ["all", "assignees"]) {
  Deno.test(`admins-report --users ${users} lists admin roles of users and groups`, async () => {
    const org = await openOrg();
    try {
      const { state } = org.emulator;
      const user = state.users().find((u) => u.profile.login !== "admin@example.com")!;
      const group = state.group("Engineering")!;
      await org.okta.call({
        method: "POST",
        path: "/api/v1/users/{userId}/roles",
        pathParams: { userId: user.id },
        body: { type: "HELP_DESK_ADMIN" },
      });
      await org.okta.call({
        method: "POST",
        path: "/api/v1/groups/{groupId}/roles",
        pathParams: { groupId: group.id },
        body: { type: "READ_ONLY_ADMIN" },
      });
      const r = await run(admins, ["--users", users, "--format", "ndjson"], org.okta);
      assert.equal(r.code, 0, r.stderr);
      const rows = ndjsonRows(r.stdout);
      assert.ok(
        rows.some((x) =>
          x.principalType === "USER" && x.principalId === user.id && x.role === "HELP_DESK_ADMIN" &&
          x.principal === user.profile.login
        ),
        JSON.stringify(rows),
      );
      assert.ok(
        rows.some((x) =>
          x.principalType === "GROUP" && x.principalId === group.id &&
          x.role === "READ_ONLY_ADMIN" &&
          x.principal === "Engineering"
        ),
        JSON.stringify(rows),
      );
      const noGroups = await run(
        admins,
        ["--users", users, "--no-groups", "--format", "ndjson"],
        org.okta,
      );
      const noGroupRows = ndjsonRows(noGroups.stdout);
      assert.ok(noGroupRows.length > 0 && noGroupRows.every((x) => x.principalType === "USER"));
    } finally {
      await org.close();
    }
  });
}
