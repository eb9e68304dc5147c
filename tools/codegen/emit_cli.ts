/**
 * Emits `src/generated/cli_facts.ts`: what the `okta` command line knows beyond the operation
 * table — the PowerShell cmdlet of each operation, the type of each parameter, and the field
 * shapes of request bodies (so a misspelled field is caught before anything is sent). Names,
 * types and enums only; no prose from the specs.
 *
 * @module
 */
import type { BuiltRow } from "./rows.ts";
import { cmdletName } from "./emit_docs.ts";
import { deref, type Node, refName } from "./spec.ts";

/**
 * The field shapes: shape key → field → type code. Type codes: `s` string, `n` number,
 * `b` boolean, `?` anything, `@K` an object of shape K, `[` + a code for an array of it.
 * A shape with the field `*` accepts unknown fields too.
 */
export type Shapes = Map<string, Map<string, string>>;

// Fields whose content the org's own schemas extend (custom profile attributes): open shapes.
const OPEN_FIELDS = new Set(["profile"]);

class ShapeWriter {
  readonly shapes: Shapes = new Map();
  // Schemas whose fields are being collected: a discriminator's subtypes name their base in allOf.
  #visiting = new Set<Node>();

  /** The type code of a schema node resolved in `doc` (whose shapes are keyed with `prefix`). */
  code(doc: Node, node: Node, prefix: string, depth = 0): string {
    if (!node || typeof node !== "object" || depth > 30) return "?";
    const name = refName(node);
    if (name) return this.#named(doc, name, prefix, depth);
    if (node.type === "array") return "[" + this.code(doc, node.items, prefix, depth + 1);
    if (node.type === "string") return "s";
    if (node.type === "integer" || node.type === "number") return "n";
    if (node.type === "boolean") return "b";
    const fields = this.#fields(doc, node, prefix, depth);
    if (!fields) return "?";
    // Inline object schemas get a key from their content, so equal ones share a shape.
    const key = "~" + hash([...fields].map(([k, v]) => `${k}:${v}`).join(","));
    this.shapes.set(key, fields);
    return "@" + key;
  }

  #named(doc: Node, name: string, prefix: string, depth: number): string {
    const key = prefix + name;
    if (this.shapes.has(key)) return this.shapes.get(key)!.size ? "@" + key : "?";
    const node = deref(doc, { $ref: `#/components/schemas/${name}` });
    if (["string", "integer", "number", "boolean", "array"].includes(node.type)) {
      return this.code(doc, node, prefix, depth + 1);
    }
    this.shapes.set(key, new Map()); // a placeholder that ends recursion through cycles
    const fields = this.#fields(doc, node, prefix, depth + 1);
    if (!fields) {
      this.shapes.delete(key);
      return "?";
    }
    this.shapes.set(key, fields);
    return "@" + key;
  }

  /** The same shape with unknown fields allowed (profiles: the org's schema adds attributes). */
  #opened(code: string): string {
    if (!code.startsWith("@")) return "?";
    const fields = this.shapes.get(code.slice(1));
    if (!fields?.size) return "?";
    const key = code.slice(1) + "+";
    this.shapes.set(key, new Map([...fields, ["*", "?"]]));
    return "@" + key;
  }

  /** The fields of an object schema (allOf, oneOf, anyOf and discriminator subtypes united). */
  #fields(doc: Node, raw: Node, prefix: string, depth: number): Map<string, string> | undefined {
    const node = deref(doc, raw);
    if (this.#visiting.has(node)) return new Map();
    this.#visiting.add(node);
    try {
      return this.#collect(doc, node, prefix, depth);
    } finally {
      this.#visiting.delete(node);
    }
  }

  #collect(doc: Node, node: Node, prefix: string, depth: number): Map<string, string> | undefined {
    const out = new Map<string, string>();
    const open = node.additionalProperties !== undefined && node.additionalProperties !== false;
    let known = false;
    const parts: Node[] = [...(node.allOf ?? []), ...(node.oneOf ?? []), ...(node.anyOf ?? [])];
    for (const target of Object.values(node.discriminator?.mapping ?? {})) {
      if (typeof target === "string") parts.push({ $ref: target });
    }
    for (const part of parts) {
      const resolved = deref(doc, part);
      if (resolved === node) continue;
      const sub = this.#fields(doc, resolved, prefix, depth + 1);
      if (!sub) return undefined;
      known = true;
      for (const [k, v] of sub) unite(out, k, v);
    }
    if (node.properties && typeof node.properties === "object") {
      known = true;
      for (const [field, schema] of Object.entries(node.properties)) {
        const code = this.code(doc, schema, prefix, depth + 1);
        unite(out, field, OPEN_FIELDS.has(field) ? this.#opened(code) : code);
      }
    }
    if (!known) return undefined;
    if (open) out.set("*", "?");
    return out;
  }
}

// Variants that type a field differently (an app's settings per sign-on mode) leave it unchecked.
function unite(fields: Map<string, string>, field: string, code: string): void {
  const had = fields.get(field);
  fields.set(field, had === undefined || had === code ? code : "?");
}

function hash(text: string): string {
  let h = 2166136261;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 16777619);
  return (h >>> 0).toString(36);
}

/** A parameter's type for help: `string`, `integer`, `boolean`, or its enum values joined by `|`. */
function paramType(doc: Node, schema: Node): string {
  const node = deref(doc, schema ?? {});
  const item = node.type === "array" ? deref(doc, node.items ?? {}) : node;
  const base = Array.isArray(item.enum) ? item.enum.join("|") : String(item.type ?? "string");
  return node.type === "array" ? base + "[]" : base;
}

/** Renders the two modules: `cli_facts.ts` (cmdlets, parameter types) and `cli_bodies.ts`. */
export function emitCliFacts(
  built: readonly BuiltRow[],
  cmdlets: Map<string, string>,
): { facts: string; bodies: string } {
  const writer = new ShapeWriter();
  const bodies: [string, string][] = [];
  const params: [string, string][] = [];
  for (const b of built) {
    const op = b.row;
    if (op.body === "json" && b.bodySchema) {
      const prefix = op.source === "primary" || !op.requestSchema ? "" : op.source + "/";
      const code = writer.code(b.doc, b.bodySchema, prefix);
      if (code !== "?") bodies.push([op.id, code]);
    }
    const types = op.params.map((p) => `${p.name}=${paramType(b.doc, b.paramSchemas.get(p.name))}`);
    if (types.length) params.push([op.id, types.join(" ")]);
  }
  const header = (what: string) => [
    "// generated — do not edit. Run `deno task codegen` (source: tools/codegen/).",
    "/**",
    ` * ${what}`,
    " * This module imports nothing.",
    " *",
    " * @module",
    " */",
    "",
  ];
  const entry = ([key, value]: [string, string]) =>
    `  ${JSON.stringify(key)}: ${JSON.stringify(value)},`;
  const facts = [
    ...header(
      "What the `okta` command line knows beyond the operation table: PowerShell cmdlet names and\n * parameter types.",
    ),
    "/** operationId → the Okta PowerShell module's cmdlet for it. */",
    "export const CMDLETS: Readonly<Record<string, string>> = {",
    ...[...cmdlets].sort(([a], [b]) => a < b ? -1 : 1).map(([id, ps]) =>
      entry([id, cmdletName(ps)])
    ),
    "};",
    "",
    "/** operationId → `name=type` per parameter, space-separated (enums as `A|B`, arrays `[]`). */",
    "export const PARAMETER_TYPES: Readonly<Record<string, string>> = {",
    ...params.map(entry),
    "};",
    "",
  ];
  const shapes = [...writer.shapes].filter(([, f]) => f.size).sort(([a], [b]) => a < b ? -1 : 1);
  const bodyLines = [
    ...header(
      "The field shapes of JSON request bodies, for the `okta` command line's check before sending\n * (type codes: see tools/codegen/emit_cli.ts). Loaded only when a command has a body.",
    ),
    "/** operationId → the type code of its JSON request body. */",
    "export const BODY_SHAPES: Readonly<Record<string, string>> = {",
    ...bodies.map(entry),
    "};",
    "",
    "/** Shape key → `field:code` pairs, space-separated; the field `*` means unknown fields pass. */",
    "export const SHAPES: Readonly<Record<string, string>> = {",
    ...shapes.map(([key, fields]) =>
      entry([key, [...fields].map(([k, v]) => `${k}:${v}`).join(" ")])
    ),
    "};",
    "",
  ];
  return { facts: facts.join("\n"), bodies: bodyLines.join("\n") };
}
