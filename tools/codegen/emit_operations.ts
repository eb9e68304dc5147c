/**
 * Emits `src/generated/operations.ts`: the runtime table as one compact JSON literal.
 *
 * @module
 */
import type { Operation } from "../../src/core/operation.ts";

/** Header line of every generated file. */
export const HEADER =
  "// generated — do not edit. Run `deno task codegen` (source: tools/codegen/).";

const METHODS = ["GET", "POST", "PUT", "PATCH", "DELETE"];
const BODY = ["none", "json", "multipart", "form", "certificate"];
const RESPONSE = ["empty", "json", "xml", "text", "binary"];
const PAGING = ["none", "link", "body"];
const SOURCE = ["primary", "powershell", "nodejs"];

/** Encodes one row as a tuple (decoded by the emitted `decode`). */
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
import type {
  BodyKind,
  HttpMethod,
  Operation,
  OperationParameter,
  OperationSource,
  PagingStyle,
  ParameterLocation,
  ResponseKind,
} from "../core/operation.ts";

const METHODS: readonly HttpMethod[] = ${JSON.stringify(METHODS)};
const BODY: readonly BodyKind[] = ${JSON.stringify(BODY)};
const RESPONSE: readonly ResponseKind[] = ${JSON.stringify(RESPONSE)};
const PAGING: readonly PagingStyle[] = ${JSON.stringify(PAGING)};
const SOURCE: readonly OperationSource[] = ${JSON.stringify(SOURCE)};
const LOCATION: Record<string, ParameterLocation> = { p: "path", q: "query", h: "header" };

const RAW: string = ${JSON.stringify(data)};


function decodeParam(s: string): OperationParameter {
  let i = 1;
  let required = false;
  let array = false;
  if (s[i] === "!") (required = true), i++;
  if (s[i] === "*") (array = true), i++;
  return { name: s.slice(i), in: LOCATION[s[0]], required, array };
}

/** Request content types for the operations whose body is not plain JSON or multipart. */
export const CONTENT_TYPES: Readonly<Record<string, string>> = {};

function decode(line: string): Operation {
  const t = line.split("|");
  const flags = +t[9];
  const op: Operation = {
    id: t[0],
    method: METHODS[+t[1]],
    path: t[2],
    params: t[3] ? t[3].split(" ").map(decodeParam) : [],
    body: BODY[+t[4]],
    bodyRequired: (flags & 1) !== 0,
    response: RESPONSE[+t[5]],
    returnsArray: (flags & 2) !== 0,
    paging: PAGING[+t[6]],
    successStatus: +t[7],
    scopes: t[8] ? t[8].split(" ") : [],
    apiToken: (flags & 4) !== 0,
    anonymous: (flags & 8) !== 0,
    tag: t[10],
    fluent: t[13],
    source: SOURCE[+t[14]],
  };
  if (t[11]) op.requestSchema = t[11];
  if (t[12]) op.responseSchema = t[12];
  if (t[15]) op.lifecycle = t[15];
  if (t[16]) op.itemsProperty = t[16];
  if (t[17]) (CONTENT_TYPES as Record<string, string>)[t[0]] = t[17];
  return op;
}

/** Every operation of the Okta Management API: the primary spec, then the supplements' extras. */
export const OPERATIONS: readonly Operation[] = RAW.split("\\n").map(decode);

/** The number of operations in {@link OPERATIONS}. */
export const OPERATION_COUNT: number = ${rows.length};
`;
}
