// The emulator's authorization server, driven with raw HTTP: every assertion and device error.
import assert from "node:assert/strict";
import { SignJWT } from "npm:jose@^6.2.18";
import { fakeClock, makeKey, makeOrg, ORG, SERVICE_SCOPES, type TestKey } from "./_harness.ts";

const CLIENT = "0oaservice1";
const ASSERTION_TYPE = "urn:ietf:params:oauth:client-assertion-type:jwt-bearer";

async function post(
  fetchFn: typeof fetch,
  path: string,
  form: Record<string, string>,
  headers: Record<string, string> = {},
): Promise<{ status: number; body: Record<string, string> | null; headers: Headers }> {
  const res = await fetchFn(`${ORG}${path}`, {
    method: "POST",
    headers: { "Content-Type": "application/x-www-form-urlencoded", ...headers },
    body: new URLSearchParams(form),
  });
  const text = await res.text();
  return { status: res.status, body: text ? JSON.parse(text) : null, headers: res.headers };
}

interface AssertionInput {
  key: TestKey;
  kid?: string | null;
  aud?: string;
  expIn?: number;
  jti?: string;
  iss?: string;
}

async function assertion(now: number, input: AssertionInput): Promise<string> {
  const iat = Math.floor(now / 1000);
  const header: Record<string, string> = { alg: input.key.alg };
  if (input.kid !== null) header.kid = input.kid ?? input.key.kid;
  return await new SignJWT({})
    .setProtectedHeader(header as { alg: string })
    .setIssuer(input.iss ?? CLIENT)
    .setSubject(input.iss ?? CLIENT)
    .setAudience(input.aud ?? `${ORG}/oauth2/v1/token`)
    .setIssuedAt(iat)
    .setExpirationTime(iat + (input.expIn ?? 300))
    .setJti(input.jti ?? crypto.randomUUID())
    .sign(input.key.privateKey);
}

async function serviceOrg() {
  const clock = fakeClock();
  const org = makeOrg(clock);
  const key = await makeKey("ES256", "k1");
  const second = await makeKey("ES256", "k2");
  const stranger = await makeKey("ES256", "k1", 1); // same kid, another key
  org.oauth.registerClient({
    clientId: CLIENT,
    jwks: { keys: [key.publicJwk, second.publicJwk] },
    scopes: SERVICE_SCOPES,
    grantTypes: ["client_credentials"],
  });
  const grant = async (a: string, extra: Record<string, string> = {}) =>
    await post(org.fetch, "/oauth2/v1/token", {
      grant_type: "client_credentials",
      scope: "okta.users.read",
      client_assertion_type: ASSERTION_TYPE,
      client_assertion: a,
      ...extra,
    });
  return { clock, org, key, second, stranger, grant };
}

Deno.test("client_credentials: a good assertion gets a Bearer token for one hour", async () => {
  const { clock, key, grant } = await serviceOrg();
  const res = await grant(await assertion(clock.now(), { key }));
  assert.equal(res.status, 200);
  assert.equal(res.body!.token_type, "Bearer");
  assert.equal(res.body!.expires_in, 3600);
  assert.equal(res.body!.scope, "okta.users.read");
  assert.equal(res.headers.get("Cache-Control"), "no-store");
});

Deno.test("client_credentials: each bad assertion is refused with invalid_client and Okta's reason", async (t) => {
  const { clock, key, second, stranger, grant } = await serviceOrg();
  const now = clock.now();
  const used = await assertion(now, { key, jti: "jti-once" });
  assert.equal((await grant(used)).status, 200);
  const cases: Array<[string, Promise<string>, RegExp]> = [
    ["wrong aud", assertion(now, { key, aud: `${ORG}/oauth2/default/v1/token` }), /audience claim/],
    ["expired", assertion(now, { key, expIn: -10 }), /is expired/],
    ["exp too far", assertion(now, { key, expIn: 3700 }), /too far into the future/],
    ["reused jti", assertion(now, { key, jti: "jti-once" }), /already been used/],
    ["unknown kid", assertion(now, { key, kid: "k9" }), /kid is invalid/],
    ["no kid with two keys", assertion(now, { key, kid: null }), /kid is invalid/],
    ["bad signature", assertion(now, { key: stranger }), /signature is invalid/],
    ["other key's kid", assertion(now, { key: second, kid: "k1" }), /signature is invalid/],
    ["iss is not the client", assertion(now, { key, iss: "0oaother" }), /invalid_client|client_id/],
    ["not a JWT", Promise.resolve("not-a-jwt"), /not a valid JWT/],
    [
      "signature part missing",
      assertion(now, { key }).then((a) => a.split(".").slice(0, 2).join(".")),
      /not a valid JWT/,
    ],
  ];
  for (const [name, made, reason] of cases) {
    await t.step(name, async () => {
      const res = await grant(await made);
      assert.equal(res.status, 401);
      assert.equal(res.body!.error, "invalid_client");
      assert.match(res.body!.error_description, reason);
    });
  }
});

Deno.test("client_credentials: wrong assertion type, missing or ungranted scope, unknown grant", async () => {
  const { clock, key, grant } = await serviceOrg();
  const bad = await grant(await assertion(clock.now(), { key }), { client_assertion_type: "x" });
  assert.deepEqual([bad.status, bad.body!.error], [400, "invalid_request"]);
  const none = await grant(await assertion(clock.now(), { key }), { scope: "" });
  assert.deepEqual([none.status, none.body!.error], [400, "invalid_scope"]);
  const wide = await grant(await assertion(clock.now(), { key }), { scope: "okta.users.manage" });
  assert.deepEqual([wide.status, wide.body!.error], [400, "invalid_scope"]);
  const grantType = await grant(await assertion(clock.now(), { key }), { grant_type: "password" });
  assert.deepEqual([grantType.status, grantType.body!.error], [400, "unsupported_grant_type"]);
  const noCreds = await post(makeOrg(clock).fetch, "/oauth2/v1/token", {
    grant_type: "client_credentials",
    scope: "okta.users.read",
  });
  assert.deepEqual([noCreds.status, noCreds.body!.error], [401, "invalid_client"]);
});

async function deviceOrg(interval = 5, expiresIn = 600) {
  const clock = fakeClock();
  const org = makeOrg(clock, { deviceInterval: interval, deviceExpiresIn: expiresIn });
  org.oauth.registerClient({
    clientId: "0oanative",
    scopes: ["okta.users.read", "offline_access"],
    grantTypes: ["device_code", "refresh_token"],
  });
  const start = await post(org.fetch, "/oauth2/v1/device/authorize", {
    client_id: "0oanative",
    scope: "okta.users.read",
  });
  assert.equal(start.status, 200);
  const poll = async () =>
    await post(org.fetch, "/oauth2/v1/token", {
      client_id: "0oanative",
      grant_type: "urn:ietf:params:oauth:grant-type:device_code",
      device_code: start.body!.device_code,
    });
  return { clock, org, start: start.body!, poll };
}

Deno.test("device: authorize answers codes, URLs, expiry and interval", async () => {
  const { start } = await deviceOrg(3, 120);
  assert.match(start.user_code, /^[A-Z]{8}$/);
  assert.equal(start.verification_uri, `${ORG}/activate`);
  assert.equal(start.verification_uri_complete, `${ORG}/activate?user_code=${start.user_code}`);
  assert.equal(start.expires_in, 120);
  assert.equal(start.interval, 3);
});

Deno.test("device: pending, polling too fast → slow_down, approved, then the code is spent", async () => {
  const { clock, org, start, poll } = await deviceOrg(5);
  const first = await poll();
  assert.deepEqual([first.status, first.body!.error], [400, "authorization_pending"]);
  clock.advance(1000);
  const fast = await poll();
  assert.deepEqual([fast.status, fast.body!.error], [400, "slow_down"]);
  clock.advance(5000); // the server now expects 10 s
  assert.equal((await poll()).body!.error, "slow_down");
  clock.advance(15_000);
  assert.equal((await poll()).body!.error, "authorization_pending");
  org.oauth.approveDevice(start.user_code, "00uuser1");
  clock.advance(15_000);
  const ok = await poll();
  assert.equal(ok.status, 200);
  assert.equal(ok.body!.token_type, "Bearer");
  assert.equal(ok.body!.refresh_token, undefined); // no offline_access asked
  clock.advance(15_000);
  assert.equal((await poll()).body!.error, "invalid_grant");
});

Deno.test("device: expired_token after expires_in, access_denied after a denial", async () => {
  const expired = await deviceOrg(5, 60);
  expired.clock.advance(61_000);
  const e = await expired.poll();
  assert.deepEqual([e.status, e.body!.error], [400, "expired_token"]);

  const denied = await deviceOrg(5, 60);
  denied.org.oauth.denyDevice(denied.start.user_code);
  const d = await denied.poll();
  assert.equal(d.body!.error, "access_denied");
  assert.throws(() => denied.org.oauth.approveDevice("NOPE"), /Unknown user code/);
});

Deno.test("device: authorize refuses unknown clients, missing and ungranted scopes", async () => {
  const { org } = await deviceOrg();
  const unknown = await post(org.fetch, "/oauth2/v1/device/authorize", {
    client_id: "0oax",
    scope: "okta.users.read",
  });
  assert.deepEqual([unknown.status, unknown.body!.error], [401, "invalid_client"]);
  const none = await post(org.fetch, "/oauth2/v1/device/authorize", { client_id: "0oanative" });
  assert.deepEqual([none.status, none.body!.error], [400, "invalid_scope"]);
  const wide = await post(org.fetch, "/oauth2/v1/device/authorize", {
    client_id: "0oanative",
    scope: "okta.apps.manage",
  });
  assert.deepEqual([wide.status, wide.body!.error], [400, "invalid_scope"]);
});

Deno.test("revoke: 200 with an empty body even for unknown tokens; errors for missing token or client", async () => {
  const { org } = await deviceOrg();
  const ok = await post(org.fetch, "/oauth2/v1/revoke", { client_id: "0oanative", token: "nope" });
  assert.equal(ok.status, 200);
  assert.equal(ok.body, null);
  const noToken = await post(org.fetch, "/oauth2/v1/revoke", { client_id: "0oanative" });
  assert.deepEqual([noToken.status, noToken.body!.error], [400, "invalid_request"]);
  const noClient = await post(org.fetch, "/oauth2/v1/revoke", { token: "nope" });
  assert.deepEqual([noClient.status, noClient.body!.error], [401, "invalid_client"]);
});

Deno.test("issued Bearer tokens are checked: valid, expired, revoked, unknown, wrong scheme", async () => {
  const clock = fakeClock();
  const org = makeOrg(clock);
  const token = org.oauth.issueAccessToken({ scopes: ["okta.users.read"], lifetime: 60 });
  const check = (scheme: string, t: string) =>
    org.oauth.verifyAccessToken({
      scheme,
      token: t,
      dpopProof: null,
      method: "GET",
      url: `${ORG}/api/v1/users`,
    });
  const good = await check("Bearer", token);
  assert.ok(good.ok);
  assert.deepEqual(good.ok && good.scopes, ["okta.users.read"]);
  const dpop = await check("DPoP", token);
  assert.ok(!dpop.ok && dpop.status === 401 && /not DPoP bound/.test(dpop.description));
  assert.equal((await check("Bearer", "unknown")).ok, false);
  clock.advance(60_000);
  const late = await check("Bearer", token);
  assert.ok(!late.ok && late.error === "invalid_token" && late.status === 401);
  assert.match(late.ok ? "" : late.headers!["WWW-Authenticate"], /Bearer error="invalid_token"/);
});
