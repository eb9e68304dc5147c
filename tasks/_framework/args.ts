/**
 * Command-line parsing (node:util parseArgs) and generated `--help` for tasks.
 *
 * @module
 */
import { parseArgs } from "node:util";
import { denoFlags } from "./permissions.ts";
import type { ArgSpecs, ArgValues, CommonOptions, OutputFormat, TaskDefinition } from "./types.ts";

/** A command line the task cannot run with (exit code 2). */
export class UsageError extends Error {
  /** Creates a usage error with a message that says what to fix. */
  constructor(message: string) {
    super(message);
    this.name = "UsageError";
  }
}

/** Default formats of a task. */
export const DEFAULT_FORMATS: readonly OutputFormat[] = ["table", "json", "ndjson", "csv"];

/** Default number of requests in flight. */
export const DEFAULT_CONCURRENCY = 4;

/** The result of parsing a task's command line. */
export type ParsedCommandLine<A extends ArgSpecs> =
  | { help: true }
  | { help: false; args: ArgValues<A>; options: CommonOptions };

/** `includeNever` → `include-never`. */
export function kebab(name: string): string {
  return name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);
}

/** Parses `argv` for a task; throws {@linkcode UsageError} on bad input. */
export function parseCommandLine<A extends ArgSpecs>(
  task: TaskDefinition<A>,
  argv: readonly string[],
): ParsedCommandLine<A> {
  type Opt = { type: "string" | "boolean"; multiple?: boolean; short?: string };
  const config: Record<string, Opt> = {
    help: { type: "boolean", short: "h" },
    format: { type: "string" },
    out: { type: "string" },
    "dry-run": { type: "boolean" },
    yes: { type: "boolean", short: "y" },
    concurrency: { type: "string" },
    emulator: { type: "boolean" },
  };
  for (const [name, spec] of Object.entries(task.args)) {
    const flag = kebab(name);
    if (flag in config) throw new TypeError(`Task ${task.name}: argument --${flag} is reserved`);
    config[flag] = spec.type === "boolean"
      ? { type: "boolean" }
      : { type: "string", multiple: spec.type === "list" };
  }
  let values: Record<string, string | boolean | string[] | undefined>;
  try {
    values = parseArgs({
      args: [...argv],
      options: config,
      allowPositionals: false,
      allowNegative: true,
      strict: true,
    }).values as typeof values;
  } catch (error) {
    throw new UsageError(`${(error as Error).message}. Run with --help to see the arguments`);
  }
  if (values.help) return { help: true };

  const formats = task.formats ?? DEFAULT_FORMATS;
  const format = (values.format ?? task.defaultFormat ?? formats[0]) as OutputFormat;
  if (!formats.includes(format)) {
    throw new UsageError(`--format must be one of ${formats.join(", ")}: got "${format}"`);
  }
  const concurrency = values.concurrency === undefined
    ? DEFAULT_CONCURRENCY
    : Number(values.concurrency);
  if (!Number.isInteger(concurrency) || concurrency < 1 || concurrency > 64) {
    throw new UsageError(
      `--concurrency must be an integer from 1 to 64: got "${values.concurrency}"`,
    );
  }
  const options: CommonOptions = {
    format,
    out: values.out as string | undefined,
    dryRun: Boolean(values["dry-run"]),
    yes: Boolean(values.yes),
    concurrency,
    emulator: Boolean(values.emulator),
  };
  if (options.out === "") throw new UsageError("--out needs a file path");

  const args: Record<string, unknown> = {};
  for (const [name, spec] of Object.entries(task.args)) {
    const flag = kebab(name);
    const raw = values[flag];
    let value: unknown;
    if (spec.type === "boolean") {
      value = raw === undefined ? Boolean(spec.default) : raw;
    } else if (spec.type === "list") {
      const list = ((raw as string[] | undefined) ?? [])
        .flatMap((v) => v.split(","))
        .map((v) => v.trim())
        .filter((v) => v !== "");
      value = list.length ? list : [...((spec.default as readonly string[] | undefined) ?? [])];
      if (spec.required && (value as string[]).length === 0) {
        throw new UsageError(`--${flag} is required: ${spec.description}`);
      }
    } else if (raw === undefined) {
      if (spec.required) throw new UsageError(`--${flag} is required: ${spec.description}`);
      value = spec.default;
    } else if (spec.type === "number") {
      const n = Number(raw);
      if (raw === "" || !Number.isFinite(n)) {
        throw new UsageError(`--${flag} must be a number: got "${raw}"`);
      }
      value = n;
    } else {
      value = raw;
      if (spec.choices && !spec.choices.includes(raw as string)) {
        throw new UsageError(`--${flag} must be one of ${spec.choices.join(", ")}: got "${raw}"`);
      }
    }
    args[name] = value;
  }
  return { help: false, args: args as ArgValues<A>, options };
}

/** Renders `--help` for a task: arguments, common options, scopes and permissions. */
export function renderHelp(task: TaskDefinition<ArgSpecs>): string {
  const lines: string[] = [];
  lines.push(`${task.name}: ${task.description}`, "");
  if (task.details) lines.push(...wrap(task.details, 98), "");
  lines.push(`Usage: deno task ${task.name} [options]`, "");
  const argRows: [string, string][] = Object.entries(task.args).map(([name, spec]) => {
    const flag = `--${kebab(name)}` +
      (spec.type === "boolean"
        ? ""
        : ` ${spec.placeholder ?? (spec.type === "number" ? "N" : "VALUE")}`);
    const notes: string[] = [];
    if (spec.required) notes.push("required");
    if (spec.type === "list") notes.push("repeatable or comma-separated");
    if (spec.choices) notes.push(`one of: ${spec.choices.join(", ")}`);
    if (spec.default !== undefined && spec.default !== false) {
      notes.push(`default: ${Array.isArray(spec.default) ? spec.default.join(",") : spec.default}`);
    }
    return [flag, spec.description + (notes.length ? ` (${notes.join("; ")})` : "")];
  });
  if (argRows.length) lines.push("Arguments:", ...table(argRows), "");
  const formats = task.formats ?? DEFAULT_FORMATS;
  lines.push(
    "Common options:",
    ...table([
      [
        "--format F",
        `output format: ${formats.join(", ")} (default: ${task.defaultFormat ?? formats[0]})`,
      ],
      ["--out FILE", "write the output to FILE instead of stdout (inside the allowed write paths)"],
      ["--dry-run", "show what would be done; change nothing"],
      [
        "--yes, -y",
        task.destructive
          ? "make the changes (without it this task only shows what it would do)"
          : "confirm changes (this task does not change the org)",
      ],
      ["--concurrency N", `requests in flight, 1 to 64 (default: ${DEFAULT_CONCURRENCY})`],
      ["--emulator", "run against a throwaway in-process Okta emulator with demo data"],
      ["--help, -h", "show this help"],
    ]),
    "",
  );
  lines.push(
    task.destructive
      ? "Safety: changes the org. Dry run unless --yes is given."
      : "Safety: does not change the org.",
    "",
  );
  lines.push(
    "Okta OAuth scopes:",
    ...(task.scopes.length ? task.scopes.map((s) => `  ${s}`) : ["  (none)"]),
    "",
  );
  lines.push(
    "Permissions (Deno sandbox flags of `deno task " + task.name + "`):",
    ...denoFlags(task).map((f) => `  ${f}`),
    "  (nothing else: no other hosts, env vars, files, subprocesses or FFI)",
    "",
  );
  lines.push(
    "Configuration: OKTA_ORG_URL with OKTA_API_TOKEN (or OKTA_ACCESS_TOKEN, or the OKTA_CLIENT_* settings).",
  );
  lines.push("Exit codes: 0 ok, 1 failed, 2 usage error, 3 partly failed.");
  if (task.examples?.length) {
    lines.push("", "Examples:", ...task.examples.map((e) => `  ${e}`));
  }
  return lines.join("\n") + "\n";
}

function table(rows: [string, string][]): string[] {
  const width = Math.min(28, Math.max(...rows.map(([a]) => a.length)));
  return rows.map(([a, b]) =>
    a.length > width ? `  ${a}\n  ${" ".repeat(width)}  ${b}` : `  ${a.padEnd(width)}  ${b}`
  );
}

function wrap(text: string, width: number): string[] {
  const out: string[] = [];
  let line = "";
  for (const word of text.split(/\s+/)) {
    if (line && line.length + word.length + 1 > width) {
      out.push(line);
      line = word;
    } else {
      line = line ? `${line} ${word}` : word;
    }
  }
  if (line) out.push(line);
  return out;
}
