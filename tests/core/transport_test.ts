import assert from "node:assert/strict";
import { createOkta, VERSION } from "../../mod.ts";
import { CANARY, json, startServer } from "./_server.ts";

Deno.test("requests carry JSON headers, the User-Agent with its extension, and the API token", async () => {
  const server = startServer(() => json({ id: "00u1" }));
  try {
    const okta = createOkta({
      orgUrl: server.origin,
      apiToken: CANARY,
      userAgent: "my-runbook/1.2",
      defaultHeaders: { "Accept-Language": "de" },
    });
    await okta.request("GET", "/api/v1/users/me");
    const h = server.requests[0].headers;
    assert.equal(h.get("accept"), "application/json");
    assert.equal(h.get("content-type"), "application/json");
    assert.equal(h.get("authorization"), `SSWS ${CANARY}`);
    assert.equal(h.get("accept-language"), "de");
    assert.equal(
      h.get("user-agent"),
      `oktakit/${VERSION} deno/${Deno.version.deno} ${Deno.build.os} my-runbook/1.2`,
    );
  } finally {
    await server.close();
  }
});

Deno.test("an empty POST and PUT send Content-Length: 0; a GET sends no body", async () => {
  const server = startServer(() => new Response(null, { status: 204 }));
  try {
    const okta = createOkta({ orgUrl: server.origin, apiToken: CANARY, apiKeyPrefix: "SSWS" });
    assert.equal(await okta.request("POST", "/api/v1/users/00u1/lifecycle/suspend"), undefined);
    assert.equal(await okta.request("PUT", "/api/v1/groups/00g1/users/00u1"), undefined);
    await okta.request("GET", "/api/v1/users");
    assert.equal(server.requests[0].headers.get("content-length"), "0");
    assert.equal(server.requests[1].headers.get("content-length"), "0");
    assert.equal(server.requests[2].headers.get("content-length"), null);
    assert.equal(server.requests[2].body, "");
  } finally {
    await server.close();
  }
});

Deno.test("query values: false and 0 are sent, undefined/null are not, arrays repeat, dates are ISO, spaces form-encoded", async () => {
  const server = startServer(() => json([]));
  try {
    const okta = createOkta({ orgUrl: server.origin, apiToken: CANARY });
    await okta.request("GET", "/api/v1/users", {
      query: {
        activate: false,
        limit: 0,
        empty: "",
        skip: undefined,
        none: null,
        expand: ["a", "b"],
        since: new Date(Date.UTC(2026, 0, 2, 3, 4, 5)),
        search: 'profile.login eq "a+b@x.com"',
      },
    });
    const url = server.requests[0].url;
    assert.equal(url.searchParams.get("activate"), "false");
    assert.equal(url.searchParams.get("limit"), "0");
    assert.equal(url.searchParams.get("empty"), "");
    assert.equal(url.searchParams.has("skip"), false);
    assert.equal(url.searchParams.has("none"), false);
    assert.deepEqual(url.searchParams.getAll("expand"), ["a", "b"]);
    assert.equal(url.searchParams.get("since"), "2026-01-02T03:04:05.000Z");
    assert.equal(url.searchParams.get("search"), 'profile.login eq "a+b@x.com"');
    // A literal plus travels as %2B, so form decoding (+ → space) keeps it.
    assert.match(url.search, /search=profile\.login\+eq\+%22a%2Bb%40x\.com%22/);
  } finally {
    await server.close();
  }
});

Deno.test("path parameters are percent-encoded as one segment and cannot change the path", async () => {
  const server = startServer(() => json({}));
  try {
    const okta = createOkta({ orgUrl: server.origin, apiToken: CANARY });
    const spec = { method: "GET" as const, path: "/api/v1/users/{id}/groups" };
    await okta.call({ ...spec, pathParams: { id: "a/b" } });
    await okta.call({ ...spec, pathParams: { id: "a/../../b c+d?e#f%" } });
    await okta.call({ ...spec, pathParams: { id: 42 } });
    const paths = server.requests.map((r) => new URL(r.url).pathname);
    assert.equal(paths[0], "/api/v1/users/a%2Fb/groups");
    assert.equal(paths[1], "/api/v1/users/a%2F..%2F..%2Fb%20c%2Bd%3Fe%23f%25/groups");
    assert.equal(paths[2], "/api/v1/users/42/groups");
    for (const id of ["..", ".", ""]) {
      await assert.rejects(
        Promise.resolve(okta.call({ ...spec, pathParams: { id } })),
        TypeError,
      );
    }
    await assert.rejects(Promise.resolve(okta.call(spec)), /path parameter id is missing/);
    assert.equal(server.requests.length, 3);
  } finally {
    await server.close();
  }
});

Deno.test("JSON bodies lose null properties at any depth; arrays keep their shape; includeNullValues keeps them", async () => {
  const server = startServer(() => json({}));
  const body = {
    profile: { firstName: "Ann", mobilePhone: null, nested: { a: null, b: 1 } },
    credentials: null,
    groupIds: ["00g1", null, "00g2"],
    list: [{ x: null, y: 2 }, [null, { z: null }]],
    flag: false,
    zero: 0,
  };
  try {
    const stripping = createOkta({ orgUrl: server.origin, apiToken: CANARY });
    await stripping.request("POST", "/api/v1/users", { body });
    assert.deepEqual(JSON.parse(server.requests[0].body), {
      profile: { firstName: "Ann", nested: { b: 1 } },
      groupIds: ["00g1", null, "00g2"],
      list: [{ y: 2 }, [null, {}]],
      flag: false,
      zero: 0,
    });
    // The caller's object is not modified.
    assert.equal(body.profile.mobilePhone, null);

    const keeping = createOkta({
      orgUrl: server.origin,
      apiToken: CANARY,
      includeNullValues: true,
    });
    await keeping.request("POST", "/api/v1/users", { body });
    assert.deepEqual(JSON.parse(server.requests[1].body), body);
  } finally {
    await server.close();
  }
});

Deno.test("204 and empty bodies resolve to undefined; xml, text and binary responses are not parsed as JSON", async () => {
  const bytes = new Uint8Array([0, 1, 2, 255]);
  const server = startServer((r) => {
    switch (r.url.pathname) {
      case "/empty":
        return new Response(null, { status: 200 });
      case "/xml":
        return new Response("<EntityDescriptor/>", {
          headers: { "content-type": "application/xml" },
        });
      case "/bin":
        return new Response(bytes, { headers: { "content-type": "application/octet-stream" } });
      default:
        return new Response(null, { status: 204 });
    }
  });
  try {
    const okta = createOkta({ orgUrl: server.origin, apiToken: CANARY });
    assert.equal(await okta.request("DELETE", "/api/v1/groups/00g1"), undefined);
    assert.equal(await okta.request("GET", "/empty"), undefined);
    assert.equal(
      await okta.call({ method: "GET", path: "/xml", response: "xml" }),
      "<EntityDescriptor/>",
    );
    assert.equal(server.requests[2].headers.get("accept"), "application/xml");
    assert.deepEqual(await okta.call({ method: "GET", path: "/bin", response: "binary" }), bytes);
    assert.equal(await okta.call({ method: "POST", path: "/x", response: "empty" }), undefined);
  } finally {
    await server.close();
  }
});

Deno.test("multipart, form and certificate bodies are sent with their own content types", async () => {
  const server = startServer(() => json({}));
  try {
    const okta = createOkta({ orgUrl: server.origin, apiToken: CANARY });
    const form = new FormData();
    form.append("file", new Blob(["PNGDATA"], { type: "image/png" }), "logo.png");
    await okta.call({ method: "POST", path: "/logo", body: form, bodyKind: "multipart" });
    await okta.call({
      method: "POST",
      path: "/form",
      body: { a: "1 2", b: ["x", "y"] },
      bodyKind: "form",
    });
    await okta.call({
      method: "POST",
      path: "/cert",
      body: "-----BEGIN CERTIFICATE-----\nMIIB\n-----END CERTIFICATE-----",
      bodyKind: "certificate",
      headers: { "Content-Type": "application/x-x509-ca-cert" },
    });
    const [logo, formReq, cert] = server.requests;
    assert.match(logo.headers.get("content-type") ?? "", /^multipart\/form-data; boundary=/);
    assert.match(logo.body, /filename="logo.png"[\s\S]*PNGDATA/);
    assert.match(formReq.headers.get("content-type") ?? "", /^application\/x-www-form-urlencoded/);
    assert.equal(formReq.body, "a=1+2&b=x&b=y");
    assert.equal(cert.headers.get("content-type"), "application/x-x509-ca-cert");
    assert.match(cert.body, /^-----BEGIN CERTIFICATE-----/);
  } finally {
    await server.close();
  }
});

Deno.test("withResponse exposes status, headers, next link, rate limit and request id", async () => {
  const server = startServer((_r, _i, origin) =>
    json([{ id: "00g1" }], {
      headers: {
        "x-okta-request-id": "req-abc",
        "x-rate-limit-limit": "600",
        "x-rate-limit-remaining": "598",
        "x-rate-limit-reset": "1516308901",
        "link": `<${origin}/api/v1/groups?after=00g1>; rel="next"`,
      },
    })
  );
  try {
    const okta = createOkta({ orgUrl: server.origin, apiToken: CANARY });
    const response = await okta.request<{ id: string }[]>("GET", "/api/v1/groups").withResponse();
    assert.deepEqual(response.data, [{ id: "00g1" }]);
    assert.equal(response.status, 200);
    assert.equal(response.headers.get("x-okta-request-id"), "req-abc");
    assert.equal(response.requestId, "req-abc");
    assert.equal(response.nextUrl, `${server.origin}/api/v1/groups?after=00g1`);
    assert.deepEqual(response.rateLimit, {
      limit: 600,
      remaining: 598,
      reset: new Date(1516308901 * 1000),
    });
  } finally {
    await server.close();
  }
});

Deno.test("a custom fetch receives one Request and no socket is used", async () => {
  const seen: Request[] = [];
  const okta = createOkta({
    orgUrl: "https://dev-1.okta.com",
    apiToken: CANARY,
    fetch: (request) => {
      seen.push(request);
      return json({ id: "me" });
    },
  });
  assert.deepEqual(await okta.request("GET", "/api/v1/users/me", { query: { expand: "x" } }), {
    id: "me",
  });
  assert.equal(seen.length, 1);
  assert.equal(seen[0].url, "https://dev-1.okta.com/api/v1/users/me?expand=x");
  assert.equal(seen[0].headers.get("authorization"), `SSWS ${CANARY}`);
});

Deno.test("a proxy option routes through Deno.createHttpClient and close() releases it", async () => {
  // A plain-HTTP proxy receives absolute-form requests: serve as one and answer directly.
  const server = startServer((r) => json({ proxied: r.url.pathname }));
  const okta = createOkta({
    orgUrl: "http://localhost:65001",
    apiToken: CANARY,
    proxy: server.origin,
  });
  try {
    assert.deepEqual(await okta.request("GET", "/api/v1/users/me"), {
      proxied: "/api/v1/users/me",
    });
    assert.equal(server.requests.length, 1);
    assert.equal(okta.config.proxy, `${server.origin}/`);
  } finally {
    okta.close();
    await server.close();
  }
});

Deno.test("a header set in any letter case is sent once: default headers, per-call headers, then auth win in that order", async () => {
  const server = startServer(() => json({ id: "00u1" }));
  try {
    const okta = createOkta({
      orgUrl: server.origin,
      apiToken: CANARY,
      defaultHeaders: { AUTHORIZATION: "SSWS not-this-one", accept: "text/plain", "X-Team": "a" },
    });
    await okta.request("GET", "/api/v1/users/me", { headers: { "x-team": "b" } });
    const h = server.requests[0].headers;
    assert.equal(h.get("authorization"), `SSWS ${CANARY}`);
    assert.equal(h.get("accept"), "text/plain");
    assert.equal(h.get("x-team"), "b");
  } finally {
    await server.close();
  }
});
