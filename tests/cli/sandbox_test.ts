// `deno task okta` as deno.json runs it (network and OKTA_* only), against a served emulator:
// it works, files need a grant (and say how to get one), and the token never shows.
import assert from "node:assert/strict";
import { join } from "node:path";
import { startEmulator } from "../../emulator.ts";
import { ROOT, runDeno, type RunResult } from "../docs/_run.ts";

const config = JSON.parse(await Deno.readTextFile(join(ROOT, "deno.json")));
const TASK: string[] = config.tasks.okta.command.split(" ").slice(1); // without "deno"

function okta(env: Record<string, string>, argv: string[], stdin?: string): Promise<RunResult> {
  return runDeno([...TASK, ...argv], env, ROOT, stdin);
}

Deno.test("deno task okta: sandboxed to the network and OKTA_*, against a served emulator", async () => {
  assert.deepEqual(
    TASK.filter((a) => a.startsWith("--allow")).map((a) => a.split("=")[0]),
    ["--allow-net", "--allow-env"],
  );
  const emulator = await startEmulator({ port: 0, seed: "demo" });
  const env = { OKTA_ORG_URL: emulator.url, OKTA_API_TOKEN: emulator.apiToken };
  const dir = await Deno.makeTempDir();
  try {
    const list = await okta(env, ["users", "list", "--limit", "2", "--include-response"]);
    assert.equal(list.code, 0, list.stderr);
    assert.equal(JSON.parse(list.stdout).length, 2, "JSON when piped");
    assert.match(list.stderr, /^status: 200$/m);
    assert.match(list.stderr, /^request-id: \S+$/m);
    assert.match(list.stderr, /^rate-limit: \d+ of \d+ left/m);

    const missing = await okta(env, ["users", "get", "nobody@example.com"]);
    assert.equal(missing.code, 1);
    assert.match(missing.stderr, /E0000007/);

    const body = join(dir, "user.json");
    const user = {
      profile: {
        login: "piped@example.com",
        email: "piped@example.com",
        firstName: "Piped",
        lastName: "In",
      },
    };
    await Deno.writeTextFile(body, JSON.stringify(user));
    const denied = await okta(env, ["users", "create", "--data", `@${body}`, "--yes"]);
    assert.equal(denied.code, 2, denied.stderr);
    assert.match(denied.stderr, /no permission to read .*--allow-read=.*--data - </);

    const piped = await okta(
      env,
      ["users", "create", "--data", "-", "--yes"],
      JSON.stringify(user),
    );
    assert.equal(piped.code, 0, piped.stderr);
    assert.equal(JSON.parse(piped.stdout).profile.login, "piped@example.com");

    const out = await okta(env, ["groups", "list", "--out", join(dir, "groups.json")]);
    assert.equal(out.code, 2);
    assert.match(out.stderr, /--out: no permission to write .*--allow-write=/);

    const noConfig = await okta({}, ["users", "list"]);
    assert.equal(noConfig.code, 2);
    assert.match(noConfig.stderr, /OKTA_ORG_URL/);

    for (const run of [list, missing, denied, piped, out]) {
      assert.ok(!(run.stdout + run.stderr).includes(emulator.apiToken), "the token never shows");
    }
  } finally {
    await emulator.close();
    await Deno.remove(dir, { recursive: true });
  }
});
