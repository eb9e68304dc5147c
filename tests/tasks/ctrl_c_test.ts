// Ctrl-C (SIGINT) on the real process: logs-tail stops cleanly with exit 0; users-import starts
// no new row, cancels the requests in flight, exits 1 with a resume hint, and the rerun completes.
import assert from "node:assert/strict";
import { createEmulator } from "../../emulator.ts";
import { denoFlags } from "../../tasks/_framework/permissions.ts";
import { readJournal } from "../../tasks/_framework/journal.ts";
import { task as logsTail } from "../../tasks/logs_tail.ts";
import { task as usersImport } from "../../tasks/users_import.ts";
import { events, slowServer, tempDir, usersWithLogin } from "./_helpers.ts";

const ROOT = new URL("../../", import.meta.url);

function spawn(
  flags: string[],
  file: string,
  args: string[],
  cwd: string,
  env: Record<string, string>,
) {
  return new Deno.Command(Deno.execPath(), {
    args: [
      "run",
      "--config",
      new URL("deno.json", ROOT).pathname,
      ...flags,
      new URL(file, ROOT).pathname,
      ...args,
    ],
    cwd,
    env: { NO_COLOR: "1", DENO_NO_UPDATE_CHECK: "1", ...env },
    stdout: "piped",
    stderr: "piped",
  }).spawn();
}

async function waitFor(check: () => Promise<boolean>): Promise<void> {
  const deadline = Date.now() + 30_000;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error("timed out waiting");
    await new Promise((r) => setTimeout(r, 10));
  }
}

Deno.test("Ctrl-C stops logs-tail cleanly (exit 0)", async () => {
  const dir = await tempDir();
  try {
    const child = spawn(
      denoFlags(logsTail),
      "tasks/logs_tail.ts",
      [
        "--emulator",
        "--since",
        "1m",
        "--interval",
        "0.05",
        "--format",
        "ndjson",
      ],
      dir.path,
      {},
    );
    let stderr = "";
    const reader = child.stderr.pipeThrough(new TextDecoderStream()).getReader();
    await waitFor(async () => {
      const { value } = await reader.read();
      stderr += value ?? "";
      return stderr.includes("emulator");
    });
    await new Promise((r) => setTimeout(r, 200)); // a few polls
    child.kill("SIGINT");
    const rest = reader.read().then(async function drain(r): Promise<void> {
      if (r.done) return;
      stderr += r.value;
      return drain(await reader.read());
    });
    const status = await child.status;
    await rest;
    await child.stdout.cancel();
    assert.equal(status.code, 0, stderr);
    assert.doesNotMatch(stderr, /error/);
  } finally {
    await dir.remove();
  }
});

Deno.test("Ctrl-C interrupts users-import with a resume hint; the rerun imports every row once", async () => {
  const emulator = createEmulator({ seed: "demo", rateLimits: false });
  await emulator.ready;
  const server = slowServer(emulator);
  const dir = await tempDir();
  try {
    const N = 80;
    await Deno.mkdir(`${dir.path}/in`);
    const lines = ["login,email,firstName,lastName"];
    for (let i = 0; i < N; i++) lines.push(`c${i}@ctrlc.example,c${i}@ctrlc.example,C,N${i}`);
    await Deno.writeTextFile(`${dir.path}/in/p.csv`, lines.join("\n") + "\n");
    const env = {
      OKTA_ORG_URL: `http://127.0.0.1:${server.addr.port}`,
      OKTA_API_TOKEN: emulator.apiToken,
    };
    const args = ["--file", "in/p.csv", "--yes", "--concurrency", "2", "--format", "ndjson"];
    const journal = `${dir.path}/out/users-import-p.journal`;
    const child = spawn(denoFlags(usersImport), "tasks/users_import.ts", args, dir.path, env);
    await waitFor(async () =>
      (await readJournal(journal).catch(() => undefined))?.done.size! >= 10
    );
    child.kill("SIGINT");
    const first = await child.output();
    const stderr = new TextDecoder().decode(first.stderr);
    assert.equal(first.code, 1, stderr);
    assert.match(stderr, /Interrupted\. Rerun the same command to resume/);
    const state = await readJournal(journal);
    assert.ok(state.done.size < N, `${state.done.size} done`);

    const second = await spawn(denoFlags(usersImport), "tasks/users_import.ts", args, dir.path, env)
      .output();
    assert.equal(second.code, 0, new TextDecoder().decode(second.stderr));
    for (let i = 0; i < N; i++) {
      const login = `c${i}@ctrlc.example`;
      assert.equal(usersWithLogin(emulator, login).length, 1, login);
      assert.equal(events(emulator, "user.lifecycle.create", login).length, 1, login);
    }
    assert.equal((await readJournal(journal)).done.size, N);
  } finally {
    await server.shutdown();
    await emulator.close();
    await dir.remove();
  }
});
