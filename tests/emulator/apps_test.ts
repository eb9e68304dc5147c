import assert from "node:assert/strict";
import { call, emulator, newUser, nextLink } from "./_helpers.ts";

const BOOKMARK = {
  label: "Wiki",
  signOnMode: "BOOKMARK",
  settings: { app: { url: "https://wiki.example" } },
};

Deno.test("apps: bookmark, OIDC and SAML creation", async () => {
  const emu = emulator({ seed: "empty" });
  const bm = await call(emu, "POST", "/api/v1/apps", { body: BOOKMARK });
  assert.equal(bm.status, 200);
  assert.match(bm.body.id, /^0oa/);
  assert.equal(bm.body.name, "bookmark");
  assert.equal(bm.body.status, "ACTIVE");
  assert.equal(bm.body.settings.app.url, "https://wiki.example");
  assert.equal(
    bm.body._links.deactivate.href,
    `${emu.orgUrl}/api/v1/apps/${bm.body.id}/lifecycle/deactivate`,
  );
  const oidc = await call(emu, "POST", "/api/v1/apps?activate=false", {
    body: {
      label: "Portal",
      signOnMode: "OPENID_CONNECT",
      credentials: { oauthClient: { token_endpoint_auth_method: "client_secret_post" } },
      settings: {
        oauthClient: {
          redirect_uris: ["https://p.example/cb"],
          grant_types: ["authorization_code"],
        },
      },
    },
  });
  assert.equal(oidc.status, 200, oidc.text);
  assert.equal(oidc.body.name, "oidc_client");
  assert.equal(oidc.body.status, "INACTIVE");
  assert.equal(typeof oidc.body.credentials.oauthClient.client_id, "string");
  assert.deepEqual(oidc.body.settings.oauthClient.redirect_uris, ["https://p.example/cb"]);
  const saml = await call(emu, "POST", "/api/v1/apps", {
    body: {
      label: "CRM",
      signOnMode: "SAML_2_0",
      settings: { signOn: { ssoAcsUrl: "https://crm/acs", audience: "crm" } },
    },
  });
  assert.equal(saml.status, 200, saml.text);
  assert.equal(saml.body.signOnMode, "SAML_2_0");
  assert.ok(saml.body._links.metadata);
  assert.equal(typeof saml.body.credentials.signing.kid, "string");
  const noUrl = await call(emu, "POST", "/api/v1/apps", {
    body: { label: "x", signOnMode: "BOOKMARK" },
  });
  assert.equal(noUrl.body.errorCode, "E0000001");
  await emu.close();
});

Deno.test("apps: delete only when inactive; lifecycle; list filter and q", async () => {
  const emu = emulator({ seed: "empty" });
  const { body: app } = await call(emu, "POST", "/api/v1/apps", { body: BOOKMARK });
  const denied = await call(emu, "DELETE", `/api/v1/apps/${app.id}`);
  assert.equal(denied.status, 403);
  assert.equal(denied.body.errorCode, "E0000056");
  const deact = await call(emu, "POST", `/api/v1/apps/${app.id}/lifecycle/deactivate`);
  assert.equal(deact.status, 200);
  assert.deepEqual(deact.body, {});
  const inactive = await call(emu, "GET", '/api/v1/apps?filter=status eq "INACTIVE"');
  assert.deepEqual(inactive.body.map((a: { id: string }) => a.id), [app.id]);
  const q = await call(emu, "GET", "/api/v1/apps?q=wi");
  assert.equal(q.body.length, 1);
  assert.equal((await call(emu, "DELETE", `/api/v1/apps/${app.id}`)).status, 204);
  assert.equal((await call(emu, "GET", `/api/v1/apps/${app.id}`)).body.errorCode, "E0000007");
  for (let i = 0; i < 5; i++) {
    await call(emu, "POST", "/api/v1/apps", { body: { ...BOOKMARK, label: `L${i}` } });
  }
  const p1 = await call(emu, "GET", "/api/v1/apps?limit=3");
  assert.equal(p1.body.length, 3);
  const p2 = await call(emu, "GET", nextLink(p1.headers)!);
  assert.equal(p2.body.length, 2);
  assert.equal(nextLink(p2.headers), undefined);
  await emu.close();
});

Deno.test("apps: user assignment, group assignment gives members scope GROUP", async () => {
  const emu = emulator({ seed: "empty" });
  const { body: app } = await call(emu, "POST", "/api/v1/apps", { body: BOOKMARK });
  const { body: g } = await call(emu, "POST", "/api/v1/groups", {
    body: { profile: { name: "G" } },
  });
  const { body: a } = await call(emu, "POST", "/api/v1/users", { body: newUser("a@x.com") });
  const { body: b } = await call(emu, "POST", "/api/v1/users", { body: newUser("b@x.com") });
  const direct = await call(emu, "POST", `/api/v1/apps/${app.id}/users`, {
    body: {
      id: a.id,
      scope: "USER",
      credentials: { userName: "a", password: { value: "secret-xyz" } },
    },
  });
  assert.equal(direct.status, 200);
  assert.equal(direct.body.scope, "USER");
  assert.ok(!direct.text.includes("secret-xyz"));
  await call(emu, "PUT", `/api/v1/groups/${g.id}/users/${b.id}`);
  const ag = await call(emu, "PUT", `/api/v1/apps/${app.id}/groups/${g.id}`, {
    body: { priority: 0 },
  });
  assert.equal(ag.status, 200);
  assert.equal(ag.body.id, g.id);
  const users = async () =>
    Object.fromEntries(
      (await call(emu, "GET", `/api/v1/apps/${app.id}/users`)).body.map((
        u: { id: string; scope: string },
      ) => [
        u.id,
        u.scope,
      ]),
    );
  assert.deepEqual(await users(), { [a.id]: "USER", [b.id]: "GROUP" });
  const groupScoped = await call(emu, "DELETE", `/api/v1/apps/${app.id}/users/${b.id}`);
  assert.equal(groupScoped.status, 403, "a GROUP-scoped assignment is removed through the group");
  await call(emu, "PUT", `/api/v1/groups/${g.id}/users/${a.id}`);
  assert.deepEqual(await users(), { [a.id]: "USER", [b.id]: "GROUP" });
  assert.equal((await call(emu, "DELETE", `/api/v1/apps/${app.id}/users/${a.id}`)).status, 204);
  assert.deepEqual(
    await users(),
    { [a.id]: "GROUP", [b.id]: "GROUP" },
    "still assigned through the group",
  );
  const groups = await call(emu, "GET", `/api/v1/groups/${g.id}/apps`);
  assert.deepEqual(groups.body.map((x: { id: string }) => x.id), [app.id]);
  assert.equal((await call(emu, "DELETE", `/api/v1/apps/${app.id}/groups/${g.id}`)).status, 204);
  assert.deepEqual(await users(), {});
  assert.equal((await call(emu, "GET", `/api/v1/apps/${app.id}/groups`)).body.length, 0);
  await emu.close();
});
