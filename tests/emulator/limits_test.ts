import assert from "node:assert/strict";
import { call, emulator, newUser } from "./_helpers.ts";
import { bucketOf } from "../../src/emulator/rate_limit.ts";
import FakeTimers from "npm:@sinonjs/fake-timers@^15.5.0";

Deno.test("rate limits: buckets follow Okta's endpoint families", () => {
  assert.equal(bucketOf("GET", "/api/v1/users"), "users");
  assert.equal(bucketOf("POST", "/api/v1/users"), "users");
  assert.equal(bucketOf("GET", "/api/v1/users/00u1"), "user-get");
  assert.equal(bucketOf("DELETE", "/api/v1/users/00u1"), "user-write");
  assert.equal(bucketOf("POST", "/api/v1/users/00u1/lifecycle/activate"), "other");
  assert.equal(bucketOf("GET", "/api/v1/groups/00g1"), "group");
  assert.equal(bucketOf("GET", "/api/v1/apps"), "apps");
  assert.equal(bucketOf("GET", "/api/v1/logs"), "logs");
});

Deno.test("rate limits: headers on every response, 429 E0000047 when the bucket is spent, reset per window", async () => {
  let t = Date.UTC(2026, 0, 1, 0, 0, 0, 500);
  const emu = emulator({ now: () => t, rateLimits: { buckets: { users: 3 }, windowMs: 10_000 } });
  const seen: number[] = [];
  for (let i = 0; i < 3; i++) {
    const r = await call(emu, "GET", "/api/v1/users?limit=1");
    assert.equal(r.status, 200);
    assert.equal(r.headers.get("x-rate-limit-limit"), "3");
    seen.push(Number(r.headers.get("x-rate-limit-remaining")));
    assert.equal(
      r.headers.get("x-rate-limit-reset"),
      String(Date.UTC(2026, 0, 1, 0, 0, 10) / 1000),
    );
  }
  assert.deepEqual(seen, [2, 1, 0]);
  const limited = await call(emu, "GET", "/api/v1/users?limit=1");
  assert.equal(limited.status, 429);
  assert.equal(limited.body.errorCode, "E0000047");
  assert.equal(limited.headers.get("x-rate-limit-remaining"), "0");
  assert.ok(limited.headers.get("x-okta-request-id"));
  assert.ok(limited.headers.get("date"));
  const other = await call(emu, "GET", `/api/v1/users/${emu.state.adminId}`);
  assert.equal(other.status, 200, "another bucket is unaffected");
  assert.equal(other.headers.get("x-rate-limit-limit"), "1000");
  t += 10_000;
  const again = await call(emu, "GET", "/api/v1/users?limit=1");
  assert.equal(again.status, 200, "a new window starts fresh");
  assert.equal(again.headers.get("x-rate-limit-remaining"), "2");
  assert.ok(
    emu.state.logs().some((e) => e.eventType === "system.org.rate_limit.violation"),
  );
  emu.rateLimits.configure(false);
  const off = await call(emu, "GET", "/api/v1/users?limit=1");
  assert.equal(off.headers.get("x-rate-limit-limit"), null);
  await emu.close();
});

Deno.test("rate limits: concurrency limit answers 429 with Limit 0 / Remaining 0", async () => {
  const emu = emulator({
    rateLimits: { concurrency: 2 },
    faults: { slow: 1, slowMs: 30, paths: /^\/api\/v1\/users$/ },
  });
  const slow = [
    call(emu, "GET", "/api/v1/users?limit=1"),
    call(emu, "GET", "/api/v1/users?limit=1"),
  ];
  while (emu.rateLimits.inFlight < 2) await new Promise((r) => setTimeout(r, 0));
  assert.equal(emu.rateLimits.inFlight, 2);
  const third = await call(emu, "GET", "/api/v1/groups?limit=1");
  assert.equal(third.status, 429);
  assert.equal(third.body.errorCode, "E0000047");
  assert.equal(third.headers.get("x-rate-limit-limit"), "0");
  assert.equal(third.headers.get("x-rate-limit-remaining"), "0");
  assert.match(third.headers.get("x-rate-limit-reset") ?? "", /^\d+$/);
  for (const r of await Promise.all(slow)) assert.equal(r.status, 200);
  assert.equal(emu.rateLimits.inFlight, 0);
  assert.equal((await call(emu, "GET", "/api/v1/groups?limit=1")).status, 200);
  assert.ok(
    emu.state.logs().some((e) => e.eventType === "core.concurrency.org.limit.violation"),
  );
  await emu.close();
});

Deno.test("faults: seeded and reproducible, each kind observable", async () => {
  const run = async () => {
    const emu = emulator({
      faults: { seed: 42, rateLimit: 0.2, unavailable: 0.2, truncate: 0.2, slow: 0.1, slowMs: 1 },
    });
    const outcomes: string[] = [];
    for (let i = 0; i < 40; i++) {
      const res = await emu.fetch(
        new Request(`${emu.orgUrl}/api/v1/groups?limit=1`, {
          headers: { Authorization: `SSWS ${emu.apiToken}` },
        }),
      );
      try {
        const body = await res.json();
        outcomes.push(`${res.status}:${body.errorCode ?? "ok"}`);
      } catch {
        outcomes.push(`${res.status}:truncated`);
      }
    }
    const kinds = emu.faults.log.map((f) => f.kind);
    await emu.close();
    return { outcomes, kinds };
  };
  const a = await run();
  const b = await run();
  assert.deepEqual(a.outcomes, b.outcomes);
  assert.deepEqual(a.kinds, b.kinds);
  for (const kind of ["rateLimit", "unavailable", "truncate", "slow"]) {
    assert.ok(a.kinds.includes(kind as never), kind);
  }
  assert.ok(a.outcomes.includes("429:E0000047"));
  assert.ok(a.outcomes.includes("503:E0000009"));
  assert.ok(a.outcomes.includes("200:truncated"));
  assert.ok(a.outcomes.filter((o) => o === "200:ok").length > 5);
});

Deno.test("faults: connection reset rejects the in-process fetch; configure() changes rates live", async () => {
  const emu = emulator({ faults: { reset: 1 } });
  const req = () =>
    emu.fetch(
      new Request(`${emu.orgUrl}/api/v1/users`, {
        headers: { Authorization: `SSWS ${emu.apiToken}` },
      }),
    );
  await assert.rejects(req(), TypeError);
  emu.faults.configure({});
  assert.equal((await req()).status, 200);
  emu.faults.configure({ reset: 1, paths: /^\/api\/v1\/groups/ });
  const r = await req();
  assert.equal(r.status, 200, "paths limits which requests are eligible");
  await r.body?.cancel();
  assert.equal(
    (await call(emu, "POST", "/api/v1/users", { body: newUser("f@x.com") })).status,
    200,
  );
  await emu.close();
});

Deno.test("faults: close() ends a pending slow-fault wait at once and leaves no timer", async () => {
  const clock = FakeTimers.install({ toFake: ["setTimeout", "clearTimeout"] });
  try {
    const emu = emulator({ faults: { slow: 1, slowMs: 3_600_000, paths: /^\/api\/v1\/users$/ } });
    await emu.ready;
    const pending = call(emu, "GET", "/api/v1/users?limit=1");
    while (clock.countTimers() === 0) await Promise.resolve();
    assert.equal(clock.countTimers(), 1, "the slow fault waits on one timer");
    await emu.close();
    assert.equal(clock.countTimers(), 0, "close() cleared it");
    // Faked timers never fire: the request can only finish because close() ended the wait.
    assert.equal((await pending).status, 200);
  } finally {
    clock.uninstall();
  }
});
