import assert from "node:assert/strict";
import { loadSpec, mergeOperations, routeKey } from "../../tools/codegen/spec.ts";
import { buildRow } from "../../tools/codegen/rows.ts";
import { TypeWriter } from "../../tools/codegen/emit_types.ts";

const FIXTURE = new URL("./fixtures/", import.meta.url);
const path = (rel: string) => new URL(rel, FIXTURE).pathname;

function load() {
  const primary = loadSpec(path("management-minimal.yaml"), "primary");
  const ps = loadSpec(path("supplements/okta-powershell-management.yaml"), "powershell");
  const nj = loadSpec(path("supplements/okta-sdk-nodejs-management.yaml"), "nodejs");
  return { primary, ps, nj };
}

Deno.test("merge: union by method + path template, primary wins, duplicate YAML keys tolerated", () => {
  const { primary, ps, nj } = load();
  const ops = mergeOperations([primary, ps, nj]);
  assert.deepEqual(ops.map((o) => `${o.op.operationId}:${o.source}`), [
    "listWidgets:primary",
    "getWidget:primary",
    "deleteWidget:powershell",
    "getWidgetConfig:nodejs",
  ]);
  assert.equal(routeKey("get", "/a/{x}/b"), routeKey("GET", "/a/{y}/b"));
});

Deno.test("rows: paging, scopes, anonymous, path params in path order", () => {
  const { primary, ps, nj } = load();
  const rows = mergeOperations([primary, ps, nj]).map((r) => buildRow(r).row);
  const [list, get, del, anon] = rows;
  assert.equal(list.paging, "link");
  assert.equal(list.returnsArray, true);
  assert.equal(list.responseSchema, "Widget");
  assert.deepEqual(list.scopes, ["okta.widgets.read"]);
  assert.equal(get.paging, "none");
  assert.deepEqual(get.params, [{ name: "widgetId", in: "path", required: true, array: false }]);
  assert.equal(del.response, "empty");
  assert.equal(del.successStatus, 204);
  assert.equal(anon.anonymous, true);
  assert.equal(anon.apiToken, false);
});

Deno.test("types: open enums, open profiles, discriminated unions that narrow", () => {
  const { primary, ps } = load();
  const w = new TypeWriter();
  w.add(primary.doc);
  w.add(ps.doc);
  w.seal();
  assert.match(w.declare("Widget"), /status\?: \("ON" \| "OFF" \| UnknownEnumValue\)/);
  assert.match(w.declare("Widget"), /readonly id\?: string/);
  assert.match(w.declare("WidgetProfile"), /\[key: string\]: unknown;/);
  const shape = w.declare("Shape");
  assert.match(shape, /export type ShapeBase = \{ kind\?: \("CIRCLE" \| "SQUARE"\); \}/);
  assert.match(shape, /\(Circle & \{ kind: "CIRCLE" \}\) \| \(Square & \{ kind: "SQUARE" \}\)/);
  assert.match(w.declare("Circle"), /ShapeBase &/);
  assert.match(w.declare("Dup"), /export type Dup = number;/);
});

Deno.test("codegen --check fails and names the stale files when the specs change", async () => {
  const out = await new Deno.Command(Deno.execPath(), {
    args: [
      "run",
      "--ignore-env",
      "--allow-read",
      new URL("../../tools/codegen/main.ts", import.meta.url).pathname,
      "--check",
      "--spec-dir",
      FIXTURE.pathname,
    ],
    stdout: "piped",
    stderr: "piped",
  }).output();
  const stderr = new TextDecoder().decode(out.stderr);
  assert.equal(out.code, 1, stderr);
  assert.match(stderr, /stale: src\/generated\/operations\.ts/);
  assert.match(stderr, /stale: docs\/API\.md/);
});
