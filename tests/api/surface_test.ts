import assert from "node:assert/strict";
import { attachApi, scopesFor } from "../../src/api/mod.ts";
import { OPERATIONS } from "../../src/core/operation_table.ts";
import { assignFluentNames, METHOD_OVERRIDES, namespaceFor } from "../../tools/codegen/naming.ts";
import { cmdletName, fluentCall } from "../../tools/codegen/emit_docs.ts";
import { fakeHost } from "./_fake_host.ts";

const CLIENT_MEMBERS = [
  "request",
  "paginate",
  "call",
  "callList",
  "auth",
  "config",
  "close",
  "bulk",
  "operation",
  "scopesFor",
];

Deno.test("fluent names are unique, never a prefix of another, and avoid client members", () => {
  const names = OPERATIONS.map((o) => o.fluent);
  assert.equal(new Set(names).size, 816);
  const ids = OPERATIONS.map((o) => o.id);
  assert.equal(new Set(ids).size, 816);
  const set = new Set(names);
  for (const n of names) {
    const parts = n.split(".");
    assert.ok(parts.length >= 2, n);
    for (let i = 1; i < parts.length; i++) {
      assert.ok(
        !set.has(parts.slice(0, i).join(".")),
        `${n} sits under method ${parts.slice(0, i).join(".")}`,
      );
    }
    assert.ok(!CLIENT_MEMBERS.includes(parts[0]), n);
    assert.ok(!parts.some((p) => p === "then" || p === "constructor"), n);
  }
});

Deno.test("the naming rule gives the documented examples", () => {
  const fluent = new Map(OPERATIONS.map((o) => [o.id, o.fluent]));
  assert.equal(fluent.get("listUsers"), "users.list");
  assert.equal(fluent.get("getUser"), "users.get");
  assert.equal(fluent.get("createUser"), "users.create");
  assert.equal(fluent.get("activateUser"), "users.lifecycle.activate");
  assert.equal(fluent.get("listGroups"), "groups.list");
  assert.equal(fluent.get("assignUserToGroup"), "groups.users.add");
  assert.equal(fluent.get("listLogEvents"), "logs.list");
  assert.equal(fluent.get("listApplications"), "apps.list");
  assert.equal(fluent.get("listApplicationUsers"), "apps.users.list");
  // The rule itself, on made-up operations: prefix nesting, verb + remaining words, collisions.
  assert.equal(namespaceFor("ApplicationWidgets"), "apps.widgets");
  assert.equal(namespaceFor("FancyThing"), "fancyThing");
  const names = assignFluentNames([
    { id: "listWidgets", tag: "Widget" },
    { id: "getWidget", tag: "Widget" },
    { id: "getWidgetFoo", tag: "Widget" },
    { id: "listWidgetFoos", tag: "Widget" },
    { id: "listFoos", tag: "Widget" },
  ]);
  assert.equal(names.get("listWidgets"), "widget.list");
  assert.equal(names.get("getWidget"), "widget.get");
  assert.equal(names.get("getWidgetFoo"), "widget.getFoo");
  assert.equal(names.get("listWidgetFoos"), "widget.listFoos");
  // listFoos would be "listFoos" too: the later one falls back to its operationId, then "Op".
  assert.equal(names.get("listFoos"), "widget.listFoosOp");
  for (const [id, fluent] of Object.entries(METHOD_OVERRIDES)) {
    assert.equal(OPERATIONS.find((o) => o.id === id)?.fluent, fluent, id);
  }
});

Deno.test("scopesFor answers the OAuth scopes of an operation", () => {
  assert.deepEqual(scopesFor("listUsers"), ["okta.users.read"]);
  assert.deepEqual(scopesFor("createUser"), ["okta.users.manage"]);
  assert.deepEqual(scopesFor("listLogEvents"), ["okta.logs.read"]);
  const okta = attachApi(fakeHost());
  assert.deepEqual(okta.scopesFor("listGroups"), ["okta.groups.read"]);
  assert.throws(
    () => scopesFor("listUserz" as "listUsers"),
    /Unknown Okta operationId "listUserz"/,
  );
  const anonymous = OPERATIONS.filter((o) => o.anonymous);
  assert.ok(anonymous.some((o) => o.path === "/.well-known/okta-organization"));
  for (const op of OPERATIONS) {
    assert.ok(op.anonymous || op.scopes.length > 0 || op.apiToken, `${op.id} has no auth at all`);
  }
});

Deno.test("operation() builds the same request as the fluent form", () => {
  const host = fakeHost();
  const okta = attachApi(host);
  okta.operation("listUsers", { search: 'profile.lastName eq "O\'Neil"', limit: 5 });
  okta.users.list().search('profile.lastName eq "O\'Neil"').limit(5);
  const [byId, fluent] = host.calls;
  assert.equal(byId.kind, "callList");
  assert.deepEqual(byId.query, fluent.query);
  assert.equal(byId.spec.path, fluent.spec.path);
  okta.operation("replaceUser", { id: "00u/1", body: { profile: { login: "x" } } });
  assert.deepEqual(host.calls[2].spec.pathParams, { id: "00u/1" });
  assert.deepEqual(host.calls[2].spec.body, { profile: { login: "x" } });
  okta.operation("updateGroupAssignmentToApplication", {
    appId: "a",
    groupId: "g",
    body: [],
    headers: { "X-Test": "1" },
  });
  assert.equal(host.calls[3].spec.headers?.["X-Test"], "1");
  assert.throws(
    () => okta.operation("getUser", {} as { id: string }),
    /path parameter "id" is required/,
  );
  assert.throws(
    () => okta.operation("getUser", { id: "1", serch: "x" } as { id: string }),
    /unknown parameter "serch"/,
  );
});

Deno.test("namespaces are built lazily, once, on first access", () => {
  const okta = attachApi(fakeHost());
  const desc = Object.getOwnPropertyDescriptor(okta, "users")!;
  assert.equal(typeof desc.get, "function");
  const users = okta.users;
  assert.equal(okta.users, users);
  assert.equal(typeof Object.getOwnPropertyDescriptor(okta, "users")!.value, "object");
  assert.equal(typeof Object.getOwnPropertyDescriptor(okta, "groups")!.get, "function");
  assert.throws(() => attachApi({ ...fakeHost(), users: 1 }), /collides with a client member/);
});

Deno.test("API.md helpers: PowerShell verb rules and fluent calls", () => {
  assert.equal(cmdletName("getUser"), "Get-OktaUser");
  assert.equal(cmdletName("listUsers"), "Invoke-OktaListUsers");
  assert.equal(cmdletName("deleteUser"), "Invoke-OktaDeleteUser");
  assert.equal(cmdletName("createUser"), "New-OktaUser");
  assert.equal(cmdletName("activateUser"), "Invoke-OktaActivateUser");
  assert.equal(cmdletName("assignRoleToUser"), "Set-OktaRoleToUser");
  assert.equal(cmdletName("changePassword"), "Rename-OktaPassword");
  assert.equal(cmdletName("verifyFactor"), "Test-OktaFactor");
  assert.equal(cmdletName("clonePolicy"), "Copy-OktaPolicy");
  assert.equal(cmdletName("suspendUser"), "Suspend-OktaUser");
  assert.equal(cmdletName("revokeSession"), "Revoke-OktaSession");
  const add = OPERATIONS.find((o) => o.id === "assignUserToGroup")!;
  assert.equal(fluentCall(add), "okta.groups.users.add(groupId, userId)");
  const create = OPERATIONS.find((o) => o.id === "createUser")!;
  assert.equal(fluentCall(create), "okta.users.create(body)");
});

Deno.test("docs/API.md lists every operation once", async () => {
  const md = await Deno.readTextFile(new URL("../../docs/API.md", import.meta.url));
  const rows = md.split("\n").filter((l) => l.startsWith("| `"));
  assert.equal(rows.length, 816);
  assert.ok(
    md.includes(
      "| `listUsers` | `okta.users.list()` | `GET /api/v1/users` | `okta.users.read` | `Invoke-OktaListUsers` |",
    ),
  );
  const withCmdlet = rows.filter((r) => / \| `[A-Z][a-z]+-Okta[A-Za-z0-9]+` \|$/.test(r));
  assert.ok(withCmdlet.length >= 470 && withCmdlet.length <= 480, String(withCmdlet.length));
});

Deno.test("schema type names never clash with hand-written public names (export type * is safe)", async () => {
  const exported = async (rel: string): Promise<string[]> => {
    const text = await Deno.readTextFile(new URL(rel, import.meta.url));
    return [
      ...text.matchAll(/^export (?:declare )?(?:type|interface|class|function|const) (\w+)/gm),
    ]
      .map((m) => m[1]);
  };
  const schemas = new Set(await exported("../../src/generated/types.ts"));
  assert.ok(schemas.has("User") && schemas.has("HttpMethodSchema"));
  const others: string[] = [];
  for await (const dir of ["../../src/core/", "../../src/auth/", "../../src/api/"]) {
    for await (const entry of Deno.readDir(new URL(dir, import.meta.url))) {
      if (entry.isFile && entry.name.endsWith(".ts")) {
        others.push(...await exported(dir + entry.name));
      }
    }
  }
  others.push(...await exported("../../src/generated/api.ts"));
  const clashes = others.filter((n) => schemas.has(n) && n !== "UnknownEnumValue");
  assert.deepEqual(clashes, []);
});
