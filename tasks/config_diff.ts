/**
 * `deno task config-diff`: compares a config-backup folder with the live org and reports what
 * was added, removed or changed (with the changed fields).
 *
 * @module
 */
import { defineTask, errorFields, main } from "./_framework/mod.ts";
import type { ArgSpecs, TaskDefinition } from "./_framework/mod.ts";
import {
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
    let differences = 0;
    for (const kind of selectKinds(ctx.args.kinds)) {
      if (ctx.signal.aborted) break;
      let saved: Obj[];
      try {
        saved = JSON.parse(await Deno.readTextFile(`${dir}/${kind.name}.json`));
      } catch (error) {
        if (error instanceof Deno.errors.NotFound) {
          ctx.info(`${kind.name}: not in the backup, skipped`);
          continue;
        }
        throw error;
      }
      try {
        const live = snapshot(await kind.read(ctx.okta, ctx.bulk));
        const key = (o: Obj): string => String(o.id ?? o.name ?? "");
        const before = new Map(saved.map((o) => [key(o), o]));
        const after = new Map(live.map((o) => [key(o), o]));
        for (const [id, o] of before) {
          if (!after.has(id)) {
            await ctx.emit({ kind: kind.name, change: "removed", id, name: displayName(o) });
            differences++;
          }
        }
        for (const [id, o] of after) {
          const old = before.get(id);
          if (!old) {
            await ctx.emit({ kind: kind.name, change: "added", id, name: displayName(o) });
            differences++;
          } else {
            const fields = diffPaths(old, o);
            if (fields.length) {
              await ctx.emit({
                kind: kind.name,
                change: "changed",
                id,
                name: displayName(o),
                fields,
              });
              differences++;
            }
          }
        }
        ctx.succeeded();
      } catch (error) {
        await ctx.emit({ kind: kind.name, change: "error", ...errorFields(error) });
        ctx.failed();
      }
    }
    ctx.info(differences === 0 ? "No differences." : `${differences} differences.`);
  },
});

if (import.meta.main) await main(task);
