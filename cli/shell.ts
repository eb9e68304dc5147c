/**
 * `okta shell`: a Deno REPL with a configured `okta` client and the `scim` tag in scope, the
 * analog of `Import-Module Okta.PowerShell` followed by typing commands.
 *
 * @module
 */

/** The REPL's start-up file: the client from `OKTA_*` (or an emulator with `--emulator`). */
export const SHELL_INIT = new URL("./shell_init.ts", import.meta.url);

/** Starts `deno repl` with the client in scope; returns its exit code. */
export async function startShell(
  args: readonly string[],
  stderr: (text: string) => void,
): Promise<number> {
  const emulator = args.includes("--emulator");
  const command = [
    "repl",
    "--allow-net",
    "--allow-env=OKTA_*",
    `--eval-file=${SHELL_INIT.href}`,
    ...(emulator ? ["--", "--emulator"] : []),
  ];
  try {
    const child = new Deno.Command(Deno.execPath(), {
      args: command,
      stdin: "inherit",
      stdout: "inherit",
      stderr: "inherit",
    })
      .spawn();
    return (await child.status).code;
  } catch (error) {
    if (error instanceof Deno.errors.NotCapable || error instanceof Deno.errors.PermissionDenied) {
      stderr(
        `okta shell starts a Deno REPL, which this install may not run (it has no --allow-run).\n` +
          `Start it yourself: deno ${command.join(" ")}\n`,
      );
      return 2;
    }
    throw error;
  }
}
