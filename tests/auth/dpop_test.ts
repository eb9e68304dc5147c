import assert from "node:assert/strict";
import { createAuthStrategy } from "../../src/auth/mod.ts";
import { DpopSigner } from "../../src/auth/dpop.ts";
import { generateDpopKey } from "../../src/auth/keys.ts";
import { decodePart, fakeClock, makeKey, makeOrg, ORG, send, SERVICE_SCOPES } from "./_harness.ts";

const TOKEN = "/oauth2/v1/token";
const CLIENT = "0oadpop1";

async function dpopSetup(alg: "RS256" | "ES256", dpop?: boolean) {
  const clock = fakeClock();
  const org = makeOrg(clock);
  const key = await makeKey(alg, "dpop-key");
  org.oauth.registerClient({
    clientId: CLIENT,
    jwks: { keys: [key.publicJwk] },
    scopes: SERVICE_SCOPES,
    grantTypes: ["client_credentials"],
    dpop: true,
  });
  const auth = createAuthStrategy({
    mode: "PrivateKey",
    orgUrl: new URL(ORG),
    clientId: CLIENT,
    scopes: SERVICE_SCOPES,
    privateKey: key.pem,
    keyId: key.kid,
    fetch: org.fetch,
    clock,
    dpop,
  });
  return { clock, org, key, auth };
}

for (const alg of ["RS256", "ES256"] as const) {
  Deno.test(`DPoP with ${alg}: the org's demand, the nonce round trip and a bound token`, async () => {
    const { org, auth } = await dpopSetup(alg);
    const res = await send(auth, org.fetch, "GET", "/api/v1/users/me?limit=2#frag");
    assert.equal(res.status, 200, JSON.stringify(res.body));
    // auto mode: no proof → invalid_dpop_proof; proof without nonce → use_dpop_nonce; then success.
    const tokenCalls = org.requests.filter((r) => r.url.endsWith(TOKEN));
    assert.equal(tokenCalls.length, 3);
    assert.equal(tokenCalls[0].headers.get("DPoP"), null);
    const proof1 = tokenCalls[1].headers.get("DPoP")!;
    const proof2 = tokenCalls[2].headers.get("DPoP")!;
    assert.equal(decodePart(proof1, 1).nonce, undefined);
    assert.equal(typeof decodePart(proof2, 1).nonce, "string");
    assert.equal(decodePart(proof2, 0).typ, "dpop+jwt");
    assert.equal(decodePart(proof2, 0).alg, alg);
    assert.equal((decodePart(proof2, 0).jwk as Record<string, unknown>).d, undefined);
    assert.equal(decodePart(proof2, 1).htu, `${ORG}${TOKEN}`);
    assert.notEqual(decodePart(proof1, 1).jti, decodePart(proof2, 1).jti);

    const api = org.requests.find((r) => r.url.includes("/api/v1/users/me"))!;
    assert.match(api.headers.get("Authorization")!, /^DPoP \S+$/);
    const proof = decodePart(api.headers.get("DPoP")!, 1);
    assert.equal(proof.htm, "GET");
    assert.equal(proof.htu, `${ORG}/api/v1/users/me`);
    assert.equal(typeof proof.ath, "string");
  });
}

Deno.test("DPoP on: the first token request carries a proof; the nonce is remembered for renewals", async () => {
  const { org, auth, clock } = await dpopSetup("ES256", true);
  assert.equal((await send(auth, org.fetch, "GET", "/api/v1/users/me")).status, 200);
  assert.equal(org.count(TOKEN), 2);
  assert.notEqual(org.requests[0].headers.get("DPoP"), null);
  clock.advance(3600_000);
  assert.equal((await send(auth, org.fetch, "GET", "/api/v1/users/me")).status, 200);
  assert.equal(org.count(TOKEN), 3); // same nonce still valid: one request
  org.oauth.rotateDpopNonce();
  org.oauth.rotateDpopNonce(); // the client's nonce is now two rotations old
  clock.advance(3600_000);
  assert.equal((await send(auth, org.fetch, "GET", "/api/v1/users/me")).status, 200);
  assert.equal(org.count(TOKEN), 5);
});

Deno.test("DPoP off against an org that demands it fails with invalid_dpop_proof", async () => {
  const { auth } = await dpopSetup("ES256", false);
  await assert.rejects(auth.headers({ method: "GET", url: new URL(`${ORG}/x`) }), (e) => {
    assert.equal((e as { error: string }).error, "invalid_dpop_proof");
    return true;
  });
});

Deno.test("a resource nonce challenge (401 + DPoP-Nonce) is learned and the call replayed", async () => {
  const { org, auth } = await dpopSetup("ES256");
  org.oauth.configure({ resourceNonce: true });
  const res = await send(auth, org.fetch, "GET", "/api/v1/users/me");
  assert.equal(res.status, 200);
  const api = org.requests.filter((r) => r.url.includes("/api/v1/"));
  assert.equal(api.length, 2);
  assert.equal(decodePart(api[0].headers.get("DPoP")!, 1).nonce, undefined);
  assert.equal(typeof decodePart(api[1].headers.get("DPoP")!, 1).nonce, "string");
  assert.equal(org.count(TOKEN), 3); // no token renewal for a nonce challenge
  // Later calls send the nonce straight away.
  assert.equal((await send(auth, org.fetch, "GET", "/api/v1/users/me")).status, 200);
  assert.equal(org.requests.filter((r) => r.url.includes("/api/v1/")).length, 3);
});

Deno.test("the emulator rejects bound tokens misused: Bearer scheme, no proof, replayed proof, wrong ath/htm/htu", async () => {
  const { org, auth } = await dpopSetup("RS256");
  const url = `${ORG}/api/v1/users/me`;
  const h = await auth.headers({ method: "GET", url: new URL(url) });
  const token = h.Authorization.split(" ")[1];
  const check = (scheme: string, proof: string | null, method = "GET", u = url) =>
    org.oauth.verifyAccessToken({ scheme, token, dpopProof: proof, method, url: u });
  const asBearer = await check("Bearer", h.DPoP);
  assert.ok(!asBearer.ok && asBearer.error === "invalid_request");
  const noProof = await check("DPoP", null);
  assert.ok(!noProof.ok && /requires a DPoP proof/.test(noProof.description));
  const wrongMethod = await check("DPoP", h.DPoP, "POST");
  assert.ok(!wrongMethod.ok && /htm/.test(wrongMethod.description));
  const wrongUrl = await check("DPoP", h.DPoP, "GET", `${ORG}/api/v1/groups`);
  assert.ok(!wrongUrl.ok && /htu/.test(wrongUrl.description));
  const good = await check("DPoP", h.DPoP);
  assert.ok(good.ok);
  const replay = await check("DPoP", h.DPoP);
  assert.ok(!replay.ok && /already been used/.test(replay.description));
  // A proof made for another token (ath) or by another key (cnf.jkt) is refused.
  const signer = new DpopSigner(await generateDpopKey("ES256"), fakeClock());
  const foreignKey = await check(
    "DPoP",
    await signer.proof({ method: "GET", url, accessToken: token }),
  );
  assert.ok(!foreignKey.ok && /does not match the token/.test(foreignKey.description));
  const otherToken = await check(
    "DPoP",
    await signer.proof({ method: "GET", url, accessToken: "x" }),
  );
  assert.ok(!otherToken.ok && /ath/.test(otherToken.description));
  const unbound = org.oauth.issueAccessToken({ scopes: ["okta.users.read"] });
  const unboundCheck = await org.oauth.verifyAccessToken({
    scheme: "DPoP",
    token: unbound,
    dpopProof: await signer.proof({ method: "GET", url, accessToken: unbound }),
    method: "GET",
    url,
  });
  assert.ok(!unboundCheck.ok && unboundCheck.status === 401);
});
