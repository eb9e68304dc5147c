// Shared by the memory measurements (measure_*_memory.ts, not tests): an emulator with many users
// in its own process, and a run of an export task whose peak RSS is sampled from /proc.
import { denoFlags } from "../../tasks/_framework/permissions.ts";
import type { TaskDefinition } from "../../tasks/_framework/mod.ts";

const ROOT = new URL("../../", import.meta.url);

/** A served emulator with `total` users and no rate limits; `env` holds its banner's variables. */
export interface ServedEmulator {
  env: Record<string, string>;
  close(): Promise<void>;
}

/** Starts `src/emulator/cli.ts` with `total` users and waits for its banner. */
export async function serveEmulator(total: number): Promise<ServedEmulator> {
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
  return {
    env,
    async close() {
      emulator.kill("SIGTERM");
      await emulator.status;
      await reader.cancel();
    },
  };
}

/**
 * Runs a task script (`tasks/<script>`) against the emulator with the task's permissions, in a
 * fresh directory, writing `out`; returns its rows (lines of `out` after the header), its peak
 * RSS and how long it took.
 */
export async function measureTaskRun(
  served: ServedEmulator,
  task: Pick<TaskDefinition, "name" | "permissions">,
  script: string,
  out: string,
  taskArgs: string[],
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
      new URL(`tasks/${script}`, ROOT).pathname,
      "--out",
      out,
      ...taskArgs,
    ],
    cwd: dir,
    env: { ...served.env, NO_COLOR: "1" },
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
  if (code !== 0) throw new Error(`${task.name} exited ${code}`);
  const text = await Deno.readTextFile(`${dir}/${out}`);
  const rows = text.split("\n").filter(Boolean).length - 1;
  await Deno.remove(dir, { recursive: true });
  return { rows, peakKb, ms: Date.now() - start };
}
