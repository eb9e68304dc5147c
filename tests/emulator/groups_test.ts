import assert from "node:assert/strict";
import { call, emulator, newUser, nextLink } from "./_helpers.ts";

Deno.test("groups: Everyone is BUILT_IN, holds every user and is read-only", async () => {
  const emu = emulator();
  const list = await call(emu, "GET", '/api/v1/groups?filter=type eq "BUILT_IN"');
  assert.equal(list.body.length, 1);
  const everyone = list.body[0];
  assert.equal(everyone.profile.name, "Everyone");
  assert.equal(everyone.type, "BUILT_IN");
  const { body: u } = await call(emu, "POST", "/api/v1/users", { body: newUser("new@x.com") });
  const members = await call(emu, "GET", `/api/v1/groups/${everyone.id}/users?limit=1000`);
  assert.equal(members.body.length, emu.state.counts().users);
  assert.ok(members.body.some((m: { id: string }) => m.id === u.id));
  const stats = await call(emu, "GET", `/api/v1/groups?q=Every&expand=stats`);
  assert.equal(stats.body[0]._embedded.stats.usersCount, emu.state.counts().users);
  assert.equal((await call(emu, "DELETE", `/api/v1/groups/${everyone.id}`)).status, 403);
  assert.equal(
    (await call(emu, "PUT", `/api/v1/groups/${everyone.id}`, { body: { profile: { name: "x" } } }))
      .status,
    403,
  );
  assert.equal((await call(emu, "PUT", `/api/v1/groups/${everyone.id}/users/${u.id}`)).status, 403);
  const userGroups = await call(emu, "GET", `/api/v1/users/${u.id}/groups`);
  assert.deepEqual(userGroups.body.map((g: { profile: { name: string } }) => g.profile.name), [
    "Everyone",
  ]);
  await emu.close();
});

Deno.test("groups: create, duplicate name, replace, members (idempotent), delete", async () => {
  const emu = emulator({ seed: "empty" });
  const g = await call(emu, "POST", "/api/v1/groups", {
    body: { profile: { name: "Pilots", description: "Fly" } },
  });
  assert.equal(g.status, 200);
  assert.match(g.body.id, /^00g/);
  assert.equal(g.body.type, "OKTA_GROUP");
  assert.deepEqual(g.body.objectClass, ["okta:user_group"]);
  assert.equal(g.body._links.users.href, `${emu.orgUrl}/api/v1/groups/${g.body.id}/users`);
  const dup = await call(emu, "POST", "/api/v1/groups", { body: { profile: { name: "Pilots" } } });
  assert.equal(dup.body.errorCode, "E0000001");
  const put = await call(emu, "PUT", `/api/v1/groups/${g.body.id}`, {
    body: { profile: { name: "Aviators" } },
  });
  assert.equal(put.body.profile.name, "Aviators");
  assert.equal(put.body.profile.description, undefined, "PUT replaces the profile");
  const { body: u } = await call(emu, "POST", "/api/v1/users", { body: newUser("pilot@x.com") });
  const before = g.body.lastMembershipUpdated;
  assert.equal((await call(emu, "PUT", `/api/v1/groups/${g.body.id}/users/${u.id}`)).status, 204);
  assert.equal((await call(emu, "PUT", `/api/v1/groups/${g.body.id}/users/${u.id}`)).status, 204);
  const members = await call(emu, "GET", `/api/v1/groups/${g.body.id}/users`);
  assert.deepEqual(members.body.map((m: { id: string }) => m.id), [u.id]);
  assert.deepEqual(Object.keys(members.body[0]._links), ["self"]);
  const ug = await call(emu, "GET", `/api/v1/users/${u.id}/groups`);
  assert.deepEqual(ug.body.map((x: { profile: { name: string } }) => x.profile.name).sort(), [
    "Aviators",
    "Everyone",
  ]);
  const after = (await call(emu, "GET", `/api/v1/groups/${g.body.id}`)).body.lastMembershipUpdated;
  assert.ok(after >= before);
  assert.equal(
    (await call(emu, "DELETE", `/api/v1/groups/${g.body.id}/users/${u.id}`)).status,
    204,
  );
  assert.equal((await call(emu, "GET", `/api/v1/groups/${g.body.id}/users`)).body.length, 0);
  assert.equal(
    (await call(emu, "PUT", `/api/v1/groups/${g.body.id}/users/00uNOPE`)).body.errorCode,
    "E0000007",
  );
  assert.equal((await call(emu, "DELETE", `/api/v1/groups/${g.body.id}`)).status, 204);
  assert.equal((await call(emu, "GET", `/api/v1/groups/${g.body.id}`)).body.errorCode, "E0000007");
  await emu.close();
});

Deno.test("groups: search / filter / q semantics and paging", async () => {
  const emu = emulator({ seed: "empty" });
  for (const name of ["Team A", "Team B", "team c", "Other"]) {
    await call(emu, "POST", "/api/v1/groups", { body: { profile: { name } } });
  }
  const sw = await call(emu, "GET", '/api/v1/groups?search=profile.name sw "team"');
  assert.equal(sw.body.length, 3, "search is case-insensitive");
  const co = await call(emu, "GET", '/api/v1/groups?search=profile.name co "m B"');
  assert.equal(co.body.length, 1);
  const type = await call(emu, "GET", '/api/v1/groups?search=type eq "OKTA_GROUP"');
  assert.equal(type.body.length, 4);
  const bad = await call(emu, "GET", '/api/v1/groups?filter=profile.name eq "Other"');
  assert.equal(bad.body.errorCode, "E0000031");
  const q = await call(emu, "GET", "/api/v1/groups?q=team");
  assert.equal(q.body.length, 3);
  assert.equal(nextLink(q.headers), undefined);
  const p1 = await call(emu, "GET", "/api/v1/groups?limit=2");
  assert.equal(p1.body.length, 2);
  const p2 = await call(emu, "GET", nextLink(p1.headers)!);
  const p3 = await call(emu, "GET", nextLink(p2.headers)!);
  assert.equal(p3.body.length, 1);
  assert.equal(nextLink(p3.headers), undefined);
  await emu.close();
});

Deno.test("group rules: created INACTIVE, activation assigns matching users, new users follow", async () => {
  const emu = emulator({ seed: "empty" });
  const { body: g } = await call(emu, "POST", "/api/v1/groups", {
    body: { profile: { name: "Pilots" } },
  });
  const { body: ann } = await call(emu, "POST", "/api/v1/users", {
    body: newUser("ann@x.com", { title: "Pilot" }),
  });
  await call(emu, "POST", "/api/v1/users", { body: newUser("bob@x.com", { title: "Clerk" }) });
  const rule = await call(emu, "POST", "/api/v1/groups/rules", {
    body: {
      type: "group_rule",
      name: "Pilots rule",
      conditions: {
        expression: { value: 'user.title=="Pilot" || String.startsWith(user.login, "cap")' },
      },
      actions: { assignUserToGroups: { groupIds: [g.id] } },
    },
  });
  assert.equal(rule.status, 200, rule.text);
  assert.equal(rule.body.status, "INACTIVE");
  assert.equal((await call(emu, "GET", `/api/v1/groups/${g.id}/users`)).body.length, 0);
  assert.equal(
    (await call(emu, "POST", `/api/v1/groups/rules/${rule.body.id}/lifecycle/activate`)).status,
    204,
  );
  const members = async () =>
    (await call(emu, "GET", `/api/v1/groups/${g.id}/users`)).body.map((
      m: { profile: { login: string } },
    ) => m.profile.login);
  assert.deepEqual(await members(), [ann.profile.login]);
  await call(emu, "POST", "/api/v1/users", { body: newUser("captain@x.com") });
  assert.deepEqual(await members(), ["ann@x.com", "captain@x.com"]);
  const locked = await call(emu, "PUT", `/api/v1/groups/rules/${rule.body.id}`, {
    body: rule.body,
  });
  assert.equal(locked.body.errorCode, "E0000001", "an active rule cannot be changed");
  const bad = await call(emu, "POST", "/api/v1/groups/rules", {
    body: {
      name: "x",
      conditions: { expression: { value: "user.a ==" } },
      actions: { assignUserToGroups: { groupIds: [g.id] } },
    },
  });
  assert.equal(bad.body.errorCode, "E0000001");
  const list = await call(emu, "GET", "/api/v1/groups/rules");
  assert.equal(list.body.length, 1);
  await call(emu, "POST", `/api/v1/groups/rules/${rule.body.id}/lifecycle/deactivate`);
  assert.equal(
    (await call(emu, "DELETE", `/api/v1/groups/rules/${rule.body.id}?removeUsers=true`)).status,
    204,
  );
  assert.deepEqual(await members(), []);
  await emu.close();
});
