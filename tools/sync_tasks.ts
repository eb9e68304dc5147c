/**
 * Writes each task's `deno.json` entry (description and sandboxed command) from its definition
 * and tasks/_framework/registry.ts, so a new task is its file plus a registry line; and the
 * `okta` command line's entry, with the same network and environment sandbox.
 * `--check` fails, changing nothing, when deno.json is out of date.
 *
 * ```sh
 * deno task tasks:sync          # rewrite the task entries
 * deno task tasks:sync --check  # CI: fail when they drifted
 * ```
 *
 * @module
 */
import { TASK_MODULES } from "../tasks/_framework/registry.ts";
import { denoTaskCommand } from "../tasks/_framework/permissions.ts";

const ROOT = new URL("../", import.meta.url);
const CONFIG = new URL("deno.json", ROOT);

const text = await Deno.readTextFile(CONFIG);
const config = JSON.parse(text);
for (const [name, file] of Object.entries(TASK_MODULES)) {
  const { task } = await import(new URL(file, ROOT).href);
  config.tasks[name] = { description: task.description, command: denoTaskCommand(task, file) };
}
// The command line reads no files and writes none unless the user grants them (Deno asks).
config.tasks.okta = {
  description:
    "The Okta Management API from the shell: okta <namespace…> <method> (see okta --help)",
  command: denoTaskCommand({ permissions: {} }, "cli/main.ts"),
};
const next = JSON.stringify(config, null, 2) + "\n";
if (next === text) {
  console.log(`deno.json: the ${Object.keys(TASK_MODULES).length} task entries are up to date`);
} else if (Deno.args.includes("--check")) {
  console.error(
    "deno.json's task entries differ from the task definitions: run deno task tasks:sync",
  );
  Deno.exit(1);
} else {
  await Deno.writeTextFile(CONFIG, next);
  console.log(`deno.json: wrote ${Object.keys(TASK_MODULES).length} task entries`);
}
