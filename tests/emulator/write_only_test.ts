// Write-only means write-only: secrets the spec marks `writeOnly` (and an OAuth inline hook
// channel's clientSecret) are accepted and stored by the served emulator, but no create, read,
// update or list response carries them.
import assert from "node:assert/strict";
import { startEmulator } from "../../emulator.ts";
import { WRITE_ONLY_FIELDS } from "../../src/generated/write_only.ts";
import { isWriteOnly, withoutWriteOnly } from "../../src/emulator/write_only.ts";
import { snapshotGeneric } from "../../src/emulator/generic.ts";
import { orgOf } from "../../src/emulator/mod.ts";

const TOKEN = "write-only-token-1";

async function send(base: string, method: string, path: string, body?: unknown) {
  const res = await fetch(`${base}${path}`, {
    method,
    headers: { Authorization: `SSWS ${TOKEN}`, "Content-Type": "application/json" },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  return { status: res.status, text: await res.text() };
}

function channel(config: Record<string, unknown>) {
  return {
    type: "HTTP",
    version: "1.0.0",
    config: { uri: "https://hooks.example.com/h", ...config },
  };
}

/** One secret per case: where it is created, its body, and the secret value inside. */
const CASES: { name: string; collection: string; secret: string; body: unknown }[] = [
  {
    name: "inline hook authScheme.value",
    collection: "/api/v1/inlineHooks",
    secret: "inline-auth-secret-7f3a",
    body: {
      name: "Import transform",
      type: "com.okta.import.transform",
      version: "1.0.0",
      channel: channel({
        authScheme: { type: "HEADER", key: "Authorization", value: "inline-auth-secret-7f3a" },
      }),
    },
  },
  {
    name: "OAuth inline hook channel clientSecret",
    collection: "/api/v1/inlineHooks",
    secret: "oauth-client-secret-91bd",
    body: {
      name: "Token transform",
      type: "com.okta.oauth2.tokens.transform",
      version: "1.0.0",
      channel: {
        type: "OAUTH",
        version: "1.0.0",
        config: {
          uri: "https://hooks.example.com/oauth",
          method: "POST",
          authType: "client_secret_post",
          clientId: "0oahookclient",
          clientSecret: "oauth-client-secret-91bd",
          tokenUrl: "https://auth.example.com/oauth2/v1/token",
          scope: "hooks",
        },
      },
    },
  },
  {
    name: "event hook authScheme.value",
    collection: "/api/v1/eventHooks",
    secret: "event-auth-secret-c0de",
    body: {
      name: "User events",
      events: { type: "EVENT_TYPE", items: ["user.lifecycle.create"] },
      channel: channel({
        authScheme: { type: "HEADER", key: "X-Hook-Key", value: "event-auth-secret-c0de" },
      }),
    },
  },
  {
    name: "CAPTCHA secretKey",
    collection: "/api/v1/captchas",
    secret: "captcha-secret-key-55aa",
    body: {
      name: "hCaptcha",
      type: "HCAPTCHA",
      siteKey: "site-key-public",
      secretKey: "captcha-secret-key-55aa",
    },
  },
  {
    name: "APNs push provider configuration.tokenSigningKey",
    collection: "/api/v1/push-providers",
    secret: "apns-signing-key-0b0e",
    body: {
      name: "APNs",
      providerType: "APNS",
      configuration: {
        keyId: "ABC123DEFG",
        teamId: "DEF123GHIJ",
        fileName: "AuthKey.p8",
        tokenSigningKey: "apns-signing-key-0b0e",
      },
    },
  },
  {
    name: "Splunk log stream settings.token",
    collection: "/api/v1/logStreams",
    secret: "splunk-hec-token-d00d",
    body: {
      name: "Splunk",
      type: "splunk_cloud_logstreaming",
      settings: {
        host: "acme.splunkcloud.com",
        edition: "aws",
        token: "splunk-hec-token-d00d",
      },
    },
  },
];

Deno.test("write-only: the generated list holds the spec's marks and the unmarked clientSecret", () => {
  const pairs = WRITE_ONLY_FIELDS.map(([parent, field]) => `${parent}.${field}`);
  for (
    const expected of [
      "authScheme.value",
      "config.clientSecret",
      "null.secretKey",
      "configuration.tokenSigningKey",
      "configuration.serviceAccountJson",
      "settings.token",
      "recovery_question.answer",
    ]
  ) assert.ok(pairs.includes(expected), `${expected} is listed`);
  // A common name is write-only only under the parent the spec marks it in.
  assert.equal(isWriteOnly("authScheme", "value"), true);
  assert.equal(isWriteOnly(null, "value"), false);
  assert.equal(isWriteOnly("profile", "value"), false);
  assert.deepEqual(
    withoutWriteOnly({ value: 1, channel: { config: { authScheme: { key: "k", value: "s" } } } }),
    { value: 1, channel: { config: { authScheme: { key: "k" } } } },
  );
});

Deno.test("served emulator: write-only secrets are stored but never in a create, get, update or list response", async () => {
  const emu = await startEmulator({ port: 0, apiToken: TOKEN, rateLimits: false });
  try {
    for (const c of CASES) {
      const created = await send(emu.url, "POST", c.collection, c.body);
      assert.ok(created.status < 300, `${c.name}: create → ${created.status} ${created.text}`);
      assert.ok(!created.text.includes(c.secret), `${c.name}: create response has the secret`);
      const id = JSON.parse(created.text).id;
      assert.ok(id, `${c.name}: created with an id`);
      const got = await send(emu.url, "GET", `${c.collection}/${id}`);
      assert.equal(got.status, 200, `${c.name}: get → ${got.text}`);
      assert.ok(!got.text.includes(c.secret), `${c.name}: get response has the secret`);
      const listed = await send(emu.url, "GET", c.collection);
      assert.equal(listed.status, 200, `${c.name}: list → ${listed.text}`);
      assert.ok(listed.text.includes(id), `${c.name}: the list shows the item`);
      assert.ok(!listed.text.includes(c.secret), `${c.name}: list response has the secret`);
    }
    // A partial update answers without the secret too, and keeps the stored one.
    const hooks = JSON.parse((await send(emu.url, "GET", "/api/v1/inlineHooks")).text);
    const hook = hooks.find((h: { name: string }) => h.name === "Import transform");
    const renamed = await send(emu.url, "POST", `/api/v1/inlineHooks/${hook.id}`, {
      name: "Import transform 2",
    });
    assert.equal(renamed.status, 200, renamed.text);
    assert.equal(JSON.parse(renamed.text).name, "Import transform 2");
    assert.ok(!renamed.text.includes(CASES[0].secret));
    // Stored, not dropped: the long tail's store still holds every secret.
    const stored = JSON.stringify(snapshotGeneric(orgOf(emu)));
    for (const c of CASES) assert.ok(stored.includes(c.secret), `${c.name} is stored`);
  } finally {
    await emu.close();
  }
});
