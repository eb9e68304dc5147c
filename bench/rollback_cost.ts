/**
 * What the undo log costs a write: µs per partial user update (`POST /api/v1/users/{id}`) at
 * 20,000 users, this tree against another checkout of `emulator.ts` (e.g. main's, exported
 * with `git archive main emulator.ts src | tar -x -C .tools/main`), in one process, rounds
 * interleaved, median of the rounds. Not part of `deno task bench`.
 *
 * `deno run -A --v8-flags=--expose-gc bench/rollback_cost.ts [.tools/main/emulator.ts] [rounds] [updates per round] [this]`
 *
 * @module
 */
import process from "node:process";

type Emu = {
  orgUrl: string;
  apiToken: string;
  fetch(r: Request): Promise<Response>;
  close(): Promise<void>;
};
type Create = (o: Record<string, unknown>) => Emu;

const otherPath = Deno.args[0] ?? ".tools/main/emulator.ts";
const rounds = Number(Deno.args[1] ?? 41);
const perRound = Number(Deno.args[2] ?? 1000);
// A fourth argument replaces this tree (an A/A run of two copies shows the noise).
const selfUrl = Deno.args[3] ? `file://${await Deno.realPath(Deno.args[3])}` : "../emulator.ts";
const self = (await import(selfUrl)).createEmulator as unknown as Create;
const other = (await import(`file://${await Deno.realPath(otherPath)}`))
  .createEmulator as Create;

async function setUp(create: Create) {
  const emu = create({ users: 20_000, rateLimits: false });
  const res = await emu.fetch(
    new Request(`${emu.orgUrl}/api/v1/users?limit=200`, {
      headers: { Authorization: `SSWS ${emu.apiToken}` },
    }),
  );
  const ids = ((await res.json()) as { id: string }[]).map((u) => u.id);
  return { emu, ids };
}

/** Wall and CPU (user + system, from getrusage) µs per update of one round. */
async function round(
  s: Awaited<ReturnType<typeof setUp>>,
  n: number,
): Promise<{ wall: number; cpu: number }> {
  const headers = {
    Authorization: `SSWS ${s.emu.apiToken}`,
    "Content-Type": "application/json",
    Accept: "application/json",
  };
  // Each round starts with a clean heap, so one's garbage is not collected in the other's time.
  (globalThis as { gc?: () => void }).gc?.();
  const start = performance.now();
  const cpu0 = process.cpuUsage();
  for (let i = 0; i < n; i++) {
    const id = s.ids[i % s.ids.length];
    const res = await s.emu.fetch(
      new Request(`${s.emu.orgUrl}/api/v1/users/${id}`, {
        method: "POST",
        headers,
        body: JSON.stringify({ profile: { nickName: `n${i}` } }),
      }),
    );
    if (res.status !== 200) throw new Error(`update answered ${res.status}: ${await res.text()}`);
    await res.body?.cancel();
  }
  const cpu = process.cpuUsage(cpu0);
  return {
    wall: ((performance.now() - start) * 1000) / n,
    cpu: (cpu.user + cpu.system) / n,
  };
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const a = await setUp(other);
const b = await setUp(self);
await round(a, 500); // warm-up
await round(b, 500);
const ta: { wall: number; cpu: number }[] = [];
const tb: { wall: number; cpu: number }[] = [];
for (let r = 0; r < rounds; r++) {
  // Alternate which goes first so neither always runs on a warmer heap.
  if (r % 2 === 0) {
    ta.push(await round(a, perRound));
    tb.push(await round(b, perRound));
  } else {
    tb.push(await round(b, perRound));
    ta.push(await round(a, perRound));
  }
}
for (const key of ["wall", "cpu"] as const) {
  const ma = median(ta.map((t) => t[key]));
  const mb = median(tb.map((t) => t[key]));
  console.log(
    `${key}: other ${ma.toFixed(1)} µs/update, this tree ${mb.toFixed(1)} µs/update, ratio ${
      (mb / ma).toFixed(3)
    }`,
  );
}
await a.emu.close();
await b.emu.close();
