/**
 * Row writers for the output formats. `csv`, `ndjson`, `json` and `pretty` stream row by row
 * (constant memory); `table` has to see every row to size its columns, so it buffers.
 *
 * @module
 */
import type { OutputFormat, Row } from "./types.ts";

/** Where text goes: stdout, a file, or a test buffer. */
export interface TextSink {
  /** Writes text. */
  write(text: string): Promise<void>;
  /** Flushes and releases the sink. */
  close(): Promise<void>;
}

/** Writes rows in one format. */
export interface RowWriter {
  /** Writes one row. */
  write(row: Row): Promise<void>;
  /** Ends the output (closing brackets, the table) and closes the sink. */
  close(): Promise<void>;
}

/** Options of {@linkcode createRowWriter}. */
export interface RowWriterOptions {
  /** Column order; unknown keys are appended in first-seen order (csv: fixed after the header). */
  columns?: readonly string[];
  /** Whether ANSI colour may be used (table header only). */
  color?: boolean;
  /** Formats one row for `pretty`. */
  pretty?: (row: Row) => string;
}

const FLUSH_AT = 64 * 1024;
const CSV_BATCH = 200;
const MAX_CELL = 60;

/** A sink writing UTF-8 to a `Deno.FsFile`-like writer, buffering small writes. */
export function writerSink(
  writer: { write(p: Uint8Array): Promise<number>; close?(): void },
  options: { closeWriter: boolean },
): TextSink {
  const encoder = new TextEncoder();
  let buffer = "";
  const flush = async (): Promise<void> => {
    if (!buffer) return;
    let bytes = encoder.encode(buffer);
    buffer = "";
    while (bytes.length > 0) {
      const n = await writer.write(bytes);
      bytes = bytes.subarray(n);
    }
  };
  return {
    async write(text) {
      buffer += text;
      if (buffer.length >= FLUSH_AT) await flush();
    },
    async close() {
      await flush();
      if (options.closeWriter) writer.close?.();
    },
  };
}

/** Turns a value into one text cell: arrays joined by `;`, objects as JSON, null as empty. */
export function cell(value: unknown): string {
  if (value === null || value === undefined) return "";
  if (Array.isArray(value)) {
    return value.map((v) => (typeof v === "object" ? JSON.stringify(v) : String(v))).join(";");
  }
  if (value instanceof Date) return value.toISOString();
  if (typeof value === "object") return JSON.stringify(value);
  return String(value);
}

// A spreadsheet runs a cell that starts with one of these as a formula (CSV injection).
const FORMULA_START = /^[=+\-@\t\r]/;
const PLAIN_NUMBER = /^[+-]?\d+(?:\.\d+)?(?:e[+-]?\d+)?$/i;

/**
 * A CSV cell a spreadsheet shows as text: one that starts with `=`, `+`, `-`, `@`, a tab or a
 * carriage return gets a leading `'`, unless it is a plain number (which runs nothing).
 *
 * @example
 * ```ts
 * import { spreadsheetSafe } from "./output.ts";
 * spreadsheetSafe("=HYPERLINK(\"http://x\")"); // "'=HYPERLINK(\"http://x\")"
 * spreadsheetSafe("-5"); // "-5"
 * ```
 */
export function spreadsheetSafe(text: string): string {
  return FORMULA_START.test(text) && !PLAIN_NUMBER.test(text) ? `'${text}` : text;
}

/** Creates the writer for `format`. */
export function createRowWriter(
  format: OutputFormat,
  sink: TextSink,
  options: RowWriterOptions = {},
): RowWriter {
  switch (format) {
    case "ndjson":
      return {
        write: (row) => sink.write(JSON.stringify(row) + "\n"),
        close: () => sink.close(),
      };
    case "json": {
      let first = true;
      return {
        async write(row) {
          await sink.write((first ? "[\n" : ",\n") + JSON.stringify(row));
          first = false;
        },
        async close() {
          await sink.write(first ? "[]\n" : "\n]\n");
          await sink.close();
        },
      };
    }
    case "csv": {
      let columns: string[] | undefined;
      // Loaded on first use: the npm CSV package costs start-up time to every other format.
      let stringify: ((rows: string[][]) => string) | undefined;
      const csv = async () => stringify ??= (await import("./deps.ts")).stringify;
      // Rows are stringified a batch at a time: one call per row cost more than the rest of an
      // export (the package sets up a stringifier per call). A batch is small and bounded.
      let batch: string[][] = [];
      const flush = async () => {
        if (batch.length === 0) return;
        const text = (await csv())(batch);
        batch = [];
        await sink.write(text);
      };
      return {
        async write(row) {
          if (!columns) {
            columns = mergeColumns(options.columns ?? [], row);
            batch.push(columns.map(spreadsheetSafe));
          }
          batch.push(columns.map((c) => spreadsheetSafe(cell(row[c]))));
          if (batch.length >= CSV_BATCH) await flush();
        },
        async close() {
          if (!columns && options.columns) batch.push([...options.columns]);
          await flush();
          await sink.close();
        },
      };
    }
    case "pretty": {
      const format = options.pretty ?? ((row: Row) => Object.values(row).map(cell).join("  "));
      return {
        write: (row) => sink.write(format(row) + "\n"),
        close: () => sink.close(),
      };
    }
    case "table": {
      const rows: Row[] = [];
      return {
        write(row) {
          rows.push(row);
          return Promise.resolve();
        },
        async close() {
          await sink.write(renderTable(rows, options.columns ?? [], options.color ?? false));
          await sink.close();
        },
      };
    }
  }
}

function mergeColumns(declared: readonly string[], row: Row): string[] {
  const columns = [...declared];
  for (const key of Object.keys(row)) if (!columns.includes(key)) columns.push(key);
  return columns;
}

function renderTable(rows: Row[], declared: readonly string[], color: boolean): string {
  if (rows.length === 0) return "(no rows)\n";
  let columns = [...declared];
  for (const row of rows) columns = mergeColumns(columns, row);
  // Drop declared columns no row has a value for, so tables stay narrow.
  columns = columns.filter((c) => rows.some((r) => cell(r[c]) !== ""));
  const clip = (text: string): string =>
    text.length > MAX_CELL ? text.slice(0, MAX_CELL - 1) + "…" : text;
  const cells = rows.map((r) => columns.map((c) => clip(cell(r[c]).replace(/\s+/g, " "))));
  const widths = columns.map((c, i) => Math.max(c.length, ...cells.map((r) => r[i].length)));
  const line = (values: string[]): string =>
    values.map((v, i) => v.padEnd(widths[i])).join("  ").trimEnd();
  const header = line(columns);
  const out = [color ? `\x1b[1m${header}\x1b[0m` : header];
  out.push(widths.map((w) => "-".repeat(w)).join("  "));
  for (const r of cells) out.push(line(r));
  return out.join("\n") + "\n";
}
