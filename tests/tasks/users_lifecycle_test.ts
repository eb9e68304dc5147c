import assert from "node:assert/strict";
import { createEmulator } from "../../emulator.ts";
import { readJournal } from "../../tasks/_framework/journal.ts";
import { parseUserList, task } from "../../tasks/users_lifecycle.ts";
import {
  assertJournalComplete,
  createActiveUsers,
  csvRows,
  enrollQuestionFactor,
  events,
  killWhenJournaled,
  ndjsonRows,
  openOrg,
  type Org,
  run,
  slowServer,
  taskProcess,
  tempDir,
} from "./_helpers.ts";

/** Sends a lifecycle operation for one user straight to the emulator (not through the client). */
async function lifecycleCall(org: Org, userId: string, operation: string): Promise<void> {
  const { emulator } = org;
  const res = await emulator.fetch(
    new Request(`${emulator.orgUrl}/api/v1/users/${userId}/lifecycle/${operation}`, {
      method: "POST",
      headers: { Authorization: `SSWS ${emulator.apiToken}`, Accept: "application/json" },
    }),
  );
  assert.equal(res.status, 200, `${operation}: ${await res.text()}`);
}

/** Runs users-lifecycle for real (`--yes`) on the users given on stdin, with its journal. */
function lifecycle(
  org: Org,
  action: string,
  journal: string,
  stdin: string,
  extra: string[] = [],
) {
  return run(
    task,
    [
      "--action",
      action,
      "--file",
      "-",
      "--journal",
      journal,
      "--yes",
      ...extra,
    ],
    org.okta,
    { stdin },
  );
}

Deno.test("users-lifecycle without --yes plans: would-suspend, unchanged, not-allowed; org unchanged", async () => {
  const org = await openOrg();
  const dir = await tempDir();
  try {
    const [active, suspended, staged] = await createActiveUsers(org.emulator, 3, "plan");
    await lifecycleCall(org, suspended, "suspend");
    org.emulator.seed.setUserFacts(staged, { status: "STAGED" });
    const suspends = events(org.emulator, "user.lifecycle.suspend").length;
    await Deno.writeTextFile(
      `${dir.path}/u.csv`,
      `login\nplan0@life.example\n${suspended}\nplan2@life.example\nnobody@life.example\n`,
    );
    const r = await run(task, [
      "--action",
      "suspend",
      "--file",
      `${dir.path}/u.csv`,
      "--journal",
      `${dir.path}/j`,
      "--format",
      "csv",
    ], org.okta);
    assert.equal(r.code, 3, r.stderr);
    const rows = csvRows(r.stdout);
    assert.deepEqual(rows.map((x) => [x.user, x.action]), [
      ["plan0@life.example", "would-suspend"],
      [suspended, "unchanged"],
      ["plan2@life.example", "not-allowed"],
      ["nobody@life.example", "failed"],
    ]);
    assert.equal(rows[0].id, active);
    assert.match(rows[2].errorSummary, /suspend needs status ACTIVE; the user is STAGED/);
    assert.equal(rows[3].errorCode, "USER_NOT_FOUND");
    assert.equal(org.emulator.state.user(active)!.status, "ACTIVE");
    assert.equal(events(org.emulator, "user.lifecycle.suspend").length, suspends);
    await assert.rejects(Deno.stat(`${dir.path}/j`), Deno.errors.NotFound);
    assert.match(r.stderr, /Summary: 1 would-suspend, 1 unchanged, 1 not-allowed, 1 failed/);
    assert.match(r.stderr, /Rerun with --yes/);
  } finally {
    await dir.remove();
    await org.close();
  }
});

Deno.test("users-lifecycle --yes performs each action and the user ends in Okta's status", async () => {
  const org = await openOrg();
  const dir = await tempDir();
  try {
    const ids = await createActiveUsers(org.emulator, 1, "act");
    const id = ids[0];
    const user = () => org.emulator.state.user(id)!;
    let runs = 0;
    // Each run is a new job (its own journal): the same journal would resume, not act again.
    const act = async (action: string, expected: string) => {
      const journal = `${dir.path}/${action}-${runs++}.journal`;
      const r = await lifecycle(org, action, journal, "act0@life.example\n", [
        "--format",
        "ndjson",
      ]);
      assert.equal(r.code, 0, `${action}: ${r.stderr}${r.stdout}`);
      assert.equal(ndjsonRows(r.stdout)[0].action, expected, action);
    };
    await act("suspend", "suspended");
    assert.equal(user().status, "SUSPENDED");
    await act("unsuspend", "unsuspended");
    assert.equal(user().status, "ACTIVE");
    org.emulator.seed.setUserFacts(id, { status: "LOCKED_OUT" }); // failed sign-ins
    await act("unlock", "unlocked");
    assert.equal(user().status, "ACTIVE");
    await act("expire-password", "password-expired");
    assert.equal(user().status, "PASSWORD_EXPIRED");
    org.emulator.seed.setUserFacts(id, { status: "ACTIVE" }); // the user changed the password
    await act("reset-factors", "factors-reset");
    assert.equal(events(org.emulator, "user.mfa.factor.reset_all", "act0@life.example").length, 1);
    await act("deactivate", "deactivated");
    assert.equal(user().status, "DEPROVISIONED");
    await act("activate", "activated");
    assert.equal(user().status, "ACTIVE");
    await act("suspend", "suspended");
    await act("suspend", "unchanged");
    // Rerunning the job that suspended (its journal) does nothing again either.
    runs -= 2;
    await act("suspend", "done-earlier");
    assert.equal(events(org.emulator, "user.lifecycle.suspend", "act0@life.example").length, 2);
  } finally {
    await dir.remove();
    await org.close();
  }
});

Deno.test("users-lifecycle reset-factors removes every enrolled factor", async () => {
  const org = await openOrg();
  const dir = await tempDir();
  try {
    const [id] = await createActiveUsers(org.emulator, 1, "mfa");
    const enroll = await enrollQuestionFactor(org.emulator, id);
    assert.equal(enroll.status, 200, await enroll.clone().text());
    const factors = async () =>
      (await (await org.emulator.fetch(
        new Request(`${org.emulator.orgUrl}/api/v1/users/${id}/factors`, {
          headers: { Authorization: `SSWS ${org.emulator.apiToken}` },
        }),
      )).json()).length;
    assert.equal(await factors(), 1);
    const r = await lifecycle(org, "reset-factors", `${dir.path}/j`, `${id}\n`);
    assert.equal(r.code, 0, r.stderr);
    assert.equal(await factors(), 0);
  } finally {
    await dir.remove();
    await org.close();
  }
});

Deno.test("users-lifecycle expire-password --temp-password-file: passwords only in a 0600 file", async () => {
  const org = await openOrg();
  const dir = await tempDir();
  try {
    await createActiveUsers(org.emulator, 3, "temp");
    const tempFile = `${dir.path}/secret/temp.csv`;
    const argv = [
      "--action",
      "expire-password",
      "--search",
      'profile.lastName sw "Cycle"',
      "--temp-password-file",
      tempFile,
      "--journal",
      `${dir.path}/j`,
      "--yes",
      "--format",
      "ndjson",
    ];
    const r = await run(task, argv, org.okta);
    assert.equal(r.code, 0, r.stderr);
    const rows = ndjsonRows(r.stdout);
    assert.equal(rows.length, 3);
    assert.ok(rows.every((x) => x.action === "password-expired"));
    const stat = await Deno.stat(tempFile);
    assert.equal(stat.mode! & 0o777, 0o600);
    const written = csvRows(await Deno.readTextFile(tempFile));
    assert.equal(written.length, 3);
    for (const w of written) {
      const user = org.emulator.state.user(w.login)!;
      assert.equal(user.status, "PASSWORD_EXPIRED");
      assert.equal(w.id, user.id);
      assert.match(w.tempPassword, /^\w{8}$/);
      assert.ok(!(r.stdout + r.stderr).includes(w.tempPassword), "never in the report");
      assert.ok(!(await Deno.readTextFile(`${dir.path}/j`)).includes(w.tempPassword));
    }
    // A second run against the same users changes nothing and keeps the file's passwords.
    await Deno.chmod(tempFile, 0o644);
    const again = await run(task, argv, org.okta);
    assert.equal(again.code, 0, again.stderr);
    assert.equal((await Deno.stat(tempFile)).mode! & 0o777, 0o600, "narrowed back to 0600");
    assert.equal(csvRows(await Deno.readTextFile(tempFile)).length, 3);
  } finally {
    await dir.remove();
    await org.close();
  }
});

Deno.test("users-lifecycle refuses unclear input with usage errors (exit 2)", async () => {
  const org = await openOrg();
  try {
    const cases: [string[], RegExp][] = [
      [["--action", "suspend"], /exactly one of --file FILE .* or --search EXPR/],
      [["--action", "suspend", "--file", "-", "--search", "x"], /exactly one of/],
      [["--action", "bogus", "--file", "-"], /bogus/],
      [
        ["--action", "suspend", "--file", "-", "--temp-password-file", "out/t.csv"],
        /--temp-password-file goes with --action expire-password/,
      ],
      [
        [
          "--action",
          "expire-password",
          "--file",
          "-",
          "--temp-password-file",
          "out/t.csv",
          "--out",
          "out/t.csv",
        ],
        /must not be the --out report/,
      ],
    ];
    for (const [argv, message] of cases) {
      const r = await run(task, argv, org.okta, { stdin: "x@y.example\n" });
      assert.equal(r.code, 2, argv.join(" "));
      assert.match(r.stderr, message);
    }
  } finally {
    await org.close();
  }
});

Deno.test("users-lifecycle reads a login/id column, a plain list, and drops blanks and repeats", () => {
  assert.deepEqual(parseUserList("id,note\n00u1,x\n\n00u2,y\n00U1,z\n"), ["00u1", "00u2"]);
  assert.deepEqual(parseUserList("a@x.example\nb@x.example\n"), ["a@x.example", "b@x.example"]);
  assert.deepEqual(parseUserList("Name,Login\nA,a@x.example\n"), ["a@x.example"]);
  assert.throws(() => parseUserList("name,dept\nA,B\n"), /no login or id column/);
  assert.throws(() => parseUserList(""), /empty/);
});

Deno.test("users-lifecycle finishes a call the last run sent without sending it again", async () => {
  const org = await openOrg();
  const dir = await tempDir();
  try {
    const [done, sent, todo] = await createActiveUsers(org.emulator, 3, "pend");
    // The last run: `done` finished; `sent` reached the org, then the process died unanswered.
    await lifecycleCall(org, done, "suspend");
    await lifecycleCall(org, sent, "suspend");
    const suspends = events(org.emulator, "user.lifecycle.suspend").length;
    const journal = `${dir.path}/j`;
    const now = Date.now();
    await Deno.writeTextFile(
      journal,
      [
        { t: "org", key: "", org: new URL(org.emulator.orgUrl).origin, at: now },
        { t: "start", key: done, at: now },
        { t: "done", key: done, action: "suspended", at: now },
        { t: "start", key: sent, at: now },
        { t: "start", key: todo, at: now },
      ].map((e) => JSON.stringify(e)).join("\n") + '\n{"t":"do',
    );
    const r = await lifecycle(org, "suspend", journal, [done, sent, todo].join("\n"), [
      "--format",
      "ndjson",
    ]);
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.stderr, /Resuming from .*: 1 users done earlier, 2 interrupted/);
    assert.deepEqual(ndjsonRows(r.stdout).map((x) => x.action), [
      "done-earlier",
      "suspended",
      "suspended",
    ]);
    // Only `todo` was sent in this run.
    assert.equal(events(org.emulator, "user.lifecycle.suspend").length - suspends, 1);
    assert.equal(org.emulator.state.user(todo)!.status, "SUSPENDED");
    const state = await readJournal(journal);
    assert.equal(state.done.size, 3);
    assert.equal(state.pending.size, 0);
  } finally {
    await dir.remove();
    await org.close();
  }
});

Deno.test("users-lifecycle refuses a journal written for another org", async () => {
  const org = await openOrg();
  const dir = await tempDir();
  try {
    const journal = `${dir.path}/j`;
    await Deno.writeTextFile(
      journal,
      JSON.stringify({ t: "org", key: "", org: "https://other.okta.com", at: 1 }) + "\n",
    );
    const r = await lifecycle(org, "suspend", journal, "admin@example.com\n");
    assert.equal(r.code, 2);
    assert.match(r.stderr, /belongs to a run against https:\/\/other\.okta\.com/);
  } finally {
    await dir.remove();
    await org.close();
  }
});

const N = 80;

Deno.test("users-lifecycle killed mid-run (SIGKILL) resumes on rerun: every user suspended exactly once", async () => {
  const emulator = createEmulator({ seed: "empty", rateLimits: false });
  await emulator.ready;
  await createActiveUsers(emulator, N, "kill");
  // Each request takes a few ms, so the run is still going when it is killed.
  const server = slowServer(emulator);
  const dir = await tempDir();
  try {
    await Deno.mkdir(`${dir.path}/in`);
    const lines = ["login"];
    for (let i = 0; i < N; i++) lines.push(`kill${i}@life.example`);
    await Deno.writeTextFile(`${dir.path}/in/leavers.csv`, lines.join("\n") + "\n");
    const journal = `${dir.path}/out/users-lifecycle-suspend-leavers.journal`;
    const command = () =>
      taskProcess(task, "tasks/users_lifecycle.ts", [
        "--action",
        "suspend",
        "--file",
        "in/leavers.csv",
        "--yes",
        "--concurrency",
        "2",
        "--format",
        "ndjson",
      ], {
        cwd: dir.path,
        orgUrl: `http://127.0.0.1:${server.addr.port}`,
        apiToken: emulator.apiToken,
      });

    const atKill = await killWhenJournaled(command(), journal, 15);
    assert.ok(atKill.done.size >= 15 && atKill.done.size < N, `done at kill: ${atKill.done.size}`);

    const rerun = await command().output();
    const stderr = new TextDecoder().decode(rerun.stderr);
    assert.equal(rerun.code, 0, stderr);
    assert.match(stderr, /Resuming from out\/users-lifecycle-suspend-leavers\.journal/);
    const rows = ndjsonRows(new TextDecoder().decode(rerun.stdout));
    assert.equal(rows.length, N);
    assert.equal(rows.filter((r) => r.action === "done-earlier").length, atKill.done.size);
    assert.ok(rows.every((r) => r.action === "done-earlier" || r.action === "suspended"));
    for (let i = 0; i < N; i++) {
      const login = `kill${i}@life.example`;
      assert.equal(emulator.state.user(login)!.status, "SUSPENDED", login);
      assert.equal(events(emulator, "user.lifecycle.suspend", login).length, 1, login);
    }
    await assertJournalComplete(journal, N);
  } finally {
    await server.shutdown();
    await emulator.close();
    await dir.remove();
  }
});

Deno.test("users-lifecycle resume: an unanswered reset-factors or expire-password is judged from the org", async () => {
  const org = await openOrg();
  const dir = await tempDir();
  try {
    const [expired, factorless, enrolled] = await createActiveUsers(org.emulator, 3, "judge");
    await lifecycleCall(org, expired, "expire_password");
    const expirations = events(org.emulator, "user.account.expire_password").length;
    const enroll = await enrollQuestionFactor(org.emulator, enrolled);
    assert.equal(enroll.status, 200);
    const journalWith = async (path: string, keys: string[]) => {
      const origin = new URL(org.emulator.orgUrl).origin;
      const lines = [
        { t: "org", key: "", org: origin, at: 1 },
        ...keys.map((key) => ({
          t: "start",
          key,
          at: Date.now(),
        })),
      ];
      await Deno.writeTextFile(path, lines.map((l) => JSON.stringify(l)).join("\n") + "\n");
    };
    // expire-password with temporary passwords: the answer never came, so its password is lost.
    await journalWith(`${dir.path}/expire.journal`, [expired]);
    const expire = await lifecycle(
      org,
      "expire-password",
      `${dir.path}/expire.journal`,
      `${expired}\n`,
      ["--temp-password-file", `${dir.path}/temp.csv`, "--format", "ndjson"],
    );
    assert.equal(expire.code, 0, expire.stderr);
    const [row] = ndjsonRows(expire.stdout);
    assert.equal(row.action, "password-expired");
    assert.match(String(row.errorSummary), /never received this temporary password/);
    assert.equal(events(org.emulator, "user.account.expire_password").length, expirations);

    // reset-factors: no factors left means it went through; factors left means it did not.
    await journalWith(`${dir.path}/reset.journal`, [factorless, enrolled]);
    const reset = await lifecycle(
      org,
      "reset-factors",
      `${dir.path}/reset.journal`,
      `${factorless}\n${enrolled}\n`,
      ["--format", "ndjson"],
    );
    assert.equal(reset.code, 0, reset.stderr);
    assert.ok(ndjsonRows(reset.stdout).every((x) => x.action === "factors-reset"));
    const resets = events(org.emulator, "user.mfa.factor.reset_all");
    assert.equal(resets.length, 1, "only the user with factors left is reset again");
    assert.equal(
      (resets[0] as { target: { id: string }[] }).target[0].id,
      enrolled,
    );
  } finally {
    await dir.remove();
    await org.close();
  }
});
