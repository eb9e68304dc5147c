// The tasks' per-item work goes through okta.bulk(): under an emulator bucket of a few requests
// per second, requests are paced so no 429 reaches the task, and every item ends done.
import assert from "node:assert/strict";
import { task as deactivateStale } from "../../tasks/users_deactivate_stale.ts";
import { task as offboard } from "../../tasks/user_offboard.ts";
import { task as configBackup } from "../../tasks/config_backup.ts";
import type { Okta } from "../../mod.ts";
import { csvRows, openOrg, run } from "./_helpers.ts";

const DAY = 86_400_000;

type OpenOrg = Awaited<ReturnType<typeof openOrg>>;

/** An org whose responses are counted by status, on the wire. */
async function countingOrg(options: Parameters<typeof openOrg>[0] = {}) {
  const statuses: number[] = [];
  const org = await openOrg({
    ...options,
    wrapFetch: (fetch) => async (request) => {
      const response = await fetch(request);
      statuses.push(response.status);
      return response;
    },
  });
  return { org, statuses };
}

/** A client that counts its okta.bulk() calls. */
function bulkSpy(org: OpenOrg): { okta: Okta; calls: () => number } {
  let calls = 0;
  const okta = org.okta;
  const bulk = okta.bulk.bind(okta);
  okta.bulk = (items, job, options) => {
    calls++;
    return bulk(items, job, options);
  };
  return { okta, calls: () => calls };
}

Deno.test("users-deactivate-stale under a bucket of 3 requests/s without retries: paced, no 429, every user deactivated", async () => {
  // No retries: any 429 would fail its row. Without pacing, 3 requests in flight against an
  // in-process org spend a 3-per-second window in a few milliseconds and the 4th gets a 429.
  const { org, statuses } = await countingOrg({ maxRetries: 0 });
  try {
    const now = Date.now();
    const { state, seed } = org.emulator;
    const users = state.users().filter((u) =>
      u.status === "ACTIVE" && u.profile.login !== "admin@example.com"
    );
    assert.ok(users.length >= 8, `only ${users.length} active users in the demo org`);
    const stale = new Set(users.slice(0, 8).map((u) => u.id));
    for (const u of state.users()) {
      const lastLogin = new Date(now - (stale.has(u.id) ? 200 : 1) * DAY).toISOString();
      seed.setUserFacts(u.id, { lastLogin });
    }
    // Deactivations are charged to the emulator's "other" bucket; the listing is not.
    org.emulator.rateLimits.configure({ buckets: { other: 3 }, windowMs: 1_000 });
    const spy = bulkSpy(org);
    const r = await run(deactivateStale, [
      "--days",
      "90",
      "--yes",
      "--concurrency",
      "3",
      "--format",
      "csv",
    ], spy.okta);
    assert.equal(r.code, 0, r.stderr + r.stdout);
    assert.equal(spy.calls(), 1);
    const rows = csvRows(r.stdout);
    assert.deepEqual(rows.map((x) => x.id).sort(), [...stale].sort());
    assert.deepEqual(rows.map((x) => x.action), Array(8).fill("deactivated"));
    for (const id of stale) assert.equal(state.user(id)!.status, "DEPROVISIONED");
    assert.equal(statuses.filter((s) => s === 429).length, 0, JSON.stringify(statuses));
  } finally {
    await org.close();
  }
});

Deno.test("user-offboard of several users under a bucket of 4 requests/s: three okta.bulk passes, every step done", async () => {
  const { org, statuses } = await countingOrg();
  try {
    const { state } = org.emulator;
    const counts = new Map<string, number>();
    for (const u of state.users()) {
      counts.set(String(u.profile.login), (counts.get(String(u.profile.login)) ?? 0) + 1);
    }
    const oktaGroups = (id: string) =>
      state.groupsOf(id).filter((g) => g.type === "OKTA_GROUP").map((g) => g.id);
    const users = state.users().filter((u) =>
      u.status === "ACTIVE" && u.profile.login !== "admin@example.com" &&
      counts.get(String(u.profile.login)) === 1 && oktaGroups(u.id).length >= 1
    ).slice(0, 3);
    assert.equal(users.length, 3);
    const removals = users.reduce((n, u) => n + oktaGroups(u.id).length, 0);
    org.emulator.rateLimits.configure({ buckets: { other: 4 }, windowMs: 1_000 });
    const spy = bulkSpy(org);
    const r = await run(offboard, [
      ...users.flatMap((u) => ["--user", String(u.profile.login)]),
      "--yes",
      "--concurrency",
      "4",
      "--format",
      "csv",
    ], spy.okta);
    assert.equal(r.code, 0, r.stderr + r.stdout);
    // Users, then every group removal, then the deactivations.
    assert.equal(spy.calls(), 3);
    const rows = csvRows(r.stdout);
    assert.deepEqual(rows.filter((x) => x.action === "failed"), []);
    assert.equal(rows.filter((x) => x.step === "groups" && x.action === "done").length, removals);
    for (const u of users) {
      const mine = rows.filter((x) => x.userId === u.id);
      assert.deepEqual(
        mine.filter((x) => x.action === "done").map((x) => x.step).filter((s, i, a) =>
          a.indexOf(s) === i
        ),
        ["sessions", "factors", "groups", "deactivate"],
      );
      assert.equal(state.user(u.id)!.status, "DEPROVISIONED");
      assert.deepEqual(oktaGroups(u.id), []);
    }
    // Routes the client paces separately share the emulator's "other" bucket, so a few 429s may
    // reach the client: it retries them after the reset, and none reaches the report.
    assert.ok(statuses.every((s) => s < 400 || s === 429), JSON.stringify(statuses));
  } finally {
    await org.close();
  }
});

Deno.test("config-backup reads per-server and per-policy details through okta.bulk, two passes per kind", async () => {
  const org = await openOrg();
  const dir = await Deno.makeTempDir({ prefix: "oktakit-tasks-" });
  try {
    // Two sign-on policies with one rule each, made through the API.
    const api = (method: string, path: string, body: unknown) =>
      org.emulator.fetch(
        new Request(new URL(path, org.emulator.orgUrl), {
          method,
          headers: {
            authorization: `SSWS ${org.emulator.apiToken}`,
            "content-type": "application/json",
          },
          body: JSON.stringify(body),
        }),
      ).then(async (res) => {
        assert.ok(res.ok, `${method} ${path}: ${res.status} ${await res.clone().text()}`);
        return await res.json();
      });
    for (const name of ["Sign-on A", "Sign-on B"]) {
      const policy = await api("POST", "/api/v1/policies", { type: "OKTA_SIGN_ON", name });
      await api("POST", `/api/v1/policies/${policy.id}/rules`, {
        type: "SIGN_ON",
        name: `${name} rule`,
      });
    }
    const spy = bulkSpy(org);
    const r = await run(configBackup, [
      "--dir",
      dir,
      "--kinds",
      "authorization-servers,policies",
      "--concurrency",
      "4",
      "--format",
      "json",
    ], spy.okta);
    assert.equal(r.code, 0, r.stderr + r.stdout);
    assert.equal(spy.calls(), 4);
    const servers = JSON.parse(await Deno.readTextFile(`${dir}/authorization-servers.json`));
    assert.ok(servers.length >= 1);
    for (const server of servers) {
      assert.ok(Array.isArray(server.scopes) && Array.isArray(server.claims));
      assert.ok(Array.isArray(server.policies));
      for (const policy of server.policies) assert.ok(Array.isArray(policy.rules));
    }
    const policies = JSON.parse(await Deno.readTextFile(`${dir}/policies.json`));
    const made = policies.filter((p: { name: string }) => p.name.startsWith("Sign-on "));
    // Listed once per type, so each policy appears once: no duplicates anywhere in the backup.
    assert.equal(made.length, 2, JSON.stringify(made));
    const ids = policies.map((p: { id: string }) => p.id);
    assert.equal(new Set(ids).size, ids.length, `duplicate policies: ${ids}`);
    assert.ok(made.every((p: { type: string }) => p.type === "OKTA_SIGN_ON"));
    for (const policy of made) assert.equal(policy.rules.length, 1, JSON.stringify(policy));
    for (const policy of policies) assert.ok(Array.isArray(policy.rules), JSON.stringify(policy));
    assert.ok(org.operationIds().includes("listPolicyRules"), String(org.operationIds()));
  } finally {
    await Deno.remove(dir, { recursive: true });
    await org.close();
  }
});
