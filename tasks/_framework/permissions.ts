/**
 * The Deno sandbox flags of each task, derived from its definition. `deno.json` carries the
 * same flags in each task entry; a test checks the two agree.
 *
 * @module
 */
import type { TaskDefinition } from "./types.ts";

/**
 * Hosts every task may connect to: Okta's cloud domains (wildcards cover the org subdomains)
 * and loopback for a local emulator (`deno task emulator`). The in-process `--emulator` needs
 * no network at all. Add a custom Okta domain here and in `deno.json` (see tasks/README.md).
 */
export const OKTA_NET_HOSTS: readonly string[] = [
  "*.okta.com",
  "*.oktapreview.com",
  "*.okta-emea.com",
  "*.okta-gov.com",
  "127.0.0.1",
];

/** Environment variables tasks may read. */
export const OKTA_ENV: readonly string[] = ["OKTA_*"];

/** The `deno run` permission flags for a task, in a fixed order. */
export function denoFlags(task: Pick<TaskDefinition, "permissions">): string[] {
  const flags = [`--allow-net=${OKTA_NET_HOSTS.join(",")}`, `--allow-env=${OKTA_ENV.join(",")}`];
  const { read, write } = task.permissions;
  if (read?.length) flags.push(`--allow-read=${read.join(",")}`);
  if (write?.length) flags.push(`--allow-write=${write.join(",")}`);
  return flags;
}

/** The full `deno task` command for a task whose module is `file` (relative to the project root). */
export function denoTaskCommand(
  task: Pick<TaskDefinition, "permissions" | "commandArgs">,
  file: string,
): string {
  return ["deno", "run", ...denoFlags(task), file, ...(task.commandArgs ?? [])].join(" ");
}
