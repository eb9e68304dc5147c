/**
 * `deno task config-diff`: compares a config-backup folder with the live org and reports what
 * was added, removed or changed (with the changed fields). The backup may come from another org:
 * objects are matched by id, else by natural key, and compared in their portable form (without
 * ids, timestamps and other fields the org assigns; references by name).
 *
 * @module
 */
import { defineTask, errorFields, main } from "./_framework/mod.ts";
import type { ArgSpecs, TaskDefinition } from "./_framework/mod.ts";
import { type OrgNames, orgNames, portable, portableKind } from "./_framework/config_portable.ts";
import {
  CONFIG_KINDS,
  CONFIG_READ_SCOPES,
  diffPaths,
  displayName,
  selectKinds,
  snapshot,
} from "./_framework/config_snapshot.ts";

type Obj = Record<string, unknown>;

/** The arguments of the config-diff task. */
export const ARGS = {
  dir: {
    type: "string",
    description: "backup folder written by config-backup",
    default: "out/config-backup",
    placeholder: "DIR",
  },
  kinds: { type: "list", description: "kinds to compare (default: all)", placeholder: "KIND" },
} as const satisfies ArgSpecs;

/** The config-diff task. */
export const task: TaskDefinition<typeof ARGS> = defineTask({
  name: "config-diff",
  description: "Compare a config-backup folder with the live org (added, removed, changed)",
  details: "Reads <dir>/<kind>.json written by config-backup, reads the same kinds from the org, " +
    "normalizes both the same way and lists each object that was added in the org, removed from " +
    "it, or changed (with the changed fields). Kinds missing from the backup are skipped.",
  args: ARGS,
  scopes: CONFIG_READ_SCOPES,
  permissions: { read: ["out"], write: ["out"] },
  columns: ["kind", "change", "id", "name", "fields", "errorCode", "errorSummary"],
  examples: [
    "deno task config-diff",
    "deno task config-diff --dir out/backup-2026-11-28 --format json",
  ],
  async run(ctx) {
    const dir = ctx.args.dir.replace(/[\\/]+$/, "");
    const kinds = selectKinds(ctx.args.kinds);
    const saved = new Map<string, Obj[]>();
    for (const kind of CONFIG_KINDS) {
      try {
        saved.set(kind.name, JSON.parse(await Deno.readTextFile(`${dir}/${kind.name}.json`)));
      } catch (error) {
        if (error instanceof Deno.errors.NotFound) continue;
        throw error;
      }
    }
    // References compare by name, so both sides' referenced kinds are read (the backup's from
    // its files, the org's live) even when --kinds leaves them out.
    const live = new Map<string, Obj[]>();
    const wanted = new Set(kinds.map((k) => k.name));
    for (const k of kinds) {
      for (const r of portableKind(k.name)?.references ?? []) {
        if (saved.has(k.name)) wanted.add(r.kind);
      }
      for (const c of portableKind(k.name)?.children ?? []) {
        for (const r of c.references ?? []) if (saved.has(k.name)) wanted.add(r.kind);
      }
    }
    let differences = 0;
    for (const kind of CONFIG_KINDS.filter((k) => wanted.has(k.name))) {
      if (ctx.signal.aborted) break;
      if (!saved.has(kind.name)) {
        if (kinds.includes(kind)) ctx.info(`${kind.name}: not in the backup, skipped`);
        continue;
      }
      try {
        live.set(kind.name, snapshot(await kind.read(ctx.okta, ctx.bulk)));
      } catch (error) {
        if (!kinds.includes(kind)) throw error;
        await ctx.emit({ kind: kind.name, change: "error", ...errorFields(error) });
        ctx.failed();
      }
    }
    const savedNames = orgNames(saved);
    const liveNames = orgNames(live);
    for (const kind of kinds) {
      const before = saved.get(kind.name);
      const after = live.get(kind.name);
      if (!before || !after) continue;
      const form = portableKind(kind.name);
      // The same org keeps ids, so a renamed object is "changed"; another org's objects are
      // matched by their natural key.
      const same = (o: Obj, side: OrgNames) => form ? portable(form, o, side) : o;
      const matched = new Map<Obj, Obj>();
      const liveById = new Map(after.map((o) => [String(o.id ?? o.name ?? ""), o]));
      const unmatched = new Set(after);
      for (const o of before) {
        const hit = liveById.get(String(o.id ?? o.name ?? ""));
        if (hit && unmatched.has(hit)) {
          matched.set(o, hit);
          unmatched.delete(hit);
        }
      }
      if (form) {
        const byKey = new Map<string, Obj>();
        for (const o of unmatched) byKey.set(form.key(o), o);
        for (const o of before) {
          if (matched.has(o)) continue;
          const hit = byKey.get(form.key(o));
          if (hit && unmatched.has(hit)) {
            matched.set(o, hit);
            unmatched.delete(hit);
          }
        }
      }
      const report = async (change: string, o: Obj, fields?: string[]) => {
        await ctx.emit({
          kind: kind.name,
          change,
          id: String(o.id ?? ""),
          name: displayName(o),
          ...(fields ? { fields } : {}),
        });
        differences++;
      };
      for (const o of before) if (!matched.has(o)) await report("removed", o);
      const savedOf = new Map([...matched].map(([saved, now]) => [now, saved]));
      for (const o of after) {
        const old = savedOf.get(o);
        if (!old) {
          await report("added", o);
          continue;
        }
        const fields = diffPaths(same(old, savedNames), same(o, liveNames));
        if (fields.length) await report("changed", o, fields);
      }
      ctx.succeeded();
    }
    ctx.info(differences === 0 ? "No differences." : `${differences} differences.`);
  },
});

if (import.meta.main) await main(task);
