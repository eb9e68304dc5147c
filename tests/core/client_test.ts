import assert from "node:assert/strict";
import { createOkta, ListBuilder, RequestBuilder } from "../../mod.ts";
import type { AuthStrategy } from "../../mod.ts";
import { CANARY, json, startServer } from "./_server.ts";

Deno.test("auth.revoke() and auth.clear() delegate to the strategy; they are no-ops for API tokens", async () => {
  const calls: string[] = [];
  const strategy: AuthStrategy = {
    kind: "device",
    headers: () => Promise.resolve({ Authorization: "Bearer t-123456" }),
    secrets: () => ["t-123456"],
    revoke: () => {
      calls.push("revoke");
      return Promise.resolve();
    },
    clear: () => {
      calls.push("clear");
      return Promise.resolve();
    },
  };
  const okta = createOkta({ orgUrl: "https://dev-1.okta.com", auth: strategy });
  assert.equal(okta.auth.kind, "device");
  assert.equal(okta.config.authorizationMode, "custom");
  await okta.auth.revoke();
  await okta.auth.clear();
  assert.deepEqual(calls, ["revoke", "clear"]);

  const ssws = createOkta({ orgUrl: "https://dev-1.okta.com", apiToken: CANARY });
  assert.equal(ssws.auth.kind, "ssws");
  await ssws.auth.revoke();
  await ssws.auth.clear();
});

Deno.test("request(): awaitable once, chainable, absolute org URLs allowed, builders are the exported classes", async () => {
  const server = startServer((r) =>
    json({ path: r.url.pathname, q: r.url.search, h: r.headers.get("x-extra") })
  );
  try {
    const okta = createOkta({ orgUrl: server.origin, apiToken: CANARY });
    const builder = okta.request("GET", "/api/v1/users?limit=5", { query: { search: "a" } })
      .header("X-Extra", "1")
      .query({ expand: "x" });
    assert.ok(builder instanceof RequestBuilder);
    assert.equal(server.requests.length, 0, "nothing is sent before awaiting");
    const first = await builder;
    const second = await builder;
    assert.equal(first, second);
    assert.deepEqual(first, { path: "/api/v1/users", q: "?limit=5&search=a&expand=x", h: "1" });
    assert.equal(server.requests.length, 1);
    assert.throws(() => builder.header("X-Late", "1"), /already sent/);
    assert.deepEqual(await okta.request("GET", `${server.origin}/api/v1/groups`), {
      path: "/api/v1/groups",
      q: "",
      h: null,
    });
    assert.ok(okta.callList({ method: "GET", path: "/x" }) instanceof ListBuilder);
    await assert.rejects(Promise.resolve(okta.request("GET", "api/v1/users")), TypeError);
    // catch/finally behave like a promise's.
    let finished = false;
    await okta.request("GET", "/y").finally(() => (finished = true));
    assert.ok(finished);
  } finally {
    await server.close();
  }
});

Deno.test("the debug log has method, URL, status, duration, request id and retry waits, and no credential", async () => {
  const server = startServer(() => json({}, { headers: { "x-okta-request-id": "req-log-1" } }));
  try {
    const lines: string[] = [];
    const okta = createOkta({
      orgUrl: server.origin,
      apiToken: CANARY,
      logger: { debug: (m) => lines.push(m) },
    });
    await okta.request("GET", "/api/v1/users", { query: { q: "x" } });
    assert.equal(lines.length, 1);
    assert.match(
      lines[0],
      /^oktakit GET http:\/\/127\.0\.0\.1:\d+\/api\/v1\/users\?q=x 200 \d+ ms request-id=req-log-1$/,
    );
    assert.ok(!lines.join("").includes(CANARY));
    const silent = createOkta({
      orgUrl: server.origin,
      apiToken: CANARY,
      debug: false,
      logger: { debug: (m) => lines.push(m) },
    });
    await silent.request("GET", "/api/v1/users");
    assert.equal(lines.length, 1);
  } finally {
    await server.close();
  }
});

Deno.test("the client object shows only redacted configuration", () => {
  const okta = createOkta({ orgUrl: "https://dev-1.okta.com", apiToken: CANARY });
  const text = Deno.inspect(okta, { depth: 10 }) + JSON.stringify(okta);
  assert.ok(text.includes("dev-1.okta.com"));
  assert.ok(!text.includes(CANARY));
  using disposable = createOkta({ orgUrl: "https://dev-1.okta.com", apiToken: CANARY });
  assert.equal(typeof disposable.close, "function");
});
