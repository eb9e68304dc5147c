// users-import killed with SIGKILL mid-run (the real process, under its deno.json flags, against
// a served emulator), then rerun: every row ends imported exactly once.
import assert from "node:assert/strict";
import { createEmulator } from "../../emulator.ts";
import {
  assertImportedOnce,
  assertJournalComplete,
  killWhenJournaled,
  slowServer,
  tempDir,
  usersImportProcess,
} from "./_helpers.ts";

const N = 100;

Deno.test("users-import killed mid-run (SIGKILL) resumes on rerun: every row exactly once", async () => {
  const emulator = createEmulator({ seed: "demo", rateLimits: false });
  await emulator.ready;
  // Each request takes a few ms, so the run is still going when it is killed.
  const server = slowServer(emulator);
  const dir = await tempDir();
  try {
    await Deno.mkdir(`${dir.path}/in`);
    const lines = ["login,email,firstName,lastName,groups"];
    for (let i = 0; i < N; i++) lines.push(`k${i}@kill.example,k${i}@kill.example,K,N${i},Sales`);
    await Deno.writeTextFile(`${dir.path}/in/people.csv`, lines.join("\n") + "\n");
    const journal = `${dir.path}/out/users-import-people.journal`;
    const command = () =>
      usersImportProcess(dir.path, `http://127.0.0.1:${server.addr.port}`, emulator.apiToken);

    const atKill = await killWhenJournaled(command(), journal, 20);
    assert.ok(atKill.done.size >= 20 && atKill.done.size < N, `done at kill: ${atKill.done.size}`);

    const rerun = await command().output();
    const stderr = new TextDecoder().decode(rerun.stderr);
    assert.equal(rerun.code, 0, stderr);
    assert.match(stderr, /Resuming from out\/users-import-people\.journal/);
    const rows = new TextDecoder().decode(rerun.stdout).trim().split("\n").map((l) =>
      JSON.parse(l)
    );
    assert.equal(rows.length, N);
    assert.equal(rows.filter((r) => r.action === "done-earlier").length, atKill.done.size);
    for (let i = 0; i < N; i++) assertImportedOnce(emulator, `k${i}@kill.example`);
    await assertJournalComplete(journal, N);
  } finally {
    await server.shutdown();
    await emulator.close();
    await dir.remove();
  }
});
