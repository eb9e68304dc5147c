// The `okta` command line against an in-process emulator: resolution, parameters, bodies,
// output formats, the --yes guard, pipelines, exit codes, help and completion.
import assert from "node:assert/strict";
import { OPERATIONS } from "../../src/core/operation_table.ts";
import { CMDLETS } from "../../src/generated/cli_facts.ts";
import { commandWords, resolveCommand } from "../../cli/commands.ts";
import { parse } from "../../tasks/_framework/deps.ts";
import { ndjson, openCliOrg } from "./_harness.ts";

Deno.test("every operation resolves by its fluent words, its operationId and its cmdlet", async () => {
  let cmdlets = 0;
  for (const op of OPERATIONS) {
    const words = commandWords(op).split(" ");
    const byWords = await resolveCommand(words);
    assert.equal(byWords.kind === "operation" && byWords.operation.id, op.id, words.join(" "));
    assert.equal(byWords.consumed, words.length);
    const byId = await resolveCommand([op.id]);
    assert.equal(byId.kind === "operation" && byId.operation.id, op.id);
    const cmdlet = CMDLETS[op.id];
    if (cmdlet) {
      const byCmdlet = await resolveCommand([cmdlet]);
      // Two operations can share a PowerShell name; the first in the table keeps it.
      assert.equal(byCmdlet.kind, "operation");
      cmdlets++;
    }
  }
  assert.equal(OPERATIONS.length, 816);
  assert.ok(cmdlets > 400, `${cmdlets} cmdlets`);
});

Deno.test("users get by login, by operationId and by cmdlet print the same user", async () => {
  const org = await openCliOrg();
  try {
    const a = await org.run(["users", "get", "ava.nguyen@example.com", "--format", "json"]);
    assert.equal(a.code, 0, a.stderr);
    const user = JSON.parse(a.stdout);
    assert.equal(user.profile.login, "ava.nguyen@example.com");
    const b = await org.run(["getUser", "--id", user.id, "--format", "json"]);
    const c = await org.run(["Get-OktaUser", "--id", "ava.nguyen@example.com", "--format", "json"]);
    assert.equal(JSON.parse(b.stdout).id, user.id);
    assert.equal(JSON.parse(c.stdout).id, user.id);
    const table = await org.run(["users", "get", user.id], { terminal: true });
    assert.match(table.stdout, /^profile\.login\s+ava\.nguyen@example\.com$/m);
  } finally {
    await org.close();
  }
});

Deno.test("lists: first page by default, --all follows every page, --limit caps, --columns picks", async () => {
  const org = await openCliOrg({ users: 450 });
  try {
    const all = await org.run(["users", "list", "--all", "--format", "ndjson"]);
    assert.equal(all.code, 0, all.stderr);
    const total = ndjson(all.stdout).length;
    assert.ok(total > 450, `${total} users`);
    assert.equal(new Set(ndjson(all.stdout).map((u) => u.id)).size, total);

    const first = await org.run(["users", "list", "--format", "ndjson"]);
    assert.equal(ndjson(first.stdout).length, 200);
    assert.match(first.stderr, /first page only, 200 items: add --all/);

    const five = await org.run(["users", "list", "--limit", "5", "--format", "json"]);
    assert.equal(JSON.parse(five.stdout).length, 5);
    const over = await org.run(["users", "list", "--limit", "250", "--format", "ndjson"]);
    assert.equal(ndjson(over.stdout).length, 250);

    const csv = await org.run([
      "users",
      "list",
      "--search",
      'profile.department eq "Sales"',
      "--columns",
      "id,profile.login",
      "--format",
      "csv",
    ]);
    const rows = parse(csv.stdout) as string[][];
    assert.deepEqual(rows[0], ["id", "profile.login"]);
    assert.ok(rows.length > 1);
    assert.ok(rows.slice(1).every((r) => r[1].includes("@")));

    const table = await org.run(["groups", "list", "--q", "Eng"], { terminal: true });
    assert.match(table.stdout, /^id\s+.*profile\.name/m);
    assert.match(table.stdout, /Engineering/);
  } finally {
    await org.close();
  }
});

Deno.test("CSV cells a spreadsheet would run as formulas are neutralized", async () => {
  const org = await openCliOrg();
  try {
    await org.okta.users.create({
      profile: {
        login: "formula@example.com",
        email: "formula@example.com",
        firstName: '=HYPERLINK("http://evil")',
        lastName: "@SUM(A1)",
      },
    });
    const out = await org.run([
      "users",
      "list",
      "--search",
      'profile.login eq "formula@example.com"',
      "--columns",
      "profile.firstName,profile.lastName",
      "--format",
      "csv",
    ]);
    const rows = parse(out.stdout) as string[][];
    assert.deepEqual(rows[1], ['\'=HYPERLINK("http://evil")', "'@SUM(A1)"]);
  } finally {
    await org.close();
  }
});

Deno.test("a call that changes the org is shown, not sent, without --yes; sent with it", async () => {
  const org = await openCliOrg();
  try {
    const args = [
      "users",
      "create",
      "--set",
      "profile.login=new.hire@example.com",
      "--set",
      "profile.email=new.hire@example.com",
      "--set",
      "profile.firstName=New",
      "--set",
      "profile.lastName=Hire",
      "--set",
      "profile.employeeNumber=0042",
      "--set",
      "credentials.password.value=Correct-Horse-9",
      "--activate",
    ];
    const before = org.requests;
    const dry = await org.run(args);
    assert.equal(dry.code, 0, dry.stderr);
    assert.equal(org.requests, before, "nothing was sent");
    assert.match(dry.stderr, /^POST http:\/\/.*\/api\/v1\/users\?activate=true$/m);
    assert.match(dry.stderr, /"employeeNumber": "0042"/);
    assert.match(dry.stderr, /Nothing was sent: this call changes the org\. Add --yes/);
    assert.doesNotMatch(dry.stderr + dry.stdout, /Correct-Horse-9/);
    assert.match(dry.stderr, /\[REDACTED\]/);

    const sent = await org.run([...args, "--yes", "--format", "json"]);
    assert.equal(sent.code, 0, sent.stderr);
    const user = JSON.parse(sent.stdout);
    assert.equal(user.status, "ACTIVE");
    assert.equal(user.profile.employeeNumber, "0042");
    assert.doesNotMatch(sent.stdout + sent.stderr, /Correct-Horse-9/);

    const declined = await runWithConfirm(org, ["users", "lifecycle", "suspend", user.id], false);
    assert.match(declined, /Nothing was sent/);
    assert.equal((await org.okta.users.get(user.id)).status, "ACTIVE");
  } finally {
    await org.close();
  }
});

async function runWithConfirm(
  org: Awaited<ReturnType<typeof openCliOrg>>,
  argv: string[],
  answer: boolean,
): Promise<string> {
  const { runCli } = await import("../../cli/run.ts");
  let stderr = "";
  let asked = "";
  await runCli(argv, {
    okta: org.okta as never,
    stdout: { write: () => Promise.resolve(), close: () => Promise.resolve() },
    stderr: (text) => void (stderr += text),
    confirm: (question) => {
      asked = question;
      return Promise.resolve(answer);
    },
  });
  assert.match(asked, /^POST .*\/lifecycle\/suspend\nSend it\?$/);
  return stderr;
}

Deno.test("bad input is a usage error (exit 2) naming what to fix; nothing is sent", async () => {
  const org = await openCliOrg();
  try {
    const before = org.requests;
    const cases: [string[], RegExp][] = [
      [["usres", "list"], /unknown command "usres" in okta; did you mean "users"/],
      [["users", "lst"], /unknown command "lst" in okta users; did you mean "list"/],
      [["users", "list", "--serch", "x"], /unknown option --serch .*did you mean --search/],
      [["users", "list", "--limit", "0"], /--limit must be a whole number of at least 1/],
      [["users", "list", "--format", "xml"], /--format must be one of table, json, ndjson, csv/],
      [["users", "get"], /missing <id>/],
      [["users", "get", "a", "b"], /too many arguments/],
      [["users", "create", "--yes"], /needs a request body \(CreateUserRequest\)/],
      [
        ["users", "create", "--set", "profil.login=x", "--yes"],
        /unknown field "profil"; did you mean "profile"/,
      ],
      [
        ["users", "create", "--data", '{"profile":{},"credentials":{"pasword":{}}}', "--yes"],
        /unknown field "credentials\.pasword"; did you mean "password"/,
      ],
      [["users", "create", "--data", "{nope", "--yes"], /--data is not valid JSON/],
      [["users", "get", "x", "--data", "{}"], /takes no request body/],
      [["users", "create", "--nextLogin", "later"], /--nextLogin must be one of changePassword/],
      [["users"], /okta users needs a method/],
    ];
    for (const [argv, message] of cases) {
      const result = await org.run(argv);
      assert.equal(result.code, 2, `${argv.join(" ")}: ${result.stderr}`);
      assert.match(result.stderr, message, argv.join(" "));
    }
    assert.equal(org.requests, before);
  } finally {
    await org.close();
  }
});

Deno.test("an API error exits 1 with Okta's error fields on stderr", async () => {
  const org = await openCliOrg();
  try {
    const result = await org.run(["users", "get", "nobody@example.com"]);
    assert.equal(result.code, 1);
    assert.match(result.stderr, /errorCode: E0000007/);
    assert.match(result.stderr, /requestId: \S+/);
    assert.equal(result.stdout, "");
    const badSearch = await org.run([
      "users",
      "list",
      "--search",
      "profile.login eq",
      "--format",
      "json",
    ]);
    assert.equal(badSearch.code, 1, badSearch.stderr);
    assert.equal(badSearch.stdout, "", "a list that fails before any item prints nothing");
    assert.match(badSearch.stderr, /status: 400/);
    const bad = await org.run(["users", "create", "--set", "profile.login=bad", "--yes"]);
    assert.equal(bad.code, 1);
    assert.match(bad.stderr, /E0000001/);
  } finally {
    await org.close();
  }
});

Deno.test("--stdin runs one call per line or NDJSON record; a partial failure exits 3", async () => {
  const org = await openCliOrg();
  try {
    const listed = await org.run([
      "users",
      "list",
      "--search",
      'profile.department eq "Engineering" and status eq "ACTIVE"',
      "--format",
      "ndjson",
    ]);
    const users = ndjson(listed.stdout);
    assert.ok(users.length >= 2);
    const dry = await org.run(["users", "lifecycle", "suspend", "--stdin", "id"], {
      stdin: listed.stdout,
    });
    assert.equal(dry.code, 0);
    assert.match(dry.stderr, new RegExp(`Nothing was sent: ${users.length} calls would change`));
    assert.equal((await org.okta.users.get(String(users[0].id))).status, "ACTIVE");

    const stdin = listed.stdout + "no-such-user\n";
    const run = await org.run(["users", "lifecycle", "suspend", "--stdin", "id", "--yes"], {
      stdin,
    });
    assert.equal(run.code, 3, run.stderr);
    assert.match(run.stderr, new RegExp(`${users.length} succeeded, 1 failed`));
    assert.match(run.stderr, /no-such-user: 404 E0000007/);
    for (const u of users) {
      assert.equal((await org.okta.users.get(String(u.id))).status, "SUSPENDED");
    }

    const [sales] = await org.okta.groups.list().search('profile.name eq "Sales"');
    const ids = users.map((u) => u.id).join("\n") + "\n";
    const add = await org.run(["groups", "users", "add", sales.id!, "--stdin", "id", "--yes"], {
      stdin: ids,
    });
    assert.equal(add.code, 0, add.stderr);
    const members = new Set((await org.okta.groups.users.list(sales.id!)).map((u) => u.id));
    for (const u of users) assert.ok(members.has(String(u.id)), `${u.id} added to Sales`);
  } finally {
    await org.close();
  }
});

Deno.test("help: namespaces, methods, and a method's parameters, scopes, cmdlet and example", async () => {
  const org = await openCliOrg();
  try {
    const root = await org.run(["--help"]);
    assert.equal(root.code, 0);
    assert.match(root.stdout, /^ {2}users\s+\d+ operations$/m);
    assert.match(root.stdout, /^ {2}groups\s+\d+ operations$/m);
    const users = await org.run(["users", "--help"]);
    assert.match(users.stdout, /okta users get <id>\s+GET Get user$/m);
    assert.match(users.stdout, /okta users lifecycle suspend <id>\s+POST Suspend user$/m);
    const get = await org.run(["users", "get", "--help"]);
    assert.match(get.stdout, /GET \/api\/v1\/users\/\{id\}/);
    assert.match(get.stdout, /okta\.users\.read/);
    assert.match(get.stdout, /Get-OktaUser/);
    assert.match(get.stdout, /--expand/);
    const list = await org.run(["help", "users", "list"]);
    assert.match(list.stdout, /^ {2}--search {2}string$/m);
    const create = await org.run(["users", "create", "--help"]);
    assert.match(create.stdout, /^ {2}--nextLogin {2}changePassword$/m);
    assert.match(create.stdout, /Body: JSON \(CreateUserRequest\), required/);
    assert.match(list.stdout, /Example:\n {2}okta users list --search .* --all/);
    const none = await org.run([]);
    assert.equal(none.code, 2);
  } finally {
    await org.close();
  }
});

Deno.test("completion: scripts for bash, zsh and fish; candidates for words and flags", async () => {
  const org = await openCliOrg();
  try {
    for (const shell of ["bash", "zsh", "fish"]) {
      const script = await org.run(["completions", shell]);
      assert.match(script.stdout, /okta __complete/);
    }
    const words = await org.run(["__complete", "users", "li"]);
    assert.ok(words.stdout.split("\n").includes("list"), words.stdout);
    const top = await org.run(["__complete", "gro"]);
    assert.ok(top.stdout.split("\n").includes("groups"));
    const flags = await org.run(["__complete", "users", "list", "--se"]);
    assert.ok(flags.stdout.split("\n").includes("--search"), flags.stdout);
    assert.ok(!flags.stdout.includes("--yes"));
  } finally {
    await org.close();
  }
});

Deno.test("sweep: every one of the 816 operations has help, by its words and by its operationId", async () => {
  const org = await openCliOrg();
  try {
    let reached = 0;
    for (const op of OPERATIONS) {
      const byWords = await org.run([...commandWords(op).split(" "), "--help"]);
      assert.equal(byWords.code, 0, `${commandWords(op)} --help: ${byWords.stderr}`);
      assert.ok(byWords.stdout.includes(`${op.method} ${op.path}`), commandWords(op));
      const byId = await org.run(["help", op.id]);
      assert.equal(byId.stdout, byWords.stdout, op.id);
      reached++;
    }
    assert.equal(reached, 816);
  } finally {
    await org.close();
  }
});

Deno.test("list and get for each hand-written resource of the emulator", async () => {
  const org = await openCliOrg();
  try {
    for (
      const [ns, key] of [["users", "id"], ["groups", "id"], ["apps", "id"], ["groups rules", "id"]]
    ) {
      const words = ns.split(" ");
      const list = await org.run([...words, "list", "--format", "ndjson", "--limit", "3"]);
      assert.equal(list.code, 0, `${ns} list: ${list.stderr}`);
      const [first] = ndjson(list.stdout);
      assert.ok(first, `${ns} list returned items`);
      const get = await org.run([...words, "get", String(first[key]), "--format", "json"]);
      assert.equal(get.code, 0, `${ns} get: ${get.stderr}`);
      assert.equal(JSON.parse(get.stdout).id, first.id);
    }
  } finally {
    await org.close();
  }
});

Deno.test("a body from a file, from stdin and from --set give the same request", async () => {
  const org = await openCliOrg();
  const dir = await Deno.makeTempDir();
  try {
    const zone = { type: "IP", name: "Office", gateways: [{ type: "CIDR", value: "10.0.0.0/8" }] };
    await Deno.writeTextFile(`${dir}/zone.json`, JSON.stringify(zone));
    const fromFile = await org.run(["zones", "create", "--data", `@${dir}/zone.json`]);
    const fromStdin = await org.run(["zones", "create", "--data", "-"], {
      stdin: JSON.stringify(zone),
    });
    const fromSet = await org.run([
      "zones",
      "create",
      "--set",
      "type=IP",
      "--set",
      "name=Office",
      "--set",
      'gateways=[{"type":"CIDR","value":"10.0.0.0/8"}]',
    ]);
    assert.equal(fromFile.code, 0, fromFile.stderr);
    assert.equal(fromStdin.stderr, fromFile.stderr);
    assert.equal(fromSet.stderr, fromFile.stderr);
    const sent = await org.run([
      "zones",
      "create",
      "--data",
      `@${dir}/zone.json`,
      "--yes",
      "--format",
      "json",
    ]);
    assert.equal(sent.code, 0, sent.stderr);
    assert.equal(JSON.parse(sent.stdout).name, "Office");
    const missing = await org.run(["zones", "create", "--data", `@${dir}/nope.json`]);
    assert.equal(missing.code, 2);
    assert.match(missing.stderr, /--data: no file .*nope\.json/);
  } finally {
    await Deno.remove(dir, { recursive: true });
    await org.close();
  }
});

Deno.test("the bash completion script parses (bash -n) and completes through the real command", async () => {
  const org = await openCliOrg();
  const dir = await Deno.makeTempDir();
  try {
    const script = (await org.run(["completions", "bash"])).stdout;
    await Deno.writeTextFile(`${dir}/okta.bash`, script);
    const parse = await new Deno.Command("bash", { args: ["-n", `${dir}/okta.bash`] }).output();
    assert.equal(parse.code, 0, new TextDecoder().decode(parse.stderr));
    const main = new URL("../../cli/main.ts", import.meta.url).pathname;
    const query = [
      `okta() { "${Deno.execPath()}" run --allow-env=OKTA_* "${main}" "$@"; }`,
      `source "${dir}/okta.bash"`,
      "COMP_WORDS=(okta users lifecycle sus); COMP_CWORD=3; _okta",
      'printf "%s\\n" "${COMPREPLY[@]}"',
    ].join("\n");
    const out = await new Deno.Command("bash", { args: ["-c", query], stdout: "piped" }).output();
    assert.equal(new TextDecoder().decode(out.stdout).trim(), "suspend");
  } finally {
    await Deno.remove(dir, { recursive: true });
    await org.close();
  }
});
