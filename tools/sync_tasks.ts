/**
 * Writes everything that lists the tasks from their definitions and
 * tasks/_framework/registry.ts, so a new task is its file plus a registry line:
 *
 * - each task's `deno.json` entry (description and sandboxed command), and the `okta` command
 *   line's entry, with the same network and environment sandbox;
 * - the tasks table of README.md and of tasks/README.md, between the `<!-- tasks:begin … -->`
 *   and `<!-- tasks:end -->` marker lines, padded as `deno fmt` pads it.
 *
 * `--check` fails, changing nothing, when one of these files is out of date, and names it.
 *
 * ```sh
 * deno task tasks:sync          # rewrite the task entries and tables
 * deno task tasks:sync --check  # CI: fail when they drifted
 * ```
 *
 * @module
 */
import { TASK_MODULES } from "../tasks/_framework/registry.ts";
import { denoFlags, denoTaskCommand } from "../tasks/_framework/permissions.ts";
import type { TaskDefinition } from "../tasks/_framework/types.ts";

/** One registered task: its name, its module (relative to the project root) and definition. */
export interface RegisteredTask {
  /** The registry's name for it (also its `deno task` name). */
  name: string;
  /** Its module, relative to the project root. */
  file: string;
  /** Its definition. */
  task: TaskDefinition;
}

/** The line that opens a generated tasks table. */
export const BEGIN_MARKER =
  "<!-- tasks:begin: generated from the task definitions by deno task tasks:sync; do not edit -->";
/** The line that closes a generated tasks table. */
export const END_MARKER = "<!-- tasks:end -->";

/** The files `tasks:sync` writes, relative to the project root. */
export const SYNCED_FILES = ["deno.json", "README.md", "tasks/README.md"] as const;

/** Every registered task, in registry order, with its definition imported from `root`. */
export async function loadTasks(root: URL = new URL("../", import.meta.url)): Promise<
  RegisteredTask[]
> {
  const tasks: RegisteredTask[] = [];
  for (const [name, file] of Object.entries(TASK_MODULES)) {
    const { task } = await import(new URL(file, root).href);
    tasks.push({ name, file, task });
  }
  return tasks;
}

/** deno.json's text with every task entry (and the `okta` entry) written from the definitions. */
export function denoConfig(text: string, tasks: readonly RegisteredTask[]): string {
  const config = JSON.parse(text);
  for (const { name, file, task } of tasks) {
    config.tasks[name] = { description: task.description, command: denoTaskCommand(task, file) };
  }
  // The command line reads no files and writes none unless the user grants them (Deno asks).
  config.tasks.okta = {
    description:
      "The Okta Management API from the shell: okta <namespace…> <method> (see okta --help)",
    command: denoTaskCommand({ permissions: {} }, "cli/main.ts"),
  };
  return JSON.stringify(config, null, 2) + "\n";
}

const code = (text: string) => `\`${text}\``;

/** What the scopes cell says: the declared scopes, or "none" (and what `--scopes` does). */
function scopesCell(task: TaskDefinition): string {
  if (task.scopes.length > 0) return task.scopes.map(code).join(" ");
  const arg = (task.args as Record<string, { description: string } | undefined>).scopes;
  return arg ? `none; ${code("--scopes")}: ${arg.description}` : "none";
}

/** The columns of the tasks table in each document, as header → cell of one task. */
const TABLES: Record<string, [string, (t: RegisteredTask) => string][]> = {
  "README.md": [
    ["task", (t) => code(t.name)],
    ["what it does", (t) => t.task.description],
    ["Okta scopes", (t) => scopesCell(t.task)],
    [
      "Deno permissions (besides net and `OKTA_*`)",
      (t) => denoFlags(t.task).slice(2).map(code).join(" ") || "none",
    ],
  ],
  "tasks/README.md": [
    ["task", (t) => code(t.name)],
    ["what it does", (t) => t.task.description],
    ["changes the org", (t) => t.task.destructive ? "yes" : "no"],
    ["Okta scopes", (t) => scopesCell(t.task)],
  ],
};

/** The files with a generated tasks table, relative to the project root. */
export const TABLE_FILES: readonly string[] = Object.keys(TABLES);

/** A markdown table padded the way `deno fmt` pads it (widths in code points: no wide characters). */
export function markdownTable(header: readonly string[], rows: readonly string[][]): string {
  const escape = (cell: string) => cell.replaceAll("|", "\\|");
  const all = [header, ...rows].map((row) => row.map(escape));
  const widths = header.map((_, i) => Math.max(1, ...all.map((row) => [...row[i]].length)));
  const line = (row: readonly string[]) =>
    `| ${row.map((cell, i) => cell + " ".repeat(widths[i] - [...cell].length)).join(" | ")} |`;
  return [line(all[0]), line(widths.map((w) => "-".repeat(w))), ...all.slice(1).map(line)]
    .join("\n");
}

/** The generated tasks table of `file` (README.md or tasks/README.md). */
export function tasksTable(file: string, tasks: readonly RegisteredTask[]): string {
  const columns = TABLES[file];
  if (!columns) throw new Error(`${file} has no tasks table`);
  return markdownTable(
    columns.map(([header]) => header),
    tasks.map((t) => columns.map(([, cell]) => cell(t))),
  );
}

/**
 * `text` (the markdown of `file`) with the lines between its marker lines replaced by the
 * generated table. Throws, naming the file, when the markers are missing or out of order.
 */
export function withTasksTable(
  file: string,
  text: string,
  tasks: readonly RegisteredTask[],
): string {
  const lines = text.split("\n");
  const begin = lines.indexOf(BEGIN_MARKER);
  const end = lines.indexOf(END_MARKER);
  if (begin === -1 || end < begin || lines.indexOf(BEGIN_MARKER, begin + 1) !== -1) {
    throw new Error(
      `${file}: the tasks table needs one "${BEGIN_MARKER}" line and, after it, one "${END_MARKER}" line`,
    );
  }
  return [...lines.slice(0, begin + 1), "", tasksTable(file, tasks), "", ...lines.slice(end)]
    .join("\n");
}

/** What one synced file holds and what it should hold. */
export interface SyncedFile {
  /** The file, relative to the project root. */
  file: string;
  /** Its text now. */
  current: string;
  /** Its text as generated from the definitions. */
  next: string;
}

/** Each synced file under `root`, read, with its generated text. */
export async function generate(
  root: URL,
  tasks: readonly RegisteredTask[],
): Promise<SyncedFile[]> {
  const out: SyncedFile[] = [];
  for (const file of SYNCED_FILES) {
    const current = await Deno.readTextFile(new URL(file, root));
    const next = file === "deno.json"
      ? denoConfig(current, tasks)
      : withTasksTable(file, current, tasks);
    out.push({ file, current, next });
  }
  return out;
}

/** Why a stale file is stale, for `--check`. */
export function staleMessage(file: string): string {
  return file === "deno.json"
    ? "deno.json's task entries differ from the task definitions: run deno task tasks:sync"
    : `${file}'s tasks table differs from the task definitions: run deno task tasks:sync`;
}

/**
 * Checks (`check: true`) or rewrites the synced files under `root`. Returns the stale files
 * (with `check`, nothing is written) or the rewritten ones.
 */
export async function sync(
  root: URL,
  { check, tasks }: { check: boolean; tasks?: readonly RegisteredTask[] },
): Promise<string[]> {
  const files = await generate(root, tasks ?? await loadTasks());
  const stale = files.filter((f) => f.next !== f.current);
  if (!check) {
    for (const { file, next } of stale) await Deno.writeTextFile(new URL(file, root), next);
  }
  return stale.map((f) => f.file);
}

if (import.meta.main) {
  const root = new URL("../", import.meta.url);
  const check = Deno.args.includes("--check");
  const count = Object.keys(TASK_MODULES).length;
  try {
    const stale = await sync(root, { check });
    if (check && stale.length > 0) {
      for (const file of stale) console.error(staleMessage(file));
      Deno.exit(1);
    }
    console.log(
      stale.length === 0
        ? `${SYNCED_FILES.join(", ")}: the ${count} tasks are up to date`
        : `wrote the ${count} tasks to ${stale.join(", ")}`,
    );
  } catch (error) {
    console.error(error instanceof Error ? error.message : String(error));
    Deno.exit(1);
  }
}
