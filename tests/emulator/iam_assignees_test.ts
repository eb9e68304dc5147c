// GET /api/v1/iam/assignees/users: derived from the users' and groups' role assignments, paged in
// the body (`value` + `_links.next.href`).
import assert from "node:assert/strict";
import type { Emulator } from "../../emulator.ts";
import { createOkta } from "../../mod.ts";
import { call, emulator, newUser } from "./_helpers.ts";

const LIST = "/api/v1/iam/assignees/users";

async function user(emu: Emulator, login: string): Promise<string> {
  const r = await call(emu, "POST", "/api/v1/users?activate=true", { body: newUser(login) });
  assert.equal(r.status, 200, r.text);
  return r.body.id;
}

async function group(emu: Emulator, name: string, members: string[]): Promise<string> {
  const r = await call(emu, "POST", "/api/v1/groups", { body: { profile: { name } } });
  assert.equal(r.status, 200, r.text);
  for (const id of members) {
    const m = await call(emu, "PUT", `/api/v1/groups/${r.body.id}/users/${id}`);
    assert.equal(m.status, 204, m.text);
  }
  return r.body.id;
}

async function assign(emu: Emulator, owner: string, type: string): Promise<string> {
  const r = await call(emu, "POST", `${owner}/roles`, { body: { type } });
  assert.ok(r.status === 200 || r.status === 201, r.text);
  return r.body.id;
}

/** The seeded admin, a SUPER_ADMIN in every seed (the API token acts as this user). */
function adminOf(emu: Emulator): string {
  return emu.state.user("admin@example.com")!.id;
}

/** Every assignee id, following `_links.next.href` page by page. */
async function listAll(emu: Emulator, first = LIST): Promise<{ ids: string[]; pages: number }> {
  const ids: string[] = [];
  let url: string | undefined = first;
  let pages = 0;
  while (url) {
    const r = await call(emu, "GET", url);
    assert.equal(r.status, 200, r.text);
    assert.ok(Array.isArray(r.body.value), r.text);
    ids.push(...r.body.value.map((x: { id: string }) => x.id));
    url = r.body._links?.next?.href;
    pages++;
    assert.ok(pages < 50, "the next links never end");
  }
  return { ids, pages };
}

Deno.test("iam assignees: an empty org lists only its super admin, with no next link", async () => {
  const emu = emulator({ seed: "empty" });
  try {
    const r = await call(emu, "GET", LIST);
    assert.equal(r.status, 200, r.text);
    assert.deepEqual(r.body.value.map((x: { id: string }) => x.id), [adminOf(emu)]);
    assert.deepEqual(r.body._links, {});
    const roles = await call(emu, "GET", `/api/v1/users/${adminOf(emu)}/roles`);
    assert.deepEqual(roles.body.map((x: { type: string }) => x.type), ["SUPER_ADMIN"]);
  } finally {
    await emu.close();
  }
});

Deno.test("iam assignees: direct and group roles, each user once, in creation order", async () => {
  const emu = emulator({ seed: "empty" });
  try {
    const a = await user(emu, "a@example.com");
    const b = await user(emu, "b@example.com");
    const c = await user(emu, "c@example.com");
    const none = await user(emu, "none@example.com");
    const admins = await group(emu, "Admins", [b, c]);
    await group(emu, "No roles", [none]);
    // c holds a role of its own and one through the group: listed once.
    await assign(emu, `/api/v1/users/${c}`, "HELP_DESK_ADMIN");
    await assign(emu, `/api/v1/users/${a}`, "USER_ADMIN");
    await assign(emu, `/api/v1/users/${a}`, "READ_ONLY_ADMIN");
    await assign(emu, `/api/v1/groups/${admins}`, "READ_ONLY_ADMIN");

    const r = await call(emu, "GET", LIST);
    assert.equal(r.status, 200, r.text);
    const admin = adminOf(emu);
    assert.deepEqual(r.body.value.map((x: { id: string }) => x.id), [admin, a, b, c]);
    assert.deepEqual(r.body._links, {});
    const first = r.body.value[1];
    assert.deepEqual(Object.keys(first).sort(), ["_links", "id", "orn"]);
    assert.match(first.orn, new RegExp(`^orn:okta:directory:00o\\w+:users:${a}$`));
    assert.equal(first._links.self.href, `${emu.orgUrl}/api/v1/users/${a}`);
    assert.equal(first._links.roles.href, `${emu.orgUrl}/api/v1/users/${a}/roles`);
    // The roles link leads to the assignments that put the user on the list.
    const roles = await call(emu, "GET", first._links.roles.href);
    assert.deepEqual(roles.body.map((x: { type: string }) => x.type).sort(), [
      "READ_ONLY_ADMIN",
      "USER_ADMIN",
    ]);
    // A role assigned through /users/me lands on the token's admin.
    await assign(emu, "/api/v1/users/me", "REPORT_ADMIN");
    const mine = await call(emu, "GET", `/api/v1/users/${admin}/roles`);
    assert.deepEqual(mine.body.map((x: { type: string }) => x.type).sort(), [
      "REPORT_ADMIN",
      "SUPER_ADMIN",
    ]);
  } finally {
    await emu.close();
  }
});

Deno.test("iam assignees: unassigning, leaving the group and deleting take users off the list", async () => {
  const emu = emulator({ seed: "empty" });
  try {
    const a = await user(emu, "a@example.com");
    const b = await user(emu, "b@example.com");
    const c = await user(emu, "c@example.com");
    const d = await user(emu, "d@example.com");
    const admins = await group(emu, "Admins", [b, c]);
    const role = await assign(emu, `/api/v1/users/${a}`, "USER_ADMIN");
    await assign(emu, `/api/v1/users/${d}`, "USER_ADMIN");
    await assign(emu, `/api/v1/groups/${admins}`, "ORG_ADMIN");
    const admin = adminOf(emu);
    assert.deepEqual((await listAll(emu)).ids, [admin, a, b, c, d]);

    const del = await call(emu, "DELETE", `/api/v1/users/${a}/roles/${role}`);
    assert.equal(del.status, 204, del.text);
    assert.deepEqual((await listAll(emu)).ids, [admin, b, c, d]);

    const leave = await call(emu, "DELETE", `/api/v1/groups/${admins}/users/${b}`);
    assert.equal(leave.status, 204, leave.text);
    assert.deepEqual((await listAll(emu)).ids, [admin, c, d]);

    // A user who joins the group later gets its roles too.
    const join = await call(emu, "PUT", `/api/v1/groups/${admins}/users/${a}`);
    assert.equal(join.status, 204, join.text);
    assert.deepEqual((await listAll(emu)).ids, [admin, a, c, d]);

    const gone = await call(emu, "DELETE", `/api/v1/groups/${admins}`);
    assert.equal(gone.status, 204, gone.text);
    assert.deepEqual((await listAll(emu)).ids, [admin, d]);

    for (let i = 0; i < 2; i++) {
      // Deactivate, then delete: a deleted user is no longer listed.
      const r = await call(emu, "DELETE", `/api/v1/users/${d}`);
      assert.ok(r.status === 200 || r.status === 204, r.text);
    }
    assert.equal(emu.state.user(d), undefined);
    assert.deepEqual((await listAll(emu)).ids, [admin]);
  } finally {
    await emu.close();
  }
});

Deno.test("iam assignees: limit and after page in the body; bad cursors and limits are E0000029", async () => {
  const emu = emulator({ seed: "empty" });
  try {
    const ids: string[] = [];
    for (let i = 0; i < 5; i++) ids.push(await user(emu, `u${i}@example.com`));
    const everyone = await group(emu, "Half", [ids[1], ids[3]]);
    await assign(emu, `/api/v1/groups/${everyone}`, "HELP_DESK_ADMIN");
    for (const i of [0, 2, 4]) await assign(emu, `/api/v1/users/${ids[i]}`, "APP_ADMIN");
    const expected = [adminOf(emu), ...ids];

    const first = await call(emu, "GET", `${LIST}?limit=2`);
    assert.equal(first.body.value.length, 2);
    const next = new URL(first.body._links.next.href);
    assert.equal(next.origin + next.pathname, `${emu.orgUrl}${LIST}`);
    assert.equal(next.searchParams.get("limit"), "2");
    assert.ok(next.searchParams.get("after"));
    const paged = await listAll(emu, `${LIST}?limit=2`);
    assert.deepEqual(paged.ids, expected);
    assert.equal(paged.pages, 3);
    // An exact fit ends without an empty page.
    const exact = await listAll(emu, `${LIST}?limit=6`);
    assert.deepEqual(exact, { ids: expected, pages: 1 });
    // Not positive → the default (100); above the cap → capped.
    assert.deepEqual((await listAll(emu, `${LIST}?limit=0`)).ids, expected);
    assert.deepEqual((await listAll(emu, `${LIST}?limit=100000`)).ids, expected);

    // A user who gets a role between pages shows up on a later page if created later.
    const late = await user(emu, "late@example.com");
    await assign(emu, `/api/v1/users/${late}`, "APP_ADMIN");
    assert.deepEqual((await listAll(emu, next.href)).ids, [...expected.slice(2), late]);

    for (const query of ["after=nope", "after=00u123", "limit=abc"]) {
      const bad = await call(emu, "GET", `${LIST}?${query}`);
      assert.equal(bad.status, 400, query);
      assert.equal(bad.body.errorCode, "E0000029", query);
    }
  } finally {
    await emu.close();
  }
});

Deno.test("iam assignees: more than one default page (100) of group-derived assignees", async () => {
  const emu = emulator({ seed: "empty", users: 150 });
  try {
    await emu.ready;
    const everyone = emu.state.group("Everyone")!;
    // Everyone refuses membership edits but not role assignments: every user is an assignee.
    await assign(emu, `/api/v1/groups/${everyone.id}`, "READ_ONLY_ADMIN");
    const all = await listAll(emu);
    assert.equal(all.pages, 2);
    assert.deepEqual(all.ids, emu.state.users().map((u) => u.id));
    assert.equal(new Set(all.ids).size, all.ids.length);
  } finally {
    await emu.close();
  }
});

Deno.test("iam assignees: needs okta.roles.read; the oktakit client follows the body's next links", async () => {
  const emu = emulator({ seed: "empty" });
  try {
    const ids: string[] = [];
    for (let i = 0; i < 3; i++) {
      const id = await user(emu, `u${i}@example.com`);
      await assign(emu, `/api/v1/users/${id}`, "USER_ADMIN");
      ids.push(id);
    }
    const weak = emu.oauth.issueAccessToken({ scopes: ["okta.users.read"] });
    const denied = await call(emu, "GET", LIST, { auth: `Bearer ${weak}` });
    assert.equal(denied.status, 403, denied.text);
    assert.equal(denied.body.errorCode, "E0000006");

    const requests: string[] = [];
    const okta = createOkta({
      orgUrl: emu.orgUrl,
      accessToken: emu.oauth.issueAccessToken({ scopes: ["okta.roles.read"] }),
      fetch: (request: Request) => {
        requests.push(new URL(request.url).search);
        return emu.fetch(request);
      },
    });
    const listed = await okta.callList<{ id: string }>({
      method: "GET",
      path: LIST,
      itemsProperty: "value",
    }).query({ limit: 2 }).toArray();
    okta.close();
    assert.deepEqual(listed.map((u) => u.id), [adminOf(emu), ...ids]);
    assert.equal(requests.length, 2);
    assert.match(requests[1], /after=/);
  } finally {
    await emu.close();
  }
});
