/**
 * Emits `src/generated/api.ts`: the typed fluent surface (types only).
 *
 * @module
 */
import type { BuiltRow } from "./rows.ts";
import { deref, type Node } from "./spec.ts";
import type { TypeWriter } from "./emit_types.ts";
import { HEADER } from "./emit_operations.ts";

function pascal(s: string): string {
  return s.split(".").map((p) => p[0].toUpperCase() + p.slice(1)).join("");
}

function key(name: string): string {
  return /^[A-Za-z_$][A-Za-z0-9_$]*$/.test(name) ? name : JSON.stringify(name);
}

/** The item or result type, the query type and the argument types of one operation. */
function shapes(b: BuiltRow, w: TypeWriter) {
  const op = b.row;
  const queryParts: string[] = [];
  const argParts: string[] = [];
  for (const p of op.params) {
    const schema = b.paramSchemas.get(p.name);
    const t = p.in === "path" ? "string" : w.expr(schema ?? { type: "string" });
    if (p.in === "query") queryParts.push(`${key(p.name)}?: ${t};`);
    if (p.in === "path") argParts.push(`${key(p.name)}: string;`);
    else argParts.push(`${key(p.name)}?: ${t};`);
  }
  let body = "never";
  if (op.body === "json") body = b.bodySchema ? w.expr(b.bodySchema) : "unknown";
  if (op.body === "multipart") {
    body = `FormData | Blob | ${
      b.bodySchema ? w.expr(b.bodySchema) : "Record<string, Blob | string>"
    }`;
  }
  if (op.body === "form") body = "Record<string, string> | URLSearchParams";
  if (op.body === "certificate") body = "string | Blob";
  if (op.body !== "none") argParts.push(`body${op.bodyRequired ? "" : "?"}: ${body};`);
  argParts.push("headers?: Record<string, string>;");
  const query = queryParts.length ? `{ ${queryParts.join(" ")} }` : "{}";
  let result: string;
  const node = b.responseSchemaNode ? deref(b.doc, b.responseSchemaNode) : undefined;
  if (op.response === "empty") result = `Call<void, ${query}>`;
  else if (op.response === "xml" || op.response === "text") result = `Call<string, ${query}>`;
  else if (op.response === "binary") result = `Call<Uint8Array, ${query}>`;
  else if (op.returnsArray) {
    result = `ListCall<${w.expr(node?.items)}, ${query}>`;
  } else if (op.paging === "body" && op.itemsProperty) {
    const prop: Node = node?.properties?.[op.itemsProperty];
    result = `ListCall<${w.expr(deref(b.doc, prop ?? {}).items)}, ${query}>`;
  } else {
    result = `Call<${b.responseSchemaNode ? w.expr(b.responseSchemaNode) : "unknown"}, ${query}>`;
  }
  return { result, args: `{ ${argParts.join(" ")} }`, body };
}

/** Renders the module text. */
export function emitApi(built: BuiltRow[], w: TypeWriter): string {
  w.prefix = "T.";
  const out: string[] = [
    HEADER,
    "/**",
    " * The typed fluent surface of the Okta Management API (types only, no runtime code).",
    " *",
    " * @module",
    " */",
    "// deno-lint-ignore-file",
    // Types only, checked once by tests/api/generated_check_test.ts (strictly, without this
    // line) instead of on every `deno check` of every script that imports the client: a
    // script resolves only the declarations it reaches.
    "// @ts-nocheck",
    'import type * as T from "./types.ts";',
    'import type { Call, CallOptions, ListCall } from "../api/shapes.ts";',
    "",
    "/** Per-operation types, by operationId: arguments of `okta.operation()` and the result. */",
    "export interface Operations {",
  ];
  const sigs = new Map<string, string>();
  for (const b of built) {
    const s = shapes(b, w);
    const op = b.row;
    out.push(`  /** \`${op.method} ${op.path}\` */`);
    out.push(`  ${op.id}: { args: ${s.args}; result: ${s.result} };`);
    const pos = op.params.filter((p) => p.in === "path").map((p) => `${key(p.name)}: string`);
    if (op.body !== "none") {
      pos.push(`body${op.bodyRequired ? "" : "?"}: Operations["${op.id}"]["args"]["body"]`);
    }
    pos.push("options?: CallOptions");
    sigs.set(
      op.id,
      `  /** \`${op.method} ${op.path}\` (\`${op.id}\`) */\n  ${op.fluent.split(".").pop()}(${
        pos.join(", ")
      }): Operations["${op.id}"]["result"];`,
    );
  }
  out.push("}", "");
  out.push("/** Every operationId of the Okta Management API. */");
  out.push("export type OperationId = keyof Operations;", "");
  // Generic indexed accesses live here, in the unchecked module: checking `Operations[K]["args"]`
  // for a generic K would resolve all 816 entries in every user's `deno check`.
  out.push(
    "/** The arguments of `okta.operation(operationId, args)`: path and query parameters by name, the body as `body`. */",
    'export type OperationArgs<K extends OperationId> = Operations[K]["args"];',
    "",
    "/** What `okta.operation(operationId, …)` returns: the operation's builder. */",
    'export type OperationResult<K extends OperationId> = Operations[K]["result"];',
    "",
    "/** The rest parameters of `okta.operation(operationId, …)`: `args` may be left out when nothing is required. */",
    "export type OperationCallRest<K extends OperationId> = Record<string, never> extends OperationArgs<K>",
    "  ? [args?: OperationArgs<K>]",
    "  : [args: OperationArgs<K>];",
    "",
  );
  // Namespace interfaces.
  const members = new Map<string, string[]>();
  const ensure = (path: string) => {
    if (!members.has(path)) members.set(path, []);
    return members.get(path)!;
  };
  ensure("");
  for (const b of built) {
    const parts = b.row.fluent.split(".");
    for (let i = 1; i < parts.length; i++) {
      const parent = parts.slice(0, i - 1).join(".");
      const path = parts.slice(0, i).join(".");
      if (!members.has(path)) {
        ensure(path);
        ensure(parent).push(
          `  /** \`okta.${path}\` */\n  readonly ${parts[i - 1]}: ${pascal(path)}Api;`,
        );
      }
    }
    ensure(parts.slice(0, -1).join(".")).push(sigs.get(b.row.id)!);
  }
  for (const [path, lines] of [...members].sort(([a], [b]) => a < b ? -1 : a > b ? 1 : 0)) {
    if (path === "") {
      out.push(
        "/** The fluent namespaces of the whole Management API (`okta.users`, `okta.groups`, …). */",
      );
      out.push("export interface OktaFluentApi {");
    } else {
      out.push(`/** The \`okta.${path}\` namespace. */`);
      out.push(`export interface ${pascal(path)}Api {`);
    }
    out.push(...lines, "}", "");
  }
  w.prefix = "";
  return out.join("\n");
}
