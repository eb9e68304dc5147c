// The long tail: every operation of the table answers (no 404 for a known path, no 501, no 5xx),
// and the generic store behaves like a store (create → get → list → replace → lifecycle → delete).
import assert from "node:assert/strict";
import { OPERATIONS } from "../../src/generated/operations.ts";
import type { Operation } from "../../src/core/operation.ts";
import { minimalRequest, shapesModule } from "./_schema.ts";
import { call, emulator } from "./_helpers.ts";

const isParam = (s: string) => /^\{[^}]+\}$/.test(s);
const depth = (op: Operation) => op.path.split("/").length;

Deno.test("long tail: the shipped schema table is up to date with the spec", async () => {
  const shipped = await Deno.readTextFile(
    new URL("../../src/emulator/schema_shapes.ts", import.meta.url),
  );
  assert.equal(shipped, shapesModule(), "run tests/emulator/_schema.ts to regenerate");
});

Deno.test("long tail: all 816 operations answer with minimal valid input", async () => {
  const emu = emulator({ seed: "demo" });
  const ids = new Map<string, string>([
    ["/api/v1/users", emu.org.adminId],
    ["/api/v1/groups", emu.org.everyoneId],
    ["/api/v1/apps", emu.org.apps.values()[0].id],
  ]);
  const fill = (op: Operation): string => {
    const segs = op.path.split("/");
    return segs.map((s, i) => {
      if (!isParam(s)) return s;
      const coll = segs.slice(0, i).map((x) => isParam(x) ? "{}" : x).join("/");
      return encodeURIComponent(ids.get(coll) ?? "x0000000000000000001");
    }).join("/");
  };
  const failures: string[] = [];
  const tally = new Map<string, number>();
  const run = async (op: Operation) => {
    const path = fill(op);
    const body = minimalRequest(op);
    const r = await call(emu, op.method, path, { body });
    const code = r.body?.errorCode ?? "";
    tally.set(
      `${r.status}${code ? " " + code : ""}`,
      (tally.get(`${r.status}${code ? " " + code : ""}`) ?? 0) + 1,
    );
    if (r.status >= 500 || r.status === 405 || code === "E0000008") {
      failures.push(`${op.method} ${op.path} → ${r.status} ${r.text.slice(0, 200)}`);
    }
    return r;
  };
  // Creates first (shallow before deep), remembering the ids for the paths below them.
  const creates = OPERATIONS.filter((o) =>
    o.method === "POST" && !isParam(o.path.split("/").at(-1)!) &&
    OPERATIONS.some((x) => x.path.startsWith(o.path + "/{"))
  ).sort((a, b) => depth(a) - depth(b));
  for (const op of creates) {
    const r = await run(op);
    const id = r.body?.id ?? (Array.isArray(r.body) ? r.body[0]?.id : undefined);
    const key = op.path.split("/").map((x) => isParam(x) ? "{}" : x).join("/");
    if (r.status < 300 && typeof id === "string" && !ids.has(key)) ids.set(key, id);
  }
  const rest = OPERATIONS.filter((o) => !creates.includes(o));
  for (const op of rest.filter((o) => o.method !== "DELETE")) await run(op);
  for (const op of rest.filter((o) => o.method === "DELETE").sort((a, b) => depth(b) - depth(a))) {
    await run(op);
  }
  await emu.close();
  console.log([...tally].sort().map(([k, v]) => `${k}: ${v}`).join(", "));
  assert.deepEqual(failures, []);
});
