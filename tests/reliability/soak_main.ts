/**
 * `deno task soak`: the long form of the soak (default 20,000 operations, at most 10 minutes).
 * Flags: `--ops N`, `--seed N`, `--concurrency N`, `--minutes N`. Exits 1 when anything was
 * duplicated, lost, leaked or wrong.
 *
 * @module
 */
import { parseArgs } from "node:util";
import { formatReport, runSoak } from "./soak.ts";

const { values } = parseArgs({
  args: Deno.args,
  options: {
    ops: { type: "string", default: "20000" },
    seed: { type: "string", default: String(Date.now() % 100000) },
    concurrency: { type: "string", default: "48" },
    minutes: { type: "string", default: "10" },
  },
});
const seed = Number(values.seed);
console.log(`soak: seed ${seed}, ${values.ops} operations, concurrency ${values.concurrency}`);
const report = await runSoak({
  operations: Number(values.ops),
  seed,
  concurrency: Number(values.concurrency),
  maxMs: Number(values.minutes) * 60_000,
  progress: (line) => console.log(`  … ${line}`),
});
console.log(formatReport(report));
const problems = [
  ...report.duplicates,
  ...report.leaks,
  ...report.readMismatches,
  ...report.stateMismatches,
  ...report.unexplainedWrites,
  ...report.badErrors,
];
for (const p of problems.slice(0, 50)) console.log(`  ! ${p}`);
for (const [name, list] of Object.entries(report.errorSamples)) {
  for (const m of list) console.log(`  ${name}: ${m}`);
}
if (problems.length > 0 || report.unhandledRejections > 0) Deno.exit(1);
