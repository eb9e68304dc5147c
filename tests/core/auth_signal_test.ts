// The transport hands each call's abort signal (budget and caller) to the auth strategy, so a
// strategy that has to wait for a token stops waiting with the call.
import assert from "node:assert/strict";
import { createOkta, OktaTimeoutError } from "../../mod.ts";
import type { AuthRequest, AuthStrategy } from "../../src/auth/strategy.ts";
import { CANARY } from "./_server.ts";

const ORG = "https://dev-1.okta.com";

/** A strategy whose token never arrives; it gives up only when the call's signal aborts. */
function waitingStrategy(): { strategy: AuthStrategy; seen: AuthRequest[] } {
  const seen: AuthRequest[] = [];
  const strategy: AuthStrategy = {
    kind: "waiting",
    headers(request) {
      seen.push(request);
      return new Promise((_, reject) => {
        const signal = request.signal;
        if (!signal) {
          reject(new Error("the transport passed no signal: this wait could never end"));
          return;
        }
        // A real token request in flight keeps the process alive; so does this timer.
        const alive = setInterval(() => {}, 1000);
        signal.addEventListener("abort", () => {
          clearInterval(alive);
          reject(signal.reason);
        }, { once: true });
      });
    },
    secrets: () => [CANARY],
  };
  return { strategy, seen };
}

function countingFetch(): { fetch: (request: Request) => Promise<Response>; count: () => number } {
  let n = 0;
  return {
    fetch: () => {
      n++;
      return Promise.resolve(Response.json({}));
    },
    count: () => n,
  };
}

Deno.test("the strategy gets the call's budget as a signal: a wait for a token ends in OktaTimeoutError", async () => {
  const { strategy, seen } = waitingStrategy();
  const sent = countingFetch();
  const okta = createOkta({ orgUrl: ORG, auth: strategy, fetch: sent.fetch, requestTimeout: 120 });
  const error = await okta.request("GET", "/api/v1/users/me").then(() => undefined, (e) => e);
  assert.ok(error instanceof OktaTimeoutError, String(error));
  assert.equal(error.timeout, 120);
  assert.equal(error.url, `${ORG}/api/v1/users/me`);
  assert.equal(seen.length, 1);
  assert.ok(seen[0].signal instanceof AbortSignal);
  assert.ok(seen[0].signal.aborted);
  assert.equal(seen[0].url.href, `${ORG}/api/v1/users/me`);
  assert.equal(sent.count(), 0);
});

Deno.test("the strategy gets the caller's signal when there is no budget: the call rejects with its reason", async () => {
  const { strategy, seen } = waitingStrategy();
  const sent = countingFetch();
  const okta = createOkta({ orgUrl: ORG, auth: strategy, fetch: sent.fetch, requestTimeout: 0 });
  const controller = new AbortController();
  const call = okta.request("GET", "/api/v1/groups").signal(controller.signal).then(
    () => undefined,
    (e) => e,
  );
  while (seen.length === 0) await new Promise((r) => setTimeout(r, 1));
  const reason = new DOMException("stop", "AbortError");
  controller.abort(reason);
  assert.equal(await call, reason);
  assert.equal(seen[0].signal, controller.signal);
  assert.equal(sent.count(), 0);
});
