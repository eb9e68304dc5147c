/**
 * Emits `src/generated/types.ts`: one TypeScript type per schema of the merged specs.
 *
 * Enums are literal unions plus `UnknownEnumValue`, a branded string: values read from responses
 * may be anything Okta adds later (a `switch` needs a `default`), yet a misspelled literal
 * written in a request body is a compile error, because a plain string literal does not carry
 * the brand. Objects are closed (misspelled fields are errors) except profiles and schemas with
 * `additionalProperties`, which get an index signature (custom attributes).
 *
 * @module
 */
import { type Node, refName } from "./spec.ts";
import { HEADER } from "./emit_operations.ts";

/**
 * Names the hand-written public API (mod.ts, src/core, src/auth, src/api) and api.ts export: a
 * schema with one of these names is emitted as `<Name>Schema` so `export type *` never clashes.
 */
export const RESERVED_NAMES: readonly string[] = [
  "ApiHost",
  "AuthSettings",
  "BodyKind",
  "Call",
  "CallOptions",
  "HttpMethod",
  "ListBuilder",
  "ListCall",
  "Okta",
  "OktaApi",
  "OktaApiError",
  "OktaAuthError",
  "OktaClient",
  "OktaConfigError",
  "OktaError",
  "OktaFluentApi",
  "OktaNetworkError",
  "OktaOptions",
  "OktaOriginError",
  "OktaPage",
  "OktaResponse",
  "OktaTimeoutError",
  "Operation",
  "OperationId",
  "OperationParameter",
  "Operations",
  "OperationSource",
  "PagingStyle",
  "ParameterLocation",
  "QueryValue",
  "RateLimit",
  "RequestBuilder",
  "RequestSpec",
  "ResponseKind",
  "UnknownEnumValue",
  "WithQuerySetters",
];

/** Converts schemas of one merged document set into TypeScript type expressions. */
export class TypeWriter {
  /** Schema name → schema node (primary first). */
  readonly schemas: Map<string, Node> = new Map();
  /** Schema name → TS identifier. */
  readonly idents: Map<string, string> = new Map();
  /** Schemas that are the base of a discriminated union (emitted also as `<Name>Base`). */
  readonly discriminated: Set<string> = new Set();
  /** Prefix for references to named types (`T.` when emitting outside types.ts). */
  prefix = "";

  /** Registers the schemas of a document (first registration wins). */
  add(doc: Node): void {
    const s = doc.components?.schemas ?? {};
    for (const name of Object.keys(s)) {
      if (this.schemas.has(name)) continue;
      this.schemas.set(name, s[name]);
    }
  }

  /** Finishes registration: identifiers and discriminators. */
  seal(): void {
    const taken = new Set<string>(RESERVED_NAMES);
    for (const name of [...this.schemas.keys()].sort()) {
      let id = name.replace(
        /[^A-Za-z0-9_]+(.)?/g,
        (_, c: string | undefined) => (c ?? "").toUpperCase(),
      );
      if (/^[0-9]/.test(id)) id = `T${id}`;
      if (taken.has(id)) id = `${id}Schema`;
      while (taken.has(id)) id = `${id}_`;
      taken.add(id);
      this.idents.set(name, id);
    }
    for (const [name, node] of this.schemas) {
      if (node?.discriminator?.mapping && (node.properties || node.allOf)) {
        this.discriminated.add(name);
      }
    }
  }

  #ref(name: string, asBase: boolean): string {
    const id = this.idents.get(name);
    if (!id) return "unknown";
    return this.prefix + (asBase && this.discriminated.has(name) ? `${id}Base` : id);
  }

  /** A TS type expression for a schema node. */
  expr(node: Node, depth = 0): string {
    if (node === undefined || node === null || node === true) return "unknown";
    const name = refName(node);
    if (name) return this.#ref(name, false);
    if (typeof node.$ref === "string") return "unknown";
    if (depth > 40) return "unknown";
    const nullable = node.nullable === true ? " | null" : "";
    if (Array.isArray(node["x-closed-enum"])) {
      return `(${node["x-closed-enum"].map((v: unknown) => JSON.stringify(v)).join(" | ")})`;
    }
    if (Array.isArray(node.enum)) {
      const lits = node.enum.filter((v: unknown) => v !== null).map((v: unknown) =>
        JSON.stringify(v)
      );
      if (lits.length === 0) return "unknown";
      const open = node.type === "string" || node.enum.every((v: unknown) => typeof v === "string");
      return `(${lits.join(" | ")}${open ? ` | ${this.prefix}UnknownEnumValue` : ""}${nullable})`;
    }
    if (node.discriminator?.mapping && (node.oneOf || node.anyOf) && !node.properties) {
      return `(${this.#union(node)}${nullable})`;
    }
    if (Array.isArray(node.allOf)) {
      const parts = node.allOf.map((p: Node) => {
        const n = refName(p);
        return n ? this.#ref(n, true) : this.expr(p, depth + 1);
      });
      const own = node.properties ? [this.#object(node, depth)] : [];
      return `(${[...parts, ...own].join(" & ")}${nullable})`;
    }
    const alts = node.oneOf ?? node.anyOf;
    if (Array.isArray(alts)) {
      const parts = alts.map((p: Node) => this.expr(p, depth + 1));
      return `(${parts.join(" | ") || "unknown"}${nullable})`;
    }
    switch (node.type) {
      case "string":
        return node.format === "binary" ? `Blob${nullable}` : `string${nullable}`;
      case "integer":
      case "number":
        return `number${nullable}`;
      case "boolean":
        return `boolean${nullable}`;
      case "array":
        return `${this.#wrap(this.expr(node.items, depth + 1))}[]${nullable}`;
    }
    if (node.properties || node.additionalProperties !== undefined || node.type === "object") {
      return `${this.#object(node, depth)}${nullable}`;
    }
    return "unknown";
  }

  #wrap(t: string): string {
    return /^[A-Za-z0-9_]+$/.test(t) || t.startsWith("(") || t.startsWith("{") ? t : `(${t})`;
  }

  #object(node: Node, depth: number, open = false): string {
    const props = node.properties ?? {};
    const req = new Set<string>(node.required ?? []);
    const lines: string[] = [];
    for (const key of Object.keys(props)) {
      const k = /^[A-Za-z_$][A-Za-z0-9_$]*$/.test(key) ? key : JSON.stringify(key);
      const ro = props[key]?.readOnly === true ? "readonly " : "";
      lines.push(`${ro}${k}${req.has(key) ? "" : "?"}: ${this.expr(props[key], depth + 1)};`);
    }
    const ap = node.additionalProperties;
    if (ap !== undefined && ap !== false) {
      const t = ap === true || Object.keys(ap).length === 0 ? "unknown" : this.expr(ap, depth + 1);
      lines.push(`[key: string]: ${Object.keys(props).length ? "unknown" : t};`);
    } else if (open) {
      lines.push("[key: string]: unknown;");
    }
    if (lines.length === 0) return "Record<string, unknown>";
    return `{ ${lines.join(" ")} }`;
  }

  #union(node: Node): string {
    const d = node.discriminator;
    const byTarget = new Map<string, string[]>();
    for (const [value, ref] of Object.entries(d.mapping as Record<string, string>)) {
      const n = refName({ $ref: ref });
      if (!n) continue;
      byTarget.set(n, [...(byTarget.get(n) ?? []), value]);
    }
    const prop = /^[A-Za-z_$][A-Za-z0-9_$]*$/.test(d.propertyName)
      ? d.propertyName
      : JSON.stringify(d.propertyName);
    const parts: string[] = [];
    for (const [target, values] of byTarget) {
      const lit = values.map((v) => JSON.stringify(v)).join(" | ");
      parts.push(`(${this.#ref(target, true)} & { ${prop}: ${lit} })`);
    }
    return parts.join(" | ") || "unknown";
  }

  /** The declaration(s) of one named schema. */
  declare(name: string): string {
    const node = this.schemas.get(name);
    const id = this.idents.get(name)!;
    const doc = `/** Okta schema \`${name}\` (see https://developer.okta.com/docs/api/). */`;
    const profile = /Profile$/.test(name) && !Array.isArray(node?.enum);
    if (this.discriminated.has(name)) {
      // The base's discriminator is the closed union of the mapped values, so that each union
      // member's discriminator is a unit literal and `if (x.type === "A")` narrows.
      const prop = node.discriminator.propertyName;
      const values = Object.keys(node.discriminator.mapping);
      const props = { ...node.properties, [prop]: { "x-closed-enum": values } };
      const closed = { ...node, discriminator: undefined, properties: props };
      const base = node.allOf ? this.expr(closed) : this.#object(closed, 0, profile);
      return `${doc}\nexport type ${id}Base = ${base};\n${doc}\nexport type ${id} = ${
        this.#union(node)
      };\n`;
    }
    if (
      profile && node && !node.allOf && !node.oneOf && !node.anyOf &&
      (node.properties || node.type === "object")
    ) {
      return `${doc}\nexport type ${id} = ${this.#object(node, 0, true)};\n`;
    }
    return `${doc}\nexport type ${id} = ${this.expr(node)};\n`;
  }
}

/** Renders `src/generated/types.ts`. */
export function emitTypes(w: TypeWriter): string {
  const out: string[] = [
    HEADER,
    "/**",
    " * Types of every schema of the Okta Management API (types only, no runtime code).",
    " *",
    " * @module",
    " */",
    "// deno-lint-ignore-file",
    // Types only, checked once by tests/api/generated_check_test.ts (strictly, without this
    // line) instead of on every `deno check` of every script that imports the client: a
    // script resolves only the declarations it reaches.
    "// @ts-nocheck",
    "/**",
    " * An enum value this version of the types does not know (Okta adds values over time).",
    ' * Read values may carry it; to send one, cast: `"NEW_VALUE" as UnknownEnumValue`.',
    " */",
    "export type UnknownEnumValue = string & { readonly __unknownEnumValue: true };",
    "",
  ];
  for (const name of [...w.schemas.keys()].sort()) out.push(w.declare(name));
  return out.join("\n");
}
