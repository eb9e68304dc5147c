/**
 * Matches a request to its operation in the generated table by method + path template, with a
 * segment trie (literal segments win over `{param}` segments).
 *
 * @module
 */
import type { HttpMethod, Operation } from "../core/operation.ts";
import { OPERATIONS } from "../core/operation_table.ts";

interface Node {
  literal: Map<string, Node>;
  param?: Node;
  ops: Map<string, Operation>;
}

function node(): Node {
  return { literal: new Map(), ops: new Map() };
}

/** The result of matching a path. */
export interface OperationMatch {
  /** The operation for this method, when the table has one. */
  operation?: Operation;
  /** Methods the table has for this path (empty when the path is unknown). */
  methods: HttpMethod[];
}

/** An index of operations by path template. */
export class OperationIndex {
  #root: Node = node();

  /**
   * Creates an instance.
   * @param operations the operation table (defaults to the generated one).
   */
  constructor(operations: readonly Operation[] = OPERATIONS) {
    for (const op of operations) {
      let cur = this.#root;
      for (const seg of op.path.split("/").filter((s) => s !== "")) {
        if (/^\{[^}]+\}$/.test(seg)) cur = cur.param ??= node();
        else {
          let next = cur.literal.get(seg);
          if (!next) cur.literal.set(seg, next = node());
          cur = next;
        }
      }
      if (!cur.ops.has(op.method)) cur.ops.set(op.method, op);
    }
  }

  /** Finds the operation for a method and a (decoded or raw) path. */
  match(method: string, path: string): OperationMatch {
    const segments = path.split("/").filter((s) => s !== "");
    const found = this.#find(this.#root, segments, 0, method.toUpperCase());
    if (!found) return { methods: [] };
    return {
      operation: found.ops.get(method.toUpperCase()),
      methods: [...found.ops.keys()] as HttpMethod[],
    };
  }

  #find(cur: Node, segs: string[], i: number, method: string): Node | undefined {
    if (i === segs.length) return cur.ops.size > 0 ? cur : undefined;
    const lit = cur.literal.get(segs[i]);
    let fallback: Node | undefined;
    if (lit) {
      const r = this.#find(lit, segs, i + 1, method);
      if (r?.ops.has(method)) return r;
      fallback = r;
    }
    if (cur.param) {
      const r = this.#find(cur.param, segs, i + 1, method);
      if (r?.ops.has(method)) return r;
      fallback ??= r;
    }
    return fallback;
  }
}
