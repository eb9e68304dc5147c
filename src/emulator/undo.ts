/**
 * Per-request undo log: a write that fails leaves the org exactly as it was.
 *
 * While a write request runs ({@link transact}), the store primitives record how to undo each
 * change: {@link OrderedCollection} and {@link JournaledMap} log (key, previous value or
 * absence) on `set`/`delete`, and a record read through their `get` has its own fields saved
 * once ({@link touch}) because handlers then mutate it in place (`user.status = …`). On failure
 * the log is replayed backwards; on success it is dropped. The cost is proportional to what the
 * request touched, never to the size of the org (a whole-org copy per write was 115x slower).
 *
 * The log lives in an AsyncLocalStorage so interleaved async requests never share one; outside a
 * write (reads, seeding, loading state) there is no log and the primitives record nothing.
 *
 * @module
 */
import { AsyncLocalStorage } from "node:async_hooks";

interface Journal {
  /** Undo steps in the order the changes happened. */
  steps: (() => void)[];
  /** Records whose fields are saved already. */
  touched: Set<object>;
  /** Set when the handler threw (even if the error was rendered as a response). */
  failed: boolean;
}

const current = new AsyncLocalStorage<Journal>();

/** Whether a write request is running in this async context (and changes must be logged). */
export function journaling(): boolean {
  return current.getStore() !== undefined;
}

/** Logs how to undo a change about to be made (a no-op outside a write). */
export function onUndo(step: () => void): void {
  current.getStore()?.steps.push(step);
}

/** Marks the running write as failed (its changes are undone when it ends). */
export function markFailed(): void {
  const journal = current.getStore();
  if (journal) journal.failed = true;
}

/** Runs `fn` outside any write's log (for lazy set-up that must outlive a failed write). */
export function untracked<T>(fn: () => T): T {
  return current.exit(fn);
}

function isRecord(value: unknown): value is Record<string, unknown> {
  if (value === null || typeof value !== "object") return false;
  const proto = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}

/** A deep copy of plain data (records and arrays); anything else is kept as it is. */
function copy(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(copy);
  if (!isRecord(value)) return value;
  // Faster than structuredClone for the small records a write touches.
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(value)) out[key] = copy(value[key]);
  return out;
}

/**
 * Saves a stored record's fields before the running write may mutate it in place; later
 * calls in the same request are free. Plain data is copied deeply, Sets by content (restored
 * in place, so references to them stay valid), other objects (collections, which log their
 * own changes) by reference. Anything else than a plain record or a Set is left alone.
 */
export function touch(value: unknown): void {
  const journal = current.getStore();
  if (!journal || value === null || typeof value !== "object") return;
  if (journal.touched.has(value)) return;
  if (value instanceof Set) {
    journal.touched.add(value);
    const saved = [...value];
    journal.steps.push(() => {
      value.clear();
      for (const v of saved) value.add(v);
    });
    return;
  }
  if (!isRecord(value)) return;
  journal.touched.add(value);
  const saved: [string, unknown][] = [];
  const sets: [Set<unknown>, unknown[]][] = [];
  for (const key of Object.keys(value)) {
    const v = value[key];
    if (v instanceof Set) sets.push([v, [...v]]);
    saved.push([key, copy(v)]);
  }
  journal.steps.push(() => {
    for (const key of Object.keys(value)) delete value[key];
    for (const [key, v] of saved) value[key] = v;
    for (const [set, items] of sets) {
      set.clear();
      for (const v of items) set.add(v);
    }
  });
}

/**
 * Runs a write; when it throws, marks itself failed or `failed(result)` says so, undoes every
 * logged change (newest first) before answering. A throw is rethrown after the undo.
 */
export async function transact<T>(
  run: () => Promise<T>,
  failed: (result: T) => boolean,
): Promise<T> {
  const journal: Journal = { steps: [], touched: new Set(), failed: false };
  let result: T;
  try {
    result = await current.run(journal, run);
  } catch (error) {
    rollBack(journal);
    throw error;
  }
  if (journal.failed || failed(result)) rollBack(journal);
  return result;
}

function rollBack(journal: Journal): void {
  const steps = journal.steps;
  journal.steps = [];
  for (let i = steps.length - 1; i >= 0; i--) steps[i]();
}

/**
 * A Map whose changes are logged during a write. With `touchValues`, values read are
 * {@link touch}ed too (for maps of Sets that callers change in place).
 */
export class JournaledMap<K, V> extends Map<K, V> {
  #touchValues: boolean;

  /**
   * Creates an empty map.
   * @param touchValues whether `get` saves the value it returns during a write.
   */
  constructor(touchValues = false) {
    super();
    this.#touchValues = touchValues;
  }

  /** The value for `key` (saved first, during a write, with `touchValues`). */
  override get(key: K): V | undefined {
    const value = super.get(key);
    if (this.#touchValues && value !== undefined) touch(value);
    return value;
  }

  /** Sets `key` (the previous value or its absence is logged during a write). */
  override set(key: K, value: V): this {
    if (journaling()) this.#log(key);
    return super.set(key, value);
  }

  /** Deletes `key` (the previous value is logged during a write). */
  override delete(key: K): boolean {
    if (journaling() && super.has(key)) this.#log(key);
    return super.delete(key);
  }

  /** Removes every entry (all of them are logged during a write). */
  override clear(): void {
    if (journaling()) { for (const key of super.keys()) this.#log(key); }
    super.clear();
  }

  #log(key: K): void {
    const had = super.has(key);
    const previous = super.get(key);
    onUndo(() => {
      if (had) Map.prototype.set.call(this, key, previous);
      else Map.prototype.delete.call(this, key);
    });
  }
}
