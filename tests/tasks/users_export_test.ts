import assert from "node:assert/strict";
import { task } from "../../tasks/users_export.ts";
import { csvRows, ndjsonRows, openOrg, run, streamingRun, tempDir } from "./_helpers.ts";

Deno.test("users-export writes every listed user to CSV (default columns), across pages", async () => {
  const org = await openOrg({ users: 120 });
  const dir = await tempDir();
  try {
    const r = await run(task, ["--limit", "25", "--out", `${dir.path}/users.csv`], org.okta);
    assert.equal(r.code, 0, r.stderr);
    const rows = csvRows(await Deno.readTextFile(`${dir.path}/users.csv`));
    const expected = org.emulator.state.users().filter((u) => u.status !== "DEPROVISIONED");
    assert.equal(rows.length, expected.length);
    assert.ok(rows.length > 100);
    assert.deepEqual(new Set(rows.map((x) => x.id)), new Set(expected.map((u) => u.id)));
    assert.deepEqual(Object.keys(rows[0]), [
      "id",
      "status",
      "created",
      "activated",
      "lastLogin",
      "profile.login",
      "profile.email",
      "profile.firstName",
      "profile.lastName",
    ]);
    const admin = rows.find((x) => x["profile.login"] === "admin@example.com")!;
    assert.equal(admin.status, "ACTIVE");
    assert.ok(org.operationIds().includes("listUsers"), org.operationIds().join(", "));
  } finally {
    await dir.remove();
    await org.close();
  }
});

Deno.test("users-export --search and --columns write only matching users and the asked fields", async () => {
  const org = await openOrg();
  try {
    const r = await run(task, [
      "--search",
      'profile.department eq "Engineering"',
      "--columns",
      "profile.login,profile.department",
      "--format",
      "ndjson",
    ], org.okta);
    assert.equal(r.code, 0, r.stderr);
    const rows = ndjsonRows(r.stdout);
    const expected = org.emulator.state.users()
      .filter((u) => String(u.profile.department).toLowerCase() === "engineering");
    assert.ok(expected.length > 0);
    assert.equal(rows.length, expected.length);
    for (const row of rows) {
      assert.deepEqual(Object.keys(row), ["profile.login", "profile.department"]);
      assert.equal(row["profile.department"], "Engineering");
    }
  } finally {
    await org.close();
  }
});

Deno.test("users-export json output is one valid array", async () => {
  const org = await openOrg();
  try {
    const r = await run(task, ["--format", "json", "--columns", "id"], org.okta);
    assert.equal(r.code, 0, r.stderr);
    const rows = JSON.parse(r.stdout);
    assert.ok(Array.isArray(rows) && rows.length > 10);
  } finally {
    await org.close();
  }
});

Deno.test("users-export: a bad search is an Okta error (exit 1), a bad --limit a usage error (exit 2)", async () => {
  const org = await openOrg();
  try {
    const bad = await run(task, ["--search", "profile.login zz 1"], org.okta);
    assert.equal(bad.code, 1);
    assert.match(bad.stderr, /Okta 400 E00000(31|53)/);
    const usage = await run(task, ["--limit", "500"], org.okta);
    assert.equal(usage.code, 2);
    assert.match(usage.stderr, /--limit must be an integer from 1 to 200/);
  } finally {
    await org.close();
  }
});

Deno.test("users-export --filter and --q narrow the export the way Okta does", async () => {
  const org = await openOrg();
  try {
    const filtered = await run(task, [
      "--filter",
      'status eq "STAGED"',
      "--columns",
      "id,status",
      "--format",
      "ndjson",
    ], org.okta);
    assert.equal(filtered.code, 0, filtered.stderr);
    const staged = org.emulator.state.users().filter((u) => u.status === "STAGED");
    assert.ok(staged.length > 0);
    assert.deepEqual(
      ndjsonRows(filtered.stdout).map((x) => x.id).sort(),
      staged.map((u) => u.id).sort(),
    );
    const q = await run(
      task,
      ["--q", "chloe", "--columns", "profile.firstName", "--format", "csv"],
      org.okta,
    );
    assert.equal(q.code, 0, q.stderr);
    const names = csvRows(q.stdout).map((x) => x["profile.firstName"]);
    assert.ok(
      names.length > 0 && names.every((n) => n.toLowerCase().startsWith("chloe")),
      `${names}`,
    );
  } finally {
    await org.close();
  }
});

Deno.test("users-export streams: rows are written while later pages are still being fetched", async () => {
  const stream = streamingRun();
  const org = await openOrg({
    users: 60,
    wrapFetch: (fetch) => (request) => {
      if (new URL(request.url).pathname === "/api/v1/users") stream.pageRequested();
      return fetch(request);
    },
  });
  try {
    const outcome = await stream.run(
      task,
      ["--limit", "10", "--format", "ndjson", "--columns", "id"],
      org.okta,
    );
    assert.equal(outcome.code, 0);
    stream.assertStreamed(10, 7);
    assert.equal(stream.written, outcome.succeeded);
  } finally {
    await org.close();
  }
});
