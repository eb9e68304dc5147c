/**
 * The command index of the `okta` command line, built from the generated operation table:
 * every operation is reachable by its fluent words (`users get`), its operationId (`getUser`)
 * and the PowerShell module's cmdlet name (`Get-OktaUser`). Words match case-insensitively and
 * in kebab case (`agent-pools list-updates`).
 *
 * @module
 */
import type { Operation } from "../src/core/operation.ts";
import { OPERATIONS } from "../src/core/operation_table.ts";

/** A word as the index compares it: lower case, without `-` or `_`. */
export function normalizeWord(word: string): string {
  return word.toLowerCase().replace(/[-_]/g, "");
}

/** A node of the fluent tree: namespaces below it and the operation it names, if any. */
export interface CommandNode {
  /** The fluent words from the root to here (`["users", "lifecycle"]`). */
  path: string[];
  /** Child nodes by normalized word. */
  children: Map<string, CommandNode>;
  /** The operation these words name. */
  operation?: Operation;
}

let root: CommandNode | undefined;

/** The fluent tree (built once). */
export function commandTree(): CommandNode {
  if (root) return root;
  root = { path: [], children: new Map() };
  for (const op of OPERATIONS) {
    let node = root;
    for (const word of op.fluent.split(".")) {
      const key = normalizeWord(word);
      let next = node.children.get(key);
      if (!next) {
        next = { path: [...node.path, word], children: new Map() };
        node.children.set(key, next);
      }
      node = next;
    }
    node.operation = op;
  }
  return root;
}

/** The result of resolving the leading words of a command line. */
export type Resolution =
  | { kind: "operation"; operation: Operation; consumed: number }
  | { kind: "namespace"; node: CommandNode; consumed: number }
  | { kind: "unknown"; word: string; node: CommandNode; consumed: number };

/**
 * Resolves the leading words of `words` to an operation (by operationId, cmdlet or fluent
 * words), or to the namespace they stop in, or names the word that matched nothing.
 */
export async function resolveCommand(words: readonly string[]): Promise<Resolution> {
  const first = words[0] ?? "";
  let node = commandTree();
  // Fluent words are lower camel case; operationIds and cmdlets mostly are not (`getUser`,
  // `Get-OktaUser`), so a plain namespace never loads the cmdlet table.
  if (/[A-Z]/.test(first) || !node.children.has(normalizeWord(first))) {
    const direct = await byIdOrCmdlet(first);
    if (direct) return { kind: "operation", operation: direct, consumed: 1 };
  }
  let consumed = 0;
  while (consumed < words.length) {
    const next = node.children.get(normalizeWord(words[consumed]));
    if (!next) {
      if (node.operation) break;
      return { kind: "unknown", word: words[consumed], node, consumed };
    }
    node = next;
    consumed++;
    if (node.operation && node.children.size === 0) break;
  }
  if (node.operation) return { kind: "operation", operation: node.operation, consumed };
  return { kind: "namespace", node, consumed };
}

let byName: Map<string, Operation> | undefined;

async function byIdOrCmdlet(word: string): Promise<Operation | undefined> {
  if (!byName) {
    const { CMDLETS } = await import("../src/generated/cli_facts.ts");
    byName = new Map();
    for (const op of OPERATIONS) byName.set(op.id.toLowerCase(), op);
    for (const op of OPERATIONS) {
      const cmdlet = CMDLETS[op.id];
      if (cmdlet && !byName.has(cmdlet.toLowerCase())) byName.set(cmdlet.toLowerCase(), op);
    }
  }
  return byName.get(word.toLowerCase());
}

/** The PowerShell cmdlet that an operation replaces, if the module has one. */
export async function cmdletOf(operation: Operation): Promise<string | undefined> {
  const { CMDLETS } = await import("../src/generated/cli_facts.ts");
  return CMDLETS[operation.id];
}

/** The fluent words of an operation as typed on the command line (`users lifecycle suspend`). */
export function commandWords(operation: Operation): string {
  return operation.fluent.split(".").map(kebab).join(" ");
}

/** `listUpdates` → `list-updates`. */
export function kebab(word: string): string {
  return word.replace(/[A-Z]/g, (c) => "-" + c.toLowerCase());
}

/** Edit distance between two words (for "did you mean"). */
export function distance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let diagonal = row[0];
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const above = row[j];
      row[j] = Math.min(row[j] + 1, row[j - 1] + 1, diagonal + (a[i - 1] === b[j - 1] ? 0 : 1));
      diagonal = above;
    }
  }
  return row[b.length];
}

/** Up to `count` candidates nearest to `word`, closest first (none when all are far). */
export function nearest(word: string, candidates: Iterable<string>, count = 3): string[] {
  const target = normalizeWord(word);
  const limit = Math.max(2, Math.floor(target.length / 3));
  return [...new Set(candidates)]
    .map((c) => ({
      c,
      d: distance(target, normalizeWord(c)),
      p: normalizeWord(c).startsWith(target),
    }))
    .filter(({ d, p }) => d <= limit || (p && target.length >= 3))
    .sort((x, y) => x.d - y.d || x.c.localeCompare(y.c))
    .slice(0, count)
    .map(({ c }) => c);
}

/** The child words of a node, in kebab case, sorted. */
export function childWords(node: CommandNode): string[] {
  return [...node.children.values()].map((c) => kebab(c.path[c.path.length - 1])).sort();
}
