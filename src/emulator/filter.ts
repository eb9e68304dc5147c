/**
 * The SCIM-like expression language of `search` / `filter`: a tokenizer, a recursive-descent
 * parser to an AST, per-resource validation rules and an evaluator.
 *
 * Grammar (operators and `and`/`or`/`not` are case-insensitive, attribute names are not):
 *
 * ```
 * expr       := andExpr ("or" andExpr)*
 * andExpr    := unary ("and" unary)*
 * unary      := "not" unary | "(" expr ")" | comparison
 * comparison := ATTR "pr" | ATTR OP value
 * value      := STRING | NUMBER | "true" | "false" | "null"
 * ```
 *
 * @module
 */

/** Comparison operators of the grammar. */
export type FilterOperator = "eq" | "ne" | "gt" | "ge" | "lt" | "le" | "sw" | "co" | "ew";

/** A literal value. */
export type FilterValue = string | number | boolean | null;

/** A parsed expression. */
export type FilterNode =
  | { kind: "compare"; attr: string; op: FilterOperator; value: FilterValue }
  | { kind: "present"; attr: string }
  | { kind: "and" | "or"; left: FilterNode; right: FilterNode }
  | { kind: "not"; expr: FilterNode };

/** A syntax error; `operator` marks an unknown operator (Okta answers those differently). */
export class FilterSyntaxError extends Error {
  /** Whether the problem is an unrecognized operator. */
  readonly badOperator: string | undefined;

  /**
   * @param message what was wrong and where.
   * @param badOperator the unknown operator word, when that is the problem.
   */
  constructor(message: string, badOperator?: string) {
    super(message);
    this.name = "FilterSyntaxError";
    this.badOperator = badOperator;
  }
}

const OPERATORS = new Set(["eq", "ne", "gt", "ge", "lt", "le", "sw", "co", "ew"]);

type Token =
  | { t: "word"; v: string; pos: number }
  | { t: "string"; v: string; pos: number }
  | { t: "number"; v: number; pos: number }
  | { t: "("; pos: number }
  | { t: ")"; pos: number };

/** Splits an expression into tokens. */
export function tokenize(input: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < input.length) {
    const ch = input[i];
    if (ch === " " || ch === "\t" || ch === "\n" || ch === "\r") {
      i++;
    } else if (ch === "(" || ch === ")") {
      tokens.push({ t: ch, pos: i });
      i++;
    } else if (ch === '"') {
      const start = i;
      let value = "";
      i++;
      for (;;) {
        if (i >= input.length) {
          throw new FilterSyntaxError(`Unterminated string starting at position ${start}.`);
        }
        const c = input[i];
        if (c === '"') {
          i++;
          break;
        }
        if (c === "\\") {
          const e = input[i + 1];
          const simple: Record<string, string> = {
            '"': '"',
            "\\": "\\",
            "/": "/",
            b: "\b",
            f: "\f",
            n: "\n",
            r: "\r",
            t: "\t",
          };
          if (e !== undefined && e in simple) {
            value += simple[e];
            i += 2;
          } else if (e === "u" && /^[0-9a-fA-F]{4}$/.test(input.slice(i + 2, i + 6))) {
            value += String.fromCharCode(parseInt(input.slice(i + 2, i + 6), 16));
            i += 6;
          } else {
            throw new FilterSyntaxError(`Invalid escape in string at position ${i}.`);
          }
        } else {
          value += c;
          i++;
        }
      }
      tokens.push({ t: "string", v: value, pos: start });
    } else if (/[-0-9]/.test(ch)) {
      const m = /^-?\d+(\.\d+)?([eE][-+]?\d+)?/.exec(input.slice(i));
      if (!m) throw new FilterSyntaxError(`Invalid number at position ${i}.`);
      tokens.push({ t: "number", v: Number(m[0]), pos: i });
      i += m[0].length;
    } else if (/[A-Za-z_$]/.test(ch)) {
      const m = /^[A-Za-z_$][A-Za-z0-9_$.:\-]*/.exec(input.slice(i))!;
      tokens.push({ t: "word", v: m[0], pos: i });
      i += m[0].length;
    } else {
      throw new FilterSyntaxError(`Unexpected character '${ch}' at position ${i}.`);
    }
  }
  return tokens;
}

/** Deepest nesting of parentheses and `not` in an expression (the parser recurses on them). */
export const MAX_FILTER_NESTING = 100;

/** Parses an expression; throws {@link FilterSyntaxError}. */
export function parseFilter(input: string): FilterNode {
  const tokens = tokenize(input);
  if (tokens.length === 0) throw new FilterSyntaxError("The expression is empty.");
  let p = 0;
  let nesting = 0;
  const peek = (): Token | undefined => tokens[p];
  const isWord = (tok: Token | undefined, word: string): boolean =>
    tok?.t === "word" && tok.v.toLowerCase() === word;

  function expr(): FilterNode {
    let left = andExpr();
    while (isWord(peek(), "or")) {
      p++;
      left = { kind: "or", left, right: andExpr() };
    }
    return left;
  }
  function andExpr(): FilterNode {
    let left = unary();
    while (isWord(peek(), "and")) {
      p++;
      left = { kind: "and", left, right: unary() };
    }
    return left;
  }
  function unary(): FilterNode {
    const tok = peek();
    if (!tok) throw new FilterSyntaxError("The expression ends too early.");
    if (isWord(tok, "not") || tok.t === "(") {
      // Bounded so a hostile expression is a 400, not a stack overflow.
      if (++nesting > MAX_FILTER_NESTING) {
        throw new FilterSyntaxError(
          `The expression nests parentheses and 'not' deeper than ${MAX_FILTER_NESTING} levels at position ${tok.pos}.`,
        );
      }
      p++;
      let node: FilterNode;
      if (tok.t === "(") {
        node = expr();
        if (peek()?.t !== ")") {
          throw new FilterSyntaxError(`Expected ')' at position ${peek()?.pos ?? input.length}.`);
        }
        p++;
      } else node = { kind: "not", expr: unary() };
      nesting--;
      return node;
    }
    return comparison();
  }
  function comparison(): FilterNode {
    const attr = tokens[p++];
    if (attr.t !== "word" || ["and", "or", "not"].includes(attr.v.toLowerCase())) {
      throw new FilterSyntaxError(`Expected an attribute name at position ${attr.pos}.`);
    }
    const opTok = tokens[p++];
    if (!opTok) throw new FilterSyntaxError(`Expected an operator after '${attr.v}'.`);
    if (opTok.t !== "word") {
      throw new FilterSyntaxError(`Expected an operator at position ${opTok.pos}.`);
    }
    const op = opTok.v.toLowerCase();
    if (op === "pr") return { kind: "present", attr: attr.v };
    if (!OPERATORS.has(op)) {
      throw new FilterSyntaxError(
        `Unrecognized attribute operator '${opTok.v}' at position ${opTok.pos}.`,
        opTok.v,
      );
    }
    const valTok = tokens[p++];
    if (!valTok) throw new FilterSyntaxError(`Expected a value after '${attr.v} ${op}'.`);
    let value: FilterValue;
    if (valTok.t === "string" || valTok.t === "number") value = valTok.v;
    else if (valTok.t === "word" && ["true", "false", "null"].includes(valTok.v.toLowerCase())) {
      const w = valTok.v.toLowerCase();
      value = w === "null" ? null : w === "true";
    } else {
      throw new FilterSyntaxError(
        `Expected a quoted string, number or boolean at position ${valTok.pos}.`,
      );
    }
    return { kind: "compare", attr: attr.v, op: op as FilterOperator, value };
  }

  const node = expr();
  if (p < tokens.length) {
    throw new FilterSyntaxError(`Unexpected token at position ${tokens[p].pos}.`);
  }
  return node;
}

/** What a resource allows in one query parameter. */
export interface FilterRules {
  /** Operators allowed on an attribute (`pr` for presence); undefined = unknown attribute. */
  operators(attr: string): readonly string[] | undefined;
  /** Whether `not` is accepted. */
  allowNot: boolean;
}

/** Checks an AST against rules; returns the first problem or undefined. */
export function checkFilter(node: FilterNode, rules: FilterRules): string | undefined {
  switch (node.kind) {
    case "and":
    case "or":
      return checkFilter(node.left, rules) ?? checkFilter(node.right, rules);
    case "not":
      return rules.allowNot
        ? checkFilter(node.expr, rules)
        : "The 'not' operator is not supported.";
    case "present":
    case "compare": {
      const op = node.kind === "present" ? "pr" : node.op;
      const ops = rules.operators(node.attr);
      if (!ops) return `Unsupported attribute '${node.attr}'.`;
      if (!ops.includes(op)) return `Operator '${op}' is not supported on '${node.attr}'.`;
      return undefined;
    }
  }
}

/** Reads a dotted attribute path from a plain object. */
export function readPath(record: unknown, path: string): unknown {
  let cur: unknown = record;
  for (const part of path.split(".")) {
    if (cur === null || typeof cur !== "object") return undefined;
    cur = (cur as Record<string, unknown>)[part];
  }
  return cur;
}

/** Evaluates an AST against a record; `caseInsensitive` folds string case. */
export function evaluate(
  node: FilterNode,
  record: unknown,
  caseInsensitive: boolean,
  read: (record: unknown, attr: string) => unknown = readPath,
): boolean {
  switch (node.kind) {
    case "and":
      return evaluate(node.left, record, caseInsensitive, read) &&
        evaluate(node.right, record, caseInsensitive, read);
    case "or":
      return evaluate(node.left, record, caseInsensitive, read) ||
        evaluate(node.right, record, caseInsensitive, read);
    case "not":
      return !evaluate(node.expr, record, caseInsensitive, read);
    case "present": {
      const v = read(record, node.attr);
      return v !== undefined && v !== null && v !== "" && !(Array.isArray(v) && v.length === 0);
    }
    case "compare": {
      const v = read(record, node.attr);
      const values = Array.isArray(v) ? v : [v];
      return values.some((item) => compare(item, node.op, node.value, caseInsensitive));
    }
  }
}

function compare(
  actual: unknown,
  op: FilterOperator,
  expected: FilterValue,
  caseInsensitive: boolean,
): boolean {
  if (actual === undefined || actual === null) {
    return op === "ne" ? expected !== null : op === "eq" && expected === null;
  }
  let a: string | number | boolean = actual as string | number | boolean;
  let b: string | number | boolean | null = expected;
  if (typeof a === "object") a = JSON.stringify(a);
  if (typeof a === "number" && typeof b === "string" && b.trim() !== "" && !isNaN(Number(b))) {
    b = Number(b);
  }
  if (typeof b === "number" && typeof a === "string" && a.trim() !== "" && !isNaN(Number(a))) {
    a = Number(a);
  }
  if (typeof a === "string" && typeof b !== "string") b = String(b);
  if (typeof a === "boolean" && typeof b === "string") b = b.toLowerCase() === "true";
  if (caseInsensitive && typeof a === "string" && typeof b === "string") {
    a = a.toLowerCase();
    b = b.toLowerCase();
  }
  switch (op) {
    case "eq":
      return a === b;
    case "ne":
      return a !== b;
    case "gt":
      return b !== null && a > b;
    case "ge":
      return b !== null && a >= b;
    case "lt":
      return b !== null && a < b;
    case "le":
      return b !== null && a <= b;
    case "sw":
      return typeof a === "string" && typeof b === "string" && a.startsWith(b);
    case "co":
      return typeof a === "string" && typeof b === "string" && a.includes(b);
    case "ew":
      return typeof a === "string" && typeof b === "string" && a.endsWith(b);
  }
}
