// A call's budget (requestTimeout) and its caller's abort signal bound the wait for a token,
// without cancelling the single-flight token request other calls share.
import assert from "node:assert/strict";
import { createOkta, OktaTimeoutError } from "../../mod.ts";
import type { DeviceCodePrompt } from "../../src/auth/mod.ts";
import { deviceStrategy, fakeClock, makeOrg, NATIVE, ORG } from "./_harness.ts";

const AUTHORIZE = "/oauth2/v1/device/authorize";
const TOKEN = "/oauth2/v1/token";
const ME = "/api/v1/users/me";

/** A device sign-in that stays pending (its poll wait blocked) until the test lets it go on. */
function pendingSignIn() {
  const clock = fakeClock();
  let open!: () => void;
  const gate = new Promise<void>((resolve) => (open = resolve));
  clock.sleep = async (ms, signal) => {
    signal?.throwIfAborted();
    clock.sleeps.push(ms);
    // A real poll wait is a timer that keeps the process alive; so is this one.
    const alive = setInterval(() => {}, 1000);
    try {
      await gate;
    } finally {
      clearInterval(alive);
    }
    clock.advance(ms);
  };
  const org = makeOrg(clock, { deviceInterval: 1 });
  org.oauth.registerClient({
    clientId: NATIVE,
    scopes: ["okta.users.read"],
    grantTypes: ["device_code"],
  });
  const prompts: DeviceCodePrompt[] = [];
  const auth = deviceStrategy(org, clock, prompts);
  /** Approves (or denies) the sign-in and lets the device flow poll again. */
  const decide = (decision: "approve" | "deny") => {
    if (decision === "approve") org.oauth.approveDevice(prompts[0].userCode);
    else org.oauth.denyDevice(prompts[0].userCode);
    open();
  };
  return {
    clock,
    org,
    auth,
    prompts,
    approve: () => decide("approve"),
    deny: () => decide("deny"),
  };
}

/**
 * `promise`, or a failure after a generous bound: without the behaviour under test the call
 * would hang, and a hang should fail the test rather than stall the suite. Not a speed check.
 */
async function settlesWithin<T>(promise: Promise<T>, what: string): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const hang = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what} never settled`)), 20_000);
  });
  try {
    return await Promise.race([promise, hang]);
  } finally {
    clearTimeout(timer);
  }
}

/** Lets pending I/O and promise callbacks run. */
function tick(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 1));
}

Deno.test("a call's requestTimeout ends its wait for a pending device sign-in; another caller still gets the token", async () => {
  const { clock, org, auth, prompts, approve } = pendingSignIn();
  const short = createOkta({ orgUrl: ORG, auth, fetch: org.fetch, requestTimeout: 150 });
  const patient = createOkta({ orgUrl: ORG, auth, fetch: org.fetch, requestTimeout: 0 });
  try {
    const error = await settlesWithin(
      short.request("GET", ME).then(() => undefined, (e) => e),
      "the call with a 150 ms budget",
    );
    assert.ok(error instanceof OktaTimeoutError, String(error));
    assert.equal(error.timeout, 150);
    assert.equal(error.method, "GET");
    assert.equal(error.url, `${ORG}${ME}`);
    // The sign-in was started once and is still pending: nothing polled, nothing sent.
    assert.equal(prompts.length, 1);
    assert.equal(clock.sleeps.length, 1);
    assert.equal(org.count(TOKEN), 0);
    assert.equal(org.count(ME), 0);

    // Another caller joins the same sign-in, which then completes.
    const other = patient.request("GET", ME);
    approve();
    const me = await other as { clientId: string; scopes: string[] };
    assert.equal(me.clientId, NATIVE);
    assert.deepEqual(me.scopes, ["okta.users.read"]);
    assert.equal(org.count(AUTHORIZE), 1);
    assert.equal(org.count(TOKEN), 1);
    assert.equal(prompts.length, 1);

    // The client whose call timed out uses the token now held.
    const again = await short.request("GET", ME) as { clientId: string };
    assert.equal(again.clientId, NATIVE);
    assert.equal(org.count(AUTHORIZE), 1);
    assert.equal(org.count(ME), 2);
  } finally {
    short.close();
    patient.close();
  }
});

Deno.test("a caller's abort ends its wait for a pending sign-in with its own reason; the sign-in goes on", async () => {
  const { org, auth, prompts, approve } = pendingSignIn();
  const okta = createOkta({ orgUrl: ORG, auth, fetch: org.fetch, requestTimeout: 0 });
  try {
    const controller = new AbortController();
    const first = okta.request("GET", ME).signal(controller.signal).then(
      () => undefined,
      (e) => e,
    );
    const second = okta.request("GET", ME);
    // Wait until the sign-in is shown (the device authorize request has been answered).
    while (prompts.length === 0) await tick();
    const reason = new DOMException("the caller gave up", "AbortError");
    controller.abort(reason);
    assert.equal(await settlesWithin(first, "the aborted call"), reason);
    assert.equal(org.count(TOKEN), 0);

    approve();
    const me = await second as { clientId: string };
    assert.equal(me.clientId, NATIVE);
    assert.equal(org.count(AUTHORIZE), 1);
    assert.equal(org.count(TOKEN), 1);
    assert.equal(org.count(ME), 1); // the aborted call never sent its request
  } finally {
    okta.close();
  }
});

Deno.test("a shared sign-in that fails after its waiting callers gave up is no unhandled rejection", async () => {
  const { org, auth, prompts, deny } = pendingSignIn();
  const controller = new AbortController();
  const reason = new Error("stop");
  const request = { method: "GET", url: new URL(`${ORG}${ME}`), signal: controller.signal };
  const waiting = auth.headers(request).then(() => undefined, (e) => e);
  while (prompts.length === 0) await tick();
  controller.abort(reason);
  assert.equal(await settlesWithin(waiting, "the aborted wait"), reason);
  // A caller whose signal has already aborted is refused at once, with its reason.
  assert.equal(await auth.headers(request).then(() => undefined, (e) => e), reason);
  // Nobody waits any more when the sign-in is denied: its rejection must not go unhandled
  // (Deno fails the test if it does).
  deny();
  while (org.count(TOKEN) === 0) await tick();
  for (let i = 0; i < 5; i++) await tick();
  assert.equal(org.count(AUTHORIZE), 1);
  assert.equal(prompts.length, 1);
});
