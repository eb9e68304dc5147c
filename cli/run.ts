/**
 * One run of the `okta` command line: resolve the command, parse its arguments, build the
 * request, show it instead of sending it when it changes the org without `--yes`, send it and
 * print the result. Exit codes: 0 ok, 1 an API or network error, 2 a usage error, 3 a
 * pipeline in which some calls failed.
 *
 * @module
 */
import type { Operation } from "../src/core/operation.ts";
import type { QueryValue, RequestSpec } from "../src/core/request_spec.ts";
import { buildSpec, isList } from "../src/api/runtime.ts";
import { isSecretFieldName } from "../src/core/secret_names.ts";
import { type TextSink, writerSink } from "../tasks/_framework/output.ts";
import { commandWords, nearest, normalizeWord, resolveCommand } from "./commands.ts";
import {
  BOOLEAN_OPTIONS,
  type CliOptions,
  type Format,
  parseArguments,
  UsageError,
  VALUE_OPTIONS,
} from "./flags.ts";
import { buildBody, checkBody } from "./body.ts";
import { createItemWriter, pick, writeSingle } from "./output.ts";
import {
  completionCandidates,
  completionScript,
  namespaceHelp,
  operationHelp,
  rootHelp,
} from "./help.ts";

/** Exit codes of the command line. */
export const EXIT = { OK: 0, API: 1, USAGE: 2, PARTIAL: 3 } as const;

/** The parts of a client the command line uses (a `createOkta()` client satisfies it). */
export interface CliClient {
  /** Starts a single request. */
  call(spec: RequestSpec): { withResponse(): Promise<CliResponse> };
  /** Starts a list request. */
  callList(spec: RequestSpec): { pages(): AsyncIterable<CliResponse> };
  /** Runs jobs paced by the rate limits. */
  bulk<T>(
    items: AsyncIterable<T>,
    job: (item: T) => Promise<unknown>,
    options: {
      concurrency?: number;
      onProgress?: (p: { succeeded: number; failed: number }) => void;
    },
  ): Promise<{ succeeded: number; failed: number; errors: { item: T; error: unknown }[] }>;
  /** The org URL. */
  readonly config: { readonly orgUrl: string };
  /** Releases the client. */
  close(): void;
}

/** What one response tells the command line. */
export interface CliResponse {
  /** The parsed body. */
  data: unknown;
  /** HTTP status. */
  status: number;
  /** The next page's URL. */
  nextUrl: string | undefined;
  /** `X-Okta-Request-Id`. */
  requestId: string | undefined;
  /** The rate-limit bucket's state. */
  rateLimit: { limit: number; remaining: number; reset: number } | undefined;
}

/** How a run talks to the outside; every field defaults to the real process. */
export interface CliIo {
  /** Data output (default stdout). */
  stdout?: TextSink;
  /** Messages (default stderr). */
  stderr?: (text: string) => void;
  /** Standard input (for `--data -` and `--stdin`). */
  stdin?: ReadableStream<Uint8Array>;
  /** A ready client (tests pass one on an emulator); otherwise from `OKTA_*` or `--emulator`. */
  okta?: CliClient;
  /** Whether stdout is a terminal (tables, colour). */
  terminal?: boolean;
  /** Answers a yes/no question on a terminal; absent when there is no terminal to ask on. */
  confirm?: (question: string) => Promise<boolean>;
}

/** Runs the command line once and returns its exit code. Never exits the process. */
export async function runCli(argv: readonly string[], io: CliIo = {}): Promise<number> {
  const stderr = io.stderr ??
    ((text: string) => void Deno.stderr.writeSync(new TextEncoder().encode(text)));
  const stdout = (): TextSink => io.stdout ?? writerSink(Deno.stdout, { closeWriter: false });
  try {
    return await dispatch(argv, io, stdout, stderr);
  } catch (error) {
    if (error instanceof UsageError) {
      stderr(`error: ${error.message}\n`);
      return EXIT.USAGE;
    }
    stderr(describeFailure(error));
    return isConfigError(error) ? EXIT.USAGE : EXIT.API;
  }
}

async function dispatch(
  argv: readonly string[],
  io: CliIo,
  stdout: () => TextSink,
  stderr: (text: string) => void,
): Promise<number> {
  const [first, ...rest] = argv;
  if (first === undefined) {
    stderr(rootHelp());
    return EXIT.USAGE;
  }
  if (first === "--help" || first === "-h" || first === "help") {
    if (rest.length === 0) return await print(stdout(), rootHelp());
    return await dispatch([...rest, "--help"], io, stdout, stderr);
  }
  if (first === "--version") {
    const { VERSION } = await import("../src/version.ts");
    return await print(stdout(), `okta (oktakit) ${VERSION}\n`);
  }
  if (first === "completions") return await print(stdout(), completionScript(rest[0] ?? ""));
  if (first === "__complete") {
    return await print(stdout(), (await completionCandidates(rest)).map((c) => c + "\n").join(""));
  }
  if (first === "shell") {
    const { startShell } = await import("./shell.ts");
    return await startShell(rest, stderr);
  }

  const leading = leadingOptions(argv);
  if (leading.length) {
    return await dispatch([...argv.slice(leading.length), ...leading], io, stdout, stderr);
  }
  const wordCount = argv.findIndex((t) => t.startsWith("-"));
  const words = argv.slice(0, wordCount === -1 ? argv.length : wordCount);
  const resolution = await resolveCommand(words);
  if (resolution.kind === "unknown") {
    const where = resolution.node.path.length
      ? `okta ${commandWords({ fluent: resolution.node.path.join(".") } as Operation)}`
      : "okta";
    const near = nearest(
      resolution.word,
      [...resolution.node.children.values()].map((c) => c.path[c.path.length - 1]),
    );
    throw new UsageError(
      `unknown command "${resolution.word}" in ${where}` +
        (near.length ? `; did you mean ${near.map((n) => `"${n}"`).join(", ")}?` : "") +
        ` (see ${where} --help)`,
    );
  }
  if (resolution.kind === "namespace") {
    const help = namespaceHelp(resolution.node);
    if (argv.includes("--help") || argv.includes("-h")) return await print(stdout(), help);
    stderr(help);
    throw new UsageError(
      `okta ${
        commandWords({ fluent: resolution.node.path.join(".") } as Operation)
      } needs a method (listed above)`,
    );
  }
  const operation = resolution.operation;
  const { PARAMETER_TYPES } = await import("../src/generated/cli_facts.ts");
  const types = parameterTypes(PARAMETER_TYPES[operation.id]);
  const parsed = parseArguments(argv.slice(resolution.consumed), operation, types);
  if (parsed.options.help) return await print(stdout(), await operationHelp(operation, types));
  return await runOperation({ operation, types, ...parsed }, io, stdout, stderr);
}

/** The command line's own options written before the command words (`okta --emulator users list`). */
function leadingOptions(argv: readonly string[]): string[] {
  let i = 0;
  while (i < argv.length && argv[i].startsWith("--") && argv[i] !== "--") {
    const name = normalizeWord(argv[i].slice(2).split("=")[0]);
    if (BOOLEAN_OPTIONS.has(name)) i++;
    else if (VALUE_OPTIONS.has(name)) i += argv[i].includes("=") ? 1 : 2;
    else break;
  }
  return argv.slice(0, Math.min(i, argv.length));
}

function parameterTypes(encoded: string | undefined): Record<string, string> {
  const types: Record<string, string> = {};
  for (const pair of encoded?.split(" ") ?? []) {
    const eq = pair.indexOf("=");
    types[pair.slice(0, eq)] = pair.slice(eq + 1);
  }
  return types;
}

async function print(sink: TextSink, text: string): Promise<number> {
  await sink.write(text);
  await sink.close();
  return EXIT.OK;
}

/** Converts flag text to the parameter's type, or names what is wrong with it. */
function convert(name: string, type: string, text: string): QueryValue {
  const base = type.endsWith("[]") ? type.slice(0, -2) : type;
  if (base === "integer" || base === "number") {
    const n = Number(text);
    if (text.trim() === "" || !Number.isFinite(n) || (base === "integer" && !Number.isInteger(n))) {
      throw new UsageError(
        `--${name} must be ${base === "integer" ? "a whole number" : "a number"}, got "${text}"`,
      );
    }
    return n;
  }
  if (base === "boolean") {
    if (text !== "true" && text !== "false") {
      throw new UsageError(`--${name} must be true or false, got "${text}"`);
    }
    return text === "true";
  }
  if (base.includes("|") || !["string", "object", "array"].includes(base)) {
    const allowed = base.split("|");
    if (!allowed.includes(text)) {
      const near = nearest(text, allowed, 1);
      throw new UsageError(
        `--${name} must be one of ${allowed.join(", ")}, got "${text}"` +
          (near.length ? `; did you mean "${near[0]}"?` : ""),
      );
    }
  }
  return text;
}

interface Prepared {
  operation: Operation;
  pathParams: Record<string, string>;
  query: Record<string, QueryValue>;
  headers: Record<string, string>;
  body: unknown;
  /** The path parameter `--stdin` fills, if any. */
  fromStdin?: string;
}

/** A resolved command line: the operation and what its arguments say. */
interface Invocation {
  operation: Operation;
  /** Parameter name → generated type (`string`, `integer`, `A|B`, …). */
  types: Record<string, string>;
  positionals: string[];
  params: Map<string, string[]>;
  options: CliOptions;
}

async function prepare(
  { operation, types, positionals, params, options }: Invocation,
  io: CliIo,
): Promise<Prepared> {
  const pathNames = operation.params.filter((p) => p.in === "path").map((p) => p.name);
  const pathParams: Record<string, string> = {};
  for (const name of pathNames) {
    const given = params.get(name);
    if (given) pathParams[name] = given[0];
  }
  // Positionals fill the open path parameters in order; with --stdin, the last one is stdin's.
  const open = pathNames.filter((n) => !(n in pathParams));
  const fromStdin = options.stdin !== undefined ? open.pop() : undefined;
  if (options.stdin !== undefined && fromStdin === undefined) {
    throw new UsageError(
      `--stdin ${options.stdin}: every path parameter is already given, so there is nothing for stdin to fill`,
    );
  }
  if (positionals.length > open.length) {
    throw new UsageError(
      `too many arguments: okta ${commandWords(operation)} takes ${
        pathNames.length ? pathNames.map((n) => `<${n}>`).join(" ") : "no positional arguments"
      }${fromStdin ? ` (<${fromStdin}> from --stdin)` : ""}, got ${
        JSON.stringify(positionals[open.length])
      } extra`,
    );
  }
  open.forEach((name, i) => {
    if (positionals[i] !== undefined) pathParams[name] = positionals[i];
  });
  const missing = pathNames.filter((n) => !(n in pathParams) && n !== fromStdin);
  if (missing.length) {
    throw new UsageError(
      `missing ${missing.map((n) => `<${n}>`).join(" ")}: okta ${commandWords(operation)} ${
        pathNames.map((n) => `<${n}>`).join(" ")
      }`,
    );
  }
  for (const [name, value] of Object.entries(pathParams)) {
    if (value === "") throw new UsageError(`<${name}> must not be empty`);
  }
  const query: Record<string, QueryValue> = {};
  const headers: Record<string, string> = {};
  for (const p of operation.params) {
    const values = params.get(p.name);
    if (!values || p.in === "path") continue;
    const type = types[p.name] ?? "string";
    if (p.in === "header") headers[p.name] = values[0];
    else {query[p.name] = p.array
        ? values.map((v) => convert(p.name, type, v)) as QueryValue
        : convert(p.name, type, values[0]);}
  }
  if (
    options.limit !== undefined &&
    operation.params.some((p) => p.name === "limit" && p.in === "query")
  ) {
    query.limit = options.limit;
  }
  for (const line of options.header) {
    const colon = line.indexOf(":");
    if (colon <= 0) throw new UsageError(`--header takes "Name: value", got "${line}"`);
    headers[line.slice(0, colon).trim()] = line.slice(colon + 1).trim();
  }
  for (const p of operation.params) {
    if (
      p.required && p.in !== "path" && !params.has(p.name) && !(p.name === "limit" && options.limit)
    ) {
      throw new UsageError(`--${p.name} is required for ${commandWords(operation)}`);
    }
  }
  let body: unknown;
  if (options.data !== undefined || options.set.length) {
    if (operation.body === "none") {
      throw new UsageError(`${commandWords(operation)} takes no request body (--data/--set)`);
    }
    if (options.data === "-" && options.stdin !== undefined) {
      throw new UsageError(
        "--data - and --stdin both want standard input; put the body in a file: --data @body.json",
      );
    }
    body = await buildBody(operation, options.data, options.set, {
      readFile: (path) => Deno.readTextFile(path),
      readStdin: () => new Response(io.stdin ?? Deno.stdin.readable).text(),
    });
    if (operation.body === "json") await checkBody(operation, body);
  } else if (operation.bodyRequired) {
    throw new UsageError(
      `${commandWords(operation)} needs a request body${
        operation.requestSchema ? ` (${operation.requestSchema})` : ""
      }: ` +
        "--data @file.json, --data - (stdin), --data '{…}' or --set field=value",
    );
  }
  return { operation, pathParams, query, headers, body, fromStdin };
}

async function runOperation(
  invocation: Invocation,
  io: CliIo,
  stdout: () => TextSink,
  stderr: (text: string) => void,
): Promise<number> {
  const { operation, options } = invocation;
  const prepared = await prepare(invocation, io);
  const format: Format = options.format ?? (io.terminal ?? isTerminal() ? "table" : "json");
  const color = format === "table" && !options.out && (io.terminal ?? isTerminal()) &&
    !Deno.noColor;
  const changes = operation.method !== "GET";

  const { client, close } = await openClient(options, io, stderr);
  try {
    if (prepared.fromStdin) {
      return await runPipeline(prepared, options, client, io, stdout, stderr);
    }
    const spec = specOf(prepared, prepared.pathParams);
    if (changes && !options.yes) {
      const preview = describeRequest(client.config.orgUrl, spec);
      if (io.confirm && !(await io.confirm(`${preview}\nSend it?`))) {
        stderr("Nothing was sent.\n");
        return EXIT.OK;
      }
      if (!io.confirm) {
        stderr(`${preview}\nNothing was sent: this call changes the org. Add --yes to send it.\n`);
        return EXIT.OK;
      }
    }
    const sink = options.out ? await fileSink(options.out) : stdout();
    if (isList(operation)) {
      return await printList(client, spec, options, format, color, sink, io, stderr);
    }
    const response = await client.call(spec).withResponse();
    if (options.includeResponse) stderr(describeResponse(response));
    await writeSingle(response.data, format, sink, options.columns, color);
    return EXIT.OK;
  } finally {
    await close();
  }
}

function specOf(prepared: Prepared, pathParams: Record<string, string>): RequestSpec {
  return buildSpec(prepared.operation, pathParams, prepared.query, prepared.body, prepared.headers);
}

async function printList(
  client: CliClient,
  spec: RequestSpec,
  options: CliOptions,
  format: Format,
  color: boolean,
  sink: TextSink,
  io: CliIo,
  stderr: (text: string) => void,
): Promise<number> {
  const writer = createItemWriter(format, sink, options.columns, color);
  const follow = options.all || options.limit !== undefined;
  const progress = (io.terminal ?? isTerminal(Deno.stderr)) && follow;
  let count = 0;
  let pages = 0;
  let last: CliResponse | undefined;
  try {
    outer: for await (const page of client.callList(spec).pages()) {
      last = page;
      pages++;
      for (const item of (page.data as unknown[]) ?? []) {
        if (options.limit !== undefined && count >= options.limit) break outer;
        await writer.write(item);
        count++;
      }
      if (progress) stderr(`\r${count} items, ${pages} pages…`);
      if (!follow) break;
    }
  } catch (error) {
    if (progress) stderr("\r\x1b[K");
    // Items already printed stay valid JSON; a list that failed before any item prints nothing.
    if (count > 0) await writer.close();
    throw error;
  }
  if (progress) stderr("\r\x1b[K");
  await writer.close();
  if (options.includeResponse && last) stderr(describeResponse(last));
  if (!follow && last?.nextUrl) {
    stderr(`(first page only, ${count} items: add --all to follow every page, or --limit N)\n`);
  }
  return EXIT.OK;
}

async function runPipeline(
  prepared: Prepared,
  options: CliOptions,
  client: CliClient,
  io: CliIo,
  stdout: () => TextSink,
  stderr: (text: string) => void,
): Promise<number> {
  const field = options.stdin!;
  const target = prepared.fromStdin!;
  const values = stdinValues(io.stdin ?? Deno.stdin.readable, field);
  const changes = prepared.operation.method !== "GET";
  if (changes && !options.yes) {
    let n = 0;
    const shown: string[] = [];
    for await (const value of values) {
      if (n++ < 3) {
        shown.push(
          describeRequest(
            client.config.orgUrl,
            specOf(prepared, { ...prepared.pathParams, [target]: value }),
          ),
        );
      }
    }
    stderr(
      `${shown.join("\n")}${n > 3 ? `\n… and ${n - 3} more` : ""}\n` +
        `Nothing was sent: ${n} call${
          n === 1 ? "" : "s"
        } would change the org. Add --yes to send them.\n`,
    );
    return EXIT.OK;
  }
  const sink = options.out ? await fileSink(options.out) : stdout();
  // One result per line as it comes (most lifecycle calls return nothing, so nothing prints).
  const writer = createItemWriter(
    options.format && options.format !== "table" ? options.format : "ndjson",
    sink,
    options.columns,
    false,
  );
  const progress = io.terminal ?? isTerminal(Deno.stderr);
  const summary = await client.bulk(values, async (value) => {
    const response = await client.call(
      specOf(prepared, { ...prepared.pathParams, [target]: value }),
    ).withResponse();
    if (response.data !== undefined && response.data !== "") await writer.write(response.data);
  }, {
    concurrency: options.concurrency,
    onProgress: progress ? (p) => stderr(`\r${p.succeeded} done, ${p.failed} failed…`) : undefined,
  });
  if (progress) stderr("\r\x1b[K");
  await writer.close();
  const name = commandWords(prepared.operation);
  stderr(`${name}: ${summary.succeeded} succeeded, ${summary.failed} failed\n`);
  for (const failure of summary.errors.slice(0, 20)) {
    stderr(`  ${failure.item}: ${oneLine(failure.error)}\n`);
  }
  if (summary.errors.length > 20) stderr(`  … and ${summary.errors.length - 20} more\n`);
  if (summary.failed === 0) return EXIT.OK;
  return summary.succeeded > 0 ? EXIT.PARTIAL : EXIT.API;
}

/** Values for `--stdin FIELD`: each non-blank line, or FIELD of each NDJSON record. */
async function* stdinValues(
  stream: ReadableStream<Uint8Array>,
  field: string,
): AsyncGenerator<string> {
  let line = 0;
  for await (const text of lines(stream)) {
    line++;
    const trimmed = text.trim();
    if (!trimmed) continue;
    if (!trimmed.startsWith("{")) {
      yield trimmed;
      continue;
    }
    let record: unknown;
    try {
      record = JSON.parse(trimmed);
    } catch {
      throw new UsageError(`stdin line ${line} starts with "{" but is not valid JSON`);
    }
    const value = pick(record, field);
    if (typeof value !== "string" && typeof value !== "number" || value === "") {
      throw new UsageError(`stdin line ${line} has no "${field}" (--stdin ${field})`);
    }
    yield String(value);
  }
}

async function* lines(stream: ReadableStream<Uint8Array>): AsyncGenerator<string> {
  let rest = "";
  for await (const chunk of stream.pipeThrough(new TextDecoderStream())) {
    rest += chunk;
    let nl: number;
    while ((nl = rest.indexOf("\n")) !== -1) {
      yield rest.slice(0, nl);
      rest = rest.slice(nl + 1);
    }
  }
  if (rest) yield rest;
}

/** The request a call would send: method, URL and body with secrets masked. */
export function describeRequest(orgUrl: string, spec: RequestSpec): string {
  let path = spec.path;
  for (const [name, value] of Object.entries(spec.pathParams ?? {})) {
    path = path.replace(`{${name}}`, encodeURIComponent(String(value)));
  }
  const url = new URL(path, orgUrl);
  for (const [name, value] of Object.entries(spec.query ?? {})) {
    if (value === undefined || value === null) continue;
    for (const v of Array.isArray(value) ? value : [value]) {
      url.searchParams.append(name, isSecretFieldName(name) ? "[REDACTED]" : String(v));
    }
  }
  const lines = [`${spec.method} ${url}`];
  if (spec.body !== undefined) {
    lines.push(
      spec.body instanceof FormData || spec.body instanceof Blob
        ? "(multipart body)"
        : typeof spec.body === "string"
        ? spec.body
        : JSON.stringify(maskSecrets(spec.body), null, 2),
    );
  }
  return lines.join("\n");
}

// A secret's name may hold an object (`credentials.password.value`): everything under it is masked.
function maskSecrets(value: unknown, secret = false): unknown {
  if (Array.isArray(value)) return value.map((v) => maskSecrets(v, secret));
  if (value === null || typeof value !== "object") {
    return secret && value !== null && value !== "" ? "[REDACTED]" : value;
  }
  return Object.fromEntries(
    Object.entries(value as Record<string, unknown>).map((
      [k, v],
    ) => [k, maskSecrets(v, secret || isSecretFieldName(k))]),
  );
}

function describeResponse(response: CliResponse): string {
  const lines = [`status: ${response.status}`];
  if (response.requestId) lines.push(`request-id: ${response.requestId}`);
  if (response.rateLimit) {
    const { limit, remaining, reset } = response.rateLimit;
    lines.push(
      `rate-limit: ${remaining} of ${limit} left, resets ${new Date(reset * 1000).toISOString()}`,
    );
  }
  if (response.nextUrl) lines.push(`next: ${response.nextUrl}`);
  return lines.join("\n") + "\n";
}

function oneLine(error: unknown): string {
  if (error && typeof error === "object" && "errorSummary" in error) {
    const e = error as { status?: number; errorCode?: string; errorSummary?: string };
    return `${e.status ?? ""} ${e.errorCode ?? ""} ${e.errorSummary ?? ""}`.replace(/\s+/g, " ")
      .trim();
  }
  return error instanceof Error ? error.message : String(error);
}

/** The error as the command line prints it: the message, then Okta's fields. */
function describeFailure(error: unknown): string {
  if (!(error instanceof Error)) return `error: ${String(error)}\n`;
  const lines = [`error: ${error.message}`];
  const e = error as Error & {
    status?: number;
    errorCode?: string;
    errorSummary?: string;
    errorCauses?: { errorSummary?: string }[];
    requestId?: string;
  };
  if (e.name === "OktaApiError") {
    lines.push(`  status: ${e.status}`);
    if (e.errorCode) lines.push(`  errorCode: ${e.errorCode}`);
    if (e.errorSummary) lines.push(`  errorSummary: ${e.errorSummary}`);
    for (const cause of e.errorCauses ?? []) lines.push(`  cause: ${cause.errorSummary}`);
    if (e.requestId) lines.push(`  requestId: ${e.requestId}`);
  }
  return lines.join("\n") + "\n";
}

function isConfigError(error: unknown): boolean {
  return error instanceof Error && error.name === "OktaConfigError";
}

function isTerminal(stream: { isTerminal(): boolean } = Deno.stdout): boolean {
  try {
    return stream.isTerminal();
  } catch {
    return false;
  }
}

async function fileSink(path: string): Promise<TextSink> {
  try {
    const file = await Deno.open(path, { write: true, create: true, truncate: true });
    return writerSink(file, { closeWriter: true });
  } catch (error) {
    if (error instanceof Deno.errors.NotCapable || error instanceof Deno.errors.PermissionDenied) {
      throw new UsageError(
        `--out: no permission to write ${path}; grant it with --allow-write=${path}`,
      );
    }
    throw new UsageError(`--out: cannot write ${path}: ${(error as Error).message}`);
  }
}

async function openClient(
  options: CliOptions,
  io: CliIo,
  stderr: (text: string) => void,
): Promise<{ client: CliClient; close: () => Promise<void> }> {
  if (io.okta) return { client: io.okta, close: () => Promise.resolve() };
  const { createOkta } = await import("../mod.ts");
  if (!options.emulator) {
    const okta = createOkta();
    return { client: okta as unknown as CliClient, close: () => Promise.resolve(okta.close()) };
  }
  const { createEmulator } = await import("../emulator.ts");
  const emulator = createEmulator({ seed: "demo" });
  await emulator.ready;
  stderr("Using a throwaway in-process emulator with demo data.\n");
  const okta = createOkta({
    orgUrl: emulator.orgUrl,
    apiToken: emulator.apiToken,
    fetch: emulator.fetch,
  });
  return {
    client: okta as unknown as CliClient,
    close: async () => {
      okta.close();
      await emulator.close();
    },
  };
}
