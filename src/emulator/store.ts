/**
 * The in-memory store: ordered collections with O(log n) cursor seeks, so a page costs
 * O(page) whatever the collection size.
 *
 * @module
 */
import { journaling, onUndo, touch } from "./undo.ts";

/** Anything kept in an ordered collection: `seq` gives its place, `id` its key. */
export interface Keyed {
  /** Insertion sequence number; lists are ordered by it. */
  seq: number;
  /** Identifier. */
  id: string;
}

/**
 * A collection ordered by `seq` with lookup by id. Appends (the common case) are O(1),
 * out-of-order inserts and removals O(n) memmove, seeks O(log n).
 */
export class OrderedCollection<T extends Keyed> {
  #items: T[] = [];
  #byId = new Map<string, T>();

  /** Number of items. */
  get size(): number {
    return this.#items.length;
  }

  /** The item with this id (during a write, its fields are saved first: callers mutate it). */
  get(id: string): T | undefined {
    const item = this.#byId.get(id);
    if (item) touch(item);
    return item;
  }

  /** Whether an item with this id exists. */
  has(id: string): boolean {
    return this.#byId.has(id);
  }

  /** Adds or replaces an item (during a write, the previous one or its absence is logged). */
  set(item: T): void {
    if (journaling()) this.#log(item.id);
    this.#set(item);
  }

  /** Removes an item; returns whether it existed (during a write, it is logged). */
  delete(id: string): boolean {
    if (journaling() && this.#byId.has(id)) this.#log(id);
    return this.#delete(id);
  }

  #log(id: string): void {
    const previous = this.#byId.get(id);
    onUndo(() => {
      this.#delete(id);
      if (previous) this.#set(previous);
    });
  }

  #set(item: T): void {
    const old = this.#byId.get(item.id);
    if (old) {
      if (old.seq === item.seq) {
        this.#items[this.#indexOf(old)] = item;
        this.#byId.set(item.id, item);
        return;
      }
      this.#delete(item.id);
    }
    this.#byId.set(item.id, item);
    const last = this.#items[this.#items.length - 1];
    if (!last || last.seq < item.seq) this.#items.push(item);
    else this.#items.splice(this.#lowerBound(item.seq), 0, item);
  }

  #delete(id: string): boolean {
    const item = this.#byId.get(id);
    if (!item) return false;
    this.#byId.delete(id);
    this.#items.splice(this.#indexOf(item), 1);
    return true;
  }

  /** Items in `seq` order. */
  values(): readonly T[] {
    return this.#items;
  }

  /** Index of the first item whose seq is greater than `seq`. */
  indexAfter(seq: number): number {
    return this.#lowerBound(seq + 1);
  }

  /**
   * Up to `limit` items after the cursor `seq` (exclusive) that pass `accept`.
   * Returns the items and, when more matching items may follow, the cursor of the next page
   * (the last item's `seq`).
   */
  page(afterSeq: number | undefined, limit: number, accept?: (item: T) => boolean): {
    items: T[];
    nextSeq: number | undefined;
  } {
    const items: T[] = [];
    let i = afterSeq === undefined ? 0 : this.indexAfter(afterSeq);
    for (; i < this.#items.length; i++) {
      const item = this.#items[i];
      if (accept && !accept(item)) continue;
      if (items.length === limit) return { items, nextSeq: items[items.length - 1]?.seq };
      items.push(item);
    }
    return { items, nextSeq: undefined };
  }

  #indexOf(item: T): number {
    return this.#lowerBound(item.seq);
  }

  #lowerBound(seq: number): number {
    let lo = 0;
    let hi = this.#items.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.#items[mid].seq < seq) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }
}

/** Monotonic sequence numbers shared by every collection of one org. */
export class Sequence {
  #next = 1;

  /** The next number. */
  next(): number {
    const n = this.#next;
    // A failed write gives its numbers back, unless a later request took one since.
    onUndo(() => {
      if (this.#next === n + 1) this.#next = n;
    });
    return this.#next++;
  }

  /** Makes sure later numbers are greater than `seq` (after loading saved state). */
  bump(seq: number): void {
    if (seq >= this.#next) this.#next = seq + 1;
  }
}
