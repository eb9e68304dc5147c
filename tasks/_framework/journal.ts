/**
 * An append-only NDJSON journal that lets an interrupted bulk job resume: an entry is written
 * before each write to the org (`start`) and after it (`done` / `failed`). A rerun skips keys that
 * are `done` and checks keys that were started but never finished against the org, so nothing
 * is lost and nothing is done twice.
 *
 * Each entry is one `write()` of one whole line on a file opened for appending, so a process
 * killed at any moment leaves at worst a last line cut short, which the reader ignores.
 *
 * @module
 */
import { ensureParentDir } from "./util.ts";

/** One journal entry. */
export interface JournalEntry {
  /**
   * `start` before the write, `done` after it succeeded, `failed` after it failed; `org` names
   * the org a run wrote to (one per run, key empty).
   */
  t: "start" | "done" | "failed" | "org";
  /** The item key (e.g. the login). */
  key: string;
  /** When the entry was written (epoch ms). */
  at: number;
  /** Extra fields (row number, action, id, error code). */
  [field: string]: unknown;
}

/** What a journal says about earlier runs. */
export interface JournalState {
  /** Keys finished, with their `done` entry. */
  done: Map<string, JournalEntry>;
  /** Keys started and not finished (the write may or may not have reached the org), with the start time. */
  pending: Map<string, JournalEntry>;
  /** Lines that could not be parsed (a cut-short last line after a kill). */
  damaged: number;
  /** The orgs earlier runs wrote to. */
  orgs: Set<string>;
}

/** Reads a journal; a missing file is an empty journal. */
export async function readJournal(path: string): Promise<JournalState> {
  const state: JournalState = { done: new Map(), pending: new Map(), damaged: 0, orgs: new Set() };
  let text: string;
  try {
    text = await Deno.readTextFile(path);
  } catch (error) {
    if (error instanceof Deno.errors.NotFound) return state;
    throw error;
  }
  for (const line of text.split("\n")) {
    if (!line.trim()) continue;
    let entry: JournalEntry;
    try {
      entry = JSON.parse(line);
    } catch {
      state.damaged++;
      continue;
    }
    if (typeof entry?.key !== "string") {
      state.damaged++;
      continue;
    }
    if (entry.t === "org") {
      if (typeof entry.org === "string") state.orgs.add(entry.org);
    } else if (entry.t === "done") {
      state.done.set(entry.key, entry);
      state.pending.delete(entry.key);
    } else if (entry.t === "start") {
      if (!state.done.has(entry.key) && !state.pending.has(entry.key)) {
        state.pending.set(entry.key, entry);
      }
    } else if (entry.t === "failed") {
      // A failure is final for that attempt: the org answered, so nothing is pending.
      state.pending.delete(entry.key);
    }
  }
  return state;
}

/** An open journal for appending. */
export interface JournalWriter {
  /** Appends one entry (one line, one write). */
  append(entry: Omit<JournalEntry, "at">): Promise<void>;
  /** Closes the file. */
  close(): void;
}

/** Opens a journal for appending, creating it and its folder when missing. */
export async function openJournal(path: string): Promise<JournalWriter> {
  await ensureParentDir(path);
  const file = await Deno.open(path, { append: true, create: true });
  const encoder = new TextEncoder();
  // A previous run killed mid-line leaves no newline at the end: start on a fresh line.
  const size = (await file.stat()).size;
  let needsNewline = false;
  if (size > 0) {
    const reader = await Deno.open(path, { read: true });
    try {
      await reader.seek(size - 1, Deno.SeekMode.Start);
      const last = new Uint8Array(1);
      await reader.read(last);
      needsNewline = last[0] !== 0x0a;
    } finally {
      reader.close();
    }
  }
  let closed = false;
  return {
    async append(entry) {
      if (closed) return;
      const line = (needsNewline ? "\n" : "") + JSON.stringify({ ...entry, at: Date.now() }) + "\n";
      needsNewline = false;
      let bytes = encoder.encode(line);
      while (bytes.length > 0) bytes = bytes.subarray(await file.write(bytes));
    },
    close() {
      if (closed) return;
      closed = true;
      file.close();
    },
  };
}
