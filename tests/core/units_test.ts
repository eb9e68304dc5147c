import assert from "node:assert/strict";
import { scim } from "../../mod.ts";
import { nextFromBody, parseNextLink } from "../../src/core/link.ts";
import { parseRateLimit, parseResetSeconds } from "../../src/core/rate_limit.ts";
import { rateLimitDelay } from "../../src/core/retry.ts";
import { redact, redactUrl } from "../../src/core/redact.ts";
import { stripNulls } from "../../src/core/body.ts";
import { encodeQuery, expandPath } from "../../src/core/url.ts";

Deno.test("scim quotes and escapes values so they cannot change the expression", () => {
  const login = 'bob" or profile.login pr or x eq "';
  assert.equal(
    scim`profile.login eq ${login}`,
    'profile.login eq "bob\\" or profile.login pr or x eq \\""',
  );
  assert.equal(scim`a eq ${"back\\slash"}`, 'a eq "back\\\\slash"');
  assert.equal(scim`a eq ${"line\nbreak"}`, 'a eq "line\\nbreak"');
  assert.equal(
    scim`lastUpdated gt ${new Date(Date.UTC(2026, 0, 2, 3, 4, 5, 6))}`,
    'lastUpdated gt "2026-01-02T03:04:05.006Z"',
  );
  assert.equal(scim`n eq ${5} and b eq ${false}`, "n eq 5 and b eq false");
  assert.equal(scim`${scim.raw("profile.department")} eq ${"Eng"}`, 'profile.department eq "Eng"');
  assert.throws(() => scim`a eq ${["x"]}`, TypeError);
  assert.throws(() => scim`a eq ${undefined}`, TypeError);
  assert.throws(() => scim`a eq ${{ toString: () => "x" }}`, TypeError);
  assert.throws(() => scim`a eq ${NaN}`, TypeError);
  assert.throws(() => scim`a eq ${new Date("nope")}`, TypeError);
});

Deno.test("Link parsing: separate lines joined by fetch, one comma-joined header, unquoted rel, commas inside URLs", () => {
  const self = '<https://o.okta.com/api/v1/users?limit=2>; rel="self"';
  const next = '<https://o.okta.com/api/v1/users?after=00u2&limit=2>; rel="next"';
  assert.equal(
    parseNextLink(`${self}, ${next}`),
    "https://o.okta.com/api/v1/users?after=00u2&limit=2",
  );
  assert.equal(
    parseNextLink(`${next}, ${self}`),
    "https://o.okta.com/api/v1/users?after=00u2&limit=2",
  );
  assert.equal(
    parseNextLink(`${self},${next}`),
    "https://o.okta.com/api/v1/users?after=00u2&limit=2",
  );
  assert.equal(parseNextLink("<https://o/x?fields=a,b>; rel=next"), "https://o/x?fields=a,b");
  assert.equal(parseNextLink('<https://o/x>; title="a, b"; rel="prev next"'), "https://o/x");
  assert.equal(parseNextLink(self), undefined);
  assert.equal(parseNextLink('<https://o/next>; rel="nextish"'), undefined);
  assert.equal(parseNextLink(null), undefined);
  assert.equal(nextFromBody({ _links: { next: { href: "https://o/n" } } }), "https://o/n");
  assert.equal(nextFromBody({ _links: { self: { href: "https://o/s" } } }), undefined);
  assert.equal(nextFromBody([1]), undefined);
});

Deno.test("rate-limit headers parse; duplicate Reset values are tolerated", () => {
  assert.equal(parseResetSeconds("1516308901, 1516308903"), 1516308903);
  assert.equal(parseResetSeconds("x"), undefined);
  const headers = new Headers({
    "x-rate-limit-limit": "0",
    "x-rate-limit-remaining": "0",
    "x-rate-limit-reset": "1516308901,1516308901",
  });
  assert.deepEqual(parseRateLimit(headers), {
    limit: 0,
    remaining: 0,
    reset: new Date(1516308901000),
  });
  assert.equal(parseRateLimit(new Headers()), undefined);
});

Deno.test("429 delay uses the server's Date, not the local clock", () => {
  const serverNow = Date.UTC(2026, 0, 1, 0, 0, 0);
  const headers = new Headers({
    "date": new Date(serverNow).toUTCString(),
    "x-rate-limit-reset": String(serverNow / 1000 + 2),
  });
  const noJitter = () => 0;
  // Local clock an hour ahead or behind: same answer.
  assert.equal(rateLimitDelay(headers, serverNow + 3_600_000, noJitter), 2100);
  assert.equal(rateLimitDelay(headers, serverNow - 3_600_000, noJitter), 2100);
  // A Reset already in the past waits only the jitter.
  headers.set("x-rate-limit-reset", String(serverNow / 1000 - 5));
  assert.equal(rateLimitDelay(headers, serverNow, noJitter), 100);
  // Without Date, the local clock is the fallback.
  const noDate = new Headers({ "x-rate-limit-reset": String(serverNow / 1000 + 1) });
  assert.equal(rateLimitDelay(noDate, serverNow, noJitter), 1100);
});

Deno.test("redaction masks known secrets, auth schemes and token fields", () => {
  const secret = "s3cr3t-value-XYZ";
  assert.equal(redact(`boom ${secret}!`, [secret]), "boom [REDACTED]!");
  assert.equal(
    redact("Authorization: Bearer eyJhbGciOi.abc.def"),
    "Authorization: Bearer [REDACTED]",
  );
  assert.equal(redact("SSWS 00abcdefghijklmnop"), "SSWS [REDACTED]");
  assert.equal(redact("access_token=abcdef123&x=1"), "access_token=[REDACTED]&x=1");
  assert.equal(redact('{"client_assertion":"eyJ.x.y"}'), '{"client_assertion":"[REDACTED]"}');
  assert.equal(redact("short ab", ["ab"]), "short ab");
  assert.equal(redactUrl("https://u:pw@o.okta.com/x"), "https://o.okta.com/x");
});

Deno.test("stripNulls returns the same object when there is nothing to strip", () => {
  const clean = { a: 1, b: [1, { c: "x" }] };
  assert.equal(stripNulls(clean), clean);
  const date = new Date(0);
  assert.deepEqual(stripNulls({ d: date, n: null }), { d: date });
});

Deno.test("url helpers: placeholders and query encoding", () => {
  assert.equal(
    expandPath("/api/v1/groups/{groupId}/users/{userId}", { groupId: "00g 1", userId: "a@b" }),
    "/api/v1/groups/00g%201/users/a%40b",
  );
  assert.equal(
    encodeQuery({ a: true, b: 0, c: ["x y", "z"], d: undefined }),
    "a=true&b=0&c=x+y&c=z",
  );
  assert.equal(encodeQuery(undefined), "");
});
