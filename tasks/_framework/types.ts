/**
 * Types shared by the task framework: argument specs, task definitions and the context a task
 * runs with.
 *
 * @module
 */
import type { Okta } from "../../src/core/client.ts";
import type { Progress } from "./progress.ts";

/** The kinds of value a task argument takes. `list` is a repeatable or comma-separated string. */
export type ArgType = "string" | "boolean" | "number" | "list";

/** One task-specific command-line argument. The key in `args` is its camelCase name. */
export interface ArgSpec {
  /** Value type. */
  type: ArgType;
  /** One line for `--help`. */
  description: string;
  /** Default value (shown in `--help`). */
  default?: string | boolean | number | readonly string[];
  /** Whether the task cannot run without it (usage error, exit 2). */
  required?: boolean;
  /** Allowed values for a `string` argument. */
  choices?: readonly string[];
  /** The placeholder shown in `--help` (`FILE`, `N`, `LOGIN`…). */
  placeholder?: string;
}

/** The argument specs of a task, by camelCase name. */
export type ArgSpecs = Record<string, ArgSpec>;

/** The parsed value type of one argument spec. */
export type ArgValue<S extends ArgSpec> = S["type"] extends "boolean" ? boolean
  : S["type"] extends "list" ? string[]
  : S["type"] extends "number" ? (S extends { default: number } | { required: true } ? number
      : number | undefined)
  : S extends { default: string } | { required: true } ? string
  : string | undefined;

/** Parsed values of all task arguments. */
export type ArgValues<A extends ArgSpecs> = { -readonly [K in keyof A]: ArgValue<A[K]> };

/** Output formats every task understands; `pretty` is for streams meant to be read live. */
export type OutputFormat = "table" | "json" | "ndjson" | "csv" | "pretty";

/** One result row written to the output. Nested values are flattened for `csv` and `table`. */
export type Row = Record<string, unknown>;

/** Files the task may touch, besides the network (Okta domains) and `OKTA_*` env vars. */
export interface TaskPermissions {
  /** Paths the task reads (inputs, journals). Relative to the project root for `deno task`. */
  read?: readonly string[];
  /** Paths the task writes (its output folder). */
  write?: readonly string[];
}

/** The options every task accepts. */
export interface CommonOptions {
  /** Output format. */
  format: OutputFormat;
  /** Output file (`undefined` = stdout). */
  out?: string;
  /** Show what would be done and change nothing. */
  dryRun: boolean;
  /** Confirm a destructive task's changes. */
  yes: boolean;
  /** How many requests a task may have in flight. */
  concurrency: number;
  /** Run against a throwaway in-process emulator with demo data. */
  emulator: boolean;
}

/** What a running task gets from the framework. */
export interface TaskContext<V> {
  /** Parsed task arguments. */
  readonly args: V;
  /** Parsed common options. */
  readonly options: CommonOptions;
  /** Whether the task changes the org: false for a dry run and for a destructive task without `--yes`. */
  readonly apply: boolean;
  /** The typed Okta client (`createOkta()`'s); every request it starts honours `signal`. */
  readonly okta: Okta;
  /** Aborted on Ctrl-C (SIGINT/SIGTERM) or by the caller; tasks stop starting new work. */
  readonly signal: AbortSignal;
  /** Writes one result row to the output in the chosen format. */
  emit(row: Row): Promise<void>;
  /** Counts one item done (exit code 3 when some items also failed). */
  succeeded(count?: number): void;
  /** Counts one failed item (exit code 1 when nothing succeeded, 3 when something did). */
  failed(count?: number): void;
  /** A message for humans on stderr (never the data output). */
  info(message: string): void;
  /** A progress indicator on stderr; silent unless stderr is a terminal. */
  progress(label: string, total?: number): Progress;
  /**
   * Runs `fn` over items through the client's `okta.bulk()`: at most `options.concurrency` in
   * flight, requests paced by rate-limit bucket; stops starting work on abort.
   */
  bulk<T>(items: Iterable<T> | AsyncIterable<T>, fn: (item: T) => Promise<void>): Promise<void>;
  /** Reads a text input (`-` = stdin). */
  readText(path: string): Promise<string>;
  /** Reads an environment variable (only `OKTA_*` are allowed by the tasks' sandbox). */
  env(name: string): string | undefined;
  /** The fetch to reach the org with (the emulator's in `--emulator` mode). */
  readonly fetch: (request: Request) => Promise<Response>;
  /** The in-process emulator, in `--emulator` mode (or when a test passes one). */
  readonly emulator?: TaskEmulator;
}

/** What tasks may use of an in-process emulator (a subset of `Emulator` from emulator.ts). */
export interface TaskEmulator {
  /** Its org URL. */
  readonly orgUrl: string;
  /** Its fetch handler. */
  fetch(request: Request): Promise<Response>;
  /** Its org authorization server's test helpers. */
  readonly oauth: {
    registerClient(client: { clientId: string; scopes: string[]; grantTypes: string[] }): void;
    approveDevice(userCode: string): void;
  };
}

/** A task: what it is, what it may do, and how it runs. */
export interface TaskDefinition<A extends ArgSpecs = ArgSpecs> {
  /** Kebab-case name, also the `deno task` name. */
  name: string;
  /** One line for `deno task` and `--help`. */
  description: string;
  /** Longer help text (plain sentences). */
  details?: string;
  /** Task-specific arguments. */
  args: A;
  /** Okta OAuth scopes the task needs (each operation it calls allows at least one). */
  scopes: readonly string[];
  /** Whether the task changes the org (then it does nothing without `--yes`). */
  destructive?: boolean;
  /** Files the task may read and write. */
  permissions: TaskPermissions;
  /** Arguments the `deno task` entry always passes (e.g. a `$HOME` path the shell expands). */
  commandArgs?: readonly string[];
  /** Formats the task supports (default: table, json, ndjson, csv). */
  formats?: readonly OutputFormat[];
  /** Default output format. */
  defaultFormat?: OutputFormat;
  /** Columns of the output rows, in order (others are appended in first-seen order). */
  columns?: readonly string[];
  /** Formats one row for `--format pretty` (default: values separated by two spaces). */
  pretty?: (row: Row) => string;
  /** Example command lines for `--help`. */
  examples?: readonly string[];
  /** Whether the task talks to Okta at all (login/logout manage it themselves). Default true. */
  needsClient?: boolean;
  /** The work. Throwing fails the task (exit 1); counting failures gives exit 3. */
  run(ctx: TaskContext<ArgValues<A>>): Promise<void>;
}
