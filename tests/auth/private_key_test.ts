import assert from "node:assert/strict";
import { createPrivateKey } from "node:crypto";
import { SignJWT } from "npm:jose@^6.2.18";
import { type AuthSettings, createAuthStrategy, OktaAuthError } from "../../src/auth/mod.ts";
import type { AuthStrategy } from "../../src/auth/strategy.ts";
import {
  decodePart,
  fakeClock,
  makeKey,
  makeOrg,
  ORG,
  type Org,
  send,
  SERVICE_SCOPES,
  type TestKey,
} from "./_harness.ts";

const TOKEN = "/oauth2/v1/token";
const CLIENT = "0oaservice1";

/** A PrivateKey strategy for {@link CLIENT} signing with `key` as `key-1`; `settings` override. */
function keyStrategy(
  key: TestKey,
  fetch: typeof globalThis.fetch,
  settings: Partial<AuthSettings>,
): AuthStrategy {
  return createAuthStrategy({
    mode: "PrivateKey",
    orgUrl: new URL(ORG),
    clientId: CLIENT,
    scopes: SERVICE_SCOPES,
    privateKey: key.pem,
    keyId: "key-1",
    fetch,
    ...settings,
  });
}

async function setup(
  alg: "RS256" | "ES256" = "RS256",
  privateKey?: (k: TestKey) => string | JsonWebKey,
) {
  const clock = fakeClock();
  const org = makeOrg(clock);
  const key = await makeKey(alg, "key-1");
  const other = await makeKey(alg, "key-2");
  org.oauth.registerClient({
    clientId: CLIENT,
    jwks: { keys: [key.publicJwk, other.publicJwk] },
    scopes: SERVICE_SCOPES,
    grantTypes: ["client_credentials"],
  });
  const auth = keyStrategy(key, org.fetch, {
    privateKey: privateKey ? privateKey(key) : key.pem,
    clock,
  });
  return { clock, org, key, other, auth };
}

Deno.test("private_key_jwt with an RSA PKCS#8 PEM gets a token and calls the API", async () => {
  const { org, auth } = await setup("RS256");
  const res = await send(auth, org.fetch, "GET", "/api/v1/users/me");
  assert.equal(res.status, 200);
  assert.deepEqual(res.body.scopes, SERVICE_SCOPES);
  assert.equal(res.body.clientId, CLIENT);
  const form = org.forms(TOKEN)[0];
  assert.equal(form.get("grant_type"), "client_credentials");
  assert.equal(form.get("scope"), SERVICE_SCOPES.join(" "));
  assert.equal(
    form.get("client_assertion_type"),
    "urn:ietf:params:oauth:client-assertion-type:jwt-bearer",
  );
  const api = org.requests.find((r) => r.url.includes("/api/v1/"))!;
  assert.match(api.headers.get("Authorization")!, /^Bearer \S+$/);
});

Deno.test("the client assertion has kid, iss = sub = client id, aud = token endpoint, exp <= 1 h, unique jti", async () => {
  const { org, auth, clock } = await setup("ES256");
  await auth.headers({ method: "GET", url: new URL(`${ORG}/api/v1/users`) });
  clock.advance(3600_000);
  await auth.headers({ method: "GET", url: new URL(`${ORG}/api/v1/users`) });
  const assertions = org.forms(TOKEN).map((f) => f.get("client_assertion")!);
  assert.equal(assertions.length, 2);
  for (const a of assertions) {
    const header = decodePart(a, 0);
    const claims = decodePart(a, 1);
    assert.equal(header.kid, "key-1");
    assert.equal(header.alg, "ES256");
    assert.equal(claims.iss, CLIENT);
    assert.equal(claims.sub, CLIENT);
    assert.equal(claims.aud, `${ORG}/oauth2/v1/token`);
    assert.ok((claims.exp as number) - (claims.iat as number) <= 3600);
    assert.ok((claims.exp as number) > (claims.iat as number));
  }
  assert.notEqual(decodePart(assertions[0], 1).jti, decodePart(assertions[1], 1).jti);
});

Deno.test("keys load from PKCS#1 and SEC1 PEM and from JWK (object and JSON string)", async () => {
  const cases: Array<["RS256" | "ES256", (k: TestKey) => string | JsonWebKey]> = [
    ["RS256", (k) => createPrivateKey(k.pem).export({ format: "pem", type: "pkcs1" }) as string],
    ["ES256", (k) => createPrivateKey(k.pem).export({ format: "pem", type: "sec1" }) as string],
    ["RS256", (k) => k.privateJwk as JsonWebKey],
    ["ES256", (k) => JSON.stringify(k.privateJwk)],
  ];
  for (const [alg, pick] of cases) {
    const { org, auth } = await setup(alg, pick);
    const res = await send(auth, org.fetch, "GET", "/api/v1/users/me");
    assert.equal(res.status, 200, `${alg} ${typeof pick}`);
  }
});

Deno.test("20 concurrent calls on a cold client make exactly one token request", async () => {
  const { org, auth } = await setup();
  const results = await Promise.all(
    Array.from({ length: 20 }, () => send(auth, org.fetch, "GET", "/api/v1/users/me")),
  );
  assert.deepEqual(results.map((r) => r.status), Array(20).fill(200));
  assert.equal(org.count(TOKEN), 1);
  assert.equal(org.count("/api/v1/users/me"), 20);
});

Deno.test("a token is reused while fresh and renewed shortly before it expires", async () => {
  const { org, auth, clock } = await setup();
  org.oauth.configure({ tokenLifetime: 3600 });
  const first = await auth.headers({ method: "GET", url: new URL(`${ORG}/api/v1/users`) });
  clock.advance(3000_000);
  const same = await auth.headers({ method: "GET", url: new URL(`${ORG}/api/v1/users`) });
  assert.equal(same.Authorization, first.Authorization);
  assert.equal(org.count(TOKEN), 1);
  clock.advance(560_000); // 40 s before expiry: inside the renewal margin
  const renewed = await auth.headers({ method: "GET", url: new URL(`${ORG}/api/v1/users`) });
  assert.notEqual(renewed.Authorization, first.Authorization);
  assert.equal(org.count(TOKEN), 2);
  assert.equal((await send(auth, org.fetch, "GET", "/api/v1/users/me")).status, 200);
});

async function revokeAtOrg(org: Org, key: TestKey, now: number, token: string): Promise<number> {
  const iat = Math.floor(now / 1000);
  const assertion = await new SignJWT({})
    .setProtectedHeader({ alg: key.alg, kid: key.kid })
    .setIssuer(CLIENT).setSubject(CLIENT).setAudience(`${ORG}/oauth2/v1/revoke`)
    .setIssuedAt(iat).setExpirationTime(iat + 60).setJti(crypto.randomUUID())
    .sign(key.privateKey);
  const res = await org.fetch(`${ORG}/oauth2/v1/revoke`, {
    method: "POST",
    headers: { "Content-Type": "application/x-www-form-urlencoded" },
    body: new URLSearchParams({
      token,
      token_type_hint: "access_token",
      client_assertion_type: "urn:ietf:params:oauth:client-assertion-type:jwt-bearer",
      client_assertion: assertion,
    }),
  });
  await res.body?.cancel();
  return res.status;
}

Deno.test("an expired token renews; a 401 invalid_token renews once and replays", async () => {
  const { org, auth, clock, key } = await setup();
  assert.equal((await send(auth, org.fetch, "GET", "/api/v1/users/me")).status, 200);
  clock.advance(3600_000);
  assert.equal((await send(auth, org.fetch, "GET", "/api/v1/users/me")).status, 200);
  assert.equal(org.count(TOKEN), 2);
  // The org revokes the token behind the client's back: the next call gets 401, renews, replays.
  const url = new URL(`${ORG}/api/v1/users/me`);
  const held = (await auth.headers({ method: "GET", url })).Authorization.split(" ")[1];
  assert.equal(await revokeAtOrg(org, key, clock.now(), held), 200);
  const res = await send(auth, org.fetch, "GET", "/api/v1/users/me");
  assert.equal(res.status, 200);
  assert.equal(org.count(TOKEN), 3);
  const apiCalls = org.requests.filter((r) => r.url === url.href);
  assert.equal(apiCalls.length, 4); // 2 earlier + the 401 + the replay
});

Deno.test("concurrent 401s after a revoke renew the token once", async () => {
  const { org, auth, clock, key } = await setup();
  const url = new URL(`${ORG}/api/v1/users/me`);
  const held = (await auth.headers({ method: "GET", url })).Authorization.split(" ")[1];
  await revokeAtOrg(org, key, clock.now(), held);
  const results = await Promise.all(
    Array.from({ length: 5 }, () => send(auth, org.fetch, "GET", "/api/v1/users/me")),
  );
  assert.deepEqual(results.map((r) => r.status), Array(5).fill(200));
  assert.equal(org.count(TOKEN), 2);
});

Deno.test("revoke() revokes the access token at the org; using it afterwards fails", async () => {
  const { org, auth } = await setup();
  const url = new URL(`${ORG}/api/v1/users/me`);
  const header = (await auth.headers({ method: "GET", url })).Authorization;
  await auth.revoke!();
  const revoke = org.forms("/oauth2/v1/revoke");
  assert.equal(revoke.length, 1);
  assert.equal(revoke[0].get("token_type_hint"), "access_token");
  assert.equal(decodePart(revoke[0].get("client_assertion")!, 1).aud, `${ORG}/oauth2/v1/revoke`);
  const res = await org.fetch(url, { headers: { Authorization: header } });
  assert.equal(res.status, 401);
  assert.match(res.headers.get("WWW-Authenticate")!, /invalid_token/);
  await res.body?.cancel();
  // The strategy forgot the token: the next call gets a new one.
  const next = await auth.headers({ method: "GET", url });
  assert.notEqual(next.Authorization, header);
});

Deno.test("token-endpoint errors raise OktaAuthError and no API request is sent", async (t) => {
  const cases: Array<[string, (o: Org, k: TestKey) => void, Record<string, unknown>, string]> = [
    ["unknown kid", () => {}, { keyId: "key-404" }, "invalid_client"],
    ["scope not granted", () => {}, { scopes: ["okta.apps.manage"] }, "invalid_scope"],
    ["unknown client", () => {}, { clientId: "0oanobody" }, "invalid_client"],
    [
      "grant not allowed",
      (o, k) =>
        o.oauth.registerClient({
          clientId: CLIENT,
          jwks: { keys: [k.publicJwk] },
          scopes: SERVICE_SCOPES,
          grantTypes: ["refresh_token"],
        }),
      {},
      "unauthorized_client",
    ],
  ];
  for (const [name, mutate, override, code] of cases) {
    await t.step(name, async () => {
      const { org, key } = await setup();
      mutate(org, key);
      const auth = keyStrategy(key, org.fetch, { clock: fakeClock(), ...override });
      const err = await send(auth, org.fetch, "GET", "/api/v1/users/me").then(
        () => assert.fail("expected an OktaAuthError"),
        (e) => e,
      );
      assert.ok(err instanceof OktaAuthError, String(err));
      assert.equal(err.error, code);
      assert.ok(err.errorDescription.length > 0);
      assert.equal(err.status, code === "invalid_client" ? 401 : 400);
      assert.equal(org.count("/api/v1/users/me"), 0);
    });
  }
});

Deno.test("a 429 with Okta's error body at the token endpoint becomes OktaAuthError rate_limited", async () => {
  const { org, key, clock } = await setup();
  const limited: typeof fetch = (input, init) => {
    if (String(input).includes("/oauth2/")) {
      return Promise.resolve(Response.json({
        errorCode: "E0000047",
        errorSummary: "API call exceeded rate limit due to too many requests.",
        errorLink: "E0000047",
        errorId: "oaeX",
        errorCauses: [],
      }, { status: 429 }));
    }
    return org.fetch(input, init);
  };
  const auth = keyStrategy(key, limited, { clock });
  await assert.rejects(
    auth.headers({ method: "GET", url: new URL(`${ORG}/api/v1/users`) }),
    (e) => {
      assert.ok(e instanceof OktaAuthError);
      assert.equal(e.error, "rate_limited");
      assert.equal(e.status, 429);
      assert.match(e.errorDescription, /E0000047/);
      return true;
    },
  );
});

Deno.test("a success body without access_token is an error, never `Bearer undefined`", async () => {
  const { key, clock } = await setup();
  const broken: typeof fetch = () =>
    Promise.resolve(Response.json({ token_type: "Bearer", expires_in: 3600 }));
  const auth = createAuthStrategy({
    mode: "PrivateKey",
    orgUrl: new URL(ORG),
    clientId: CLIENT,
    scopes: SERVICE_SCOPES,
    privateKey: key.pem,
    fetch: broken,
    clock,
  });
  await assert.rejects(auth.headers({ method: "GET", url: new URL(`${ORG}/x`) }), (e) => {
    assert.ok(e instanceof OktaAuthError);
    assert.equal(e.error, "invalid_token_response");
    return true;
  });
});

Deno.test("an unreadable private key is a clear OktaAuthError that does not echo the key", async () => {
  const bad = "-----BEGIN PRIVATE KEY-----\nbm90IGEga2V5IGF0IGFsbA==\n-----END PRIVATE KEY-----";
  const auth = createAuthStrategy({
    mode: "PrivateKey",
    orgUrl: new URL(ORG),
    clientId: CLIENT,
    scopes: SERVICE_SCOPES,
    privateKey: bad,
    fetch: () => Promise.reject(new Error("no request expected")),
  });
  await assert.rejects(auth.headers({ method: "GET", url: new URL(`${ORG}/x`) }), (e) => {
    assert.ok(e instanceof OktaAuthError);
    assert.equal(e.error, "invalid_private_key");
    assert.ok(!e.message.includes("bm90IGEga2V5"));
    assert.ok(!Deno.inspect(e).includes("bm90IGEga2V5"));
    return true;
  });
});
