/**
 * `deno task admins-report`: admin role assignments of users and of groups.
 *
 * @module
 */
import { defineTask, errorFields, main } from "./_framework/mod.ts";
import type { ArgSpecs, TaskDefinition } from "./_framework/mod.ts";
import { requireId } from "./_framework/util.ts";
import type { CustomRole, StandardRole, User } from "../mod.ts";

/** Report columns. */
export const ADMIN_COLUMNS: readonly string[] = [
  "principalType",
  "principalId",
  "principal",
  "role",
  "roleLabel",
  "assignmentType",
  "status",
  "roleAssignmentId",
  "errorCode",
  "errorSummary",
];

/** A role assignment, as the user and group role listings return them. */
type AssignedRole = StandardRole | CustomRole;

/** The arguments of the admins-report task. */
export const ARGS = {
  users: {
    type: "string",
    description: "which users to ask for roles: assignees (the IAM listing) or all",
    choices: ["assignees", "all"],
    default: "assignees",
  },
  groups: {
    type: "boolean",
    description: "include role assignments of groups (--no-groups skips the per-group scan)",
    default: true,
  },
} as const satisfies ArgSpecs;

/** The admins-report task. */
export const task: TaskDefinition<typeof ARGS> = defineTask({
  name: "admins-report",
  description: "Report admin role assignments of users and groups",
  details:
    "Users: by default the users holding any admin role (GET /api/v1/iam/assignees/users), " +
    "with their roles; --users all asks every user instead (one request per user: slow in big " +
    "orgs, but needs no IAM listing). Groups: every group's roles (one request per group; " +
    "--no-groups skips them).",
  args: ARGS,
  scopes: ["okta.roles.read", "okta.users.read", "okta.groups.read"],
  permissions: { write: ["out"] },
  columns: ADMIN_COLUMNS,
  examples: [
    "deno task admins-report",
    "deno task admins-report --format csv --out out/admins.csv",
  ],
  async run(ctx) {
    // Every user (with a profile), or the IAM listing's assignees (ids only).
    const candidates: AsyncIterable<Pick<User, "id" | "profile">> = ctx.args.users === "all"
      ? ctx.okta.users.list()
      : ctx.okta.roles.userAssignments.list();

    await ctx.bulk(candidates, async (candidate) => {
      const userId = candidate.id;
      try {
        const id = requireId(candidate);
        // One request each (awaiting a list builder sends its first page only).
        const roles = await ctx.okta.roles.userAssignments.listAssigned(id);
        if (roles.length) {
          const login = candidate.profile?.login ??
            (await ctx.okta.users.get(id)).profile?.login ??
            "";
          for (const role of roles) await ctx.emit(roleRow("USER", userId, login, role));
        }
        ctx.succeeded();
      } catch (error) {
        await ctx.emit({ principalType: "USER", principalId: userId, ...errorFields(error) });
        ctx.failed();
      }
    });

    if (!ctx.args.groups) return;
    await ctx.bulk(ctx.okta.groups.list(), async (group) => {
      try {
        const roles = await ctx.okta.roles.groupAssignments.listAssigned(requireId(group));
        for (const role of roles) {
          await ctx.emit(roleRow("GROUP", group.id, group.profile?.name ?? "", role));
        }
        ctx.succeeded();
      } catch (error) {
        await ctx.emit({ principalType: "GROUP", principalId: group.id, ...errorFields(error) });
        ctx.failed();
      }
    });
  },
});

function roleRow(
  type: string,
  id: string | undefined,
  name: string,
  role: AssignedRole,
): Record<string, unknown> {
  return {
    principalType: type,
    principalId: id,
    principal: name,
    role: role.type,
    roleLabel: role.label,
    assignmentType: role.assignmentType,
    status: role.status,
    roleAssignmentId: role.id,
  };
}

if (import.meta.main) await main(task);
