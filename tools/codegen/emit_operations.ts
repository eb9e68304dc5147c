/**
 * Emits `src/generated/operations.ts`: the runtime table as data (one row per line), decoded by
 * `src/core/operation_table.ts`.
 *
 * @module
 */
import type { Operation } from "../../src/core/operation.ts";
import { BODY, METHODS, PAGING, RESPONSE, SOURCE } from "../../src/core/operation_codec.ts";

/** Header line of every generated file. */
export const HEADER =
  "// generated — do not edit. Run `deno task codegen` (source: tools/codegen/).";

/** Encodes one row as a tuple (decoded by `decodeOperationTable` in src/core/operation_codec.ts). */
function encode(r: Operation, contentType: string | undefined): unknown[] {
  const params = r.params.map((p) =>
    `${p.in[0]}${p.required ? "!" : ""}${p.array ? "*" : ""}${p.name}`
  ).join(" ");
  const flags = (r.bodyRequired ? 1 : 0) | (r.returnsArray ? 2 : 0) | (r.apiToken ? 4 : 0) |
    (r.anonymous ? 8 : 0);
  return [
    r.id,
    METHODS.indexOf(r.method),
    r.path,
    params,
    BODY.indexOf(r.body),
    RESPONSE.indexOf(r.response),
    PAGING.indexOf(r.paging),
    r.successStatus,
    r.scopes.join(" "),
    flags,
    r.tag,
    r.requestSchema ?? "",
    r.responseSchema ?? "",
    r.fluent,
    SOURCE.indexOf(r.source),
    r.lifecycle ?? "",
    r.itemsProperty ?? "",
    contentType ?? "",
  ];
}

/** Renders the module text. */
export function emitOperations(rows: { row: Operation; contentType?: string }[]): string {
  // One row per source line, fields separated by "|" (which occurs in no field): a spec change
  // is a diff of the rows it touches, and the module stays small and fast to load. The rows sit
  // in a template literal, so a field must not hold a character that would end or escape it.
  const lines = rows.map((r) =>
    encode(r.row, r.contentType).map((f) => {
      const text = String(f);
      if (/[|\n`\\]|\$\{/.test(text)) {
        throw new Error(`field ${text} of ${r.row.id} contains a separator or template character`);
      }
      return text;
    }).join("|")
  );
  return `${HEADER}
/**
 * The runtime operation table of the Okta Management API (${rows.length} operations), as data:
 * one row per line, decoded by \`src/core/operation_table.ts\` (this module imports nothing).
 *
 * @module
 */

/** The encoded rows, one per line: the primary spec, then the supplements' extras. */
export const OPERATION_ROWS: string = \`${lines.join("\n")}\`;

/** The number of rows in {@link OPERATION_ROWS}. */
export const OPERATION_COUNT: number = ${rows.length};
`;
}
