import assert from "node:assert/strict";
import { type DeviceCodePrompt, OktaAuthError } from "../../src/auth/mod.ts";
import type { AuthSettings } from "../../src/auth/mod.ts";
import { deviceStrategy, fakeClock, makeOrg, NATIVE, ORG, send } from "./_harness.ts";

const AUTHORIZE = "/oauth2/v1/device/authorize";
const TOKEN = "/oauth2/v1/token";

function deviceSetup(settings: Partial<AuthSettings> = {}, interval = 5, expiresIn = 600) {
  const clock = fakeClock();
  const org = makeOrg(clock, { deviceInterval: interval, deviceExpiresIn: expiresIn });
  org.oauth.registerClient({
    clientId: NATIVE,
    scopes: ["okta.users.read", "okta.groups.read", "offline_access"],
    grantTypes: ["device_code", "refresh_token"],
  });
  const prompts: DeviceCodePrompt[] = [];
  const auth = deviceStrategy(org, clock, prompts, settings);
  /** Approves (or denies) the sign-in after `polls` sleeps. */
  const decideAfter = (polls: number, decision: "approve" | "deny" = "approve") => {
    clock.onSleep = (n) => {
      if (n !== polls) return;
      if (decision === "approve") org.oauth.approveDevice(prompts[0].userCode);
      else org.oauth.denyDevice(prompts[0].userCode);
    };
  };
  return { clock, org, auth, prompts, decideAfter };
}

Deno.test("device: pending → approved; polls at the server's interval; shows code and URLs", async () => {
  const { clock, org, auth, prompts, decideAfter } = deviceSetup({}, 3);
  decideAfter(3);
  const res = await send(auth, org.fetch, "GET", "/api/v1/users/me");
  assert.equal(res.status, 200);
  assert.equal(prompts.length, 1);
  assert.match(prompts[0].userCode, /^[A-Z]{8}$/);
  assert.equal(prompts[0].verificationUri, `${ORG}/activate`);
  assert.equal(
    prompts[0].verificationUriComplete,
    `${ORG}/activate?user_code=${prompts[0].userCode}`,
  );
  assert.equal(prompts[0].expiresIn, 600);
  assert.deepEqual(clock.sleeps, [3000, 3000, 3000]);
  assert.equal(org.count(TOKEN), 3); // pending, pending, approved
  assert.equal(org.forms(AUTHORIZE)[0].get("scope"), "okta.users.read"); // exactly as asked
  assert.equal(org.forms(AUTHORIZE)[0].get("client_id"), NATIVE);
});

Deno.test("device: slow_down adds 5 s to the interval each time", async () => {
  const { clock, org, auth, prompts } = deviceSetup({}, 2);
  clock.onSleep = (n) => {
    if (n === 1) org.oauth.slowDownDevice(prompts[0].userCode, 2);
    if (n === 4) org.oauth.approveDevice(prompts[0].userCode);
  };
  assert.equal((await send(auth, org.fetch, "GET", "/api/v1/users/me")).status, 200);
  // 2 s, slow_down → 7 s, slow_down → 12 s, pending… approved at 12 s.
  assert.deepEqual(clock.sleeps, [2000, 7000, 12000, 12000]);
  assert.equal(org.count(TOKEN), 4);
});

Deno.test("device: expired_token stops with a typed error", async () => {
  const { org, auth, clock } = deviceSetup({}, 5, 12);
  const err = await auth.headers({ method: "GET", url: new URL(`${ORG}/api/v1/users`) }).then(
    () => assert.fail("expected expiry"),
    (e) => e,
  );
  assert.ok(err instanceof OktaAuthError);
  assert.equal(err.error, "expired_token");
  assert.match(err.message, /run the login again/);
  assert.ok(clock.sleeps.length <= 3);
  assert.equal(org.count("/api/v1/users"), 0);
});

Deno.test("device: a server-side expired_token is surfaced with the server's description", async () => {
  const clock = fakeClock();
  const org = makeOrg(clock, { deviceInterval: 5, deviceExpiresIn: 600 });
  org.oauth.registerClient({
    clientId: NATIVE,
    scopes: ["okta.users.read"],
    grantTypes: ["device_code"],
  });
  // The client is told the code lives longer than the server keeps it.
  const lying: typeof fetch = async (input, init) => {
    const res = await org.fetch(input, init);
    if (!String(input).endsWith(AUTHORIZE)) return res;
    return Response.json({ ...(await res.json()), expires_in: 6000 });
  };
  const auth = deviceStrategy(org, clock, [], { fetch: lying });
  clock.onSleep = () => clock.advance(300_000);
  const err = await auth.headers({ method: "GET", url: new URL(`${ORG}/x`) }).catch((e) => e);
  assert.ok(err instanceof OktaAuthError);
  assert.equal(err.error, "expired_token");
  assert.equal(err.errorDescription, "The device code has expired.");
  assert.equal(org.count(TOKEN), 2);
});

Deno.test("device: access_denied stops with a typed error", async () => {
  const { org, auth, decideAfter } = deviceSetup({}, 1);
  decideAfter(2, "deny");
  const err = await auth.headers({ method: "GET", url: new URL(`${ORG}/x`) }).catch((e) => e);
  assert.ok(err instanceof OktaAuthError);
  assert.equal(err.error, "access_denied");
  assert.equal(err.status, 400);
  assert.equal(org.count(TOKEN), 2);
});

Deno.test("device: an AbortSignal cancels polling", async () => {
  const controller = new AbortController();
  const { org, auth, clock } = deviceSetup({ signal: controller.signal }, 1);
  clock.onSleep = (n) => {
    if (n === 2) controller.abort(new DOMException("user cancelled", "AbortError"));
  };
  await assert.rejects(auth.headers({ method: "GET", url: new URL(`${ORG}/x`) }), (e) => {
    assert.equal((e as DOMException).name, "AbortError");
    return true;
  });
  assert.equal(org.count(TOKEN), 1);
});

Deno.test("device: refresh adds offline_access; an expired token is refreshed without a prompt", async () => {
  const { clock, org, auth, prompts, decideAfter } = deviceSetup({ refresh: true }, 1);
  decideAfter(1);
  assert.equal((await send(auth, org.fetch, "GET", "/api/v1/users/me")).status, 200);
  assert.equal(org.forms(AUTHORIZE)[0].get("scope"), "okta.users.read offline_access");
  clock.advance(3600_000);
  const res = await send(auth, org.fetch, "GET", "/api/v1/users/me");
  assert.equal(res.status, 200);
  assert.equal(prompts.length, 1);
  const grants = org.forms(TOKEN).map((f) => f.get("grant_type"));
  assert.deepEqual(grants, ["urn:ietf:params:oauth:grant-type:device_code", "refresh_token"]);
  assert.equal(org.oauth.stats.tokenRequests.refresh_token, 1);
});

Deno.test("device: revoke() revokes access and refresh tokens; they stop working", async () => {
  const { org, auth, decideAfter } = deviceSetup({ refresh: true }, 1);
  decideAfter(1);
  const url = new URL(`${ORG}/api/v1/users/me`);
  const header = (await auth.headers({ method: "GET", url })).Authorization;
  await auth.revoke!();
  const forms = org.forms("/oauth2/v1/revoke");
  assert.deepEqual(forms.map((f) => f.get("token_type_hint")).sort(), [
    "access_token",
    "refresh_token",
  ]);
  assert.ok(forms.every((f) => f.get("client_id") === NATIVE));
  const res = await org.fetch(url, { headers: { Authorization: header } });
  assert.equal(res.status, 401);
  await res.body?.cancel();
  const refreshed = await org.fetch(`${ORG}${TOKEN}`, {
    method: "POST",
    headers: { "Content-Type": "application/x-www-form-urlencoded" },
    body: new URLSearchParams({
      grant_type: "refresh_token",
      client_id: NATIVE,
      refresh_token: forms.find((f) => f.get("token_type_hint") === "refresh_token")!.get("token")!,
    }),
  });
  assert.equal(refreshed.status, 400);
  assert.equal((await refreshed.json()).error, "invalid_grant");
});

Deno.test("device: clear() forgets without revoking", async () => {
  const { org, auth, decideAfter, prompts } = deviceSetup({}, 1);
  decideAfter(1);
  const url = new URL(`${ORG}/api/v1/users/me`);
  const header = (await auth.headers({ method: "GET", url })).Authorization;
  await auth.clear!();
  assert.equal(org.count("/oauth2/v1/revoke"), 0);
  const res = await org.fetch(url, { headers: { Authorization: header } });
  assert.equal(res.status, 200);
  await res.body?.cancel();
  decideAfter(1);
  await auth.headers({ method: "GET", url }).catch(() => {});
  assert.equal(prompts.length, 2); // a new sign-in was needed
});

Deno.test("device: DPoP is used when the native app requires it", async () => {
  const clock = fakeClock();
  const org = makeOrg(clock, { deviceInterval: 1 });
  org.oauth.registerClient({
    clientId: NATIVE,
    scopes: ["okta.users.read"],
    grantTypes: ["device_code"],
    dpop: true,
  });
  const prompts: DeviceCodePrompt[] = [];
  const auth = deviceStrategy(org, clock, prompts);
  clock.onSleep = (n) => {
    if (n === 2) org.oauth.approveDevice(prompts[0].userCode);
  };
  const res = await send(auth, org.fetch, "GET", "/api/v1/users/me");
  assert.equal(res.status, 200);
  const api = org.requests.find((r) => r.url.includes("/api/v1/"))!;
  assert.match(api.headers.get("Authorization")!, /^DPoP /);
});
