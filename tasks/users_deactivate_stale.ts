/**
 * `deno task users-deactivate-stale`: finds users who have not signed in for N days and
 * deactivates them (dry run unless `--yes`).
 *
 * @module
 */
import { defineTask, errorFields, main, UsageError } from "./_framework/mod.ts";
import type { ArgSpecs, TaskDefinition } from "./_framework/mod.ts";
import { parseTime, quote } from "./_framework/util.ts";
import type { WithId } from "./_framework/util.ts";
import type { User } from "../mod.ts";

/** Report columns. */
export const STALE_COLUMNS: readonly string[] = [
  "id",
  "login",
  "status",
  "lastLogin",
  "created",
  "action",
  "errorCode",
  "errorSummary",
];

/** The arguments of the users-deactivate-stale task. */
export const ARGS = {
  days: { type: "number", description: "days without a sign-in", default: 90 },
  includeNever: {
    type: "boolean",
    description: "also users who never signed in, created more than --days ago",
  },
  status: {
    type: "list",
    description: "user statuses to consider",
    default: ["ACTIVE"],
    placeholder: "STATUS",
  },
  asOf: {
    type: "string",
    description: "judge staleness as of this time (ISO 8601; default now)",
    placeholder: "TIME",
  },
} as const satisfies ArgSpecs;

/** The users-deactivate-stale task. */
export const task: TaskDefinition<typeof ARGS> = defineTask({
  name: "users-deactivate-stale",
  description: "Deactivate users with no sign-in for N days (dry run unless --yes)",
  details:
    "Lists users in the given statuses, keeps those whose last sign-in is older than --days " +
    "(with --include-never, also those who never signed in and were created before that), shows " +
    "them, and with --yes deactivates them (POST /users/{id}/lifecycle/deactivate).",
  args: ARGS,
  scopes: ["okta.users.read", "okta.users.manage"],
  destructive: true,
  permissions: { write: ["out"] },
  columns: STALE_COLUMNS,
  examples: [
    "deno task users-deactivate-stale --days 120              # shows who would be deactivated",
    "deno task users-deactivate-stale --days 120 --include-never --yes --out out/stale.csv --format csv",
  ],
  async run(ctx) {
    const { days, includeNever, status } = ctx.args;
    if (!(days > 0)) throw new UsageError(`--days must be a positive number: got ${days}`);
    const asOf = ctx.args.asOf === undefined ? new Date() : parseTime(ctx.args.asOf, Date.now());
    if (!asOf) throw new UsageError(`--as-of must be an ISO 8601 time: got "${ctx.args.asOf}"`);
    for (const s of status) {
      if (!/^[A-Z_]+$/.test(s)) throw new UsageError(`--status values are like ACTIVE: got "${s}"`);
    }
    const cutoff = asOf.getTime() - days * 86_400_000;
    const search = status.map((s) => `status eq ${quote(s)}`).join(" or ");

    // lastLogin cannot be searched on, so the filtering happens here.
    const stale: WithId<User>[] = [];
    const scan = ctx.progress("users scanned");
    const users = ctx.okta.users.list().search(search) as AsyncIterable<WithId<User>>;
    for await (const user of users) {
      scan.tick();
      if (isStale(user, cutoff, includeNever)) stale.push(user);
    }
    scan.done();
    ctx.info(`${stale.length} users have not signed in since ${new Date(cutoff).toISOString()}.`);

    // Deactivations go through okta.bulk: --concurrency in flight, paced by rate-limit bucket.
    const progress = ctx.progress("users deactivated", stale.length);
    await ctx.bulk(stale, async (user) => {
      const row = {
        id: user.id,
        login: user.profile?.login,
        status: user.status,
        lastLogin: user.lastLogin ?? null,
        created: user.created,
      };
      if (!ctx.apply) {
        await ctx.emit({ ...row, action: "would-deactivate" });
        ctx.succeeded();
        return;
      }
      try {
        await ctx.okta.users.lifecycle.deactivate(user.id);
        await ctx.emit({ ...row, action: "deactivated" });
        ctx.succeeded();
      } catch (error) {
        await ctx.emit({ ...row, action: "failed", ...errorFields(error) });
        ctx.failed();
      } finally {
        progress.tick();
      }
    });
    progress.done();
  },
});

/** Whether a user counts as stale at `cutoff` (epoch ms). */
export function isStale(
  user: Pick<User, "lastLogin" | "created">,
  cutoff: number,
  includeNever: boolean,
): boolean {
  if (user.lastLogin) return Date.parse(user.lastLogin) < cutoff;
  return includeNever && !!user.created && Date.parse(user.created) < cutoff;
}

if (import.meta.main) await main(task);
