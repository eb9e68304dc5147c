/**
 * Every task module, by task name: the list `deno.json`'s task entries, the tests and the
 * README table are checked against.
 *
 * @module
 */

/** Task name → module path relative to the project root. */
export const TASK_MODULES: Readonly<Record<string, string>> = {
  "users-export": "tasks/users_export.ts",
  "users-import": "tasks/users_import.ts",
  "users-deactivate-stale": "tasks/users_deactivate_stale.ts",
  "users-lifecycle": "tasks/users_lifecycle.ts",
  "groups-sync": "tasks/groups_sync.ts",
  "groups-export": "tasks/groups_export.ts",
  "apps-assignments-report": "tasks/apps_assignments_report.ts",
  "admins-report": "tasks/admins_report.ts",
  "logs-tail": "tasks/logs_tail.ts",
  "user-offboard": "tasks/user_offboard.ts",
  "config-backup": "tasks/config_backup.ts",
  "config-diff": "tasks/config_diff.ts",
  "config-apply": "tasks/config_apply.ts",
  "login": "tasks/login.ts",
  "logout": "tasks/logout.ts",
};
