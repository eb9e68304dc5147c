// Spec helpers of the long-tail tests, over the prose-free schema facts `deno task codegen`
// writes to src/generated/schemas.json (no ../shared/okta-openapi needed): the minimal request
// bodies of the sweep, the emulator's shape table as the generator emits it, and an ajv
// validator of responses.
import { Ajv } from "npm:ajv@^8.20.0";
import addFormats from "npm:ajv-formats@^3.0.1";
import type { Operation } from "../../src/core/operation.ts";
import { OPERATIONS } from "../../src/core/operation_table.ts";
import type { SchemaFacts, Source } from "../../tools/codegen/facts.ts";
import {
  emitShapes,
  minimalRequest as minimalOf,
  schemaSource as sourceOf,
} from "../../tools/codegen/shapes.ts";

export type { Source };

let loaded: SchemaFacts | undefined;

/** The generated schema facts: per spec, `{ components: { schemas } }`. */
export function specs(): SchemaFacts {
  return loaded ??= JSON.parse(
    Deno.readTextFileSync(new URL("../../src/generated/schemas.json", import.meta.url)),
  ) as SchemaFacts;
}

/** The document a schema name of an operation resolves in: primary when it has it. */
export function schemaSource(op: Operation, name: string): Source {
  return sourceOf(specs(), op, name);
}

/** The source text of src/generated/schema_shapes.ts, rebuilt from the committed facts. */
export function shapesModule(): string {
  return emitShapes(OPERATIONS, specs());
}

/** A minimal valid request body of an operation (its request schema's required fields). */
export function minimalRequest(op: Operation): unknown {
  return minimalOf(op, specs());
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

type Components = Record<string, unknown>;

/** Whether a property schema is write-only: marked itself or a `$ref` to a marked schema. */
function writeOnlyProperty(property: unknown, schemas: Components): boolean {
  if (property === null || typeof property !== "object") return false;
  const p = property as { writeOnly?: unknown; $ref?: unknown };
  if (p.writeOnly === true) return true;
  const name = typeof p.$ref === "string" ? /^#\/components\/schemas\/(.+)$/.exec(p.$ref)?.[1] : "";
  return name ? (schemas[name] as { writeOnly?: unknown } | undefined)?.writeOnly === true : false;
}

function sanitize(node: unknown, schemas: Components): unknown {
  if (Array.isArray(node)) return node.map((n) => sanitize(n, schemas));
  if (node === null || typeof node !== "object") return node;
  const out: Record<string, unknown> = {};
  const properties = (node as { properties?: unknown }).properties;
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
    // Okta does not return write-only properties, so a response cannot be required to carry one.
    if (
      key === "required" && Array.isArray(value) && properties && typeof properties === "object"
    ) {
      const props = properties as Record<string, unknown>;
      out[key] = value.filter((name) => !writeOnlyProperty(props[String(name)], schemas));
      continue;
    }
    out[key] = key === "properties" && value && typeof value === "object"
      ? Object.fromEntries(Object.entries(value).map(([k, v]) => [k, sanitize(v, schemas)]))
      : sanitize(value, schemas);
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
    const schemas = (doc.components as { schemas?: Components }).schemas ?? {};
    ajv.addSchema({ $id: source, components: sanitize(doc.components, schemas) });
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
