/**
 * Help and shell completion for the `okta` command line, generated from the operation table
 * and the generated command-line facts (cmdlets, parameter types); no per-operation text.
 *
 * @module
 */
import type { Operation } from "../src/core/operation.ts";
import {
  childWords,
  cmdletOf,
  type CommandNode,
  commandTree,
  commandWords,
  kebab,
  normalizeWord,
  resolveCommand,
} from "./commands.ts";
import { OPTION_NAMES } from "./flags.ts";

const OPTIONS_HELP = `Options:
  --data @FILE | - | JSON   the request body (a file, stdin, or inline JSON)
  --set PATH=VALUE          set one body field (repeatable; JSON values: 5, true, ["a"])
  --format FORMAT           table (terminal default), json (piped default), ndjson, csv
  --columns A,B.C           pick fields by dotted path
  --all                     follow every page (streamed)
  --limit N                 at most N items (following pages as needed)
  --include-response        print status, request id, rate limit and next URL on stderr
  --yes                     send a call that changes the org (otherwise it is shown, not sent)
  --stdin FIELD             one call per stdin line or NDJSON record, FIELD filling the id
  --concurrency N           calls in flight with --stdin (default 10)
  --out FILE                write the output to FILE
  --header 'NAME: VALUE'    an extra request header (repeatable)
  --emulator                run against a throwaway in-process org with demo data
`;

/** `okta --help`: the namespaces and how to go on. */
export function rootHelp(): string {
  const namespaces = [...commandTree().children.values()].sort((a, b) =>
    a.path[0].localeCompare(b.path[0])
  );
  const width = Math.max(...namespaces.map((n) => kebab(n.path[0]).length));
  return [
    "okta: the Okta Management API from the shell (oktakit)",
    "",
    "Usage: okta <namespace…> <method> [path params…] [--param value…] [options]",
    "       okta <operationId | PowerShell cmdlet> [--param value…] [options]",
    "",
    "Examples:",
    "  okta users get jane@example.com",
    "  okta users list --search 'profile.department eq \"Sales\"' --all --format csv",
    "  okta groups users add <groupId> <userId> --yes",
    "  okta Get-OktaUser --id jane@example.com",
    "  okta users list --search 'status eq \"ACTIVE\"' --format ndjson | okta users lifecycle suspend --stdin id --yes",
    "",
    "Configuration: OKTA_ORG_URL plus OKTA_API_TOKEN (or the other OKTA_* auth settings), or --emulator.",
    "Exit codes: 0 ok, 1 API or network error, 2 usage error, 3 some calls of a --stdin run failed.",
    "",
    "Other commands: help <command>, completions bash|zsh|fish, shell, --version",
    "",
    "Namespaces (okta <namespace> --help lists its methods):",
    ...namespaces.map((n) =>
      `  ${kebab(n.path[0]).padEnd(width)}  ${countOperations(n)} operations`
    ),
    "",
  ].join("\n");
}

function countOperations(node: CommandNode): number {
  let n = node.operation ? 1 : 0;
  for (const child of node.children.values()) n += countOperations(child);
  return n;
}

function operationsUnder(node: CommandNode, into: Operation[] = []): Operation[] {
  if (node.operation) into.push(node.operation);
  for (const child of node.children.values()) operationsUnder(child, into);
  return into;
}

/** What an operation does, in a few words from its operationId (`listUsers` → `List users`). */
export function purpose(operation: Operation): string {
  const words = operation.id.replace(/([a-z0-9])([A-Z])/g, "$1 $2").replace(
    /([A-Z]+)([A-Z][a-z])/g,
    "$1 $2",
  );
  const text = words[0].toUpperCase() + words.slice(1).toLowerCase();
  return operation.lifecycle ? `${text} (${operation.lifecycle})` : text;
}

/** `okta users --help`: the methods below a namespace, one line each. */
export function namespaceHelp(node: CommandNode): string {
  const ops = operationsUnder(node).sort((a, b) => a.fluent.localeCompare(b.fluent));
  const usage = ops.map((op) => `${commandWords(op)}${pathArgs(op)}`);
  const width = Math.min(60, Math.max(...usage.map((u) => u.length)));
  return [
    `okta ${node.path.map(kebab).join(" ")}: ${ops.length} operations`,
    "",
    ...ops.map((op, i) => `  okta ${usage[i].padEnd(width)}  ${op.method} ${purpose(op)}`),
    "",
    "okta <command> --help shows a method's parameters, scopes and example.",
    "",
  ].join("\n");
}

function pathArgs(op: Operation): string {
  return op.params.filter((p) => p.in === "path").map((p) => ` <${p.name}>`).join("");
}

/** `okta users get --help`: everything one operation takes. */
export async function operationHelp(op: Operation, types: Record<string, string>): Promise<string> {
  const cmdlet = await cmdletOf(op);
  const describe = (name: string): string => types[name] ?? "string";
  const path = op.params.filter((p) => p.in === "path");
  const query = op.params.filter((p) => p.in === "query");
  const headers = op.params.filter((p) => p.in === "header");
  const lines = [
    `okta ${commandWords(op)}${pathArgs(op)}`,
    `  ${purpose(op)}: ${op.method} ${op.path}`,
    `  also: okta ${op.id}${cmdlet ? `, okta ${cmdlet} (replaces the PowerShell cmdlet)` : ""}`,
    "",
  ];
  if (path.length) {
    lines.push("Path parameters (in order, or as --name):");
    for (const p of path) lines.push(`  <${p.name}>  ${describe(p.name)}, required`);
    lines.push("");
  }
  if (query.length) {
    lines.push("Query parameters:");
    for (const p of query) {
      lines.push(
        `  --${p.name}  ${describe(p.name)}${p.required ? ", required" : ""}${
          p.array ? ", repeatable" : ""
        }`,
      );
    }
    lines.push("");
  }
  if (headers.length) {
    lines.push("Header parameters:");
    for (const p of headers) lines.push(`  --${p.name}  ${describe(p.name)}`);
    lines.push("");
  }
  if (op.body !== "none") {
    lines.push(
      `Body: ${op.body === "json" ? "JSON" : op.body}${
        op.requestSchema ? ` (${op.requestSchema})` : ""
      }${op.bodyRequired ? ", required" : ", optional"}; unknown fields are refused before sending`,
      "",
    );
  }
  lines.push(
    `Scopes (any one): ${
      op.scopes.length ? op.scopes.join(", ") : op.anonymous ? "none needed" : "API token only"
    }`,
    op.method === "GET" ? "Reads only." : "Changes the org: shown, not sent, unless --yes.",
    "",
    "Example:",
    `  ${example(op)}`,
    "",
    OPTIONS_HELP,
  );
  return lines.join("\n");
}

function example(op: Operation): string {
  const parts = [`okta ${commandWords(op)}`];
  for (const p of op.params) if (p.in === "path") parts.push(`<${p.name}>`);
  const query = new Set(op.params.filter((p) => p.in === "query").map((p) => p.name));
  if (query.has("search")) parts.push(`--search 'status eq "ACTIVE"'`);
  else if (query.has("q")) parts.push("--q Sales");
  if (op.paging !== "none") parts.push("--all");
  if (op.body === "json") parts.push("--data @body.json");
  if (op.method !== "GET") parts.push("--yes");
  return parts.join(" ");
}

/** The completion script for a shell: it asks `okta __complete` for the candidates. */
export function completionScript(shell: string): string {
  switch (shell) {
    case "bash":
      return `# okta completion for bash: source <(okta completions bash)
_okta() {
  local IFS=$'\\n'
  COMPREPLY=($(okta __complete "\${COMP_WORDS[@]:1:COMP_CWORD}" 2>/dev/null))
}
complete -o default -F _okta okta
`;
    case "zsh":
      return `#compdef okta
# okta completion for zsh: source <(okta completions zsh)
_okta() {
  local -a candidates
  candidates=("\${(@f)$(okta __complete "\${(@)words[2,CURRENT]}" 2>/dev/null)}")
  compadd -a candidates
}
compdef _okta okta
`;
    case "fish":
      return `# okta completion for fish: okta completions fish | source
complete -c okta -f -a '(okta __complete (commandline -opc)[2..-1] (commandline -ct) 2>/dev/null)'
`;
    default:
      return `Usage: okta completions bash|zsh|fish\n`;
  }
}

/** Candidates for the last word of `words` (the one being typed). */
export async function completionCandidates(words: readonly string[]): Promise<string[]> {
  const typed = words.length ? words[words.length - 1] : "";
  const before = words.slice(0, -1);
  const commandPart = before.filter((w) => !w.startsWith("-"));
  let options: string[] = [];
  let candidates: string[] = [];
  if (commandPart.length === 0) {
    candidates = [...childWords(commandTree()), "help", "completions", "shell"];
  } else {
    const resolution = await resolveCommand(commandPart);
    if (resolution.kind === "namespace") candidates = childWords(resolution.node);
    if (resolution.kind === "operation") {
      options = resolution.operation.params.filter((p) => p.in !== "path").map((p) =>
        "--" + p.name
      );
    }
  }
  options = [...options, ...OPTION_NAMES.map((n) => "--" + n)];
  const pool = typed.startsWith("-") ? options : candidates;
  const prefix = normalizeWord(typed);
  return pool.filter((c) => normalizeWord(c).startsWith(prefix) || c.startsWith(typed));
}
