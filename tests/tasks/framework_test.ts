import assert from "node:assert/strict";
import { defineTask } from "../../tasks/_framework/mod.ts";
import { openJournal, readJournal } from "../../tasks/_framework/journal.ts";
import { createProgress } from "../../tasks/_framework/progress.ts";
import { csvRows, ndjsonRows, noRequestClient, openOrg, run, tempDir } from "./_helpers.ts";

const NO_CLIENT = noRequestClient();

const echo = defineTask({
  name: "echo-rows",
  description: "Emits rows for tests",
  args: {
    count: { type: "number", description: "rows", default: 2 },
    fail: { type: "number", description: "rows that fail", default: 0 },
    mode: { type: "string", description: "mode", choices: ["a", "b"], default: "a" },
    tags: { type: "list", description: "tags" },
    name: { type: "string", description: "a required name", required: true },
    loud: { type: "boolean", description: "flag" },
  },
  scopes: [],
  permissions: {},
  columns: ["n", "name"],
  needsClient: false,
  async run(ctx) {
    const { count, fail, mode, tags, name, loud } = ctx.args;
    for (let n = 0; n < count; n++) {
      await ctx.emit({ n, name, mode, tags, loud, nested: { a: [1, 2] }, nothing: null });
      if (n < fail) ctx.failed();
      else ctx.succeeded();
    }
  },
});

Deno.test("typed args: defaults, choices, lists, booleans and required values", async () => {
  const r = await run(echo, [
    "--name",
    "x",
    "--tags",
    "a,b",
    "--tags",
    "c",
    "--loud",
    "--mode",
    "b",
    "--count",
    "1",
    "--format",
    "ndjson",
  ], NO_CLIENT);
  assert.equal(r.code, 0, r.stderr);
  assert.deepEqual(ndjsonRows(r.stdout), [{
    n: 0,
    name: "x",
    mode: "b",
    tags: ["a", "b", "c"],
    loud: true,
    nested: { a: [1, 2] },
    nothing: null,
  }]);
});

Deno.test("usage errors exit 2 and say what to fix", async () => {
  const cases: [string[], RegExp][] = [
    [[], /--name is required/],
    [["--name", "x", "--bogus"], /Unknown option '--bogus'.*--help/],
    [["--name", "x", "--count", "many"], /--count must be a number/],
    [["--name", "x", "--mode", "c"], /--mode must be one of a, b/],
    [["--name", "x", "--format", "xml"], /--format must be one of table, json, ndjson, csv/],
    [["--name", "x", "--concurrency", "0"], /--concurrency must be an integer from 1 to 64/],
  ];
  for (const [argv, message] of cases) {
    const r = await run(echo, argv, NO_CLIENT);
    assert.equal(r.code, 2, argv.join(" "));
    assert.match(r.stderr, message);
    assert.equal(r.stdout, "");
  }
});

Deno.test("exit codes: 0 all ok, 3 some failed, 1 all failed, 1 on a thrown error", async () => {
  assert.equal((await run(echo, ["--name", "x", "--count", "2"], NO_CLIENT)).code, 0);
  assert.equal(
    (await run(echo, ["--name", "x", "--count", "2", "--fail", "1"], NO_CLIENT)).code,
    3,
  );
  assert.equal(
    (await run(echo, ["--name", "x", "--count", "2", "--fail", "2"], NO_CLIENT)).code,
    1,
  );
  const thrower = defineTask({
    name: "thrower",
    description: "Throws",
    args: {},
    scopes: [],
    permissions: {},
    needsClient: false,
    run: () => Promise.reject(new Error("boom")),
  });
  const r = await run(thrower, [], NO_CLIENT);
  assert.equal(r.code, 1);
  assert.match(r.stderr, /^error: boom/m);
});

Deno.test("formats: csv flattens cells, json is one array, table aligns columns", async () => {
  const csv = await run(echo, ["--name", 'a "quoted", name', "--format", "csv"], NO_CLIENT);
  const rows = csvRows(csv.stdout);
  assert.deepEqual(Object.keys(rows[0]), [
    "n",
    "name",
    "mode",
    "tags",
    "loud",
    "nested",
    "nothing",
  ]);
  assert.equal(rows[0].name, 'a "quoted", name');
  assert.equal(rows[0].nested, '{"a":[1,2]}');
  assert.equal(rows[0].nothing, "");
  assert.equal(rows.length, 2);

  const json = await run(echo, ["--name", "x", "--format", "json"], NO_CLIENT);
  assert.equal(JSON.parse(json.stdout).length, 2);
  const empty = await run(echo, ["--name", "x", "--count", "0", "--format", "json"], NO_CLIENT);
  assert.deepEqual(JSON.parse(empty.stdout), []);

  const table = await run(echo, ["--name", "longer-name", "--format", "table"], NO_CLIENT);
  const lines = table.stdout.trimEnd().split("\n");
  assert.ok(lines[0].startsWith("n" + " ".repeat(2) + "name" + " ".repeat(9) + "mode"), lines[0]);
  assert.ok(lines[1].startsWith("-" + " ".repeat(2) + "-----------"), lines[1]);
  assert.equal(lines.length, 4);
  assert.ok(!table.stdout.includes("\x1b["), "not a terminal: no colour");
});

Deno.test("--out writes the file (folders created) and leaves stdout empty", async () => {
  const dir = await tempDir();
  try {
    const r = await run(
      echo,
      ["--name", "x", "--format", "csv", "--out", `${dir.path}/a/b.csv`],
      NO_CLIENT,
    );
    assert.equal(r.code, 0, r.stderr);
    assert.equal(r.stdout, "");
    assert.equal(csvRows(await Deno.readTextFile(`${dir.path}/a/b.csv`)).length, 2);
  } finally {
    await dir.remove();
  }
});

Deno.test("Okta errors are reported with status, code and request id, and no token", async () => {
  const org = await openOrg();
  try {
    const { task } = await import("../../tasks/user_offboard.ts");
    const failing = defineTask({
      ...task,
      name: "get-missing",
      args: {},
      run: async (ctx) => void (await ctx.okta.groups.get("00gNOPENOPENOPENOPE1")),
    });
    const r = await run(failing, [], org.okta);
    assert.equal(r.code, 1);
    assert.match(r.stderr, /error: Okta 404 E0000007: .*\[request \S+\]/);
    assert.doesNotMatch(r.stderr, new RegExp(org.emulator.apiToken));
  } finally {
    await org.close();
  }
});

Deno.test("ctx.bulk keeps at most --concurrency in flight, pulls lazily, stops starting work on abort", async () => {
  const org = await openOrg();
  try {
    let inFlight = 0;
    let peak = 0;
    let pulled = 0;
    const done: number[] = [];
    const controller = new AbortController();
    const worker = defineTask({
      name: "bulk-worker",
      description: "Runs items through ctx.bulk",
      args: {},
      scopes: [],
      permissions: {},
      async run(ctx) {
        async function* source() {
          for (let i = 0; i < 50; i++) {
            pulled++;
            yield i;
          }
        }
        await ctx.bulk(source(), async (i) => {
          inFlight++;
          peak = Math.max(peak, inFlight);
          await new Promise((r) => setTimeout(r, 1));
          inFlight--;
          done.push(i);
          if (done.length === 20) controller.abort();
        });
      },
    });
    const r = await run(worker, ["--concurrency", "3"], org.okta, { signal: controller.signal });
    assert.equal(r.code, 0, r.stderr);
    assert.equal(peak, 3);
    assert.ok(done.length >= 20 && done.length <= 23, `${done.length}`);
    assert.ok(pulled <= done.length + 1, `pulled ${pulled}, done ${done.length}`);

    // An error escaping fn fails the task once every started item has ended.
    const ended: number[] = [];
    const failing = defineTask({
      name: "bulk-failing",
      description: "One item throws",
      args: {},
      scopes: [],
      permissions: {},
      async run(ctx) {
        await ctx.bulk([1, 2, 3], async (i) => {
          await new Promise((r) => setTimeout(r, i));
          if (i === 2) throw new Error("two");
          ended.push(i);
        });
      },
    });
    const f = await run(failing, ["--concurrency", "2"], org.okta);
    assert.equal(f.code, 1);
    assert.match(f.stderr, /two/);
    assert.deepEqual(ended.sort(), [1, 3]);
  } finally {
    await org.close();
  }
});

Deno.test("journal: done wins, started-without-outcome is pending, a cut-short line is ignored", async () => {
  const dir = await tempDir();
  try {
    const path = `${dir.path}/sub/j`;
    const j = await openJournal(path);
    await j.append({ t: "start", key: "a" });
    await j.append({ t: "done", key: "a", id: "1" });
    await j.append({ t: "start", key: "b" });
    await j.append({ t: "start", key: "c" });
    await j.append({ t: "failed", key: "c" });
    j.close();
    await Deno.writeTextFile(path, '{"t":"done","key":"b"', { append: true }); // killed mid-line
    const state = await readJournal(path);
    assert.deepEqual([...state.done.keys()], ["a"]);
    assert.deepEqual([...state.pending.keys()], ["b"]);
    assert.equal(state.damaged, 1);
    // Appending after a cut-short line starts a fresh line.
    const again = await openJournal(path);
    await again.append({ t: "done", key: "b" });
    again.close();
    const after = await readJournal(path);
    assert.deepEqual([...after.done.keys()].sort(), ["a", "b"]);
    assert.equal(after.pending.size, 0);
    assert.deepEqual(await readJournal(`${dir.path}/missing`), {
      done: new Map(),
      pending: new Map(),
      damaged: 0,
      orgs: new Set(),
    });
  } finally {
    await dir.remove();
  }
});

Deno.test("progress draws only on a terminal, with colour only when allowed", () => {
  let out = "";
  const silent = createProgress("x", 10, {
    enabled: false,
    color: true,
    write: (t) => void (out += t),
  });
  silent.tick();
  silent.done();
  assert.equal(out, "");
  const plain = createProgress("rows", 4, {
    enabled: true,
    color: false,
    write: (t) => void (out += t),
  });
  plain.total(4);
  plain.tick(4);
  plain.done();
  assert.match(out, /rows \[\.{24}\] 0\/4/);
  assert.ok(!out.includes("\x1b[2m"));
});

Deno.test("ctx.bulk goes through the client's rate-limit-aware okta.bulk()", async () => {
  const org = await openOrg();
  try {
    let bulkCalls = 0;
    const spy = org.okta;
    assert.equal(typeof spy.bulk, "function");
    const bulk = spy.bulk.bind(spy);
    spy.bulk = (items, job, options) => {
      bulkCalls++;
      return bulk(items, job, options);
    };
    const { task } = await import("../../tasks/users_deactivate_stale.ts");
    const r = await run(task, ["--days", "1", "--include-never", "--format", "json"], spy);
    assert.equal(r.code, 0, r.stderr);
    assert.equal(bulkCalls, 1);
    assert.ok(JSON.parse(r.stdout).length >= 1);
  } finally {
    await org.close();
  }
});

Deno.test("colour only on a terminal, and never when NO_COLOR is set", async () => {
  const { runTask } = await import("../../tasks/_framework/mod.ts");
  const capture = async (terminal: boolean) => {
    let err = "";
    await runTask(echo, ["--bogus"], {
      terminal,
      stdout: { write: () => Promise.resolve(), close: () => Promise.resolve() },
      stderr: (t) => void (err += t),
    });
    return err;
  };
  assert.ok(!(await capture(false)).includes("\x1b["));
  // Deno.noColor mirrors NO_COLOR at startup: a terminal gets colour exactly when it is unset.
  assert.equal((await capture(true)).includes("\x1b["), !Deno.noColor);
  const child = await new Deno.Command(Deno.execPath(), {
    args: ["eval", "console.log(Deno.noColor)"],
    env: { NO_COLOR: "1" },
    stdout: "piped",
  }).output();
  assert.equal(new TextDecoder().decode(child.stdout).trim(), "true");
});
