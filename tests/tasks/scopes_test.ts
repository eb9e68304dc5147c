// Declared scopes cover every operation a task calls, and nothing more:
// 1. statically: every route string in a task's source (and the framework modules it imports)
//    is an operation of the generated table, one of its scopes is declared, and every declared
//    scope is needed by some route;
// 2. at run time: each task, run against the emulator with a Bearer token holding exactly its
//    declared scopes (the emulator checks scopes per operation), succeeds, and calls only routes
//    found by the static scan.
import assert from "node:assert/strict";
import { OPERATIONS } from "../../src/core/operation_table.ts";
import { TASK_MODULES } from "../../tasks/_framework/registry.ts";
import type { TaskDefinition } from "../../tasks/_framework/mod.ts";
import { openOrg, run, tempDir } from "./_helpers.ts";

const ROOT = new URL("../../", import.meta.url);
const ROUTE_REGEXP = /"(GET|POST|PUT|PATCH|DELETE) (\/[^"\s]*)"/g;

function key(route: string): string {
  return route.replace(/\{[^}]+\}/g, "{}");
}

const BY_ROUTE = new Map(OPERATIONS.map((op) => [key(`${op.method} ${op.path}`), op]));

/** Route strings in a module and the local modules it imports (transitively). */
async function routesOf(file: URL, seen = new Set<string>()): Promise<Set<string>> {
  const routes = new Set<string>();
  if (seen.has(file.href)) return routes;
  seen.add(file.href);
  // Comments (doc examples) do not count.
  const source = (await Deno.readTextFile(file))
    .replace(/\/\*[\s\S]*?\*\//g, "")
    .replace(/^\s*\/\/.*$/gm, "");
  for (const m of source.matchAll(ROUTE_REGEXP)) routes.add(`${m[1]} ${m[2]}`);
  for (const m of source.matchAll(/^(?:import|export)[^;]*?from "(\.\.?\/[^"]+\.ts)"/gm)) {
    const dep = new URL(m[1], file);
    if (!dep.pathname.includes("/tasks/")) continue;
    for (const r of await routesOf(dep, seen)) routes.add(r);
  }
  return routes;
}

async function load(file: string): Promise<TaskDefinition> {
  return (await import(new URL(file, ROOT).href)).task;
}

for (const [name, file] of Object.entries(TASK_MODULES)) {
  Deno.test(`${name}: declared scopes cover every operation it can call, and no more`, async () => {
    const task = await load(file);
    const source = await Deno.readTextFile(new URL(file, ROOT));
    // Every Management API call goes through route strings (no raw client, no fetch), so the
    // scan is complete. (login/logout fetch /oauth2/v1 through src/auth, which needs no scope.)
    if (task.needsClient !== false) assert.doesNotMatch(source, /\.raw\b|\bfetch\(/);
    const routes = await routesOf(new URL(file, ROOT));
    // login/logout talk to /oauth2/v1 only (through src/auth) and need no Okta scope.
    assert.ok(task.needsClient === false ? task.scopes.length === 0 : routes.size > 0);
    const needed = new Set<string>();
    for (const route of routes) {
      const op = BY_ROUTE.get(key(route));
      assert.ok(op, `${route} is not an operation of the Management API table`);
      if (op.scopes.length === 0) continue;
      const granted = op.scopes.filter((s) => task.scopes.includes(s));
      assert.ok(granted.length > 0, `${route} needs one of ${op.scopes} (task has ${task.scopes})`);
      granted.forEach((s) => needed.add(s));
    }
    for (const scope of task.scopes) {
      assert.ok(needed.has(scope), `${scope} is declared but no route of ${name} needs it`);
    }
  });
}

/** Argument lists that make each task call its routes (destructive ones with --yes). */
const SCENARIOS: Record<string, (dir: string) => string[]> = {
  "users-export": () => ["--search", 'status eq "ACTIVE"', "--format", "ndjson"],
  "users-import": (dir) => ["--file", `${dir}/people.csv`, "--journal", `${dir}/j`, "--yes"],
  "users-deactivate-stale": () => ["--days", "2", "--yes"],
  "users-lifecycle": (dir) => [
    "--action",
    "suspend",
    "--search",
    'status eq "ACTIVE" and profile.department eq "Sales"',
    "--journal",
    `${dir}/lifecycle.journal`,
    "--yes",
  ],
  "groups-sync": (dir) => ["--group", "Engineering", "--file", `${dir}/members.txt`, "--yes"],
  "groups-export": () => ["--name", "Sales", "--format", "ndjson"],
  "apps-assignments-report": () => ["--format", "json"],
  "admins-report": () => ["--format", "json"],
  "logs-tail": () => ["--since", "30d", "--until", "1m", "--format", "ndjson"],
  "user-offboard": () => ["--user", "chloe.chen@example.com", "--yes"],
  "config-backup": (dir) => ["--dir", `${dir}/backup`],
  "config-diff": (dir) => ["--dir", `${dir}/backup`],
  "config-apply": (dir) => ["--dir", `${dir}/backup`, "--journal", `${dir}/apply.journal`, "--yes"],
};

// Every task that calls the Management API (login/logout only call /oauth2/v1).
const API_TASKS = Object.entries(SCENARIOS);
assert.deepEqual(
  API_TASKS.map(([n]) => n).sort(),
  Object.keys(TASK_MODULES).filter((n) => !["login", "logout"].includes(n)).sort(),
);

for (const [name] of API_TASKS) {
  const file = TASK_MODULES[name];
  Deno.test(`${name} succeeds with a token holding exactly its declared scopes`, async () => {
    const task = await load(file);
    const org = await openOrg({ scopes: task.scopes });
    const dir = await tempDir();
    try {
      await Deno.writeTextFile(
        `${dir.path}/people.csv`,
        "login,email,firstName,lastName,groups\n" +
          "s1@scope.example,s1@scope.example,S,One,Sales\n" +
          `${"ava.nguyen@example.com"},ava.nguyen@example.com,Ava,Nguyen,\n`,
      );
      await Deno.writeTextFile(`${dir.path}/members.txt`, "admin@example.com\n");
      await Deno.mkdir(`${dir.path}/backup`);
      await Deno.writeTextFile(`${dir.path}/backup/group-rules.json`, "[]\n");
      const r = await run(task, SCENARIOS[name](dir.path), org.okta);
      assert.equal(r.code, 0, r.stderr + r.stdout.slice(0, 2000));
      const routes = await routesOf(new URL(file, ROOT));
      for (const route of r.routes) assert.ok(routes.has(route), `${route} not found statically`);
      assert.ok(r.routes.length > 0);
    } finally {
      await dir.remove();
      await org.close();
    }
  });
}
