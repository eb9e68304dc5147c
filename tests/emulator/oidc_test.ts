// The emulator's authorization servers driven by an OAuth/OIDC client nobody here wrote
// (openid-client v6) and by oktakit's own client: apps made through the Management API are the
// clients, tokens are JWTs jose verifies against the served keys, discovery, id_token,
// userinfo, introspect, revoke, custom servers' scopes and policies, key rotation.
import assert from "node:assert/strict";
import * as oidc from "npm:openid-client@^6.8.9";
import {
  createLocalJWKSet,
  exportJWK,
  exportPKCS8,
  generateKeyPair,
  type JWTPayload,
  jwtVerify,
} from "npm:jose@^6.2.18";
import { createOkta } from "../../mod.ts";
import type { Emulator } from "../../emulator.ts";
import { call, emulator } from "./_helpers.ts";

/** openid-client options that send every request to the in-process emulator. */
function through(emu: Emulator) {
  return {
    execute: [oidc.allowInsecureRequests],
    [oidc.customFetch]: (url: string, init: oidc.CustomFetchOptions) =>
      emu.fetch(url, init as RequestInit),
  };
}

/**
 * Okta wants a client assertion's `aud` to be the endpoint it is sent to, where openid-client
 * puts the issuer: point the audience at the endpoint the next call goes to.
 */
const audience = { endpoint: "" };
function okta(key: CryptoKey, kid: string) {
  return oidc.PrivateKeyJwt({ key, kid }, {
    [oidc.modifyAssertion]: (_header, payload) => {
      payload.aud = audience.endpoint;
    },
  });
}

async function verify(emu: Emulator, token: string, jwksPath: string): Promise<JWTPayload> {
  const jwks = await call(emu, "GET", jwksPath, { auth: null });
  assert.equal(jwks.status, 200, jwks.text);
  const { payload } = await jwtVerify(token, createLocalJWKSet(jwks.body));
  return payload;
}

/** A service app with private_key_jwt and RSA + EC keys, made and consented through the API. */
async function serviceApp(emu: Emulator, scopes: string[]) {
  const rsa = await generateKeyPair("RS256", { extractable: true });
  const ec = await generateKeyPair("ES256", { extractable: true });
  const keys = [
    { ...(await exportJWK(rsa.publicKey)), kid: "rsa-1", alg: "RS256" },
    { ...(await exportJWK(ec.publicKey)), kid: "ec-1", alg: "ES256" },
  ];
  const created = await call(emu, "POST", "/api/v1/apps", {
    body: {
      name: "oidc_client",
      label: "Service",
      signOnMode: "OPENID_CONNECT",
      credentials: { oauthClient: { token_endpoint_auth_method: "private_key_jwt" } },
      settings: {
        oauthClient: {
          application_type: "service",
          grant_types: ["client_credentials"],
          response_types: ["token"],
          jwks: { keys },
        },
      },
    },
  });
  assert.equal(created.status, 200, created.text);
  const id = created.body.id;
  assert.equal(created.body.credentials.oauthClient.client_id, id, "an OIDC app is its client");
  for (const scope of scopes) {
    const g = await call(emu, "POST", `/api/v1/apps/${id}/grants`, {
      body: { issuer: emu.orgUrl, scopeId: scope },
    });
    assert.ok(g.status === 200 || g.status === 201, g.text);
  }
  // Okta answers a service app with no admin role 403; a read-only role is enough here.
  const role = await call(emu, "POST", `/oauth2/v1/clients/${id}/roles`, {
    body: { type: "READ_ONLY_ADMIN" },
  });
  assert.ok(role.status === 200 || role.status === 201, role.text);
  return { id, rsa, ec };
}

Deno.test("oidc: discovery documents of the org and the default server, at Okta's paths", async () => {
  const emu = emulator({ seed: "empty" });
  try {
    const org = await oidc.discovery(new URL(emu.orgUrl), "x", undefined, undefined, through(emu));
    const meta = org.serverMetadata();
    assert.equal(meta.issuer, emu.orgUrl);
    assert.equal(meta.token_endpoint, `${emu.orgUrl}/oauth2/v1/token`);
    assert.equal(meta.jwks_uri, `${emu.orgUrl}/oauth2/v1/keys`);
    assert.equal(meta.userinfo_endpoint, `${emu.orgUrl}/oauth2/v1/userinfo`);
    assert.equal(meta.device_authorization_endpoint, `${emu.orgUrl}/oauth2/v1/device/authorize`);
    const oauthMeta = await call(emu, "GET", "/.well-known/oauth-authorization-server", {
      auth: null,
    });
    assert.equal(oauthMeta.status, 200);
    assert.equal(oauthMeta.body.introspection_endpoint, `${emu.orgUrl}/oauth2/v1/introspect`);
    const custom = await oidc.discovery(
      new URL(`${emu.orgUrl}/oauth2/default`),
      "x",
      undefined,
      undefined,
      through(emu),
    );
    assert.equal(custom.serverMetadata().issuer, `${emu.orgUrl}/oauth2/default`);
    assert.equal(custom.serverMetadata().token_endpoint, `${emu.orgUrl}/oauth2/default/v1/token`);
    const listed = await call(emu, "GET", "/api/v1/authorizationServers/default");
    assert.equal(listed.body.issuer, custom.serverMetadata().issuer);
    const unknown = await call(emu, "GET", "/oauth2/ausnope/.well-known/openid-configuration", {
      auth: null,
    });
    assert.equal(unknown.status, 404);
  } finally {
    await emu.close();
  }
});

Deno.test("oidc: a service app made through the API gets a JWT (RSA and EC assertions), introspects and revokes it", async () => {
  const emu = emulator({ seed: "empty" });
  try {
    const app = await serviceApp(emu, ["okta.users.read"]);
    for (const [key, alg] of [[app.rsa, "RS256"], [app.ec, "ES256"]] as const) {
      const config = await oidc.discovery(
        new URL(emu.orgUrl),
        app.id,
        undefined,
        okta(key.privateKey, alg === "RS256" ? "rsa-1" : "ec-1"),
        through(emu),
      );
      const tokens =
        await (audience.endpoint = `${emu.orgUrl}/oauth2/v1/token`, oidc.clientCredentialsGrant)(
          config,
          { scope: "okta.users.read" },
        );
      assert.equal(tokens.token_type, "bearer");
      const claims = await verify(emu, tokens.access_token, "/oauth2/v1/keys");
      assert.equal(claims.iss, emu.orgUrl);
      assert.equal(claims.aud, emu.orgUrl);
      assert.equal(claims.sub, app.id);
      assert.equal(claims.cid, app.id);
      assert.deepEqual(claims.scp, ["okta.users.read"]);
      assert.match(String(claims.jti), /^AT\./);
      assert.equal(Number(claims.exp) - Number(claims.iat), 3600);

      const users = await call(emu, "GET", "/api/v1/users", {
        auth: `Bearer ${tokens.access_token}`,
      });
      assert.equal(users.status, 200, users.text);
      const introspected =
        await (audience.endpoint = `${emu.orgUrl}/oauth2/v1/introspect`, oidc.tokenIntrospection)(
          config,
          tokens.access_token,
        );
      assert.equal(introspected.active, true);
      assert.equal(introspected.client_id, app.id);
      assert.equal(introspected.scope, "okta.users.read");
      await (audience.endpoint = `${emu.orgUrl}/oauth2/v1/revoke`, oidc.tokenRevocation)(
        config,
        tokens.access_token,
      );
      assert.equal(
        (await (audience.endpoint = `${emu.orgUrl}/oauth2/v1/introspect`, oidc.tokenIntrospection)(
          config,
          tokens.access_token,
        )).active,
        false,
      );
      const after = await call(emu, "GET", "/api/v1/users", {
        auth: `Bearer ${tokens.access_token}`,
      });
      assert.equal(after.status, 401);
    }
    // A scope the app was never granted is refused.
    const config = await oidc.discovery(
      new URL(emu.orgUrl),
      app.id,
      undefined,
      okta(app.rsa.privateKey, "rsa-1"),
      through(emu),
    );
    await assert.rejects(
      () =>
        (audience.endpoint = `${emu.orgUrl}/oauth2/v1/token`, oidc.clientCredentialsGrant)(config, {
          scope: "okta.groups.manage",
        }),
      (e: oidc.ResponseBodyError) => e.error === "invalid_scope",
    );
  } finally {
    await emu.close();
  }
});

Deno.test("oidc: keys added through /credentials/jwks sign assertions; deactivated and deleted apps are invalid_client", async () => {
  const emu = emulator({ seed: "empty" });
  try {
    const app = await serviceApp(emu, ["okta.users.read"]);
    const extra = await generateKeyPair("RS256", { extractable: true });
    const added = await call(emu, "POST", `/api/v1/apps/${app.id}/credentials/jwks`, {
      body: { ...(await exportJWK(extra.publicKey)), kid: "rsa-2", alg: "RS256", use: "sig" },
    });
    assert.ok(added.status === 200 || added.status === 201, added.text);
    const config = await oidc.discovery(
      new URL(emu.orgUrl),
      app.id,
      undefined,
      okta(extra.privateKey, "rsa-2"),
      through(emu),
    );
    const tokens =
      await (audience.endpoint = `${emu.orgUrl}/oauth2/v1/token`, oidc.clientCredentialsGrant)(
        config,
        { scope: "okta.users.read" },
      );
    assert.ok(tokens.access_token);

    const off = await call(emu, "POST", `/api/v1/apps/${app.id}/lifecycle/deactivate`);
    assert.equal(off.status, 200);
    await assert.rejects(
      () =>
        (audience.endpoint = `${emu.orgUrl}/oauth2/v1/token`, oidc.clientCredentialsGrant)(config, {
          scope: "okta.users.read",
        }),
      (e: oidc.ResponseBodyError) => e.error === "invalid_client",
    );
    const stale = await call(emu, "GET", "/api/v1/users", {
      auth: `Bearer ${tokens.access_token}`,
    });
    assert.equal(stale.status, 401, "a deactivated app's tokens stop working");
    const del = await call(emu, "DELETE", `/api/v1/apps/${app.id}`);
    assert.equal(del.status, 204);
    await assert.rejects(
      () =>
        (audience.endpoint = `${emu.orgUrl}/oauth2/v1/token`, oidc.clientCredentialsGrant)(config, {
          scope: "okta.users.read",
        }),
      (e: oidc.ResponseBodyError) => e.error === "invalid_client",
    );
  } finally {
    await emu.close();
  }
});

Deno.test("oidc: device grant of a native app made through the API: id_token, userinfo, refresh", async () => {
  const emu = emulator({ seed: "demo" });
  emu.oauth.configure({ deviceInterval: 1 });
  try {
    const created = await call(emu, "POST", "/api/v1/apps", {
      body: {
        name: "oidc_client",
        label: "CLI",
        signOnMode: "OPENID_CONNECT",
        credentials: { oauthClient: { token_endpoint_auth_method: "none" } },
        settings: {
          oauthClient: {
            application_type: "native",
            grant_types: ["urn:ietf:params:oauth:grant-type:device_code", "refresh_token"],
            response_types: ["code"],
          },
        },
      },
    });
    assert.equal(created.status, 200, created.text);
    const clientId = created.body.id;
    const config = await oidc.discovery(
      new URL(emu.orgUrl),
      clientId,
      undefined,
      oidc.None(),
      through(emu),
    );
    const start = await oidc.initiateDeviceAuthorization(config, {
      scope: "openid profile email offline_access",
    });
    const admin = emu.state.user(emu.state.adminId)!;
    emu.oauth.approveDevice(start.user_code);
    const tokens = await oidc.pollDeviceAuthorizationGrant(config, start);
    assert.ok(tokens.id_token, "openid yields an id_token");
    assert.ok(tokens.refresh_token, "offline_access yields a refresh token");
    const idClaims = tokens.claims()!;
    assert.equal(idClaims.sub, admin.id);
    assert.equal(idClaims.aud, clientId);
    assert.equal(idClaims.email, admin.profile.email);
    const verifiedId = await verify(emu, tokens.id_token!, "/oauth2/v1/keys");
    assert.match(String(verifiedId.jti), /^ID\./);
    const access = await verify(emu, tokens.access_token, "/oauth2/v1/keys");
    assert.equal(access.uid, admin.id);
    assert.equal(access.sub, admin.profile.login);
    assert.equal(access.cid, clientId);

    const info = await oidc.fetchUserInfo(config, tokens.access_token, admin.id);
    assert.equal(info.sub, admin.id);
    assert.equal(info.preferred_username, admin.profile.login);

    const refreshed = await oidc.refreshTokenGrant(config, tokens.refresh_token!);
    assert.ok(refreshed.access_token && refreshed.access_token !== tokens.access_token);
    await verify(emu, refreshed.access_token, "/oauth2/v1/keys");
  } finally {
    await emu.close();
  }
});

Deno.test("oidc: the default custom server issues only its scopes and only when a policy rule allows the grant", async () => {
  const emu = emulator({ seed: "empty" });
  try {
    const created = await call(emu, "POST", "/api/v1/apps", {
      body: {
        name: "oidc_client",
        label: "API client",
        signOnMode: "OPENID_CONNECT",
        credentials: { oauthClient: { token_endpoint_auth_method: "client_secret_basic" } },
        settings: {
          oauthClient: {
            application_type: "service",
            grant_types: ["client_credentials"],
            response_types: ["token"],
          },
        },
      },
    });
    assert.equal(created.status, 200, created.text);
    const { client_id: clientId, client_secret: secret } = created.body.credentials.oauthClient;
    const server = "/api/v1/authorizationServers/default";
    const scope = await call(emu, "POST", `${server}/scopes`, { body: { name: "orders.read" } });
    assert.ok(scope.status === 200 || scope.status === 201, scope.text);
    const config = await oidc.discovery(
      new URL(`${emu.orgUrl}/oauth2/default`),
      clientId,
      secret,
      oidc.ClientSecretBasic(secret),
      through(emu),
    );
    // No policy yet: Okta refuses.
    await assert.rejects(
      () =>
        (audience.endpoint = `${emu.orgUrl}/oauth2/v1/token`, oidc.clientCredentialsGrant)(config, {
          scope: "orders.read",
        }),
      (e: oidc.ResponseBodyError) => e.error === "access_denied",
    );
    const policy = await call(emu, "POST", `${server}/policies`, {
      body: {
        type: "OAUTH_AUTHORIZATION_POLICY",
        name: "API clients",
        conditions: { clients: { include: [clientId] } },
      },
    });
    assert.ok(policy.status === 200 || policy.status === 201, policy.text);
    const rule = await call(emu, "POST", `${server}/policies/${policy.body.id}/rules`, {
      body: {
        type: "RESOURCE_ACCESS",
        name: "Client credentials",
        conditions: {
          people: { groups: { include: ["EVERYONE"] } },
          grantTypes: { include: ["client_credentials"] },
          scopes: { include: ["*"] },
        },
      },
    });
    assert.ok(rule.status === 200 || rule.status === 201, rule.text);
    const tokens =
      await (audience.endpoint = `${emu.orgUrl}/oauth2/v1/token`, oidc.clientCredentialsGrant)(
        config,
        { scope: "orders.read" },
      );
    const claims = await verify(emu, tokens.access_token, "/oauth2/default/v1/keys");
    assert.equal(claims.iss, `${emu.orgUrl}/oauth2/default`);
    assert.equal(claims.aud, "api://default");
    assert.deepEqual(claims.scp, ["orders.read"]);
    // An unknown scope, and Okta's own scopes, are not this server's to issue.
    for (const bad of ["orders.write", "okta.users.read"]) {
      await assert.rejects(
        () =>
          (audience.endpoint = `${emu.orgUrl}/oauth2/v1/token`, oidc.clientCredentialsGrant)(
            config,
            { scope: bad },
          ),
        (e: oidc.ResponseBodyError) => e.error === "invalid_scope",
      );
    }
    // A custom server's token is no Management API token.
    const api = await call(emu, "GET", "/api/v1/users", { auth: `Bearer ${tokens.access_token}` });
    assert.equal(api.status, 401);
    // The org server's keys do not verify it.
    await assert.rejects(() => verify(emu, tokens.access_token, "/oauth2/v1/keys"));

    // Rotation: the new key signs, the old one stays published so earlier tokens verify.
    const before = await call(emu, "GET", `${server}/credentials/keys`);
    assert.equal(before.body.length, 1);
    assert.equal(before.body[0].d, undefined, "private halves are never listed");
    const rotated = await call(emu, "POST", `${server}/credentials/lifecycle/keyRotate`, {
      body: { use: "sig" },
    });
    assert.equal(rotated.status, 200, rotated.text);
    assert.deepEqual(rotated.body.map((k: { status: string }) => k.status), ["EXPIRED", "ACTIVE"]);
    await verify(emu, tokens.access_token, "/oauth2/default/v1/keys");
    const next =
      await (audience.endpoint = `${emu.orgUrl}/oauth2/v1/token`, oidc.clientCredentialsGrant)(
        config,
        { scope: "orders.read" },
      );
    const header = JSON.parse(atob(next.access_token.split(".")[0]));
    assert.equal(header.kid, rotated.body[1].kid);
    await verify(emu, next.access_token, "/oauth2/default/v1/keys");
  } finally {
    await emu.close();
  }
});

Deno.test("oidc: oktakit's own client uses an app made through the API (private_key_jwt)", async () => {
  const emu = emulator({ seed: "demo" });
  try {
    const app = await serviceApp(emu, ["okta.users.read"]);
    const okta = createOkta({
      orgUrl: emu.orgUrl,
      fetch: emu.fetch,
      authorizationMode: "PrivateKey",
      clientId: app.id,
      scopes: ["okta.users.read"],
      privateKey: await exportPKCS8(app.rsa.privateKey),
      keyId: "rsa-1",
      env: {},
    });
    try {
      const users = await okta.request<unknown[]>("GET", "/api/v1/users");
      assert.ok(Array.isArray(users) && users.length > 0);
    } finally {
      okta.close();
    }
  } finally {
    await emu.close();
  }
});

Deno.test("oidc: apps, consent grants, registered clients and signing keys persist with --state", async () => {
  const dir = await Deno.makeTempDir();
  const path = `${dir}/org.json`;
  try {
    const a = emulator({ state: path, seed: "empty", apiToken: "t" });
    const app = await serviceApp(a, ["okta.users.read"]);
    const key = await generateKeyPair("ES256", { extractable: true });
    a.oauth.registerClient({
      clientId: "0oahelperclient",
      jwks: { keys: [{ ...(await exportJWK(key.publicKey)), kid: "h-1" }] },
      scopes: ["okta.groups.read"],
      grantTypes: ["client_credentials"],
    });
    const listed = await call(a, "GET", "/api/v1/apps/0oahelperclient");
    assert.equal(listed.status, 200, "the helper writes an app like the API does");
    const config = await oidc.discovery(
      new URL(a.orgUrl),
      app.id,
      undefined,
      okta(app.rsa.privateKey, "rsa-1"),
      through(a),
    );
    audience.endpoint = `${a.orgUrl}/oauth2/v1/token`;
    const first = await oidc.clientCredentialsGrant(config, { scope: "okta.users.read" });
    await a.close();

    const b = emulator({ state: path, seed: "empty", apiToken: "t" });
    // The saved signing key still verifies a token issued before the restart.
    await verify(b, first.access_token, "/oauth2/v1/keys");
    const again = await oidc.discovery(
      new URL(b.orgUrl),
      app.id,
      undefined,
      okta(app.rsa.privateKey, "rsa-1"),
      through(b),
    );
    const second = await oidc.clientCredentialsGrant(again, { scope: "okta.users.read" });
    await verify(b, second.access_token, "/oauth2/v1/keys");
    const helper = await oidc.discovery(
      new URL(b.orgUrl),
      "0oahelperclient",
      undefined,
      okta(key.privateKey, "h-1"),
      through(b),
    );
    const third = await oidc.clientCredentialsGrant(helper, { scope: "okta.groups.read" });
    assert.deepEqual((await verify(b, third.access_token, "/oauth2/v1/keys")).scp, [
      "okta.groups.read",
    ]);
    await b.close();
  } finally {
    await Deno.remove(dir, { recursive: true });
  }
});
