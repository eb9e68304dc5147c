/**
 * The spec facts the tests and the emulator need, without the spec's prose: the component
 * schemas each operation's request and response name (and everything they reach), per spec,
 * with `description`, `summary`, `title`, `example(s)`, `externalDocs`, `xml` and `x-*` removed.
 * Written to `src/generated/schemas.json`.
 *
 * @module
 */
import type { Operation } from "../../src/core/operation.ts";
import type { Node, SpecDoc } from "./spec.ts";

/** Which spec a schema resolves in. */
export type Source = SpecDoc["source"];

/** Per spec: `{ components: { schemas } }`, so `#/components/schemas/X` refs resolve as written. */
export type SchemaFacts = Record<Source, { components: { schemas: Record<string, Node> } }>;

const PROSE = new Set(["description", "summary", "title", "externalDocs", "xml", "$comment"]);
/** Keywords whose value is data (kept verbatim, never walked). */
const VALUES = new Set(["enum", "default", "const", "required"]);

function compiles(pattern: string): RegExp | undefined {
  try {
    return new RegExp(pattern, "u");
  } catch {
    return undefined;
  }
}

/**
 * Removes prose from a schema node. `example` survives only as the one value minimal-request
 * building uses: a string that matches the schema's `pattern`.
 */
export function stripProse(node: Node): Node {
  if (Array.isArray(node)) return node.map(stripProse);
  if (node === null || typeof node !== "object") return node;
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(node)) {
    if (PROSE.has(key) || key.startsWith("x-") || key === "examples") continue;
    if (key === "example") {
      const re = typeof node.pattern === "string" ? compiles(node.pattern) : undefined;
      if (typeof value === "string" && re?.test(value)) out[key] = value;
      continue;
    }
    if (VALUES.has(key)) out[key] = value;
    else if (key === "properties" && value && typeof value === "object") {
      out[key] = Object.fromEntries(
        Object.entries(value).map(([k, v]) => [k, stripProse(v)]),
      );
    } else out[key] = stripProse(value);
  }
  return out;
}

/** The document a schema name of an operation resolves in: primary when it has it. */
export function schemaSourceIn(
  has: (source: Source, name: string) => boolean,
  op: Pick<Operation, "source">,
  name: string,
): Source {
  return has("primary", name) ? "primary" : op.source;
}

const SCHEMA_REF = /^#\/components\/schemas\/(.+)$/;

/** Names a schema node refers to (`$ref`s and discriminator mappings), prose excluded. */
function refsOf(node: Node, into: Set<string>): void {
  if (Array.isArray(node)) {
    for (const n of node) refsOf(n, into);
    return;
  }
  if (node === null || typeof node !== "object") return;
  for (const [key, value] of Object.entries(node)) {
    if (key === "$ref" && typeof value === "string") {
      const m = SCHEMA_REF.exec(value);
      if (m) into.add(m[1]);
    } else if (key === "mapping" && value && typeof value === "object") {
      for (const v of Object.values(value)) {
        const m = typeof v === "string" ? SCHEMA_REF.exec(v) : null;
        if (m) into.add(m[1]);
      }
    } else if (key === "properties" && value && typeof value === "object") {
      for (const v of Object.values(value)) refsOf(v, into); // property names are not keywords
    } else if (!VALUES.has(key)) refsOf(value, into);
  }
}

/** The facts of `specs` for the operations `rows`: named schemas and their closure, per spec. */
export function buildSchemaFacts(specs: SpecDoc[], rows: Operation[]): SchemaFacts {
  const docs = new Map(specs.map((s) => [s.source, s.doc]));
  const has = (source: Source, name: string) =>
    docs.get(source)?.components?.schemas?.[name] !== undefined;
  const roots = new Map<Source, Set<string>>(specs.map((s) => [s.source, new Set<string>()]));
  for (const row of rows) {
    for (const name of [row.responseSchema, row.requestSchema]) {
      if (!name) continue;
      const source = schemaSourceIn(has, row, name);
      if (has(source, name)) roots.get(source)!.add(name);
    }
  }
  const out: Partial<SchemaFacts> = {};
  for (const spec of specs) {
    const all = spec.doc.components?.schemas ?? {};
    const kept = new Map<string, Node>();
    const todo = [...roots.get(spec.source)!];
    while (todo.length > 0) {
      const name = todo.pop()!;
      if (kept.has(name) || all[name] === undefined) continue;
      const schema = stripProse(all[name]);
      kept.set(name, schema);
      const refs = new Set<string>();
      refsOf(schema, refs);
      todo.push(...refs);
    }
    const schemas: Record<string, Node> = {};
    for (const name of [...kept.keys()].sort()) schemas[name] = kept.get(name);
    out[spec.source] = { components: { schemas } };
  }
  return out as SchemaFacts;
}

/** `src/generated/schemas.json`: one line per schema, names sorted (stable, diffable). */
export function emitSchemaFacts(facts: SchemaFacts): string {
  const parts: string[] = [];
  for (const [source, { components }] of Object.entries(facts)) {
    const lines = Object.entries(components.schemas).map(([name, schema]) =>
      `${JSON.stringify(name)}:${JSON.stringify(schema)}`
    );
    parts.push(`${JSON.stringify(source)}:{"components":{"schemas":{\n${lines.join(",\n")}\n}}}`);
  }
  return `{\n${parts.join(",\n")}\n}\n`;
}
