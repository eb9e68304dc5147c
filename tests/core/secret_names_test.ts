// One secret-name list: case/style-insensitive, used by redaction of text, query parameters and
// form fields, so the debug log never shows a token that travels in a URL.
import assert from "node:assert/strict";
import { createOkta } from "../../mod.ts";
import { redact, redactUrl } from "../../src/core/redact.ts";
import { isSecretFieldName, SECRET_FIELD_NAMES } from "../../src/core/secret_names.ts";
import { json, startServer } from "./_server.ts";

const URL_SECRETS = [
  "sessionToken",
  "recoveryToken",
  "activationToken",
  "stateToken",
  "password",
  "passCode",
  "clientSecret",
  "client_secret",
  "privateKey",
  "token",
];

Deno.test("secret names: one list, matched whatever the case or style", () => {
  for (const name of SECRET_FIELD_NAMES) assert.ok(isSecretFieldName(name), name);
  for (
    const name of ["client_secret", "ClientSecret", "CLIENT-SECRET", "session_token", "PASSCODE"]
  ) {
    assert.ok(isSecretFieldName(name), name);
  }
  for (const name of ["clientId", "login", "status", "tokenType", "name"]) {
    assert.ok(!isSecretFieldName(name), name);
  }
});

Deno.test("redact masks every secret-named query parameter, form field and JSON field", () => {
  const query = URL_SECRETS.map((n, i) => `${n}=value${i}secret`).join("&");
  const url = redactUrl(`https://example.okta.com/oauth2/v1/authorize?client_id=0oa1&${query}`);
  for (let i = 0; i < URL_SECRETS.length; i++) assert.ok(!url.includes(`value${i}secret`), url);
  assert.ok(url.includes("client_id=0oa1"));
  const body = JSON.stringify({
    clientSecret: "cs-123456",
    client_secret: "cs-654321",
    login: "ann",
  });
  const masked = redact(body);
  assert.ok(!masked.includes("cs-123456") && !masked.includes("cs-654321"), masked);
  assert.ok(masked.includes('"login":"ann"'));
  // A URL inside prose: the secret after other name:value text is still found.
  assert.equal(
    redact("bad orgUrl https://dev-1.okta.com/?session_token=st-987654"),
    "bad orgUrl https://dev-1.okta.com/?session_token=[REDACTED]",
  );
  // Okta's own prose about a field stays readable.
  assert.equal(
    redact("password: Password requirements were not met"),
    "password: Password requirements were not met",
  );
});

Deno.test("debug log: a request with each secret query parameter shows none of their values", async () => {
  const server = startServer(() => json({ ok: true }));
  try {
    const lines: string[] = [];
    const okta = createOkta({
      orgUrl: server.origin,
      apiToken: "debug-log-token-1",
      logger: { debug: (m) => lines.push(m) },
      env: {},
    });
    const query = URL_SECRETS.map((n, i) => `${n}=qv${i}zz`).join("&");
    await okta.request("GET", `/oauth2/v1/authorize?client_id=0oa1&${query}`);
    assert.ok(lines.length > 0);
    const text = lines.join("\n");
    for (let i = 0; i < URL_SECRETS.length; i++) assert.ok(!text.includes(`qv${i}zz`), text);
    assert.ok(!text.includes("debug-log-token-1"));
  } finally {
    await server.close();
  }
});

Deno.test("secret names: every spec property marked writeOnly or format: password is in the list or a known contextual name", async () => {
  const facts = JSON.parse(
    await Deno.readTextFile(new URL("../../src/generated/schemas.json", import.meta.url)),
  );
  // Write-only but not secret by name alone: `value`/`answer` are masked by their parent
  // (authScheme, password, recovery question); `ttl`/`multiUse` are settings, not secrets.
  const contextual = new Set(["value", "answer", "ttl", "multiUse"]);
  const found = new Set<string>();
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) return node.forEach(walk);
    if (node === null || typeof node !== "object") return;
    const props = (node as { properties?: Record<string, Record<string, unknown>> }).properties;
    for (const [name, p] of Object.entries(props ?? {})) {
      if (p && (p.writeOnly === true || p.format === "password")) found.add(name);
    }
    Object.values(node).forEach(walk);
  };
  walk(facts);
  assert.ok(found.size >= 5, [...found].join(", "));
  const missing = [...found].filter((n) => !contextual.has(n) && !isSecretFieldName(n));
  assert.deepEqual(missing, []);
});
