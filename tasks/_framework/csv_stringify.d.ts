// Minimal types for npm:csv-stringify/sync. The package's own types reference @types/node,
// which the lockfile resolves to an old version without `node:` modules and breaks type checks
// of any file that also imports `node:util`.

/** Options of `stringify` (the subset the tasks use). */
export interface StringifyOptions {
  header?: boolean;
  columns?: string[];
  delimiter?: string;
}

/** Serializes records to CSV text, one line per record. */
export function stringify(records: unknown[][], options?: StringifyOptions): string;
