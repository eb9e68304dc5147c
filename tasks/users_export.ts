/**
 * `deno task users-export`: streams users, optionally searched or filtered, to CSV, NDJSON or
 * JSON in constant memory (pages are written as they arrive; one page is prefetched).
 *
 * @module
 */
import { defineTask, main, UsageError } from "./_framework/mod.ts";
import type { ArgSpecs, TaskDefinition } from "./_framework/mod.ts";
import { pick } from "./_framework/util.ts";

/** Columns written when `--columns` is not given. */
export const DEFAULT_USER_COLUMNS: readonly string[] = [
  "id",
  "status",
  "created",
  "activated",
  "lastLogin",
  "profile.login",
  "profile.email",
  "profile.firstName",
  "profile.lastName",
];

/** The arguments of the users-export task. */
export const ARGS = {
  search: {
    type: "string",
    description: 'Okta search expression, e.g. status eq "ACTIVE"',
    placeholder: "EXPR",
  },
  filter: { type: "string", description: "Okta filter expression", placeholder: "EXPR" },
  q: {
    type: "string",
    description: "prefix of first name, last name or email (at most 10 results)",
  },
  columns: {
    type: "list",
    description:
      "user fields to write, as dotted paths (profile.department, credentials.provider.type)",
    default: DEFAULT_USER_COLUMNS,
    placeholder: "FIELDS",
  },
  limit: { type: "number", description: "page size (1-200)", default: 200 },
} as const satisfies ArgSpecs;

/** The users-export task. */
export const task: TaskDefinition<typeof ARGS> = defineTask({
  name: "users-export",
  description: "Stream users (optionally searched or filtered) to CSV, NDJSON or JSON",
  details: "Pages through GET /api/v1/users and writes each user as it arrives, so memory stays " +
    "flat for any number of users. Without --search/--filter, Okta leaves out DEPROVISIONED users.",
  args: ARGS,
  scopes: ["okta.users.read"],
  permissions: { write: ["out"] },
  defaultFormat: "csv",
  examples: [
    "deno task users-export --out out/users.csv",
    "deno task users-export --search 'profile.department eq \"Sales\"' --format ndjson --out out/sales.ndjson",
    "deno task users-export --emulator --format table --columns profile.login,status",
  ],
  async run(ctx) {
    const { search, filter, q, columns, limit } = ctx.args;
    if (!Number.isInteger(limit) || limit < 1 || limit > 200) {
      throw new UsageError(`--limit must be an integer from 1 to 200: got ${limit}`);
    }
    const progress = ctx.progress("users exported");
    const users = ctx.okta.users.list().query({ search, filter, q, limit });
    for await (const user of users) {
      if (ctx.signal.aborted) break;
      const row: Record<string, unknown> = {};
      for (const column of columns) row[column] = pick(user, column);
      await ctx.emit(row);
      ctx.succeeded();
      progress.tick();
    }
    progress.done();
  },
});

if (import.meta.main) await main(task);
