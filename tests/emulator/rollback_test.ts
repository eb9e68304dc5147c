// A write that fails after it changed the store leaves the org exactly as it was (issue 19).
import assert from "node:assert/strict";
import { OPERATIONS } from "../../src/core/operation_table.ts";
import { Org } from "../../src/emulator/org.ts";
import { OrderedCollection } from "../../src/emulator/store.ts";
import { JournaledMap, transact } from "../../src/emulator/undo.ts";
import { call, emulator, newUser } from "./_helpers.ts";

const CHANNEL = { type: "HTTP", version: "1.0.0", config: { uri: "https://example.com/hook" } };
const EVENTS = { type: "EVENT_TYPE", items: ["user.lifecycle.create"] };
// Passes validation (a present, non-blank value) but cannot be turned into a string: the
// System Log target of the event emitted after the store changed throws a TypeError (500).
const UNPRINTABLE = { toString: 1 };

/** Every list the org answers without path parameters, as text (the org's observable state). */
async function state(emu: ReturnType<typeof emulator>): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  for (const path of ["/api/v1/users", "/api/v1/groups", "/api/v1/apps", "/api/v1/eventHooks"]) {
    const r = await call(emu, "GET", `${path}?limit=200`);
    assert.deepStrictEqual(r.status, 200, path);
    out[path] = r.text;
  }
  const logs = await call(emu, "GET", "/api/v1/logs?limit=1000&sortOrder=ASCENDING");
  assert.deepStrictEqual(logs.status, 200);
  // Only the events themselves: uuids are random, but which events exist must not change.
  out.logs = JSON.stringify(
    (logs.body as { eventType: string; target: unknown }[]).map((e) => [e.eventType, e.target]),
  );
  return out;
}

Deno.test("rollback: an event hook update that fails after replacing the item is undone", async () => {
  const emu = emulator();
  const hook = await call(emu, "POST", "/api/v1/eventHooks", {
    body: { name: "Audit", events: EVENTS, channel: CHANNEL },
  });
  assert.deepStrictEqual(hook.status, 200);
  await call(emu, "POST", "/api/v1/users?activate=true", { body: newUser("ann@example.com") });
  const before = await state(emu);

  const replace = await call(emu, "PUT", `/api/v1/eventHooks/${hook.body.id}`, {
    body: { name: UNPRINTABLE, events: EVENTS, channel: CHANNEL },
  });
  assert.deepStrictEqual(replace.status, 500);
  const create = await call(emu, "POST", "/api/v1/eventHooks", {
    body: { name: UNPRINTABLE, events: EVENTS, channel: CHANNEL },
  });
  assert.deepStrictEqual(create.status, 500);

  assert.deepStrictEqual(await state(emu), before);
  const got = await call(emu, "GET", `/api/v1/eventHooks/${hook.body.id}`);
  assert.deepStrictEqual(got.status, 200);
  assert.deepStrictEqual(got.body.name, "Audit");
  // The ids of the failed create were given back: the next create gets the one it would have.
  const twin = emulator();
  await call(twin, "POST", "/api/v1/eventHooks", {
    body: { name: "Audit", events: EVENTS, channel: CHANNEL },
  });
  await call(twin, "POST", "/api/v1/users?activate=true", { body: newUser("ann@example.com") });
  const next = { body: { name: "Next", events: EVENTS, channel: CHANNEL } };
  assert.deepStrictEqual(
    (await call(emu, "POST", "/api/v1/eventHooks", next)).body.id,
    (await call(twin, "POST", "/api/v1/eventHooks", next)).body.id,
  );
  await emu.close();
  await twin.close();
});

Deno.test("rollback: after failed writes every listing still answers", async () => {
  const emu = emulator();
  const hook = await call(emu, "POST", "/api/v1/eventHooks", {
    body: { name: "Audit", events: EVENTS, channel: CHANNEL },
  });
  for (let i = 0; i < 3; i++) {
    const r = await call(emu, "PUT", `/api/v1/eventHooks/${hook.body.id}`, {
      body: { name: UNPRINTABLE, events: EVENTS, channel: CHANNEL },
    });
    assert.deepStrictEqual(r.status, 500);
  }
  const lists = OPERATIONS.filter((o) =>
    o.method === "GET" && !o.path.includes("{") && o.returnsArray
  );
  for (const op of lists) {
    const r = await call(emu, "GET", op.path);
    assert.deepStrictEqual(r.status < 500, true, `${op.path} answered ${r.status}`);
  }
  await emu.close();
});

Deno.test("rollback: the undo log restores records mutated in place, maps, sets and order", async () => {
  const org = new Org({ now: () => 0, seed: 1 });
  const col = new OrderedCollection<{ seq: number; id: string; profile: { a: number } }>();
  col.set({ seq: 1, id: "x", profile: { a: 1 } });
  col.set({ seq: 2, id: "y", profile: { a: 2 } });
  const map = new JournaledMap<string, Set<string>>(true);
  map.set("k", new Set(["g1"]));
  const seqBefore = org.seq.next();
  const error = new Error("late failure");
  let thrown: unknown;
  try {
    await transact(async () => {
      await Promise.resolve();
      const x = col.get("x")!;
      x.profile.a = 10; // in place, nested
      col.delete("y");
      col.set({ seq: org.seq.next(), id: "z", profile: { a: 3 } });
      map.get("k")!.add("g2");
      map.set("new", new Set());
      org.ids.next("00u");
      throw error;
    }, () => false);
  } catch (e) {
    thrown = e;
  }
  assert.deepStrictEqual(thrown, error);
  assert.deepStrictEqual(col.values().map((i) => [i.id, i.profile.a]), [["x", 1], ["y", 2]]);
  assert.deepStrictEqual([...map.keys()], ["k"]);
  assert.deepStrictEqual([...map.get("k")!], ["g1"]);
  assert.deepStrictEqual(org.seq.next(), seqBefore + 1);
  // A successful write keeps its changes.
  await transact(() => {
    col.get("x")!.profile.a = 5;
    return Promise.resolve(200);
  }, (status) => status >= 500);
  assert.deepStrictEqual(col.get("x")!.profile.a, 5);
});
