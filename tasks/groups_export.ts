/**
 * `deno task groups-export`: streams groups, found by search or by name, with their members to
 * CSV or NDJSON: one row per membership, written as each page arrives, so memory stays flat for
 * any number of groups and members.
 *
 * @module
 */
import { defineTask, main, UsageError } from "./_framework/mod.ts";
import type { ArgSpecs, TaskContext, TaskDefinition } from "./_framework/mod.ts";
import { findGroupByName } from "./_framework/group_lookup.ts";
import type { WithId } from "./_framework/util.ts";
import type { Group } from "../mod.ts";

/** Report columns: the group, then the member (empty for a group without members). */
export const GROUP_EXPORT_COLUMNS: readonly string[] = [
  "groupId",
  "groupName",
  "groupType",
  "userId",
  "status",
  "login",
  "email",
  "firstName",
  "lastName",
  "errorCode",
  "errorSummary",
];

/** The arguments of the groups-export task. */
export const ARGS = {
  search: {
    type: "string",
    description: 'Okta group search, e.g. profile.name sw "Sales" or type eq "OKTA_GROUP"',
    placeholder: "EXPR",
  },
  name: { type: "list", description: "exact group names (repeatable)", placeholder: "NAME" },
  members: {
    type: "boolean",
    description: "one row per member (--no-members: one row per group)",
    default: true,
  },
  limit: { type: "number", description: "members per page (1-1000)", default: 1000 },
} as const satisfies ArgSpecs;

type Args = { search?: string; name: string[]; members: boolean; limit: number };

/** The groups-export task. */
export const task: TaskDefinition<typeof ARGS> = defineTask({
  name: "groups-export",
  description: "Stream groups (by search or name) with their members to CSV or NDJSON",
  details: "Finds groups with --search (an Okta search expression) or --name (exact names; " +
    "neither means every group), then pages through each group's members and writes one row " +
    "per membership as it arrives: nothing is collected, so memory stays flat for groups of " +
    "any size. A group without members gets one row with empty member columns. A --name that " +
    "matches no group is reported with GROUP_NOT_FOUND and the export goes on.",
  args: ARGS,
  scopes: ["okta.groups.read"],
  permissions: { write: ["out"] },
  formats: ["csv", "ndjson", "json", "table"],
  defaultFormat: "csv",
  columns: GROUP_EXPORT_COLUMNS,
  examples: [
    "deno task groups-export --search 'profile.name sw \"Sales\"' --out out/sales-groups.csv",
    "deno task groups-export --name Engineering --name Finance --format ndjson",
    "deno task groups-export --no-members --format table",
  ],
  async run(ctx) {
    const { search, name, limit } = ctx.args;
    if (search !== undefined && name.length > 0) {
      throw new UsageError("Give either --search or --name, not both");
    }
    if (!Number.isInteger(limit) || limit < 1 || limit > 1000) {
      throw new UsageError(`--limit must be an integer from 1 to 1000: got ${limit}`);
    }
    const progress = ctx.progress("rows exported");
    for await (const group of groups(ctx)) {
      if (ctx.signal.aborted) break;
      if ("missing" in group) {
        await ctx.emit({
          groupName: group.missing,
          errorCode: "GROUP_NOT_FOUND",
          errorSummary: `No group named "${group.missing}"`,
        });
        ctx.failed();
        continue;
      }
      await exportGroup(ctx, group, () => progress.tick());
      ctx.succeeded();
    }
    progress.done();
  },
});

/** The groups to export, one at a time: by search, by name (or a miss), or all. */
async function* groups(
  ctx: TaskContext<Args>,
): AsyncGenerator<WithId<Group> | { missing: string }> {
  if (ctx.args.name.length === 0) {
    yield* ctx.okta.groups.list().search(ctx.args.search) as AsyncIterable<WithId<Group>>;
    return;
  }
  const seen = new Set<string>();
  for (const name of ctx.args.name) {
    const group = await findGroupByName(ctx.okta, name);
    if (!group) yield { missing: name };
    else if (!seen.has(group.id)) {
      seen.add(group.id);
      yield group;
    }
  }
}

async function exportGroup(
  ctx: TaskContext<Args>,
  group: WithId<Group>,
  tick: () => void,
): Promise<void> {
  const base = { groupId: group.id, groupName: group.profile?.name, groupType: group.type };
  if (!ctx.args.members) {
    await ctx.emit(base);
    tick();
    return;
  }
  let members = 0;
  const users = ctx.okta.groups.users.list(group.id).limit(ctx.args.limit);
  for await (const user of users) {
    if (ctx.signal.aborted) return;
    members++;
    await ctx.emit({
      ...base,
      userId: user.id,
      status: user.status,
      login: user.profile?.login,
      email: user.profile?.email,
      firstName: user.profile?.firstName,
      lastName: user.profile?.lastName,
    });
    tick();
  }
  if (members === 0) await ctx.emit(base);
}

if (import.meta.main) await main(task);
