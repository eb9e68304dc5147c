/**
 * `deno task user-offboard`: clears a user's sessions, resets their factors, removes them from
 * their groups and deactivates them (dry run unless `--yes`).
 *
 * @module
 */
import { defineTask, errorFields, main, UsageError } from "./_framework/mod.ts";
import type { ArgSpecs, TaskDefinition } from "./_framework/mod.ts";
import { getUser } from "./_framework/lookup.ts";
import { requireId } from "./_framework/util.ts";
import type { WithId } from "./_framework/util.ts";
import type { Group, User } from "../mod.ts";

/** The steps, in the order they run. Deactivation comes last so the earlier steps still apply. */
export const OFFBOARD_STEPS: readonly string[] = ["sessions", "factors", "groups", "deactivate"];

/** Report columns. */
export const OFFBOARD_COLUMNS: readonly string[] = [
  "user",
  "userId",
  "step",
  "target",
  "action",
  "errorCode",
  "errorSummary",
];

/** The arguments of the user-offboard task. */
export const ARGS = {
  user: {
    type: "list",
    required: true,
    description: "logins or ids of the users to offboard",
    placeholder: "USER",
  },
  skip: {
    type: "list",
    description: `steps to skip: ${OFFBOARD_STEPS.join(", ")}`,
    placeholder: "STEP",
  },
} as const satisfies ArgSpecs;

/** The user-offboard task. */
export const task: TaskDefinition<typeof ARGS> = defineTask({
  name: "user-offboard",
  description: "Offboard users: clear sessions, reset factors, remove from groups, deactivate",
  details: "For each user: revoke all sessions (and OAuth tokens), reset every enrolled factor, " +
    "remove them from each Okta-mastered group (app-imported and built-in groups are skipped) " +
    "and deactivate them. Without --yes it shows the steps and changes nothing. A failed step is " +
    "reported and the remaining steps still run. Users, and then their group removals, are " +
    "handled --concurrency at a time, paced by Okta's rate limits.",
  args: ARGS,
  scopes: ["okta.users.read", "okta.users.manage", "okta.groups.manage"],
  destructive: true,
  permissions: { write: ["out"] },
  columns: OFFBOARD_COLUMNS,
  examples: [
    "deno task user-offboard --user jane.doe@example.com            # the plan",
    "deno task user-offboard --user jane.doe@example.com --yes",
  ],
  async run(ctx) {
    for (const s of ctx.args.skip) {
      if (!OFFBOARD_STEPS.includes(s)) {
        throw new UsageError(`--skip takes ${OFFBOARD_STEPS.join(", ")}: got "${s}"`);
      }
    }
    const steps = OFFBOARD_STEPS.filter((s) => !ctx.args.skip.includes(s));
    type Base = { user: string; userId: string };
    const step = async (
      base: Base,
      name: string,
      target: string,
      act: () => PromiseLike<unknown>,
    ): Promise<void> => {
      if (!ctx.apply) {
        await ctx.emit({ ...base, step: name, target, action: "would-do" });
        ctx.succeeded();
        return;
      }
      try {
        await act();
        await ctx.emit({ ...base, step: name, target, action: "done" });
        ctx.succeeded();
      } catch (error) {
        await ctx.emit({ ...base, step: name, target, action: "failed", ...errorFields(error) });
        ctx.failed();
      }
    };

    // Three passes through okta.bulk (paced by rate-limit bucket, --concurrency in flight):
    // per user the sessions, factors and group listing; then every group removal of every
    // user; then the deactivations, so each user's deactivation still comes after the rest.
    const removals: { base: Base; group: Group }[] = [];
    const deactivations: Base[] = [];
    await ctx.bulk(ctx.args.user, async (who) => {
      let user: WithId<User>;
      try {
        user = await getUser(ctx.okta, who);
      } catch (error) {
        await ctx.emit({ user: who, step: "find", action: "failed", ...errorFields(error) });
        ctx.failed();
        return;
      }
      const userId = user.id;
      const base = { user: user.profile?.login ?? who, userId };
      if (steps.includes("sessions")) {
        await step(
          base,
          "sessions",
          "all sessions and OAuth tokens",
          () => ctx.okta.users.sessions.revoke(userId).oauthTokens(true),
        );
      }
      if (steps.includes("factors")) {
        await step(
          base,
          "factors",
          "all enrolled factors",
          () => ctx.okta.users.lifecycle.resetFactors(userId),
        );
      }
      if (steps.includes("groups")) {
        let groups: Group[] = [];
        try {
          // One request: the first page of the listing (awaiting a list builder).
          groups = await ctx.okta.users.resources.listGroups(userId);
        } catch (error) {
          await ctx.emit({ ...base, step: "groups", action: "failed", ...errorFields(error) });
          ctx.failed();
        }
        for (const group of groups) {
          if (group.type && group.type !== "OKTA_GROUP") {
            await ctx.emit({
              ...base,
              step: "groups",
              target: groupTarget(group),
              action: `skipped-${group.type}`,
            });
          } else {
            removals.push({ base, group });
          }
        }
      }
      if (steps.includes("deactivate")) {
        if (user.status === "DEPROVISIONED") {
          await ctx.emit({ ...base, step: "deactivate", action: "skipped-already-deactivated" });
        } else {
          deactivations.push(base);
        }
      }
    });
    await ctx.bulk(removals, ({ base, group }) =>
      step(
        base,
        "groups",
        groupTarget(group),
        () => ctx.okta.groups.users.remove(requireId(group), base.userId),
      ));
    await ctx.bulk(
      deactivations,
      (base) =>
        step(base, "deactivate", "user", () => ctx.okta.users.lifecycle.deactivate(base.userId)),
    );
  },
});

function groupTarget(group: Group): string {
  return `${group.profile?.name ?? ""} (${group.id})`;
}

if (import.meta.main) await main(task);
