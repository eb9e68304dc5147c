// Seeded, bounded property tests over bad input: the Link parser, the scim template, the
// emulator's filter parser and request bodies, path parameters, configuration values and
// oversized responses. Each property runs CASES cases (or stops at its time budget) and
// prints how many it tried; the seed is printed so a failure can be replayed.
import assert from "node:assert/strict";
import {
  createOkta,
  OktaApiError,
  OktaConfigError,
  OktaError,
  type OktaOptions,
  scim,
  ScimFragment,
} from "../../mod.ts";
import { createEmulator } from "../../emulator.ts";
import { parseNextLink } from "../../src/core/link.ts";
import { expandPath } from "../../src/core/url.ts";
import { type FilterNode, parseFilter } from "../../src/emulator/filter.ts";
import { NASTY, Rng } from "./_random.ts";

const SEED = Number(Deno.env.get("FUZZ_SEED") ?? 20261128);
const CASES = Number(Deno.env.get("FUZZ_CASES") ?? 2000);
const BUDGET_MS = Number(Deno.env.get("FUZZ_BUDGET_MS") ?? 8000);

/** Runs `property` up to CASES times (within the time budget) and returns the count. */
async function forAll(
  name: string,
  property: (rng: Rng, i: number) => void | Promise<void>,
  cases = CASES,
): Promise<number> {
  const rng = new Rng(SEED ^ name.length * 7919);
  const stop = performance.now() + BUDGET_MS;
  let i = 0;
  for (; i < cases && performance.now() < stop; i++) {
    try {
      await property(rng, i);
    } catch (e) {
      throw new Error(`${name}: case ${i} failed (FUZZ_SEED=${SEED})`, { cause: e });
    }
  }
  console.log(`${name}: ${i} cases (seed ${SEED})`);
  // The bound is a safety net; a property that ran only a handful of cases proved little.
  assert.ok(i >= Math.min(cases, 200), `${name}: only ${i} cases ran`);
  return i;
}

function nasty(rng: Rng, max = 12): string {
  return rng.string(NASTY, rng.int(0, max));
}

// ---------------------------------------------------------------------------------------------
// Link parser

/** A URI as it can appear inside <…> (no < > or whitespace). */
function linkUri(rng: Rng): string {
  const piece = () =>
    rng.string(["a", "b", "1", "/", "?", "=", "&", ",", ";", "%2C", "é", "rel", "next", "#"], 6);
  return `https://org${rng.int(1, 3)}.example/api/v1/${piece()}`.replaceAll(/\s/g, "");
}

function quoted(rng: Rng): string {
  const text = rng.string(["x", " ", ",", ";", "=", "rel", "next", "prev", "\\\\", '\\"'], 5);
  return `"${text}"`;
}

Deno.test("fuzz: parseNextLink finds exactly the rel=next target of any well-formed Link header", async () => {
  await forAll("link", (rng) => {
    const count = rng.int(0, 5);
    const links: { uri: string; rels: string[] }[] = [];
    for (let i = 0; i < count; i++) {
      const rels = Array.from(
        { length: rng.int(1, 2) },
        () => rng.pick(["next", "prev", "self", "first", "NEXT", "next-page", "nextish"]),
      );
      links.push({ uri: linkUri(rng), rels });
    }
    const parts = links.map(({ uri, rels }) => {
      const params: string[] = [];
      const relValue = rels.join(" ");
      const relParam = rels.length === 1 && rng.next() < 0.5 && !relValue.includes(" ")
        ? `rel=${relValue}`
        : `rel="${relValue}"`;
      if (rng.next() < 0.4) params.push(`title=${quoted(rng)}`);
      params.push(relParam.replace("=", rng.pick(["=", " = ", "="])));
      if (rng.next() < 0.4) params.push(`type=${rng.pick(['"application/json"', "text/html"])}`);
      return `<${uri}>` + params.map((p) => `;${rng.pick(["", " ", "  "])}${p}`).join("");
    });
    const header = parts.join(rng.pick([", ", ",", " , "]));
    const expected = links.find((l) => l.rels.some((r) => r.toLowerCase() === "next"))?.uri;
    assert.equal(parseNextLink(header === "" ? null : header), expected, header);
  });
});

// ---------------------------------------------------------------------------------------------
// scim template

type Value = string | number | boolean | Date | null;

function scimValue(rng: Rng): Value {
  switch (rng.int(0, 5)) {
    case 0:
      return rng.int(-1e6, 1e6) / rng.pick([1, 7, 1000]);
    case 1:
      return rng.next() < 0.5;
    case 2:
      return new Date(rng.int(0, 4e12));
    case 3:
      return null;
    default:
      return nasty(rng, 16);
  }
}

function literalOf(node: FilterNode): unknown[] {
  switch (node.kind) {
    case "compare":
      return [node.value];
    case "present":
      return [];
    case "not":
      return literalOf(node.expr);
    default:
      return [...literalOf(node.left), ...literalOf(node.right)];
  }
}

function shape(node: FilterNode): string {
  switch (node.kind) {
    case "compare":
      return `${node.attr} ${node.op} ?`;
    case "present":
      return `${node.attr} pr`;
    case "not":
      return `not(${shape(node.expr)})`;
    default:
      return `(${shape(node.left)} ${node.kind} ${shape(node.right)})`;
  }
}

Deno.test("fuzz: scim values can never change the expression's structure; each round-trips", async () => {
  const TEMPLATES: { build: (v: Value[]) => string; arity: number; shape: string }[] = [
    {
      build: (v) => scim`profile.login eq ${v[0]}`,
      arity: 1,
      shape: "profile.login eq ?",
    },
    {
      build: (v) => scim`profile.firstName sw ${v[0]} and status eq ${v[1]}`,
      arity: 2,
      shape: "(profile.firstName sw ? and status eq ?)",
    },
    {
      build: (v) => scim`(lastUpdated gt ${v[0]} or id eq ${v[1]}) and profile.x co ${v[2]}`,
      arity: 3,
      shape: "((lastUpdated gt ? or id eq ?) and profile.x co ?)",
    },
  ];
  await forAll("scim", (rng) => {
    const t = rng.pick(TEMPLATES);
    const values = Array.from({ length: t.arity }, () => scimValue(rng));
    const text = t.build(values);
    const node = parseFilter(text);
    assert.equal(shape(node), t.shape, text);
    const expected = values.map((v) => (v instanceof Date ? v.toISOString() : v));
    assert.deepEqual(literalOf(node), expected, text);
  });
  // What cannot be a literal is refused, never inserted.
  for (const bad of [[1], { a: 1 }, undefined, NaN, Infinity, () => 1, Symbol("s")]) {
    assert.throws(() => scim`x eq ${bad}`, TypeError);
  }
  assert.equal(scim`${scim.raw("profile.x")} pr`, "profile.x pr");
  assert.ok(scim.raw("a") instanceof ScimFragment);
});

// ---------------------------------------------------------------------------------------------
// The emulator: filters and bodies never make a 500, errors are always Okta error objects.

const FILTER_TOKENS = [
  "status",
  "profile.login",
  "profile.firstName",
  "lastUpdated",
  "id",
  "type.id",
  "eq",
  "ne",
  "sw",
  "co",
  "pr",
  "gt",
  "lt",
  "and",
  "or",
  "not",
  "(",
  ")",
  '"ACTIVE"',
  '"a\\"b"',
  '"2026-01-01T00:00:00.000Z"',
  "true",
  "null",
  "12",
  "-1.5e3",
  '"',
  "\\",
  "[",
  "]",
  " ",
  "  ",
  "é",
  "\u0000",
  "%",
  "+",
];

function assertOktaError(status: number, body: unknown, context: string): void {
  assert.ok(status < 500, `${context}: status ${status} ${JSON.stringify(body)}`);
  if (status >= 400) {
    const b = body as Record<string, unknown>;
    assert.equal(typeof b.errorCode, "string", context);
    assert.match(b.errorCode as string, /^E\d{7}$/, context);
    assert.equal(typeof b.errorSummary, "string", context);
    assert.equal(typeof b.errorId, "string", context);
    assert.ok(Array.isArray(b.errorCauses), context);
  }
}

Deno.test("fuzz: the emulator answers any filter, search or body with an Okta error or success, never a 500", async () => {
  const emulator = createEmulator({ seed: "demo", rateLimits: false });
  const auth = { Authorization: `SSWS ${emulator.apiToken}` };
  const errors: string[] = [];
  const original = console.error;
  console.error = (...args: unknown[]) => errors.push(args.map(String).join(" "));
  try {
    const lists = ["/api/v1/users", "/api/v1/groups", "/api/v1/apps", "/api/v1/logs"];
    await forAll("emulator filter/search", async (rng) => {
      const expr = Array.from({ length: rng.int(0, 9) }, () => rng.pick(FILTER_TOKENS)).join(
        rng.pick([" ", " ", ""]),
      );
      const param = rng.pick(["filter", "search", "q", "after", "limit", "sortBy", "expand"]);
      const path = rng.pick(lists);
      const url = `${emulator.orgUrl}${path}?${param}=${encodeURIComponent(expr)}`;
      const res = await emulator.fetch(new Request(url, { headers: auth }));
      const body = await res.json();
      assertOktaError(res.status, body, `${path}?${param}=${expr}`);
    });
    const targets: [string, string][] = [
      ["POST", "/api/v1/users"],
      ["POST", "/api/v1/groups"],
      ["POST", "/api/v1/apps"],
      ["POST", "/api/v1/groups/rules"],
      ["PUT", `/api/v1/groups/${emulator.state.everyoneId}`],
      ["POST", `/api/v1/users/${emulator.state.adminId}`],
      ["PUT", `/api/v1/users/${emulator.state.adminId}`],
      ["POST", "/api/v1/zones"],
      ["POST", "/api/v1/trustedOrigins"],
    ];
    const junk = (rng: Rng, depth: number): unknown => {
      switch (rng.int(0, depth > 2 ? 4 : 7)) {
        case 0:
          return nasty(rng, 20);
        case 1:
          return rng.int(-1e9, 1e9) / rng.pick([1, 3]);
        case 2:
          return rng.next() < 0.5;
        case 3:
          return null;
        case 4:
          return "x".repeat(rng.int(0, 5000));
        case 5:
          return Array.from({ length: rng.int(0, 4) }, () => junk(rng, depth + 1));
        default: {
          const keys = ["profile", "login", "email", "name", "credentials", "type", "label", "id"];
          const obj: Record<string, unknown> = {};
          for (let k = rng.int(0, 4); k > 0; k--) obj[rng.pick(keys)] = junk(rng, depth + 1);
          return obj;
        }
      }
    };
    await forAll("emulator bodies", async (rng) => {
      const [method, path] = rng.pick(targets);
      let body: string;
      const mode = rng.int(0, 9);
      if (mode === 0) body = nasty(rng, 30);
      else if (mode === 1) body = JSON.stringify(junk(rng, 0)).slice(0, rng.int(1, 40));
      else body = JSON.stringify(junk(rng, 0));
      const res = await emulator.fetch(
        new Request(`${emulator.orgUrl}${path}`, {
          method,
          headers: { ...auth, "Content-Type": "application/json" },
          body,
        }),
      );
      const text = await res.text();
      let parsed: unknown;
      try {
        parsed = JSON.parse(text);
      } catch {
        assert.fail(`${method} ${path}: a non-JSON answer ${res.status}: ${text.slice(0, 80)}`);
      }
      assertOktaError(res.status, parsed, `${method} ${path} ${body.slice(0, 80)}`);
    }, 1500);
    assert.deepEqual(errors, [], "the emulator logged an unexpected error");
  } finally {
    console.error = original;
    await emulator.close();
  }
});

// ---------------------------------------------------------------------------------------------
// Path parameters

Deno.test("fuzz: path parameters are always exactly one encoded segment and round-trip through the emulator", async () => {
  await forAll("path segment", (rng) => {
    const value = nasty(rng, 10);
    if (value === "" || value === "." || value === "..") {
      assert.throws(
        () => expandPath("/api/v1/users/{userId}/groups", { userId: value }),
        TypeError,
      );
      return;
    }
    const path = expandPath("/api/v1/users/{userId}/groups", { userId: value });
    const segments = path.split("/");
    assert.equal(segments.length, 6, path);
    assert.equal(segments[4] !== "." && segments[4] !== "..", true);
    assert.ok(!/[?#\s]/.test(path), path);
    assert.equal(decodeURIComponent(segments[4]), value);
    // The URL parser keeps it one segment too (no dot-segment removal, no query split).
    const url = new URL(`https://x.okta.com${path}`);
    assert.equal(url.pathname, path);
    assert.equal(url.search, "");
  });

  const emulator = createEmulator({ seed: "empty", rateLimits: false });
  const okta = createOkta({
    orgUrl: emulator.orgUrl,
    apiToken: emulator.apiToken,
    fetch: emulator.fetch,
    env: {},
    maxRetries: 0,
  });
  try {
    await forAll("path round-trip", async (rng) => {
      let value = nasty(rng, 8) + rng.pick(["", "x", "é"]);
      if (value === "" || value === "." || value === "..") value += "z";
      // Okta ignores empty segments and a trailing slash, but inside one segment nothing changes.
      const error = await okta.users.get(value).then(() => undefined, (e) => e);
      assert.ok(error instanceof OktaApiError, String(error));
      assert.equal(error.status, 404, `${JSON.stringify(value)}: ${error.message}`);
      assert.equal(error.errorCode, "E0000007");
      assert.equal(error.errorSummary, `Not found: Resource not found: ${value} (User)`);
    }, 600);
  } finally {
    okta.close();
    await emulator.close();
  }
});

// ---------------------------------------------------------------------------------------------
// Configuration values

Deno.test("fuzz: any configuration is a client or an OktaConfigError — never a crash or a leak", async () => {
  const token = `00FUZZ${crypto.randomUUID().replaceAll("-", "")}`;
  const anyValue = (rng: Rng): unknown =>
    rng.pick<() => unknown>([
      () => nasty(rng, 10),
      () => token,
      () => `${nasty(rng, 3)}${token}${nasty(rng, 3)}`,
      () => rng.int(-5, 1e6),
      () => NaN,
      () => -Infinity,
      () => 1.5,
      () => true,
      () => null,
      () => [],
      () => ["okta.users.read", nasty(rng, 4)],
      () => ({ [nasty(rng, 3)]: nasty(rng, 3) }),
      () => new URL("https://dev-1.okta.com"),
      () => `https://${nasty(rng, 6)}.okta.com${nasty(rng, 4)}`,
      () => `http://127.0.0.1:${rng.int(0, 70000)}`,
      () => `https://u:${token}@dev-1.okta.com`,
      () => "https://dev-1.okta.com",
    ])();
  const KEYS = [
    "orgUrl",
    "apiToken",
    "apiKeyPrefix",
    "accessToken",
    "authorizationMode",
    "clientId",
    "scopes",
    "privateKey",
    "keyId",
    "defaultHeaders",
    "proxy",
    "maxRetries",
    "requestTimeout",
    "userAgent",
    "includeNullValues",
    "debug",
  ];
  const ENV = [
    "OKTA_ORG_URL",
    "OKTA_API_TOKEN",
    "OKTA_ACCESS_TOKEN",
    "OKTA_CLIENT_AUTHORIZATIONMODE",
    "OKTA_CLIENT_CLIENTID",
    "OKTA_CLIENT_SCOPES",
    "OKTA_CLIENT_PRIVATEKEY",
    "OKTA_DEBUG",
  ];
  let accepted = 0;
  let refused = 0;
  await forAll("config", (rng) => {
    const options: Record<string, unknown> = {
      orgUrl: "https://dev-1.okta.com",
      apiToken: token,
    };
    for (let k = rng.int(1, 5); k > 0; k--) {
      const key = rng.pick(KEYS);
      if (rng.next() < 0.2) delete options[key];
      else options[key] = anyValue(rng);
    }
    const env: Record<string, string> = {};
    for (let k = rng.int(0, 3); k > 0; k--) {
      const v = anyValue(rng);
      env[rng.pick(ENV)] = typeof v === "string" ? v : String(v);
    }
    options.env = env;
    options.logger = { debug: () => {} };
    let error: unknown;
    try {
      createOkta(options as OktaOptions).close();
      accepted++;
    } catch (e) {
      error = e;
      refused++;
    }
    if (error === undefined) return;
    assert.ok(
      error instanceof OktaConfigError,
      `${Deno.inspect(options)} threw ${Deno.inspect(error)}`,
    );
    assert.ok(typeof error.setting === "string" && error.setting !== "");
    // The client can only hide what it knows is a credential: the values given as one.
    const known = [options.apiToken, options.accessToken, env.OKTA_API_TOKEN, env.OKTA_ACCESS_TOKEN]
      .filter((v): v is string => typeof v === "string" && v.trim().length >= 6)
      .map((v) => v.trim());
    for (
      const text of [error.message, JSON.stringify(error), Deno.inspect(error), error.stack ?? ""]
    ) {
      for (const secret of known) {
        assert.ok(!text.includes(secret), `${error.setting}: ${error.message}`);
      }
    }
  });
  console.log(`config: ${accepted} accepted, ${refused} refused as OktaConfigError`);
  assert.ok(accepted > 0 && refused > 0);
});

// ---------------------------------------------------------------------------------------------
// Oversized responses: the work done grows linearly (counted, not timed).

Deno.test("fuzz: oversized responses — bytes read once, bounded error text, one fetch per page", async () => {
  // A body served in fixed chunks; the pulls and bytes the client asks for are the work count.
  const served = (size: number, status: number) => {
    let pulls = 0;
    let bytes = 0;
    const chunk = 16 * 1024;
    const piece = new TextEncoder().encode("x".repeat(chunk));
    const body = new ReadableStream<Uint8Array>({
      pull(controller) {
        pulls++;
        const n = Math.min(chunk, size - bytes);
        if (n <= 0) return controller.close();
        bytes += n;
        controller.enqueue(piece.subarray(0, n));
      },
    });
    const response = new Response(body, {
      status,
      headers: { "Content-Type": status >= 400 ? "text/plain" : "text/plain" },
    });
    return { response, counts: () => ({ pulls, bytes }) };
  };
  const run = async (size: number, status: number) => {
    let current: ReturnType<typeof served> | undefined;
    const okta = createOkta({
      orgUrl: "https://dev-1.okta.com",
      apiToken: "00oversized-token-value",
      env: {},
      maxRetries: 0,
      fetch: () => (current = served(size, status)).response,
    });
    const result = await okta.call({
      method: "GET",
      path: "/api/v1/big",
      response: "text",
    }).then((v) => ({ ok: true, v }), (e) => ({ ok: false, v: e }));
    okta.close();
    return { ...current!.counts(), result };
  };
  for (const status of [200, 500]) {
    const small = await run(1 << 20, status);
    const large = await run(4 << 20, status);
    // Every byte is read once: work is proportional to the body.
    assert.equal(small.bytes, 1 << 20);
    assert.equal(large.bytes, 4 << 20);
    assert.ok(large.pulls <= small.pulls * 4 + 2, `${small.pulls} → ${large.pulls} pulls`);
    if (status === 500) {
      const a = small.result.v as OktaApiError;
      const b = large.result.v as OktaApiError;
      assert.ok(a instanceof OktaApiError && b instanceof OktaApiError);
      assert.ok(b instanceof OktaError);
      // The message (and so every log line and inspect output built from it) stays bounded.
      assert.equal(a.message.length, b.message.length);
      assert.ok(b.message.length < 2200);
    } else {
      assert.equal((large.result.v as string).length, 4 << 20);
    }
  }

  // A long listing: one request per page, each item yielded once, at most one page ahead.
  const pageCount = 60;
  let fetches = 0;
  let inFlight = 0;
  let maxInFlight = 0;
  const okta = createOkta({
    orgUrl: "https://dev-1.okta.com",
    apiToken: "00oversized-token-value",
    env: {},
    fetch: async (request) => {
      fetches++;
      inFlight++;
      maxInFlight = Math.max(maxInFlight, inFlight);
      await Promise.resolve();
      inFlight--;
      const page = Number(new URL(request.url).searchParams.get("after") ?? 0);
      const items = Array.from({ length: 500 }, (_, i) => ({ id: `u${page * 500 + i}` }));
      const headers = new Headers({ "Content-Type": "application/json" });
      if (page + 1 < pageCount) {
        headers.set("Link", `<https://dev-1.okta.com/api/v1/users?after=${page + 1}>; rel="next"`);
      }
      return new Response(JSON.stringify(items), { headers });
    },
  });
  let count = 0;
  const seen = new Set<string>();
  for await (const user of okta.users.list()) {
    count++;
    seen.add(String(user.id));
  }
  okta.close();
  assert.equal(count, pageCount * 500);
  assert.equal(seen.size, count);
  assert.equal(fetches, pageCount);
  assert.ok(maxInFlight <= 2, `${maxInFlight} requests in flight`);
});
