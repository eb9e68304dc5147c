// Measures groups-export's memory on a served emulator with many users, exporting the members
// of Everyone (every user) and of one department group (not a test: figures for the README).
// The emulator runs in its own process so only the export's RSS is sampled.
//   deno run -A tests/tasks/measure_groups_export_memory.ts [users=100000]
import { denoFlags } from "../../tasks/_framework/permissions.ts";
import { task } from "../../tasks/groups_export.ts";

const ROOT = new URL("../../", import.meta.url);
const total = Number(Deno.args[0] ?? 100_000);

const emulator = new Deno.Command(Deno.execPath(), {
  args: [
    "run",
    "-A",
    new URL("src/emulator/cli.ts", ROOT).pathname,
    "--port",
    "0",
    "--users",
    String(total),
    "--no-rate-limits",
  ],
  stdout: "piped",
  stderr: "inherit",
}).spawn();
const reader = emulator.stdout.pipeThrough(new TextDecoderStream()).getReader();
let banner = "";
while (!/OKTA_API_TOKEN=\S+\n/.test(banner)) {
  const { value, done } = await reader.read();
  if (done) throw new Error("emulator exited");
  banner += value;
}
const env = Object.fromEntries(
  banner.trim().split("\n").map((l) => l.split("=", 2) as [string, string]),
);

async function exportRun(
  group: string,
  v8Flags: string[] = [],
): Promise<{ rows: number; peakKb: number; ms: number }> {
  const dir = await Deno.makeTempDir();
  const start = Date.now();
  const child = new Deno.Command(Deno.execPath(), {
    args: [
      "run",
      ...v8Flags,
      "--config",
      new URL("deno.json", ROOT).pathname,
      ...denoFlags(task),
      new URL("tasks/groups_export.ts", ROOT).pathname,
      "--out",
      "out/members.csv",
      "--name",
      group,
    ],
    cwd: dir,
    env: { ...env, NO_COLOR: "1" },
    stdout: "null",
    stderr: "inherit",
  }).spawn();
  let peakKb = 0;
  const timer = setInterval(() => {
    try {
      const status = Deno.readTextFileSync(`/proc/${child.pid}/status`);
      const kb = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0);
      peakKb = Math.max(peakKb, kb);
    } catch { /* exited */ }
  }, 20);
  const { code } = await child.status;
  clearInterval(timer);
  if (code !== 0) throw new Error(`groups-export exited ${code}`);
  const text = await Deno.readTextFile(`${dir}/out/members.csv`);
  const rows = text.split("\n").filter(Boolean).length - 1;
  await Deno.remove(dir, { recursive: true });
  return { rows, peakKb, ms: Date.now() - start };
}

const small = await exportRun("Engineering");
const all = await exportRun("Everyone");
// With the JS heap capped far below what holding every member would need, the export still
// finishes: its memory does not grow with the number of members.
const capped = await exportRun("Everyone", ["--v8-flags=--max-old-space-size=16"]);
console.log(JSON.stringify({ emulatorUsers: total, small, all, heapCapped16MB: capped }, null, 2));
emulator.kill("SIGTERM");
await emulator.status;
await reader.cancel();
