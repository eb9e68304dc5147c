/**
 * Minimal values of spec schemas, from the prose-free facts (`facts.ts`): the emulator's table of
 * minimal responses (`src/generated/schema_shapes.ts`) and the minimal request bodies the
 * long-tail sweep sends.
 *
 * @module
 */
import type { Operation } from "../../src/core/operation.ts";
import { type SchemaFacts, schemaSourceIn, type Source } from "./facts.ts";
import type { Node } from "./spec.ts";

/** The document a schema name of an operation resolves in: primary when it has it. */
export function schemaSource(
  facts: SchemaFacts,
  op: Pick<Operation, "source">,
  name: string,
): Source {
  return schemaSourceIn((s, n) => facts[s]?.components.schemas[n] !== undefined, op, name);
}

function deref(doc: Node, node: Node): Node {
  let n = node;
  for (let guard = 0; n && typeof n.$ref === "string" && guard < 20; guard++) {
    let cur = doc;
    for (const p of n.$ref.replace(/^#\//, "").split("/")) cur = cur?.[p];
    n = cur ?? {};
  }
  return n ?? {};
}

/** Flattens allOf into one object schema (properties + required). */
function flatten(doc: Node, node: Node, depth = 0): Node {
  const s = deref(doc, node);
  if (!Array.isArray(s.allOf) || depth > 8) return s;
  const out: Node = {
    ...s,
    properties: { ...(s.properties ?? {}) },
    required: [...(s.required ?? [])],
  };
  delete out.allOf;
  for (const part of s.allOf) {
    const p = flatten(doc, part, depth + 1);
    Object.assign(out.properties, p.properties ?? {});
    out.required.push(...(p.required ?? []));
    if (p.type && !out.type) out.type = p.type;
    if (p.additionalProperties === false) out.additionalProperties = false;
    if (p.discriminator && !out.discriminator) out.discriminator = p.discriminator;
    if (p.oneOf && !out.oneOf) out.oneOf = p.oneOf;
  }
  return out;
}

const FORMATS: Record<string, unknown> = {
  "date-time": "2026-01-01T00:00:00.000Z",
  date: "2026-01-01",
  uri: "https://example.com",
  url: "https://example.com",
  "uri-reference": "https://example.com",
  email: "user@example.com",
  uuid: "00000000-0000-4000-8000-000000000000",
  ipv4: "127.0.0.1",
  ipv6: "::1",
  hostname: "example.com",
};

/** A minimal value that satisfies a schema's required fields. */
function minimal(doc: Node, node: Node, depth: number): unknown {
  let s = flatten(doc, node);
  if (depth > 7) return undefined;
  if (s.default !== undefined && typeof s.default !== "object") return s.default;
  if (Array.isArray(s.enum) && s.enum.length > 0) return s.enum.find((v: unknown) => v !== null);
  const alternatives = s.oneOf ?? s.anyOf;
  const mapping = s.discriminator?.mapping;
  if (Array.isArray(alternatives) && !s.properties && mapping && s.discriminator.propertyName) {
    // Pick the first mapped variant and name it, so exactly one alternative matches.
    const [value, ref] = Object.entries(mapping)[0] as [string, string];
    const out = minimal(doc, { $ref: ref }, depth + 1);
    return typeof out === "object" && out !== null
      ? { ...out, [s.discriminator.propertyName]: value }
      : out;
  }
  if (Array.isArray(alternatives) && alternatives.length > 0 && !s.properties) {
    s = flatten(doc, alternatives[0]);
    return minimal(doc, s, depth + 1);
  }
  const type = Array.isArray(s.type) ? s.type.find((t: string) => t !== "null") : s.type;
  if (type === "string" || (!type && s.format)) {
    if (s.format && FORMATS[s.format] !== undefined) return FORMATS[s.format];
    const example = typeof s.example === "string" ? s.example : undefined;
    if (s.pattern) {
      try {
        if (example !== undefined && new RegExp(s.pattern, "u").test(example)) return example;
      } catch { /* not a JS regex */ }
    }
    return "x".repeat(Math.max(1, s.minLength ?? 1));
  }
  if (type === "integer" || type === "number") return s.minimum ?? 0;
  if (type === "boolean") return false;
  if (type === "array") {
    const item = s.minItems > 0 ? minimal(doc, s.items ?? {}, depth + 1) : undefined;
    return item === undefined ? [] : [item];
  }
  if (type === "object" || s.properties) {
    const out: Record<string, unknown> = {};
    for (const name of new Set<string>(s.required ?? [])) {
      const prop = s.properties?.[name];
      if (!prop) continue;
      const v = minimal(doc, prop, depth + 1);
      if (v !== undefined) out[name] = v;
    }
    const disc = s.discriminator;
    if (disc?.propertyName && disc.mapping && out[disc.propertyName] === undefined) {
      out[disc.propertyName] = Object.keys(disc.mapping)[0];
    }
    return out;
  }
  return undefined;
}

const STAMPS: Record<string, (p: Node) => boolean> = {
  id: (p) => !p.type || p.type === "string",
  created: (p) => !p.type || p.type === "string",
  lastUpdated: (p) => !p.type || p.type === "string",
  status: (p) =>
    (!p.type || p.type === "string") &&
    (!Array.isArray(p.enum) || (p.enum.includes("ACTIVE") && p.enum.includes("INACTIVE"))),
  _links: (p) => !p.type || p.type === "object",
};

/** One row of the shipped table: the minimal body and which bookkeeping fields it may carry. */
export interface Shape {
  /** The minimal value. */
  d: unknown;
  /** Bookkeeping fields the long tail may add. */
  s: string[];
  /** The values `status` may take, when the schema lists them. */
  st?: string[];
}

/** Builds the table for every response schema the operations name. */
export function buildShapes(
  ops: readonly Operation[],
  facts: SchemaFacts,
): Record<string, Shape> {
  const out: Record<string, Shape> = {};
  for (const op of ops) {
    const name = op.responseSchema;
    if (!name || out[name]) continue;
    const doc = facts[schemaSource(facts, op, name)];
    const schema = flatten(doc, { $ref: `#/components/schemas/${name}` });
    const d = minimal(doc, schema, 0) ?? {};
    const stamps: string[] = [];
    const isObject = d !== null && typeof d === "object" && !Array.isArray(d);
    // A oneOf of (often closed) variants: stamp nothing the variant does not already have.
    const variants = Array.isArray(schema.oneOf ?? schema.anyOf) && !schema.properties;
    if (isObject && !variants) {
      for (const [field, ok] of Object.entries(STAMPS)) {
        const prop = schema.properties?.[field];
        if (prop ? ok(deref(doc, prop)) : schema.additionalProperties !== false) {
          stamps.push(field);
        }
      }
    }
    const status = schema.properties?.status ? deref(doc, schema.properties.status) : undefined;
    out[name] = Array.isArray(status?.enum)
      ? { d, s: stamps, st: status.enum.filter((v: unknown) => typeof v === "string") }
      : { d, s: stamps };
  }
  return out;
}

/** A minimal valid request body of an operation (its request schema's required fields). */
export function minimalRequest(op: Operation, facts: SchemaFacts): unknown {
  if (op.body !== "json") return undefined;
  if (!op.requestSchema) return op.bodyRequired ? {} : undefined;
  const doc = facts[schemaSource(facts, op, op.requestSchema)];
  return minimal(doc, { $ref: `#/components/schemas/${op.requestSchema}` }, 0) ?? {};
}

/** The source text of `src/generated/schema_shapes.ts`. */
export function emitShapes(ops: readonly Operation[], facts: SchemaFacts): string {
  const table = JSON.stringify(buildShapes(ops, facts));
  return `// generated by tools/codegen (deno task codegen) from ../shared/okta-openapi — do not edit.
/**
 * Minimal responses per response schema of the operation table: the schema's required fields
 * with type-correct values, and which bookkeeping fields (\`id\`, \`created\`, \`lastUpdated\`,
 * \`status\`, \`_links\`) the schema lets the long tail stamp.
 *
 * @module
 */

/** One schema's minimal body (\`d\`) and the bookkeeping fields it accepts (\`s\`). */
export interface SchemaShape {
  /** The minimal value. */
  d: unknown;
  /** Fields the long tail may add. */
  s: string[];
  /** The values \`status\` may take, when the schema lists them. */
  st?: string[];
}

const RAW: string =
  '${table.replaceAll("\\", "\\\\").replaceAll("'", "\\'")}';

/** Response schema name → shape. */
export const SCHEMA_SHAPES: Readonly<Record<string, SchemaShape>> = JSON.parse(RAW);
`;
}
