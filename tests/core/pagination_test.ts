import assert from "node:assert/strict";
import { createOkta, OktaOriginError } from "../../mod.ts";
import { CANARY, json, settle, startServer, type TestServer, within } from "./_server.ts";

/** Three pages of two users; `after` is the page number. `style` picks how Link is sent. */
function pagedServer(style: "lines" | "joined"): TestServer {
  return startServer((r, _i, origin) => {
    const page = Number(r.url.searchParams.get("after") ?? "0");
    const headers = new Headers({ "content-type": "application/json" });
    const self = `<${origin}/api/v1/users?limit=2>; rel="self"`;
    const next = page < 2
      ? `<${origin}/api/v1/users?after=${page + 1}&limit=2>; rel="next"`
      : undefined;
    if (style === "lines") {
      headers.append("link", self);
      if (next) headers.append("link", next);
    } else {
      headers.set("link", next ? `${self}, ${next}` : self);
    }
    return new Response(JSON.stringify([{ id: `u${page}a` }, { id: `u${page}b` }]), { headers });
  });
}

const ALL = ["u0a", "u0b", "u1a", "u1b", "u2a", "u2b"];

for (const style of ["lines", "joined"] as const) {
  Deno.test(`for await follows Link rel="next" sent as ${style === "lines" ? "separate lines" : "one comma-joined line"}`, async () => {
    const server = pagedServer(style);
    try {
      const okta = createOkta({ orgUrl: server.origin, apiToken: CANARY });
      const ids: string[] = [];
      for await (
        const user of okta.callList<{ id: string }>({
          method: "GET",
          path: "/api/v1/users",
          query: { limit: 2 },
        })
      ) {
        ids.push(user.id);
      }
      assert.deepEqual(ids, ALL);
      assert.equal(server.requests.length, 3);
      assert.equal(server.requests[1].url.search, "?after=1&limit=2");
      // Every page carries the credentials (same origin).
      assert.ok(server.requests.every((r) => r.headers.get("authorization") === `SSWS ${CANARY}`));
    } finally {
      await server.close();
    }
  });
}

Deno.test("awaiting a list gives the first page; pages(), toArray(limit) and first() work; awaiting twice sends once", async () => {
  const server = pagedServer("lines");
  try {
    const okta = createOkta({ orgUrl: server.origin, apiToken: CANARY });
    const list = okta.callList<{ id: string }>({ method: "GET", path: "/api/v1/users" });
    assert.deepEqual((await list).map((u) => u.id), ["u0a", "u0b"]);
    assert.deepEqual((await list).map((u) => u.id), ["u0a", "u0b"]);
    assert.equal(server.requests.length, 1);
    const page = await list.withResponse();
    assert.equal(page.nextUrl, `${server.origin}/api/v1/users?after=1&limit=2`);

    const sizes: number[] = [];
    for await (const p of okta.callList({ method: "GET", path: "/api/v1/users" }).pages()) {
      sizes.push(p.data.length);
    }
    assert.deepEqual(sizes, [2, 2, 2]);

    const three = await okta.callList<{ id: string }>({ method: "GET", path: "/api/v1/users" })
      .toArray({ limit: 3 });
    assert.deepEqual(three.map((u) => u.id), ["u0a", "u0b", "u1a"]);
    assert.equal(
      (await okta.callList<{ id: string }>({ method: "GET", path: "/api/v1/users" }).first())?.id,
      "u0a",
    );
  } finally {
    await server.close();
  }
});

Deno.test("body-paged lists follow _links.next.href and take items from itemsProperty", async () => {
  const server = startServer((r, _i, origin) => {
    const after = r.url.searchParams.get("after");
    return json(
      after ? { roles: [{ id: "r3" }], _links: { self: { href: `${origin}/x` } } } : {
        roles: [{ id: "r1" }, { id: "r2" }],
        _links: { next: { href: `${origin}/api/v1/iam/roles?after=r2` } },
      },
    );
  });
  try {
    const okta = createOkta({ orgUrl: server.origin, apiToken: CANARY });
    const spec = {
      method: "GET" as const,
      path: "/api/v1/iam/roles",
      paging: "body" as const,
      itemsProperty: "roles",
    };
    assert.deepEqual((await okta.callList<{ id: string }>(spec)).map((r) => r.id), ["r1", "r2"]);
    assert.deepEqual((await okta.callList<{ id: string }>(spec).toArray()).map((r) => r.id), [
      "r1",
      "r2",
      "r3",
    ]);
  } finally {
    await server.close();
  }
});

Deno.test("a next link on another origin is refused and the foreign server receives nothing", async () => {
  const foreign = startServer(() => json([{ id: "stolen" }]));
  const org = startServer(() =>
    json([{ id: "u1" }], {
      headers: { link: `<${foreign.origin}/api/v1/users?after=u1>; rel="next"` },
    })
  );
  try {
    const okta = createOkta({ orgUrl: org.origin, apiToken: CANARY });
    const ids: string[] = [];
    const error = await (async () => {
      for await (
        const user of okta.callList<{ id: string }>({ method: "GET", path: "/api/v1/users" })
      ) {
        ids.push(user.id);
      }
    })().then(() => undefined, (e) => e);
    assert.deepEqual(ids, ["u1"], "items of the trusted page are delivered first");
    assert.ok(error instanceof OktaOriginError, String(error));
    assert.equal(error.expectedOrigin, org.origin);
    assert.match(error.message, new RegExp(foreign.origin.replaceAll(".", "\\.")));

    // A saved URL on another origin is refused as well, at the call.
    assert.throws(() => okta.paginate(`${foreign.origin}/api/v1/users`), OktaOriginError);
    // So is an absolute URL given to request().
    await assert.rejects(
      Promise.resolve(okta.request("GET", `${foreign.origin}/api/v1/users`)),
      OktaOriginError,
    );
    await settle();
    assert.equal(foreign.requests.length, 0);
  } finally {
    await org.close();
    await foreign.close();
  }
});

Deno.test("paginate() resumes from a saved next URL on the org", async () => {
  const server = pagedServer("lines");
  try {
    const okta = createOkta({ orgUrl: server.origin, apiToken: CANARY });
    const saved =
      (await okta.callList({ method: "GET", path: "/api/v1/users" }).withResponse()).nextUrl;
    assert.ok(saved);
    const rest = await okta.paginate<{ id: string }>(saved).toArray();
    assert.deepEqual(rest.map((u) => u.id), ["u1a", "u1b", "u2a", "u2b"]);
    assert.equal(server.requests[1].url.search, "?after=1&limit=2");
  } finally {
    await server.close();
  }
});

Deno.test("prefetch: page N+1 is requested while page N is consumed, never more than one page ahead", async () => {
  const server = startServer((r, _i, origin) => {
    const page = Number(r.url.searchParams.get("after") ?? "0");
    const next = page < 3
      ? { link: `<${origin}/api/v1/users?after=${page + 1}>; rel="next"` }
      : undefined;
    return json([{ page, n: 0 }, { page, n: 1 }], { headers: next });
  });
  try {
    const okta = createOkta({ orgUrl: server.origin, apiToken: CANARY });
    const maxAhead: number[] = [];
    for await (
      const item of okta.callList<{ page: number; n: number }>({
        method: "GET",
        path: "/api/v1/users",
      })
    ) {
      if (item.n === 0 && item.page < 3) {
        // Still on the first item of page N: page N+1 is already on its way.
        assert.ok(
          await within(server.waitForRequests(item.page + 2), 2000),
          `page ${item.page + 1} not prefetched`,
        );
      }
      // Give any further (wrong) prefetch time to show up before counting.
      await settle(item.n === 1 ? 20 : 0);
      maxAhead.push(server.requests.length - 1 - item.page);
    }
    assert.equal(server.requests.length, 4);
    assert.ok(maxAhead.every((ahead) => ahead <= 1), `ahead: ${maxAhead}`);
    assert.ok(maxAhead.filter((ahead) => ahead === 1).length >= 3, `ahead: ${maxAhead}`);
  } finally {
    await server.close();
  }
});

Deno.test("a prefetched page that is not JSON fails when the caller reaches it, after every item before it", async () => {
  const server = startServer((r, _i, origin) => {
    const page = Number(r.url.searchParams.get("after") ?? "0");
    const headers = {
      "content-type": "application/json",
      link: `<${origin}/api/v1/users?after=${page + 1}>; rel="next"`,
    };
    // Page 1 is cut off mid-array; its Link header still names page 2.
    const body = page === 1 ? '[{"id":"u1a"},{"id":' : JSON.stringify([{ id: `u${page}a` }]);
    return new Response(body, { headers });
  });
  try {
    const okta = createOkta({ orgUrl: server.origin, apiToken: CANARY });
    const seen: string[] = [];
    await assert.rejects(
      async () => {
        for await (
          const user of okta.callList<{ id: string }>({ method: "GET", path: "/api/v1/users" })
        ) {
          seen.push(user.id);
        }
      },
      (e: Error) => /Cannot parse the response of GET .*after=1/.test(e.message),
    );
    assert.deepEqual(seen, ["u0a"]);
    // The request for page 2 may have left (the Link header named it before page 1 was
    // parsed), but nothing went further, and it was settled before the loop returned.
    assert.ok(server.requests.length <= 3, `${server.requests.length} requests`);
  } finally {
    await server.close();
  }
});

Deno.test("breaking out of a loop aborts the prefetch cleanly (no leaked request or body)", async () => {
  let release!: () => void;
  const released = new Promise<void>((r) => (release = r));
  const server = startServer(async (r, _i, origin) => {
    if (r.url.searchParams.has("after")) await released;
    return json([{ id: "a" }, { id: "b" }], {
      headers: { link: `<${origin}/api/v1/users?after=b>; rel="next"` },
    });
  });
  try {
    const okta = createOkta({ orgUrl: server.origin, apiToken: CANARY });
    const seen: string[] = [];
    for await (
      const user of okta.callList<{ id: string }>({ method: "GET", path: "/api/v1/users" })
    ) {
      seen.push(user.id);
      await server.waitForRequests(2);
      break;
    }
    assert.deepEqual(seen, ["a"]);
  } finally {
    release();
    await server.close();
  }
});

Deno.test("query setters come from queryNames; names colliding with builder methods stay reachable through query()", async () => {
  const server = startServer(() => json([]));
  try {
    const okta = createOkta({ orgUrl: server.origin, apiToken: CANARY });
    const queryNames = ["search", "limit", "then", "first", "filter"] as const;
    type Q = { search?: string; limit?: number; then?: string; first?: string; filter?: string };
    const list = okta.callList<unknown, Q>({
      method: "GET",
      path: "/api/v1/groups",
      queryNames,
    }) as unknown as {
      search(v: string): { limit(v: number): PromiseLike<unknown> };
      first: unknown;
      then: unknown;
    };
    await list.search('type eq "OKTA_GROUP"').limit(0);
    assert.equal(server.requests[0].url.searchParams.get("search"), 'type eq "OKTA_GROUP"');
    assert.equal(server.requests[0].url.searchParams.get("limit"), "0");
    // first/then are still the builder's own methods.
    const builder = okta.callList<unknown, Q>({
      method: "GET",
      path: "/api/v1/groups",
      queryNames,
    });
    assert.equal(typeof builder.first, "function");
    await builder.query({ first: "x", then: "y" }).first();
    assert.equal(server.requests[1].url.searchParams.get("first"), "x");
    assert.equal(server.requests[1].url.searchParams.get("then"), "y");
    // The setters live on a shared prototype, not on each instance.
    assert.equal(Object.hasOwn(builder, "search"), false);
    // After sending, the request can no longer change.
    assert.throws(() => builder.query({ limit: 1 }), /already sent/);
  } finally {
    await server.close();
  }
});

Deno.test("an iterator that is never used sends nothing", async () => {
  const server = startServer(() => json([]));
  try {
    const okta = createOkta({ orgUrl: server.origin, apiToken: CANARY });
    const list = okta.callList({ method: "GET", path: "/api/v1/users" });
    list.pages();
    list[Symbol.asyncIterator]();
    await settle();
    assert.equal(server.requests.length, 0);
  } finally {
    await server.close();
  }
});
