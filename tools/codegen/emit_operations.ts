/**
 * Emits `src/generated/operations.ts`: the runtime table as data (one compact string literal),
 * decoded by `src/core/operation_table.ts`.
 *
 * @module
 */
import type { Operation } from "../../src/core/operation.ts";
import { BODY, METHODS, PAGING, RESPONSE, SOURCE } from "../../src/core/operation_table.ts";

/** Header line of every generated file. */
export const HEADER =
  "// generated — do not edit. Run `deno task codegen` (source: tools/codegen/).";

/** Encodes one row as a tuple (decoded by `decodeOperationTable` in src/core/operation_table.ts). */
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
  // One string: rows separated by "\n", fields by "|" (neither occurs in any field), which keeps
  // the module small and fast to load (no per-field quoting, one split per row).
  const lines = rows.map((r) =>
    encode(r.row, r.contentType).map((f) => {
      const text = String(f);
      if (/[|\n]/.test(text)) throw new Error(`field ${text} of ${r.row.id} contains a separator`);
      return text;
    }).join("|")
  );
  const data = lines.join("\n");
  return `${HEADER}
/**
 * The runtime operation table of the Okta Management API (${rows.length} operations), as data.
 *
 * Rows are stored as one compact string and decoded once, when this module loads.
 *
 * @module
 */
import type { Operation } from "../core/operation.ts";
import { decodeOperationTable, type OperationTable } from "../core/operation_table.ts";

const DATA: string = ${JSON.stringify(data)};

const TABLE: OperationTable = decodeOperationTable(DATA);

/** Every operation of the Okta Management API: the primary spec, then the supplements' extras. */
export const OPERATIONS: readonly Operation[] = TABLE.operations;

/** Request content types for the operations whose body is not plain JSON or multipart. */
export const CONTENT_TYPES: Readonly<Record<string, string>> = TABLE.contentTypes;

/** The number of operations in {@link OPERATIONS}. */
export const OPERATION_COUNT: number = ${rows.length};
`;
}
