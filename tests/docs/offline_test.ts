// After the install step nothing is downloaded at run time: the demo, every task and the
// served emulator start from what `deno task install:frozen` cached. Deno prints a `Download`
// line for each fetch it tries (a package, or its registry metadata), even when the fetch fails
// offline and the run goes on, so the absence of that line is what this checks.
import assert from "node:assert/strict";
import { join } from "node:path";
import { TASK_MODULES } from "../../tasks/_framework/registry.ts";
import { describe, ROOT, runDeno, type RunResult } from "./_run.ts";

const DOWNLOAD = /^Download /m;

function assertNothingDownloaded(result: RunResult): void {
  assert.doesNotMatch(result.stderr, DOWNLOAD, describe(result));
  assert.doesNotMatch(result.stdout, DOWNLOAD, describe(result));
}

Deno.test("offline: `deno task demo` downloads nothing", async () => {
  const result = await runDeno(["task", "demo"]);
  assert.equal(result.code, 0, describe(result));
  assertNothingDownloaded(result);
});

Deno.test("offline: every task loads under its own flags without downloading", async () => {
  for (const name of Object.keys(TASK_MODULES)) {
    const result = await runDeno(["task", name, "--help"]);
    assert.equal(result.code, 0, `${name}: ${describe(result)}`);
    assertNothingDownloaded(result);
  }
});

Deno.test("offline: `deno task users-export --emulator` writes its CSV without downloading", async () => {
  const out = join(ROOT, "out");
  const file = `offline-test-${crypto.randomUUID()}.csv`;
  try {
    const result = await runDeno(["task", "users-export", "--emulator", "--out", `out/${file}`]);
    assert.equal(result.code, 0, describe(result));
    assertNothingDownloaded(result);
    assert.match(await Deno.readTextFile(join(out, file)), /@example\.com/);
  } finally {
    await Deno.remove(join(out, file)).catch(() => {});
  }
});

Deno.test("offline: `deno task emulator` serves without downloading", async () => {
  const child = new Deno.Command(Deno.execPath(), {
    args: ["task", "emulator", "--port", "0"],
    cwd: ROOT,
    env: { NO_COLOR: "1", DENO_NO_UPDATE_CHECK: "1" },
    stdin: "null",
    stdout: "piped",
    stderr: "piped",
  }).spawn();
  const stderr = new Response(child.stderr).text();
  const reader = child.stdout.pipeThrough(new TextDecoderStream()).getReader();
  let stdout = "";
  try {
    while (!/OKTA_API_TOKEN=/.test(stdout)) {
      const { value, done } = await reader.read();
      if (done) break;
      stdout += value;
    }
    const url = /OKTA_ORG_URL=(\S+)/.exec(stdout)?.[1];
    assert.ok(url, `the emulator printed no URL:\n${stdout}`);
    const response = await fetch(`${url}/.well-known/okta-organization`);
    await response.body?.cancel();
  } finally {
    child.kill("SIGTERM");
    await reader.cancel();
    await child.status;
  }
  assert.doesNotMatch(stdout, DOWNLOAD);
  assert.doesNotMatch(await stderr, DOWNLOAD);
});
