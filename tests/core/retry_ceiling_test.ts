// A 429 whose reset is absurdly far off must end the call at once with its OktaApiError: no
// sleep for days, and no retry storm from a timer that overflowed to 1 ms.
import assert from "node:assert/strict";
import { createOkta, OktaApiError } from "../../mod.ts";
import { createEmulator } from "../../emulator.ts";
import { MAX_RETRY_WAIT_MS } from "../../src/core/retry.ts";
import { MAX_TIMER_MS, sleep } from "../../src/core/sleep.ts";
import { json, startServer } from "./_server.ts";

const DAY_MS = 24 * 60 * 60 * 1000;

/** Header sets of a 429 whose wait is beyond the ceiling, each a way a timer could overflow. */
function absurdResets(): Record<string, Record<string, string>> {
  const now = Date.now();
  const date = new Date(now).toUTCString();
  return {
    "Reset 10000000000": { "x-rate-limit-reset": "10000000000", date },
    "Reset 1e300": { "x-rate-limit-reset": "1e300", date },
    "Reset 0x7fffffff": { "x-rate-limit-reset": "0x7fffffff", date },
    "Reset now + 25 days": {
      "x-rate-limit-reset": String(Math.floor((now + 25 * DAY_MS) / 1000)),
      date,
    },
    "Date of 1970": {
      "x-rate-limit-reset": String(Math.floor(now / 1000) + 60),
      date: new Date(0).toUTCString(),
    },
  };
}

function rateLimited(headers: Record<string, string>): Response {
  return json(
    {
      errorCode: "E0000047",
      errorSummary: "API call exceeded rate limit due to too many requests.",
    },
    {
      status: 429,
      headers: { "x-rate-limit-limit": "600", "x-rate-limit-remaining": "0", ...headers },
    },
  );
}

for (const requestTimeout of [0, 30_000]) {
  for (const [name, headers] of Object.entries(absurdResets())) {
    Deno.test(`429 with ${name} (requestTimeout ${requestTimeout}): one request, then the OktaApiError`, async () => {
      const server = startServer(() => rateLimited(headers));
      try {
        const okta = createOkta({
          orgUrl: server.origin,
          apiToken: "token",
          requestTimeout,
          maxRetries: 5,
          env: {},
        });
        const error = await okta.request("GET", "/api/v1/users").then(
          () => assert.fail("a 429 was answered as a success"),
          (e: unknown) => e,
        );
        assert.ok(error instanceof OktaApiError, String(error));
        assert.equal(error.status, 429);
        assert.equal(error.errorCode, "E0000047");
        assert.equal(server.requests.length, 1, "retried a wait beyond the ceiling");
      } finally {
        await server.close();
      }
    });
  }
}

Deno.test("okta.bulk does not pace on a reset beyond the ceiling: each item fails once with its 429", async () => {
  const headers = absurdResets()["Reset now + 25 days"];
  const server = startServer(() => rateLimited(headers));
  // Every timer set while the job runs: none may be planned beyond the ceiling (a pacer that
  // trusted the reset would set one for 25 days, which overflows and fires at once).
  const delays: number[] = [];
  const realSetTimeout = globalThis.setTimeout;
  globalThis.setTimeout = ((handler: () => void, delay?: number) => {
    delays.push(delay ?? 0);
    return realSetTimeout(handler, delay);
  }) as typeof setTimeout;
  try {
    const okta = createOkta({
      orgUrl: server.origin,
      apiToken: "token",
      requestTimeout: 0,
      env: {},
    });
    const items = ["a", "b", "c", "d"];
    const summary = await okta.bulk(
      items,
      (id) => okta.request("GET", "/api/v1/users", { query: { q: id } }),
      { concurrency: 2 },
    );
    assert.equal(summary.failed, items.length);
    assert.ok(
      summary.errors.every((f) => f.error instanceof OktaApiError && f.error.status === 429),
    );
    assert.equal(server.requests.length, items.length, "one request per item, no retries");
    assert.ok(delays.every((ms) => ms <= MAX_RETRY_WAIT_MS), `timers set: ${delays.join(", ")}`);
  } finally {
    globalThis.setTimeout = realSetTimeout;
    await server.close();
  }
});

Deno.test("sleep refuses a delay a timer would overflow on, instead of firing at once", async () => {
  for (const ms of [MAX_TIMER_MS + 1, 1e300, Infinity, NaN, -1]) {
    await assert.rejects(sleep(ms), RangeError, `sleep(${ms})`);
  }
  await sleep(0);
});

Deno.test("the emulator refuses a slow fault longer than the ceiling, and takes one within it", () => {
  for (const slowMs of [MAX_RETRY_WAIT_MS + 1, 25 * DAY_MS, 1e300, NaN, -5]) {
    assert.throws(
      () => createEmulator({ seed: "empty", faults: { slow: 1, slowMs } }),
      (e: unknown) => e instanceof RangeError && /faults\.slowMs/.test(e.message),
      `slowMs ${slowMs}`,
    );
  }
  const emulator = createEmulator({
    seed: "empty",
    faults: { slow: 1, slowMs: MAX_RETRY_WAIT_MS },
  });
  assert.ok(emulator);
});
