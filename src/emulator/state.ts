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
import { type GenericSnapshot, restoreGeneric, snapshotGeneric } from "./generic.ts";

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
      restore(org, JSON.parse(text) as Snapshot);
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

function kvStore(path: string): StateStore {
  let kv: Kv | undefined;
  const open = async (): Promise<Kv> => {
    if (kv) return kv;
    const openKv = (Deno as unknown as { openKv?: (path: string) => Promise<Kv> }).openKv;
    if (typeof openKv !== "function") {
      throw new Error(
        `Cannot open the state store ${path}: Deno KV needs --unstable-kv (or use a path ending in .json).`,
      );
    }
    kv = await openKv.call(Deno, path);
    return kv;
  };
  return {
    async load(org) {
      const db = await open();
      const meta = (await db.get(["oktakit-emulator", "meta"])).value as { chunks: number } | null;
      if (!meta) return false;
      const parts: string[] = [];
      for (let i = 0; i < meta.chunks; i++) {
        parts.push(String((await db.get(["oktakit-emulator", "chunk", i])).value ?? ""));
      }
      restore(org, JSON.parse(parts.join("")) as Snapshot);
      return true;
    },
    async save(org) {
      const db = await open();
      const text = JSON.stringify(snapshot(org));
      const size = 60_000 / 4; // KV values are limited to 64 KiB; a UTF-16 char may take 4 bytes in UTF-8
      const chunks = Math.ceil(text.length / size);
      for (let i = 0; i < chunks; i++) {
        await db.set(["oktakit-emulator", "chunk", i], text.slice(i * size, (i + 1) * size));
      }
      await db.set(["oktakit-emulator", "meta"], { chunks, savedAt: Date.now() });
    },
    close() {
      kv?.close();
      kv = undefined;
    },
  };
}
