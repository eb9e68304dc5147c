/**
 * The text form of the operation table that `tools/codegen` writes into
 * `src/generated/operations.ts`: the encoding lists the generator uses and the decoder
 * `decodeOperationTable` runs for `src/core/operation_table.ts` (the generated module holds data
 * only).
 *
 * The text has one row per line and `|` between fields (neither occurs in any field). Enumerated
 * fields are indexes into the lists below, which the generator encodes with.
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
} from "./operation.ts";

/** HTTP methods, in the order their indexes are encoded. */
export const METHODS: readonly HttpMethod[] = ["GET", "POST", "PUT", "PATCH", "DELETE"];
/** Body kinds, in the order their indexes are encoded. */
export const BODY: readonly BodyKind[] = ["none", "json", "multipart", "form", "certificate"];
/** Response kinds, in the order their indexes are encoded. */
export const RESPONSE: readonly ResponseKind[] = ["empty", "json", "xml", "text", "binary"];
/** Paging styles, in the order their indexes are encoded. */
export const PAGING: readonly PagingStyle[] = ["none", "link", "body"];
/** Spec sources, in the order their indexes are encoded. */
export const SOURCE: readonly OperationSource[] = ["primary", "powershell", "nodejs"];

const LOCATION: Record<string, ParameterLocation> = { p: "path", q: "query", h: "header" };

/** The decoded table: the operations, and the request content types of those that have one. */
export interface OperationTable {
  /** Every operation, in the order of the rows. */
  operations: readonly Operation[];
  /** operationId → request content type, for operations whose body is not plain JSON or multipart. */
  contentTypes: Readonly<Record<string, string>>;
}

function decodeParam(s: string): OperationParameter {
  let i = 1;
  let required = false;
  let array = false;
  if (s[i] === "!") (required = true), i++;
  if (s[i] === "*") (array = true), i++;
  return { name: s.slice(i), in: LOCATION[s[0]], required, array };
}

function decodeRow(line: string, contentTypes: Record<string, string>): Operation {
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
  if (t[17]) contentTypes[t[0]] = t[17];
  return op;
}

/** Decodes the generated table text into its operations and request content types. */
export function decodeOperationTable(data: string): OperationTable {
  const contentTypes: Record<string, string> = {};
  const operations = data.split("\n").map((line) => decodeRow(line, contentTypes));
  return { operations, contentTypes };
}
