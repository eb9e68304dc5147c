import assert from "node:assert/strict";
import { task as backup } from "../../tasks/config_backup.ts";
import { task as diff } from "../../tasks/config_diff.ts";
import {
  CONFIG_KINDS,
  diffPaths,
  normalize,
  REDACTED,
} from "../../tasks/_framework/config_snapshot.ts";
import { csvRows, forbidden, ndjsonRows, openOrg, run, tempDir } from "./_helpers.ts";

/** The org's group rules, read straight from the emulator (not through the client). */
async function groupRules(org: Awaited<ReturnType<typeof openOrg>>): Promise<{ id: string }[]> {
  const { emulator } = org;
  const res = await emulator.fetch(`${emulator.orgUrl}/api/v1/groups/rules?limit=200`, {
    headers: { Authorization: `SSWS ${emulator.apiToken}`, Accept: "application/json" },
  });
  assert.equal(res.status, 200);
  assert.doesNotMatch(res.headers.get("link") ?? "", /rel="next"/, "one page holds them all");
  return await res.json();
}

Deno.test("normalize sorts keys, drops links and lastUpdated, and redacts secrets", () => {
  const hook = {
    name: "h",
    lastUpdated: "2026-01-01T00:00:00.000Z",
    _links: { self: { href: "x" } },
    channel: {
      config: {
        uri: "https://hooks.example/h",
        headers: [{ key: "X-Api-Key", value: "header-secret" }],
        authScheme: { type: "HEADER", key: "Authorization", value: "auth-secret" },
      },
    },
    credentials: { oauthClient: { client_secret: "cs", client_id: "ok-to-keep" } },
    id: "who",
  };
  const n = normalize(hook) as Record<string, unknown>;
  const text = JSON.stringify(n);
  assert.deepEqual(Object.keys(n), ["channel", "credentials", "id", "name"]);
  for (const secret of ["header-secret", "auth-secret", '"cs"']) assert.ok(!text.includes(secret));
  assert.ok(text.includes("ok-to-keep"));
  assert.ok(text.includes(REDACTED));
  assert.deepEqual(diffPaths({ a: 1, b: [1, { c: 2 }] }, { a: 1, b: [1, { c: 3 }], d: 0 }), [
    "b[1].c",
    "d",
  ]);
});

Deno.test("config-backup writes stable, sorted files; a second backup is byte-identical", async () => {
  const org = await openOrg();
  const dir = await tempDir();
  try {
    const first = await run(backup, ["--dir", `${dir.path}/a`, "--format", "csv"], org.okta);
    const second = await run(backup, ["--dir", `${dir.path}/b`, "--format", "csv"], org.okta);
    assert.equal(first.code, 0, first.stdout + first.stderr);
    assert.equal(second.code, 0);
    const rows = csvRows(first.stdout);
    assert.deepEqual(rows.map((x) => x.kind), CONFIG_KINDS.map((k) => k.name));
    for (const kind of CONFIG_KINDS) {
      const a = await Deno.readTextFile(`${dir.path}/a/${kind.name}.json`);
      const b = await Deno.readTextFile(`${dir.path}/b/${kind.name}.json`);
      assert.equal(a, b, kind.name);
      const objects = JSON.parse(a);
      const ids = objects.map((o: { id: string }) => o.id);
      assert.deepEqual(ids, [...ids].sort((x: string, y: string) => x.localeCompare(y)));
      assert.ok(!a.includes('"_links"') && !a.includes('"lastUpdated"'));
    }
    const rules = JSON.parse(await Deno.readTextFile(`${dir.path}/a/group-rules.json`));
    assert.equal(rules.length, (await groupRules(org)).length);
    const manifest = JSON.parse(await Deno.readTextFile(`${dir.path}/a/manifest.json`));
    assert.equal(manifest.kinds["group-rules"], rules.length);
  } finally {
    await dir.remove();
    await org.close();
  }
});

Deno.test("config-diff finds nothing on an unchanged org, then added, removed and changed objects", async () => {
  const org = await openOrg();
  const dir = await tempDir();
  try {
    const args = ["--dir", `${dir.path}/bk`, "--kinds", "group-rules"];
    assert.equal((await run(backup, args, org.okta)).code, 0);
    const same = await run(diff, [...args, "--format", "ndjson"], org.okta);
    assert.equal(same.code, 0, same.stderr);
    assert.equal(same.stdout, "");
    assert.match(same.stderr, /No differences/);

    const rules = await groupRules(org);
    assert.ok(rules.length >= 1);
    const [changed] = rules;
    const group = org.emulator.state.groups().find((g) => g.type === "OKTA_GROUP")!;
    const created = await org.okta.call<{ id: string }>({
      method: "POST",
      path: "/api/v1/groups/rules",
      body: {
        type: "group_rule",
        name: "Diff test rule",
        conditions: { expression: { type: "urn:okta:expression:1.0", value: 'user.title=="x"' } },
        actions: { assignUserToGroups: { groupIds: [group.id] } },
      },
    });
    const current = await org.okta.call<Record<string, unknown>>({
      method: "GET",
      path: "/api/v1/groups/rules/{id}",
      pathParams: { id: changed.id },
    });
    if (current.status === "ACTIVE") {
      await org.okta.call({
        method: "POST",
        path: "/api/v1/groups/rules/{id}/lifecycle/deactivate",
        pathParams: { id: changed.id },
      });
    }
    await org.okta.call({
      method: "PUT",
      path: "/api/v1/groups/rules/{id}",
      pathParams: { id: changed.id },
      body: { ...current, status: undefined, name: "Renamed by the diff test" },
    });

    const r = await run(diff, [...args, "--format", "ndjson"], org.okta);
    assert.equal(r.code, 0, r.stderr);
    const rows = ndjsonRows(r.stdout);
    const added = rows.find((x) => x.change === "added");
    assert.equal(added?.id, created.id);
    assert.equal(added?.name, "Diff test rule");
    const modified = rows.find((x) => x.change === "changed" && x.id === changed.id);
    assert.ok(modified, JSON.stringify(rows));
    assert.ok((modified.fields as string[]).includes("name"));

    await org.okta.call({
      method: "DELETE",
      path: "/api/v1/groups/rules/{id}",
      pathParams: { id: created.id },
    });
    await run(backup, args, org.okta);
    const other = rules.find((x) => x.id !== changed.id) ?? changed;
    if (
      (await org.okta.call<{ status: string }>({
        method: "GET",
        path: "/api/v1/groups/rules/{id}",
        pathParams: { id: other.id },
      })).status === "ACTIVE"
    ) {
      await org.okta.call({
        method: "POST",
        path: "/api/v1/groups/rules/{id}/lifecycle/deactivate",
        pathParams: { id: other.id },
      });
    }
    await org.okta.call({
      method: "DELETE",
      path: "/api/v1/groups/rules/{id}",
      pathParams: { id: other.id },
    });
    const removed = ndjsonRows((await run(diff, [...args, "--format", "ndjson"], org.okta)).stdout);
    assert.ok(
      removed.some((x) => x.change === "removed" && x.id === other.id),
      JSON.stringify(removed),
    );
  } finally {
    await dir.remove();
    await org.close();
  }
});

Deno.test("config-backup reports a kind Okta refuses (exit 3) and rejects unknown kinds (exit 2)", async () => {
  const org = await openOrg({
    wrapFetch: (fetch) => (request) =>
      new URL(request.url).pathname === "/api/v1/zones" ? forbidden() : fetch(request),
  });
  const dir = await tempDir();
  try {
    const r = await run(backup, [
      "--dir",
      dir.path,
      "--kinds",
      "zones,group-rules",
      "--format",
      "csv",
    ], org.okta);
    assert.equal(r.code, 3, r.stderr);
    const rows = csvRows(r.stdout);
    assert.equal(rows.find((x) => x.kind === "zones")!.errorCode, "E0000006");
    assert.equal(rows.find((x) => x.kind === "group-rules")!.errorCode, "");
    await assert.rejects(Deno.stat(`${dir.path}/zones.json`), Deno.errors.NotFound);
    assert.equal((await run(backup, ["--kinds", "printers"], org.okta)).code, 2);
  } finally {
    await dir.remove();
    await org.close();
  }
});

Deno.test("config-backup never writes a hook's auth secret", async () => {
  const org = await openOrg();
  const dir = await tempDir();
  try {
    const secret = "s3cr3t-hook-value-123";
    await org.okta.call({
      method: "POST",
      path: "/api/v1/eventHooks",
      body: {
        name: "Backup secret test",
        events: { type: "EVENT_TYPE", items: ["user.lifecycle.create"] },
        channel: {
          type: "HTTP",
          version: "1.0.0",
          config: {
            uri: "https://hooks.example/okta",
            headers: [{ key: "X-Other", value: `${secret}-header` }],
            authScheme: { type: "HEADER", key: "Authorization", value: secret },
          },
        },
      },
    });
    const r = await run(
      backup,
      ["--dir", dir.path, "--kinds", "event-hooks", "--format", "csv"],
      org.okta,
    );
    assert.equal(r.code, 0, r.stdout + r.stderr);
    const text = await Deno.readTextFile(`${dir.path}/event-hooks.json`);
    assert.ok(text.includes("Backup secret test"));
    assert.ok(!text.includes(secret), text);
  } finally {
    await dir.remove();
    await org.close();
  }
});

Deno.test("config-backup: hooks carrying secrets under every secret name leave none in the backup or the output", async () => {
  const org = await openOrg();
  const dir = await tempDir();
  const names = [
    "clientSecret",
    "client_secret",
    "sessionToken",
    "recoveryToken",
    "activationToken",
    "stateToken",
    "passCode",
    "password",
    "privateKey",
    "token",
  ];
  const secrets = names.map((n, i) => `${n}-backup-secret-${i}`);
  const config: Record<string, unknown> = { uri: "https://hooks.example/h" };
  const send = async (method: string, path: string, body?: unknown) => {
    const res = await org.emulator.fetch(
      new Request(`${org.emulator.orgUrl}${path}`, {
        method,
        headers: {
          Authorization: `SSWS ${org.emulator.apiToken}`,
          "Content-Type": "application/json",
        },
        body: body === undefined ? undefined : JSON.stringify(body),
      }),
    );
    return await res.json();
  };
  names.forEach((n, i) => (config[n] = secrets[i]));
  try {
    const inline = await send("POST", "/api/v1/inlineHooks", {
      name: "OAuth hook",
      type: "com.okta.oauth2.tokens.transform",
      version: "1.0.0",
      channel: {
        type: "OAUTH",
        version: "1.0.0",
        config: { ...config, authType: "client_secret_post", clientId: "0oahook" },
      },
    }) as { channel: { config: Record<string, unknown> } };
    // Write-only: the emulator never returns the OAuth channel's client secret.
    assert.equal(inline.channel.config.clientSecret, undefined);
    const event = await send("POST", "/api/v1/eventHooks", {
      name: "Audit",
      events: { type: "EVENT_TYPE", items: ["user.lifecycle.create"] },
      channel: {
        type: "HTTP",
        version: "1.0.0",
        config: {
          ...config,
          authScheme: { type: "HEADER", key: "Authorization", value: "auth-scheme-secret-9" },
        },
      },
    }) as { channel: { config: { authScheme: Record<string, unknown> } } };
    assert.equal(event.channel.config.authScheme.value, undefined);
    assert.equal(event.channel.config.authScheme.key, "Authorization");
    const listed = JSON.stringify(await send("GET", "/api/v1/eventHooks"));
    assert.ok(!listed.includes("auth-scheme-secret-9"));

    const out = await run(backup, ["--dir", `${dir.path}/bk`], org.okta);
    assert.equal(out.code, 0, out.stdout + out.stderr);
    let all = out.stdout + out.stderr;
    for await (const entry of Deno.readDir(`${dir.path}/bk`)) {
      all += await Deno.readTextFile(`${dir.path}/bk/${entry.name}`);
    }
    assert.ok(all.includes("OAuth hook"), "the hooks are in the backup");
    for (const secret of [...secrets, "auth-scheme-secret-9"]) {
      assert.ok(!all.includes(secret), `${secret} leaked`);
    }
  } finally {
    await dir.remove();
    await org.close();
  }
});
