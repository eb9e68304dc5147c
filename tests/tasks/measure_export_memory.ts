// Measures users-export's memory on a served emulator with many users (not a test: figures for
// the issue note). The emulator runs in its own process so only the export's RSS is sampled.
//   deno run -A tests/tasks/measure_export_memory.ts [users=100000]
import { task } from "../../tasks/users_export.ts";
import { measureTaskRun, serveEmulator } from "./_measure_memory.ts";

const total = Number(Deno.args[0] ?? 100_000);
const emulator = await serveEmulator(total);

const exportRun = (search: string | undefined, v8Flags: string[] = []) =>
  measureTaskRun(
    emulator,
    task,
    "users_export.ts",
    "out/users.csv",
    search ? ["--search", search] : [],
    v8Flags,
  );

const small = await exportRun('profile.department eq "Engineering"');
const all = await exportRun(undefined);
// With the JS heap capped far below what holding every user would need, the export still
// finishes: its memory does not grow with the number of users.
const capped = await exportRun(undefined, ["--v8-flags=--max-old-space-size=16"]);
console.log(JSON.stringify({ emulatorUsers: total, small, all, heapCapped16MB: capped }, null, 2));
await emulator.close();
