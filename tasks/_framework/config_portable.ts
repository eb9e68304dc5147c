/**
 * Configuration that travels between orgs: each config-backup kind's natural key (how the same
 * object is found in another org), the fields that hold other objects' ids, and the
 * portable form — an object without what the org assigns (ids, timestamps, issuer, signing
 * keys), with every reference written as `@kind:key` so it means the same in any org.
 * config-apply and config-diff compare and write these forms.
 *
 * @module
 */
import { REDACTED } from "./config_snapshot.ts";

type Obj = Record<string, unknown>;

/** A field holding the id (or ids) of another kind's objects. */
export interface Reference {
  /** Dotted path from the object (`conditions.people.groups.include`). */
  path: string;
  /** The kind the ids belong to. */
  kind: string;
}

/** How one kind is matched and compared across orgs (config-apply adds how it is written). */
export interface PortableKind {
  /** File stem (config-backup's kind name), or the field name of a nested kind (`rules`). */
  name: string;
  /** What the natural key is, for the docs (`name`, `type + name`). */
  keyName: string;
  /** The natural key of an object. */
  key(o: Obj): string;
  /** Fields holding other objects' ids. */
  references?: readonly Reference[];
  /** Built into every org: matched and updated, never created or deleted. */
  builtIn?(o: Obj): boolean;
  /** Matched for references only: never created, updated or deleted. */
  frozen?(o: Obj): boolean;
  /** Fields the org sets (dotted paths), left out of the portable form. */
  assigned?: readonly string[];
  /** Okta updates only inactive objects of this kind (group rules). */
  updateWhileInactive?: boolean;
  /** Nested kinds, read into a field of each object by config-backup. */
  children?: readonly PortableKind[];
}

const byName = (o: Obj): string => String(o.name ?? "");
const isSystem = (o: Obj): boolean => o.system === true;
const isDefault = (o: Obj): boolean => o.default === true;

const GROUP_REFERENCES: readonly Reference[] = [
  { path: "conditions.people.groups.include", kind: "groups" },
  { path: "conditions.people.groups.exclude", kind: "groups" },
];
const ZONE_REFERENCES: readonly Reference[] = [
  { path: "conditions.network.include", kind: "zones" },
  { path: "conditions.network.exclude", kind: "zones" },
];

/** The kinds that travel, in the order config-apply writes them (referenced kinds first). */
export const PORTABLE_KINDS: readonly PortableKind[] = [
  {
    name: "groups",
    keyName: "profile.name",
    key: (o) => String((o.profile as Obj | undefined)?.name ?? ""),
    frozen: (o) => o.type !== "OKTA_GROUP",
    assigned: ["lastMembershipUpdated", "objectClass"],
  },
  {
    name: "zones",
    keyName: "name",
    key: byName,
    builtIn: isSystem,
  },
  {
    name: "trusted-origins",
    keyName: "name",
    key: byName,
  },
  {
    name: "event-hooks",
    keyName: "name",
    key: byName,
    assigned: ["verificationStatus"],
  },
  {
    name: "inline-hooks",
    keyName: "name",
    key: byName,
  },
  {
    name: "user-types",
    keyName: "name",
    key: byName,
    builtIn: isDefault,
    assigned: ["createdBy", "lastUpdatedBy"],
  },
  {
    name: "group-rules",
    keyName: "name",
    key: byName,
    updateWhileInactive: true,
    references: [
      { path: "actions.assignUserToGroups.groupIds", kind: "groups" },
      { path: "conditions.people.groups.exclude", kind: "groups" },
    ],
  },
  {
    name: "policies",
    keyName: "type + name",
    key: (o) => `${o.type}/${o.name}`,
    builtIn: isSystem,
    references: GROUP_REFERENCES,
    children: [{
      name: "rules",
      keyName: "name",
      key: byName,
      builtIn: isSystem,
      references: [...GROUP_REFERENCES, ...ZONE_REFERENCES],
    }],
  },
  {
    name: "authorization-servers",
    keyName: "name",
    key: byName,
    builtIn: isDefault,
    // The issuer and signing keys belong to the org the server lives in.
    assigned: ["issuer", "credentials"],
    children: [
      {
        name: "scopes",
        keyName: "name",
        key: byName,
        builtIn: isSystem,
      },
      {
        name: "claims",
        keyName: "name",
        key: byName,
        builtIn: isSystem,
      },
      {
        name: "policies",
        keyName: "name",
        key: byName,
        children: [{
          name: "rules",
          keyName: "name",
          key: byName,
          references: GROUP_REFERENCES,
        }],
      },
    ],
  },
];

/**
 * Whether an object lacks a secret that a backup cannot hold: a `[redacted]` value, a hook's
 * `authScheme` without its write-only `value`, or an OAuth hook channel without its
 * `clientSecret` (Okta never returns either).
 */
export function lacksSecrets(value: unknown): boolean {
  if (value === REDACTED) return true;
  if (Array.isArray(value)) return value.some(lacksSecrets);
  if (value === null || typeof value !== "object") return false;
  const o = value as Obj;
  const scheme = o.authScheme as Obj | undefined;
  if (scheme && typeof scheme === "object" && scheme.value === undefined) return true;
  if (typeof o.authType === "string" && o.authType.startsWith("client_secret") && !o.clientSecret) {
    return true;
  }
  return Object.values(o).some(lacksSecrets);
}

/** The kind named `name`, or undefined. */
export function portableKind(name: string): PortableKind | undefined {
  return PORTABLE_KINDS.find((k) => k.name === name);
}

/** Per kind: the natural key of each id, and the id of each key, in one org. */
export type OrgNames = Map<string, { keyOf: Map<string, string>; idOf: Map<string, string> }>;

/** Builds an org's names from its objects, by kind (top-level kinds only: references name those). */
export function orgNames(objects: ReadonlyMap<string, readonly Obj[]>): OrgNames {
  const names: OrgNames = new Map();
  for (const [kindName, list] of objects) {
    const kind = portableKind(kindName);
    if (!kind) continue;
    const keyOf = new Map<string, string>();
    const idOf = new Map<string, string>();
    for (const o of list) {
      const key = kind.key(o);
      keyOf.set(String(o.id), key);
      idOf.set(key, String(o.id));
    }
    names.set(kindName, { keyOf, idOf });
  }
  return names;
}

/** Keys the org sets on every kind. */
const ASSIGNED = new Set(["id", "created", "lastUpdated", "_links", "_embedded"]);

/**
 * The portable form of an object: without the fields the org assigns, without secrets the
 * backup left out, with references written as `@kind:key` (an id no name is known for stays as
 * it is), and nested kinds as arrays of their portable forms sorted by key.
 */
export function portable(kind: PortableKind, o: Obj, names: OrgNames): Obj {
  const out = clean(o) as Obj;
  for (const path of kind.assigned ?? []) deletePath(out, path);
  for (const ref of kind.references ?? []) {
    const table = names.get(ref.kind);
    mapPath(out, ref.path, (id) => {
      const key = table?.keyOf.get(id);
      return key === undefined ? id : `@${ref.kind}:${key}`;
    });
  }
  for (const child of kind.children ?? []) {
    const list = (o[child.name] as Obj[] | undefined) ?? [];
    out[child.name] = list.map((c) => portable(child, c, names))
      .sort((a, b) => child.key(a).localeCompare(child.key(b)));
  }
  return out;
}

/** The body to send for a portable form: references back to the target org's ids. */
export function toTarget(kind: PortableKind, form: Obj, names: OrgNames): Obj {
  const out = structuredClone(form);
  for (const child of kind.children ?? []) delete out[child.name];
  for (const ref of kind.references ?? []) {
    mapPath(out, ref.path, (value) => {
      const m = /^@([^:]+):(.*)$/s.exec(value);
      if (!m) return value;
      const id = names.get(m[1])?.idOf.get(m[2]);
      if (id === undefined) {
        throw new Error(`${ref.path} names ${m[1]} "${m[2]}", which the org does not have`);
      }
      return id;
    });
  }
  return out;
}

// Sorted keys, no assigned keys, no redacted secrets (they must never be sent as blanks).
function clean(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(clean);
  if (value === null || typeof value !== "object") return value;
  const out: Obj = {};
  for (const key of Object.keys(value as Obj).sort()) {
    const v = (value as Obj)[key];
    if (ASSIGNED.has(key) || v === undefined || v === REDACTED) continue;
    out[key] = clean(v);
  }
  return out;
}

function deletePath(o: Obj, path: string): void {
  const keys = path.split(".");
  let node: unknown = o;
  for (const key of keys.slice(0, -1)) {
    node = (node as Obj | undefined)?.[key];
    if (node === null || typeof node !== "object") return;
  }
  delete (node as Obj)[keys[keys.length - 1]];
}

function mapPath(o: Obj, path: string, fn: (value: string) => string): void {
  const keys = path.split(".");
  let node: unknown = o;
  for (const key of keys.slice(0, -1)) {
    node = (node as Obj | undefined)?.[key];
    if (node === null || typeof node !== "object") return;
  }
  const last = keys[keys.length - 1];
  const value = (node as Obj)[last];
  if (typeof value === "string") (node as Obj)[last] = fn(value);
  else if (Array.isArray(value)) {
    (node as Obj)[last] = value.map((v) => (typeof v === "string" ? fn(v) : v));
  }
}
