/**
 * Reading the org's configuration as stable, secret-free JSON: one array per kind, sorted by
 * id, keys sorted, volatile and secret fields removed. Used by config-backup and config-diff.
 *
 * @module
 */
import { UsageError } from "./args.ts";
import type { Okta, PolicyType } from "../../mod.ts";
import { isSecretFieldName } from "../../src/core/secret_names.ts";

/**
 * Runs `fn` once per item with bounded, rate-limit-paced concurrency (tasks pass `ctx.bulk`,
 * which goes through `okta.bulk()`); the first error escaping `fn` is re-thrown at the end.
 */
export type EachItem = <T>(items: T[], fn: (item: T) => Promise<void>) => Promise<void>;

/** A configuration kind and how to read it. */
export interface ConfigKind {
  /** File stem and report name, e.g. `zones`. */
  name: string;
  /** Reads every object of this kind; per-object sub-reads go through `each`. */
  read(okta: Okta, each: EachItem): Promise<Record<string, unknown>[]>;
}

/** The OAuth scopes that read every kind (config-backup and config-diff read them all). */
export const CONFIG_READ_SCOPES: readonly string[] = [
  "okta.networkZones.read",
  "okta.trustedOrigins.read",
  "okta.eventHooks.read",
  "okta.inlineHooks.read",
  "okta.userTypes.read",
  "okta.groups.read",
  "okta.authorizationServers.read",
  "okta.policies.read",
];

/** Policy types read by the `policies` kind. */
export const POLICY_TYPES: readonly PolicyType[] = [
  "OKTA_SIGN_ON",
  "PASSWORD",
  "MFA_ENROLL",
  "ACCESS_POLICY",
  "PROFILE_ENROLLMENT",
  "IDP_DISCOVERY",
];

type Obj = Record<string, unknown>;

/** Every item of a list, as plain objects (snapshots treat every kind alike). */
function collect(list: { toArray(): Promise<object[]> }): Promise<Obj[]> {
  return list.toArray() as Promise<Obj[]>;
}

/** Every kind, in file order. */
export const CONFIG_KINDS: readonly ConfigKind[] = [
  // Groups are here for what refers to them (rules, policies): config-apply finds them by name.
  { name: "groups", read: (okta) => collect(okta.groups.list()) },
  { name: "zones", read: (okta) => collect(okta.zones.list()) },
  { name: "trusted-origins", read: (okta) => collect(okta.trustedOrigins.list()) },
  { name: "event-hooks", read: (okta) => collect(okta.eventHooks.list()) },
  { name: "inline-hooks", read: (okta) => collect(okta.inlineHooks.list()) },
  { name: "user-types", read: (okta) => collect(okta.userTypes.list()) },
  { name: "group-rules", read: (okta) => collect(okta.groups.rules.list()) },
  {
    name: "authorization-servers",
    async read(okta, each) {
      const servers = await collect(okta.authorizationServers.list());
      // Two passes, never one bulk job inside another: servers, then every server's policies.
      const rules: { serverId: string; policy: Obj }[] = [];
      await each(servers, async (server) => {
        const serverId = String(server.id);
        const api = okta.authorizationServers;
        server.scopes = await collect(api.scopes.list(serverId));
        server.claims = await collect(api.claims.list(serverId));
        const policies = await collect(api.policies.list(serverId));
        for (const policy of policies) rules.push({ serverId, policy });
        server.policies = policies;
      });
      await each(rules, async ({ serverId, policy }) => {
        policy.rules = await collect(
          okta.operation("listAuthorizationServerPolicyRules", {
            authServerId: serverId,
            policyId: String(policy.id),
          }),
        );
      });
      return servers;
    },
  },
  {
    name: "policies",
    async read(okta, each) {
      const byType = new Map<PolicyType, Obj[]>();
      await each([...POLICY_TYPES], async (type) => {
        byType.set(
          type,
          await collect(okta.policies.list().type(type)),
        );
      });
      // In type order, whichever listing finished first.
      const all = POLICY_TYPES.flatMap((type) => byType.get(type) ?? []);
      await each(all, async (policy) => {
        policy.rules = await collect(okta.policies.listRules(String(policy.id)));
      });
      return all;
    },
  },
];

/** The kinds named by `--kinds` (all when empty); unknown names are a usage error. */
export function selectKinds(names: string[]): readonly ConfigKind[] {
  if (names.length === 0) return CONFIG_KINDS;
  const known = CONFIG_KINDS.map((k) => k.name);
  for (const n of names) {
    if (!known.includes(n)) throw new UsageError(`--kinds takes ${known.join(", ")}: got "${n}"`);
  }
  return CONFIG_KINDS.filter((k) => names.includes(k.name));
}

/** Keys dropped everywhere: links and embedded copies, and timestamps that change on every save. */
const VOLATILE_KEYS = new Set(["_links", "_embedded", "lastUpdated"]);
/** The placeholder written instead of a secret. */
export const REDACTED = "[redacted]";

/**
 * Normalizes one object: sorted keys, no volatile keys, secrets replaced. Hook auth headers
 * (`authScheme.value`, `headers[].value`) are secrets too.
 */
export function normalize(value: unknown, parentKey = ""): unknown {
  if (Array.isArray(value)) {
    return value.map((v) => {
      const n = normalize(v, parentKey);
      if (parentKey === "headers" && n && typeof n === "object" && "value" in n) {
        return { ...(n as Obj), value: REDACTED };
      }
      return n;
    });
  }
  if (value === null || typeof value !== "object") return value;
  const out: Obj = {};
  for (const key of Object.keys(value as Obj).sort()) {
    if (VOLATILE_KEYS.has(key)) continue;
    const v = (value as Obj)[key];
    if (v === undefined) continue;
    if (
      (isSecretFieldName(key) && v !== null && typeof v !== "object") ||
      (parentKey === "authScheme" && key === "value" && v !== null)
    ) {
      out[key] = REDACTED;
    } else out[key] = normalize(v, key);
  }
  return out;
}

/** Normalizes and sorts a kind's objects by id (then by name). */
export function snapshot(objects: Obj[]): Obj[] {
  return objects.map((o) => normalize(o) as Obj).sort((a, b) =>
    String(a.id ?? a.name ?? "").localeCompare(String(b.id ?? b.name ?? ""))
  );
}

/** Stable text of a snapshot (2-space JSON, trailing newline). */
export function stableJson(value: unknown): string {
  return JSON.stringify(value, null, 2) + "\n";
}

/** Paths (a.b[2].c) where two normalized values differ, at most `max`. */
export function diffPaths(a: unknown, b: unknown, max = 20, path = ""): string[] {
  if (JSON.stringify(a) === JSON.stringify(b)) return [];
  const bothObjects = a && b && typeof a === "object" && typeof b === "object" &&
    Array.isArray(a) === Array.isArray(b);
  if (!bothObjects) return [path || "(value)"];
  const out: string[] = [];
  const keys = Array.isArray(a)
    ? [...Array(Math.max(a.length, (b as unknown[]).length)).keys()].map(String)
    : [...new Set([...Object.keys(a as Obj), ...Object.keys(b as Obj)])].sort();
  for (const key of keys) {
    const sub = Array.isArray(a) ? `${path}[${key}]` : path ? `${path}.${key}` : key;
    out.push(...diffPaths((a as Obj)[key], (b as Obj)[key], max - out.length, sub));
    if (out.length >= max) break;
  }
  return out;
}

/** A display name for an object: its name, label or profile.name. */
export function displayName(o: Obj): string {
  const profile = o.profile as Obj | undefined;
  return String(o.name ?? o.label ?? profile?.name ?? o.displayName ?? o.origin ?? "");
}
