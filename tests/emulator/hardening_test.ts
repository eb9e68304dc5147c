// Bad input never damages the served emulator: body size and depth limits, nothing stored by a
// refused write, every listing still answers afterwards, and state survives a restart.
import assert from "node:assert/strict";
import { startEmulator } from "../../emulator.ts";
import { jsonDepth, MAX_BODY_BYTES, MAX_JSON_DEPTH } from "../../src/emulator/body_limits.ts";

const TOKEN = "hardening-token-1";

function nested(depth: number): unknown {
  let v: unknown = "x";
  for (let i = 0; i < depth; i++) v = { a: v };
  return v;
}

async function send(base: string, method: string, path: string, body?: string) {
  const res = await fetch(`${base}${path}`, {
    method,
    headers: { Authorization: `SSWS ${TOKEN}`, "Content-Type": "application/json" },
    body,
  });
  const text = await res.text();
  return { status: res.status, body: text === "" ? undefined : JSON.parse(text) };
}

function user(login: string, extra: Record<string, unknown> = {}): string {
  return JSON.stringify({
    profile: { login, email: login, firstName: "Hard", lastName: "Ening", ...extra },
  });
}

Deno.test("jsonDepth counts object/array nesting and ignores brackets inside strings", () => {
  assert.equal(jsonDepth('{"a":[1,{"b":"[[[{{{"}]}'), 3);
  assert.equal(jsonDepth('"\\"{"'), 0);
  assert.equal(jsonDepth(JSON.stringify(nested(10_000))), 10_000);
});

Deno.test("served emulator: oversized and too-deep bodies are refused; no bad request breaks a listing", async () => {
  const dir = await Deno.makeTempDir();
  const state = `${dir}/org.json`;
  try {
    const emu = await startEmulator({ port: 0, apiToken: TOKEN, rateLimits: false, state });
    const before = await send(
      emu.url,
      "POST",
      "/api/v1/users?activate=false",
      user("keep@example.com"),
    );
    assert.equal(before.status, 200);

    const big = await send(
      emu.url,
      "POST",
      "/api/v1/users?activate=false",
      user("big@example.com", { firstName: "a".repeat(MAX_BODY_BYTES + 1) }),
    );
    assert.equal(big.status, 413);
    assert.equal(big.body.errorCode, "E0000003");
    assert.ok(big.body.errorId);

    const deep = await send(
      emu.url,
      "POST",
      "/api/v1/users?activate=false",
      user("deep@example.com", { firstName: nested(10_000) }),
    );
    assert.equal(deep.status, 400);
    assert.equal(deep.body.errorCode, "E0000003");
    assert.match(deep.body.errorCauses[0].errorSummary, new RegExp(`${MAX_JSON_DEPTH} levels`));

    // Within the depth limit the profile check refuses a nested value: nothing is stored.
    const shallow = await send(
      emu.url,
      "POST",
      "/api/v1/users?activate=false",
      user("shallow@example.com", { firstName: nested(MAX_JSON_DEPTH - 5) }),
    );
    assert.equal(shallow.status, 400);
    assert.equal(shallow.body.errorCode, "E0000001");
    const longTail = await send(emu.url, "POST", "/api/v1/zones", JSON.stringify(nested(200)));
    assert.equal(longTail.status, 400);

    // A hostile query nests deeper than any parser stack: a 400 naming the limit, never a 500.
    const nestedQuery = encodeURIComponent("(".repeat(20_000) + 'status eq "ACTIVE"');
    for (
      const path of [
        `/api/v1/users?filter=${nestedQuery}`,
        `/api/v1/users?search=${encodeURIComponent("not ".repeat(5_000))}status%20pr`,
        `/api/v1/groups?search=${nestedQuery}`,
        `/api/v1/logs?filter=${nestedQuery}`,
      ]
    ) {
      const r = await send(emu.url, "GET", path);
      assert.equal(r.status, 400, `${path.slice(0, 40)} → ${JSON.stringify(r.body)}`);
      assert.match(r.body.errorCauses[0].errorSummary, /deeper than 100 levels/);
    }

    // The same for a group rule's expression (parsed on create, evaluated for every user).
    const groups = await send(emu.url, "GET", "/api/v1/groups?limit=1");
    for (
      const [expression, problem] of [
        ["!(".repeat(10_000) + 'user.department == "x"' + ")".repeat(10_000), /100 levels/],
        [Array(20_000).fill('user.department == "x"').join(" || "), /1000 && and \|\|/],
      ] as const
    ) {
      const rule = await send(
        emu.url,
        "POST",
        "/api/v1/groups/rules",
        JSON.stringify({
          type: "group_rule",
          name: "Hostile rule",
          conditions: { expression: { value: expression, type: "urn:okta:expression:1.0" } },
          actions: { assignUserToGroups: { groupIds: [groups.body[0].id] } },
        }),
      );
      assert.equal(rule.status, 400, JSON.stringify(rule.body).slice(0, 300));
      assert.equal(rule.body.errorCode, "E0000001");
      assert.match(rule.body.errorCauses[0].errorSummary, problem);
    }

    for (const path of ["/api/v1/users", "/api/v1/users?search=status%20pr", "/api/v1/groups"]) {
      const r = await send(emu.url, "GET", path);
      assert.equal(r.status, 200, path);
    }
    const list = await send(emu.url, "GET", "/api/v1/users?limit=200");
    const logins = list.body.map((u: { profile: { login: string } }) => u.profile.login);
    assert.ok(logins.includes("keep@example.com"));
    assert.ok(!logins.some((l: string) => /big|deep|shallow/.test(l)));
    await emu.close();

    const again = await startEmulator({ port: 0, apiToken: TOKEN, rateLimits: false, state });
    const restored = await send(
      again.url,
      "GET",
      "/api/v1/users?search=profile.login%20eq%20%22keep@example.com%22",
    );
    await again.close();
    assert.equal(restored.body.length, 1);
  } finally {
    await Deno.remove(dir, { recursive: true });
  }
});
