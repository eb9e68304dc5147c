import assert from "node:assert/strict";
import {
  evaluate,
  FilterSyntaxError,
  MAX_FILTER_NESTING,
  parseFilter,
  tokenize,
} from "../../src/emulator/filter.ts";

Deno.test("filter: and binds tighter than or; parentheses override", () => {
  const a = parseFilter('a eq "1" or b eq "2" and c eq "3"');
  assert.equal(a.kind, "or");
  assert.equal(a.kind === "or" && a.right.kind, "and");
  const b = parseFilter('(a eq "1" or b eq "2") and c eq "3"');
  assert.equal(b.kind, "and");
  assert.equal(b.kind === "and" && b.left.kind, "or");
});

Deno.test("filter: operators and keywords are case-insensitive, attribute names are kept", () => {
  const node = parseFilter('profile.firstName Eq "Ann" AND status SW "ACT"');
  assert.deepEqual(node, {
    kind: "and",
    left: { kind: "compare", attr: "profile.firstName", op: "eq", value: "Ann" },
    right: { kind: "compare", attr: "status", op: "sw", value: "ACT" },
  });
});

Deno.test("filter: string escapes, numbers, booleans, null and pr", () => {
  assert.deepEqual(parseFilter('x eq "a\\"b\\\\c\\u0041"'), {
    kind: "compare",
    attr: "x",
    op: "eq",
    value: 'a"b\\cA',
  });
  assert.deepEqual(parseFilter("n ge -1.5e2"), {
    kind: "compare",
    attr: "n",
    op: "ge",
    value: -150,
  });
  assert.deepEqual(parseFilter("b eq TRUE"), { kind: "compare", attr: "b", op: "eq", value: true });
  assert.deepEqual(parseFilter("b eq null"), { kind: "compare", attr: "b", op: "eq", value: null });
  assert.deepEqual(parseFilter("p PR"), { kind: "present", attr: "p" });
  assert.deepEqual(parseFilter('not (a eq "x")'), {
    kind: "not",
    expr: { kind: "compare", attr: "a", op: "eq", value: "x" },
  });
});

Deno.test("filter: syntax errors name the problem; unknown operators are flagged", () => {
  for (
    const bad of [
      'a eq "x',
      "a eq",
      '(a eq "x"',
      'a eq "x")',
      'a eq "x" b',
      "",
      "a eq 'x'",
      'a eq "\\q"',
    ]
  ) {
    assert.throws(() => parseFilter(bad), FilterSyntaxError, bad);
  }
  try {
    parseFilter('a like "x"');
    assert.fail("expected an error");
  } catch (error) {
    assert.ok(error instanceof FilterSyntaxError);
    assert.equal(error.badOperator, "like");
  }
  assert.equal(tokenize('a eq "b"').length, 3);
});

Deno.test("filter: evaluation (case folding, arrays, numbers, dates, presence)", () => {
  const rec = {
    status: "ACTIVE",
    profile: { firstName: "Zoë", emails: ["a@x.com", "B@y.com"], age: 42, blank: "" },
    lastUpdated: "2024-05-01T10:00:00.000Z",
  };
  const ev = (s: string, ci = false) => evaluate(parseFilter(s), rec, ci);
  assert.equal(ev('status eq "active"'), false);
  assert.equal(ev('status eq "active"', true), true);
  assert.equal(ev('profile.firstName sw "zo"', true), true);
  assert.equal(ev('profile.firstName sw "Zoe"', true), false, "diacritics are significant");
  assert.equal(ev('profile.emails eq "b@y.com"', true), true);
  assert.equal(ev("profile.age gt 41 and profile.age lt 43"), true);
  assert.equal(ev('profile.age eq "42"'), true);
  assert.equal(ev('lastUpdated gt "2024-04-30T00:00:00.000Z"'), true);
  assert.equal(ev('lastUpdated lt "2024-04-30T00:00:00.000Z"'), false);
  assert.equal(ev("profile.blank pr"), false);
  assert.equal(ev("profile.missing pr or status pr"), true);
  assert.equal(ev('not (status eq "ACTIVE")'), false);
  assert.equal(ev('profile.firstName co "ë"'), true);
  assert.equal(ev('profile.firstName ew "oë"'), true);
});

Deno.test("filter: nesting of parentheses and not is bounded (a 400, never a stack overflow)", () => {
  const wrap = (n: number) => "(".repeat(n) + 'status eq "A"' + ")".repeat(n);
  assert.equal(parseFilter(wrap(MAX_FILTER_NESTING)).kind, "compare");
  assert.throws(() => parseFilter(wrap(MAX_FILTER_NESTING + 1)), FilterSyntaxError);
  assert.throws(
    () => parseFilter("not ".repeat(20_000) + 'status eq "A"'),
    (e: Error) => e instanceof FilterSyntaxError && /deeper than 100 levels/.test(e.message),
  );
  assert.throws(() => parseFilter("(".repeat(20_000)), FilterSyntaxError);
});
