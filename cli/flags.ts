/**
 * Parsing the arguments after the command words: the command line's own options and the
 * operation's parameters (`--search …`, repeated for arrays, path parameters positionally or
 * by name).
 *
 * @module
 */
import type { Operation, OperationParameter } from "../src/core/operation.ts";
import { kebab, nearest, normalizeWord } from "./commands.ts";

/** A mistake in the command line: exit code 2, the message says what to type instead. */
export class UsageError extends Error {
  /** Creates the error. */
  constructor(message: string) {
    super(message);
    this.name = "UsageError";
  }
}

/** Output formats of the command line. */
export type Format = "table" | "json" | "ndjson" | "csv";
const FORMATS: readonly Format[] = ["table", "json", "ndjson", "csv"];

/** The command line's own options. */
export interface CliOptions {
  /** `--data`: `@file`, `-` (stdin) or inline JSON. */
  data?: string;
  /** `--set path=value`, in order. */
  set: string[];
  /** `--format`; when absent, a table on a terminal and JSON otherwise. */
  format?: Format;
  /** `--columns a,b.c`. */
  columns?: string[];
  /** `--all`: follow every page. */
  all: boolean;
  /** `--limit N`: at most N items (following pages as needed). */
  limit?: number;
  /** `--include-response`: status, request id, rate limit and next URL on stderr. */
  includeResponse: boolean;
  /** `--yes`: send a call that changes the org. */
  yes: boolean;
  /** `--stdin FIELD`: one call per stdin line or NDJSON record, taking FIELD from it. */
  stdin?: string;
  /** `--concurrency N` for `--stdin` runs. */
  concurrency?: number;
  /** `--out FILE`: write the output there instead of stdout. */
  out?: string;
  /** `--emulator`: a throwaway in-process org with demo data. */
  emulator: boolean;
  /** `--help`. */
  help: boolean;
  /** `--header 'Name: value'`, in order. */
  header: string[];
}

/** The command line's options that take no value (normalized names). */
export const BOOLEAN_OPTIONS: ReadonlySet<string> = new Set([
  "all",
  "includeresponse",
  "yes",
  "emulator",
  "help",
]);
/** The command line's options that take a value (normalized names). */
export const VALUE_OPTIONS: ReadonlySet<string> = new Set([
  "data",
  "set",
  "format",
  "columns",
  "limit",
  "stdin",
  "concurrency",
  "out",
  "header",
]);

/** The names the command line itself takes, in kebab case (for help and completion). */
export const OPTION_NAMES: readonly string[] = [
  "data",
  "set",
  "format",
  "columns",
  "all",
  "limit",
  "include-response",
  "yes",
  "stdin",
  "concurrency",
  "out",
  "header",
  "emulator",
  "help",
];

/** What the arguments after the command words say. */
export interface ParsedArguments {
  /** The command line's own options. */
  options: CliOptions;
  /** Path parameters given positionally, in order. */
  positionals: string[];
  /** Operation parameters given as flags, by wire name (arrays collect every value). */
  params: Map<string, string[]>;
}

/** Parses the tokens after the command words for `operation` (or for a namespace: none). */
export function parseArguments(
  tokens: readonly string[],
  operation: Operation | undefined,
  types: Readonly<Record<string, string>> = {},
): ParsedArguments {
  const options: CliOptions = {
    set: [],
    all: false,
    includeResponse: false,
    yes: false,
    emulator: false,
    help: false,
    header: [],
  };
  const positionals: string[] = [];
  const params = new Map<string, string[]>();
  const byNormalName = new Map<string, OperationParameter>();
  for (const p of operation?.params ?? []) byNormalName.set(normalizeWord(p.name), p);

  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i];
    if (token === "-h") {
      options.help = true;
      continue;
    }
    if (!token.startsWith("--") || token === "--") {
      if (token === "--") {
        positionals.push(...tokens.slice(i + 1));
        break;
      }
      positionals.push(token);
      continue;
    }
    const eq = token.indexOf("=");
    const rawName = eq === -1 ? token.slice(2) : token.slice(2, eq);
    const inline = eq === -1 ? undefined : token.slice(eq + 1);
    const name = normalizeWord(rawName);
    const param = byNormalName.get(name);
    // `--limit` is the command line's item cap and, where the operation has one, its page size.
    if (param && name !== "limit") {
      const boolean = types[param.name] === "boolean";
      let value = inline;
      if (value === undefined) {
        const next = tokens[i + 1];
        if (boolean && !(next === "true" || next === "false")) value = "true";
        else if (next === undefined) throw new UsageError(`--${rawName} needs a value`);
        else value = tokens[++i];
      }
      const list = params.get(param.name) ?? [];
      if (list.length && !param.array) {
        throw new UsageError(`--${rawName} was given twice; it takes one value`);
      }
      list.push(value);
      params.set(param.name, list);
      continue;
    }
    if (BOOLEAN_OPTIONS.has(name)) {
      if (inline !== undefined && inline !== "true" && inline !== "false") {
        throw new UsageError(`--${rawName} takes no value (or =true/=false)`);
      }
      setBoolean(options, name, inline !== "false");
      continue;
    }
    if (VALUE_OPTIONS.has(name)) {
      const value = inline ?? tokens[++i];
      if (value === undefined) throw new UsageError(`--${rawName} needs a value`);
      setValue(options, name, value, rawName);
      continue;
    }
    const known = [
      ...OPTION_NAMES,
      ...(operation?.params ?? []).map((p) => p.name),
    ];
    const near = nearest(rawName, known);
    throw new UsageError(
      `unknown option --${rawName}` +
        (operation ? ` for ${kebab(operation.fluent.replaceAll(".", " "))}` : "") +
        (near.length ? `; did you mean ${near.map((n) => "--" + n).join(", ")}?` : "") +
        " (see --help)",
    );
  }
  return { options, positionals, params };
}

function setBoolean(options: CliOptions, name: string, value: boolean): void {
  if (name === "all") options.all = value;
  else if (name === "includeresponse") options.includeResponse = value;
  else if (name === "yes") options.yes = value;
  else if (name === "emulator") options.emulator = value;
  else options.help = value;
}

function setValue(options: CliOptions, name: string, value: string, rawName: string): void {
  switch (name) {
    case "data":
      if (options.data !== undefined) throw new UsageError("--data was given twice");
      options.data = value;
      return;
    case "set":
      options.set.push(value);
      return;
    case "header":
      options.header.push(value);
      return;
    case "format":
      if (!FORMATS.includes(value as Format)) {
        throw new UsageError(`--format must be one of ${FORMATS.join(", ")}, got "${value}"`);
      }
      options.format = value as Format;
      return;
    case "columns":
      options.columns = value.split(",").map((c) => c.trim()).filter(Boolean);
      return;
    case "limit":
    case "concurrency": {
      const n = Number(value);
      if (!Number.isInteger(n) || n < 1) {
        throw new UsageError(`--${rawName} must be a whole number of at least 1, got "${value}"`);
      }
      if (name === "limit") options.limit = n;
      else options.concurrency = n;
      return;
    }
    case "stdin":
      options.stdin = value;
      return;
    case "out":
      options.out = value;
      return;
  }
}
