// End to end: createOkta() → transport → this auth code → the emulator's org (Management API +
// /oauth2/v1), in process, with the emulator's clock shared with the auth clock.
import assert from "node:assert/strict";
import { createOkta, OktaApiError } from "../../mod.ts";
import { createEmulator } from "../../emulator.ts";
import { createAuthStrategy, OktaAuthError } from "../../src/auth/mod.ts";
import { fakeClock, makeKey } from "./_harness.ts";

const ORG = "http://127.0.0.1:8787";

function emulatorWithClock() {
  const clock = fakeClock(Date.now());
  const emulator = createEmulator({ seed: "empty", now: () => clock.now(), orgUrl: ORG });
  const counted = { token: 0, api: 0 };
  const fetchFn = (request: Request) => {
    if (new URL(request.url).pathname === "/oauth2/v1/token") counted.token++;
    else if (request.url.includes("/api/v1/")) counted.api++;
    return emulator.fetch(request);
  };
  return { clock, emulator, fetchFn, counted };
}

Deno.test("e2e: PrivateKey settings through createOkta; 20 concurrent calls, one token request", async () => {
  const { emulator, fetchFn, counted } = emulatorWithClock();
  try {
    const key = await makeKey("RS256", "svc-1");
    emulator.oauth.registerClient({
      clientId: "0oasvc",
      jwks: { keys: [key.publicJwk] },
      scopes: ["okta.users.read", "okta.groups.read"],
      grantTypes: ["client_credentials"],
      roles: ["READ_ONLY_ADMIN"],
    });
    const okta = createOkta({
      orgUrl: ORG,
      fetch: fetchFn,
      authorizationMode: "PrivateKey",
      clientId: "0oasvc",
      scopes: ["okta.users.read", "okta.groups.read"],
      privateKey: key.pem,
      keyId: "svc-1",
      env: {},
    });
    assert.equal(okta.auth.kind, "private_key_jwt");
    const results = await Promise.all(
      Array.from({ length: 20 }, () => okta.request("GET", "/api/v1/users")),
    );
    assert.equal(results.length, 20);
    assert.ok(results.every((r) => Array.isArray(r)));
    assert.equal(counted.token, 1);
    assert.equal(counted.api, 20);
    // A scope the token lacks is the API's 403, not an auth error.
    await assert.rejects(
      async () =>
        await okta.request("POST", "/api/v1/groups", { body: { profile: { name: "x" } } }),
      (e) => {
        assert.ok(e instanceof OktaApiError);
        assert.equal(e.status, 403);
        return true;
      },
    );
  } finally {
    await emulator.close();
  }
});

for (const alg of ["RS256", "ES256"] as const) {
  Deno.test(`e2e: DPoP (${alg}) with token and resource nonces through createOkta`, async () => {
    const { emulator, fetchFn, counted, clock } = emulatorWithClock();
    try {
      const key = await makeKey(alg, "dpop-1");
      emulator.oauth.registerClient({
        clientId: "0oadpop",
        jwks: { keys: [key.publicJwk] },
        scopes: ["okta.users.read"],
        grantTypes: ["client_credentials"],
        roles: ["READ_ONLY_ADMIN"],
        dpop: true,
      });
      emulator.oauth.configure({ resourceNonce: true });
      const auth = createAuthStrategy({
        mode: "PrivateKey",
        orgUrl: new URL(ORG),
        clientId: "0oadpop",
        scopes: ["okta.users.read"],
        privateKey: key.privateJwk as JsonWebKey,
        keyId: "dpop-1",
        fetch: (input, init) => fetchFn(new Request(input, init)),
        clock,
      });
      const okta = createOkta({ orgUrl: ORG, fetch: fetchFn, auth, env: {} });
      const users = await okta.request("GET", "/api/v1/users", { query: { limit: 5 } });
      assert.ok(Array.isArray(users));
      assert.equal(counted.token, 3); // no proof, no nonce, success
      assert.equal(counted.api, 2); // nonce challenge, replay
      await okta.request("GET", "/api/v1/users");
      assert.equal(counted.api, 3);
    } finally {
      await emulator.close();
    }
  });
}

Deno.test("e2e: device grant through createOkta; revoke then use of the old token fails", async () => {
  const { emulator, fetchFn, clock } = emulatorWithClock();
  try {
    emulator.oauth.configure({ deviceInterval: 1 });
    emulator.oauth.registerClient({
      clientId: "0oanative",
      scopes: ["okta.users.read", "offline_access"],
      grantTypes: ["device_code", "refresh_token"],
    });
    let code = "";
    clock.onSleep = () => emulator.oauth.approveDevice(code);
    const seen: string[] = [];
    const spy = (request: Request) => {
      const h = request.headers.get("Authorization");
      if (h && request.url.includes("/api/v1/")) seen.push(h);
      return fetchFn(request);
    };
    const auth = createAuthStrategy({
      mode: "Device",
      orgUrl: new URL(ORG),
      clientId: "0oanative",
      scopes: ["okta.users.read"],
      refresh: true,
      fetch: (input, init) => fetchFn(new Request(input, init)),
      clock,
      onDeviceCode: (p) => {
        code = p.userCode;
      },
    });
    const okta = createOkta({ orgUrl: ORG, fetch: spy, auth, env: {} });
    assert.ok(Array.isArray(await okta.request("GET", "/api/v1/users")));
    await okta.auth.revoke();
    const old = await emulator.fetch(
      new Request(`${ORG}/api/v1/users`, { headers: { Authorization: seen[0] } }),
    );
    assert.equal(old.status, 401);
    assert.equal((await old.json()).errorCode, "E0000011");
  } finally {
    await emulator.close();
  }
});

Deno.test("e2e: a refused assertion is an OktaAuthError and nothing secret leaks", async () => {
  const { emulator, fetchFn, counted } = emulatorWithClock();
  try {
    const key = await makeKey("ES256", "svc-1");
    emulator.oauth.registerClient({
      clientId: "0oasvc",
      jwks: { keys: [key.publicJwk] },
      scopes: ["okta.users.read"],
      grantTypes: ["client_credentials"],
    });
    const logs: string[] = [];
    const okta = createOkta({
      orgUrl: ORG,
      fetch: fetchFn,
      authorizationMode: "PrivateKey",
      clientId: "0oasvc",
      scopes: ["okta.users.read"],
      privateKey: key.pem,
      keyId: "svc-404",
      logger: { debug: (line: string) => logs.push(line) },
      env: {},
    });
    const err = await okta.request("GET", "/api/v1/users").then(() => undefined, (e) => e);
    assert.ok(err instanceof OktaAuthError, String(err));
    assert.equal(err.error, "invalid_client");
    assert.match(err.message, /kid is invalid/);
    assert.equal(counted.api, 0);
    const pemBody = key.pem.split("\n")[1];
    const d = String(key.privateJwk.d);
    for (
      const text of [
        err.message,
        Deno.inspect(err),
        JSON.stringify(err),
        Deno.inspect(okta),
        ...logs,
      ]
    ) {
      assert.ok(!text.includes(pemBody) && !text.includes(d), text);
      assert.ok(!/eyJ[\w-]+\.eyJ[\w-]+\./.test(text), `a JWT leaked: ${text}`);
    }
  } finally {
    await emulator.close();
  }
});
