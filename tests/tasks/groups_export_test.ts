import assert from "node:assert/strict";
import { task } from "../../tasks/groups_export.ts";
import { csvRows, ndjsonRows, openOrg, run, streamingRun } from "./_helpers.ts";

function memberIds(org: Awaited<ReturnType<typeof openOrg>>, groupName: string): string[] {
  return org.emulator.state.members(groupName).map((u) => u.id).sort();
}

Deno.test("groups-export --name writes one CSV row per member of each named group", async () => {
  const org = await openOrg();
  try {
    const r = await run(task, ["--name", "Sales", "--name", "Engineering"], org.okta);
    assert.equal(r.code, 0, r.stderr);
    const rows = csvRows(r.stdout);
    for (const name of ["Sales", "Engineering"]) {
      const exported = rows.filter((x) => x.groupName === name);
      const expected = memberIds(org, name);
      assert.ok(expected.length > 0, name);
      assert.deepEqual(exported.map((x) => x.userId).sort(), expected, name);
      for (const x of exported) {
        const user = org.emulator.state.user(x.userId)!;
        assert.equal(x.login, user.profile.login);
        assert.equal(x.status, user.status);
        assert.equal(x.groupType, "OKTA_GROUP");
      }
    }
    assert.equal(r.succeeded, 2);
  } finally {
    await org.close();
  }
});

Deno.test("groups-export --search finds groups; an empty group still gets a row; NDJSON", async () => {
  const org = await openOrg();
  try {
    const created = await org.okta.call<{ id: string }>({
      method: "POST",
      path: "/api/v1/groups",
      body: { profile: { name: "Export Empty", description: "no one" } },
    });
    const r = await run(
      task,
      ["--search", 'profile.name sw "Export"', "--format", "ndjson"],
      org.okta,
    );
    assert.equal(r.code, 0, r.stderr);
    assert.deepEqual(ndjsonRows(r.stdout), [
      { groupId: created.id, groupName: "Export Empty", groupType: "OKTA_GROUP" },
    ]);
    const groupsOnly = await run(task, ["--no-members", "--format", "ndjson"], org.okta);
    assert.equal(groupsOnly.code, 0, groupsOnly.stderr);
    assert.equal(ndjsonRows(groupsOnly.stdout).length, org.emulator.state.counts().groups);
  } finally {
    await org.close();
  }
});

Deno.test("groups-export reports a name that matches no group and goes on (exit 3)", async () => {
  const org = await openOrg();
  try {
    const r = await run(task, ["--name", "No Such Group", "--name", "Sales"], org.okta);
    assert.equal(r.code, 3);
    const rows = csvRows(r.stdout);
    assert.equal(rows[0].errorCode, "GROUP_NOT_FOUND");
    assert.match(rows[0].errorSummary, /No group named "No Such Group"/);
    assert.ok(rows.slice(1).every((x) => x.groupName === "Sales" && x.userId));
  } finally {
    await org.close();
  }
});

Deno.test("groups-export refuses --search with --name and a bad --limit (exit 2)", async () => {
  const org = await openOrg();
  try {
    const both = await run(task, ["--search", "x", "--name", "Sales"], org.okta);
    assert.equal(both.code, 2);
    assert.match(both.stderr, /either --search or --name/);
    const limit = await run(task, ["--limit", "5000"], org.okta);
    assert.equal(limit.code, 2);
    assert.match(limit.stderr, /--limit must be an integer from 1 to 1000/);
  } finally {
    await org.close();
  }
});

Deno.test("groups-export streams members: a page is requested only after the one before last is written", async () => {
  const stream = streamingRun();
  const org = await openOrg({
    users: 240,
    wrapFetch: (fetch) => (request) => {
      if (/^\/api\/v1\/groups\/[^/]+\/users$/.test(new URL(request.url).pathname)) {
        stream.pageRequested();
      }
      return fetch(request);
    },
  });
  try {
    const outcome = await stream.run(
      task,
      ["--name", "Everyone", "--limit", "20", "--format", "ndjson"],
      org.okta,
    );
    assert.equal(outcome.code, 0);
    // Everyone holds every user of the org.
    assert.equal(stream.written, org.emulator.state.counts().users);
    stream.assertStreamed(20, 12);
  } finally {
    await org.close();
  }
});
