// users-import checks every row against the org's user schema and groups in the dry run, and
// the same checks guard --yes: `would-create` means the org accepts the row, and a refused row
// names its column and why and is never sent.
import assert from "node:assert/strict";
import { task } from "../../tasks/users_import.ts";
import { csvRows, openOrg, run, tempDir } from "./_helpers.ts";
import type { Org } from "./_helpers.ts";

/** Requests to the emulator, straight through its fetch (API token). */
async function api(org: Org, method: string, path: string, body?: unknown) {
  const response = await org.emulator.fetch(
    new Request(`${org.emulator.orgUrl}${path}`, {
      method,
      headers: {
        Authorization: `SSWS ${org.emulator.apiToken}`,
        "Content-Type": "application/json",
        Accept: "application/json",
      },
      body: body === undefined ? undefined : JSON.stringify(body),
    }),
  );
  return { status: response.status, body: await response.json().catch(() => undefined) };
}

const CUSTOM = {
  badgeNumber: { title: "Badge", type: "integer" },
  isManager: { title: "Manager", type: "boolean" },
  tier: { title: "Tier", type: "string", enum: ["gold", "silver"] },
  skills: { title: "Skills", type: "array", items: { type: "string" } },
  shortCode: { title: "Code", type: "string", maxLength: 3 },
  hrCode: { title: "HR code", type: "string", mutability: "READ_ONLY" },
};

async function withCustomSchema(org: Org): Promise<void> {
  const r = await api(org, "POST", "/api/v1/meta/schemas/user/default", {
    definitions: { custom: { id: "#custom", type: "object", properties: CUSTOM } },
  });
  assert.equal(r.status, 200, JSON.stringify(r.body));
}

/** Counts creates that reach the org. */
function countingCreates(): {
  creates: { n: number };
  wrapFetch: (f: (r: Request) => Promise<Response>) => (r: Request) => Promise<Response>;
} {
  const creates = { n: 0 };
  return {
    creates,
    wrapFetch: (fetch) => (request) => {
      if (request.method === "POST" && new URL(request.url).pathname === "/api/v1/users") {
        creates.n++;
      }
      return fetch(request);
    },
  };
}

Deno.test("users-import dry run refuses the issue's row (login=bad, no names, no email), and --yes never sends it", async () => {
  const { creates, wrapFetch } = countingCreates();
  const org = await openOrg({ wrapFetch });
  const dir = await tempDir();
  try {
    await Deno.writeTextFile(`${dir.path}/p.csv`, "login,firstName,lastName,email\nbad,,,\n");
    for (const yes of [[], ["--yes"]]) {
      const r = await run(task, [
        "--file",
        `${dir.path}/p.csv`,
        "--journal",
        `${dir.path}/j`,
        "--format",
        "csv",
        ...yes,
      ], org.okta);
      assert.equal(r.code, 1, r.stderr);
      const [row] = csvRows(r.stdout);
      assert.equal(row.action, "refused");
      assert.deepEqual(row.column.split(";").sort(), ["email", "firstName", "lastName", "login"]);
      for (const name of ["firstName", "lastName", "email"]) {
        assert.match(row.errorSummary, new RegExp(`${name}: required by the org's user schema`));
      }
      assert.match(row.errorSummary, /login: at least 5 characters: "bad" has 3/);
    }
    assert.equal(creates.n, 0);
  } finally {
    await dir.remove();
    await org.close();
  }
});

Deno.test("users-import checks types, enums, lengths, formats, unknown and read-only attributes, naming each column", async () => {
  const org = await openOrg();
  const dir = await tempDir();
  try {
    await withCustomSchema(org);
    const person = (i: number) => `v${i}@validate.example,v${i}@validate.example,Val,Row${i}`;
    const csv =
      "login,email,firstName,lastName,Badge,isManager,tier,skills,shortCode,hrCode,Notes\n" +
      `${person(0)},42,TRUE,gold,go;deno,abc,,\n` + // valid: typed values
      `${person(1)},4x2,,,,,,\n` + // Badge is not an integer
      `${person(2)},,maybe,,,,,\n` + // isManager is not a boolean
      `${person(3)},,,bronze,,,,\n` + // tier not in the enum
      `${person(4)},,,,,abcd,,\n` + // shortCode too long
      `${person(5)},,,,,,X1,\n` + // hrCode is read-only
      `${person(6)},,,,,,,hello\n` + // Notes is no attribute
      `no-at-sign,v7@validate.example,Val,Row7,,,,,,,\n` + // login not an email
      `v8@validate.example,v8.validate.example,Val,Row8,,,,,,,\n` + // email not an email
      `v9@validate.example,v9@validate.example,${"x".repeat(51)},Row9,,,,,,,\n`; // firstName > 50
    await Deno.writeTextFile(`${dir.path}/p.csv`, csv);
    const args = ["--file", `${dir.path}/p.csv`, "--map", "Badge=badgeNumber", "--format", "csv"];
    const plan = await run(task, [...args, "--journal", `${dir.path}/j`], org.okta);
    assert.equal(plan.code, 3, plan.stderr);
    assert.match(plan.stderr, /Column Notes is not an attribute of the org's user schema/);
    const rows = csvRows(plan.stdout);
    const byRow = new Map(rows.map((x) => [Number(x.row), x]));
    const expect: [number, string, string, RegExp][] = [
      [
        3,
        "Badge",
        "INVALID_TYPE",
        /badgeNumber \(column Badge\): must be a whole number: got "4x2"/,
      ],
      [4, "isManager", "INVALID_TYPE", /must be true or false: got "maybe"/],
      [5, "tier", "INVALID_VALUE", /must be one of gold, silver: got "bronze"/],
      [6, "shortCode", "TOO_LONG", /at most 3 characters/],
      [7, "hrCode", "READ_ONLY", /read-only/],
      [8, "Notes", "UNKNOWN_ATTRIBUTE", /not an attribute of the org's user schema/],
      [9, "login", "INVALID_FORMAT", /login: must be in the form of an email address/],
      [10, "email", "INVALID_FORMAT", /email: must be an email address: got "v8.validate.example"/],
      [11, "firstName", "TOO_LONG", /firstName: at most 50 characters/],
    ];
    assert.equal(byRow.get(2)!.action, "would-create", JSON.stringify(byRow.get(2)));
    for (const [row, column, code, summary] of expect) {
      const x = byRow.get(row)!;
      assert.equal(x.action, "refused", `row ${row}`);
      assert.equal(x.column, column, `row ${row}`);
      assert.equal(x.errorCode, code, `row ${row}`);
      assert.match(x.errorSummary, summary, `row ${row}`);
    }

    // --yes: the same verdicts; only the valid row is created, with typed values.
    const applied = await run(task, [...args, "--journal", `${dir.path}/j2`, "--yes"], org.okta);
    assert.equal(applied.code, 3, applied.stderr);
    const appliedRows = csvRows(applied.stdout);
    assert.deepEqual(
      appliedRows.map((x) => [x.row, x.action === "created" ? "would-create" : x.action]).sort(),
      rows.map((x) => [x.row, x.action]).sort(),
    );
    const created = org.emulator.state.user("v0@validate.example")!;
    assert.equal(created.profile.badgeNumber, 42);
    assert.equal(created.profile.isManager, true);
    assert.deepEqual(created.profile.skills, ["go", "deno"]);
    for (let i = 1; i <= 9; i++) {
      assert.equal(org.emulator.state.user(`v${i}@validate.example`), undefined, `v${i}`);
    }
  } finally {
    await dir.remove();
    await org.close();
  }
});

Deno.test("users-import: each row the dry run refuses for its profile, the org refuses too (E0000001)", async () => {
  // The org is the judge: send every refused profile straight to it. (READ_ONLY is left out:
  // the emulator does not model mutability.)
  const org = await openOrg();
  const dir = await tempDir();
  try {
    await withCustomSchema(org);
    const csv = "login,email,firstName,lastName,badgeNumber,tier,shortCode\n" +
      "bad,,,,,,\n" +
      "ok1@agree.example,ok1@agree.example,Ok,One,7,silver,ab\n" +
      "t1@agree.example,t1@agree.example,Ty,Pe,seven,,\n" +
      "e1@agree.example,e1@agree.example,En,Um,,platinum,\n" +
      "l1@agree.example,l1@agree.example,Le,Ngth,,,long\n" +
      "f1@agree.example,not-an-email,Fo,Rmat,,,\n" +
      "x1,x1@agree.example,Lo,Gin,,,\n";
    await Deno.writeTextFile(`${dir.path}/p.csv`, csv);
    const plan = await run(task, [
      "--file",
      `${dir.path}/p.csv`,
      "--journal",
      `${dir.path}/j`,
      "--format",
      "csv",
    ], org.okta);
    const rows = csvRows(plan.stdout);
    const records = csv.trim().split("\n").map((l) => l.split(","));
    const header = records[0];
    for (const x of rows) {
      const cells = records[Number(x.row) - 1];
      const profile: Record<string, unknown> = {};
      header.forEach((h, i) => {
        if (cells[i] !== "") profile[h] = cells[i];
      });
      // Typed as the task would send it (a refused type stays text, as a naive import sends).
      if (typeof profile.badgeNumber === "string" && /^\d+$/.test(profile.badgeNumber)) {
        profile.badgeNumber = Number(profile.badgeNumber);
      }
      const answer = await api(org, "POST", "/api/v1/users?activate=false", { profile });
      if (x.action === "would-create") assert.equal(answer.status, 200, `row ${x.row}`);
      else {
        assert.equal(x.action, "refused", `row ${x.row}`);
        assert.equal(answer.status, 400, `row ${x.row}: ${JSON.stringify(answer.body)}`);
        assert.equal(answer.body.errorCode, "E0000001");
      }
    }
    assert.equal(rows.filter((x) => x.action === "would-create").length, 1);
  } finally {
    await dir.remove();
    await org.close();
  }
});

Deno.test("users-import --existing update checks only the values it sends", async () => {
  const org = await openOrg();
  const dir = await tempDir();
  try {
    const login = "admin@example.com";
    await Deno.writeTextFile(
      `${dir.path}/p.csv`,
      `login,department,countryCode\n${login},Platform,\nnew@partial.example,Platform,\n${login},,USA\n`,
    );
    const r = await run(task, [
      "--file",
      `${dir.path}/p.csv`,
      "--existing",
      "update",
      "--journal",
      `${dir.path}/j`,
      "--format",
      "csv",
    ], org.okta);
    const byRow = new Map(csvRows(r.stdout).map((x) => [x.row, x]));
    // An update of the existing login needs no names or email; a create does.
    assert.equal(byRow.get("2")!.action, "would-update");
    assert.equal(byRow.get("3")!.action, "refused");
    assert.match(byRow.get("3")!.errorSummary, /firstName: required/);
    assert.equal(byRow.get("4")!.errorCode, "DUPLICATE_ROW"); // same login twice in the file
  } finally {
    await dir.remove();
    await org.close();
  }
});
