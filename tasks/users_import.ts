/**
 * `deno task users-import`: creates users from a CSV file, with a column mapping, group
 * memberships, activation and optional passwords, under bounded concurrency, resumable through
 * a journal, and with a per-row report carrying Okta's error codes.
 *
 * @module
 */
import { parseCsvRecords } from "./_framework/csv_records.ts";
import { defineTask, errorFields, main, UsageError } from "./_framework/mod.ts";
import type { ArgSpecs, Row, TaskContext, TaskDefinition } from "./_framework/mod.ts";
import { openRunJournal } from "./_framework/resume.ts";
import type { JournalEntry, JournalWriter } from "./_framework/journal.ts";
import type { WithId } from "./_framework/util.ts";
import { findGroupByName } from "./_framework/group_lookup.ts";
import { findUser } from "./_framework/lookup.ts";
import { checkProfile, describeProblems, loadUserSchema } from "./_framework/user_schema.ts";
import type { ProfileProblem, UserSchema } from "./_framework/user_schema.ts";
import { GROUP_ID_REGEXP, notFound } from "./_framework/util.ts";
import type { CreateUserRequest, Okta, User } from "../mod.ts";

/** Report columns. */
export const IMPORT_COLUMNS: readonly string[] = [
  "row",
  "login",
  "action",
  "id",
  "column",
  "errorCode",
  "errorSummary",
];

/** How far the org's clock may trail ours when deciding that a pending create went through. */
const CLOCK_SKEW_MS = 5 * 60_000;

/** One CSV row turned into a user to create. */
export interface Candidate {
  /** Row number in the file (the header is row 1). */
  row: number;
  /** The login (profile.login). */
  login: string;
  /** Profile attributes from the mapped columns. */
  profile: Record<string, string>;
  /** Password, when the file has one (never written to the report or journal). */
  password?: string;
  /** Group names or ids. */
  groups: string[];
}

/** The arguments of the users-import task. */
export const ARGS = {
  file: {
    type: "string",
    required: true,
    description: "CSV file to import (- reads stdin)",
    placeholder: "FILE",
  },
  map: {
    type: "list",
    description:
      "column mapping CSV_COLUMN=ATTRIBUTE (ATTRIBUTE may be password, groups or - to ignore)",
    placeholder: "COL=ATTR",
  },
  existing: {
    type: "string",
    description: "what to do when the login already exists",
    choices: ["skip", "update"],
    default: "skip",
  },
  activate: {
    type: "boolean",
    description: "activate new users (--no-activate creates them STAGED)",
    default: true,
  },
  journal: {
    type: "string",
    description: "journal file (default: out/users-import-<file name>.journal)",
    placeholder: "FILE",
  },
} as const satisfies ArgSpecs;

/** The users-import task. */
export const task: TaskDefinition<typeof ARGS> = defineTask({
  name: "users-import",
  description: "Create users from a CSV file (mapping, groups, activation, passwords), resumable",
  details: "Each CSV row becomes a user: columns named like profile attributes (login, email, " +
    "firstName, lastName, department, ...) fill the profile; a `password` column sets a password; a " +
    "`groups` column lists group names or ids separated by ';'. --map renames columns. A journal " +
    "(next to the output, in out/) records every row before and after its write, so rerunning the " +
    "same command after a crash or Ctrl-C finishes the job with no row skipped or done twice. " +
    "--existing update changes the profile and adds the groups of existing users (passwords are " +
    "only set on new ones). Without --yes nothing is created: the report shows what would happen. " +
    "Every row is first checked against the org's user schema (required attributes, types, " +
    "lengths, allowed values, patterns, email and login formats, unknown and read-only " +
    "attributes) and its groups against the org: a row the org would refuse is reported " +
    "`refused`, naming the column and why, in the dry run and with --yes alike, and is never sent.",
  args: ARGS,
  scopes: [
    "okta.users.read",
    "okta.users.manage",
    "okta.groups.read",
    "okta.groups.manage",
    "okta.schemas.read",
  ],
  destructive: true,
  permissions: { read: ["in", "out"], write: ["out"] },
  defaultFormat: "table",
  columns: IMPORT_COLUMNS,
  examples: [
    "deno task users-import --file in/people.csv                # dry run: the plan",
    "deno task users-import --file in/people.csv --yes --out out/import-report.csv --format csv",
    "deno task users-import --file - --map E-mail=email --map Teams=groups --yes < people.csv",
  ],
  async run(ctx) {
    const mapping = parseMapping(ctx.args.map);
    const text = await ctx.readText(ctx.args.file);
    const { candidates, invalid, columns } = readCsv(text, mapping);
    const journalPath = ctx.args.journal ??
      defaultJournalPath(ctx.args.file, ctx.options.emulator ? ".emulator" : "");

    for (const bad of invalid) {
      await ctx.emit({ ...bad, action: "failed" });
      ctx.failed();
    }
    // The same checks judge the plan and guard the writes: nothing the org would refuse is sent.
    const schema = await loadUserSchema(ctx.okta);
    const checker = new RowChecker(schema, columns, new GroupResolver(ctx.okta));
    warnUnknownColumns(ctx, schema, columns);
    if (!ctx.apply) {
      await plan(ctx, candidates, checker);
      return;
    }

    const { state, journal } = await openRunJournal(ctx, journalPath, {
      unit: "rows",
      run: "an import into",
      verb: "import into",
    });
    const progress = ctx.progress("rows imported", candidates.length);
    try {
      await ctx.bulk(candidates, async (c) => {
        const row = await importOne(ctx, c, { journal, checker, state });
        await ctx.emit(row);
        if (row.action === "failed" || row.action === "refused") ctx.failed();
        else ctx.succeeded();
        progress.tick();
      });
    } finally {
      progress.done();
      journal.close();
    }
    if (ctx.signal.aborted) {
      throw new Error(
        `Interrupted. Rerun the same command to resume from the journal ${journalPath}`,
      );
    }
  },
});

/** The journal path for an input file: out/users-import-<base name><suffix>.journal. */
export function defaultJournalPath(file: string, suffix = ""): string {
  const base = file === "-" ? "stdin" : file.replace(/^.*[\\/]/, "").replace(/\.[^.]*$/, "");
  return `out/users-import-${base || "input"}${suffix}.journal`;
}

function parseMapping(entries: string[]): Map<string, string> {
  const mapping = new Map<string, string>();
  for (const entry of entries) {
    const at = entry.indexOf("=");
    if (at <= 0 || at === entry.length - 1) {
      throw new UsageError(`--map must look like CSV_COLUMN=ATTRIBUTE: got "${entry}"`);
    }
    mapping.set(entry.slice(0, at).trim(), entry.slice(at + 1).trim().replace(/^profile\./, ""));
  }
  return mapping;
}

/** Parses the CSV into candidates and rows that cannot be imported. */
export function readCsv(
  text: string,
  mapping: Map<string, string>,
): { candidates: Candidate[]; invalid: Row[]; columns: Map<string, string> } {
  const records = parseCsvRecords(text, "CSV file");
  if (records.length === 0) throw new UsageError("The CSV file is empty: it needs a header row");
  const header = records[0].map((h) => h.trim());
  const targets = header.map((h) => mapping.get(h) ?? h);
  // Which CSV column fills each attribute, so a refused value can name its column.
  const columns = new Map<string, string>();
  targets.forEach((target, i) => {
    if (!columns.has(target)) columns.set(target, header[i]);
  });
  if (!targets.includes("login")) {
    throw new UsageError(
      `The CSV file has no login column (columns: ${
        header.join(", ")
      }); map one with --map COLUMN=login`,
    );
  }
  const candidates: Candidate[] = [];
  const invalid: Row[] = [];
  const seen = new Map<string, number>();
  for (let i = 1; i < records.length; i++) {
    const record = records[i];
    const row = i + 1;
    if (record.length !== header.length) {
      invalid.push({
        row,
        login: "",
        errorCode: "INVALID_ROW",
        errorSummary: `row has ${record.length} columns, the header has ${header.length}`,
      });
      continue;
    }
    const c: Candidate = { row, login: "", profile: {}, groups: [] };
    targets.forEach((target, j) => {
      const value = record[j].trim();
      if (target === "-" || value === "") return;
      if (target === "password") c.password = record[j];
      else if (target === "groups") {
        c.groups = value.split(/[;|]/).map((g) => g.trim()).filter(Boolean);
      } else c.profile[target] = value;
    });
    c.login = c.profile.login ?? "";
    if (!c.login) {
      invalid.push({ row, login: "", errorCode: "INVALID_ROW", errorSummary: "login is empty" });
      continue;
    }
    const key = c.login.toLowerCase();
    const first = seen.get(key);
    if (first !== undefined) {
      invalid.push({
        row,
        login: c.login,
        errorCode: "DUPLICATE_ROW",
        errorSummary: `login already on row ${first} of the file`,
      });
      continue;
    }
    seen.set(key, row);
    candidates.push(c);
  }
  return { candidates, invalid, columns };
}

async function plan(
  ctx: TaskContext<{ existing: string }>,
  candidates: Candidate[],
  checker: RowChecker,
): Promise<void> {
  await ctx.bulk(candidates, async (c) => {
    const base = { row: c.row, login: c.login };
    try {
      const verdict = await judgeRow(ctx, checker, c);
      if (verdict.kind === "refused") {
        await ctx.emit({ ...base, id: verdict.user?.id, ...refusal(verdict.problems) });
        ctx.failed();
        return;
      }
      const existing = verdict.kind === "existing"
        ? verdict.user
        : await findUser(ctx.okta, c.login);
      const action = !existing
        ? "would-create"
        : ctx.args.existing === "update"
        ? "would-update"
        : "would-skip-existing";
      await ctx.emit({ ...base, action, id: existing?.id });
      ctx.succeeded();
    } catch (error) {
      await ctx.emit({ ...base, action: "failed", ...errorFields(error) });
      ctx.failed();
    }
  });
}

/** What the org would do with a row, judged before anything is sent. */
type Verdict =
  | { kind: "create"; profile: Record<string, unknown>; groupIds: string[] }
  | { kind: "existing"; user: WithId<User>; profile: Record<string, unknown>; groupIds: string[] }
  | { kind: "refused"; problems: ProfileProblem[]; user?: WithId<User> };

/**
 * Judges a row as a create first (no lookup needed when it would be accepted); a row a create
 * cannot take is looked up: an existing login is skipped, or updated with only its own values
 * checked, and a new one is refused.
 */
async function judgeRow(
  ctx: TaskContext<{ existing: string }>,
  checker: RowChecker,
  c: Candidate,
): Promise<Verdict> {
  const asCreate = await checker.check(c, { partial: false });
  if (!("problems" in asCreate)) return { kind: "create", ...asCreate };
  const user = await findUser(ctx.okta, c.login);
  if (!user) return { kind: "refused", problems: asCreate.problems };
  if (ctx.args.existing !== "update") return { kind: "existing", user, profile: {}, groupIds: [] };
  const asUpdate = await checker.check(c, { partial: true });
  if ("problems" in asUpdate) return { kind: "refused", problems: asUpdate.problems, user };
  return { kind: "existing", user, ...asUpdate };
}

/** The report fields of a refused row: the columns at fault, the first code, every reason. */
function refusal(problems: readonly ProfileProblem[]): Row {
  return {
    action: "refused",
    column: [...new Set(problems.map((p) => p.column ?? p.attribute))].join(";"),
    errorCode: problems[0].code,
    errorSummary: describeProblems(problems),
  };
}

/** Says once which columns no row can fill, since each row with a value there is refused. */
function warnUnknownColumns(
  ctx: TaskContext<unknown>,
  schema: UserSchema,
  columns: ReadonlyMap<string, string>,
): void {
  for (const [attribute, column] of columns) {
    if (attribute === "-" || attribute === "password" || attribute === "groups") continue;
    if (schema.attributes.has(attribute)) continue;
    ctx.info(
      `Column ${column} is not an attribute of the org's user schema: rows with a value there ` +
        `are refused. Map it with --map ${column}=ATTRIBUTE or leave it out with --map ${column}=-`,
    );
  }
}

/** A row's profile, typed as the schema says, and its group ids; or why the org would refuse it. */
type Checked = { profile: Record<string, unknown>; groupIds: string[] } | {
  problems: ProfileProblem[];
};

/** Checks rows against the org's user schema and groups (the same checks for plan and import). */
class RowChecker {
  #schema: UserSchema;
  #columns: ReadonlyMap<string, string>;
  #groups: GroupResolver;

  constructor(schema: UserSchema, columns: ReadonlyMap<string, string>, groups: GroupResolver) {
    this.#schema = schema;
    this.#columns = columns;
    this.#groups = groups;
  }

  /** `partial`: an update of an existing user (required attributes are not rechecked). */
  async check(c: Candidate, options: { partial: boolean }): Promise<Checked> {
    const { profile, problems } = checkProfile(this.#schema, c.profile, this.#columns, options);
    const groupIds: string[] = [];
    for (const name of c.groups) {
      try {
        groupIds.push(await this.#groups.resolve(name));
      } catch (error) {
        if ((error as { errorCode?: string }).errorCode !== "GROUP_NOT_FOUND") throw error;
        problems.push({
          attribute: "groups",
          column: this.#columns.get("groups"),
          code: "GROUP_NOT_FOUND",
          reason: `no group named "${name}" in the org`,
        });
      }
    }
    return problems.length ? { problems } : { profile, groupIds };
  }
}

interface ImportDeps {
  journal: JournalWriter;
  checker: RowChecker;
  state: { done: Map<string, JournalEntry>; pending: Map<string, JournalEntry> };
}

async function importOne(
  ctx: TaskContext<{ existing: string; activate: boolean }>,
  c: Candidate,
  deps: ImportDeps,
): Promise<Row> {
  const key = c.login.toLowerCase();
  const base = { row: c.row, login: c.login };
  const earlier = deps.state.done.get(key);
  if (earlier) return { ...base, action: "done-earlier", id: earlier.id };
  let started = false;
  try {
    const verdict = await judgeRow(ctx, deps.checker, c);
    if (verdict.kind === "refused") {
      return { ...base, id: verdict.user?.id, ...refusal(verdict.problems) };
    }
    if (verdict.kind === "existing") {
      const { user, profile, groupIds } = verdict;
      const row = await existingUser(ctx, c, user.id, profile, groupIds);
      await deps.journal.append({ t: "done", key, row: c.row, action: row.action, id: row.id });
      return row;
    }
    const { profile, groupIds } = verdict;
    const pending = deps.state.pending.get(key);
    if (pending) {
      // The last run sent this create (or update) and stopped before hearing back.
      const user = await findUser(ctx.okta, c.login);
      if (user && createdSince(user, pending.at)) {
        await addToGroups(ctx.okta, user.id, groupIds, ctx.signal);
        await deps.journal.append({ t: "done", key, row: c.row, action: "created", id: user.id });
        return { ...base, action: "created", id: user.id };
      }
    }
    await deps.journal.append({ t: "start", key, row: c.row });
    started = true;
    let row: Row;
    try {
      const body: CreateUserRequest = {
        profile,
        ...(c.password ? { credentials: { password: { value: c.password } } } : {}),
        ...(groupIds.length ? { groupIds } : {}),
      };
      const created = await ctx.okta.users.create(body).activate(ctx.args.activate);
      row = { ...base, action: "created", id: created.id };
    } catch (error) {
      if (!isDuplicateLogin(error)) throw error;
      const user = await findUser(ctx.okta, c.login);
      if (!user) throw error;
      row = await existingUser(ctx, c, user.id, profile, groupIds);
    }
    await deps.journal.append({ t: "done", key, row: c.row, action: row.action, id: row.id });
    return row;
  } catch (error) {
    const fields = errorFields(error);
    // Only an answer from the org settles a started write. After a network error or an abort
    // the write may have been applied: the entry stays pending and the rerun checks the org.
    const answered = typeof (error as { status?: unknown })?.status === "number";
    if (!started || answered) {
      await deps.journal.append({ t: "failed", key, row: c.row, errorCode: fields.errorCode });
    }
    return { ...base, action: "failed", ...fields };
  }
}

/** Skips or updates (`--existing update`) a user whose login is already in the org. */
async function existingUser(
  ctx: TaskContext<{ existing: string }>,
  c: Candidate,
  userId: string,
  profile: Record<string, unknown>,
  groupIds: string[],
): Promise<Row> {
  const base = { row: c.row, login: c.login, id: userId };
  if (ctx.args.existing !== "update") return { ...base, action: "skipped-existing" };
  await ctx.okta.users.update(userId, { profile });
  await addToGroups(ctx.okta, userId, groupIds, ctx.signal);
  return { ...base, action: "updated" };
}

function createdSince(user: { created?: string }, startedAt: number): boolean {
  const created = user.created ? Date.parse(user.created) : NaN;
  return Number.isFinite(created) && created >= startedAt - CLOCK_SKEW_MS;
}

function isDuplicateLogin(error: unknown): boolean {
  const e = error as { errorCode?: string; errorCauses?: { errorSummary?: string }[] };
  if (e?.errorCode !== "E0000001") return false;
  const causes = Array.isArray(e.errorCauses) ? e.errorCauses : [];
  return causes.some((c) =>
    /login/i.test(c?.errorSummary ?? "") && /exist/i.test(c?.errorSummary ?? "")
  );
}

async function addToGroups(
  okta: Okta,
  userId: string,
  groupIds: string[],
  signal: AbortSignal,
): Promise<void> {
  for (const groupId of groupIds) {
    signal.throwIfAborted();
    await okta.groups.users.add(groupId, userId);
  }
}

/** Resolves group names to ids once per name. */
class GroupResolver {
  #okta: Okta;
  #cache = new Map<string, Promise<string>>();

  constructor(okta: Okta) {
    this.#okta = okta;
  }

  resolveAll(names: string[]): Promise<string[]> {
    return Promise.all(names.map((n) => this.resolve(n)));
  }

  resolve(name: string): Promise<string> {
    if (GROUP_ID_REGEXP.test(name)) return Promise.resolve(name);
    let found = this.#cache.get(name);
    if (!found) {
      found = this.#lookup(name);
      found.catch(() => this.#cache.delete(name));
      this.#cache.set(name, found);
    }
    return found;
  }

  async #lookup(name: string): Promise<string> {
    const group = await findGroupByName(this.#okta, name);
    if (group) return group.id;
    throw notFound("GROUP_NOT_FOUND", `No group named "${name}"`);
  }
}

if (import.meta.main) await main(task);
