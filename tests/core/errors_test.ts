import assert from "node:assert/strict";
import {
  createOkta,
  OktaApiError,
  OktaError,
  OktaNetworkError,
  OktaTimeoutError,
} from "../../mod.ts";
import { CANARY, json, startHangingServer, startServer } from "./_server.ts";

function allTextOf(error: unknown): string {
  return [
    String(error),
    (error as Error).message,
    (error as Error).stack ?? "",
    JSON.stringify(error),
    Deno.inspect(error, { depth: 20, showHidden: true }),
  ].join("\n");
}

Deno.test("a status >= 400 throws OktaApiError with every Okta field, headers, request id, method and url", async () => {
  const server = startServer(() =>
    json(
      {
        errorCode: "E0000001",
        errorSummary: "Api validation failed: login",
        errorLink: "E0000001",
        errorId: "oaeHfmOAx1iRLa0H10DeMz5fQ",
        errorCauses: [{
          errorSummary:
            "login: An object with this field already exists in the current organization",
          reason: "UNIQUE_CONSTRAINT",
        }],
      },
      {
        status: 400,
        headers: {
          "x-okta-request-id": "req-400",
          "x-rate-limit-limit": "600",
          "x-rate-limit-remaining": "597",
          "x-rate-limit-reset": "1516308901",
        },
      },
    )
  );
  try {
    const okta = createOkta({ orgUrl: server.origin, apiToken: CANARY });
    const error = await okta.call({
      method: "POST",
      path: "/api/v1/users",
      query: { activate: true },
      body: { profile: {} },
      operationId: "createUser",
    }).then(() => undefined, (e) => e);
    assert.ok(error instanceof OktaApiError);
    assert.ok(error instanceof OktaError);
    assert.equal(error.name, "OktaApiError");
    assert.equal(error.status, 400);
    assert.equal(error.errorCode, "E0000001");
    assert.equal(error.errorSummary, "Api validation failed: login");
    assert.equal(error.errorLink, "E0000001");
    assert.equal(error.errorId, "oaeHfmOAx1iRLa0H10DeMz5fQ");
    assert.deepEqual(error.errorCauses, [{
      errorSummary: "login: An object with this field already exists in the current organization",
      reason: "UNIQUE_CONSTRAINT",
    }]);
    assert.equal(error.headers.get("x-okta-request-id"), "req-400");
    assert.equal(error.requestId, "req-400");
    assert.equal(error.method, "POST");
    assert.equal(error.url, `${server.origin}/api/v1/users?activate=true`);
    assert.equal(error.operationId, "createUser");
    assert.equal(error.rateLimit?.remaining, 597);
    assert.match(
      error.message,
      /400 E0000001 to POST .*Api validation failed: login.*already exists.*req-400/,
    );
    const serialized = JSON.parse(JSON.stringify(error));
    assert.equal(serialized.errorCode, "E0000001");
    assert.equal(serialized.requestId, "req-400");
  } finally {
    await server.close();
  }
});

Deno.test("errorCauses given as an object and OAuth-style errors are normalized; non-JSON bodies keep their text", async () => {
  const server = startServer((r) => {
    if (r.url.pathname === "/object") {
      return json({
        errorCode: "E0000003",
        errorSummary: "bad",
        errorCauses: { errorSummary: "one" },
      }, {
        status: 400,
      });
    }
    if (r.url.pathname === "/oauth") {
      return json({ error: "invalid_scope", error_description: "The requested scope is invalid" }, {
        status: 403,
      });
    }
    return new Response("<html>502 Bad Gateway</html>", {
      status: 502,
      statusText: "Bad Gateway",
      headers: { "content-type": "text/html" },
    });
  });
  try {
    const okta = createOkta({ orgUrl: server.origin, apiToken: CANARY, maxRetries: 0 });
    const object = await okta.request("GET", "/object").then(() => undefined, (e) => e);
    assert.ok(object instanceof OktaApiError);
    assert.deepEqual(object.errorCauses, [{ errorSummary: "one" }]);
    const oauth = await okta.request("GET", "/oauth").then(() => undefined, (e) => e);
    assert.ok(oauth instanceof OktaApiError);
    assert.equal(oauth.errorCode, "invalid_scope");
    assert.equal(oauth.errorSummary, "The requested scope is invalid");
    const html = await okta.request("GET", "/html").then(() => undefined, (e) => e);
    assert.ok(html instanceof OktaApiError);
    assert.equal(html.status, 502);
    assert.equal(html.errorCode, undefined);
    assert.equal(html.body, "<html>502 Bad Gateway</html>");
    assert.equal(html.errorSummary, "<html>502 Bad Gateway</html>");
    assert.deepEqual(html.errorCauses, []);
  } finally {
    await server.close();
  }
});

Deno.test("a canary token never appears in errors, their JSON or inspect output, even when the server echoes it", async () => {
  const server = startServer((r) =>
    json({
      errorCode: "E0000011",
      errorSummary: `Invalid token provided: ${r.headers.get("authorization")}`,
      errorCauses: [{ errorSummary: `token=${CANARY}` }],
      echo: r.headers.get("authorization"),
    }, { status: 401, headers: { "x-echo": CANARY } })
  );
  const lines: string[] = [];
  try {
    const okta = createOkta({
      orgUrl: server.origin,
      apiToken: CANARY,
      logger: { debug: (m) => lines.push(m) },
    });
    const error = await okta.request("GET", "/api/v1/users/me", { query: { note: CANARY } })
      .then(() => undefined, (e) => e);
    assert.ok(error instanceof OktaApiError);
    assert.equal(error.status, 401);
    const text = allTextOf(error) + JSON.stringify(error.body) + JSON.stringify(error.errorCauses) +
      error.url;
    assert.ok(!text.includes(CANARY), text);
    assert.match(error.errorSummary, /SSWS \[REDACTED\]/);
    assert.ok(lines.length > 0);
    assert.ok(lines.every((l) => !l.includes(CANARY)), lines.join("\n"));
    const client = Deno.inspect(okta, { depth: 20, showHidden: true }) + JSON.stringify(okta) +
      JSON.stringify(okta.config) + String(okta);
    assert.ok(!client.includes(CANARY), client);
  } finally {
    await server.close();
  }
});

Deno.test("network failures throw OktaNetworkError with a cause and no token", async () => {
  // A port that was just released: nothing listens there.
  const listener = Deno.listen({ hostname: "127.0.0.1", port: 0 });
  const port = (listener.addr as Deno.NetAddr).port;
  listener.close();
  const okta = createOkta({ orgUrl: `http://127.0.0.1:${port}`, apiToken: CANARY, maxRetries: 0 });
  const error = await okta.request("GET", "/api/v1/users").then(() => undefined, (e) => e);
  assert.ok(error instanceof OktaNetworkError, String(error));
  assert.ok(error.cause instanceof Error);
  assert.equal(error.method, "GET");
  assert.equal(error.url, `http://127.0.0.1:${port}/api/v1/users`);
  assert.ok(!allTextOf(error).includes(CANARY));
});

Deno.test("requestTimeout is a real budget: a hanging response throws OktaTimeoutError", async () => {
  const server = startHangingServer();
  try {
    const okta = createOkta({ orgUrl: server.origin, apiToken: CANARY, requestTimeout: 150 });
    const error = await okta.request("GET", "/api/v1/users").then(() => undefined, (e) => e);
    assert.ok(error instanceof OktaTimeoutError, String(error));
    assert.equal(error.timeout, 150);
    assert.ok(error.cause instanceof Error);
    assert.equal((error.cause as Error).name, "TimeoutError");
    assert.equal(error.method, "GET");
  } finally {
    server.release();
    await server.close();
  }
});

Deno.test("a caller's abort signal rejects with its reason", async () => {
  const server = startHangingServer();
  try {
    const okta = createOkta({ orgUrl: server.origin, apiToken: CANARY });
    const controller = new AbortController();
    const pending = okta.request("GET", "/api/v1/users").signal(controller.signal).withResponse();
    await server.waitForRequests(1);
    const reason = new Error("stop");
    controller.abort(reason);
    await assert.rejects(pending, (e) => e === reason);
  } finally {
    server.release();
    await server.close();
  }
});
