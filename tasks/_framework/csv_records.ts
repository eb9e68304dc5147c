/**
 * The CSV files the tasks read: records of cells, with a parse failure reported as a usage error.
 *
 * @module
 */
import { UsageError } from "./args.ts";
import { parse } from "./deps.ts";

/**
 * Parses CSV text into records of cells (a byte-order mark, blank lines and rows of any length
 * are accepted). A file that is not CSV is a {@link UsageError} `Cannot parse the <what>: …`.
 */
export function parseCsvRecords(text: string, what: string): string[][] {
  try {
    return parse(text, {
      bom: true,
      skip_empty_lines: true,
      relax_column_count: true,
    }) as string[][];
  } catch (error) {
    throw new UsageError(`Cannot parse the ${what}: ${(error as Error).message}`);
  }
}
