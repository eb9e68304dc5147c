/**
 * `okta shell`: a Deno REPL with a configured `okta` client and the `scim` tag in scope, the
 * analog of `Import-Module Okta.PowerShell` followed by typing commands.
 *
 * @module
 */

/** The REPL's start-up module: the client from `OKTA_*` (or an emulator with `--emulator`). */
export const SHELL_INIT: URL = new URL("./shell_init.ts", import.meta.url);

/** Starts `deno repl` with the client in scope; returns its exit code. */
export async function startShell(
  args: readonly string[],
  stderr: (text: string) => void,
): Promise<number> {
  const emulator = args.includes("--emulator");
  // The REPL imports oktakit from where this file is: a folder to read, or a host to import from.
  const root = new URL("../", SHELL_INIT);
  const command = [
    "repl",
    "--allow-net",
    "--allow-env=OKTA_*",
    root.protocol === "file:"
      ? `--allow-read=${decodeURIComponent(root.pathname)}`
      : `--allow-import=${root.host}`,
    `--eval=await (await import(${
      JSON.stringify(SHELL_INIT.href)
    })).start({ emulator: ${emulator} })`,
  ];
  try {
    const child = new Deno.Command(Deno.execPath(), {
      args: command,
      stdin: "inherit",
      stdout: "inherit",
      stderr: "inherit",
    }).spawn();
    return (await child.status).code;
  } catch (error) {
    if (error instanceof Deno.errors.NotCapable || error instanceof Deno.errors.PermissionDenied) {
      stderr(
        "okta shell starts a Deno REPL, which this install may not do (it has no --allow-run).\n" +
          `Start it yourself: deno ${
            command.map((a) => a.includes(" ") ? `'${a}'` : a).join(" ")
          }\n`,
      );
      return 2;
    }
    throw error;
  }
}
