// State is never lost: a corrupt state file is one clear line (file untouched, no reseed), a
// failed save is loud and makes close() fail, and a KV save cut short keeps the last good state.
import assert from "node:assert/strict";
import { createEmulator } from "../../emulator.ts";
import { Org } from "../../src/emulator/org.ts";
import { kvStateStore, StateFileError } from "../../src/emulator/state.ts";
import { orgOf } from "../../src/emulator/mod.ts";

const CLI = new URL("../../src/emulator/cli.ts", import.meta.url).pathname;

async function withDir(fn: (dir: string) => Promise<void>): Promise<void> {
  const dir = await Deno.makeTempDir();
  try {
    await fn(dir);
  } finally {
    await Deno.remove(dir, { recursive: true });
  }
}

Deno.test("state: a corrupt state file stops the CLI with one line naming the file, and is left as it was", async () => {
  await withDir(async (dir) => {
    const file = `${dir}/org.json`;
    const corrupt = '{"version":1,"users":[{"id":"00u1"'; // cut short mid-object
    await Deno.writeTextFile(file, corrupt);
    const out = await new Deno.Command(Deno.execPath(), {
      args: ["run", "-A", CLI, "--port", "0", "--state", file],
      stdout: "piped",
      stderr: "piped",
    }).output();
    const stderr = new TextDecoder().decode(out.stderr).trim();
    assert.equal(out.code, 1);
    assert.equal(stderr.split("\n").length, 1, stderr);
    assert.ok(stderr.includes(file), stderr);
    assert.match(stderr, /not valid JSON/);
    assert.doesNotMatch(stderr, /\bat .*:\d+:\d+/);
    assert.equal(new TextDecoder().decode(out.stdout), "", "no OKTA_ORG_URL for an org not loaded");
    assert.equal(await Deno.readTextFile(file), corrupt);
  });
});

Deno.test("state: in-process, a corrupt or foreign state file rejects ready with a StateFileError", async () => {
  await withDir(async (dir) => {
    for (const text of ["not json", '{"hello":"world"}', "[]"]) {
      const file = `${dir}/org.json`;
      await Deno.writeTextFile(file, text);
      const emu = createEmulator({ state: file, rateLimits: false });
      await assert.rejects(emu.ready, (e) => e instanceof StateFileError && e.path === file);
      await assert.rejects(emu.close());
      assert.equal(await Deno.readTextFile(file), text, "never reseeded over");
    }
  });
});

Deno.test("state: a save that fails names the file and makes close() fail", async () => {
  await withDir(async (dir) => {
    const file = `${dir}/missing-folder/org.json`;
    const emu = createEmulator({ state: file, rateLimits: false, seed: "empty" });
    const r = await emu.fetch(
      new Request(`${emu.orgUrl}/api/v1/groups`, {
        method: "POST",
        headers: { Authorization: `SSWS ${emu.apiToken}`, "Content-Type": "application/json" },
        body: JSON.stringify({ profile: { name: "Unsaved" } }),
      }),
    );
    await r.body?.cancel();
    assert.equal(r.status, 200);
    await assert.rejects(emu.close(), (e: Error) => e.message.includes(file));
  });
});

/** An in-memory Deno KV stand-in whose `set` can be made to fail after some calls. */
function memoryKv() {
  const data = new Map<string, { key: unknown[]; value: unknown }>();
  let failAfter = Infinity;
  const kv = {
    get: (key: unknown[]) =>
      Promise.resolve({ value: data.get(JSON.stringify(key))?.value ?? null }),
    set(key: unknown[], value: unknown) {
      if (failAfter-- <= 0) return Promise.reject(new Error("killed mid-save"));
      data.set(JSON.stringify(key), { key, value });
      return Promise.resolve({ ok: true });
    },
    delete(key: unknown[]) {
      data.delete(JSON.stringify(key));
      return Promise.resolve();
    },
    async *list(selector: { prefix: unknown[] }) {
      const p = JSON.stringify(selector.prefix).slice(0, -1);
      for (const entry of [...data.values()]) {
        if (JSON.stringify(entry.key).startsWith(p)) yield entry;
      }
    },
    close() {},
  };
  return { kv, data, failNextAfter: (n: number) => (failAfter = n) };
}

Deno.test("state: a KV save interrupted between chunks leaves the previous state whole", async () => {
  const mem = memoryKv();
  const store = kvStateStore("mem", () => Promise.resolve(mem.kv));
  const emu = createEmulator({ seed: "demo", users: 300, rateLimits: false });
  await emu.ready;
  await store.save(orgOf(emu));
  const savedUsers = emu.state.counts().users;
  const chunkKeys = [...mem.data.values()].filter((e) => e.key[1] === "chunk").length;
  assert.ok(chunkKeys > 2, `the snapshot spans ${chunkKeys} chunks`);

  // A second save with more users dies after writing one chunk of the new generation.
  const r = await emu.fetch(
    new Request(`${emu.orgUrl}/api/v1/users?activate=false`, {
      method: "POST",
      headers: { Authorization: `SSWS ${emu.apiToken}`, "Content-Type": "application/json" },
      body: JSON.stringify({
        profile: {
          login: "late@example.com",
          email: "late@example.com",
          firstName: "L",
          lastName: "T",
        },
      }),
    }),
  );
  await r.body?.cancel();
  mem.failNextAfter(1);
  await assert.rejects(store.save(orgOf(emu)), /killed mid-save/);
  await emu.close();

  const org = new Org({ now: () => Date.now(), seed: 1 });
  assert.equal(await kvStateStore("mem", () => Promise.resolve(mem.kv)).load(org), true);
  assert.equal(org.users.size, savedUsers);
  assert.equal(org.findUser("late@example.com"), undefined);

  // The next good save switches generations and removes every stale chunk.
  mem.failNextAfter(Infinity);
  const after = new Org({ now: () => Date.now(), seed: 1 });
  await store.save(org);
  assert.equal(await kvStateStore("mem", () => Promise.resolve(mem.kv)).load(after), true);
  assert.equal(after.users.size, savedUsers);
  const generations = new Set(
    [...mem.data.values()].filter((e) => e.key[1] === "chunk").map((e) => e.key[2]),
  );
  assert.equal(generations.size, 1);
});

Deno.test("state: a KV store whose current chunks are missing is a StateFileError, not a crash", async () => {
  const mem = memoryKv();
  await mem.kv.set(["oktakit-emulator", "meta"], { chunks: 2, generation: 3, savedAt: 0 });
  const org = new Org({ now: () => Date.now(), seed: 1 });
  await assert.rejects(
    kvStateStore("mem", () => Promise.resolve(mem.kv)).load(org),
    (e) => e instanceof StateFileError && /chunk 0 of 2/.test(e.message),
  );
});
