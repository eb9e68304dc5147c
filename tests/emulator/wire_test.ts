import assert from "node:assert/strict";
import { call, emulator, linkRels, nextLink } from "./_helpers.ts";

function assertOktaError(
  reply: { status: number; body: Record<string, unknown> },
  status: number,
  code: string,
) {
  assert.equal(reply.status, status, JSON.stringify(reply.body));
  assert.equal(reply.body.errorCode, code);
  assert.equal(reply.body.errorLink, code);
  assert.equal(typeof reply.body.errorSummary, "string");
  assert.match(String(reply.body.errorId), /^oae/);
  assert.ok(Array.isArray(reply.body.errorCauses));
}

Deno.test("wire: every response carries X-Okta-Request-Id, Date and JSON content type", async () => {
  const emu = emulator({ now: () => Date.UTC(2026, 0, 2, 3, 4, 5) });
  for (const path of ["/api/v1/users", "/api/v1/nope", "/api/v1/users/missing"]) {
    const r = await call(emu, "GET", path);
    assert.match(r.headers.get("x-okta-request-id") ?? "", /^\w{10,}$/);
    assert.equal(r.headers.get("date"), "Fri, 02 Jan 2026 03:04:05 GMT");
    assert.match(r.headers.get("content-type") ?? "", /^application\/json/);
  }
  const a = await call(emu, "GET", "/api/v1/users");
  const b = await call(emu, "GET", "/api/v1/users");
  assert.notEqual(a.headers.get("x-okta-request-id"), b.headers.get("x-okta-request-id"));
  await emu.close();
});

Deno.test("wire: auth errors — missing 403 E0000005, wrong scheme 403 E0000005, bad token 401 E0000011", async () => {
  const emu = emulator();
  assertOktaError(await call(emu, "GET", "/api/v1/users", { auth: null }), 403, "E0000005");
  assertOktaError(
    await call(emu, "GET", "/api/v1/users", { auth: `Basic ${emu.apiToken}` }),
    403,
    "E0000005",
  );
  const bad = await call(emu, "GET", "/api/v1/users", { auth: "SSWS not-the-token" });
  assertOktaError(bad, 401, "E0000011");
  assert.ok(!bad.text.includes("not-the-token"), "the presented token is never echoed");
  assertOktaError(
    await call(emu, "GET", "/api/v1/users", { auth: "Bearer nope" }),
    401,
    "E0000011",
  );
  await emu.close();
});

Deno.test("wire: unknown path 404 E0000008, known path with wrong method 405 E0000022 + Allow", async () => {
  const emu = emulator();
  assertOktaError(await call(emu, "GET", "/api/v1/definitely/not/here"), 404, "E0000008");
  const r = await call(emu, "PATCH", "/api/v1/users");
  assertOktaError(r, 405, "E0000022");
  assert.match(r.headers.get("allow") ?? "", /GET/);
  assertOktaError(await call(emu, "GET", "/api/v1/users/00uNOPE"), 404, "E0000007");
  await emu.close();
});

Deno.test("wire: malformed JSON is 400 E0000003, never a 500", async () => {
  const emu = emulator();
  for (const raw of ["{", "[1,2]", '"text"', "{'a':1}", "null"]) {
    assertOktaError(await call(emu, "POST", "/api/v1/users", { raw }), 400, "E0000003");
    assertOktaError(await call(emu, "POST", "/api/v1/groups", { raw }), 400, "E0000003");
  }
  await emu.close();
});

Deno.test("wire: bad input never yields a 5xx or a non-Okta body", async () => {
  const emu = emulator();
  const cases: [string, string, unknown?][] = [
    ["GET", "/api/v1/users?limit=abc"],
    ["GET", "/api/v1/users?after=garbage"],
    ["GET", "/api/v1/users?after=%00%ff"],
    ["GET", "/api/v1/users?search=(((("],
    ["GET", "/api/v1/users?filter=status%20ne%20%22ACTIVE%22"],
    ["GET", "/api/v1/users?search=profile.x%20eq%20%22a%22&sortBy=%3Cscript%3E"],
    ["GET", "/api/v1/groups?filter=nope%20eq%201"],
    ["GET", "/api/v1/apps?filter=status%20eq%20%22A%22%20or%20name%20eq%20%22b%22"],
    ["GET", "/api/v1/logs?since=yesterday"],
    ["GET", "/api/v1/logs?filter=eventType%20zz%20%22x%22"],
    ["POST", "/api/v1/users", { profile: "x" }],
    ["POST", "/api/v1/users", { profile: { login: 5 } }],
    ["POST", "/api/v1/users", {
      profile: { login: "a@b.c", email: "a@b.c", firstName: "a", lastName: "b" },
      groupIds: "x",
    }],
    ["POST", "/api/v1/users", {
      profile: { login: "a@b.c", email: "a@b.c", firstName: "a", lastName: "b" },
      credentials: 7,
    }],
    ["POST", "/api/v1/apps", { label: 3 }],
    ["POST", "/api/v1/apps", { label: "x", signOnMode: "NOPE" }],
    ["PUT", "/api/v1/groups/00gNOPE", { profile: { name: "x" } }],
    ["POST", "/api/v1/groups/rules", {
      name: "r",
      conditions: { expression: { value: "user.x ===" } },
    }],
  ];
  for (const [method, path, body] of cases) {
    const r = await call(emu, method, path, { body });
    assert.ok(r.status >= 400 && r.status < 500, `${method} ${path} → ${r.status}`);
    assert.equal(typeof r.body?.errorCode, "string", `${method} ${path} → ${r.text}`);
  }
  await emu.close();
});

Deno.test("wire: bad cursor 400 E0000029; huge limit capped; Link lines self + next", async () => {
  const emu = emulator({ users: 450 });
  assertOktaError(await call(emu, "GET", "/api/v1/users?after=c_zz"), 400, "E0000029");
  const r = await call(emu, "GET", "/api/v1/users?limit=100000");
  assert.equal(r.status, 200);
  assert.equal(r.body.length, 200, "users cap limit at 200");
  assert.deepEqual(linkRels(r.headers), ["self", "next"]);
  const next = nextLink(r.headers)!;
  assert.ok(next.startsWith(emu.orgUrl + "/api/v1/users?"), next);
  assert.equal(new URL(next).searchParams.get("limit"), "100000", "the original query is kept");
  await emu.close();
});

Deno.test("wire: query is decoded form-style (+ is a space, %2B a plus)", async () => {
  const emu = emulator({ seed: "empty" });
  const created = await call(emu, "POST", "/api/v1/users?activate=false", {
    body: {
      profile: {
        login: "a+b@example.com",
        email: "a+b@example.com",
        firstName: "Plus",
        lastName: "Sign",
      },
    },
  });
  assert.equal(created.status, 200);
  const plus = await call(
    emu,
    "GET",
    "/api/v1/users?search=profile.login+eq+%22a%2Bb@example.com%22",
  );
  assert.equal(plus.status, 200);
  assert.deepEqual(plus.body.map((u: { id: string }) => u.id), [created.body.id]);
  const pct = await call(
    emu,
    "GET",
    "/api/v1/users?search=profile.login%20eq%20%22a%2Bb@example.com%22",
  );
  assert.equal(pct.body.length, 1);
  await emu.close();
});

Deno.test("wire: pagination walks every item once across pages and ends without next", async () => {
  const emu = emulator({ seed: "empty", users: 23 });
  const seen: string[] = [];
  let url: string | undefined = `${emu.orgUrl}/api/v1/users?limit=5`;
  let pages = 0;
  while (url) {
    const r = await call(emu, "GET", url);
    assert.equal(r.status, 200);
    seen.push(...r.body.map((u: { id: string }) => u.id));
    url = nextLink(r.headers);
    pages++;
  }
  const expected = emu.state.users().filter((u) => u.status !== "DEPROVISIONED").map((u) => u.id);
  assert.deepEqual(seen, expected);
  assert.equal(pages, Math.ceil(expected.length / 5));
  await emu.close();
});

Deno.test("wire: a trailing slash or doubled slash reaches the same operation", async () => {
  const emu = emulator({ seed: "empty" });
  const a = await call(emu, "GET", "/api/v1/users/");
  const b = await call(emu, "GET", "//api/v1//users");
  assert.equal(a.status, 200);
  assert.equal(b.status, 200);
  assert.deepEqual(a.body.map((u: { id: string }) => u.id), [emu.state.adminId]);
  const created = await call(emu, "POST", "/api/v1/groups/", {
    body: { profile: { name: "Slash" } },
  });
  assert.equal(created.status, 200);
  await emu.close();
});
