/**
 * Loading and merging the Okta Management API descriptions (primary + supplements).
 *
 * @module
 */
// deno-lint-ignore no-import-prefix -- fully qualified npm specifiers are the project rule
import { parse } from "npm:yaml@^2.9.1";

/** A loosely typed OpenAPI node. */
// deno-lint-ignore no-explicit-any
export type Node = any;

/** One parsed spec document and where it came from. */
export interface SpecDoc {
  /** Which spec. */
  source: "primary" | "powershell" | "nodejs";
  /** Parsed document. */
  doc: Node;
}

/** One operation of the merged surface, still in spec form. */
export interface RawOperation {
  /** Spec that supplied it. */
  source: SpecDoc["source"];
  /** Lowercase method. */
  method: string;
  /** Path template as written by the winning spec. */
  path: string;
  /** The operation object. */
  op: Node;
  /** Path-level parameters. */
  pathParams: Node[];
  /** The document the refs resolve against. */
  doc: Node;
}

const METHODS = ["get", "post", "put", "patch", "delete"] as const;

/** Reads a YAML spec, tolerating duplicate keys (the PowerShell spec has one). */
export function loadSpec(file: string, source: SpecDoc["source"]): SpecDoc {
  const text = Deno.readTextFileSync(file);
  return { source, doc: parse(text, { uniqueKeys: false, maxAliasCount: -1 }) };
}

/** The join key: method + path with placeholder names erased. */
export function routeKey(method: string, path: string): string {
  return `${method.toUpperCase()} ${path.replace(/\{[^}]+\}/g, "{}")}`;
}

/** Unions the operations of several specs by method + path template; earlier specs win. */
export function mergeOperations(specs: SpecDoc[]): RawOperation[] {
  const seen = new Map<string, RawOperation>();
  for (const spec of specs) {
    const paths = spec.doc.paths ?? {};
    for (const path of Object.keys(paths)) {
      const item = paths[path];
      for (const method of METHODS) {
        const op = item[method];
        if (!op) continue;
        const key = routeKey(method, path);
        if (seen.has(key)) continue;
        seen.set(key, {
          source: spec.source,
          method,
          path,
          op,
          pathParams: item.parameters ?? [],
          doc: spec.doc,
        });
      }
    }
  }
  return [...seen.values()];
}

/** Resolves a local `$ref` (`#/components/...`) against a document. */
export function deref(doc: Node, node: Node): Node {
  let n = node;
  let guard = 0;
  while (n && typeof n === "object" && typeof n.$ref === "string" && guard++ < 20) {
    const parts = n.$ref.replace(/^#\//, "").split("/");
    let cur = doc;
    for (const p of parts) cur = cur?.[p.replace(/~1/g, "/").replace(/~0/g, "~")];
    if (cur === undefined) return {};
    n = cur;
  }
  return n;
}

/** The schema name of a `$ref` to `#/components/schemas/X`, else undefined. */
export function refName(node: Node): string | undefined {
  const r = node?.$ref;
  if (typeof r !== "string") return undefined;
  const m = /^#\/components\/schemas\/(.+)$/.exec(r);
  return m ? m[1] : undefined;
}
