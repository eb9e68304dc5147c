/**
 * `deno task apps-assignments-report`: who is assigned to which app, directly (USER) or through
 * a group (GROUP).
 *
 * @module
 */
import { defineTask, errorFields, main } from "./_framework/mod.ts";
import type { ArgSpecs, TaskDefinition } from "./_framework/mod.ts";
import { isStatus, quote, requireId } from "./_framework/util.ts";
import type { Application } from "../mod.ts";

/** Report columns. */
export const ASSIGNMENT_COLUMNS: readonly string[] = [
  "appId",
  "appLabel",
  "appStatus",
  "assigneeType",
  "assigneeId",
  "assignee",
  "scope",
  "status",
  "priority",
  "errorCode",
  "errorSummary",
];

/** The arguments of the apps-assignments-report task. */
export const ARGS = {
  app: {
    type: "list",
    description: "app ids or labels (default: every app)",
    placeholder: "APP",
  },
  includeInactive: { type: "boolean", description: "include INACTIVE apps" },
  groupsOnly: { type: "boolean", description: "list group assignments only" },
} as const satisfies ArgSpecs;

/** The apps-assignments-report task. */
export const task: TaskDefinition<typeof ARGS> = defineTask({
  name: "apps-assignments-report",
  description: "Report app assignments: users and groups assigned to each app",
  details: "For each app (all active apps, or those named with --app), lists the assigned users " +
    "(scope USER for direct assignments, GROUP when through a group) and the assigned groups.",
  args: ARGS,
  scopes: ["okta.apps.read", "okta.groups.read"],
  permissions: { write: ["out"] },
  columns: ASSIGNMENT_COLUMNS,
  examples: [
    "deno task apps-assignments-report --format csv --out out/assignments.csv",
    "deno task apps-assignments-report --app Salesforce --format table",
  ],
  async run(ctx) {
    const apps: Application[] = [];
    const wanted = new Set(ctx.args.app.map((a) => a.toLowerCase()));
    for await (
      const app of ctx.okta.apps.list().query({
        filter: ctx.args.includeInactive ? undefined : `status eq ${quote("ACTIVE")}`,
      })
    ) {
      if (
        wanted.size === 0 || wanted.has((app.id ?? "").toLowerCase()) ||
        wanted.has((app.label ?? "").toLowerCase())
      ) apps.push(app);
    }
    const groupNames = new Map<string, Promise<string>>();
    const groupName = (id: string): Promise<string> => {
      let name = groupNames.get(id);
      if (!name) {
        name = ctx.okta.groups.get(id)
          .then((g) => g.profile?.name ?? "", (e) => (isStatus(e, 404) ? "" : Promise.reject(e)));
        groupNames.set(id, name);
      }
      return name;
    };

    const progress = ctx.progress("apps", apps.length);
    await ctx.bulk(apps, async (app) => {
      const base = { appId: app.id, appLabel: app.label ?? app.name, appStatus: app.status };
      try {
        const appId = requireId(app);
        const rows: Record<string, unknown>[] = [];
        if (!ctx.args.groupsOnly) {
          for await (const au of ctx.okta.apps.users.list(appId)) {
            rows.push({
              ...base,
              assigneeType: "USER",
              assigneeId: au.id,
              assignee: au.credentials?.userName ?? au.profile?.email ?? "",
              scope: au.scope,
              status: au.status,
            });
          }
        }
        for await (const ag of ctx.okta.apps.groups.listAssignments(appId)) {
          rows.push({
            ...base,
            assigneeType: "GROUP",
            assigneeId: ag.id,
            assignee: await groupName(requireId(ag)),
            priority: ag.priority,
          });
        }
        for (const row of rows) await ctx.emit(row);
        ctx.succeeded();
      } catch (error) {
        await ctx.emit({ ...base, assigneeType: "ERROR", ...errorFields(error) });
        ctx.failed();
      }
      progress.tick();
    });
    progress.done();
  },
});

if (import.meta.main) await main(task);
