/**
 * Opening a task's journal for a resumable run: refuses a journal written for another org, starts
 * over for a throwaway `--emulator` org, and tells the user what an earlier run left.
 *
 * @module
 */
import { UsageError } from "./args.ts";
import { openJournal, readJournal } from "./journal.ts";
import type { JournalState, JournalWriter } from "./journal.ts";
import type { TaskContext } from "./types.ts";

/** A journal opened for this run, with what earlier runs recorded in it. */
export interface RunJournal {
  /** Keys done and pending in earlier runs. */
  state: JournalState;
  /** The writer for this run (already holds this run's `org` entry). */
  journal: JournalWriter;
}

/**
 * Reads and opens `path` for a run against the task's org. `words` name what is journaled in
 * messages: `{ unit: "rows", run: "an import into", verb: "import into" }`. Throws a {@linkcode UsageError} when
 * the journal belongs to another org, since resuming it would skip work never done here.
 */
export async function openRunJournal(
  ctx: Pick<TaskContext<unknown>, "okta" | "options" | "info">,
  path: string,
  words: { unit: string; run: string; verb: string },
): Promise<RunJournal> {
  const { unit, run, verb } = words;
  let state = await readJournal(path);
  const orgUrl = ctx.okta.config.orgUrl;
  const org = orgUrl ? new URL(orgUrl).origin : undefined;
  // A throwaway emulator is a new org every run: its own journal cannot be resumed.
  if (ctx.options.emulator && [...state.orgs].every((o) => o === org)) {
    await Deno.remove(path).catch(() => {});
    state = await readJournal(path);
  }
  const others = [...state.orgs].filter((o) => o !== org);
  if (org && others.length) {
    throw new UsageError(
      `The journal ${path} belongs to ${run} ${others.join(", ")}, not ${org}: ` +
        `give another --journal (or delete that one) to ${verb} ${org}`,
    );
  }
  if (state.done.size || state.pending.size) {
    ctx.info(
      `Resuming from ${path}: ${state.done.size} ${unit} done earlier, ` +
        `${state.pending.size} interrupted mid-write (checked against the org).`,
    );
  }
  const journal = await openJournal(path);
  if (org) await journal.append({ t: "org", key: "", org });
  return { state, journal };
}
