/**
 * `deno task users-lifecycle`: suspends, unsuspends, unlocks, activates, deactivates, resets the
 * factors of or expires the password of users given by a CSV file, stdin or a search expression.
 * A dry run unless `--yes`; paced through `okta.bulk`; resumable through a journal; one report
 * row per user.
 *
 * @module
 */
import { parseCsvRecords } from "./_framework/csv_records.ts";
import { defineTask, errorFields, main, UsageError } from "./_framework/mod.ts";
import type { ArgSpecs, Row, TaskContext, TaskDefinition } from "./_framework/mod.ts";
import type { JournalState, JournalWriter } from "./_framework/journal.ts";
import { findUser } from "./_framework/lookup.ts";
import { judge, LIFECYCLE_ACTIONS, LIFECYCLE_RULES } from "./_framework/lifecycle.ts";
import type { LifecycleAction } from "./_framework/lifecycle.ts";
import { openRunJournal } from "./_framework/resume.ts";
import { openTempPasswordFile } from "./_framework/temp_password_file.ts";
import type { TempPasswordFile } from "./_framework/temp_password_file.ts";
import { notFound, requireId } from "./_framework/util.ts";
import type { Okta, User } from "../mod.ts";

/** Report columns. */
export const LIFECYCLE_COLUMNS: readonly string[] = [
  "user",
  "id",
  "login",
  "status",
  "action",
  "errorCode",
  "errorSummary",
];

/** Header names that mark the column holding each user's login or id. */
const USER_COLUMNS = ["login", "id", "user", "username", "email"];

/** The call each action makes (`POST /api/v1/users/{id}/lifecycle/<action>`). */
const CALLS: Readonly<Record<LifecycleAction, (api: Okta, id: string) => PromiseLike<unknown>>> = {
  suspend: (api, id) => api.users.lifecycle.suspend(id),
  unsuspend: (api, id) => api.users.lifecycle.unsuspend(id),
  unlock: (api, id) => api.users.lifecycle.unlock(id),
  activate: (api, id) => api.users.lifecycle.activate(id),
  // deactivate: no email to the user, as the other bulk runbooks do.
  deactivate: (api, id) => api.users.lifecycle.deactivate(id).sendEmail(false),
  "reset-factors": (api, id) => api.users.lifecycle.resetFactors(id),
  "expire-password": (api, id) => api.users.credentials.expirePassword(id),
};

/** The arguments of the users-lifecycle task. */
export const ARGS = {
  action: {
    type: "string",
    required: true,
    description: "what to do with each user",
    choices: LIFECYCLE_ACTIONS,
  },
  file: {
    type: "string",
    description: "CSV with a login or id column, or one login/id per line (- reads stdin)",
    placeholder: "FILE",
  },
  search: {
    type: "string",
    description: 'the users are those an Okta search finds (e.g. profile.department eq "Sales")',
    placeholder: "EXPR",
  },
  tempPasswordFile: {
    type: "string",
    description: "with expire-password: set a temporary password, written only to this CSV (0600)",
    placeholder: "FILE",
  },
  journal: {
    type: "string",
    description: "journal file (default: out/users-lifecycle-<action>-<input>.journal)",
    placeholder: "FILE",
  },
} as const satisfies ArgSpecs;

type Args = {
  action: string;
  file?: string;
  search?: string;
  tempPasswordFile?: string;
};

/** One user to act on: how the input named them, and the user when already fetched. */
interface Target {
  label: string;
  user?: User;
}

/** The users-lifecycle task. */
export const task: TaskDefinition<typeof ARGS> = defineTask({
  name: "users-lifecycle",
  description:
    "Suspend, unsuspend, unlock, activate, deactivate, reset factors or expire passwords in bulk",
  details: "Acts on the users of --file (a CSV with a login or id column, or one login or id per " +
    "line; - reads stdin) or of --search. Each user is fetched first: a user already in the " +
    "action's end state is reported `unchanged`, and one Okta would refuse (suspend needs " +
    "ACTIVE, unsuspend SUSPENDED, unlock LOCKED_OUT, activate STAGED or DEPROVISIONED, " +
    "reset-factors and expire-password ACTIVE) is reported `not-allowed` and not sent. Without " +
    "--yes nothing changes. With --yes a journal in out/ records each call before and after " +
    "it, so rerunning the same command after a crash or Ctrl-C acts on every user exactly " +
    "once. expire-password with --temp-password-file sets a temporary password per user and " +
    "writes it only to that file, created readable by its owner alone; it never appears in " +
    "the report. activate sends Okta's activation email.",
  args: ARGS,
  scopes: ["okta.users.read", "okta.users.manage"],
  destructive: true,
  permissions: { read: ["in", "out"], write: ["out"] },
  columns: LIFECYCLE_COLUMNS,
  examples: [
    "deno task users-lifecycle --action suspend --file in/leavers.csv          # the plan",
    "deno task users-lifecycle --action suspend --file in/leavers.csv --yes",
    "deno task users-lifecycle --action unlock --search 'status eq \"LOCKED_OUT\"' --yes",
    "deno task users-lifecycle --action expire-password --file - --temp-password-file out/temp.csv --yes < ids.txt",
  ],
  async run(ctx) {
    const action = ctx.args.action as LifecycleAction;
    checkArgs(ctx.args, ctx.options.out);
    const targets = await readTargets(ctx);
    const counts = new Map<string, number>();
    const report = async (row: Row, ok: boolean): Promise<void> => {
      await ctx.emit(row);
      counts.set(String(row.action), (counts.get(String(row.action)) ?? 0) + 1);
      if (ok) ctx.succeeded();
      else ctx.failed();
    };
    const seen = new Set<string>();
    const progress = ctx.progress("users");

    let run: RunState | undefined;
    if (ctx.apply) {
      const path = ctx.args.journal ?? defaultJournalPath(ctx.args, ctx.options.emulator);
      const { state, journal } = await openRunJournal(ctx, path, {
        unit: "users",
        run: "a run against",
        verb: "run against",
      });
      const temp = ctx.args.tempPasswordFile
        ? await openTempPasswordFile(ctx.args.tempPasswordFile)
        : undefined;
      run = { state, journal, temp, path };
    }
    try {
      await ctx.bulk(targets, async (target) => {
        try {
          const { row, ok } = await handleOne(ctx, action, target, seen, run);
          await report(row, ok);
        } catch (error) {
          await report({ user: target.label, action: "failed", ...errorFields(error) }, false);
        } finally {
          progress.tick();
        }
      });
    } finally {
      progress.done();
      run?.journal.close();
      run?.temp?.close();
    }
    const summary = [...counts].map(([name, n]) => `${n} ${name}`).join(", ");
    ctx.info(`Summary: ${summary || "no users"}.`);
    if (ctx.signal.aborted && run) {
      throw new Error(`Interrupted. Rerun the same command to resume from the journal ${run.path}`);
    }
  },
});

interface RunState {
  state: JournalState;
  journal: JournalWriter;
  temp?: TempPasswordFile;
  path: string;
}

function checkArgs(args: Args, out: string | undefined): void {
  if ((args.file === undefined) === (args.search === undefined)) {
    throw new UsageError(
      "Name the users with exactly one of --file FILE (- for stdin) or --search EXPR",
    );
  }
  if (args.tempPasswordFile !== undefined) {
    if (args.action !== "expire-password") {
      throw new UsageError(
        `--temp-password-file goes with --action expire-password, not ${args.action}`,
      );
    }
    if (args.tempPasswordFile === out) {
      throw new UsageError(
        "--temp-password-file must not be the --out report: the report is for sharing, " +
          "the passwords are not",
      );
    }
  }
}

/** The journal path: out/users-lifecycle-<action>-<input name>[.emulator].journal. */
export function defaultJournalPath(args: Args, emulator: boolean): string {
  const input = args.search !== undefined
    ? "search-" + hash(args.search)
    : args.file === "-"
    ? "stdin"
    : (args.file ?? "").replace(/^.*[\\/]/, "").replace(/\.[^.]*$/, "") || "input";
  return `out/users-lifecycle-${args.action}-${input}${emulator ? ".emulator" : ""}.journal`;
}

/** A short stable name for a search expression (FNV-1a), so each search gets its own journal. */
function hash(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(16).padStart(8, "0");
}

async function readTargets(
  ctx: TaskContext<Args>,
): Promise<Iterable<Target> | AsyncIterable<Target>> {
  if (ctx.args.search !== undefined) {
    const users = ctx.okta.users.list().search(ctx.args.search);
    return (async function* () {
      for await (const user of users) yield { label: user.profile?.login ?? user.id ?? "", user };
    })();
  }
  const text = await ctx.readText(ctx.args.file!);
  return parseUserList(text).map((label) => ({ label }));
}

/**
 * The logins or ids in a file: the `login` (or `id`, `user`, `username`, `email`) column of a CSV
 * with a header, or the first cell of each line when the first line is not such a header.
 * Blank lines and repeats (ignoring case) are left out.
 */
export function parseUserList(text: string): string[] {
  const records = parseCsvRecords(text, "user list");
  if (records.length === 0) throw new UsageError("The user list is empty");
  const header = records[0].map((h) => h.trim().toLowerCase());
  const named = USER_COLUMNS.map((name) => header.indexOf(name)).find((i) => i >= 0);
  const column = named ?? 0;
  const rows = named === undefined ? records : records.slice(1);
  if (named === undefined && header.length > 1) {
    throw new UsageError(
      `The CSV has no login or id column (columns: ${records[0].join(", ")}): ` +
        `name one ${USER_COLUMNS.join(", ")}`,
    );
  }
  const out: string[] = [];
  const seen = new Set<string>();
  for (const record of rows) {
    const value = (record[column] ?? "").trim();
    if (!value || seen.has(value.toLowerCase())) continue;
    seen.add(value.toLowerCase());
    out.push(value);
  }
  return out;
}

async function handleOne(
  ctx: TaskContext<Args>,
  action: LifecycleAction,
  target: Target,
  seen: Set<string>,
  run: RunState | undefined,
): Promise<{ row: Row; ok: boolean }> {
  const user = target.user ?? await findUser(ctx.okta, target.label);
  if (!user) throw notFound("USER_NOT_FOUND", `No user with id or login "${target.label}"`);
  const id = requireId(user);
  const login = user.profile?.login;
  const base = { user: target.label, id, login, status: user.status };
  // A login and an id in the same list may name one user: act once.
  if (seen.has(id)) return { row: { ...base, action: "duplicate" }, ok: true };
  seen.add(id);
  const rule = LIFECYCLE_RULES[action];

  if (run) {
    const earlier = run.state.done.get(id);
    if (earlier) return { row: { ...base, action: "done-earlier" }, ok: true };
    if (run.state.pending.has(id) && await wentThrough(ctx, action, id, user.status)) {
      // The last run's call reached the org and the process stopped before hearing back.
      await run.journal.append({ t: "done", key: id, action: rule.done });
      const lost = action === "expire-password" && run.temp
        ? {
          errorSummary: "the interrupted run never received this temporary password: " +
            "reset the user's password to give them a new one",
        }
        : {};
      return { row: { ...base, action: rule.done, ...lost }, ok: true };
    }
  }

  const verdict = judge(action, user.status);
  if (verdict.verdict !== "act") {
    const fields = verdict.verdict === "not-allowed"
      ? { errorCode: "NOT_ALLOWED", errorSummary: verdict.reason }
      : { errorSummary: verdict.reason };
    return {
      row: { ...base, action: verdict.verdict, ...fields },
      ok: verdict.verdict === "unchanged",
    };
  }
  if (!run) return { row: { ...base, action: `would-${action}` }, ok: true };

  await run.journal.append({ t: "start", key: id });
  try {
    await act(ctx, action, id, login, run.temp);
  } catch (error) {
    // Only an answer from the org settles the call; after a network error or an abort it may
    // have been applied, so the entry stays pending and the rerun checks the user's status.
    if (typeof (error as { status?: unknown })?.status === "number") {
      await run.journal.append({ t: "failed", key: id, ...errorFields(error) });
    }
    return { row: { ...base, action: "failed", ...errorFields(error) }, ok: false };
  }
  await run.journal.append({ t: "done", key: id, action: rule.done });
  return { row: { ...base, action: rule.done }, ok: true };
}

async function act(
  ctx: TaskContext<Args>,
  action: LifecycleAction,
  id: string,
  login: string | undefined,
  temp: TempPasswordFile | undefined,
): Promise<void> {
  if (action === "expire-password" && temp) {
    const answer = await ctx.okta.users.credentials.expirePasswordWithTempPassword(id);
    if (typeof answer?.tempPassword !== "string") {
      throw new Error(`Okta expired the password of ${id} but sent no temporary password`);
    }
    await temp.append({ login: String(login ?? ""), id, tempPassword: answer.tempPassword });
    return;
  }
  await CALLS[action](ctx.okta, id);
}

/** Whether an interrupted call for this user reached the org, judged from what the org shows. */
async function wentThrough(
  ctx: TaskContext<Args>,
  action: LifecycleAction,
  id: string,
  status: string | undefined,
): Promise<boolean> {
  const rule = LIFECYCLE_RULES[action];
  if (rule.changesStatus) return !rule.from.includes(status ?? "");
  // reset-factors leaves the status alone: a user with no factors left has had them reset.
  for await (const _ of ctx.okta.users.factors.list(id)) return false;
  return true;
}

if (import.meta.main) await main(task);
