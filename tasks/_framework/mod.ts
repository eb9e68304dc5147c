/**
 * The task framework: `defineTask()` declares a typed, permission-scoped runbook; `runTask()`
 * runs it in-process (tests) and `main()` runs it from the command line.
 *
 * @example A task module
 * ```ts ignore
 * import { defineTask, main } from "./_framework/mod.ts";
 *
 * export const task = defineTask({
 *   name: "users-count",
 *   description: "Count users",
 *   args: { search: { type: "string", description: "search expression" } },
 *   scopes: ["okta.users.read"],
 *   permissions: {},
 *   async run(ctx) {
 *     let n = 0;
 *     for await (const _ of ctx.okta.users.list().search(ctx.args.search ?? "")) n++;
 *     await ctx.emit({ users: n });
 *   },
 * });
 *
 * if (import.meta.main) await main(task);
 * ```
 *
 * @module
 */
import { parseCommandLine, renderHelp, UsageError } from "./args.ts";
import { clientForTask } from "./client.ts";
import type { Okta } from "../../src/core/client.ts";
import { createRowWriter, writerSink } from "./output.ts";
import type { RowWriter, TextSink } from "./output.ts";
import { createProgress } from "./progress.ts";
import { denoFlags } from "./permissions.ts";
import { ensureParentDir } from "./util.ts";
import type { ArgSpecs, TaskContext, TaskDefinition, TaskEmulator } from "./types.ts";

export type * from "./types.ts";
export type { Progress } from "./progress.ts";
export type { QueryValue, RequestSpec } from "../../src/core/request_spec.ts";
export type { BodyKind, HttpMethod, PagingStyle, ResponseKind } from "../../src/core/operation.ts";
export { UsageError } from "./args.ts";
export type { TextSink } from "./output.ts";

/** Declares a task. Returns the definition unchanged, typed, so tests can run it in-process. */
export function defineTask<A extends ArgSpecs>(task: TaskDefinition<A>): TaskDefinition<A> {
  if (!/^[a-z][a-z0-9-]*$/.test(task.name)) {
    throw new TypeError(`Task name "${task.name}" must be kebab-case`);
  }
  return task;
}

/** Exit codes of a task run. */
export const EXIT: { readonly OK: 0; readonly FAILED: 1; readonly USAGE: 2; readonly PARTIAL: 3 } =
  { OK: 0, FAILED: 1, USAGE: 2, PARTIAL: 3 };

/** How a run talks to the outside; every field is optional (defaults: the real process). */
export interface TaskIo {
  /** Where the data output goes when there is no `--out` (default stdout). */
  stdout?: TextSink;
  /** Where messages and progress go (default stderr). */
  stderr?: (text: string) => void;
  /** Standard input, for `--file -` (default Deno.stdin). */
  stdin?: ReadableStream<Uint8Array>;
  /** A ready client (tests pass one built on an emulator); otherwise built from env or `--emulator`. */
  okta?: Okta;
  /** An in-process emulator the task may use directly (login/logout tests). */
  emulator?: TaskEmulator;
  /** The fetch for tasks that talk to the org themselves (default: the emulator's, or global). */
  fetch?: (request: Request) => Promise<Response>;
  /** Environment variables (default: the process's, as far as the sandbox allows). */
  env?: Record<string, string>;
  /** Aborts the task (tests use it to interrupt a run). */
  signal?: AbortSignal;
  /** Whether stderr is a terminal (default: asks Deno). */
  terminal?: boolean;
}

/** What a run ended with. */
export interface TaskOutcome {
  /** Exit code: 0 ok, 1 failed, 2 usage error, 3 partly failed. */
  code: number;
  /** Items counted as done. */
  succeeded: number;
  /** Items counted as failed. */
  failed: number;
}

/** Runs a task with a command line, in-process. Never exits the process. */
export async function runTask<A extends ArgSpecs>(
  task: TaskDefinition<A>,
  argv: readonly string[],
  io: TaskIo = {},
): Promise<TaskOutcome> {
  const stderr = io.stderr ?? writeStderr;
  const terminal = io.terminal ?? safeIsTerminal();
  const color = terminal && !Deno.noColor;
  const outcome: TaskOutcome = { code: EXIT.OK, succeeded: 0, failed: 0 };
  const fail = (code: number, message: string): TaskOutcome => {
    stderr(`${color ? "\x1b[31merror\x1b[0m" : "error"}: ${message}\n`);
    outcome.code = code;
    return outcome;
  };

  let parsed;
  try {
    parsed = parseCommandLine(task, argv);
  } catch (error) {
    if (error instanceof UsageError) return fail(EXIT.USAGE, error.message);
    throw error;
  }
  if (parsed.help) {
    await writeAll(io.stdout ?? stdoutSink(), renderHelp(task as TaskDefinition<ArgSpecs>));
    return outcome;
  }
  const { args, options } = parsed;
  const apply = !options.dryRun && (!task.destructive || options.yes);

  let closeClient: (() => Promise<void>) | undefined;
  let writer: RowWriter | undefined;
  try {
    let okta: Okta | undefined = io.okta;
    let emulator: TaskEmulator | undefined = io.emulator;
    if ((!okta && task.needsClient !== false) || (options.emulator && !emulator)) {
      const made = await makeClient(options.emulator, task.needsClient !== false && !okta);
      okta ??= made.okta;
      emulator ??= made.emulator;
      closeClient = made.close;
      if (options.emulator) stderr("Using a throwaway in-process emulator with demo data.\n");
    }
    const core = okta ?? missingClient();
    const signal = io.signal ?? new AbortController().signal;
    const sink = options.out ? await fileSink(options.out) : (io.stdout ?? stdoutSink());
    writer = createRowWriter(options.format, sink, {
      columns: task.columns,
      // Bold table headers only on a terminal stdout, never into a file or a pipe.
      color: !Deno.noColor && !options.out && !io.stdout && safeIsTerminal(Deno.stdout),
      pretty: task.pretty,
    });
    const activeWriter = writer;
    const ctx: TaskContext<typeof args> = {
      args,
      options,
      apply,
      okta: clientForTask(core, signal),
      signal,
      emit: (row) => activeWriter.write(row),
      succeeded: (n = 1) => void (outcome.succeeded += n),
      failed: (n = 1) => void (outcome.failed += n),
      info: (message) => stderr(message.endsWith("\n") ? message : message + "\n"),
      progress: (label, total) =>
        createProgress(label, total, { enabled: terminal, color, write: stderr }),
      bulk: (items, fn) => bulk(core, items, fn, { concurrency: options.concurrency, signal }),
      readText: (path) => readText(path, io.stdin),
      env: (name) => (io.env ? io.env[name] : Deno.env.get(name)),
      fetch: io.fetch ?? emulator?.fetch ?? ((request) => fetch(request)),
      emulator,
    };
    await task.run(ctx);
    if (task.destructive && !apply) {
      stderr(
        options.dryRun
          ? "Dry run: nothing was changed.\n"
          : "Dry run: nothing was changed. Rerun with --yes to make these changes.\n",
      );
    }
    outcome.code = outcome.failed === 0
      ? EXIT.OK
      : outcome.succeeded > 0
      ? EXIT.PARTIAL
      : EXIT.FAILED;
    return outcome;
  } catch (error) {
    if (error instanceof UsageError) return fail(EXIT.USAGE, error.message);
    return fail(EXIT.FAILED, describeError(error));
  } finally {
    try {
      await writer?.close();
    } catch (error) {
      fail(EXIT.FAILED, `cannot finish the output: ${describeError(error)}`);
    }
    await closeClient?.();
  }
}

/**
 * Runs a task from the command line and exits with its code. Ctrl-C (SIGINT) or SIGTERM abort
 * the task: nothing new starts and requests in flight are cancelled (users-import's journal
 * settles those on the rerun); a second Ctrl-C exits at once.
 */
export async function main<A extends ArgSpecs>(task: TaskDefinition<A>): Promise<never> {
  const controller = new AbortController();
  let interrupts = 0;
  const onSignal = (): void => {
    interrupts++;
    if (interrupts > 1) Deno.exit(130);
    controller.abort(new DOMException("Interrupted", "AbortError"));
  };
  const signals: Deno.Signal[] = Deno.build.os === "windows" ? ["SIGINT"] : ["SIGINT", "SIGTERM"];
  for (const s of signals) Deno.addSignalListener(s, onSignal);
  const outcome = await runTask(task, Deno.args, { signal: controller.signal });
  for (const s of signals) Deno.removeSignalListener(s, onSignal);
  Deno.exit(outcome.code);
}

/** A one-line description of an error, with Okta's error code and request id when there are. */
export function describeError(error: unknown): string {
  if (error instanceof Deno.errors.NotCapable) {
    return `${error.message.replace(/, run again with.*$/, "")}: the task's sandbox does not ` +
      `allow it (see --help, Permissions)`;
  }
  if (error && typeof error === "object") {
    const e = error as Record<string, unknown>;
    if (typeof e.errorCode === "string" || (e.name === "OktaApiError" && "status" in e)) {
      const causes = causeSummaries(e);
      return `Okta ${e.status ?? ""} ${e.errorCode ?? ""}: ${e.errorSummary ?? e.message}` +
        (causes.length ? ` (${causes.join("; ")})` : "") +
        (e.requestId ? ` [request ${e.requestId}]` : "");
    }
    if (e.name === "AbortError") return "interrupted";
  }
  return error instanceof Error ? error.message : String(error);
}

/** Okta error fields of an error (for failure reports), or a code for other errors. */
export function errorFields(error: unknown): { errorCode: string; errorSummary: string } {
  const e = (error ?? {}) as Record<string, unknown>;
  if (typeof e.errorCode === "string") {
    return {
      errorCode: e.errorCode,
      errorSummary: [e.errorSummary, ...causeSummaries(e)].filter(Boolean).join("; "),
    };
  }
  if (e.name === "AbortError") return { errorCode: "INTERRUPTED", errorSummary: "interrupted" };
  return { errorCode: String(e.name ?? "Error"), errorSummary: describeError(error) };
}

/** The non-empty `errorSummary` of each of an Okta error's `errorCauses`. */
function causeSummaries(e: Record<string, unknown>): string[] {
  if (!Array.isArray(e.errorCauses)) return [];
  return e.errorCauses
    .map((c) => (c as { errorSummary?: string }).errorSummary)
    .filter((summary): summary is string => Boolean(summary));
}

/** The permission flags of a task as one string (for messages). */
export function permissionSummary(task: Pick<TaskDefinition, "permissions">): string {
  return denoFlags(task).join(" ");
}

async function makeClient(
  emulator: boolean,
  needsClient: boolean,
): Promise<{ okta?: Okta; emulator?: TaskEmulator; close: () => Promise<void> }> {
  const core = await import("../../mod.ts");
  if (!emulator) {
    if (!needsClient) return { close: () => Promise.resolve() };
    const okta = core.createOkta();
    return { okta, close: () => Promise.resolve(okta.close()) };
  }
  const { createEmulator } = await import("../../emulator.ts");
  const org = createEmulator({ seed: "demo" });
  await org.ready;
  const okta = needsClient
    ? core.createOkta({
      orgUrl: org.orgUrl,
      apiToken: org.apiToken,
      fetch: org.fetch,
    })
    : undefined;
  return {
    okta,
    emulator: org as unknown as TaskEmulator,
    close: async () => {
      okta?.close();
      await org.close();
    },
  };
}

/**
 * Runs `fn` over items through the client's rate-limit-aware `okta.bulk()`: at most
 * `concurrency` items (and requests) in flight, each request paced by its rate-limit bucket.
 * Tasks report per-item errors themselves; anything `fn` still throws is re-thrown (the first
 * one) once every started item has ended. Nothing new starts after `signal` aborts.
 */
async function bulk<T>(
  okta: Okta,
  items: Iterable<T> | AsyncIterable<T>,
  fn: (item: T) => Promise<void>,
  options: { concurrency: number; signal: AbortSignal },
): Promise<void> {
  if (options.signal.aborted) return;
  const summary = await okta.bulk(items, (item) => fn(item), options);
  if (summary.errors.length > 0) throw summary.errors[0].error;
}

/** A client whose every member throws: what tasks that manage the org themselves get. */
function missingClient(): Okta {
  return new Proxy({} as Okta, {
    get() {
      throw new Error("This task does not use the Okta client");
    },
  });
}

async function fileSink(path: string): Promise<TextSink> {
  await ensureParentDir(path);
  const file = await Deno.open(path, { write: true, create: true, truncate: true });
  return writerSink(file, { closeWriter: true });
}

function stdoutSink(): TextSink {
  return writerSink(Deno.stdout, { closeWriter: false });
}

async function writeAll(sink: TextSink, text: string): Promise<void> {
  await sink.write(text);
  await sink.close();
}

function writeStderr(text: string): void {
  const bytes = new TextEncoder().encode(text);
  let written = 0;
  while (written < bytes.length) written += Deno.stderr.writeSync(bytes.subarray(written));
}

function safeIsTerminal(stream: { isTerminal(): boolean } = Deno.stderr): boolean {
  try {
    return stream.isTerminal();
  } catch {
    return false;
  }
}

async function readText(path: string, stdin?: ReadableStream<Uint8Array>): Promise<string> {
  if (path === "-") return await new Response(stdin ?? Deno.stdin.readable).text();
  try {
    return await Deno.readTextFile(path);
  } catch (error) {
    if (error instanceof Deno.errors.NotFound) {
      throw new UsageError(`Cannot read ${path}: no such file`);
    }
    throw error;
  }
}
