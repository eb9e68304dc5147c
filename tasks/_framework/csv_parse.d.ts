// Minimal types for npm:csv-parse/sync (see csv_stringify.d.ts for why they are local).

/** Options of `parse` (the subset the tasks use). */
export interface ParseOptions {
  bom?: boolean;
  columns?: boolean;
  skip_empty_lines?: boolean;
  relax_column_count?: boolean;
  trim?: boolean;
  info?: boolean;
}

/** Parses CSV text into records (arrays of strings when `columns` is false). */
export function parse(input: string, options?: ParseOptions): unknown[];
