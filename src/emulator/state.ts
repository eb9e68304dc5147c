/**
 * Optional persistence so a dev org survives restarts: a snapshot of the org saved to a JSON
 * file (`*.json`) or to Deno KV (any other path; needs `--unstable-kv`, opened lazily).
 *
 * @module
 */
import type {
  AppGroupRecord,
  AppRecord,
  AppUserRecord,
  GroupRecord,
  GroupRuleRecord,
  LogEventRecord,
  Org,
  UserRecord,
} from "./org.ts";
import { OrderedCollection } from "./store.ts";
import { type GenericSnapshot, restoreGeneric, snapshotGeneric } from "./long_tail/mod.ts";

/** Serializable form of the org. */
interface Snapshot {
  version: 1;
  everyoneId: string;
  adminId: string;
  users: UserRecord[];
  groups: (Omit<GroupRecord, "members"> & { members: string[] })[];
  apps: {
    seq: number;
    id: string;
    data: Record<string, unknown>;
    users: (Omit<AppUserRecord, "viaGroups"> & { viaGroups: string[] })[];
    groups: AppGroupRecord[];
  }[];
  groupRules: GroupRuleRecord[];
  logs: LogEventRecord[];
  /** The long tail's store (absent in snapshots older than it). */
  longTail?: GenericSnapshot;
}

/** Most System Log events kept in a snapshot. */
const MAX_SAVED_LOGS = 20_000;

function snapshot(org: Org): Snapshot {
  return {
    version: 1,
    everyoneId: org.everyoneId,
    adminId: org.adminId,
    users: [...org.users.values()],
    groups: org.groups.values().map((g) => ({
      ...g,
      members: g.members.values().map((m) => m.id),
    })),
    apps: org.apps.values().map((a) => ({
      seq: a.seq,
      id: a.id,
      data: a.data,
      users: a.users.values().map((u) => ({ ...u, viaGroups: [...u.viaGroups] })),
      groups: [...a.groups.values()],
    })),
    groupRules: [...org.groupRules.values()],
    logs: org.logs.values().slice(-MAX_SAVED_LOGS),
    longTail: snapshotGeneric(org),
  };
}

function restore(org: Org, s: Snapshot): void {
  org.everyoneId = s.everyoneId;
  org.adminId = s.adminId;
  for (const u of s.users) {
    org.users.set(u);
    org.logins.set(String(u.profile.login).toLowerCase(), u.id);
    org.seq.bump(u.seq);
    org.ids.reserve(u.id);
  }
  for (const g of s.groups) {
    const members = new OrderedCollection<{ seq: number; id: string }>();
    for (const id of g.members) {
      const user = org.users.get(id);
      if (!user) continue;
      members.set({ seq: user.seq, id });
      if (g.id !== s.everyoneId) {
        let set = org.userGroups.get(id);
        if (!set) org.userGroups.set(id, set = new Set());
        set.add(g.id);
      }
    }
    org.groups.set({ ...g, members });
    org.seq.bump(g.seq);
    org.ids.reserve(g.id);
  }
  for (const a of s.apps) {
    const app: AppRecord = {
      seq: a.seq,
      id: a.id,
      data: a.data,
      users: new OrderedCollection(),
      groups: new OrderedCollection(),
    };
    for (const u of a.users) app.users.set({ ...u, viaGroups: new Set(u.viaGroups) });
    for (const g of a.groups) {
      app.groups.set(g);
      let set = org.groupApps.get(g.id);
      if (!set) org.groupApps.set(g.id, set = new Set());
      set.add(a.id);
    }
    org.apps.set(app);
    org.seq.bump(a.seq);
    org.ids.reserve(a.id);
  }
  for (const r of s.groupRules) {
    org.groupRules.set(r);
    org.seq.bump(r.seq);
  }
  for (const e of s.logs) {
    org.logs.set(e);
    org.seq.bump(e.seq);
  }
  if (s.longTail) restoreGeneric(org, s.longTail);
}

/** A state file that exists but cannot be read; the file is left untouched. */
export class StateFileError extends Error {
  /**
   * Creates an instance.
   * @param path the state file.
   * @param reason what is wrong with it.
   */
  constructor(readonly path: string, reason: string) {
    super(
      `cannot read the state file ${path}: ${reason}. It was left as it is: repair it, move it ` +
        `away to start a fresh org, or pass another --state path.`,
    );
    this.name = "StateFileError";
  }
}

/** Parses and restores saved text; any problem is a {@link StateFileError} naming the file. */
function restoreText(org: Org, path: string, text: string): void {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    throw new StateFileError(path, `not valid JSON (${(error as Error).message})`);
  }
  const s = parsed as Partial<Snapshot> | null;
  if (
    s === null || typeof s !== "object" || s.version !== 1 || !Array.isArray(s.users) ||
    !Array.isArray(s.groups) || !Array.isArray(s.apps) || !Array.isArray(s.groupRules) ||
    !Array.isArray(s.logs)
  ) {
    throw new StateFileError(path, "not an oktakit emulator snapshot (version 1)");
  }
  try {
    restore(org, s as Snapshot);
  } catch (error) {
    throw new StateFileError(path, `a damaged snapshot (${(error as Error).message})`);
  }
}

/** Where the state lives. */
export interface StateStore {
  /** Loads into `org`; returns false when nothing was saved yet. */
  load(org: Org): Promise<boolean>;
  /** Saves `org`. */
  save(org: Org): Promise<void>;
  /** Releases the store. */
  close(): void;
}

/** Opens the store for a path: `*.json` → JSON file, otherwise Deno KV. */
export function openStateStore(path: string): StateStore {
  return path.endsWith(".json") ? jsonStore(path) : kvStore(path);
}

function jsonStore(path: string): StateStore {
  return {
    async load(org) {
      let text: string;
      try {
        text = await Deno.readTextFile(path);
      } catch (error) {
        if (error instanceof Deno.errors.NotFound) return false;
        throw error;
      }
      restoreText(org, path, text);
      return true;
    },
    async save(org) {
      const tmp = `${path}.tmp`;
      await Deno.writeTextFile(tmp, JSON.stringify(snapshot(org)));
      await Deno.rename(tmp, path);
    },
    close() {},
  };
}

type Kv = {
  get(key: unknown[]): Promise<{ value: unknown }>;
  set(key: unknown[], value: unknown): Promise<unknown>;
  delete(key: unknown[]): Promise<void>;
  list(selector: { prefix: unknown[] }): AsyncIterable<{ key: unknown[]; value: unknown }>;
  close(): void;
};

type OpenKv = (path: string) => Promise<Kv>;

const KEY = "oktakit-emulator";

/** The saved meta: which generation of chunks is current. */
interface KvMeta {
  chunks: number;
  /** Absent in stores written before generations (their chunks are `[KEY, "chunk", i]`). */
  generation?: number;
  savedAt: number;
}

function kvStore(path: string): StateStore {
  const openKv = (Deno as unknown as { openKv?: OpenKv }).openKv;
  return kvStateStore(
    path,
    typeof openKv === "function" ? (p) => openKv.call(Deno, p) : () => {
      throw new Error(
        `Cannot open the state store ${path}: Deno KV needs --unstable-kv (or use a path ending in .json).`,
      );
    },
  );
}

/**
 * The Deno KV store (`openKv` injectable for tests). A save writes a new generation of chunks,
 * then switches the meta key to it in one write, then deletes the old generation: a save cut
 * short anywhere leaves the previous generation current and whole.
 */
export function kvStateStore(path: string, openKv: OpenKv): StateStore {
  let kv: Kv | undefined;
  const open = async (): Promise<Kv> => kv ??= await openKv(path);
  const chunkKey = (meta: KvMeta, i: number) =>
    meta.generation === undefined ? [KEY, "chunk", i] : [KEY, "chunk", meta.generation, i];
  return {
    async load(org) {
      const db = await open();
      const meta = (await db.get([KEY, "meta"])).value as KvMeta | null;
      if (!meta) return false;
      const parts: string[] = [];
      for (let i = 0; i < meta.chunks; i++) {
        const value = (await db.get(chunkKey(meta, i))).value;
        if (typeof value !== "string") {
          throw new StateFileError(path, `chunk ${i} of ${meta.chunks} is missing`);
        }
        parts.push(value);
      }
      restoreText(org, path, parts.join(""));
      return true;
    },
    async save(org) {
      const db = await open();
      const text = JSON.stringify(snapshot(org));
      const size = 60_000 / 4; // KV values are limited to 64 KiB; a UTF-16 char may take 4 bytes in UTF-8
      const chunks = Math.ceil(text.length / size);
      const old = (await db.get([KEY, "meta"])).value as KvMeta | null;
      const meta: KvMeta = { chunks, generation: (old?.generation ?? 0) + 1, savedAt: Date.now() };
      for (let i = 0; i < chunks; i++) {
        await db.set(chunkKey(meta, i), text.slice(i * size, (i + 1) * size));
      }
      await db.set([KEY, "meta"], meta);
      // The old generation (and any left by an interrupted save) is garbage now.
      for await (const entry of db.list({ prefix: [KEY, "chunk"] })) {
        const gen = entry.key.length === 4 ? entry.key[2] : undefined;
        if (gen !== meta.generation) await db.delete(entry.key);
      }
    },
    close() {
      kv?.close();
      kv = undefined;
    },
  };
}
