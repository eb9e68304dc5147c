/**
 * `deno task config-backup`: writes the org's configuration (zones, trusted origins, event and
 * inline hooks, user types, group rules, authorization servers, policies) as stable,
 * secret-free JSON files, one per kind.
 *
 * @module
 */
import { defineTask, errorFields, main } from "./_framework/mod.ts";
import type { ArgSpecs, TaskDefinition } from "./_framework/mod.ts";
import {
  CONFIG_KINDS,
  CONFIG_READ_SCOPES,
  selectKinds,
  snapshot,
  stableJson,
} from "./_framework/config_snapshot.ts";
import type { ConfigKind, EachItem } from "./_framework/config_snapshot.ts";

export type { ConfigKind, EachItem };

/** The arguments of the config-backup task. */
export const ARGS = {
  dir: {
    type: "string",
    description: "folder to write the backup into",
    default: "out/config-backup",
    placeholder: "DIR",
  },
  kinds: {
    type: "list",
    description: `kinds to back up: ${CONFIG_KINDS.map((k) => k.name).join(", ")} (default: all)`,
    placeholder: "KIND",
  },
} as const satisfies ArgSpecs;

/** The config-backup task. */
export const task: TaskDefinition<typeof ARGS> = defineTask({
  name: "config-backup",
  description: "Back up org configuration as stable, secret-free JSON files (one per kind)",
  details: "Writes <dir>/<kind>.json for each kind: objects sorted by id, keys sorted, links and " +
    "lastUpdated removed, secrets (hook auth values, client secrets, passwords) replaced by " +
    "[redacted], so two backups of an unchanged org are byte-identical and diff cleanly.",
  args: ARGS,
  scopes: CONFIG_READ_SCOPES,
  permissions: { write: ["out"] },
  columns: ["kind", "count", "file", "errorCode", "errorSummary"],
  examples: [
    "deno task config-backup",
    "deno task config-backup --dir out/backup-2026-11-28 --kinds zones,policies",
  ],
  async run(ctx) {
    const kinds = selectKinds(ctx.args.kinds);
    const dir = ctx.args.dir.replace(/[\\/]+$/, "");
    await Deno.mkdir(dir, { recursive: true });
    const manifest: Record<string, number> = {};
    for (const kind of kinds) {
      if (ctx.signal.aborted) break;
      const file = `${dir}/${kind.name}.json`;
      try {
        const objects = snapshot(await kind.read(ctx.okta, ctx.bulk));
        await Deno.writeTextFile(file, stableJson(objects));
        manifest[kind.name] = objects.length;
        await ctx.emit({ kind: kind.name, count: objects.length, file });
        ctx.succeeded();
      } catch (error) {
        await ctx.emit({ kind: kind.name, ...errorFields(error) });
        ctx.failed();
      }
    }
    await Deno.writeTextFile(
      `${dir}/manifest.json`,
      stableJson({ format: "oktakit-config-backup", version: 1, kinds: manifest }),
    );
  },
});

if (import.meta.main) await main(task);
