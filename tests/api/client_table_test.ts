// The table-driven test through the real client: every one of the 816 operations is called in
// its fluent form via createOkta() against a recording fetch, and the request on the wire is
// checked (method, encoded path, query names and values, body).
import assert from "node:assert/strict";
import { createOkta } from "../../src/core/client.ts";
import { OPERATIONS } from "../../src/core/operation_table.ts";
import type { Operation } from "../../src/core/operation.ts";

const ORG = "https://acme.okta.com";

function pathValue(op: Operation, name: string): string {
  return `${name}/ü ${op.id.length}+%`;
}

function queryValue(name: string, array: boolean): string | string[] {
  return array ? [`${name} 1`, `${name}+2`] : `${name} eq "a&b=c"`;
}

function responseFor(op: Operation): Response {
  if (op.response === "empty") return new Response(null, { status: 204 });
  if (op.response === "xml") {
    return new Response("<md/>", { headers: { "Content-Type": "text/xml" } });
  }
  const data = op.returnsArray
    ? [{ op: op.id }]
    : op.itemsProperty
    ? { [op.itemsProperty]: [{ op: op.id }], _links: {} }
    : { op: op.id };
  return Response.json(data, {
    status: op.successStatus >= 200 && op.successStatus < 300 ? op.successStatus : 200,
  });
}

function resolve(root: unknown, fluent: string): (...args: unknown[]) => unknown {
  let node = root as Record<string, unknown>;
  for (const part of fluent.split(".")) node = node[part] as Record<string, unknown>;
  return node as unknown as (...args: unknown[]) => unknown;
}

Deno.test("all 816 operations through createOkta(): method, encoded path, query and body on the wire", async () => {
  const seen: Request[] = [];
  let current: Operation | undefined;
  const okta = createOkta({
    orgUrl: ORG,
    apiToken: "00test-token-not-real",
    fetch: (request: Request) => {
      seen.push(request.clone());
      return Promise.resolve(responseFor(current!));
    },
  });
  let count = 0;
  for (const op of OPERATIONS) {
    current = op;
    const before = seen.length;
    const pathParams = op.params.filter((p) => p.in === "path");
    const args: unknown[] = pathParams.map((p) => pathValue(op, p.name));
    let body: unknown;
    if (op.body === "multipart") body = { file: new Blob([new Uint8Array([0, 255, 13, 10])]) };
    else if (op.body === "certificate") body = "MIIB\u0000binary-ish";
    else if (op.body !== "none") body = { marker: op.id, list: [1, "two"] };
    if (op.body !== "none") args.push(body);
    // deno-lint-ignore no-explicit-any
    let builder: any = resolve(okta, op.fluent)(...args);
    const query: Record<string, string | string[]> = {};
    for (const p of op.params.filter((p) => p.in === "query")) {
      query[p.name] = queryValue(p.name, p.array);
      builder = builder[p.name](query[p.name]);
    }
    const result = await builder;
    assert.equal(seen.length, before + 1, `${op.id}: one request`);
    const req = seen[seen.length - 1];
    const url = new URL(req.url);
    assert.equal(req.method, op.method, op.id);
    assert.equal(url.origin, ORG, op.id);
    let expected = op.path;
    for (const p of pathParams) {
      expected = expected.replace(`{${p.name}}`, encodeURIComponent(pathValue(op, p.name)));
    }
    assert.equal(url.pathname, expected, op.id);
    assert.deepEqual(
      [...new Set(url.searchParams.keys())].sort(),
      Object.keys(query).sort(),
      `${op.id}: query names`,
    );
    for (const [name, v] of Object.entries(query)) {
      assert.deepEqual(
        url.searchParams.getAll(name),
        Array.isArray(v) ? v : [v],
        `${op.id}?${name}`,
      );
    }
    if (op.body === "json") {
      assert.deepEqual(await req.json(), body, op.id);
    } else if (op.body === "multipart") {
      const form = await req.formData();
      const file = form.get("file") as File;
      assert.deepEqual([...new Uint8Array(await file.arrayBuffer())], [0, 255, 13, 10], op.id);
    } else if (op.body === "certificate") {
      assert.equal(await req.text(), body, op.id);
      assert.notEqual(req.headers.get("content-type"), "application/json", op.id);
    } else if (op.method === "GET" || op.method === "DELETE") {
      assert.equal(await req.text(), "", op.id);
    }
    if (op.response === "empty") assert.equal(result, undefined, op.id);
    else if (op.response === "xml") assert.equal(result, "<md/>", op.id);
    else if (op.returnsArray || op.itemsProperty) assert.deepEqual(result, [{ op: op.id }], op.id);
    else assert.deepEqual(result, { op: op.id }, op.id);
    count++;
  }
  assert.equal(count, 816);
  assert.equal(seen.length, 816);
  okta.close();
});

Deno.test("for await over a fluent list follows Link pages through the real client", async () => {
  const pages: Record<string, { body: unknown[]; next?: string }> = {
    "/api/v1/users": { body: [{ id: "u1" }, { id: "u2" }], next: `${ORG}/api/v1/users?after=u2` },
    "/api/v1/users?after=u2": { body: [{ id: "u3" }] },
  };
  const okta = createOkta({
    orgUrl: ORG,
    apiToken: "00test-token-not-real",
    fetch: (request: Request) => {
      const url = new URL(request.url);
      const key = url.pathname + url.search.replace(/&?limit=2/, "").replace(/\?$/, "");
      const page = pages[key];
      assert.ok(page, key);
      const headers = new Headers({ "Content-Type": "application/json" });
      if (page.next) headers.set("Link", `<${page.next}>; rel="next"`);
      return Promise.resolve(new Response(JSON.stringify(page.body), { headers }));
    },
  });
  const ids: string[] = [];
  for await (const u of okta.users.list().limit(2)) ids.push(u.id!);
  assert.deepEqual(ids, ["u1", "u2", "u3"]);
  okta.close();
});
