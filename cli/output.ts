/**
 * How the command line prints results: a list streams through the tasks' row writers (table,
 * JSON, NDJSON, CSV with formula-safe cells), a single object prints as indented JSON or as a
 * field/value table. `--columns` picks dotted paths (`profile.login`).
 *
 * @module
 */
import { createRowWriter, type RowWriter, type TextSink } from "../tasks/_framework/output.ts";
import type { Format } from "./flags.ts";

type Row = Record<string, unknown>;

/** The value at a dotted path (`profile.login`), or undefined. */
export function pick(value: unknown, path: string): unknown {
  let node = value;
  for (const key of path.split(".")) {
    if (node === null || typeof node !== "object") return undefined;
    node = (node as Record<string, unknown>)[key];
  }
  return node;
}

/** Scalar leaves of an object as dotted paths (links and embedded objects left out). */
export function flatten(value: unknown, prefix = "", into: Row = {}): Row {
  if (value === null || typeof value !== "object" || Array.isArray(value)) {
    into[prefix || "value"] = value;
    return into;
  }
  for (const [key, child] of Object.entries(value as Row)) {
    if (key === "_links" || key === "_embedded") continue;
    const path = prefix ? `${prefix}.${key}` : key;
    if (child !== null && typeof child === "object" && !Array.isArray(child)) {
      flatten(child, path, into);
    } else into[path] = child;
  }
  return into;
}

// What an admin looks for first in a table of users, groups, apps, policies and the rest.
const PREFERRED = [
  "id",
  "status",
  "type",
  "name",
  "label",
  "profile.login",
  "profile.name",
  "profile.email",
  "profile.firstName",
  "profile.lastName",
  "signOnMode",
  "type.id",
  "created",
  "lastUpdated",
];
const TABLE_COLUMNS = 8;

/** The columns of a table when `--columns` is not given, from the first item. */
export function defaultColumns(first: unknown): string[] {
  const flat = flatten(first);
  const keys = Object.keys(flat);
  const columns = PREFERRED.filter((k) => k in flat);
  for (const key of keys) {
    if (columns.length >= TABLE_COLUMNS) break;
    if (!columns.includes(key) && !key.includes(".")) columns.push(key);
  }
  return columns.slice(0, TABLE_COLUMNS);
}

/** Writes the items of a list, one at a time. */
export interface ItemWriter {
  /** Writes one item. */
  write(item: unknown): Promise<void>;
  /** Ends the output. */
  close(): Promise<void>;
}

/** An item writer for `format`; `columns` projects each item onto dotted paths. */
export function createItemWriter(
  format: Format,
  sink: TextSink,
  columns: readonly string[] | undefined,
  color: boolean,
): ItemWriter {
  let rows: RowWriter | undefined;
  let chosen = columns ? [...columns] : undefined;
  const project = (item: unknown): Row => {
    if (!chosen) return flatten(item);
    const row: Row = {};
    for (const c of chosen) row[c] = pick(item, c);
    return row;
  };
  return {
    async write(item) {
      if (format === "json" || format === "ndjson") {
        rows ??= createRowWriter(format, sink);
        await rows.write(chosen ? project(item) : item as Row);
        return;
      }
      if (!rows) {
        if (format === "table") chosen ??= defaultColumns(item);
        rows = createRowWriter(format, sink, { columns: chosen, color });
      }
      await rows.write(project(item));
    },
    async close() {
      rows ??= createRowWriter(format, sink, { columns: chosen, color });
      await rows.close();
    },
  };
}

/** Prints one result (a single object, a string or nothing). */
export async function writeSingle(
  value: unknown,
  format: Format,
  sink: TextSink,
  columns: readonly string[] | undefined,
  color: boolean,
): Promise<void> {
  if (value === undefined) return await sink.close();
  if (typeof value === "string" || value instanceof Uint8Array) {
    await sink.write(typeof value === "string" ? value : new TextDecoder().decode(value));
    return await sink.close();
  }
  if (format === "json") {
    const shown = columns ? Object.fromEntries(columns.map((c) => [c, pick(value, c)])) : value;
    await sink.write(JSON.stringify(shown, null, 2) + "\n");
    return await sink.close();
  }
  if (format === "table" && !columns && !Array.isArray(value)) {
    const flat = flatten(value);
    const width = Math.max(5, ...Object.keys(flat).map((k) => k.length));
    const lines = Object.entries(flat).map(([k, v]) =>
      `${color ? `\x1b[1m${k.padEnd(width)}\x1b[0m` : k.padEnd(width)}  ${
        v === null || v === undefined ? "" : typeof v === "object" ? JSON.stringify(v) : String(v)
      }`
    );
    await sink.write(lines.join("\n") + "\n");
    return await sink.close();
  }
  const writer = createItemWriter(format, sink, columns, color);
  for (const item of Array.isArray(value) ? value : [value]) await writer.write(item);
  await writer.close();
}
