// `deno task` lists every task with its description, and `--help` documents arguments, scopes
// and permissions (generated from the definitions).
import assert from "node:assert/strict";
import { TASK_MODULES } from "../../tasks/_framework/registry.ts";
import { denoFlags } from "../../tasks/_framework/permissions.ts";
import { kebab } from "../../tasks/_framework/args.ts";
import type { TaskDefinition } from "../../tasks/_framework/mod.ts";
import { noRequestClient, run } from "./_helpers.ts";

const ROOT = new URL("../../", import.meta.url);

async function deno(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  const out = await new Deno.Command(Deno.execPath(), {
    args,
    cwd: ROOT.pathname,
    env: { NO_COLOR: "1", DENO_NO_UPDATE_CHECK: "1" },
    stdout: "piped",
    stderr: "piped",
  }).output();
  const d = new TextDecoder();
  return { code: out.code, stdout: d.decode(out.stdout), stderr: d.decode(out.stderr) };
}

Deno.test("`deno task` lists every task with its description", async () => {
  const { stdout, stderr } = await deno(["task"]);
  const listing = stdout + stderr;
  for (const [name, file] of Object.entries(TASK_MODULES)) {
    const task: TaskDefinition = (await import(new URL(file, ROOT).href)).task;
    assert.equal(task.name, name);
    assert.ok(listing.includes(`- ${name}`), `${name} missing from the listing`);
    assert.ok(listing.includes(task.description), `${name}'s description missing`);
  }
});

Deno.test("`deno task users-export --help` runs under the task's flags and documents it", async () => {
  const { code, stdout, stderr } = await deno(["task", "users-export", "--help"]);
  assert.equal(code, 0, stderr);
  assert.match(stdout, /^users-export: /);
  assert.match(stdout, /--search EXPR/);
  assert.match(stdout, /okta\.users\.read/);
  assert.match(stdout, /--allow-env=OKTA_\*/);
});

Deno.test("`deno task users-export --emulator` works end to end through deno.json", async () => {
  const { code, stdout, stderr } = await deno([
    "task",
    "users-export",
    "--emulator",
    "--format",
    "ndjson",
    "--columns",
    "profile.login",
  ]);
  assert.equal(code, 0, stderr);
  const logins = stdout.trim().split("\n").map((l) => JSON.parse(l)["profile.login"]);
  assert.ok(logins.includes("admin@example.com"));
});

for (const [name, file] of Object.entries(TASK_MODULES)) {
  Deno.test(`${name} --help documents every argument, its scopes and its permissions`, async () => {
    const task: TaskDefinition = (await import(new URL(file, ROOT).href)).task;
    const r = await run(task, ["--help"], noRequestClient("no request for --help"));
    assert.equal(r.code, 0);
    const help = r.stdout;
    assert.ok(help.startsWith(`${name}: ${task.description}`));
    for (const [arg, spec] of Object.entries(task.args)) {
      assert.ok(help.includes(`--${kebab(arg)}`), `--${kebab(arg)} undocumented`);
      assert.ok(help.includes(spec.description), `description of --${kebab(arg)} missing`);
    }
    for (const scope of task.scopes) assert.ok(help.includes(scope), `${scope} missing`);
    for (const flag of denoFlags(task)) assert.ok(help.includes(flag), `${flag} missing`);
    for (
      const common of ["--format", "--out", "--dry-run", "--yes", "--concurrency", "--emulator"]
    ) {
      assert.ok(help.includes(common), `${common} missing`);
    }
    assert.match(help, task.destructive ? /Dry run unless --yes/ : /does not change the org/);
    assert.match(help, /Exit codes: 0 ok, 1 failed, 2 usage error, 3 partly failed/);
  });
}
