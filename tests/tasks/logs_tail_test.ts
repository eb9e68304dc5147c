import assert from "node:assert/strict";
import { task } from "../../tasks/logs_tail.ts";
import { csvRows, ndjsonRows, openOrg, run } from "./_helpers.ts";

Deno.test("logs-tail with --until reads the window in order and stops", async () => {
  const org = await openOrg();
  try {
    const since = new Date(Date.now() - 30 * 86_400_000);
    const r = await run(task, [
      "--since",
      since.toISOString(),
      "--until",
      "1m",
      "--limit",
      "7",
      "--format",
      "ndjson",
    ], org.okta);
    assert.equal(r.code, 0, r.stderr);
    const got = ndjsonRows(r.stdout);
    const expected = org.emulator.state.logs().filter((e) =>
      Date.parse(e.published) >= since.getTime() && Date.parse(e.published) < Date.now() - 60_000
    );
    assert.ok(expected.length > 7, `${expected.length} events`); // more than one page
    assert.deepEqual(got.map((e) => e.uuid), expected.map((e) => e.uuid));
    const times = got.map((e) => Date.parse(String(e.published)));
    assert.deepEqual(times, [...times].sort((a, b) => a - b));
  } finally {
    await org.close();
  }
});

Deno.test("logs-tail follows the log by polling next links and prints new events", async () => {
  const org = await openOrg();
  // A safety net so a regression fails the test instead of hanging it.
  const controller = new AbortController();
  const guard = setTimeout(() => controller.abort(), 10_000);
  try {
    const running = run(
      task,
      ["--since", "1m", "--interval", "0.02", "--max", "1", "--format", "csv"],
      org.okta,
      { signal: controller.signal },
    );
    // Let it poll a few empty pages, then write to the org.
    await new Promise((r) => setTimeout(r, 100));
    await org.okta.call({
      method: "POST",
      path: "/api/v1/users",
      query: { activate: false },
      body: {
        profile: {
          login: "tail@x.example",
          email: "tail@x.example",
          firstName: "T",
          lastName: "L",
        },
      },
    });
    const r = await running;
    assert.equal(controller.signal.aborted, false, "no event seen within 10 s");
    assert.equal(r.code, 0, r.stderr);
    const rows = csvRows(r.stdout);
    assert.equal(rows.length, 1);
    assert.equal(rows[0].eventType, "user.lifecycle.create");
    assert.equal(rows[0].targets, "tail@x.example");
    assert.ok(org.operationIds().includes("listLogEvents"), `${org.operationIds()}`); // GET /api/v1/logs
  } finally {
    clearTimeout(guard);
    await org.close();
  }
});

Deno.test("logs-tail stops cleanly (exit 0) when interrupted while polling", async () => {
  const org = await openOrg();
  try {
    const controller = new AbortController();
    const running = run(task, ["--since", "1m", "--interval", "0.02"], org.okta, {
      signal: controller.signal,
    });
    await new Promise((r) => setTimeout(r, 80));
    controller.abort();
    const r = await running;
    assert.equal(r.code, 0, r.stderr);
    assert.equal(r.stdout, "");
  } finally {
    await org.close();
  }
});

Deno.test("logs-tail --filter keeps matching events; pretty lines are readable", async () => {
  const org = await openOrg();
  try {
    const r = await run(task, [
      "--since",
      "30d",
      "--until",
      "1m",
      "--filter",
      'eventType eq "user.session.start"',
      "--format",
      "pretty",
    ], org.okta);
    assert.equal(r.code, 0, r.stderr);
    const lines = r.stdout.trim().split("\n");
    assert.ok(lines.length > 0);
    for (const line of lines) {
      assert.match(line, /^\d{4}-\d\d-\d\dT\S+Z {2}INFO {3}user\.session\.start {2}\S+@/);
    }
  } finally {
    await org.close();
  }
});

Deno.test("logs-tail --q keeps events matching every keyword", async () => {
  const org = await openOrg();
  try {
    const r = await run(task, [
      "--since",
      "170d",
      "--until",
      "1m",
      "--q",
      "leila",
      "--format",
      "ndjson",
    ], org.okta);
    assert.equal(r.code, 0, r.stderr);
    const rows = ndjsonRows(r.stdout);
    assert.ok(rows.length > 0);
    for (const e of rows) assert.match(JSON.stringify(e).toLowerCase(), /leila/);
    const all = await run(
      task,
      ["--since", "170d", "--until", "1m", "--format", "ndjson"],
      org.okta,
    );
    assert.ok(ndjsonRows(all.stdout).length > rows.length); // the keyword did narrow the window
  } finally {
    await org.close();
  }
});

Deno.test("logs-tail: bad times are usage errors; Okta's refusal is exit 1 with its code", async () => {
  const org = await openOrg();
  try {
    assert.equal((await run(task, ["--since", "last tuesday"], org.okta)).code, 2);
    assert.equal((await run(task, ["--limit", "5000"], org.okta)).code, 2);
    const old = await run(task, ["--since", "400d", "--until", "1d"], org.okta);
    assert.equal(old.code, 1);
    assert.match(old.stderr, /Okta 400 E0000053/);
  } finally {
    await org.close();
  }
});
