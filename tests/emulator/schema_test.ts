// Emulator responses validate against the spec's response schemas (ajv over the OpenAPI components
// of the primary spec, read from the generated src/generated/schemas.json).
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
// deno-lint-ignore no-import-prefix
import { Ajv } from "npm:ajv@^8.20.0";
// deno-lint-ignore no-import-prefix
import addFormats from "npm:ajv-formats@^3.0.1";
import { OperationIndex } from "../../src/emulator/operations.ts";
import { call, emulator, newUser } from "./_helpers.ts";

// The primary spec's schemas as `deno task codegen` commits them (facts only, no prose).
const FACTS = new URL("../../src/generated/schemas.json", import.meta.url);

/** Drops documentation-only keywords that JSON Schema tools misread (`example` values, `$id`s, `x-*`). */
function sanitize(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(sanitize);
  if (node === null || typeof node !== "object") return node;
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(node)) {
    if (
      ["example", "examples", "$id", "$schema", "discriminator", "xml", "externalDocs"].includes(
        key,
      )
    ) continue;
    if (key.startsWith("x-")) continue;
    out[key] = key === "properties" && value && typeof value === "object"
      ? Object.fromEntries(Object.entries(value).map(([k, v]) => [k, sanitize(v)]))
      : sanitize(value);
  }
  return out;
}

function validatorFor(): (method: string, url: string, status: number, body: unknown) => string[] {
  const spec = JSON.parse(readFileSync(FACTS, "utf8")).primary;
  const ajv = new Ajv({
    strict: false,
    allErrors: true,
    discriminator: false,
    validateFormats: true,
  });
  (addFormats as unknown as (a: Ajv) => void)(ajv);
  ajv.addSchema({ $id: "spec", components: sanitize(spec.components) });
  const index = new OperationIndex();
  const cache = new Map<string, ReturnType<Ajv["compile"]>>();
  return (method, url, status, body) => {
    const op = index.match(method, new URL(url, "http://x").pathname).operation;
    assert.ok(op, `${method} ${url} has an operation`);
    if (status >= 400 || !op.responseSchema) return [];
    let validate = cache.get(op.responseSchema);
    if (!validate) {
      validate = ajv.compile({ $ref: `spec#/components/schemas/${op.responseSchema}` });
      cache.set(op.responseSchema, validate);
    }
    const items = op.returnsArray ? body as unknown[] : [body];
    const errors: string[] = [];
    for (const item of items) {
      if (!validate(item)) {
        errors.push(`${method} ${url} (${op.responseSchema}): ${ajv.errorsText(validate.errors)}`);
      }
    }
    return errors;
  };
}

Deno.test("schema: scenario responses validate against the spec's response schemas", async () => {
  const check = validatorFor();
  const emu = emulator();
  const errors: string[] = [];
  const seen = new Set<string>();
  const req = async (method: string, path: string, body?: unknown) => {
    const r = await call(emu, method, path, { body });
    assert.ok(r.status < 400, `${method} ${path} → ${r.status} ${r.text}`);
    errors.push(...check(method, path, r.status, r.body));
    seen.add(`${method} ${path.split("?")[0]}`);
    return r.body;
  };
  const users = await req("GET", "/api/v1/users?limit=50");
  const u = await req("POST", "/api/v1/users", {
    ...newUser("schema@x.com"),
    credentials: {
      password: { value: "Sup3r-secret!" },
      recovery_question: { question: "q?", answer: "answer!" },
    },
  });
  await req("GET", `/api/v1/users/${u.id}`);
  await req("POST", `/api/v1/users/${u.id}`, { profile: { title: "T" } });
  await req("PUT", `/api/v1/users/${u.id}`, { profile: { ...u.profile, title: "U" } });
  await req("GET", `/api/v1/users/${users[0].id}/groups`);
  await req("GET", '/api/v1/users?search=status eq "ACTIVE"');
  const groups = await req("GET", "/api/v1/groups");
  const g = await req("POST", "/api/v1/groups", { profile: { name: "Schema", description: "d" } });
  await req("GET", `/api/v1/groups/${g.id}`);
  await req("PUT", `/api/v1/groups/${g.id}`, { profile: { name: "Schema2" } });
  await req("GET", `/api/v1/groups/${groups[1].id}/users`);
  await req("GET", `/api/v1/groups/${groups[1].id}/apps`);
  const apps = await req("GET", "/api/v1/apps");
  for (const a of apps) await req("GET", `/api/v1/apps/${a.id}`);
  const bm = await req("POST", "/api/v1/apps", {
    label: "S",
    signOnMode: "BOOKMARK",
    settings: { app: { url: "https://s.example" } },
  });
  await req("POST", `/api/v1/apps/${bm.id}/users`, { id: u.id, scope: "USER" });
  await req("GET", `/api/v1/apps/${bm.id}/users`);
  await req("PUT", `/api/v1/apps/${bm.id}/groups/${g.id}`, {});
  await req("GET", `/api/v1/apps/${bm.id}/groups`);
  await req("GET", `/api/v1/apps/${apps[0].id}/users`);
  const rules = await req("GET", "/api/v1/groups/rules");
  await req("GET", `/api/v1/groups/rules/${rules[0].id}`);
  await req("GET", "/api/v1/logs?limit=200");
  await req("POST", `/api/v1/users/${u.id}/lifecycle/expire_password`);
  await emu.close();
  assert.ok(seen.size >= 20);
  assert.deepEqual(errors, []);
});
