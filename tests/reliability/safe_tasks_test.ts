// Safe tasks: (1) a sweep over every registered task — without --yes (or with --dry-run) no
// task sends a single write to the org, and with --yes the destructive ones do (so the write
// detector is live); (2) users-import interrupted again and again at seeded points while the
// org injects faults that leave writes applied-but-unanswered, then rerun until it finishes:
// every row exactly once, nothing lost (user, create event, group membership).
import assert from "node:assert/strict";
import { TASK_MODULES } from "../../tasks/_framework/registry.ts";
import { readJournal } from "../../tasks/_framework/journal.ts";
import type { TaskDefinition } from "../../tasks/_framework/mod.ts";
import { task as usersImport } from "../../tasks/users_import.ts";
import { startEmulator } from "../../emulator.ts";
import {
  assertImportedOnce,
  assertJournalComplete,
  events,
  openOrg,
  run,
  tempDir,
  usersImportProcess,
  usersWithLogin,
} from "../tasks/_helpers.ts";
import { Rng } from "./_random.ts";

const ROOT = new URL("../../", import.meta.url);
// Tasks that only talk to the OAuth endpoints (device sign-in) are out of this sweep.
const OAUTH_ONLY = new Set(["login", "logout"]);
const WRITE_METHODS = new Set(["POST", "PUT", "PATCH", "DELETE"]);

Deno.test("safe tasks: no task writes without --yes or with --dry-run; destructive ones write with --yes", async () => {
  const dir = await tempDir();
  const checked: string[] = [];
  try {
    for (const [name, modulePath] of Object.entries(TASK_MODULES)) {
      if (OAUTH_ONLY.has(name)) continue;
      const { task } = await import(new URL(modulePath, ROOT).href) as {
        task: TaskDefinition<never>;
      };
      const writes: string[] = [];
      const org = await openOrg({
        wrapFetch: (fetch) => (request) => {
          const path = new URL(request.url).pathname;
          if (WRITE_METHODS.has(request.method) && path.startsWith("/api/")) {
            writes.push(`${request.method} ${path}`);
          }
          return fetch(request);
        },
      });
      try {
        const argv = await argsFor(name, org.emulator, dir.path);
        for (const extra of [[], ["--dry-run"], ["--dry-run", "--yes"]]) {
          writes.length = 0;
          const before = org.emulator.state.counts().logs;
          const r = await run(task, [...argv, ...extra, "--format", "ndjson"], org.okta);
          assert.ok(r.code === 0 || r.code === 3, `${name} ${extra.join(" ")}: ${r.stderr}`);
          assert.deepEqual(writes, [], `${name} ${extra.join(" ")} wrote`);
          assert.equal(org.emulator.state.counts().logs, before, `${name}: the System Log grew`);
          if (task.destructive) assert.match(r.stderr, /Dry run: nothing was changed/);
        }
        writes.length = 0;
        const applied = await run(task, [...argv, "--yes", "--format", "ndjson"], org.okta);
        if (task.destructive) {
          assert.ok(writes.length > 0, `${name} --yes wrote nothing: ${applied.stderr}`);
        } else {
          assert.deepEqual(writes, [], `${name} (not destructive) wrote`);
        }
        checked.push(`${name}${task.destructive ? " (destructive)" : ""}`);
      } finally {
        await org.close();
      }
    }
    console.log(`checked: ${checked.join(", ")}`);
    assert.ok(checked.filter((c) => c.includes("destructive")).length >= 4);
    assert.ok(checked.length >= 10);
  } finally {
    await dir.remove();
  }
});

/** Arguments that give each task real work in the demo org. */
async function argsFor(
  name: string,
  emulator: Awaited<ReturnType<typeof openOrg>>["emulator"],
  dir: string,
): Promise<string[]> {
  const state = emulator.state;
  const okta = state.groups().find((g) =>
    g.type === "OKTA_GROUP" && state.members(g.id).length > 0
  )!;
  const members = state.members(okta.id).map((u) => u.id);
  const active = state.users().filter((u) => u.status === "ACTIVE" && u.id !== state.adminId);
  switch (name) {
    case "users-import": {
      const file = `${dir}/import-${crypto.randomUUID()}.csv`;
      await Deno.writeTextFile(
        file,
        "login,email,firstName,lastName,groups\n" +
          "safe.a@ex.example,safe.a@ex.example,A,Safe,\nsafe.b@ex.example,safe.b@ex.example,B,Safe,\n",
      );
      return ["--file", file, "--journal", `${file}.journal`];
    }
    case "groups-sync": {
      const file = `${dir}/sync-${crypto.randomUUID()}.txt`;
      // One current member kept, one outsider added, the rest removed.
      const member = state.user(members[0])!;
      const outsider = active.find((u) => !members.includes(u.id))!;
      await Deno.writeTextFile(file, `${member.profile.login}\n${outsider.profile.login}\n`);
      return ["--group", String(okta.profile.name), "--file", file];
    }
    case "user-offboard":
      return ["--user", String(active[0].profile.login)];
    case "users-lifecycle": {
      const file = `${dir}/lifecycle-${crypto.randomUUID()}.txt`;
      await Deno.writeTextFile(file, `${active[0].profile.login}\n${active[1].profile.login}\n`);
      return ["--action", "suspend", "--file", file, "--journal", `${file}.journal`];
    }
    case "users-deactivate-stale":
      return [
        "--days",
        "1",
        "--include-never",
        "--as-of",
        new Date(Date.now() + 30 * 864e5).toISOString(),
      ];
    case "logs-tail":
      return [
        "--since",
        new Date(Date.now() - 864e5).toISOString(),
        "--until",
        new Date().toISOString(),
      ];
    case "config-diff": {
      const backup = `${dir}/backup-${crypto.randomUUID()}`;
      return ["--dir", backup];
    }
    case "config-backup":
      return ["--dir", `${dir}/backup-${crypto.randomUUID()}`];
    case "config-apply": {
      // A backup holding one zone the org lacks: --yes creates it.
      const backup = `${dir}/apply-${crypto.randomUUID()}`;
      await Deno.mkdir(backup);
      await Deno.writeTextFile(
        `${backup}/zones.json`,
        JSON.stringify([{
          name: "Safe-task zone",
          type: "IP",
          status: "ACTIVE",
          gateways: [{ type: "CIDR", value: "10.9.0.0/16" }],
        }]),
      );
      return ["--dir", backup, "--journal", `${backup}.journal`];
    }
    default:
      return [];
  }
}

Deno.test("users-import interrupted repeatedly under faults finishes on rerun: every row once, nothing lost", async () => {
  const N = 60;
  const lines = ["login,email,firstName,lastName,groups"];
  for (let i = 0; i < N; i++) {
    lines.push(`r${i}@resume.example,r${i}@resume.example,R,N${i},Engineering`);
  }
  for (const seed of [1, 2, 3]) {
    const rng = new Rng(seed);
    let controller = new AbortController();
    let abortAfter = rng.int(3, 15);
    let creates = 0;
    const org = await openOrg({
      // Truncated answers leave creates applied but unanswered; resets leave them unsent.
      faults: { seed, truncate: 0.08, reset: 0.05, unavailable: 0.05, paths: /^\/api\/v1\// },
      maxRetries: 2,
      wrapFetch: (fetch) => async (request) => {
        const response = await fetch(request);
        const isCreate = request.method === "POST" &&
          new URL(request.url).pathname === "/api/v1/users";
        if (isCreate && ++creates === abortAfter) controller.abort();
        return response;
      },
    });
    const dir = await tempDir();
    try {
      await Deno.writeTextFile(`${dir.path}/p.csv`, lines.join("\n") + "\n");
      const args = [
        "--file",
        `${dir.path}/p.csv`,
        "--journal",
        `${dir.path}/j`,
        "--yes",
        "--concurrency",
        String(rng.int(1, 6)),
        "--format",
        "ndjson",
      ];
      let runs = 0;
      let interrupted = 0;
      for (; runs < 12; runs++) {
        const createsBefore = creates;
        const r = await run(usersImport, args, org.okta, { signal: controller.signal });
        if (controller.signal.aborted) {
          interrupted++;
          assert.equal(r.code, 1, r.stderr);
          assert.match(r.stderr, /Rerun the same command to resume/);
          // Interrupt again at a later point until three interruptions happened.
          controller = new AbortController();
          abortAfter = interrupted < 3 ? creates + rng.int(2, 10) : Infinity;
          continue;
        }
        if (r.code === 0) break;
        if (r.code === 1) {
          // A fault on the one read before any write (the org's user schema) stops the run
          // before it sends anything; the rerun starts again.
          assert.match(r.stderr, /meta\/schemas\/user\/default failed/, r.stderr);
          assert.equal(creates, createsBefore, "nothing was sent");
          continue;
        }
        // Rows that met a fault are reported failed (exit 3); the rerun retries them.
        assert.equal(r.code, 3, r.stderr);
      }
      assert.ok(interrupted >= 1, `seed ${seed}: never interrupted`);
      assert.ok(runs < 12, `seed ${seed}: did not finish`);
      const faults = org.emulator.faults.log.length;
      assert.ok(faults > 0);
      for (let i = 0; i < N; i++) {
        const login = `r${i}@resume.example`;
        assert.equal(usersWithLogin(org.emulator, login).length, 1, `${login} (seed ${seed})`);
        assert.equal(events(org.emulator, "user.lifecycle.create", login).length, 1, login);
        const groups = org.emulator.state.groupsOf(login)
          .filter((g) => g.id !== org.emulator.state.everyoneId).map((g) => g.profile.name);
        assert.deepEqual(groups, ["Engineering"], `${login} lost its group (seed ${seed})`);
      }
      const journal = await readJournal(`${dir.path}/j`);
      assert.equal(journal.done.size, N);
      assert.equal(journal.pending.size, 0);
      console.log(
        `seed ${seed}: ${
          runs + 1
        } runs, ${interrupted} interruptions, ${faults} faults, ${N} rows once`,
      );
    } finally {
      await dir.remove();
      await org.close();
    }
  }
});

Deno.test("users-import SIGKILLed twice against a faulty served org, then rerun: every row once", async () => {
  const N = 120;
  // Served on 127.0.0.1 with real resets and truncated bodies, and slow answers so the run is
  // still going when it is killed.
  const emulator = await startEmulator({
    seed: "demo",
    rateLimits: false,
    faults: { seed: 5, truncate: 0.04, reset: 0.03, slow: 0.15, slowMs: 60, paths: /^\/api\/v1\// },
  });
  const dir = await tempDir();
  try {
    await Deno.mkdir(`${dir.path}/in`);
    const lines = ["login,email,firstName,lastName,groups"];
    for (let i = 0; i < N; i++) lines.push(`k${i}@kill2.example,k${i}@kill2.example,K,N${i},Sales`);
    await Deno.writeTextFile(`${dir.path}/in/people.csv`, lines.join("\n") + "\n");
    const journal = `${dir.path}/out/users-import-people.journal`;
    const command = () => usersImportProcess(dir.path, emulator.url, emulator.apiToken);
    const doneNow = () => readJournal(journal).then((s) => s.done.size, () => 0);
    const kills: number[] = [];
    for (const target of [15, 50]) {
      const child = command().spawn();
      for (let waited = 0; waited < 3000 && (await doneNow()) < target; waited++) {
        await new Promise((r) => setTimeout(r, 10));
      }
      child.kill("SIGKILL");
      const killed = await child.output();
      assert.equal(killed.signal, "SIGKILL");
      kills.push(await doneNow());
    }
    assert.ok(kills[1] < N, `the second kill came after the end: ${kills}`);
    let code = -1;
    let stderr = "";
    for (let i = 0; i < 4 && code !== 0; i++) {
      const rerun = await command().output();
      code = rerun.code;
      stderr = new TextDecoder().decode(rerun.stderr);
      assert.ok(code === 0 || code === 3, stderr);
    }
    assert.equal(code, 0, stderr);
    for (let i = 0; i < N; i++) assertImportedOnce(emulator, `k${i}@kill2.example`);
    await assertJournalComplete(journal, N);
    const kinds = new Set(emulator.faults.log.map((f) => f.kind));
    assert.ok(kinds.has("truncate") && kinds.has("reset"), [...kinds].join(","));
    console.log(`killed at ${kills.join(" and ")} rows done; ${emulator.faults.log.length} faults`);
  } finally {
    await emulator.close();
    await dir.remove();
  }
});
