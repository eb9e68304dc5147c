// Declared scopes cover every operation a task calls, and nothing more, checked on the requests
// each task actually sends: each task runs its scenarios against the emulator with a Bearer token
// holding exactly its declared scopes (the emulator checks scopes per operation and refuses a
// missing one with 403 E0000006), and the test records every request on the wire, matched to its
// operation in the generated table by method and path template. Then:
// (a) every scenario succeeds;
// (b) every recorded request is an operation of the table, and one of its scopes is declared;
// (c) every declared scope is needed by some recorded operation over the task's scenarios.
import assert from "node:assert/strict";
import { TASK_MODULES } from "../../tasks/_framework/registry.ts";
import type { TaskDefinition } from "../../tasks/_framework/mod.ts";
import { task as backup } from "../../tasks/config_backup.ts";
import { openOrg, post, run, seedConfiguration, tempDir } from "./_helpers.ts";

const ROOT = new URL("../../", import.meta.url);

async function load(file: string): Promise<TaskDefinition> {
  return (await import(new URL(file, ROOT).href)).task;
}

for (const [name, file] of Object.entries(TASK_MODULES)) {
  Deno.test(`${name}: every Management API call goes through the client (no raw fetch)`, async () => {
    const task = await load(file);
    const source = await Deno.readTextFile(new URL(file, ROOT));
    // login/logout fetch /oauth2/v1 through src/auth, which needs no Okta scope.
    if (task.needsClient !== false) assert.doesNotMatch(source, /\bfetch\(/);
    else assert.equal(task.scopes.length, 0);
  });
}

/**
 * Argument lists that make each task call its operations (destructive ones with --yes); a task
 * whose branches need different scopes has one scenario per branch. Each runs on a fresh org.
 */
const SCENARIOS: Record<string, ((dir: string) => string[])[]> = {
  "users-export": [() => ["--search", 'status eq "ACTIVE"', "--format", "ndjson"]],
  "users-import": [
    (dir) => ["--file", `${dir}/people.csv`, "--journal", `${dir}/j`, "--yes"],
    // An existing user updated and added to a group (okta.groups.manage).
    (dir) => [
      "--file",
      `${dir}/existing.csv`,
      "--existing",
      "update",
      "--journal",
      `${dir}/existing.journal`,
      "--yes",
    ],
  ],
  "users-deactivate-stale": [() => ["--days", "2", "--yes"]],
  "users-lifecycle": [(dir) => [
    "--action",
    "suspend",
    "--search",
    'status eq "ACTIVE" and profile.department eq "Sales"',
    "--journal",
    `${dir}/lifecycle.journal`,
    "--yes",
  ]],
  "groups-sync": [(dir) => ["--group", "Engineering", "--file", `${dir}/members.txt`, "--yes"]],
  "groups-export": [() => ["--name", "Sales", "--format", "ndjson"]],
  "apps-assignments-report": [() => ["--format", "json"]],
  "admins-report": [() => ["--format", "json"]],
  "logs-tail": [() => ["--since", "30d", "--until", "1m", "--format", "ndjson"]],
  "user-offboard": [() => ["--user", "chloe.chen@example.com", "--yes"]],
  "config-backup": [(dir) => ["--dir", `${dir}/backup`]],
  "config-diff": [(dir) => ["--dir", `${dir}/backup`], (dir) => ["--dir", `${dir}/full`]],
  "config-apply": [
    (dir) => ["--dir", `${dir}/backup`, "--journal", `${dir}/apply.journal`, "--yes"],
    // Every kind has an object this org lacks: one write of each kind (each manage scope).
    (dir) => ["--dir", `${dir}/full`, "--journal", `${dir}/full.journal`, "--yes"],
  ],
};

// Every task that calls the Management API (login/logout only call /oauth2/v1).
const API_TASKS = Object.entries(SCENARIOS);
assert.deepEqual(
  API_TASKS.map(([n]) => n).sort(),
  Object.keys(TASK_MODULES).filter((n) => !["login", "logout"].includes(n)).sort(),
);

/** Writes the scenarios' input files into `dir`. */
async function writeInputs(dir: string): Promise<void> {
  await Deno.writeTextFile(
    `${dir}/people.csv`,
    "login,email,firstName,lastName,groups\n" +
      "s1@scope.example,s1@scope.example,S,One,Sales\n" +
      `${"ava.nguyen@example.com"},ava.nguyen@example.com,Ava,Nguyen,\n`,
  );
  await Deno.writeTextFile(
    `${dir}/existing.csv`,
    "login,email,firstName,lastName,groups\nava.nguyen@example.com,ava.nguyen@example.com,Ava,Nguyen,Sales\n",
  );
  await Deno.writeTextFile(`${dir}/members.txt`, "admin@example.com\n");
  await Deno.mkdir(`${dir}/backup`);
  await Deno.writeTextFile(`${dir}/backup/group-rules.json`, "[]\n");
  await fullBackup(`${dir}/full`);
}

/** A config-backup of a demo org with one object of every kind the demo org lacks. */
async function fullBackup(dir: string): Promise<void> {
  const source = await openOrg();
  try {
    await seedConfiguration(source);
    await post(source, "/api/v1/groups", { profile: { name: "Scope testers" } });
    await post(source, "/api/v1/meta/types/user", {
      name: "scopeTester",
      displayName: "Scope tester",
      description: "A user type the demo org lacks",
    });
    await post(source, "/api/v1/inlineHooks", {
      name: "Token enricher",
      type: "com.okta.oauth2.tokens.transform",
      version: "1.0.0",
      channel: {
        type: "HTTP",
        version: "1.0.0",
        config: { uri: "https://hooks.example/tokens", method: "POST" },
      },
    });
    const r = await run(backup, ["--dir", dir], source.okta);
    assert.equal(r.code, 0, r.stderr);
  } finally {
    await source.close();
  }
}

for (const [name, scenarios] of API_TASKS) {
  const file = TASK_MODULES[name];
  Deno.test(`${name} succeeds with a token holding exactly its declared scopes, each one needed by a request it sent`, async () => {
    const task = await load(file);
    const needed = new Set<string>();
    for (const scenario of scenarios) {
      const org = await openOrg({ scopes: task.scopes });
      const dir = await tempDir();
      try {
        await writeInputs(dir.path);
        const argv = scenario(dir.path);
        const r = await run(task, argv, org.okta);
        assert.equal(r.code, 0, `${argv.join(" ")}: ${r.stderr}${r.stdout.slice(0, 2000)}`);
        assert.ok(org.requests.length > 0, `${argv.join(" ")} sent no request`);
        for (const request of org.requests) {
          const op = request.operation;
          assert.ok(op, `${request.method} ${request.path} is not an operation of the table`);
          if (op.scopes.length === 0) continue;
          const granted = op.scopes.filter((s) => task.scopes.includes(s));
          assert.ok(
            granted.length > 0,
            `${op.id} (${op.method} ${op.path}) needs one of ${op.scopes} (task has ${task.scopes})`,
          );
          granted.forEach((s) => needed.add(s));
        }
      } finally {
        await dir.remove();
        await org.close();
      }
    }
    for (const scope of task.scopes) {
      assert.ok(needed.has(scope), `${scope} is declared but no request of ${name} needed it`);
    }
  });
}
