import assert from "node:assert/strict";
import { call, emulator, newUser, nextLink } from "./_helpers.ts";

function clock(start = Date.UTC(2026, 5, 1)) {
  let t = start;
  return { now: () => t, advance: (ms: number) => void (t += ms) };
}

Deno.test("logs: every write emits its event with actor, target and request id", async () => {
  const c = clock();
  const emu = emulator({ seed: "empty", now: c.now });
  const since = new Date(c.now()).toISOString();
  c.advance(1000);
  const { body: u } = await call(emu, "POST", "/api/v1/users?activate=false", {
    body: { ...newUser("log@x.com"), credentials: { password: { value: "Sup3r-secret!" } } },
  });
  await call(emu, "POST", `/api/v1/users/${u.id}/lifecycle/activate`);
  await call(emu, "POST", `/api/v1/users/${u.id}`, { body: { profile: { title: "T" } } });
  const { body: g } = await call(emu, "POST", "/api/v1/groups", {
    body: { profile: { name: "L" } },
  });
  await call(emu, "PUT", `/api/v1/groups/${g.id}/users/${u.id}`);
  await call(emu, "DELETE", `/api/v1/groups/${g.id}/users/${u.id}`);
  const { body: app } = await call(emu, "POST", "/api/v1/apps", {
    body: { label: "B", signOnMode: "BOOKMARK", settings: { app: { url: "https://b" } } },
  });
  await call(emu, "POST", `/api/v1/apps/${app.id}/users`, { body: { id: u.id } });
  await call(emu, "POST", `/api/v1/apps/${app.id}/lifecycle/deactivate`);
  await call(emu, "DELETE", `/api/v1/apps/${app.id}`);
  await call(emu, "POST", `/api/v1/users/${u.id}/lifecycle/suspend`);
  await call(emu, "DELETE", `/api/v1/users/${u.id}`);
  c.advance(1000);
  const r = await call(
    emu,
    "GET",
    `/api/v1/logs?since=${since}&until=${new Date(c.now()).toISOString()}&limit=1000`,
  );
  assert.equal(r.status, 200);
  const types = r.body.map((e: { eventType: string }) => e.eventType);
  assert.deepEqual(types, [
    "user.lifecycle.create",
    "user.lifecycle.activate",
    "user.account.update_profile",
    "group.lifecycle.create",
    "group.user_membership.add",
    "group.user_membership.remove",
    "application.lifecycle.create",
    "application.lifecycle.activate",
    "application.user_membership.add",
    "application.lifecycle.deactivate",
    "application.lifecycle.delete",
    "user.lifecycle.suspend",
    "user.lifecycle.deactivate",
  ]);
  const first = r.body[0];
  assert.equal(first.actor.id, emu.state.adminId);
  assert.equal(first.target[0].id, u.id);
  assert.match(first.uuid, /^[0-9a-f-]{36}$/);
  assert.equal(typeof first.debugContext.debugData.requestId, "string");
  const failed = await call(emu, "POST", "/api/v1/groups", { body: { profile: { name: "L" } } });
  assert.equal(failed.status, 400);
  const after = emu.state.counts().logs;
  await call(emu, "GET", "/api/v1/users");
  assert.equal(emu.state.counts().logs, after, "reads emit nothing");
  await emu.close();
});

Deno.test("logs: polling pages always carry a next link, even when empty, and pick up new events", async () => {
  const c = clock();
  const emu = emulator({ seed: "empty", now: c.now });
  const start = await call(
    emu,
    "GET",
    `/api/v1/logs?since=${new Date(c.now() - 1000).toISOString()}`,
  );
  assert.equal(start.status, 200);
  assert.equal(start.body.length, 0);
  const next = nextLink(start.headers);
  assert.ok(next, "empty polling page has next");
  assert.ok(!new URL(next).searchParams.has("since"), "next uses after, not since");
  c.advance(10);
  await call(emu, "POST", "/api/v1/groups", { body: { profile: { name: "P1" } } });
  await call(emu, "POST", "/api/v1/groups", { body: { profile: { name: "P2" } } });
  const p1 = await call(emu, "GET", `${next}&limit=1`.replace("?&", "?"));
  assert.deepEqual(
    p1.body.map((e: { target: { displayName: string }[] }) => e.target[0].displayName),
    ["P1"],
  );
  const p2 = await call(emu, "GET", nextLink(p1.headers)!);
  assert.deepEqual(
    p2.body.map((e: { target: { displayName: string }[] }) => e.target[0].displayName),
    ["P2"],
  );
  const p3 = await call(emu, "GET", nextLink(p2.headers)!);
  assert.equal(p3.body.length, 0);
  assert.ok(nextLink(p3.headers), "the stream never ends");
  await emu.close();
});

Deno.test("logs: bounded since/until queries order by published and end", async () => {
  const c = clock();
  const emu = emulator({ seed: "empty", now: c.now });
  const since = new Date(c.now()).toISOString();
  for (let i = 0; i < 5; i++) {
    c.advance(1000);
    await call(emu, "POST", "/api/v1/groups", { body: { profile: { name: `B${i}` } } });
  }
  c.advance(1000);
  const until = new Date(c.now()).toISOString();
  c.advance(1000);
  await call(emu, "POST", "/api/v1/groups", { body: { profile: { name: "late" } } });
  const names: string[] = [];
  let url: string | undefined = `/api/v1/logs?since=${since}&until=${until}&limit=2`;
  let pages = 0;
  while (url) {
    const r = await call(emu, "GET", url);
    assert.equal(r.status, 200, r.text);
    names.push(
      ...r.body.map((e: { target: { displayName: string }[] }) => e.target[0].displayName),
    );
    url = nextLink(r.headers);
    pages++;
    assert.ok(pages < 10, "bounded queries end");
  }
  assert.deepEqual(names, ["B0", "B1", "B2", "B3", "B4"]);
  const desc = await call(
    emu,
    "GET",
    `/api/v1/logs?since=${since}&until=${until}&sortOrder=DESCENDING&limit=2`,
  );
  assert.deepEqual(
    desc.body.map((e: { target: { displayName: string }[] }) => e.target[0].displayName),
    ["B4", "B3"],
  );
  await emu.close();
});

Deno.test("logs: filter operators, E0000053 on bad operators, E0000031 on forbidden fields, q keywords", async () => {
  const emu = emulator();
  const ok = await call(
    emu,
    "GET",
    '/api/v1/logs?filter=eventType eq "user.session.start"&limit=1000',
  );
  assert.equal(ok.status, 200);
  assert.ok(ok.body.length > 0);
  assert.ok(ok.body.every((e: { eventType: string }) => e.eventType === "user.session.start"));
  await call(emu, "POST", "/api/v1/groups", { body: { profile: { name: "fresh" } } });
  const ew = await call(
    emu,
    "GET",
    '/api/v1/logs?filter=eventType ew ".create" and not (actor.id eq "x")',
  );
  assert.ok(
    ew.body.length > 0 &&
      ew.body.every((e: { eventType: string }) => e.eventType.endsWith(".create")),
  );
  const badOp = await call(emu, "GET", '/api/v1/logs?filter=eventType like "x"');
  assert.equal(badOp.body.errorCode, "E0000053");
  assert.match(badOp.body.errorSummary, /Unrecognized attribute operator/);
  const published = await call(
    emu,
    "GET",
    '/api/v1/logs?filter=published gt "2020-01-01T00:00:00Z"',
  );
  assert.equal(published.body.errorCode, "E0000031");
  const coUrl = await call(emu, "GET", '/api/v1/logs?filter=debugContext.debugData.url co "x"');
  assert.equal(coUrl.body.errorCode, "E0000031");
  const q = await call(emu, "GET", "/api/v1/logs?q=SESSION start&limit=1000");
  assert.equal(q.body.length, ok.body.length);
  const tooMany = await call(emu, "GET", `/api/v1/logs?q=${"a ".repeat(11)}`);
  assert.equal(tooMany.status, 400);
  const old = await call(emu, "GET", `/api/v1/logs?since=2000-01-01T00:00:00Z`);
  assert.equal(old.body.errorCode, "E0000053");
  const badDate = await call(emu, "GET", `/api/v1/logs?until=nope`);
  assert.equal(badDate.body.errorCode, "E0000030");
  await emu.close();
});
