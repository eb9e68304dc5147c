import assert from "node:assert/strict";
import FakeTimers from "npm:@sinonjs/fake-timers@^15.5.0";
import { createOkta, OktaApiError, OktaNetworkError } from "../../mod.ts";
import type { AuthStrategy } from "../../mod.ts";
import { CANARY, json, startServer } from "./_server.ts";

const SERVER_NOW = Date.UTC(2026, 10, 28, 12, 0, 0);

function rateLimited(resetSeconds: string, requestId: string): Response {
  return json(
    {
      errorCode: "E0000047",
      errorSummary: "API call exceeded rate limit due to too many requests.",
      errorLink: "E0000047",
      errorId: "oae1",
      errorCauses: [],
    },
    {
      status: 429,
      headers: {
        "date": new Date(SERVER_NOW).toUTCString(),
        "x-rate-limit-limit": "600",
        "x-rate-limit-remaining": "0",
        "x-rate-limit-reset": resetSeconds,
        "x-okta-request-id": requestId,
      },
    },
  );
}

/** A logger that resolves `waiting` when a line matching `pattern` is written. */
function waitingLogger(pattern: RegExp) {
  const lines: string[] = [];
  let resolve!: (line: string) => void;
  const waiting = new Promise<string>((r) => (resolve = r));
  return {
    lines,
    waiting,
    logger: {
      debug(message: string) {
        lines.push(message);
        if (pattern.test(message)) resolve(message);
      },
    },
  };
}

function waitOf(line: string): number {
  const match = / in (\d+) ms/.exec(line);
  assert.ok(match, `no wait in ${line}`);
  return Number(match[1]);
}

Deno.test("429 is retried after Reset minus the server Date, even with the local clock an hour off", async () => {
  const server = startServer((_r, i) =>
    i === 0 ? rateLimited(String(SERVER_NOW / 1000 + 2), "req-first-429") : json({ ok: true })
  );
  // The local clock runs an hour ahead of the server.
  const clock = FakeTimers.install({
    toFake: ["setTimeout", "clearTimeout", "Date"],
    now: SERVER_NOW + 3_600_000,
  });
  try {
    const log = waitingLogger(/retry 1 of 2/);
    const okta = createOkta({ orgUrl: server.origin, apiToken: CANARY, logger: log.logger });
    const result = okta.request("GET", "/api/v1/users/me").withResponse();
    const wait = waitOf(await log.waiting);
    // ≈2 s: the 2 s window plus 100–500 ms of jitter; a local-clock computation would give 0.
    assert.ok(wait >= 2100 && wait < 2500, `wait was ${wait}`);
    assert.equal(server.requests.length, 1);
    await clock.tickAsync(wait - 1);
    assert.equal(server.requests.length, 1, "retried before the reset");
    await clock.tickAsync(1);
    const response = await result;
    assert.deepEqual(response.data, { ok: true });
    assert.equal(server.requests.length, 2);
    const retry = server.requests[1].headers;
    assert.equal(retry.get("x-okta-retry-for"), "req-first-429");
    assert.equal(retry.get("x-okta-retry-count"), "1");
    assert.equal(server.requests[0].headers.get("x-okta-retry-for"), null);
    assert.ok(log.lines.every((l) => !l.includes(CANARY)));
  } finally {
    clock.uninstall();
    await server.close();
  }
});

Deno.test("retry headers keep the first 429's request id and count up; a comma-joined Reset is tolerated", async () => {
  const reset = String(SERVER_NOW / 1000 + 1);
  const server = startServer((_r, i) =>
    i < 2 ? rateLimited(`${reset}, ${reset}`, `req-429-${i}`) : json([{ id: "x" }])
  );
  const clock = FakeTimers.install({
    toFake: ["setTimeout", "clearTimeout", "Date"],
    now: SERVER_NOW,
  });
  try {
    const first = waitingLogger(/retry 1 of 3/);
    const lines: string[] = [];
    let resolveSecond!: (l: string) => void;
    const second = new Promise<string>((r) => (resolveSecond = r));
    const okta = createOkta({
      orgUrl: server.origin,
      apiToken: CANARY,
      maxRetries: 3,
      logger: {
        debug(m) {
          lines.push(m);
          first.logger.debug(m);
          if (/retry 2 of 3/.test(m)) resolveSecond(m);
        },
      },
    });
    const result = okta.request("DELETE", "/api/v1/groups/00g1").withResponse();
    const wait1 = waitOf(await first.waiting);
    assert.ok(wait1 >= 1100 && wait1 < 1500, `wait was ${wait1}`);
    await clock.tickAsync(wait1);
    const wait2 = waitOf(await second);
    await clock.tickAsync(wait2);
    const response = await result;
    assert.equal(response.status, 200);
    assert.equal(server.requests.length, 3);
    assert.equal(server.requests[1].headers.get("x-okta-retry-count"), "1");
    assert.equal(server.requests[2].headers.get("x-okta-retry-count"), "2");
    assert.equal(server.requests[1].headers.get("x-okta-retry-for"), "req-429-0");
    assert.equal(server.requests[2].headers.get("x-okta-retry-for"), "req-429-0");
  } finally {
    clock.uninstall();
    await server.close();
  }
});

Deno.test("429 is retried for POST too (Okta did not process it)", async () => {
  const server = startServer((_r, i) =>
    i === 0 ? rateLimited(String(SERVER_NOW / 1000), "r") : json({ id: "00u1" })
  );
  const clock = FakeTimers.install({
    toFake: ["setTimeout", "clearTimeout", "Date"],
    now: SERVER_NOW,
  });
  try {
    const log = waitingLogger(/retry 1 of 2/);
    const okta = createOkta({ orgUrl: server.origin, apiToken: CANARY, logger: log.logger });
    // Builders are lazy: withResponse() sends now.
    const result = okta.request("POST", "/api/v1/users", { body: { profile: { login: "a" } } })
      .withResponse();
    const wait = waitOf(await log.waiting);
    await clock.tickAsync(wait);
    assert.deepEqual((await result).data, { id: "00u1" });
    assert.equal(server.requests.length, 2);
    assert.equal(server.requests[1].body, server.requests[0].body);
  } finally {
    clock.uninstall();
    await server.close();
  }
});

Deno.test("maxRetries: 0 turns retrying off", async () => {
  const server = startServer(() => rateLimited(String(SERVER_NOW / 1000 + 1), "r0"));
  try {
    const okta = createOkta({ orgUrl: server.origin, apiToken: CANARY, maxRetries: 0 });
    const error = await okta.request("GET", "/api/v1/users").then(() => undefined, (e) => e);
    assert.ok(error instanceof OktaApiError);
    assert.equal(error.status, 429);
    assert.equal(error.rateLimit?.remaining, 0);
    assert.equal(server.requests.length, 1);
  } finally {
    await server.close();
  }
});

Deno.test("a 429 whose wait would pass requestTimeout is not waited for", async () => {
  const server = startServer(() =>
    new Response(null, {
      status: 429,
      headers: {
        "date": new Date(SERVER_NOW).toUTCString(),
        "x-rate-limit-reset": String(SERVER_NOW / 1000 + 60),
        "x-rate-limit-limit": "600",
        "x-rate-limit-remaining": "0",
      },
    })
  );
  try {
    const okta = createOkta({ orgUrl: server.origin, apiToken: CANARY, requestTimeout: 5_000 });
    const error = await okta.request("GET", "/api/v1/users").then(() => undefined, (e) => e);
    assert.ok(error instanceof OktaApiError, String(error));
    assert.equal(error.status, 429);
    assert.equal(server.requests.length, 1);
  } finally {
    await server.close();
  }
});

Deno.test("5xx is retried with back-off for GET but never for POST", async () => {
  const server = startServer((r, i) =>
    r.method === "GET" && i === 0
      ? json({ errorSummary: "busy" }, { status: 503 })
      : r.method === "GET"
      ? json({ id: "00g1" })
      : json({ errorSummary: "boom" }, { status: 500 })
  );
  const clock = FakeTimers.install({
    toFake: ["setTimeout", "clearTimeout", "Date"],
    now: SERVER_NOW,
  });
  try {
    const log = waitingLogger(/retry 1 of 2/);
    const okta = createOkta({ orgUrl: server.origin, apiToken: CANARY, logger: log.logger });
    const get = okta.request("GET", "/api/v1/groups/00g1").withResponse();
    const wait = waitOf(await log.waiting);
    assert.ok(wait > 0 && wait <= 250, `backoff ${wait}`);
    await clock.tickAsync(wait);
    assert.deepEqual((await get).data, { id: "00g1" });
    assert.equal(server.requests.length, 2);

    const error = await okta.request("POST", "/api/v1/groups", { body: { profile: { name: "g" } } })
      .then(() => undefined, (e) => e);
    assert.ok(error instanceof OktaApiError);
    assert.equal(error.status, 500);
    assert.equal(server.requests.length, 3, "the POST was replayed");
  } finally {
    clock.uninstall();
    await server.close();
  }
});

/**
 * A raw TCP server: the first `resets` connections are closed right after the request is
 * read (a connection reset without any response); later ones get a 200.
 */
function resettingServer(resets: number) {
  const listener = Deno.listen({ hostname: "127.0.0.1", port: 0 });
  const received: string[] = [];
  const done = (async () => {
    for await (const conn of listener) {
      const buffer = new Uint8Array(65536);
      const n = await conn.read(buffer).catch(() => null);
      const text = n ? new TextDecoder().decode(buffer.subarray(0, n)) : "";
      received.push(text.split("\r\n")[0]);
      if (received.length <= resets) {
        conn.close();
        continue;
      }
      const body = '{"ok":true}';
      await conn.write(
        new TextEncoder().encode(
          `HTTP/1.1 200 OK\r\ncontent-type: application/json\r\ncontent-length: ${body.length}\r\nconnection: close\r\n\r\n${body}`,
        ),
      ).catch(() => {});
      conn.close();
    }
  })();
  const { port } = listener.addr as Deno.NetAddr;
  return {
    origin: `http://127.0.0.1:${port}`,
    received,
    async close() {
      listener.close();
      await done.catch(() => {});
    },
  };
}

Deno.test("a POST is not replayed after a connection reset; the error is typed and has a cause", async () => {
  const server = resettingServer(5);
  try {
    const okta = createOkta({ orgUrl: server.origin, apiToken: CANARY });
    const error = await okta.request("POST", "/api/v1/users", { body: { profile: { login: "a" } } })
      .then(() => undefined, (e) => e);
    assert.ok(error instanceof OktaNetworkError, String(error));
    assert.equal(error.method, "POST");
    assert.ok(error.cause instanceof Error);
    assert.equal(server.received.length, 1);
    assert.match(server.received[0], /^POST \/api\/v1\/users HTTP/);
    assert.ok(!Deno.inspect(error, { depth: 10 }).includes(CANARY));
  } finally {
    await server.close();
  }
});

Deno.test("a GET is retried after a connection reset", async () => {
  const server = resettingServer(1);
  const clock = FakeTimers.install({ toFake: ["setTimeout", "clearTimeout"] });
  try {
    const log = waitingLogger(/retry 1 of 2/);
    const okta = createOkta({ orgUrl: server.origin, apiToken: CANARY, logger: log.logger });
    const result = okta.request("GET", "/api/v1/users/me").withResponse();
    await clock.tickAsync(waitOf(await log.waiting));
    assert.deepEqual((await result).data, { ok: true });
    assert.equal(server.received.length, 2);
  } finally {
    clock.uninstall();
    await server.close();
  }
});

Deno.test("a 401 asks the strategy once and replays with the renewed credentials", async () => {
  const server = startServer((r) =>
    r.headers.get("authorization") === "Bearer fresh-token-1"
      ? json({ id: "me" })
      : json({ errorCode: "E0000011", errorSummary: "Invalid token provided" }, { status: 401 })
  );
  try {
    let token = "stale-token-0";
    let renewals = 0;
    const strategy: AuthStrategy = {
      kind: "test",
      headers: () => Promise.resolve({ Authorization: `Bearer ${token}` }),
      onUnauthorized: (response) => {
        renewals++;
        assert.equal(response.status, 401);
        token = renewals === 1 ? "fresh-token-1" : token;
        return Promise.resolve(true);
      },
      secrets: () => [token],
    };
    const okta = createOkta({ orgUrl: server.origin, auth: strategy });
    assert.deepEqual(await okta.request("GET", "/api/v1/users/me"), { id: "me" });
    assert.equal(renewals, 1);
    assert.equal(server.requests.length, 2);

    // A strategy that keeps failing is asked once per call, then the 401 surfaces.
    token = "revoked-token-2";
    const error = await okta.request("GET", "/api/v1/users/me").then(() => undefined, (e) => e);
    assert.ok(error instanceof OktaApiError);
    assert.equal(error.status, 401);
    assert.equal(error.errorCode, "E0000011");
    assert.equal(renewals, 2);
    assert.equal(server.requests.length, 4);
  } finally {
    await server.close();
  }
});
