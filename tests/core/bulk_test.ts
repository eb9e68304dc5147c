import assert from "node:assert/strict";
import FakeTimers from "npm:@sinonjs/fake-timers@^15.5.0";
import { createOkta, OktaApiError } from "../../mod.ts";
import { bucketKey } from "../../src/core/rate_limit_gate.ts";

type Clock = ReturnType<typeof FakeTimers.install>;

const START = Date.UTC(2026, 10, 28, 12, 0, 0, 300);
const ORG = "https://bulk.example.okta.com";

interface FakeOrgOptions {
  /** Requests per 1 s window per bucket. */
  limit: number;
  /** Server clock minus local clock. */
  skewMs?: number;
  /** Time each accepted request takes. */
  latencyMs?: number;
  /** Time before a request reaches the limiter, by request number (reorders requests). */
  arrivalDelayMs?: (n: number) => number;
}

/** An in-process org with fixed 1 s windows per bucket (on its own clock), counting what it saw. */
function fakeOrg(options: FakeOrgOptions) {
  const { limit, skewMs = 0, latencyMs = 20, arrivalDelayMs } = options;
  const windows = new Map<string, { index: number; used: number }>();
  let arrivals = 0;
  const stats = {
    requests: 0,
    accepted: 0,
    tooMany: 0,
    inFlight: 0,
    maxInFlight: 0,
    /** Server windows in which a request was accepted. */
    windowsUsed: new Set<number>(),
    /** Per window: requests accepted. */
    acceptedIn: new Map<number, number>(),
    /** Per window: ms after its start when the first request was accepted. */
    firstOffsets: new Map<number, number>(),
  };
  async function handle(request: Request): Promise<Response> {
    const url = new URL(request.url);
    const arrival = arrivals++;
    if (arrivalDelayMs) {
      await new Promise((resolve) => setTimeout(resolve, arrivalDelayMs(arrival)));
    }
    const key = `${request.method} ${url.pathname.replace(/\/users\/[^/]+$/, "/users/*")}`;
    const serverNow = () => Date.now() + skewMs;
    const index = Math.floor(serverNow() / 1000);
    let w = windows.get(key);
    if (!w || w.index !== index) windows.set(key, w = { index, used: 0 });
    stats.requests++;
    const allowed = w.used < limit;
    if (allowed) w.used++;
    const rate = {
      "x-rate-limit-limit": String(limit),
      "x-rate-limit-remaining": String(limit - w.used),
      "x-rate-limit-reset": String(index + 1),
    };
    if (!allowed) {
      stats.tooMany++;
      return Response.json({ errorCode: "E0000047", errorSummary: "Too many requests" }, {
        status: 429,
        headers: { ...rate, date: new Date(serverNow()).toUTCString() },
      });
    }
    stats.accepted++;
    stats.windowsUsed.add(index);
    stats.acceptedIn.set(index, (stats.acceptedIn.get(index) ?? 0) + 1);
    if (!stats.firstOffsets.has(index)) stats.firstOffsets.set(index, serverNow() - index * 1000);
    stats.inFlight++;
    stats.maxInFlight = Math.max(stats.maxInFlight, stats.inFlight);
    try {
      await new Promise((resolve) => setTimeout(resolve, latencyMs));
    } finally {
      stats.inFlight--;
    }
    const headers = { ...rate, date: new Date(serverNow()).toUTCString() };
    const id = url.pathname.split("/").pop() ?? "";
    if (id.startsWith("missing")) {
      return Response.json({ errorCode: "E0000007", errorSummary: `Not found: ${id}` }, {
        status: 404,
        headers,
      });
    }
    return Response.json({ id, status: "ACTIVE" }, { headers });
  }
  return { stats, fetch: handle };
}

function withClock<T>(fn: (clock: Clock) => Promise<T>): Promise<T> {
  const clock = FakeTimers.install({
    toFake: ["setTimeout", "clearTimeout", "Date"],
    now: START,
  });
  return fn(clock).finally(() => clock.uninstall());
}

/** Advances fake time until `promise` settles (fails after `limitMs` of fake time). */
async function drive<T>(
  clock: Clock,
  promise: Promise<T>,
  limitMs = 60_000,
): Promise<T> {
  let settled = false;
  promise.then(() => (settled = true), () => (settled = true));
  for (let t = 0; !settled && t < limitMs; t += 10) await clock.tickAsync(10);
  assert.ok(settled, `not finished after ${limitMs} ms of fake time`);
  return await promise;
}

/** Okta-like 20-character user ids. */
const ids = (n: number) => Array.from({ length: n }, (_, i) => `00u${String(i).padStart(17, "0")}`);

Deno.test("bulk stays under the bucket's limit where a plain pool trips it, and runs near the ceiling", async () => {
  await withClock(async (clock) => {
    // The plain pool: 4 workers, no pacing (the client still retries 429s).
    const naive = fakeOrg({ limit: 10 });
    const plain = createOkta({ orgUrl: ORG, apiToken: "t", fetch: naive.fetch, maxRetries: 10 });
    const queue = ids(60);
    const workers = Array.from({ length: 4 }, async () => {
      for (let id = queue.shift(); id !== undefined; id = queue.shift()) {
        await plain.request("POST", `/api/v1/users/${id}`, { body: { profile: {} } });
      }
    });
    await drive(clock, Promise.all(workers));
    assert.ok(naive.stats.tooMany > 0, "the fake org should rate-limit an unpaced pool");

    const org = fakeOrg({ limit: 10 });
    const okta = createOkta({ orgUrl: ORG, apiToken: "t", fetch: org.fetch });
    const summary = await drive(
      clock,
      okta.bulk(ids(60), (id) => okta.request("POST", `/api/v1/users/${id}`, { body: {} }), {
        concurrency: 4,
      }),
    );
    assert.equal(org.stats.tooMany, 0, "bulk should not trip the limit");
    assert.equal(summary.rateLimited, 0);
    assert.equal(summary.total, 60);
    assert.equal(summary.succeeded, 60);
    assert.equal(summary.failed, 0);
    assert.equal(summary.requests, 60);
    assert.equal(org.stats.accepted, 60);
    assert.ok(org.stats.maxInFlight <= 4, `max in flight ${org.stats.maxInFlight}`);
    // 60 requests at 10 per window: 6 full windows, plus the partial one it started in.
    assert.ok(org.stats.windowsUsed.size <= 7, `used ${org.stats.windowsUsed.size} windows`);
    // Every later window is entered right after it opens (the job started 300 ms into a second,
    // and the Date header's whole seconds must not push the wake-ups that late).
    const offsets = [...org.stats.firstOffsets.values()].slice(1);
    assert.ok(offsets.every((ms) => ms < 100), `first request offsets ${offsets.join(", ")} ms`);
  });
});

Deno.test("bulk paces on the server's clock: a server an hour ahead changes nothing", async () => {
  await withClock(async (clock) => {
    const org = fakeOrg({ limit: 10, skewMs: 3_600_000 });
    const okta = createOkta({ orgUrl: ORG, apiToken: "t", fetch: org.fetch });
    const summary = await drive(
      clock,
      okta.bulk(ids(30), (id) => okta.request("GET", `/api/v1/users/${id}`), { concurrency: 5 }),
      20_000,
    );
    assert.equal(summary.succeeded, 30);
    assert.equal(org.stats.tooMany, 0);
    assert.ok(org.stats.windowsUsed.size <= 4, `used ${org.stats.windowsUsed.size} windows`);
  });
});

Deno.test("bulk reports every failed item with its error and keeps going", async () => {
  await withClock(async (clock) => {
    const org = fakeOrg({ limit: 1000 });
    const okta = createOkta({ orgUrl: ORG, apiToken: "t", fetch: org.fetch });
    const items = ids(12).map((id, i) => (i % 4 === 1 ? `missing${id}` : id));
    const progress: number[][] = [];
    const summary = await drive(
      clock,
      okta.bulk(items, (id, index) => {
        // A job that throws synchronously is reported like a rejection.
        if (index === 6) throw new Error(`bad item ${id}`);
        return okta.request("GET", `/api/v1/users/${id}`);
      }, {
        concurrency: 3,
        onProgress: (p) => progress.push([p.started, p.succeeded, p.failed]),
      }),
    );
    assert.equal(summary.total, 12);
    assert.equal(summary.failed, 4);
    assert.equal(summary.succeeded, 8);
    assert.equal(summary.aborted, false);
    const failed = [...summary.errors].sort((a, b) => a.index - b.index);
    assert.deepEqual(failed.map((f) => f.index), [1, 5, 6, 9]);
    assert.deepEqual(failed.map((f) => f.item), [
      `missing${ids(2)[1]}`,
      `missing${ids(6)[5]}`,
      ids(7)[6],
      `missing${ids(10)[9]}`,
    ]);
    for (const f of failed) {
      if (f.index === 6) {
        assert.equal((f.error as Error).message, `bad item ${ids(7)[6]}`);
      } else {
        assert.ok(f.error instanceof OktaApiError);
        assert.equal(f.error.status, 404);
      }
    }
    assert.equal(progress.length, 12);
    assert.deepEqual(progress.at(-1), [12, 8, 4]);
  });
});

Deno.test("bulk caps requests in flight, not just items", async () => {
  await withClock(async (clock) => {
    const org = fakeOrg({ limit: 1000, latencyMs: 50 });
    const okta = createOkta({ orgUrl: ORG, apiToken: "t", fetch: org.fetch });
    const summary = await drive(
      clock,
      okta.bulk(ids(8), (id) =>
        Promise.all([
          okta.request("GET", `/api/v1/users/${id}`),
          okta.request("GET", `/api/v1/users/${id}/groups`),
          okta.request("GET", `/api/v1/users/${id}/roles`),
        ]), { concurrency: 2 }),
    );
    assert.equal(summary.succeeded, 8);
    assert.equal(summary.requests, 24);
    assert.equal(org.stats.maxInFlight, 2);
  });
});

Deno.test("bulk stops starting items when aborted and says so", async () => {
  await withClock(async (clock) => {
    const org = fakeOrg({ limit: 1000 });
    const okta = createOkta({ orgUrl: ORG, apiToken: "t", fetch: org.fetch });
    const controller = new AbortController();
    const seen: AbortSignal[] = [];
    const summary = await drive(
      clock,
      okta.bulk(ids(100), (id, _i, signal) => {
        seen.push(signal);
        return okta.request("GET", `/api/v1/users/${id}`, { signal });
      }, {
        concurrency: 2,
        signal: controller.signal,
        onProgress: (p) => {
          if (p.succeeded + p.failed === 10) controller.abort();
        },
      }),
    );
    assert.equal(summary.aborted, true);
    assert.ok(summary.total >= 10 && summary.total <= 12, `started ${summary.total}`);
    assert.equal(summary.succeeded + summary.failed, summary.total);
    const sent = org.stats.requests;
    await clock.tickAsync(2000);
    assert.equal(org.stats.requests, sent, "nothing is sent after the job ended");
    assert.ok(seen.every((s) => s.aborted), "jobs get an aborted signal once the job ends");
    await assert.rejects(
      okta.bulk([1], () => 1, { signal: controller.signal }),
      (e: unknown) => e === controller.signal.reason,
    );
  });
});

Deno.test("bulk takes an async iterable lazily and rejects when it throws", async () => {
  await withClock(async (clock) => {
    const org = fakeOrg({ limit: 1000 });
    const okta = createOkta({ orgUrl: ORG, apiToken: "t", fetch: org.fetch });
    let pulled = 0;
    async function* source() {
      for (const id of ids(5)) {
        pulled++;
        yield id;
      }
      throw new Error("source broke");
    }
    const done: string[] = [];
    await assert.rejects(
      drive(
        clock,
        okta.bulk(source(), async (id) => {
          await okta.request("GET", `/api/v1/users/${id}`);
          done.push(id);
        }, { concurrency: 2 }),
      ),
      /source broke/,
    );
    assert.equal(pulled, 5);
    assert.deepEqual(done.sort(), ids(5).sort(), "items in flight finish before the rejection");
  });
});

Deno.test("bulk validates its options before sending anything", async () => {
  const org = fakeOrg({ limit: 10 });
  const okta = createOkta({ orgUrl: ORG, apiToken: "t", fetch: org.fetch });
  for (const concurrency of [0, -1, 1.5, NaN]) {
    await assert.rejects(okta.bulk([1], () => 1, { concurrency }), RangeError);
  }
  await assert.rejects(okta.bulk([1], "nope" as unknown as () => 1), TypeError);
  assert.equal(org.stats.requests, 0);
  const empty = await okta.bulk([], () => 1);
  assert.equal(empty.total, 0);
  assert.equal(empty.requests, 0);
});

Deno.test("bucketKey: ids, templates, URLs and queries map to one bucket per route", () => {
  assert.equal(bucketKey("POST /api/v1/users/{id}"), "POST /api/v1/users/*");
  assert.equal(bucketKey("POST /api/v1/users/00u1abcdEFGH2345"), "POST /api/v1/users/*");
  assert.equal(
    bucketKey("GET https://x.okta.com/api/v1/users/a@b.c?expand=x"),
    "GET /api/v1/users/*",
  );
  assert.equal(bucketKey("GET /api/v1/users?limit=200"), "GET /api/v1/users");
  assert.equal(bucketKey("GET /api/v1/users/me/groups"), "GET /api/v1/users/*/groups");
  assert.equal(bucketKey("GET /oauth2/v1/clients/{clientId}"), "GET /oauth2/v1/clients/*");
  assert.notEqual(bucketKey("GET /api/v1/users/{id}"), bucketKey("POST /api/v1/users/{id}"));
});

Deno.test("bulk uses the whole window when requests reach the server out of order", async () => {
  await withClock(async (clock) => {
    // Later requests often overtake earlier ones on their way to the limiter.
    const org = fakeOrg({ limit: 20, latencyMs: 2, arrivalDelayMs: (n) => (n * 37) % 60 });
    const okta = createOkta({ orgUrl: ORG, apiToken: "t", fetch: org.fetch });
    const summary = await drive(
      clock,
      okta.bulk(ids(120), (id) => okta.request("POST", `/api/v1/users/${id}`, { body: {} }), {
        concurrency: 10,
      }),
    );
    assert.equal(summary.succeeded, 120);
    assert.equal(org.stats.tooMany, 0);
    // Every window but the first and the last is used to the full limit.
    const perWindow = [...org.stats.acceptedIn.values()];
    assert.deepEqual(perWindow.slice(1, -1), perWindow.slice(1, -1).map(() => 20), `${perWindow}`);
  });
});

Deno.test("bulk probes a bucket it has not heard from: a limit below the concurrency sees no 429 from a cold start", async () => {
  await withClock(async (clock) => {
    const org = fakeOrg({ limit: 3 });
    const okta = createOkta({ orgUrl: ORG, apiToken: "t", fetch: org.fetch });
    const summary = await drive(
      clock,
      okta.bulk(ids(20), (id) => okta.request("POST", `/api/v1/users/${id}`, { body: {} }), {
        concurrency: 10,
      }),
    );
    assert.equal(org.stats.tooMany, 0, "the first burst must not exceed the bucket's limit");
    assert.equal(summary.rateLimited, 0);
    assert.equal(summary.succeeded, 20);
    assert.equal(summary.requests, 20);
    assert.ok(
      [...org.stats.acceptedIn.values()].every((n) => n <= 3),
      `${[...org.stats.acceptedIn.values()]}`,
    );
  });
});

Deno.test("bulk: a bucket whose answers carry no rate-limit headers runs at full concurrency after its probe", async () => {
  await withClock(async (clock) => {
    let inFlight = 0;
    let maxInFlight = 0;
    let requests = 0;
    const fetch = async (request: Request): Promise<Response> => {
      requests++;
      inFlight++;
      maxInFlight = Math.max(maxInFlight, inFlight);
      await new Promise((resolve) => setTimeout(resolve, 30));
      inFlight--;
      return Response.json({ id: new URL(request.url).pathname.split("/").pop() });
    };
    const okta = createOkta({ orgUrl: ORG, apiToken: "t", fetch });
    const summary = await drive(
      clock,
      okta.bulk(ids(25), (id) => okta.request("GET", `/api/v1/users/${id}`), { concurrency: 5 }),
    );
    assert.equal(summary.succeeded, 25);
    assert.equal(requests, 25);
    assert.equal(maxInFlight, 5);
  });
});
