import assert from "node:assert/strict";
import { loadSpec, mergeOperations, routeKey } from "../../tools/codegen/spec.ts";
import { buildRow } from "../../tools/codegen/rows.ts";
import { TypeWriter } from "../../tools/codegen/emit_types.ts";
import {
  buildSchemaFacts,
  emitSchemaFacts,
  type SchemaFacts,
  stripProse,
} from "../../tools/codegen/facts.ts";
import { buildShapes, minimalRequest } from "../../tools/codegen/shapes.ts";
import type { Node, SpecDoc } from "../../tools/codegen/spec.ts";
import type { Operation } from "../../src/core/operation.ts";
import { OPERATIONS } from "../../src/core/operation_table.ts";
import { SCHEMA_SHAPES } from "../../src/generated/schema_shapes.ts";

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
  assert.match(stderr, /stale: src\/generated\/schemas\.json/);
  assert.match(stderr, /stale: src\/generated\/schema_shapes\.ts/);
});

// ---- schema facts (src/generated/schemas.json) and shapes, on small in-memory specs ----

const PROSE_KEYS = ["description", "summary", "title", "examples", "externalDocs", "xml"];

function doc(schemas: Record<string, Node>): Node {
  return { openapi: "3.0.3", components: { schemas } };
}

function row(over: Partial<Operation>): Operation {
  return {
    id: "op",
    method: "GET",
    path: "/x",
    params: [],
    body: "none",
    bodyRequired: false,
    response: "json",
    returnsArray: false,
    paging: "none",
    successStatus: 200,
    scopes: [],
    apiToken: true,
    anonymous: false,
    tag: "T",
    fluent: "x",
    source: "primary",
    ...over,
  };
}

const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });

function factSpecs(): SpecDoc[] {
  const primary = doc({
    Thing: {
      type: "object",
      description: "prose",
      title: "Prose",
      "x-okta-tags": ["prose"],
      externalDocs: { url: "https://example.com" },
      required: ["description", "kind", "code"],
      properties: {
        description: { type: "string", description: "a property named description stays" },
        example: { type: "string", example: "kept only when a pattern needs it" },
        code: { type: "string", pattern: "^[A-Z]{3}$", example: "ABC" },
        other: { type: "string", pattern: "^[0-9]+$", example: "not digits" },
        kind: ref("Kind"),
        status: { type: "string", enum: ["ACTIVE", "INACTIVE"] },
        pet: {
          oneOf: [ref("Cat")],
          discriminator: { propertyName: "t", mapping: { CAT: "#/components/schemas/Cat" } },
        },
      },
      example: { description: "an example object" },
    },
    Kind: { type: "string", enum: ["A", "B"], default: "B", "x-enum-descriptions": ["a", "b"] },
    Cat: { type: "object", properties: { t: { type: "string" } } },
    Unused: { type: "object", properties: { a: { type: "string" } } },
    Req: {
      type: "object",
      required: ["when"],
      properties: { when: { type: "string", format: "date-time" } },
    },
  });
  const nodejs = doc({
    Thing: { type: "object", properties: { nodeOnly: { type: "string" } } },
    Agent: {
      allOf: [ref("Base"), {
        type: "object",
        required: ["n"],
        properties: { n: { type: "integer", minimum: 3 } },
      }],
    },
    Base: { type: "object", additionalProperties: false, properties: { id: { type: "string" } } },
  });
  return [
    { source: "primary", doc: primary },
    { source: "powershell", doc: doc({ Thing: { type: "object" } }) },
    { source: "nodejs", doc: nodejs },
  ];
}

const FACT_ROWS: Operation[] = [
  row({ id: "getThing", responseSchema: "Thing", source: "primary" }),
  // A supplement's operation naming a schema the primary spec has: resolves in the primary spec.
  row({ id: "listThings", responseSchema: "Thing", returnsArray: true, source: "nodejs" }),
  row({ id: "getAgent", responseSchema: "Agent", source: "nodejs" }),
  row({ id: "makeReq", method: "POST", body: "json", requestSchema: "Req", source: "primary" }),
];

/** Every key of a schema tree that is a keyword (property names excluded). */
function keywords(node: unknown, into: Set<string> = new Set()): Set<string> {
  if (Array.isArray(node)) { for (const n of node) keywords(n, into); }
  else if (node && typeof node === "object") {
    for (const [k, v] of Object.entries(node)) {
      into.add(k);
      if (["enum", "default", "const", "required"].includes(k)) continue;
      if (k === "properties" && v && typeof v === "object") {
        for (const p of Object.values(v)) keywords(p, into);
      } else keywords(v, into);
    }
  }
  return into;
}

Deno.test("facts: prose dropped, property names and facts kept, pattern examples kept", () => {
  const thing = stripProse(factSpecs()[0].doc.components.schemas.Thing);
  for (const k of keywords(thing)) {
    assert.ok(!PROSE_KEYS.includes(k) && !k.startsWith("x-"), `keyword ${k} survived`);
  }
  assert.deepEqual(Object.keys(thing.properties), [
    "description",
    "example",
    "code",
    "other",
    "kind",
    "status",
    "pet",
  ]);
  assert.deepEqual(thing.properties.description, { type: "string" });
  assert.deepEqual(thing.properties.example, { type: "string" });
  assert.deepEqual(thing.properties.code, {
    type: "string",
    pattern: "^[A-Z]{3}$",
    example: "ABC",
  });
  assert.deepEqual(thing.properties.other, { type: "string", pattern: "^[0-9]+$" });
  assert.deepEqual(thing.required, ["description", "kind", "code"]);
  assert.deepEqual(thing.properties.pet.discriminator.mapping, { CAT: "#/components/schemas/Cat" });
  assert.equal(thing.example, undefined);
});

Deno.test("facts: per spec, the named schemas and what they reach; primary wins a shared name", () => {
  const facts = buildSchemaFacts(factSpecs(), FACT_ROWS);
  const names = (s: keyof SchemaFacts) => Object.keys(facts[s].components.schemas);
  // Cat is reached only through a discriminator mapping and a oneOf; Unused is not reached.
  assert.deepEqual(names("primary"), ["Cat", "Kind", "Req", "Thing"]);
  assert.deepEqual(names("powershell"), []);
  assert.deepEqual(names("nodejs"), ["Agent", "Base"]);
  const text = emitSchemaFacts(facts);
  assert.deepEqual(JSON.parse(text), facts);
  assert.equal(text, emitSchemaFacts(buildSchemaFacts(factSpecs(), FACT_ROWS)), "deterministic");
  assert.ok(!/prose|an example object/.test(text), text);
});

Deno.test("shapes: minimal bodies, stamps and status values from the facts", () => {
  const facts = buildSchemaFacts(factSpecs(), FACT_ROWS);
  const shapes = buildShapes(FACT_ROWS, facts);
  assert.deepEqual(Object.keys(shapes), ["Thing", "Agent"]);
  assert.deepEqual(shapes.Thing.d, { description: "x", kind: "B", code: "ABC" });
  assert.deepEqual(shapes.Thing.s, ["id", "created", "lastUpdated", "status", "_links"]);
  assert.deepEqual(shapes.Thing.st, ["ACTIVE", "INACTIVE"]);
  // allOf flattened; a closed part lets the long tail stamp only the fields it declares.
  assert.deepEqual(shapes.Agent, { d: { n: 3 }, s: ["id"] });
  assert.deepEqual(minimalRequest(FACT_ROWS[3], facts), { when: "2026-01-01T00:00:00.000Z" });
  assert.equal(minimalRequest(FACT_ROWS[0], facts), undefined);
  assert.deepEqual(minimalRequest(row({ body: "json", bodyRequired: true }), facts), {});
});

// ---- the committed output (CI's `deno task codegen --check` proves it matches the real specs) ----

const FACTS: SchemaFacts = JSON.parse(
  Deno.readTextFileSync(new URL("../../src/generated/schemas.json", import.meta.url)),
);

Deno.test("generated: 816 operations, unique ids and unique method + path templates", () => {
  assert.equal(OPERATIONS.length, 816);
  assert.equal(new Set(OPERATIONS.map((o) => o.id)).size, 816);
  assert.equal(new Set(OPERATIONS.map((o) => routeKey(o.method, o.path))).size, 816);
  const sources = new Set(OPERATIONS.map((o) => o.source));
  assert.deepEqual([...sources].sort(), ["nodejs", "powershell", "primary"]);
});

Deno.test("generated: schemas.json is prose-free and closed (every ref resolves in its spec)", () => {
  assert.deepEqual(Object.keys(FACTS), ["primary", "powershell", "nodejs"]);
  let refs = 0;
  for (const [source, { components }] of Object.entries(FACTS)) {
    const schemas = components.schemas;
    for (const k of keywords(schemas ? Object.values(schemas) : [])) {
      assert.ok(!PROSE_KEYS.includes(k) && !k.startsWith("x-"), `${source}: keyword ${k}`);
    }
    const check = (node: unknown): void => {
      if (Array.isArray(node)) return node.forEach(check);
      if (!node || typeof node !== "object") return;
      for (const [k, v] of Object.entries(node)) {
        if (k === "$ref" && typeof v === "string") {
          const name = /^#\/components\/schemas\/(.+)$/.exec(v)?.[1];
          assert.ok(name && schemas[name], `${source}: ${v} does not resolve`);
          refs++;
        } else if (k === "properties" && v && typeof v === "object") {
          check(Object.values(v)); // property names are not keywords
        } else if (k !== "enum" && k !== "default") check(v);
      }
    };
    check(Object.values(schemas));
  }
  assert.ok(refs > 1000, `${refs} refs`);
  // Every schema an operation names is there, in the spec it resolves in.
  for (const op of OPERATIONS) {
    for (const name of [op.responseSchema, op.requestSchema]) {
      if (!name) continue;
      const inPrimary = FACTS.primary.components.schemas[name] !== undefined;
      assert.ok(inPrimary || FACTS[op.source].components.schemas[name], `${op.id}: ${name}`);
    }
  }
});

Deno.test("generated: schema_shapes has one shape per response schema, as the facts produce", () => {
  const named = new Set(OPERATIONS.flatMap((o) => o.responseSchema ? [o.responseSchema] : []));
  assert.deepEqual(Object.keys(SCHEMA_SHAPES).sort(), [...named].sort());
  assert.deepEqual(SCHEMA_SHAPES, buildShapes(OPERATIONS, FACTS));
});
