// The sweep of every operation of the table with minimal valid input, shared by the long-tail
// and schema tests: creates first (shallow before deep, remembering ids for the paths below),
// then reads/updates/actions, then deletes (deep before shallow).
import type { Emulator } from "../../emulator.ts";
import type { Operation } from "../../src/core/operation.ts";
import { OPERATIONS } from "../../src/core/operation_table.ts";
import { BODIES } from "./_bodies.ts";
import { call, type Reply } from "./_helpers.ts";
import { minimalRequest } from "./_schema.ts";

const isParam = (s: string) => /^\{[^}]+\}$/.test(s);
const norm = (path: string) => path.split("/").map((x) => isParam(x) ? "{}" : x).join("/");
const depth = (op: Operation) => op.path.split("/").length;

/** Calls every operation once; `onResponse` sees each reply. */
export async function sweep(
  emu: Emulator,
  onResponse: (op: Operation, reply: Reply, path: string) => void,
): Promise<void> {
  const ids = new Map<string, string>([
    ["/api/v1/users", emu.state.adminId],
    ["/api/v1/groups", emu.state.everyoneId],
    ["/api/v1/apps", emu.state.apps()[0]?.id ?? "0oaNONE"],
  ]);
  const fill = (op: Operation): string => {
    const segs = op.path.split("/");
    return segs.map((s, i) => {
      if (!isParam(s)) return s;
      return encodeURIComponent(
        ids.get(norm(segs.slice(0, i).join("/"))) ?? "x0000000000000000001",
      );
    }).join("/");
  };
  const run = async (op: Operation) => {
    const path = fill(op);
    const key = `${op.method} ${norm(op.path)}`;
    const asCreate = "POST " + norm(op.path).replace(/\/\{\}$/, "");
    const body = BODIES[key] ?? (op.method === "PUT" ? BODIES[asCreate] : undefined) ??
      minimalRequest(op);
    const reply = await call(emu, op.method, path, { body });
    onResponse(op, reply, path);
    return reply;
  };
  const creates = OPERATIONS.filter((o) =>
    o.method === "POST" && !isParam(o.path.split("/").at(-1)!) &&
    OPERATIONS.some((x) => x.path.startsWith(o.path + "/{"))
  ).sort((a, b) => depth(a) - depth(b));
  for (const op of creates) {
    const r = await run(op);
    const id = r.body?.id ?? (Array.isArray(r.body) ? r.body[0]?.id : undefined);
    if (r.status < 300 && typeof id === "string" && !ids.has(norm(op.path))) {
      ids.set(norm(op.path), id);
    }
  }
  const rest = OPERATIONS.filter((o) => !creates.includes(o));
  for (const op of rest.filter((o) => o.method !== "DELETE")) await run(op);
  for (const op of rest.filter((o) => o.method === "DELETE").sort((a, b) => depth(b) - depth(a))) {
    await run(op);
  }
}
