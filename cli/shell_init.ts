/**
 * Loaded by `okta shell` into a Deno REPL: `okta` (a configured client), `scim` and the error
 * classes become globals there. With `emulator`, the client talks to a throwaway in-process org.
 *
 * @module
 */
import { createOkta, OktaApiError, scim } from "../mod.ts";

/** Puts `okta`, `scim` and `OktaApiError` (and `emulator`, if asked) on `globalThis`. */
export async function start(options: { emulator?: boolean } = {}): Promise<void> {
  const globals = globalThis as Record<string, unknown>;
  if (options.emulator) {
    const { createEmulator } = await import("../emulator.ts");
    const emulator = createEmulator({ seed: "demo" });
    await emulator.ready;
    globals.emulator = emulator;
    globals.okta = createOkta({
      orgUrl: emulator.orgUrl,
      apiToken: emulator.apiToken,
      fetch: emulator.fetch,
    });
  } else {
    globals.okta = createOkta();
  }
  globals.scim = scim;
  globals.OktaApiError = OktaApiError;
  console.log("okta, scim and OktaApiError are ready: await okta.users.list().limit(5)");
}
