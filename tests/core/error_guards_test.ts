// The error guards recognise oktakit's errors from another copy of the module, where
// `instanceof` cannot.
import assert from "node:assert/strict";
import { cpSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import * as oktakit from "../../mod.ts";
import { createEmulator } from "../../emulator.ts";

// A second copy of oktakit, as a script gets when two dependencies bring their own: the files
// copied to another folder are new module instances with classes of their own.
const ROOT = fileURLToPath(new URL("../../", import.meta.url));
const COPY_DIR = await Deno.makeTempDir({ prefix: "oktakit-copy-" });
cpSync(join(ROOT, "src"), join(COPY_DIR, "src"), { recursive: true });
cpSync(join(ROOT, "mod.ts"), join(COPY_DIR, "mod.ts"));
const copy: typeof oktakit = await import(pathToFileURL(join(COPY_DIR, "mod.ts")).href);
// Kept until the process ends: the copy may still load modules lazily.
globalThis.addEventListener("unload", () => Deno.removeSync(COPY_DIR, { recursive: true }));

Deno.test("isOktaApiError recognises an API error from a second copy; instanceof does not", async () => {
  assert.notEqual(copy.OktaApiError, oktakit.OktaApiError, "the copy should be a new instance");
  const emulator = createEmulator({ seed: "demo" });
  try {
    const okta = copy.createOkta({
      orgUrl: "http://127.0.0.1:1",
      apiToken: emulator.apiToken,
      fetch: emulator.fetch,
      env: {},
    });
    const error = await okta.users.get("nobody@example.com").then(
      () => assert.fail("expected a 404"),
      (e: unknown) => e,
    );
    assert.ok(!(error instanceof oktakit.OktaApiError));
    assert.ok(oktakit.isOktaApiError(error));
    assert.ok(oktakit.isOktaError(error));
    assert.equal(error.status, 404);
    assert.equal(error.errorCode, "E0000007");
    assert.ok(!oktakit.isOktaConfigError(error));
    assert.ok(!oktakit.isOktaNetworkError(error));
  } finally {
    await emulator.close();
  }
});

Deno.test("each guard accepts its own class from either copy and refuses the others", () => {
  const config = () => copy.createOkta({ env: {} });
  const error = (() => {
    try {
      config();
    } catch (e) {
      return e;
    }
  })();
  assert.ok(oktakit.isOktaConfigError(error));
  assert.ok(oktakit.isOktaError(error));
  assert.ok(!oktakit.isOktaApiError(error));
  const origin = new oktakit.OktaOriginError("https://evil.example/x", "https://acme.okta.com");
  assert.ok(oktakit.isOktaOriginError(origin) && oktakit.isOktaError(origin));
  const auth = new copy.OktaAuthError({ error: "invalid_client" });
  assert.ok(oktakit.isOktaAuthError(auth) && oktakit.isOktaError(auth));
  assert.ok(!oktakit.isOktaTimeoutError(auth));
  // Look-alikes that are not errors, or not oktakit's, are refused.
  assert.ok(!oktakit.isOktaError({ name: "OktaApiError" }));
  assert.ok(!oktakit.isOktaError(new Error("plain")));
  assert.ok(!oktakit.isOktaApiError(null));
});
