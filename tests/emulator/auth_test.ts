import assert from "node:assert/strict";
import { call, emulator, newUser } from "./_helpers.ts";

Deno.test("auth: a bearer token with the operation's scope passes; a missing scope is 403 + insufficient_scope", async () => {
  const emu = emulator();
  const read = emu.oauth.issueAccessToken({ scopes: ["okta.users.read"] });
  const ok = await call(emu, "GET", "/api/v1/users?limit=1", { auth: `Bearer ${read}` });
  assert.equal(ok.status, 200);
  const denied = await call(emu, "POST", "/api/v1/users", {
    auth: `Bearer ${read}`,
    body: newUser("s@x.com"),
  });
  assert.equal(denied.status, 403);
  assert.equal(denied.body.errorCode, "E0000006");
  const www = denied.headers.get("www-authenticate") ?? "";
  assert.match(www, /^Bearer /);
  assert.match(www, /error="insufficient_scope"/);
  assert.match(www, /scope="okta\.users\.manage"/);
  assert.match(www, /resource="\/api\/v1\/users"/);
  assert.ok(!denied.text.includes(read) && !www.includes(read), "the token is never echoed");
  const groups = await call(emu, "GET", "/api/v1/groups", { auth: `Bearer ${read}` });
  assert.equal(groups.status, 403, "users.read does not grant groups");
  const manage = emu.oauth.issueAccessToken({ scopes: ["okta.users.manage"] });
  const created = await call(emu, "POST", "/api/v1/users", {
    auth: `Bearer ${manage}`,
    body: newUser("s@x.com"),
  });
  assert.equal(created.status, 200);
  const logged = emu.state.logs().at(-1)!;
  assert.equal(logged.actor.type, "PublicClientApp", "the System Log names the client as actor");
  const expired = emu.oauth.issueAccessToken({ scopes: ["okta.users.read"], lifetime: -10 });
  const r = await call(emu, "GET", "/api/v1/users", { auth: `Bearer ${expired}` });
  assert.equal(r.status, 401);
  assert.equal(r.body.errorCode, "E0000011");
  await emu.close();
});

Deno.test("auth: OAuth endpoints are mounted under /oauth2/v1 and skip Management API auth", async () => {
  const emu = emulator();
  const res = await emu.fetch(
    new Request(`${emu.orgUrl}/oauth2/v1/token`, {
      method: "POST",
      headers: { "Content-Type": "application/x-www-form-urlencoded" },
      body: "grant_type=client_credentials",
    }),
  );
  const body = await res.json();
  assert.ok(res.status === 400 || res.status === 401, String(res.status));
  assert.equal(typeof body.error, "string", "OAuth endpoints answer OAuth errors, not E0000005");
  assert.ok(res.headers.get("x-okta-request-id"));
  await emu.close();
});

Deno.test("auth: a user-bound token's /users/me is that user; a client-only token has no me", async () => {
  const emu = emulator();
  const user = emu.state.users()[3];
  const token = emu.oauth.issueAccessToken({ scopes: ["okta.users.read"], subject: user.id });
  const me = await call(emu, "GET", "/api/v1/users/me", { auth: `Bearer ${token}` });
  assert.equal(me.status, 200);
  assert.equal(me.body.id, user.id);
  const clientOnly = emu.oauth.issueAccessToken({ scopes: ["okta.users.read"] });
  const none = await call(emu, "GET", "/api/v1/users/me", { auth: `Bearer ${clientOnly}` });
  assert.equal(none.status, 404);
  await emu.close();
});
