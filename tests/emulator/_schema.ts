// Spec helpers of the long-tail tests: loads the three OpenAPI descriptions, builds the
// "minimal valid response" table the emulator ships (src/emulator/schema_shapes.ts) and an ajv
// validator of responses. Run directly to regenerate the table:
//   deno run --allow-read --allow-write=src/emulator/schema_shapes.ts tests/emulator/_schema.ts
import { Ajv } from "npm:ajv@^8.20.0";
import addFormats from "npm:ajv-formats@^3.0.1";
import { parse } from "npm:yaml@^2.9.1";
import { OPERATIONS } from "../../src/generated/operations.ts";
import type { Operation } from "../../src/core/operation.ts";

// deno-lint-ignore no-explicit-any
type Node = any;

const ROOT = new URL("../../../shared/okta-openapi/", import.meta.url);
const FILES = {
  primary: "management-minimal.yaml",
  powershell: "supplements/okta-powershell-management.yaml",
  nodejs: "supplements/okta-sdk-nodejs-management.yaml",
} as const;

export type Source = keyof typeof FILES;

let loaded: Record<Source, Node> | undefined;

/** The three parsed specs (duplicate keys tolerated: the PowerShell spec has one). */
export function specs(): Record<Source, Node> {
  if (loaded) return loaded;
  const out: Partial<Record<Source, Node>> = {};
  for (const [source, file] of Object.entries(FILES) as [Source, string][]) {
    out[source] = parse(Deno.readTextFileSync(new URL(file, ROOT)), {
      uniqueKeys: false,
      maxAliasCount: -1,
    });
  }
  return loaded = out as Record<Source, Node>;
}

/** The document a schema name of an operation resolves in: primary when it has it. */
export function schemaSource(op: Operation, name: string): Source {
  return specs().primary.components?.schemas?.[name] ? "primary" : op.source;
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
  d: unknown;
  s: string[];
  st?: string[];
}

/** Builds the table for every response schema the operation table names. */
export function buildShapes(): Record<string, Shape> {
  const out: Record<string, Shape> = {};
  for (const op of OPERATIONS) {
    const name = op.responseSchema;
    if (!name || out[name]) continue;
    const doc = specs()[schemaSource(op, name)];
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

/** The source text of src/emulator/schema_shapes.ts. */
export function shapesModule(): string {
  const table = JSON.stringify(buildShapes());
  return `// generated by tests/emulator/_schema.ts from ../shared/okta-openapi — do not edit by hand.
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

/** Response schemas ajv cannot compile (spec defects), with the reason: not validated, listed. */
export const UNCOMPILABLE: Map<string, string> = new Map();

/** Spec patterns that are not JavaScript regular expressions (e.g. `(?i)…`): dropped, listed. */
export const DROPPED_PATTERNS: Set<string> = new Set();

function compiles(pattern: string): boolean {
  try {
    new RegExp(pattern, "u");
    return true;
  } catch {
    return false;
  }
}

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
    // A spec defect: `nullable` without `type` (ajv refuses the schema).
    if (key === "nullable" && !("type" in node)) continue;
    if (key === "pattern" && typeof value === "string" && !compiles(value)) {
      DROPPED_PATTERNS.add(value);
      continue;
    }
    out[key] = key === "properties" && value && typeof value === "object"
      ? Object.fromEntries(Object.entries(value).map(([k, v]) => [k, sanitize(v)]))
      : sanitize(value);
  }
  return out;
}

/**
 * A response validator: schema of the operation (in the spec it came from), items of arrays,
 * items of `paging: "body"` lists. Returns error strings (empty when valid).
 */
export function responseValidator(): (op: Operation, body: unknown) => string[] {
  const ajv = new Ajv({ strict: false, allErrors: true, discriminator: false });
  (addFormats as unknown as (a: Ajv) => void)(ajv);
  // Spec defects: `format: boolean` on a boolean property, `format: utf-8` on a string.
  ajv.addFormat("boolean", true);
  ajv.addFormat("utf-8", true);
  for (const [source, doc] of Object.entries(specs())) {
    ajv.addSchema({ $id: source, components: sanitize(doc.components) });
  }
  const cache = new Map<string, ReturnType<Ajv["compile"]>>();
  return (op, body) => {
    const name = op.responseSchema;
    if (!name) return [];
    const key = `${schemaSource(op, name)}#/components/schemas/${name}`;
    let validate = cache.get(key);
    if (!validate) {
      try {
        validate = ajv.compile({ $ref: key });
      } catch (error) {
        UNCOMPILABLE.set(name, (error as Error).message);
        return [];
      }
      cache.set(key, validate);
    }
    const items = op.returnsArray ? body as unknown[] : [body];
    const errors: string[] = [];
    for (const item of items) {
      if (!validate(item)) errors.push(`${op.id} (${name}): ${ajv.errorsText(validate.errors)}`);
    }
    return errors;
  };
}

if (import.meta.main) {
  Deno.writeTextFileSync(
    new URL("../../src/emulator/schema_shapes.ts", import.meta.url),
    shapesModule(),
  );
}

/** A minimal valid request body of an operation (its request schema's required fields). */
export function minimalRequest(op: Operation): unknown {
  if (op.body !== "json") return undefined;
  if (!op.requestSchema) return op.bodyRequired ? {} : undefined;
  const doc = specs()[schemaSource(op, op.requestSchema)];
  return minimal(doc, { $ref: `#/components/schemas/${op.requestSchema}` }, 0) ?? {};
}
