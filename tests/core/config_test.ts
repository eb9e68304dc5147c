import assert from "node:assert/strict";
import { createOkta, OktaConfigError } from "../../mod.ts";
import { CANARY, json, startServer } from "./_server.ts";
import { resolveConfig } from "../../src/core/config.ts";

const ORG = "https://dev-123.okta.com";

/** An env record that remembers which variables were read. */
function trackingEnv(values: Record<string, string> = {}) {
  const reads: string[] = [];
  const env = new Proxy(values, {
    get(target, key) {
      reads.push(String(key));
      return target[String(key)];
    },
  }) as Record<string, string | undefined>;
  return { env, reads };
}

function configError(fn: () => unknown): OktaConfigError {
  try {
    fn();
  } catch (e) {
    assert.ok(e instanceof OktaConfigError, `expected OktaConfigError, got ${e}`);
    return e;
  }
  assert.fail("no error thrown");
}

Deno.test("missing org URL names the option and the env vars", () => {
  const error = configError(() => createOkta({ apiToken: CANARY, env: {} }));
  assert.equal(error.setting, "orgUrl");
  assert.equal(error.envVar, "OKTA_ORG_URL");
  assert.match(error.message, /orgUrl/);
  assert.match(error.message, /OKTA_ORG_URL/);
  assert.match(error.message, /OKTA_CLIENT_ORGURL/);
});

Deno.test("missing credentials name the options and the env vars", () => {
  const error = configError(() => createOkta({ orgUrl: ORG, env: {} }));
  assert.equal(error.setting, "apiToken");
  assert.equal(error.envVar, "OKTA_API_TOKEN");
  for (
    const word of [
      "apiToken",
      "OKTA_API_TOKEN",
      "OKTA_CLIENT_TOKEN",
      "accessToken",
      "OKTA_ACCESS_TOKEN",
    ]
  ) {
    assert.ok(error.message.includes(word), `${word} missing from: ${error.message}`);
  }
});

Deno.test("http: is refused except for loopback hosts", () => {
  const error = configError(() =>
    createOkta({ orgUrl: "http://dev-123.okta.com", apiToken: CANARY })
  );
  assert.equal(error.setting, "orgUrl");
  assert.match(error.message, /https/);
  for (const url of ["http://127.0.0.1:8080", "http://localhost:3000", "http://[::1]:4000"]) {
    assert.equal(createOkta({ orgUrl: url, apiToken: CANARY }).config.orgUrl, url);
  }
  configError(() => createOkta({ orgUrl: "ftp://dev-123.okta.com", apiToken: CANARY }));
});

Deno.test("an org URL with a path, query or credentials is refused; the env var is named when it came from env", () => {
  const withPath = configError(() => createOkta({ orgUrl: `${ORG}/api/v1`, apiToken: CANARY }));
  assert.equal(withPath.setting, "orgUrl");
  assert.match(withPath.message, /without a path/);
  configError(() => createOkta({ orgUrl: `${ORG}/?x=1`, apiToken: CANARY }));
  configError(() => createOkta({ orgUrl: "https://user:pw@dev-123.okta.com", apiToken: CANARY }));
  configError(() => createOkta({ orgUrl: "https://dev-123-admin.okta.com", apiToken: CANARY }));
  configError(() => createOkta({ orgUrl: "not a url", apiToken: CANARY }));
  const fromEnv = configError(() =>
    createOkta({ apiToken: CANARY, env: { OKTA_CLIENT_ORGURL: `${ORG}/oauth2` } })
  );
  assert.equal(fromEnv.envVar, "OKTA_CLIENT_ORGURL");
  assert.match(fromEnv.message, /OKTA_CLIENT_ORGURL/);
  // A trailing slash is fine.
  assert.equal(createOkta({ orgUrl: `${ORG}/`, apiToken: CANARY }).config.orgUrl, ORG);
});

Deno.test({
  name:
    "no env permission: a clear OktaConfigError pointing at --allow-env=OKTA_*, and none needed when options suffice",
  permissions: { env: false },
  fn() {
    const error = configError(() => createOkta({ apiToken: CANARY }));
    assert.equal(error.setting, "orgUrl");
    assert.equal(error.envVar, "OKTA_ORG_URL");
    assert.match(error.message, /--allow-env=OKTA_\*/);
    assert.ok(error.cause === undefined || !String(error.cause).includes(CANARY));
    // Everything given in options: no env access needed at all.
    const okta = createOkta({ orgUrl: ORG, apiToken: CANARY });
    assert.equal(okta.config.debug, false);
  },
});

Deno.test("env is never read for a setting given in options", () => {
  const quiet = trackingEnv({
    OKTA_ORG_URL: "https://other.okta.com",
    OKTA_API_TOKEN: "other-token",
  });
  const okta = createOkta({ orgUrl: ORG, apiToken: CANARY, debug: false, env: quiet.env });
  assert.deepEqual(quiet.reads, []);
  assert.equal(okta.config.orgUrl, ORG);

  // Only the settings not given are looked up.
  const partial = trackingEnv({ OKTA_ORG_URL: "https://other.okta.com" });
  createOkta({ apiToken: CANARY, debug: false, env: partial.env });
  assert.deepEqual(partial.reads, ["OKTA_ORG_URL"]);
});

Deno.test("settings come from the env: Okta SDK names, OKTA_ACCESS_TOKEN, OKTA_DEBUG", async () => {
  const server = startServer((r) => json({ auth: r.headers.get("authorization") }));
  try {
    const lines: string[] = [];
    const sdk = createOkta({
      env: { OKTA_CLIENT_ORGURL: server.origin, OKTA_CLIENT_TOKEN: CANARY },
      logger: { debug: (m) => lines.push(m) },
    });
    assert.equal(sdk.config.authorizationMode, "SSWS");
    assert.deepEqual(await sdk.request("GET", "/x"), { auth: `SSWS ${CANARY}` });
    assert.equal(lines.length, 1);

    const bearer = createOkta({ env: { OKTA_ORG_URL: server.origin, OKTA_ACCESS_TOKEN: CANARY } });
    assert.equal(bearer.config.authorizationMode, "Bearer");
    assert.deepEqual(await bearer.request("GET", "/x"), { auth: `Bearer ${CANARY}` });
    assert.equal(bearer.config.debug, false);

    const debug = createOkta({
      env: { OKTA_ORG_URL: server.origin, OKTA_API_TOKEN: CANARY, OKTA_DEBUG: "1" },
    });
    assert.equal(debug.config.debug, true);
  } finally {
    await server.close();
  }
});

Deno.test("OAuth modes: missing settings name option and env var; scopes and key settings reach the config", () => {
  const noClient = configError(() =>
    createOkta({ orgUrl: ORG, env: { OKTA_CLIENT_AUTHORIZATIONMODE: "PrivateKey" } })
  );
  assert.equal(noClient.setting, "clientId");
  assert.equal(noClient.envVar, "OKTA_CLIENT_CLIENTID");
  const noScopes = configError(() =>
    createOkta({ orgUrl: ORG, authorizationMode: "Device", clientId: "0oa1", env: {} })
  );
  assert.equal(noScopes.setting, "scopes");
  assert.equal(noScopes.envVar, "OKTA_CLIENT_SCOPES");
  const noKey = configError(() =>
    createOkta({
      orgUrl: ORG,
      authorizationMode: "PrivateKey",
      clientId: "0oa1",
      scopes: ["okta.users.read"],
      env: {},
    })
  );
  assert.equal(noKey.setting, "privateKey");
  assert.equal(noKey.envVar, "OKTA_CLIENT_PRIVATEKEY");
  const badMode = configError(() =>
    createOkta({ orgUrl: ORG, env: { OKTA_CLIENT_AUTHORIZATIONMODE: "Password" } })
  );
  assert.equal(badMode.envVar, "OKTA_CLIENT_AUTHORIZATIONMODE");
  const both = configError(() =>
    createOkta({ orgUrl: ORG, apiToken: "a-token-1", accessToken: "a-token-2" })
  );
  assert.equal(both.setting, "authorizationMode");

  const device = createOkta({
    orgUrl: ORG,
    env: {
      OKTA_CLIENT_AUTHORIZATIONMODE: "device",
      OKTA_CLIENT_CLIENTID: "0oa1native",
      OKTA_CLIENT_SCOPES: "okta.users.read, okta.groups.read",
    },
  });
  assert.equal(device.config.authorizationMode, "Device");
  assert.equal(device.config.clientId, "0oa1native");
  assert.deepEqual(device.config.scopes, ["okta.users.read", "okta.groups.read"]);
});

Deno.test("numeric options are validated; the config view is frozen and holds no credential", () => {
  assert.equal(
    configError(() => createOkta({ orgUrl: ORG, apiToken: CANARY, maxRetries: -1 })).setting,
    "maxRetries",
  );
  assert.equal(
    configError(() => createOkta({ orgUrl: ORG, apiToken: CANARY, requestTimeout: 1.5 })).setting,
    "requestTimeout",
  );
  assert.equal(
    configError(() =>
      createOkta({ orgUrl: ORG, apiToken: CANARY, proxy: "http://p:1", fetch: () => json({}) })
    )
      .setting,
    "proxy",
  );
  const okta = createOkta({
    orgUrl: ORG,
    apiToken: CANARY,
    defaultHeaders: { Authorization: `SSWS ${CANARY}`, "X-Team": "iam" },
    proxy: `http://user:${CANARY}@proxy.local:3128`,
  });
  try {
    assert.ok(Object.isFrozen(okta.config));
    assert.equal(okta.config.maxRetries, 2);
    assert.equal(okta.config.requestTimeout, 120_000);
    assert.equal(okta.config.defaultHeaders["X-Team"], "iam");
    const shown = JSON.stringify(okta.config) + Deno.inspect(okta.config);
    assert.ok(!shown.includes(CANARY), shown);
    assert.throws(() => {
      (okta.config as { maxRetries: number }).maxRetries = 9;
    });
  } finally {
    okta.close();
  }
});

Deno.test("the process environment is read when no env record is given (subprocess)", async () => {
  const script = `
    import { createOkta } from ${JSON.stringify(new URL("../../mod.ts", import.meta.url).href)};
    try {
      const okta = createOkta();
      console.log(JSON.stringify({ orgUrl: okta.config.orgUrl, mode: okta.config.authorizationMode }));
    } catch (e) { console.log(JSON.stringify({ error: e.name, message: e.message })); }
  `;
  const run = async (env: Record<string, string>, allowEnv: boolean) => {
    const args = [
      "run",
      "--no-check",
      "--no-prompt",
      ...(allowEnv ? ["--allow-env=OKTA_*"] : []),
      "-",
    ];
    const child = new Deno.Command(Deno.execPath(), {
      args,
      env,
      cwd: new URL("../../", import.meta.url),
      stdin: "piped",
      stdout: "piped",
      stderr: "null",
    }).spawn();
    const writer = child.stdin.getWriter();
    await writer.write(new TextEncoder().encode(script));
    await writer.close();
    const { stdout } = await child.output();
    return JSON.parse(new TextDecoder().decode(stdout).trim().split("\n").at(-1)!);
  };
  const env = { OKTA_ORG_URL: ORG, OKTA_API_TOKEN: CANARY };
  assert.deepEqual(await run(env, true), { orgUrl: ORG, mode: "SSWS" });
  const denied = await run(env, false);
  assert.equal(denied.error, "OktaConfigError");
  assert.match(denied.message, /--allow-env=OKTA_\*/);
  assert.ok(!denied.message.includes(CANARY));
});

Deno.test("OKTA_DEBUG=1 writes redacted request lines to stderr (subprocess)", async () => {
  const server = startServer(() =>
    json({ id: "me" }, { headers: { "x-okta-request-id": "req-dbg" } })
  );
  try {
    const script = `
      import { createOkta } from ${JSON.stringify(new URL("../../mod.ts", import.meta.url).href)};
      await createOkta().request("GET", "/api/v1/users/me");
    `;
    const child = new Deno.Command(Deno.execPath(), {
      args: [
        "run",
        "--no-check",
        "--no-prompt",
        "--allow-env=OKTA_*",
        "--allow-net=127.0.0.1",
        "-",
      ],
      env: { OKTA_ORG_URL: server.origin, OKTA_API_TOKEN: CANARY, OKTA_DEBUG: "1" },
      cwd: new URL("../../", import.meta.url),
      stdin: "piped",
      stdout: "piped",
      stderr: "piped",
    }).spawn();
    const writer = child.stdin.getWriter();
    await writer.write(new TextEncoder().encode(script));
    await writer.close();
    const { code, stderr, stdout } = await child.output();
    const err = new TextDecoder().decode(stderr);
    assert.equal(code, 0, err);
    assert.equal(new TextDecoder().decode(stdout), "");
    assert.match(
      err,
      /oktakit GET http:\/\/127\.0\.0\.1:\d+\/api\/v1\/users\/me 200 \d+ ms request-id=req-dbg/,
    );
    assert.ok(!err.includes(CANARY));
    assert.equal(server.requests[0].headers.get("authorization"), `SSWS ${CANARY}`);
  } finally {
    await server.close();
  }
});

Deno.test("the device grant's token cache setting comes from OKTA_CLIENT_TOKENCACHE unless given", () => {
  const env = {
    OKTA_ORG_URL: "https://dev-1.okta.com",
    OKTA_CLIENT_AUTHORIZATIONMODE: "Device",
    OKTA_CLIENT_CLIENTID: "0oaclient",
    OKTA_CLIENT_SCOPES: "okta.users.read",
    OKTA_CLIENT_TOKENCACHE: "1",
  };
  assert.equal(resolveConfig({ env }).authSettings?.tokenCache, true);
  assert.equal(
    resolveConfig({ env: { ...env, OKTA_CLIENT_TOKENCACHE: "/tmp/okta-tokens.json" } }).authSettings
      ?.tokenCache,
    "/tmp/okta-tokens.json",
  );
  assert.equal(
    resolveConfig({ env, oauth: { tokenCache: false } }).authSettings?.tokenCache,
    false,
  );
  assert.equal(
    resolveConfig({ env: { ...env, OKTA_CLIENT_TOKENCACHE: undefined } }).authSettings?.tokenCache,
    undefined,
  );
});
