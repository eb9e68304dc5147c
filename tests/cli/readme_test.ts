// The README's command-line walk-through runs as written (bash, `deno task okta …`) against a
// served emulator, and does what its comments say.
import assert from "node:assert/strict";
import { dirname, join } from "node:path";
import { startEmulator } from "../../emulator.ts";
import { createOkta } from "../../mod.ts";
import { ROOT } from "../docs/_run.ts";

const README = await Deno.readTextFile(join(ROOT, "README.md"));
const section = README.slice(README.indexOf("## Command line\n"));
const BLOCK = /```sh\n([\s\S]*?)```/.exec(section)![1];

Deno.test("README: the command-line walk-through runs as written against a served emulator", async () => {
  assert.match(BLOCK, /^# Get a user/);
  const emulator = await startEmulator({ port: 0, seed: "demo", rateLimits: false });
  try {
    const out = await new Deno.Command("bash", {
      args: ["-c", `set -euo pipefail\n${BLOCK}`],
      cwd: ROOT,
      env: {
        PATH: `${dirname(Deno.execPath())}:${Deno.env.get("PATH")}`,
        OKTA_ORG_URL: emulator.url,
        OKTA_API_TOKEN: emulator.apiToken,
        NO_COLOR: "1",
      },
      stdout: "piped",
      stderr: "piped",
    }).output();
    const stdout = new TextDecoder().decode(out.stdout);
    const stderr = new TextDecoder().decode(out.stderr);
    assert.equal(out.code, 0, stderr.slice(-3000));
    assert.match(stdout, /"login": "ava\.nguyen@example\.com"/);
    assert.match(stdout, /^exit code 1$/m);
    assert.match(stderr, /errorCode: E0000007/);
    assert.match(stdout, /^okta users lifecycle: \d+ operations$/m);
    assert.match(stdout, /GET \/api\/v1\/users\/\{id\}/);
    assert.match(stderr, /groups users add: \d+ succeeded, 0 failed/);
    assert.ok(!(stdout + stderr).includes(emulator.apiToken));

    const okta = createOkta({ orgUrl: emulator.url, apiToken: emulator.apiToken });
    try {
      assert.equal((await okta.users.get("ada@example.com")).status, "STAGED");
      assert.equal((await okta.users.get("grace@example.com")).status, "ACTIVE");
      const [engineering] = await okta.groups.list().q("Engineering");
      const members = new Set(
        (await okta.groups.users.list(engineering.id!)).map((u) => u.profile?.department),
      );
      assert.ok(members.has("Sales"), "the pipeline added the Sales users");
    } finally {
      okta.close();
    }
  } finally {
    await emulator.close();
  }
});
