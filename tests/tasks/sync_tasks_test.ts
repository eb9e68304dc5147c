// `deno task tasks:sync` writes deno.json's task entries and the tasks tables of README.md and
// tasks/README.md from the registry and the task definitions; `--check` (CI) fails on drift.
// These tests check the committed files are what it writes, that what it writes shows every
// registered task (and nothing else) with its declared description, scopes and permissions, and
// that a stale table or entry is caught, naming the file.
import assert from "node:assert/strict";
import { TASK_MODULES } from "../../tasks/_framework/registry.ts";
import { denoFlags } from "../../tasks/_framework/permissions.ts";
import type { TaskDefinition } from "../../tasks/_framework/types.ts";
import {
  BEGIN_MARKER,
  END_MARKER,
  loadTasks,
  markdownTable,
  type RegisteredTask,
  staleMessage,
  sync,
  SYNCED_FILES,
  TABLE_FILES,
  tasksTable,
  withTasksTable,
} from "../../tools/sync_tasks.ts";

import { runDeno, type RunResult } from "../docs/_run.ts";

const ROOT = new URL("../../", import.meta.url);
const TASKS = await loadTasks(ROOT);

function deno(args: string[], stdin?: string): Promise<RunResult> {
  return runDeno(args, {}, ROOT.pathname, stdin);
}

/** The rows (cells trimmed, `\|` kept) of the one table between the markers of `markdown`. */
function generatedRows(markdown: string): { header: string[]; rows: string[][] } {
  const lines = markdown.split("\n");
  const begin = lines.indexOf(BEGIN_MARKER);
  const end = lines.indexOf(END_MARKER);
  assert.ok(begin !== -1 && end > begin, "markers present, in order");
  const table = lines.slice(begin + 1, end).filter((l) => l !== "");
  assert.ok(table.every((l) => l.startsWith("| ") && l.endsWith(" |")), "only the table");
  const cells = (line: string) => line.slice(2, -2).split(/ (?<!\\)\| /).map((c) => c.trim());
  return { header: cells(table[0]), rows: table.slice(2).map(cells) };
}

/** The `code` spans of a cell. */
function spans(cell: string): string[] {
  return [...cell.matchAll(/`([^`]+)`/g)].map((m) => m[1]);
}

/** A copy of the synced files in a temporary project folder. */
async function copyProject(): Promise<URL> {
  const dir = new URL(`file://${await Deno.makeTempDir({ prefix: "oktakit-sync-" })}/`);
  await Deno.mkdir(new URL("tasks/", dir));
  for (const file of SYNCED_FILES) {
    await Deno.copyFile(new URL(file, ROOT), new URL(file, dir));
  }
  return dir;
}

async function read(dir: URL, file: string): Promise<string> {
  return await Deno.readTextFile(new URL(file, dir));
}

Deno.test("tasks:sync --check passes: deno.json and both tasks tables are what it writes", async () => {
  const { code, stdout, stderr } = await deno(["task", "tasks:sync", "--check"]);
  assert.equal(code, 0, stderr);
  assert.match(stdout, /up to date/);
  assert.deepEqual(await sync(ROOT, { check: true, tasks: TASKS }), []);
});

Deno.test("tasks:sync covers every registered task, in registry order", () => {
  assert.deepEqual(TASKS.map((t) => t.name), Object.keys(TASK_MODULES));
  for (const { name, file, task } of TASKS) {
    assert.equal(task.name, name, `${file} defines ${task.name}, registered as ${name}`);
  }
  assert.deepEqual([...TABLE_FILES].sort(), ["README.md", "tasks/README.md"]);
});

for (const file of TABLE_FILES) {
  Deno.test(`${file}: the tasks table has one row per task with its description and scopes`, async () => {
    const markdown = await read(ROOT, file);
    const { header, rows } = generatedRows(markdown);
    const column = (name: string) => {
      const i = header.indexOf(name);
      assert.notEqual(i, -1, `${file}: no "${name}" column`);
      return i;
    };
    // Every registered task has exactly one row, and there are no others.
    assert.deepEqual(rows.map((r) => spans(r[column("task")])[0]), Object.keys(TASK_MODULES));
    for (const { name, task } of TASKS) {
      const row = rows.find((r) => r[0] === `\`${name}\``)!;
      assert.equal(row[column("what it does")], task.description, `${name}: description`);
      // Exactly the declared scopes; a task that declares none shows "none".
      const scopes = row[column("Okta scopes")];
      assert.deepEqual(
        spans(scopes).filter((s) => s.startsWith("okta.")),
        [...task.scopes],
        `${name}: scopes`,
      );
      if (task.scopes.length === 0) assert.match(scopes, /^none\b/, `${name}: no scopes`);
      if (file === "README.md") {
        const permissions = row[column("Deno permissions (besides net and `OKTA_*`)")];
        assert.deepEqual(spans(permissions), denoFlags(task).slice(2), `${name}: permissions`);
      } else {
        assert.equal(row[column("changes the org")], task.destructive ? "yes" : "no", name);
      }
    }
    // The rows come from the generator, not from a hand edit that happens to agree.
    assert.ok(markdown.includes(`${BEGIN_MARKER}\n\n${tasksTable(file, TASKS)}\n\n${END_MARKER}`));
  });
}

Deno.test("tasks:sync --check catches a stale table or entry, names the file, and rewrites it", async () => {
  const dir = await copyProject();
  try {
    const originals = new Map<string, string>();
    for (const file of SYNCED_FILES) originals.set(file, await read(dir, file));

    // A row removed from README.md, a scope dropped in tasks/README.md, an entry edited in deno.json.
    const readme = originals.get("README.md")!;
    const exportRow = readme.split("\n").find((l) => l.startsWith("| `users-export` "))!;
    await Deno.writeTextFile(new URL("README.md", dir), readme.replace(`${exportRow}\n`, ""));
    const tasksReadme = originals.get("tasks/README.md")!;
    await Deno.writeTextFile(
      new URL("tasks/README.md", dir),
      tasksReadme.replace(" `okta.schemas.read`", ""),
    );
    const config = JSON.parse(originals.get("deno.json")!);
    config.tasks["users-export"].description = "hand-edited";
    await Deno.writeTextFile(new URL("deno.json", dir), JSON.stringify(config, null, 2) + "\n");

    const edited = new Map<string, string>();
    for (const file of SYNCED_FILES) edited.set(file, await read(dir, file));
    assert.deepEqual(await sync(dir, { check: true, tasks: TASKS }), [...SYNCED_FILES]);
    for (const file of SYNCED_FILES) {
      assert.equal(await read(dir, file), edited.get(file), `--check wrote ${file}`);
      assert.ok(staleMessage(file).startsWith(file), staleMessage(file));
      assert.match(staleMessage(file), /run deno task tasks:sync$/);
    }

    // Without --check the files are rewritten back to what is committed.
    assert.deepEqual(await sync(dir, { check: false, tasks: TASKS }), [...SYNCED_FILES]);
    for (const file of SYNCED_FILES) {
      assert.equal(await read(dir, file), originals.get(file), `${file} rewritten`);
    }
    assert.deepEqual(await sync(dir, { check: true, tasks: TASKS }), []);
  } finally {
    await Deno.remove(dir, { recursive: true });
  }
});

Deno.test("tasks:sync: a new task's rows appear once it is registered", () => {
  const extra: RegisteredTask = {
    name: "users-frobnicate",
    file: "tasks/users_frobnicate.ts",
    task: {
      ...TASKS[0].task,
      name: "users-frobnicate",
      description: "Frobnicate users",
      scopes: ["okta.users.manage"],
      destructive: true,
      permissions: { read: ["in"] },
    } as TaskDefinition,
  };
  for (const file of TABLE_FILES) {
    const markdown = withTasksTable(file, `# x\n\n${BEGIN_MARKER}\n${END_MARKER}\n`, [
      ...TASKS,
      extra,
    ]);
    const { rows } = generatedRows(markdown);
    assert.equal(rows.length, TASKS.length + 1);
    const row = rows.at(-1)!;
    assert.deepEqual(row.slice(0, 2), ["`users-frobnicate`", "Frobnicate users"]);
    assert.ok(row.includes("`okta.users.manage`"), file);
    assert.ok(row.includes(file === "README.md" ? "`--allow-read=in`" : "yes"), file);
  }
});

Deno.test("tasks:sync refuses a file without its markers, naming it", () => {
  for (const text of ["# no markers\n", `${END_MARKER}\n${BEGIN_MARKER}\n`]) {
    assert.throws(
      () => withTasksTable("tasks/README.md", text, TASKS),
      /^Error: tasks\/README\.md: the tasks table needs one/,
    );
  }
});

Deno.test("tasks:sync writes tables deno fmt leaves as they are", async () => {
  const tables = [
    ...TABLE_FILES.map((file) => tasksTable(file, TASKS)),
    markdownTable(["a", "b"], [["x", "a | b … c"], ["", "`code`"]]),
  ];
  const markdown = `# Tables\n\n${tables.join("\n\n")}\n`;
  const { code, stdout, stderr } = await deno(["fmt", "--ext=md", "-"], markdown);
  assert.equal(code, 0, stderr);
  assert.equal(stdout, markdown);
});
