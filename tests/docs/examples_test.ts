// Every script in examples/ runs against a served emulator exactly as a user would run it
// against a real org (OKTA_* variables, the documented permissions narrowed to loopback), and
// its output and the org's state afterwards are checked.
import assert from "node:assert/strict";
import { createOkta, type Okta } from "../../mod.ts";
import { type ServedEmulator, startEmulator } from "../../emulator.ts";
import { describe, EXAMPLE_FLAGS, ROOT, runDeno, type RunResult } from "./_run.ts";

const EXAMPLES = new URL("../../examples/", import.meta.url);

/** Runs an example; after the install step it must not download anything (Deno says `Download`). */
async function runExample(file: string, env: Record<string, string>): Promise<RunResult> {
  const result = await runDeno(["run", ...EXAMPLE_FLAGS, `examples/${file}`], env);
  assert.doesNotMatch(result.stderr, /^Download /m, describe(result));
  return result;
}

function tokenEnv(emulator: ServedEmulator): Record<string, string> {
  return { OKTA_ORG_URL: emulator.url, OKTA_API_TOKEN: emulator.apiToken };
}

function clientOf(emulator: ServedEmulator): Okta {
  return createOkta({ orgUrl: emulator.url, apiToken: emulator.apiToken, env: {} });
}

function assertLines(result: RunResult, patterns: (string | RegExp)[]): void {
  assert.equal(result.code, 0, describe(result));
  for (const pattern of patterns) {
    const found = typeof pattern === "string"
      ? result.stdout.includes(pattern)
      : pattern.test(result.stdout);
    assert.ok(found, `expected ${pattern} in the output\n${describe(result)}`);
  }
}

async function withEmulator(
  fn: (emulator: ServedEmulator, okta: Okta) => Promise<void>,
  options: Parameters<typeof startEmulator>[0] = {},
): Promise<void> {
  const emulator = await startEmulator({ seed: "demo", port: 0, ...options });
  try {
    await fn(emulator, clientOf(emulator));
  } finally {
    await emulator.close();
  }
}

async function countUsers(okta: Okta): Promise<number> {
  let n = 0;
  for await (const _ of okta.users.list().limit(200)) n++;
  return n;
}

async function rsaKey(
  kid: string,
): Promise<{ pem: string; publicJwk: JsonWebKey & { kid: string } }> {
  const pair = await crypto.subtle.generateKey(
    {
      name: "RSASSA-PKCS1-v1_5",
      modulusLength: 2048,
      publicExponent: new Uint8Array([1, 0, 1]),
      hash: "SHA-256",
    },
    true,
    ["sign", "verify"],
  );
  const der = new Uint8Array(await crypto.subtle.exportKey("pkcs8", pair.privateKey));
  const b64 = btoa(String.fromCharCode(...der)).replace(/.{64}/g, "$&\n");
  const pem = `-----BEGIN PRIVATE KEY-----\n${b64}\n-----END PRIVATE KEY-----\n`;
  const publicJwk = { ...(await crypto.subtle.exportKey("jwk", pair.publicKey)), kid };
  return { pem, publicJwk };
}

/** A forward HTTP proxy on loopback that records each connection's first request line. */
function startProxy(): { url: string; requestLines: string[]; close(): Promise<void> } {
  const listener = Deno.listen({ hostname: "127.0.0.1", port: 0 });
  const requestLines: string[] = [];
  const handlers: Promise<void>[] = [];
  const handle = async (conn: Deno.Conn): Promise<void> => {
    let upstream: Deno.Conn | undefined;
    try {
      const buffer = new Uint8Array(65536);
      const n = await conn.read(buffer);
      if (n === null) return;
      const head = buffer.subarray(0, n);
      const line = new TextDecoder().decode(head).split("\r\n", 1)[0];
      requestLines.push(line);
      const target = new URL(line.split(" ")[1]);
      upstream = await Deno.connect({ hostname: target.hostname, port: Number(target.port) });
      await upstream.write(head);
      await Promise.all([
        conn.readable.pipeTo(upstream.writable).catch(() => {}),
        upstream.readable.pipeTo(conn.writable).catch(() => {}),
      ]);
    } catch {
      try {
        conn.close();
      } catch { /* already closed */ }
      try {
        upstream?.close();
      } catch { /* already closed */ }
    }
  };
  const accepting = (async () => {
    try {
      for await (const conn of listener) handlers.push(handle(conn));
    } catch { /* listener closed */ }
  })();
  const { port } = listener.addr as Deno.NetAddr;
  return {
    url: `http://127.0.0.1:${port}`,
    requestLines,
    async close() {
      listener.close();
      await accepting;
      await Promise.all(handlers);
    },
  };
}

type Case = () => Promise<void>;

const CASES: Record<string, Case> = {
  "demo.ts": async () => {
    // Through the deno.json task itself: it grants no permissions at all.
    const result = await runDeno(["task", "demo"], {});
    assertLines(result, [
      "1. Groups whose type is OKTA_GROUP",
      /Engineering now has \d+ members, Ada included: true/,
      /… \d+ users in all/,
      "user.lifecycle.create",
      "404 E0000007",
    ]);
  },

  "create_group.ts": () =>
    withEmulator(async (emulator, okta) => {
      const before = (await okta.groups.list().toArray()).length;
      const result = await runExample("create_group.ts", tokenEnv(emulator));
      assertLines(result, [
        /created 00g\S+ West Coast users/,
        /East Coast users \(type OKTA_GROUP\)/,
      ]);
      assert.equal((result.stdout.match(/^deleted 00g/gm) ?? []).length, 2, describe(result));
      assert.equal((await okta.groups.list().toArray()).length, before, "groups left behind");
    }),

  "users.ts": () =>
    withEmulator(async (emulator, okta) => {
      const before = await countUsers(okta);
      const result = await runExample("users.ts", tokenEnv(emulator));
      assertLines(result, [
        "me: ",
        "john.doe@example.com: STAGED",
        "Example new hires members: john.doe@example.com",
        "jane.doe@example.com: ACTIVE",
        "password echoed back: false",
        "by login, Jane Doe",
      ]);
      assert.equal(await countUsers(okta), before, "users left behind");
      // A bounded query (until): a System Log listing without one never ends (polling).
      const events = await okta.logs.list().until(new Date(Date.now() + 60_000).toISOString())
        .filter('eventType eq "user.lifecycle.delete.completed"').toArray();
      assert.ok(events.length >= 2, "the two deletes are in the System Log");
    }),

  "pagination.ts": () =>
    withEmulator(async (emulator, okta) => {
      const total = await countUsers(okta);
      assert.ok(total > 20, "the demo org has several pages of users");
      const result = await runExample("pagination.ts", tokenEnv(emulator));
      const pages = Math.ceil(total / 10);
      assertLines(result, [
        `for await: ${total} users`,
        `page ${pages}: ${total - (pages - 1) * 10} users`,
        `resumed: ${total - 10} more users, ${total} in all`,
      ]);
      assert.ok(!result.stdout.includes(`page ${pages + 1}:`), describe(result));
    }),

  "search_filter_q.ts": () =>
    withEmulator(async (emulator) => {
      const result = await runExample("search_filter_q.ts", tokenEnv(emulator));
      assertLines(result, [
        "/api/v1/groups?search=type+eq+%22OKTA_GROUP%22 200",
        "search=profile.name+eq+%22IT+Admins%22",
        "lastUpdated+gt+%222016-11-11T00%3A00%3A00.000Z%22",
        /filter id eq 00g\S+: 1 group/,
        "q everyone: Everyone",
        "search with a quote-laden value: 0 users",
      ]);
    }),

  "system_log.ts": () =>
    withEmulator(async (emulator, okta) => {
      const since = new Date(Date.now() - 7 * 86_400_000).toISOString();
      const until = new Date(Date.now() + 60_000).toISOString();
      const signIns = await okta.logs.list().since(since).until(until)
        .filter('eventType eq "user.session.start"').toArray();
      assert.ok(signIns.length > 0);
      const result = await runExample("system_log.ts", tokenEnv(emulator));
      assertLines(result, [new RegExp(`^\\s+${signIns.length}\\s+user\\.session\\.start$`, "m")]);
      assert.equal((result.stdout.match(/^sign-in /gm) ?? []).length, 3, describe(result));
    }),

  "error_handling.ts": () =>
    withEmulator(async (emulator) => {
      const result = await runExample("error_handling.ts", tokenEnv(emulator));
      assertLines(result, [
        "status:       404",
        "errorCode:    E0000007",
        "errorLink:    E0000007",
        "errorId:      (set)",
        "requestId:    (set)",
        "call:         GET /api/v1/users/no.such.user%40example.com (getUser)",
        "400 E0000001",
        "OktaConfigError (orgUrl)",
        "instanceof OktaError: true",
      ]);
      assert.ok(
        !result.stdout.includes(emulator.apiToken) && !result.stderr.includes(emulator.apiToken),
      );
    }),

  "rate_limits.ts": () =>
    // Three group reads per second: the example meets a 429 with and without retries.
    withEmulator(async (emulator) => {
      const result = await runExample("rate_limits.ts", tokenEnv(emulator));
      assertLines(result, [
        /groups bucket: 2 of 3 left/,
        "429 E0000047",
        /429 on GET \S+ retry 1 of 4/,
        "5 more calls with maxRetries: 4: all succeeded",
      ]);
    }, { rateLimits: { buckets: { groups: 3 }, windowMs: 1000 } }),

  "api_token_and_headers.ts": () =>
    withEmulator(async (emulator) => {
      const result = await runExample("api_token_and_headers.ts", tokenEnv(emulator));
      assertLines(result, [
        "SSWS: admin@example.com (prefix SSWS)",
        /apiKeyPrefix: SSWS, 00u/,
        "manual header: admin@example.com",
        /with headers: 2 groups; User-Agent oktakit\/\S+ deno\/\S+ \S+ my-runbook\/1\.0/,
        "token visible: false",
      ]);
      assert.ok(!result.stdout.includes(emulator.apiToken));
    }),

  "proxy.ts": () =>
    withEmulator(async (emulator) => {
      const proxy = startProxy();
      try {
        const result = await runExample("proxy.ts", {
          ...tokenEnv(emulator),
          OKTA_EXAMPLE_PROXY: proxy.url,
        });
        assertLines(result, [`via ${proxy.url}/: 3 users`]);
        assert.ok(
          proxy.requestLines.some((line) =>
            line.startsWith(`GET ${emulator.url}/api/v1/users?limit=3 HTTP/1.1`)
          ),
          `the proxy saw: ${JSON.stringify(proxy.requestLines)}`,
        );
      } finally {
        await proxy.close();
      }
    }),

  "create_app.ts": () =>
    withEmulator(async (emulator, okta) => {
      const before = (await okta.apps.list().toArray()).length;
      const result = await runExample("create_app.ts", tokenEnv(emulator));
      assertLines(result, [
        /created 0oa\S+ "Example native app" \(OPENID_CONNECT, ACTIVE\)/,
        /deactivated and deleted 0oa/,
      ]);
      assert.equal((await okta.apps.list().toArray()).length, before, "apps left behind");
    }),

  "service_app.ts": () =>
    withEmulator(async (emulator) => {
      const key = await rsaKey("example-key");
      emulator.oauth.registerClient({
        clientId: "0oaexampleservice",
        jwks: { keys: [key.publicJwk] },
        scopes: ["okta.users.read", "okta.groups.read"],
        grantTypes: ["client_credentials"],
        roles: ["READ_ONLY_ADMIN"],
      });
      const result = await runExample("service_app.ts", {
        OKTA_ORG_URL: emulator.url,
        OKTA_CLIENT_AUTHORIZATIONMODE: "PrivateKey",
        OKTA_CLIENT_CLIENTID: "0oaexampleservice",
        OKTA_CLIENT_KEYID: "example-key",
        OKTA_CLIENT_PRIVATEKEY: key.pem,
        OKTA_CLIENT_SCOPES: "okta.users.read okta.groups.read",
      });
      assertLines(result, [
        "auth: private_key_jwt, scopes: okta.users.read okta.groups.read",
        "5 users and 5 groups",
        "listUsers needs one of: okta.users.read",
        "token revoked",
        "after revoke: 1 user",
      ]);
      const stats = emulator.oauth.stats;
      assert.equal(stats.tokenRequests["client_credentials"], 2, JSON.stringify(stats));
      assert.equal(stats.revokeRequests, 2, JSON.stringify(stats));
      assert.ok(!result.stdout.includes("PRIVATE KEY") && !result.stderr.includes("PRIVATE KEY"));
    }),

  "device_grant.ts": () =>
    withEmulator(async (emulator) => {
      emulator.oauth.registerClient({
        clientId: "0oaexamplenative",
        scopes: ["okta.groups.read"],
        grantTypes: ["urn:ietf:params:oauth:grant-type:device_code"],
      });
      emulator.oauth.configure({ deviceInterval: 1 });
      const { childEnv } = await import("./_run.ts");
      const child = new Deno.Command(Deno.execPath(), {
        args: ["run", ...EXAMPLE_FLAGS, "examples/device_grant.ts"],
        cwd: ROOT,
        clearEnv: true,
        env: childEnv({
          OKTA_ORG_URL: emulator.url,
          OKTA_CLIENT_AUTHORIZATIONMODE: "Device",
          OKTA_CLIENT_CLIENTID: "0oaexamplenative",
          OKTA_CLIENT_SCOPES: "okta.groups.read",
        }),
        stdin: "null",
        stdout: "piped",
        stderr: "piped",
      }).spawn();
      const stderr = new Response(child.stderr).text();
      let stdout = "";
      let approved = false;
      for await (const chunk of child.stdout.pipeThrough(new TextDecoderStream())) {
        stdout += chunk;
        const code = /enter the code (\S+)/.exec(stdout)?.[1];
        if (code && !approved) {
          emulator.oauth.approveDevice(code);
          approved = true;
        }
      }
      const status = await child.status;
      const result = { code: status.code, stdout, stderr: await stderr };
      assert.ok(approved, describe(result));
      assertLines(result, [
        "auth: device",
        /Open \S+\/activate and enter the code/,
        /^00g\S+\s+Everyone$/m,
        "signed out: token revoked",
      ]);
      assert.equal(emulator.oauth.stats.revokeRequests, 1);
    }),

  "emulator_test.ts": async () => {
    const result = await runDeno(["test", "examples/emulator_test.ts"], {});
    assert.equal(result.code, 0, describe(result));
    assert.match(result.stdout, /ok \| 3 passed \| 0 failed/, describe(result));
  },
};

Deno.test("docs: every file in examples/ has a check here", async () => {
  const files: string[] = [];
  for await (const entry of Deno.readDir(EXAMPLES)) {
    if (entry.isFile && entry.name.endsWith(".ts")) files.push(entry.name);
  }
  assert.deepEqual(files.sort(), Object.keys(CASES).sort());
  // Each documents how to run it: the permissions the test grants, or the task/test command.
  for (const file of files) {
    const source = await Deno.readTextFile(new URL(file, EXAMPLES));
    const documented =
      source.includes(`deno run --allow-net --allow-env=OKTA_* examples/${file}`) ||
      source.includes(`deno test examples/${file}`) || file === "demo.ts";
    assert.ok(documented, `examples/${file} does not say how to run it`);
    assert.match(source, /^\/\*\*\n \* \S/, `examples/${file} starts with a doc comment`);
  }
});

for (const [file, run] of Object.entries(CASES)) {
  Deno.test(`docs: examples/${file} runs against the emulator`, run);
}
