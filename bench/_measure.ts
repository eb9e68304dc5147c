/**
 * What every benchmark contender reports about its own process: CPU time (user + system,
 * every thread) and peak RSS, read from /proc so each contender's figures are its own.
 *
 * @module
 */

const TICKS_PER_SECOND = 100;

/** CPU time of this process so far, in ms (user + system, all threads). */
export function cpuMs(): number {
  const stat = Deno.readTextFileSync("/proc/self/stat");
  // Fields after the command name (which may hold spaces) start after the last ")".
  const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
  const utime = Number(fields[11]);
  const stime = Number(fields[12]);
  return ((utime + stime) * 1000) / TICKS_PER_SECOND;
}

/** Peak resident set size of this process so far, in KiB (VmHWM). */
export function peakRssKb(): number {
  const status = Deno.readTextFileSync("/proc/self/status");
  const match = /^VmHWM:\s+(\d+) kB/m.exec(status);
  return match ? Number(match[1]) : NaN;
}

/** The arguments the harness passes: one JSON object. */
export function args<T>(): T {
  return JSON.parse(Deno.args[0] ?? "{}") as T;
}

/** Prints the contender's result as the last line of stdout and exits (no lingering timers). */
export function report(result: Record<string, unknown>): never {
  console.log(JSON.stringify({ ...result, peakRssKb: peakRssKb() }));
  Deno.exit(0);
}

/** Runs `work`, measuring its wall and CPU time, then reports. */
export async function measure(
  work: () => Promise<Record<string, unknown>>,
): Promise<never> {
  const cpu0 = cpuMs();
  const t0 = performance.now();
  const extra = await work();
  const wallMs = performance.now() - t0;
  const cpu = cpuMs() - cpu0;
  return report({ ...extra, wallMs, cpuMs: cpu });
}

/** Simulated per-item work of the caller: a busy wait of `ms`, as real processing would be. */
export function work(ms: number): void {
  if (ms <= 0) return;
  const until = performance.now() + ms;
  while (performance.now() < until) {
    // the caller's own work
  }
}
