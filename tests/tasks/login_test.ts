import assert from "node:assert/strict";
import { createEmulator } from "../../emulator.ts";
import { runTask } from "../../tasks/_framework/mod.ts";
import type { TaskEmulator } from "../../tasks/_framework/mod.ts";
import { task as login } from "../../tasks/login.ts";
import { task as logout } from "../../tasks/logout.ts";
import { tempDir } from "./_helpers.ts";

async function runWith(
  task: typeof login | typeof logout,
  argv: string[],
  emulator: TaskEmulator,
  env: Record<string, string> = {},
) {
  let stdout = "";
  let stderr = "";
  const outcome = await runTask(task as typeof login, argv, {
    emulator,
    env,
    terminal: false,
    stdout: {
      write: (t) => Promise.resolve(void (stdout += t)),
      close: () => Promise.resolve(),
    },
    stderr: (t) => void (stderr += t),
  });
  return { ...outcome, stdout, stderr };
}

Deno.test("login signs in with the device grant, caches 0600 tokens, reuses them; logout revokes", async () => {
  const emulator = createEmulator({ seed: "demo" });
  await emulator.ready;
  emulator.oauth.configure({ deviceInterval: 0.001 }); // poll at once; 0 would mean 5 s
  const dir = await tempDir();
  try {
    const cache = `${dir.path}/cfg/tokens.json`;
    const env = { OKTA_CLIENT_SCOPES: "okta.users.read okta.groups.read" };
    const te = emulator as unknown as TaskEmulator;
    const first = await runWith(login, ["--cache", cache, "--format", "json"], te, env);
    assert.equal(first.code, 0, first.stderr);
    const [row] = JSON.parse(first.stdout);
    assert.equal(row.fromCache, false);
    assert.ok(row.scopes.includes("okta.users.read") && row.scopes.includes("okta.groups.read"));
    assert.ok(row.scopes.includes("offline_access")); // so later runs renew without a prompt
    assert.equal((await Deno.stat(cache)).mode! & 0o777, 0o600);
    const cached = await Deno.readTextFile(cache);
    // No token leaves the cache file: not on stdout, not on stderr.
    for (const token of cached.match(/"[A-Za-z0-9._~+\/=-]{40,}"/g) ?? []) {
      assert.ok(!first.stdout.includes(token.slice(1, -1)));
      assert.ok(!first.stderr.includes(token.slice(1, -1)));
    }
    const issued = emulator.oauth.stats.tokensIssued;

    const second = await runWith(login, ["--cache", cache, "--format", "json"], te, env);
    assert.equal(second.code, 0, second.stderr);
    assert.equal(JSON.parse(second.stdout)[0].fromCache, true);
    assert.equal(emulator.oauth.stats.tokensIssued, issued);

    const out = await runWith(logout, ["--cache", cache, "--format", "json"], te);
    assert.equal(out.code, 0, out.stderr);
    assert.equal(JSON.parse(out.stdout)[0].revoked, 1);
    assert.ok(emulator.oauth.stats.revokeRequests >= 1);
    const again = await runWith(logout, ["--cache", cache, "--format", "json"], te);
    assert.equal(JSON.parse(again.stdout)[0].revoked, 0);
  } finally {
    await dir.remove();
    await emulator.close();
  }
});

Deno.test("login fails clearly without scopes (exit 2) and when the org refuses them (exit 1)", async () => {
  const emulator = createEmulator({ seed: "demo" });
  await emulator.ready;
  emulator.oauth.configure({ deviceInterval: 0.001 }); // poll at once; 0 would mean 5 s
  const dir = await tempDir();
  try {
    const te = emulator as unknown as TaskEmulator;
    const cache = `${dir.path}/tokens.json`;
    const none = await runWith(login, ["--cache", cache], te);
    assert.equal(none.code, 2);
    assert.match(none.stderr, /--scopes/);
    // A client registered without the asked scope: the org answers invalid_scope.
    emulator.oauth.registerClient({
      clientId: "0oanarrowclient00001",
      scopes: ["okta.users.read"],
      grantTypes: ["urn:ietf:params:oauth:grant-type:device_code"],
    });
    const refused = await runWith(login, [
      "--cache",
      cache,
      "--client-id",
      "0oanarrowclient00001",
      "--scopes",
      "okta.apps.manage",
    ], {
      ...te,
      oauth: { registerClient() {}, approveDevice: (c) => te.oauth.approveDevice(c) },
      orgUrl: te.orgUrl,
      fetch: te.fetch,
    });
    assert.equal(refused.code, 1);
    assert.match(refused.stderr, /invalid_scope|scope/i);
  } finally {
    await dir.remove();
    await emulator.close();
  }
});
