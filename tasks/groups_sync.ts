/**
 * `deno task groups-sync`: makes a group's members equal a list of logins, showing the diff
 * first (dry run unless `--yes`).
 *
 * @module
 */
import { parse } from "./_framework/deps.ts";
import { defineTask, errorFields, main, UsageError } from "./_framework/mod.ts";
import type { ArgSpecs, TaskDefinition } from "./_framework/mod.ts";
import { findUser } from "./_framework/lookup.ts";
import { getGroup } from "./_framework/group_lookup.ts";
import type { WithId } from "./_framework/util.ts";
import type { User } from "../mod.ts";

/** Report columns. */
export const SYNC_COLUMNS: readonly string[] = [
  "action",
  "login",
  "id",
  "errorCode",
  "errorSummary",
];

/** The arguments of the groups-sync task. */
export const ARGS = {
  group: {
    type: "string",
    required: true,
    description: "group name or id",
    placeholder: "GROUP",
  },
  file: {
    type: "string",
    required: true,
    description: "file with the wanted logins (- reads stdin)",
    placeholder: "FILE",
  },
  remove: {
    type: "boolean",
    description: "remove members not in the list (--no-remove only adds)",
    default: true,
  },
} as const satisfies ArgSpecs;

/** The groups-sync task. */
export const task: TaskDefinition<typeof ARGS> = defineTask({
  name: "groups-sync",
  description: "Make a group's members equal a list of logins, showing the diff first",
  details: "Reads the wanted members (one login per line, or a CSV file with a login column), " +
    "compares them with the group's members and shows who would be added and removed. With --yes " +
    "it makes the changes. Only Okta-mastered groups (OKTA_GROUP) can be changed.",
  args: ARGS,
  scopes: ["okta.groups.read", "okta.groups.manage", "okta.users.read"],
  destructive: true,
  permissions: { read: ["in"], write: ["out"] },
  columns: SYNC_COLUMNS,
  examples: [
    "deno task groups-sync --group Engineering --file in/engineering.txt        # the diff",
    "deno task groups-sync --group Engineering --file in/engineering.txt --yes",
  ],
  async run(ctx) {
    const wanted = readLogins(await ctx.readText(ctx.args.file));
    const group = await getGroup(ctx.okta, ctx.args.group);
    if (group.type && group.type !== "OKTA_GROUP") {
      throw new UsageError(
        `Group "${group.profile?.name}" is ${group.type}: only OKTA_GROUP members can be changed`,
      );
    }
    const current: WithId<User>[] = [];
    const members = ctx.okta.groups.users.list(group.id) as AsyncIterable<WithId<User>>;
    for await (const user of members) current.push(user);
    const loginOf = (u: WithId<User>): string => (u.profile?.login ?? u.id).toLowerCase();
    const currentLogins = new Set(current.map(loginOf));

    const toAdd: WithId<User>[] = [];
    await ctx.bulk(wanted.filter((l) => !currentLogins.has(l.toLowerCase())), async (login) => {
      try {
        const user = await findUser(ctx.okta, login);
        if (user) toAdd.push(user);
        else {
          await ctx.emit({
            action: "failed",
            login,
            errorCode: "USER_NOT_FOUND",
            errorSummary: "no such user",
          });
          ctx.failed();
        }
      } catch (error) {
        await ctx.emit({ action: "failed", login, ...errorFields(error) });
        ctx.failed();
      }
    });
    const wantedSet = new Set(wanted.map((l) => l.toLowerCase()));
    const toRemove = ctx.args.remove ? current.filter((u) => !wantedSet.has(loginOf(u))) : [];
    ctx.info(
      `Group "${group.profile?.name}" (${group.id}): ${current.length} members, ` +
        `+${toAdd.length} to add, -${toRemove.length} to remove.`,
    );

    const changes = [
      ...toAdd.map((user) => ({ user, add: true })),
      ...toRemove.map((user) => ({ user, add: false })),
    ].sort((a, b) => (a.user.profile?.login ?? "").localeCompare(b.user.profile?.login ?? ""));
    await ctx.bulk(changes, async ({ user, add }) => {
      const row = { login: user.profile?.login, id: user.id };
      if (!ctx.apply) {
        await ctx.emit({ action: add ? "would-add" : "would-remove", ...row });
        ctx.succeeded();
        return;
      }
      try {
        await (add
          ? ctx.okta.groups.users.add(group.id, user.id)
          : ctx.okta.groups.users.remove(group.id, user.id));
        await ctx.emit({ action: add ? "added" : "removed", ...row });
        ctx.succeeded();
      } catch (error) {
        await ctx.emit({ action: "failed", ...row, ...errorFields(error) });
        ctx.failed();
      }
    });
  },
});

/** Reads logins: one per line, or a CSV whose header has a `login` column. */
export function readLogins(text: string): string[] {
  const firstLine = text.replace(/^\uFEFF/, "").split(/\r?\n/, 1)[0] ?? "";
  let logins: string[];
  if (firstLine.includes(",")) {
    const records = parse(text, {
      bom: true,
      skip_empty_lines: true,
      relax_column_count: true,
    }) as string[][];
    const column = records[0].findIndex((h) => h.trim().toLowerCase() === "login");
    if (column < 0) throw new UsageError("The CSV file has no login column");
    logins = records.slice(1).map((r) => (r[column] ?? "").trim());
  } else {
    logins = text.split(/\r?\n/).map((l) => l.replace(/^\uFEFF/, "").trim())
      .filter((l) => l && !l.startsWith("#"));
    if (logins[0]?.toLowerCase() === "login") logins.shift();
  }
  const seen = new Set<string>();
  return logins.filter((l) => {
    const key = l.toLowerCase();
    if (!l || seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

if (import.meta.main) await main(task);
