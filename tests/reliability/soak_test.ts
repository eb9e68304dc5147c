// The soak in its CI form: 10,000 seeded mixed operations through the client against the
// served emulator with every fault kind injected, bounded in time, sanitizers on. The long form
// is `deno task soak` (tests/reliability/soak_main.ts).
import assert from "node:assert/strict";
import { formatReport, runSoak } from "./soak.ts";

Deno.test("soak: 10,000 operations under faults — nothing duplicated, lost, leaked or misread", async () => {
  const report = await runSoak({
    operations: 10_000,
    seed: 20261128,
    concurrency: 128,
    // A guard against hangs, not a speed goal: ~15 s alone, slower beside the parallel suite.
    maxMs: 300_000,
  });
  console.log(formatReport(report));
  const show = (list: string[]) => list.slice(0, 10).join("\n");
  assert.equal(report.stoppedByTime, false, "the time bound stopped the soak early");
  assert.equal(report.operations, 10_000);
  for (
    const kind of [
      "getUser",
      "searchUser",
      "listMembers",
      "createUser",
      "updateUser",
      "createGroup",
      "addMember",
      "removeMember",
      "deleteGroup",
      "deleteUser",
    ]
  ) assert.ok((report.byKind[kind] ?? 0) > 0, `no ${kind} operation ran`);
  // Every fault kind really happened, at roughly the asked rates.
  const requests = report.attempts;
  for (const [kind, rate] of Object.entries({ rateLimit: 0.05, unavailable: 0.02 })) {
    const seen = report.faults[kind as keyof typeof report.faults];
    assert.ok(seen > requests * rate * 0.6, `${kind}: ${seen} of ${requests}`);
  }
  for (const kind of ["reset", "slow", "truncate"] as const) {
    assert.ok(report.faults[kind] > 0, `no ${kind} fault`);
  }
  // The faults bit: some writes failed, and each as a typed error.
  assert.ok(Object.values(report.failedWrites).reduce((a, b) => a + b, 0) > 0);
  assert.equal(report.duplicates.length, 0, show(report.duplicates));
  assert.equal(report.leaks.length, 0, show(report.leaks));
  assert.ok(report.readsChecked > 1000);
  assert.equal(report.readMismatches.length, 0, show(report.readMismatches));
  assert.equal(report.stateMismatches.length, 0, show(report.stateMismatches));
  assert.equal(report.unexplainedWrites.length, 0, show(report.unexplainedWrites));
  assert.equal(report.badErrors.length, 0, show(report.badErrors));
  assert.equal(report.unhandledRejections, 0);
});
