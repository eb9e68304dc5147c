import assert from "node:assert/strict";
import { createEmulator, startEmulator } from "../../emulator.ts";

Deno.test("serve: binds 127.0.0.1 on a free port; links use the served origin; close awaits shutdown", async () => {
  const emu = await startEmulator({ port: 0, apiToken: "test-token-1", rateLimits: false });
  assert.match(emu.url, /^http:\/\/127\.0\.0\.1:\d+$/);
  const res = await fetch(`${emu.url}/api/v1/users?limit=2`, {
    headers: { Authorization: "SSWS test-token-1" },
  });
  assert.equal(res.status, 200);
  const users = await res.json();
  assert.equal(users[0]._links.self.href, `${emu.url}/api/v1/users/${users[0].id}`);
  const links = res.headers.get("link") ?? "";
  assert.ok(links.includes(`<${emu.url}/api/v1/users?limit=2&after=`), links);
  const again = await fetch(users[0]._links.self.href, {
    headers: { Authorization: "SSWS test-token-1" },
  });
  assert.equal((await again.json()).id, users[0].id);
  await emu.close();
  await assert.rejects(fetch(`${emu.url}/api/v1/users`));
});

Deno.test("serve: an injected connection reset breaks the served response", async () => {
  const emu = await startEmulator({ port: 0, faults: { reset: 1 } });
  await assert.rejects(async () => {
    const res = await fetch(`${emu.url}/api/v1/users`, {
      headers: { Authorization: `SSWS ${emu.apiToken}` },
    });
    await res.text();
  });
  await emu.close();
});

Deno.test("state: a JSON state file survives a restart", async () => {
  const dir = await Deno.makeTempDir();
  const path = `${dir}/org.json`;
  try {
    const a = createEmulator({ state: path, seed: "empty", apiToken: "t", rateLimits: false });
    const auth = { Authorization: "SSWS t", "Content-Type": "application/json" };
    const created = await a.fetch(
      new Request(`${a.orgUrl}/api/v1/groups`, {
        method: "POST",
        headers: auth,
        body: JSON.stringify({ profile: { name: "Persisted" } }),
      }),
    );
    const group = await created.json();
    await a.close();
    const b = createEmulator({ state: path, seed: "demo", apiToken: "t", rateLimits: false });
    const res = await b.fetch(
      new Request(`${b.orgUrl}/api/v1/groups/${group.id}`, { headers: auth }),
    );
    assert.equal(res.status, 200);
    assert.equal((await res.json()).profile.name, "Persisted");
    assert.equal(b.state.counts().users, 1, "the saved org wins over the seed");
    const more = await b.fetch(
      new Request(`${b.orgUrl}/api/v1/groups`, {
        method: "POST",
        headers: auth,
        body: JSON.stringify({ profile: { name: "Second" } }),
      }),
    );
    const second = await more.json();
    assert.notEqual(second.id, group.id);
    await b.close();
  } finally {
    await Deno.remove(dir, { recursive: true });
  }
});

Deno.test("state: a Deno KV path without --unstable-kv fails with a clear message", async () => {
  if (typeof (Deno as unknown as { openKv?: unknown }).openKv === "function") return;
  const emu = createEmulator({ state: "/nonexistent/org.kv" });
  await assert.rejects(emu.ready, /--unstable-kv/);
  await assert.rejects(emu.fetch(new Request(`${emu.orgUrl}/api/v1/users`)), /--unstable-kv/);
  await emu.close().catch(() => {});
});

Deno.test("scale: 100,000 generated users page by cursor", async () => {
  const emu = createEmulator({ seed: "empty", users: 100_000, rateLimits: false });
  assert.equal(emu.state.counts().users, 100_001);
  let url: string | undefined = `${emu.orgUrl}/api/v1/users?limit=200`;
  let total = 0;
  for (let i = 0; i < 3 && url; i++) {
    const res: Response = await emu.fetch(
      new Request(url, { headers: { Authorization: `SSWS ${emu.apiToken}` } }),
    );
    total += (await res.json()).length;
    url = /<([^>]+)>; rel="next"/.exec(res.headers.get("link") ?? "")?.[1];
  }
  assert.equal(total, 600);
  const tail = emu.state.users().at(-1)!;
  const r = await emu.fetch(
    new Request(`${emu.orgUrl}/api/v1/users/${tail.id}`, {
      headers: { Authorization: `SSWS ${emu.apiToken}` },
    }),
  );
  assert.equal((await r.json()).id, tail.id);
  await emu.close();
});

Deno.test("state: writes are saved within a second without close()", async () => {
  const dir = await Deno.makeTempDir();
  const path = `${dir}/org.json`;
  const a = createEmulator({ state: path, seed: "empty", apiToken: "t", rateLimits: false });
  try {
    await a.fetch(
      new Request(`${a.orgUrl}/api/v1/groups`, {
        method: "POST",
        headers: { Authorization: "SSWS t", "Content-Type": "application/json" },
        body: JSON.stringify({ profile: { name: "Autosaved" } }),
      }),
    );
    let text = "";
    for (let i = 0; i < 100 && !text.includes("Autosaved"); i++) {
      await new Promise((r) => setTimeout(r, 50));
      text = await Deno.readTextFile(path).catch(() => "");
    }
    assert.ok(text.includes("Autosaved"), "the state file holds the new group before close()");
  } finally {
    await a.close();
    await Deno.remove(dir, { recursive: true });
  }
});
