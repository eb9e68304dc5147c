// config-apply between two emulators: a seeded org's configuration copied into an empty one with
// references rewritten to the target's ids, then changed and applied again, then pruned; diff
// clean after each; a killed apply resumes with every change made once; secrets never sent.
import assert from "node:assert/strict";
import { createEmulator } from "../../emulator.ts";
import { task as backup } from "../../tasks/config_backup.ts";
import { task as apply } from "../../tasks/config_apply.ts";
import { task as diff } from "../../tasks/config_diff.ts";
import { readJournal } from "../../tasks/_framework/journal.ts";
import {
  get,
  groupId,
  killWhenJournaled,
  ndjsonRows,
  type Obj,
  openOrg,
  post,
  run,
  seedConfiguration,
  slowServer,
  taskProcess,
  tempDir,
  zoneByName,
} from "./_helpers.ts";

Deno.test("config-apply copies a configuration across orgs, ids rewritten; change, apply, prune; diff clean each time", async () => {
  const source = await openOrg();
  const sent: string[] = [];
  const target = await openOrg({
    seed: "empty",
    wrapFetch: (fetch) => async (request) => {
      if (request.method !== "GET") sent.push(`${request.method} ${await request.clone().text()}`);
      return fetch(request);
    },
  });
  const dir = await tempDir();
  const bk = ["--dir", `${dir.path}/bk`];
  const journal = ["--journal", `${dir.path}/apply.journal`];
  const clean = async () => {
    const d = await run(diff, [...bk, "--format", "ndjson"], target.okta);
    assert.equal(d.code, 0, d.stderr);
    assert.equal(d.stdout, "", `config-diff after the apply: ${d.stdout}`);
    assert.match(d.stderr, /No differences/);
  };
  try {
    await seedConfiguration(source);
    assert.equal((await run(backup, bk, source.okta)).code, 0);

    const plan = await run(apply, [...bk, "--format", "ndjson"], target.okta);
    assert.equal(plan.code, 0, plan.stderr);
    assert.equal(sent.length, 0, "a plan sends nothing");
    const planned = ndjsonRows(plan.stdout);
    for (
      const [kind, key] of [
        ["groups", "Engineering"],
        ["zones", "Office"],
        ["group-rules", "Engineers to Engineering"],
        ["policies", "OKTA_SIGN_ON/Engineering sign-on"],
        ["trusted-origins", "Intranet"],
        ["event-hooks", "Audit sink"],
        ["authorization-servers", "Partners"],
        ["authorization-servers", "Partners / All clients / Engineering only"],
      ]
    ) {
      assert.ok(
        planned.some((r) => r.kind === kind && r.key === key && r.change === "create"),
        `${kind} ${key} planned: ${plan.stdout}`,
      );
    }

    const applied = await run(
      apply,
      [...bk, ...journal, "--yes", "--format", "ndjson"],
      target.okta,
    );
    assert.equal(applied.code, 0, applied.stderr + applied.stdout);
    const rows = ndjsonRows(applied.stdout);
    assert.ok(rows.every((r) => r.change !== "failed"), applied.stdout);
    const hook = rows.find((r) => r.kind === "event-hooks")!;
    assert.match(String(hook.note), /set its secrets in Okta/);
    await clean();

    // The target's objects point at the target's own ids.
    const [rule] = await get(target, "/api/v1/groups/rules");
    const targetEngineering = await groupId(target, "Engineering");
    assert.notEqual(targetEngineering, await groupId(source, "Engineering"));
    assert.deepEqual(
      (rule.actions as { assignUserToGroups: { groupIds: string[] } }).assignUserToGroups.groupIds,
      [targetEngineering],
    );
    const policy = (await get(target, "/api/v1/policies", { type: "OKTA_SIGN_ON" }))
      .find((p) => p.name === "Engineering sign-on")!;
    assert.deepEqual(
      (policy.conditions as { people: { groups: { include: string[] } } }).people.groups.include,
      [targetEngineering],
    );
    const [policyRule] = await get(target, `/api/v1/policies/${policy.id}/rules`);
    const office = await zoneByName(target, "Office");
    assert.deepEqual(
      (policyRule.conditions as { network: { include: string[] } }).network.include,
      [office.id],
    );

    const [partners] = (await get(target, "/api/v1/authorizationServers"))
      .filter((a) => a.name === "Partners");
    const [allClients] = await get(target, `/api/v1/authorizationServers/${partners.id}/policies`);
    const [serverRule] = await get(
      target,
      `/api/v1/authorizationServers/${partners.id}/policies/${allClients.id}/rules`,
    );
    assert.deepEqual(
      (serverRule.conditions as { people: { groups: { include: string[] } } }).people.groups
        .include,
      [targetEngineering],
    );
    assert.ok(
      (await get(target, `/api/v1/authorizationServers/${partners.id}/scopes`))
        .some((scope) => scope.name === "partners.read"),
    );

    // Change the source, back it up again, apply: updates only, diff clean.
    const sourceOffice = await zoneByName(source, "Office");
    await source.okta.call({
      method: "PUT",
      path: "/api/v1/zones/{zoneId}",
      pathParams: { zoneId: sourceOffice.id },
      body: { ...sourceOffice, gateways: [{ type: "CIDR", value: "192.168.0.0/16" }] },
    } as never);
    await post(source, "/api/v1/zones/{zoneId}/lifecycle/deactivate", {}, {
      zoneId: sourceOffice.id,
    });
    assert.equal((await run(backup, bk, source.okta)).code, 0);
    const before = sent.length;
    const again = await run(apply, [...bk, ...journal, "--yes", "--format", "ndjson"], target.okta);
    assert.equal(again.code, 0, again.stderr);
    const changes = ndjsonRows(again.stdout);
    const zone = changes.find((r) => r.kind === "zones" && r.key === "Office");
    assert.equal(zone?.change, "updated", again.stdout);
    assert.deepEqual(zone?.fields, ["gateways[0].value", "status"]);
    assert.ok(changes.every((r) => r.change !== "created"), again.stdout);
    assert.equal((await zoneByName(target, "Office")).status, "INACTIVE");
    assert.ok(sent.length > before);
    await clean();

    // An object the backup no longer has is reported; --prune deletes it.
    const [origin] = await get(source, "/api/v1/trustedOrigins");
    await source.okta.call({
      method: "DELETE",
      path: "/api/v1/trustedOrigins/{id}",
      pathParams: { id: origin.id },
    } as never);
    assert.equal((await run(backup, bk, source.okta)).code, 0);
    const extra = ndjsonRows((await run(apply, [...bk, "--format", "ndjson"], target.okta)).stdout);
    assert.ok(
      extra.some((r) => r.change === "extra" && r.key === "Intranet"),
      JSON.stringify(extra),
    );
    const pruned = await run(apply, [
      ...bk,
      ...journal,
      "--prune",
      "--yes",
      "--format",
      "ndjson",
    ], target.okta);
    assert.ok(
      ndjsonRows(pruned.stdout).some((r) => r.change === "deleted" && r.key === "Intranet"),
      pruned.stdout,
    );
    assert.equal((await get(target, "/api/v1/trustedOrigins")).length, 0);
    await clean();

    // Nothing redacted, and no secret, was ever sent.
    for (const request of sent) {
      assert.ok(!request.includes("[redacted]"), request);
      assert.ok(!request.includes("hook-secret-do-not-copy"), request);
    }
  } finally {
    await dir.remove();
    await source.close();
    await target.close();
  }
});

Deno.test("config-apply keeps a secret the backup leaves out, and refuses unknown kinds", async () => {
  const org = await openOrg();
  const sent: string[] = [];
  const target = await openOrg({
    wrapFetch: (fetch) => async (request) => {
      if (request.method === "PUT") sent.push(await request.clone().text());
      return fetch(request);
    },
  });
  const dir = await tempDir();
  try {
    await seedConfiguration(org);
    await seedConfiguration(target);
    const hooks = await get(org, "/api/v1/eventHooks");
    await org.okta.call({
      method: "PUT",
      path: "/api/v1/eventHooks/{id}",
      pathParams: { id: hooks[0].id },
      body: { ...hooks[0], description: "changed in preview" },
    } as never);
    const bk = ["--dir", `${dir.path}/bk`, "--kinds", "event-hooks"];
    assert.equal((await run(backup, bk, org.okta)).code, 0);
    const r = await run(
      apply,
      [...bk, "--journal", `${dir.path}/j`, "--yes", "--format", "ndjson"],
      target.okta,
    );
    assert.equal(r.code, 0, r.stderr);
    const [row] = ndjsonRows(r.stdout);
    assert.equal(row.change, "updated");
    assert.match(String(row.note), /secrets not in the backup keep their value/);
    assert.equal(sent.length, 1);
    const body = JSON.parse(sent[0]);
    assert.equal(body.description, "changed in preview");
    assert.equal(body.channel.config.authScheme.value, undefined, "the secret is not sent");

    const bad = await run(apply, ["--dir", `${dir.path}/bk`, "--kinds", "nope"], target.okta);
    assert.equal(bad.code, 2);
    assert.match(bad.stderr, /--kinds takes groups, zones/);
    const empty = await run(apply, ["--dir", `${dir.path}/none`], target.okta);
    assert.equal(empty.code, 2);
    assert.match(empty.stderr, /holds no config-backup files: run config-backup first/);
  } finally {
    await dir.remove();
    await org.close();
    await target.close();
  }
});

Deno.test("config-apply killed mid-run (SIGKILL) resumes on rerun: every object created exactly once", async () => {
  const N = 40;
  const source = await openOrg();
  const target = createEmulator({ seed: "empty", rateLimits: false });
  await target.ready;
  const server = slowServer(target);
  const dir = await tempDir();
  try {
    for (let i = 0; i < N; i++) {
      await post(source, "/api/v1/zones", {
        type: "IP",
        name: `Branch ${i}`,
        gateways: [{ type: "CIDR", value: `10.${i}.0.0/16` }],
      });
    }
    const args = ["--dir", "out/bk", "--kinds", "zones"];
    assert.equal((await run(backup, ["--dir", `${dir.path}/out/bk`], source.okta)).code, 0);
    const journal = `${dir.path}/out/config-apply.journal`;
    const command = () =>
      taskProcess(apply, "tasks/config_apply.ts", [...args, "--yes", "--concurrency", "2"], {
        cwd: dir.path,
        orgUrl: `http://127.0.0.1:${server.addr.port}`,
        apiToken: target.apiToken,
      });
    const killed = await killWhenJournaled(command(), journal, 8);
    assert.ok(
      killed.done.size >= 8 && killed.done.size < N,
      `${killed.done.size} done at the kill`,
    );

    const rerun = await command().output();
    assert.equal(rerun.code, 0, new TextDecoder().decode(rerun.stderr));
    const zones = [];
    for await (
      const z of (await import("../../mod.ts")).createOkta({
        orgUrl: target.orgUrl,
        apiToken: target.apiToken,
        fetch: target.fetch,
      }).callList<Obj>({ method: "GET", path: "/api/v1/zones" })
    ) zones.push(z);
    for (let i = 0; i < N; i++) {
      assert.equal(zones.filter((z) => z.name === `Branch ${i}`).length, 1, `Branch ${i}`);
    }
    const state = await readJournal(journal);
    assert.equal(state.pending.size, 0);
    assert.equal([...state.done.keys()].filter((k) => k.startsWith("zones/Branch ")).length, N);
  } finally {
    await server.shutdown();
    await target.close();
    await source.close();
    await dir.remove();
  }
});
