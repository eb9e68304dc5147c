/**
 * The one place temporary passwords go: a CSV file the user names, readable by its owner only
 * (mode 0600). Rows are appended, so a resumed run keeps the passwords an earlier run received.
 *
 * @module
 */
import { stringify } from "./deps.ts";
import { spreadsheetSafe } from "./output.ts";
import { ensureParentDir } from "./util.ts";

/** An open temporary-password file. */
export interface TempPasswordFile {
  /** Appends one user's temporary password (one write of one whole line). */
  append(row: { login: string; id: string; tempPassword: string }): Promise<void>;
  /** Closes the file. */
  close(): void;
}

const HEADER = ["login", "id", "tempPassword"];

/** Opens (creating when missing) the file at `path` for appending, and makes it owner-only. */
export async function openTempPasswordFile(path: string): Promise<TempPasswordFile> {
  await ensureParentDir(path);
  const file = await Deno.open(path, { append: true, create: true, mode: 0o600 });
  // `mode` applies only when the file is created: an existing file is narrowed too.
  if (Deno.build.os !== "windows") await Deno.chmod(path, 0o600);
  const encoder = new TextEncoder();
  const write = async (cells: string[]): Promise<void> => {
    let bytes = encoder.encode(stringify([cells.map(spreadsheetSafe)]));
    while (bytes.length > 0) bytes = bytes.subarray(await file.write(bytes));
  };
  if ((await file.stat()).size === 0) await write(HEADER);
  return {
    append: (row) => write([row.login, row.id, row.tempPassword]),
    close: () => file.close(),
  };
}
