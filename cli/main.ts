/**
 * The `okta` command line: every operation of the Okta Management API from the shell, by its
 * fluent words (`okta users get jane@example.com`), its operationId (`okta getUser --id …`) or
 * the PowerShell module's cmdlet name (`okta Get-OktaUser --id …`).
 *
 * Run it with `deno task okta …`, or install it as a command with least privilege (see the
 * README's "Command line" section). It reads the same `OKTA_*` settings as `createOkta()`.
 *
 * @example
 * ```sh
 * deno task okta users list --search 'profile.department eq "Sales"' --all --format csv
 * deno task okta --emulator groups list --format json
 * ```
 *
 * @module
 */
import { runCli } from "./run.ts";

if (import.meta.main) {
  const terminal = Deno.stdin.isTerminal() && Deno.stderr.isTerminal();
  Deno.exit(
    await runCli(Deno.args, {
      confirm: terminal ? (question) => Promise.resolve(confirm(question)) : undefined,
    }),
  );
}
