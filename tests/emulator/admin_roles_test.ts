// Admin permissions: a principal's roles (its own, its groups', a service app's) decide what its
// token may do, intersected with the token's scopes; a refusal is 403 E0000006.
import assert from "node:assert/strict";
import { grantRole } from "../../src/emulator/admin_roles.ts";
import { orgOf } from "../../src/emulator/mod.ts";
import { helpDeskUser } from "../../src/emulator/seed.ts";
import { call, emulator, newUser } from "./_helpers.ts";

const ALL_USER_SCOPES = ["okta.users.read", "okta.users.manage", "okta.groups.read"];

Deno.test("admin roles: the seed's admin is a SUPER_ADMIN and the demo has a help desk admin", async () => {
  const emu = emulator();
  try {
    await emu.ready;
    const roles = await call(emu, "GET", `/api/v1/users/${emu.state.adminId}/roles`);
    assert.deepEqual(roles.body.map((r: { type: string }) => r.type), ["SUPER_ADMIN"]);
    assert.equal(roles.body[0].label, "Super Administrator");
    assert.equal(roles.body[0].assignmentType, "USER");
    const helpDesk = helpDeskUser(orgOf(emu));
    const theirs = await call(emu, "GET", `/api/v1/users/${helpDesk.id}/roles`);
    assert.deepEqual(theirs.body.map((r: { type: string }) => r.type), ["HELP_DESK_ADMIN"]);
  } finally {
    await emu.close();
  }
});

Deno.test("admin roles: a service app with no role is refused until a role is assigned to it", async () => {
  const emu = emulator({ seed: "empty" });
  try {
    const token = emu.oauth.issueAccessToken({
      clientId: "0oaservice",
      scopes: ["okta.users.read", "okta.users.manage"],
    });
    const auth = `Bearer ${token}`;
    const before = await call(emu, "GET", "/api/v1/users", { auth });
    assert.equal(before.status, 403, before.text);
    assert.equal(before.body.errorCode, "E0000006");
    assert.equal(
      before.body.errorSummary,
      "You do not have permission to perform the requested action",
    );

    const assigned = await call(emu, "POST", "/oauth2/v1/clients/0oaservice/roles", {
      body: { type: "READ_ONLY_ADMIN" },
    });
    assert.ok(assigned.status === 200 || assigned.status === 201, assigned.text);
    const read = await call(emu, "GET", "/api/v1/users", { auth });
    assert.equal(read.status, 200, read.text);
    // The scope allows the write; the read-only role does not.
    const write = await call(emu, "POST", "/api/v1/users", {
      auth,
      body: newUser("a@example.com"),
    });
    assert.equal(write.status, 403, write.text);
    assert.equal(write.body.errorCode, "E0000006");
    assert.equal(emu.state.user("a@example.com"), undefined, "a refused write changes nothing");

    // The role without the scope is not enough either: scopes and roles intersect.
    await call(emu, "POST", "/oauth2/v1/clients/0oaservice/roles", { body: { type: "ORG_ADMIN" } });
    const apps = await call(emu, "GET", "/api/v1/apps", { auth });
    assert.equal(apps.status, 403, apps.text);
    const created = await call(emu, "POST", "/api/v1/users", {
      auth,
      body: newUser("a@example.com"),
    });
    assert.equal(created.status, 200, created.text);
  } finally {
    await emu.close();
  }
});

Deno.test("admin roles: a help desk admin resets and unlocks but cannot create, deactivate or see apps", async () => {
  const emu = emulator();
  try {
    await emu.ready;
    const helpDesk = helpDeskUser(orgOf(emu));
    const token = emu.oauth.issueAccessToken({
      clientId: "0oacli",
      subject: helpDesk.id,
      scopes: [...ALL_USER_SCOPES, "okta.apps.read"],
    });
    const auth = `Bearer ${token}`;
    const target = emu.state.users().find((u) =>
      u.status === "ACTIVE" && u.id !== helpDesk.id && u.id !== emu.state.adminId
    )!;
    assert.equal((await call(emu, "GET", "/api/v1/users?limit=5", { auth })).status, 200);
    assert.equal((await call(emu, "GET", "/api/v1/groups", { auth })).status, 200);
    const reset = await call(
      emu,
      "POST",
      `/api/v1/users/${target.id}/lifecycle/reset_password?sendEmail=false`,
      { auth },
    );
    assert.equal(reset.status, 200, reset.text);
    for (
      const [method, path, body] of [
        ["POST", "/api/v1/users", newUser("new@example.com")],
        ["POST", `/api/v1/users/${target.id}/lifecycle/deactivate`, undefined],
        ["GET", "/api/v1/apps", undefined],
      ] as const
    ) {
      const refused = await call(emu, method, path, { auth, body });
      assert.equal(refused.status, 403, `${method} ${path}: ${refused.text}`);
      assert.equal(refused.body.errorCode, "E0000006");
    }
    assert.notEqual(emu.state.user(target.id)?.status, "DEPROVISIONED");
  } finally {
    await emu.close();
  }
});

Deno.test("admin roles: a user without roles reads only itself; a group's role applies to its members", async () => {
  const emu = emulator({ seed: "empty" });
  try {
    const made = await call(emu, "POST", "/api/v1/users?activate=true", {
      body: newUser("plain@example.com"),
    });
    const plain = made.body.id as string;
    const auth = `Bearer ${
      emu.oauth.issueAccessToken({ clientId: "0oacli", subject: plain, scopes: ALL_USER_SCOPES })
    }`;
    assert.equal((await call(emu, "GET", "/api/v1/users", { auth })).status, 403);
    const me = await call(emu, "GET", "/api/v1/users/me", { auth });
    assert.equal(me.status, 200, me.text);
    assert.equal(me.body.id, plain);

    const group = await call(emu, "POST", "/api/v1/groups", { body: { profile: { name: "Ops" } } });
    await call(emu, "PUT", `/api/v1/groups/${group.body.id}/users/${plain}`);
    await call(emu, "POST", `/api/v1/groups/${group.body.id}/roles`, {
      body: { type: "USER_ADMIN" },
    });
    const created = await call(emu, "POST", "/api/v1/users", {
      auth,
      body: newUser("made-by-ops@example.com"),
    });
    assert.equal(created.status, 200, created.text);
    // Leaving the group takes the role away.
    await call(emu, "DELETE", `/api/v1/groups/${group.body.id}/users/${plain}`);
    assert.equal((await call(emu, "GET", "/api/v1/users", { auth })).status, 403);
  } finally {
    await emu.close();
  }
});

Deno.test("admin roles: group targets limit a group membership admin to those groups", async () => {
  const emu = emulator({ seed: "empty" });
  try {
    const ids: string[] = [];
    for (const login of ["gm@example.com", "member@example.com"]) {
      const r = await call(emu, "POST", "/api/v1/users?activate=true", { body: newUser(login) });
      ids.push(r.body.id);
    }
    const [manager, member] = ids;
    const groupIds: string[] = [];
    for (const name of ["Targeted", "Other"]) {
      const r = await call(emu, "POST", "/api/v1/groups", { body: { profile: { name } } });
      groupIds.push(r.body.id);
    }
    const [targeted, other] = groupIds;
    const role = await call(emu, "POST", `/api/v1/users/${manager}/roles`, {
      body: { type: "GROUP_MEMBERSHIP_ADMIN" },
    });
    const target = await call(
      emu,
      "PUT",
      `/api/v1/users/${manager}/roles/${role.body.id}/targets/groups/${targeted}`,
    );
    assert.ok(target.status < 300, target.text);
    const auth = `Bearer ${
      emu.oauth.issueAccessToken({
        clientId: "0oacli",
        subject: manager,
        scopes: ["okta.groups.read", "okta.groups.manage"],
      })
    }`;
    const add = await call(emu, "PUT", `/api/v1/groups/${targeted}/users/${member}`, { auth });
    assert.equal(add.status, 204, add.text);
    const outside = await call(emu, "PUT", `/api/v1/groups/${other}/users/${member}`, { auth });
    assert.equal(outside.status, 403, outside.text);
    assert.equal(outside.body.errorCode, "E0000006");
    // Membership is all the role may change, even in its own group.
    const rename = await call(emu, "PUT", `/api/v1/groups/${targeted}`, {
      auth,
      body: { profile: { name: "Renamed" } },
    });
    assert.equal(rename.status, 403, rename.text);
  } finally {
    await emu.close();
  }
});

Deno.test("admin roles: the API token acts with its admin's roles", async () => {
  const emu = emulator({ seed: "empty" });
  try {
    const roles = await call(emu, "GET", `/api/v1/users/${emu.state.adminId}/roles`);
    await call(emu, "POST", `/api/v1/users/${emu.state.adminId}/roles`, {
      body: { type: "READ_ONLY_ADMIN" },
    });
    const removed = await call(
      emu,
      "DELETE",
      `/api/v1/users/${emu.state.adminId}/roles/${roles.body[0].id}`,
    );
    assert.equal(removed.status, 204, removed.text);
    assert.equal((await call(emu, "GET", "/api/v1/users")).status, 200);
    const write = await call(emu, "POST", "/api/v1/groups", { body: { profile: { name: "X" } } });
    assert.equal(write.status, 403, write.text);
    assert.equal(write.body.errorCode, "E0000006");
  } finally {
    await emu.close();
  }
});

Deno.test("admin roles: assignment ids stay unique across grants, revokes and grants again", async () => {
  const emu = emulator({ seed: "empty" });
  try {
    await emu.ready;
    const user = emu.state.adminId;
    const path = `/api/v1/users/${user}/roles`;
    const seen = new Set<string>();
    const grant = (type: string) => {
      const id = grantRole(orgOf(emu), { user }, type);
      assert.ok(!seen.has(id), `${type} got the id ${id} again`);
      seen.add(id);
      return id;
    };
    // Types whose lengths differ by one, granted in turn, once shared an id.
    grant("USER_ADMIN");
    const orgAdmin = grant("ORG_ADMIN");
    const appAdmin = grant("APP_ADMIN");
    const removed = await call(emu, "DELETE", `${path}/${orgAdmin}`);
    assert.equal(removed.status, 204, removed.text);
    grant("ORG_ADMIN");
    grant("REPORT_ADMIN");
    await call(emu, "DELETE", `${path}/${appAdmin}`);
    grant("APP_ADMIN");
    const listed = await call(emu, "GET", path);
    const types = listed.body.map((r: { type: string }) => r.type).sort();
    assert.deepEqual(types, [
      "APP_ADMIN",
      "ORG_ADMIN",
      "REPORT_ADMIN",
      "SUPER_ADMIN",
      "USER_ADMIN",
    ]);
    const ids = listed.body.map((r: { id: string }) => r.id);
    assert.equal(new Set(ids).size, ids.length, `duplicate ids in ${ids}`);
  } finally {
    await emu.close();
  }
});

Deno.test("admin roles: Everyone's role applies to every user; app instance targets limit an app admin", async () => {
  const emu = emulator({ seed: "empty" });
  try {
    await emu.ready;
    const made = await call(emu, "POST", "/api/v1/users?activate=true", {
      body: newUser("apps@example.com"),
    });
    const user = made.body.id as string;
    const bookmark = (label: string) => ({
      label,
      signOnMode: "BOOKMARK",
      settings: { app: { url: "https://wiki.example" } },
    });
    const mine = (await call(emu, "POST", "/api/v1/apps", { body: bookmark("Mine") })).body;
    const theirs = (await call(emu, "POST", "/api/v1/apps", { body: bookmark("Theirs") })).body;
    const auth = `Bearer ${
      emu.oauth.issueAccessToken({
        clientId: "0oacli",
        subject: user,
        scopes: ["okta.apps.read", "okta.users.read"],
      })
    }`;
    assert.equal((await call(emu, "GET", "/api/v1/users", { auth })).status, 403);
    grantRole(orgOf(emu), { group: emu.state.everyoneId }, "READ_ONLY_ADMIN");
    assert.equal((await call(emu, "GET", "/api/v1/users", { auth })).status, 200);

    const role = grantRole(orgOf(emu), { user }, "APP_ADMIN");
    const target = await call(
      emu,
      "PUT",
      `/api/v1/users/${user}/roles/${role}/targets/catalog/apps/${mine.name}/${mine.id}`,
    );
    assert.ok(target.status < 300, target.text);
    const update = (app: { id: string; label: string }) =>
      call(emu, "PUT", `/api/v1/apps/${app.id}`, {
        auth: `Bearer ${
          emu.oauth.issueAccessToken({
            clientId: "0oacli",
            subject: user,
            scopes: ["okta.apps.read", "okta.apps.manage"],
          })
        }`,
        body: { ...bookmark(`${app.label} renamed`) },
      });
    const allowed = await update(mine);
    assert.equal(allowed.status, 200, allowed.text);
    const refused = await update(theirs);
    assert.equal(refused.status, 403, refused.text);
    assert.equal(refused.body.errorCode, "E0000006");
  } finally {
    await emu.close();
  }
});
