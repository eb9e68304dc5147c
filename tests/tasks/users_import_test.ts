import assert from "node:assert/strict";
import { task } from "../../tasks/users_import.ts";
import { readJournal } from "../../tasks/_framework/journal.ts";
import {
  assertImportedOnce,
  assertJournalComplete,
  csvRows,
  events,
  openOrg,
  type Org,
  run,
  tempDir,
  usersWithLogin,
} from "./_helpers.ts";

function peopleCsv(n: number, start = 0): string {
  const lines = ["login,email,firstName,lastName,department,groups"];
  for (let i = start; i < start + n; i++) {
    lines.push(
      `new.user${i}@import.example,new.user${i}@import.example,New,User${i},Imports,Engineering`,
    );
  }
  return lines.join("\n") + "\n";
}

/** Writes `peopleCsv(n)` to `<dir>/p.csv`; returns the arguments that import it for real. */
async function importPeople(dir: string, n: number): Promise<string[]> {
  await Deno.writeTextFile(`${dir}/p.csv`, peopleCsv(n));
  return ["--file", `${dir}/p.csv`, "--journal", `${dir}/j`, "--yes"];
}

/** Asserts that each of the first `n` people of {@link peopleCsv} was created exactly once. */
function assertCreatedOnce(emulator: Org["emulator"], n: number): void {
  for (let i = 0; i < n; i++) {
    const login = `new.user${i}@import.example`;
    assert.equal(usersWithLogin(emulator, login).length, 1, login);
    assert.equal(events(emulator, "user.lifecycle.create", login).length, 1, login);
  }
}

Deno.test("users-import without --yes is a dry run: plan shown, org unchanged", async () => {
  const org = await openOrg();
  const dir = await tempDir();
  try {
    await Deno.writeTextFile(`${dir.path}/people.csv`, peopleCsv(3));
    const before = org.emulator.state.counts().users;
    const r = await run(task, [
      "--file",
      `${dir.path}/people.csv`,
      "--journal",
      `${dir.path}/j`,
      "--format",
      "csv",
    ], org.okta);
    assert.equal(r.code, 0, r.stderr);
    assert.deepEqual(csvRows(r.stdout).map((x) => x.action), Array(3).fill("would-create"));
    assert.equal(org.emulator.state.counts().users, before);
    assert.match(r.stderr, /Rerun with --yes/);
    await assert.rejects(Deno.stat(`${dir.path}/j`), Deno.errors.NotFound);
  } finally {
    await dir.remove();
    await org.close();
  }
});

Deno.test("users-import creates users with profile, groups, password and activation", async () => {
  const org = await openOrg();
  const dir = await tempDir();
  try {
    const csv = "Login,E-mail,firstName,lastName,password,Teams,Notes\n" +
      "ana@import.example,ana@import.example,Ana,Lima,Sup3r-Secret-Pw!,Engineering;Sales,x\n" +
      "ben@import.example,ben@import.example,Ben,Ode,,,y\n";
    await Deno.writeTextFile(`${dir.path}/p.csv`, csv);
    const r = await run(task, [
      "--file",
      `${dir.path}/p.csv`,
      "--map",
      "Login=login,E-mail=email",
      "--map",
      "Teams=groups",
      "--map",
      "Notes=-",
      "--journal",
      `${dir.path}/j`,
      "--yes",
      "--format",
      "ndjson",
    ], org.okta);
    assert.equal(r.code, 0, r.stderr);
    assert.doesNotMatch(r.stdout + r.stderr, /Sup3r-Secret-Pw/);
    const ana = org.emulator.state.user("ana@import.example")!;
    const ben = org.emulator.state.user("ben@import.example")!;
    assert.equal(ana.status, "ACTIVE"); // password + activate
    assert.equal(ben.status, "PROVISIONED"); // activate, no password
    assert.equal(ana.profile.email, "ana@import.example");
    assert.equal("Notes" in ana.profile, false);
    const groupNames = org.emulator.state.groupsOf(ana.id).map((g) => g.profile.name).sort();
    assert.deepEqual(groupNames.filter((n) => n !== "Everyone"), ["Engineering", "Sales"]);
    const journal = await Deno.readTextFile(`${dir.path}/j`);
    assert.doesNotMatch(journal, /Sup3r-Secret-Pw/);
  } finally {
    await dir.remove();
    await org.close();
  }
});

Deno.test("users-import --no-activate creates STAGED users", async () => {
  const org = await openOrg();
  const dir = await tempDir();
  try {
    await Deno.writeTextFile(`${dir.path}/p.csv`, peopleCsv(1));
    const r = await run(task, [
      "--file=" + `${dir.path}/p.csv`,
      "--no-activate",
      "--journal",
      `${dir.path}/j`,
      "--yes",
    ], org.okta);
    assert.equal(r.code, 0, r.stderr);
    assert.equal(org.emulator.state.user("new.user0@import.example")!.status, "STAGED");
  } finally {
    await dir.remove();
    await org.close();
  }
});

Deno.test("users-import reports bad rows and Okta errors with codes, imports the rest (exit 3)", async () => {
  const org = await openOrg();
  const dir = await tempDir();
  try {
    const csv = "login,email,firstName,lastName,groups\n" +
      "ok1@import.example,ok1@import.example,Ok,One,\n" +
      "short@import.example,short@import.example\n" + // wrong column count
      ",nologin@import.example,No,Login,\n" + // empty login
      "ok1@import.example,dup@import.example,Dup,Row,\n" + // duplicate in file
      "bad@import.example,not-an-email,Bad,Email,\n" + // Okta rejects it
      "grp@import.example,grp@import.example,Grp,Missing,No Such Group\n";
    await Deno.writeTextFile(`${dir.path}/p.csv`, csv);
    const r = await run(task, [
      "--file",
      `${dir.path}/p.csv`,
      "--journal",
      `${dir.path}/j`,
      "--yes",
      "--format",
      "csv",
      "--out",
      `${dir.path}/report.csv`,
    ], org.okta);
    assert.equal(r.code, 3, r.stderr);
    const rows = csvRows(await Deno.readTextFile(`${dir.path}/report.csv`));
    const byRow = new Map(rows.map((x) => [x.row, x]));
    assert.equal(byRow.get("2")!.action, "created");
    assert.equal(byRow.get("3")!.errorCode, "INVALID_ROW");
    assert.equal(byRow.get("4")!.errorCode, "INVALID_ROW");
    assert.equal(byRow.get("5")!.errorCode, "DUPLICATE_ROW");
    // The schema check refuses the bad email before anything is sent (Okta would say E0000001).
    assert.equal(byRow.get("6")!.action, "refused");
    assert.equal(byRow.get("6")!.column, "email");
    assert.equal(byRow.get("6")!.errorCode, "INVALID_FORMAT");
    assert.match(
      byRow.get("6")!.errorSummary,
      /email: must be an email address: got "not-an-email"/,
    );
    assert.equal(byRow.get("7")!.action, "refused");
    assert.equal(byRow.get("7")!.column, "groups");
    assert.equal(byRow.get("7")!.errorCode, "GROUP_NOT_FOUND");
    assert.equal(events(org.emulator, "user.lifecycle.create", "bad@import.example").length, 0);
    assert.equal(org.emulator.state.user("bad@import.example"), undefined);
    assert.equal(org.emulator.state.user("grp@import.example"), undefined);
  } finally {
    await dir.remove();
    await org.close();
  }
});

Deno.test("users-import: existing logins are skipped by default and updated with --existing update", async () => {
  const org = await openOrg();
  const dir = await tempDir();
  try {
    // (The demo seed repeats a few logins; pick one that is unique.)
    const existing = org.emulator.state.users().find((u) =>
      u.status === "ACTIVE" && u.profile.login !== "admin@example.com" &&
      usersWithLogin(org.emulator, String(u.profile.login)).length === 1
    )!;
    const login = String(existing.profile.login);
    const csv = `login,email,firstName,lastName,department,groups\n` +
      `${login},${login},${existing.profile.firstName},${existing.profile.lastName},Moved Dept,Sales\n`;
    await Deno.writeTextFile(`${dir.path}/p.csv`, csv);
    const skip = await run(task, [
      "--file",
      `${dir.path}/p.csv`,
      "--journal",
      `${dir.path}/j1`,
      "--yes",
      "--format",
      "csv",
    ], org.okta);
    assert.equal(skip.code, 0, skip.stderr);
    assert.equal(csvRows(skip.stdout)[0].action, "skipped-existing");
    assert.notEqual(org.emulator.state.user(login)!.profile.department, "Moved Dept");

    const update = await run(task, [
      "--file",
      `${dir.path}/p.csv`,
      "--existing",
      "update",
      "--journal",
      `${dir.path}/j2`,
      "--yes",
      "--format",
      "csv",
    ], org.okta);
    assert.equal(update.code, 0, update.stderr);
    assert.equal(csvRows(update.stdout)[0].action, "updated");
    const user = org.emulator.state.user(login)!;
    assert.equal(user.profile.department, "Moved Dept");
    const sales = org.emulator.state.group("Sales")!;
    assert.ok(org.emulator.state.groupsOf(user.id).some((g) => g.id === sales.id));
    assert.equal(usersWithLogin(org.emulator, login).length, 1);
  } finally {
    await dir.remove();
    await org.close();
  }
});

Deno.test("users-import under a tight rate limit: okta.bulk paces the rows, all are created once", async () => {
  const org = await openOrg();
  const dir = await tempDir();
  try {
    org.emulator.rateLimits.configure({ buckets: { "users": 5 }, windowMs: 1_000 });
    const args = await importPeople(dir.path, 12);
    const r = await run(task, [...args, "--format", "csv"], org.okta);
    assert.equal(r.code, 0, r.stderr + r.stdout);
    assert.deepEqual(csvRows(r.stdout).map((x) => x.action), Array(12).fill("created"));
    assertCreatedOnce(org.emulator, 12);
  } finally {
    await dir.remove();
    await org.close();
  }
});

Deno.test("users-import when 429s reach it (no retries): those rows fail with E0000047, a rerun finishes them once", async () => {
  // Okta's concurrency-limit 429 (X-Rate-Limit-Limit: 0) says nothing about a bucket, so pacing
  // cannot avoid it; with retries off it reaches the task. The org did not apply those creates.
  let creates = 0;
  let refuse = true;
  const org = await openOrg({
    maxRetries: 0,
    wrapFetch: (fetch) => (request) => {
      const isCreate = request.method === "POST" &&
        new URL(request.url).pathname === "/api/v1/users";
      if (isCreate && refuse && ++creates % 4 === 0) {
        return Promise.resolve(Response.json({
          errorCode: "E0000047",
          errorSummary: "API call exceeded rate limit due to too many requests.",
          errorLink: "E0000047",
          errorId: "oaeTest429",
          errorCauses: [],
        }, {
          status: 429,
          headers: {
            "X-Rate-Limit-Limit": "0",
            "X-Rate-Limit-Remaining": "0",
            "X-Rate-Limit-Reset": String(Math.ceil(Date.now() / 1000) + 1),
          },
        }));
      }
      return fetch(request);
    },
  });
  const dir = await tempDir();
  try {
    const args = await importPeople(dir.path, 12);
    const first = await run(task, [...args, "--format", "csv"], org.okta);
    assert.equal(first.code, 3, first.stderr);
    const failed = csvRows(first.stdout).filter((x) => x.action === "failed");
    assert.equal(failed.length, 3, JSON.stringify(failed));
    assert.ok(failed.every((x) => x.errorCode === "E0000047"), JSON.stringify(failed));
    assert.equal(csvRows(first.stdout).filter((x) => x.action === "created").length, 9);

    refuse = false;
    const second = await run(task, [...args, "--format", "csv"], org.okta);
    assert.equal(second.code, 0, second.stderr);
    const rows = csvRows(second.stdout);
    const created = rows.filter((x) => x.action === "created");
    assert.deepEqual(created.map((x) => x.login).sort(), failed.map((x) => x.login).sort());
    assert.equal(rows.filter((x) => x.action === "done-earlier").length, 12 - failed.length);
    assertCreatedOnce(org.emulator, 12);
  } finally {
    await dir.remove();
    await org.close();
  }
});

Deno.test("users-import interrupted by an abort mid-run resumes from its journal: every row exactly once", async () => {
  // The 15th create reaches the org, then the connection dies and the run is aborted: the
  // journal says "started" for it with no outcome, the case a rerun must settle without a
  // second create. Creates in flight at that moment may or may not have been applied.
  const controller = new AbortController();
  let creates = 0;
  const org = await openOrg({
    wrapFetch: (fetch) => async (request) => {
      const isCreate = request.method === "POST" &&
        new URL(request.url).pathname === "/api/v1/users";
      const response = await fetch(request);
      if (isCreate && response.ok && ++creates === 15) {
        controller.abort();
        throw new TypeError("connection reset after the org applied the write");
      }
      return response;
    },
  });
  const dir = await tempDir();
  try {
    const N = 40;
    const args = [...await importPeople(dir.path, N), "--concurrency", "4", "--format", "ndjson"];
    const baseline = org.emulator.state.counts().users;
    const first = await run(task, args, org.okta, { signal: controller.signal });
    assert.equal(first.code, 1);
    assert.match(first.stderr, /Rerun the same command to resume/);
    const createdFirst = org.emulator.state.counts().users - baseline;
    assert.ok(createdFirst >= 15 && createdFirst < N, `created ${createdFirst}`);
    const state = await readJournal(`${dir.path}/j`);
    // The abort hit creates in flight: the org applied them but the run never heard back, so
    // the journal holds them as pending (the case the rerun must settle without a second create).
    const pendingInOrg = [...state.pending.keys()].filter((k) => org.emulator.state.user(k));
    assert.ok(pendingInOrg.length >= 1, `pending: ${[...state.pending.keys()]}`);
    assert.equal(state.done.size + pendingInOrg.length, createdFirst);

    const second = await run(task, args, org.okta);
    assert.equal(second.code, 0, second.stderr);
    // Across both runs each row is reported created exactly once.
    const createdRows = [first.stdout, second.stdout]
      .flatMap((t) => t.split("\n").filter(Boolean).map((l) => JSON.parse(l)))
      .filter((x) => x.action === "created")
      .map((x) => x.login)
      .sort();
    const expected = Array.from({ length: N }, (_, i) => `new.user${i}@import.example`).sort();
    assert.deepEqual(createdRows, expected);
    for (const login of expected) assertImportedOnce(org.emulator, login);
    await assertJournalComplete(`${dir.path}/j`, N);

    // A third run does nothing new.
    const third = await run(task, args, org.okta);
    assert.equal(third.code, 0);
    assert.ok(third.stdout.split("\n").filter(Boolean).every((l) => /done-earlier/.test(l)));
  } finally {
    await dir.remove();
    await org.close();
  }
});

Deno.test("users-import refuses to resume a journal written for another org", async () => {
  const first = await openOrg();
  const second = await openOrg({ orgUrl: "http://127.0.0.1:9999" });
  const dir = await tempDir();
  try {
    const args = await importPeople(dir.path, 2);
    assert.equal((await run(task, args, first.okta)).code, 0);
    const other = await run(task, args, second.okta);
    assert.equal(other.code, 2);
    assert.match(
      other.stderr,
      /belongs to an import into http:\/\/127\.0\.0\.1:8787, not http:\/\/127\.0\.0\.1:9999/,
    );
    assert.equal(usersWithLogin(second.emulator, "new.user0@import.example").length, 0);
  } finally {
    await dir.remove();
    await first.close();
    await second.close();
  }
});
