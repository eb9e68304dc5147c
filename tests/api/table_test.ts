import assert from "node:assert/strict";
import { attachApi } from "../../src/api/mod.ts";
import { OPERATION_COUNT, OPERATIONS } from "../../src/core/operation_table.ts";
import { encodeQuery, expandPath } from "../../src/core/url.ts";
import type { Operation } from "../../src/core/operation.ts";
import { fakeHost } from "./_fake_host.ts";

// Values that need encoding: a slash, a space, a plus and a non-ASCII letter.
function pathValue(op: Operation, name: string): string {
  return `${op.id}/${name} a+ü`;
}

function queryValue(name: string, array: boolean): string | string[] {
  return array ? [`${name} 1`, `${name}+2`] : `${name} eq "x&y"`;
}

function bodyFor(op: Operation): unknown {
  if (op.body === "multipart") return new Blob([new Uint8Array([0, 255, 1, 128])]);
  if (op.body === "certificate") {
    return "-----BEGIN CERTIFICATE-----\nAA==\n-----END CERTIFICATE-----";
  }
  return { marker: op.id, nested: { n: 1 } };
}

function resolve(root: unknown, fluent: string): (...args: unknown[]) => unknown {
  let node = root as Record<string, unknown>;
  for (const part of fluent.split(".")) node = node[part] as Record<string, unknown>;
  assert.equal(typeof node, "function", `okta.${fluent} is not a function`);
  return node as unknown as (...args: unknown[]) => unknown;
}

Deno.test("every operation is reachable through its fluent form and builds the right request", async () => {
  const host = fakeHost();
  const okta = attachApi(host);
  assert.equal(OPERATION_COUNT, 816);
  assert.equal(OPERATIONS.length, 816);
  let called = 0;
  for (const op of OPERATIONS) {
    const pathParams = op.params.filter((p) => p.in === "path");
    const args: unknown[] = pathParams.map((p) => pathValue(op, p.name));
    const body = op.body === "none" ? undefined : bodyFor(op);
    if (op.body !== "none") args.push(body);
    let builder = resolve(okta, op.fluent)(...args) as Record<string, (v: unknown) => unknown>;
    const expectedQuery: Record<string, string | string[]> = {};
    for (const p of op.params.filter((p) => p.in === "query")) {
      const v = queryValue(p.name, p.array);
      expectedQuery[p.name] = v;
      assert.equal(typeof builder[p.name], "function", `${op.id}: no setter .${p.name}()`);
      builder = builder[p.name](v) as typeof builder;
    }
    const rec = host.calls[host.calls.length - 1];
    called++;
    assert.equal(host.calls.length, called, `${op.id}: expected exactly one call`);
    const listy = op.returnsArray || op.paging !== "none";
    assert.equal(rec.kind, listy ? "callList" : "call", op.id);
    assert.equal(rec.spec.method, op.method, op.id);
    assert.equal(rec.spec.operationId, op.id);
    // Encoded path: computed independently of the glue, then compared with the core's expansion.
    let expectedPath = op.path;
    for (const p of pathParams) {
      expectedPath = expectedPath.replace(`{${p.name}}`, encodeURIComponent(pathValue(op, p.name)));
    }
    assert.doesNotMatch(expectedPath, /[{}]/, op.id);
    assert.equal(expandPath(rec.spec.path, rec.spec.pathParams), expectedPath, op.id);
    if (pathParams.length) assert.match(expectedPath, /%2F/, `${op.id}: path value not encoded`);
    // Query: every name and value the setters received, and their wire form.
    assert.deepEqual(rec.query, expectedQuery, op.id);
    const wire = new URLSearchParams(encodeQuery(rec.query as Record<string, string>));
    for (const [name, v] of Object.entries(expectedQuery)) {
      assert.deepEqual(wire.getAll(name), Array.isArray(v) ? v : [v], `${op.id} ?${name}`);
    }
    // Body and its encoding.
    if (op.body === "none") {
      assert.equal(rec.spec.body, undefined, op.id);
    } else if (op.body === "multipart") {
      assert.equal(rec.spec.bodyKind, "multipart");
      assert.ok(rec.spec.body instanceof FormData, op.id);
      const file = (rec.spec.body as FormData).get("file") as Blob;
      assert.deepEqual([...new Uint8Array(await file.arrayBuffer())], [0, 255, 1, 128], op.id);
    } else {
      assert.equal(rec.spec.bodyKind, op.body, op.id);
      assert.deepEqual(rec.spec.body, body, op.id);
    }
    assert.equal(rec.spec.response, op.response, op.id);
    // How a list pages is decided by the response (Link header or body), except for the body
    // property that holds a body-paged list's items, which the table must pass on.
    assert.equal(rec.spec.itemsProperty, op.itemsProperty, op.id);
  }
  assert.equal(called, 816);
});

Deno.test("non-JSON bodies carry their content type; the SAML metadata response is XML", () => {
  const host = fakeHost();
  const okta = attachApi(host);
  okta.apps.credentialKeys.publishCsr("app1", "csr1", "-----BEGIN CERTIFICATE-----");
  assert.equal(host.calls[0].spec.bodyKind, "certificate");
  assert.equal(host.calls[0].spec.headers?.["Content-Type"], "application/x-x509-ca-cert");
  const saml = OPERATIONS.find((o) => o.id === "previewSAMLmetadataForApplication")!;
  assert.equal(saml.response, "xml");
  const merge = OPERATIONS.find((o) => o.id === "updateCustomAAGUID")!;
  resolve(okta, merge.fluent)("a1", "g1", { name: "x" });
  assert.equal(host.calls[1].spec.headers?.["Content-Type"], "application/merge-patch+json");
});

Deno.test("fluent calls refuse missing path parameters and missing required bodies", () => {
  const okta = attachApi(fakeHost());
  const get = okta.users.get as unknown as (...a: unknown[]) => unknown;
  assert.throws(() => get(), /argument 1 \(id\) must be a non-empty string/);
  assert.throws(() => get(""), /non-empty string/);
  const create = okta.users.create as unknown as (...a: unknown[]) => unknown;
  assert.throws(() => create(), /request body is required/);
});

Deno.test("list operations page the right way", () => {
  const byId = new Map(OPERATIONS.map((o) => [o.id, o]));
  assert.equal(byId.get("listUsers")!.paging, "link");
  assert.equal(byId.get("listGroups")!.paging, "link");
  assert.equal(byId.get("listRoles")!.paging, "body");
  assert.equal(byId.get("listRoles")!.itemsProperty, "roles");
  assert.equal(byId.get("getUser")!.paging, "none");
  for (const op of OPERATIONS.filter((o) => o.paging !== "none")) {
    assert.equal(op.method, "GET", op.id);
    const names = op.params.filter((p) => p.in === "query").map((p) => p.name);
    assert.ok(names.includes("after") || names.includes("limit"), op.id);
    assert.equal(op.paging === "body", !op.returnsArray && op.itemsProperty !== undefined, op.id);
  }
});
