import assert from "node:assert/strict";
import { createAuthStrategy, OktaAuthError } from "../../src/auth/mod.ts";
import { fakeClock, makeKey, makeOrg, ORG, send, SERVICE_SCOPES } from "./_harness.ts";

const noFetch: typeof fetch = () => Promise.reject(new Error("no request expected"));
const request = { method: "GET", url: new URL(`${ORG}/api/v1/users`) };

Deno.test("SSWS: the API token with the default or a configured prefix", async () => {
  const ssws = createAuthStrategy({
    mode: "SSWS",
    orgUrl: new URL(ORG),
    apiToken: "00abc",
    fetch: noFetch,
  });
  assert.equal(ssws.kind, "ssws");
  assert.deepEqual(await ssws.headers(request), { Authorization: "SSWS 00abc" });
  assert.deepEqual(ssws.secrets(), ["00abc"]);
  const custom = createAuthStrategy({
    mode: "SSWS",
    orgUrl: new URL(ORG),
    apiToken: "00abc",
    apiKeyPrefix: "Bearer",
    fetch: noFetch,
  });
  assert.deepEqual(await custom.headers(request), { Authorization: "Bearer 00abc" });
  assert.ok(!Deno.inspect(ssws).includes("00abc"));
});

Deno.test("Bearer: a given access token is sent as is and accepted by the emulator", async () => {
  const clock = fakeClock();
  const org = makeOrg(clock);
  const token = org.oauth.issueAccessToken({ scopes: ["okta.users.read"] });
  const bearer = createAuthStrategy({
    mode: "Bearer",
    orgUrl: new URL(ORG),
    accessToken: token,
    fetch: noFetch,
  });
  assert.equal(bearer.kind, "bearer");
  const res = await send(bearer, org.fetch, "GET", "/api/v1/users/me");
  assert.equal(res.status, 200);
  assert.deepEqual(res.body.scopes, ["okta.users.read"]);
  assert.deepEqual(bearer.secrets(), [token]);
  assert.ok(!Deno.inspect(bearer).includes(token));
});

Deno.test("missing settings fail before any request, naming the setting", () => {
  const cases: Array<[Parameters<typeof createAuthStrategy>[0], RegExp]> = [
    [{ mode: "SSWS", orgUrl: new URL(ORG), fetch: noFetch }, /API token/],
    [{ mode: "Bearer", orgUrl: new URL(ORG), accessToken: " ", fetch: noFetch }, /access token/],
    [{ mode: "PrivateKey", orgUrl: new URL(ORG), scopes: ["a"], fetch: noFetch }, /client id/],
    [{ mode: "PrivateKey", orgUrl: new URL(ORG), clientId: "x", fetch: noFetch }, /scopes/],
    [
      { mode: "PrivateKey", orgUrl: new URL(ORG), clientId: "x", scopes: ["a"], fetch: noFetch },
      /privateKey/,
    ],
    [{ mode: "Device", orgUrl: new URL(ORG), scopes: ["a"], fetch: noFetch }, /client id/],
  ];
  for (const [settings, message] of cases) {
    assert.throws(() => createAuthStrategy(settings), (e) => {
      assert.ok(e instanceof OktaAuthError);
      assert.equal(e.error, "missing_setting");
      assert.match(e.message, message);
      return true;
    });
  }
});

Deno.test("canary: tokens, assertions and keys never show in inspect, JSON or errors", async () => {
  const clock = fakeClock();
  const org = makeOrg(clock);
  const key = await makeKey("ES256", "k1");
  org.oauth.registerClient({
    clientId: "0oasvc",
    jwks: { keys: [key.publicJwk] },
    scopes: SERVICE_SCOPES,
    grantTypes: ["client_credentials"],
  });
  const auth = createAuthStrategy({
    mode: "PrivateKey",
    orgUrl: new URL(ORG),
    clientId: "0oasvc",
    scopes: SERVICE_SCOPES,
    privateKey: key.privateJwk as JsonWebKey,
    keyId: "k1",
    fetch: org.fetch,
    clock,
  });
  const h = await auth.headers(request);
  const token = h.Authorization.split(" ")[1];
  const assertion = org.forms("/oauth2/v1/token")[0].get("client_assertion")!;
  const secrets = auth.secrets();
  assert.ok(secrets.includes(token), "the access token is listed for redaction");
  assert.ok(secrets.includes(assertion), "the last assertion is listed for redaction");
  assert.ok(secrets.includes(String(key.privateJwk.d)), "the key is listed for redaction");
  const shown = [
    Deno.inspect(auth),
    Deno.inspect(auth, { showHidden: true, depth: 10 }),
    JSON.stringify(auth),
  ];
  for (const text of shown) {
    for (const s of [token, assertion, String(key.privateJwk.d)]) {
      assert.ok(!text.includes(s), text);
    }
  }
  // An error after a refused token request names the problem, not the credentials.
  org.oauth.registerClient({ clientId: "0oasvc", jwks: { keys: [] }, scopes: [], grantTypes: [] });
  clock.advance(7200_000);
  const err = await auth.headers(request).catch((e) => e);
  assert.ok(err instanceof OktaAuthError);
  for (const text of [err.message, Deno.inspect(err), JSON.stringify(err), String(err.stack)]) {
    for (const s of [token, assertion, String(key.privateJwk.d)]) {
      assert.ok(!text.includes(s), text);
    }
  }
});

Deno.test("the default device prompt prints the code and URL to stderr, not the device code", async () => {
  const clock = fakeClock();
  const org = makeOrg(clock, { deviceInterval: 1 });
  org.oauth.registerClient({
    clientId: "0oanative",
    scopes: ["okta.users.read"],
    grantTypes: ["device_code"],
  });
  const printed: string[] = [];
  const original = console.error;
  console.error = (...args: unknown[]) => printed.push(args.join(" "));
  try {
    const auth = createAuthStrategy({
      mode: "Device",
      orgUrl: new URL(ORG),
      clientId: "0oanative",
      scopes: ["okta.users.read"],
      fetch: org.fetch,
      clock,
    });
    clock.onSleep = () => {
      const code = /enter the code ([A-Z]+)/.exec(printed.join("\n"))?.[1];
      if (code) org.oauth.approveDevice(code);
    };
    await auth.headers(request);
  } finally {
    console.error = original;
  }
  const text = printed.join("\n");
  assert.match(text, /open https:\/\/emu\.okta\.test\/activate and enter the code [A-Z]{8}/);
  assert.match(text, /activate\?user_code=/);
  const deviceCode = org.forms("/oauth2/v1/token")[0].get("device_code")!;
  assert.ok(!text.includes(deviceCode));
});
