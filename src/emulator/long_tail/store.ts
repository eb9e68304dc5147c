/**
 * The long tail's store: per org, collections and singletons by concrete path, with an index of
 * each path's child collections; seeding from the collections that declare seed items;
 * snapshot/restore for `--state`. Its maps are `JournaledMap`s and its collections
 * `OrderedCollection`s, so a failed request's writes are undone (`../undo.ts`).
 *
 * @module
 */
import type { Org } from "../org.ts";
import { OrderedCollection } from "../store.ts";
import { JournaledMap, touch, untracked } from "../undo.ts";

/** One stored object of a generic collection (`data` is the wire shape without `_links`). */
export interface GenericItem {
  /** Insertion sequence number (list order). */
  seq: number;
  /** Identifier (the last path segment of its URL). */
  id: string;
  /** The wire object without `_links`. */
  data: Record<string, unknown>;
}

/** A collection with items present in a new org (a `Kind` with `seed` is one). */
export interface SeedSource {
  /** Collection template; only literal paths (no `{param}`) are seeded. */
  collection: string;
  /** Items present in a new org. */
  seed?(org: Org): Record<string, unknown>[];
}

/** The store of the long tail: collections by concrete path and singletons by concrete path. */
export class GenericStore {
  /** Concrete collection path → items. */
  readonly collections: Map<string, OrderedCollection<GenericItem>> = new JournaledMap();
  /** Concrete path → object of singleton resources (settings and the like). */
  readonly singletons: Map<string, Record<string, unknown>> = new JournaledMap();

  /** Parent path → paths of the collections one segment below it (may name deleted ones). */
  readonly #children: Map<string, Set<string>> = new Map();

  /** The collection at a concrete path (created empty on first use). */
  collection(path: string): OrderedCollection<GenericItem> {
    let c = this.collections.get(path);
    if (!c) {
      this.collections.set(path, c = new OrderedCollection());
      const parent = path.slice(0, path.lastIndexOf("/"));
      let children = this.#children.get(parent);
      if (!children) this.#children.set(parent, children = new Set());
      children.add(path);
    }
    return c;
  }

  /** The collections one segment below a path (`{parent}/{x}`), without scanning every key. */
  childCollections(parent: string): OrderedCollection<GenericItem>[] {
    const out: OrderedCollection<GenericItem>[] = [];
    for (const path of this.#children.get(parent) ?? []) {
      const c = this.collections.get(path);
      if (c) out.push(c);
    }
    return out;
  }
}

const STORES = new WeakMap<Org, GenericStore>();
/** The seed sources of each org whose long tail is mounted. */
const SEEDS = new WeakMap<Org, readonly SeedSource[]>();
/** Stores that have their seed items (or were restored from a snapshot holding them). */
const SEEDED = new WeakSet<GenericStore>();

/** The long-tail store of an org (created on first use; seeded once its seeds are known). */
export function storeOf(org: Org): GenericStore {
  const existing = STORES.get(org);
  // Seeding on first use is set-up, not part of the write that happened to trigger it.
  return existing ?? untracked(() => createStore(org));
}

function createStore(org: Org): GenericStore {
  const store = new GenericStore();
  STORES.set(org, store);
  const sources = SEEDS.get(org);
  if (sources) seedStore(org, store, sources);
  return store;
}

/**
 * Names the collections whose seed items the org's store holds: seeded now if the store is in
 * use already, else on its first use. Called once, when the long tail is mounted on the org.
 */
export function seedFrom(org: Org, sources: readonly SeedSource[]): void {
  SEEDS.set(org, sources);
  const store = STORES.get(org);
  if (store && !SEEDED.has(store)) untracked(() => seedStore(org, store, sources));
}

function seedStore(org: Org, store: GenericStore, sources: readonly SeedSource[]): void {
  SEEDED.add(store);
  for (const source of sources) {
    if (!source.seed || source.collection.includes("{")) continue;
    const col = store.collection(source.collection);
    for (const data of source.seed(org)) {
      const id = String(data.id);
      org.ids.reserve(id);
      col.set({ seq: org.seq.next(), id, data: { ...data } });
    }
  }
}

/** Serializable form of the long tail's store (for state snapshots). */
export interface GenericSnapshot {
  /** Concrete collection path → items in list order. */
  collections: [string, GenericItem[]][];
  /** Concrete path → singleton object. */
  singletons: [string, Record<string, unknown>][];
}

/** The long tail's store as plain data. */
export function snapshotGeneric(org: Org): GenericSnapshot {
  const store = storeOf(org);
  return {
    collections: [...store.collections].filter(([, c]) => c.size > 0).map((
      [path, c],
    ) => [path, [...c.values()]]),
    singletons: [...store.singletons],
  };
}

/** Replaces the long tail's store with a snapshot (seeds are in the snapshot already). */
export function restoreGeneric(org: Org, snapshot: GenericSnapshot): void {
  const store = new GenericStore();
  SEEDED.add(store);
  for (const [path, items] of snapshot.collections) {
    const col = store.collection(path);
    for (const item of items) {
      col.set(item);
      org.seq.bump(item.seq);
      org.ids.reserve(item.id);
    }
  }
  for (const [path, value] of snapshot.singletons) store.singletons.set(path, value);
  STORES.set(org, store);
}

/**
 * A string map kept in the long tail's store (so it is saved with `--state`), for bookkeeping
 * that has no URL of its own (`#…` keys never collide with paths).
 */
export function recordOf(org: Org, key: `#${string}`): Record<string, string> {
  const singletons = storeOf(org).singletons;
  let record = singletons.get(key) as Record<string, string> | undefined;
  if (!record) singletons.set(key, record = {});
  else touch(record); // callers change it in place
  return record;
}
