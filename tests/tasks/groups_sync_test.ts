import assert from "node:assert/strict";
import { task } from "../../tasks/groups_sync.ts";
import { csvRows, events, openOrg, run, tempDir } from "./_helpers.ts";

function members(org: Awaited<ReturnType<typeof openOrg>>, groupName: string): string[] {
  return org.emulator.state.members(groupName)
    .map((u) => String(u.profile.login).toLowerCase())
    .sort();
}

function uniqueLogins(org: Awaited<ReturnType<typeof openOrg>>): string[] {
  const counts = new Map<string, number>();
  for (const u of org.emulator.state.users()) {
    const l = String(u.profile.login).toLowerCase();
    counts.set(l, (counts.get(l) ?? 0) + 1);
  }
  return [...counts].filter(([, n]) => n === 1).map(([l]) => l);
}

Deno.test("groups-sync shows the diff without --yes, then makes members equal the list", async () => {
  const org = await openOrg();
  const dir = await tempDir();
  try {
    const unique = new Set(uniqueLogins(org));
    const current = members(org, "Sales").filter((l) => unique.has(l));
    assert.ok(current.length >= 2, `Sales has ${current}`);
    const keep = current.slice(0, 1);
    const dropped = current.slice(1);
    const outsiders = [...unique].filter((l) => !members(org, "Sales").includes(l)).slice(0, 2);
    const wanted = [...keep, ...outsiders.map((l) => l.toUpperCase())]; // logins match case-insensitively
    await Deno.writeTextFile(`${dir.path}/w.txt`, `# wanted\nlogin\n${wanted.join("\n")}\n\n`);

    const plan = await run(task, [
      "--group",
      "Sales",
      "--file",
      `${dir.path}/w.txt`,
      "--format",
      "csv",
    ], org.okta);
    assert.equal(plan.code, 0, plan.stderr);
    const planned = csvRows(plan.stdout);
    assert.deepEqual(
      planned.filter((x) => x.action === "would-add").map((x) => x.login.toLowerCase()).sort(),
      [...outsiders].sort(),
    );
    assert.deepEqual(
      planned.filter((x) => x.action === "would-remove").map((x) => x.login.toLowerCase()).sort(),
      members(org, "Sales").filter((l) => !keep.includes(l)).sort(),
    );
    assert.match(plan.stderr, /\+2 to add/);
    assert.ok(members(org, "Sales").includes(dropped[0])); // nothing changed yet

    const apply = await run(
      task,
      ["--group", "Sales", "--file", `${dir.path}/w.txt`, "--yes"],
      org.okta,
    );
    assert.equal(apply.code, 0, apply.stderr);
    assert.deepEqual(members(org, "Sales"), [...keep, ...outsiders].sort());
    for (const l of outsiders) {
      assert.equal(events(org.emulator, "group.user_membership.add", l).length, 1);
    }

    // Running again changes nothing.
    const again = await run(task, [
      "--group",
      "Sales",
      "--file",
      `${dir.path}/w.txt`,
      "--yes",
      "--format",
      "csv",
    ], org.okta);
    assert.equal(again.code, 0);
    assert.deepEqual(csvRows(again.stdout), []);
  } finally {
    await dir.remove();
    await org.close();
  }
});

Deno.test("groups-sync --no-remove only adds; unknown logins fail with a code (exit 3)", async () => {
  const org = await openOrg();
  const dir = await tempDir();
  try {
    const before = members(org, "Engineering");
    const outsider = uniqueLogins(org).find((l) => !before.includes(l))!;
    await Deno.writeTextFile(
      `${dir.path}/w.csv`,
      `id,login\n1,${outsider}\n2,nobody@nowhere.example\n`,
    );
    const r = await run(task, [
      "--group",
      "Engineering",
      "--file",
      `${dir.path}/w.csv`,
      "--no-remove",
      "--yes",
      "--format",
      "csv",
    ], org.okta);
    assert.equal(r.code, 3, r.stderr);
    const rows = csvRows(r.stdout);
    assert.deepEqual(
      rows.find((x) => x.login === "nobody@nowhere.example")?.errorCode,
      "USER_NOT_FOUND",
    );
    assert.equal(rows.find((x) => x.login === outsider)?.action, "added");
    assert.deepEqual(members(org, "Engineering"), [...before, outsider].sort());
  } finally {
    await dir.remove();
    await org.close();
  }
});

Deno.test("groups-sync refuses groups Okta does not master and unknown groups", async () => {
  const org = await openOrg();
  const dir = await tempDir();
  try {
    await Deno.writeTextFile(`${dir.path}/w.txt`, "admin@example.com\n");
    const builtIn = await run(
      task,
      ["--group", "Everyone", "--file", `${dir.path}/w.txt`],
      org.okta,
    );
    assert.equal(builtIn.code, 2);
    assert.match(builtIn.stderr, /BUILT_IN: only OKTA_GROUP/);
    const missing = await run(
      task,
      ["--group", "No Such Group", "--file", `${dir.path}/w.txt`],
      org.okta,
    );
    assert.equal(missing.code, 1);
    assert.match(missing.stderr, /No group with id or name "No Such Group"/);
    const noFile = await run(
      task,
      ["--group", "Sales", "--file", `${dir.path}/none.txt`],
      org.okta,
    );
    assert.equal(noFile.code, 2);
  } finally {
    await dir.remove();
    await org.close();
  }
});
