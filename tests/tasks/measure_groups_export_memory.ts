// Measures groups-export's memory on a served emulator with many users, exporting the members
// of Everyone (every user) and of one department group (not a test: figures for the README).
// The emulator runs in its own process so only the export's RSS is sampled.
//   deno run -A tests/tasks/measure_groups_export_memory.ts [users=100000]
import { task } from "../../tasks/groups_export.ts";
import { measureTaskRun, serveEmulator } from "./_measure_memory.ts";

const total = Number(Deno.args[0] ?? 100_000);
const emulator = await serveEmulator(total);

const exportRun = (group: string, v8Flags: string[] = []) =>
  measureTaskRun(emulator, task, "groups_export.ts", "out/members.csv", ["--name", group], v8Flags);

const small = await exportRun("Engineering");
const all = await exportRun("Everyone");
// With the JS heap capped far below what holding every member would need, the export still
// finishes: its memory does not grow with the number of members.
const capped = await exportRun("Everyone", ["--v8-flags=--max-old-space-size=16"]);
console.log(JSON.stringify({ emulatorUsers: total, small, all, heapCapped16MB: capped }, null, 2));
await emulator.close();
