/**
 * What the long tail knows about the spec's paths, derived once from the generated operation
 * table: which templates are collections, items of a collection, lifecycle actions on an item,
 * or singletons; which collections can be created into; which templates can be read. Pure: no
 * state beyond the memoized analysis, nothing happens on import.
 *
 * @module
 */
import { OPERATIONS } from "../../core/operation_table.ts";

/** How the long tail treats one path template. */
export type Role = "collection" | "item" | "action" | "singleton";

/** The role of one path template and what it hangs under. */
export interface Template {
  /** How the long tail treats the template. */
  role: Role;
  /** Collection template of an item, or item template of an action. */
  parent?: string;
  /** Action verb (last segment) for actions. */
  verb?: string;
}

/** What the long tail derives once from the generated operation table. */
export interface Analysis {
  /** Role of each path template. */
  templates: Map<string, Template>;
  /** Normalized templates that have a POST create (their items can only exist once created). */
  creatable: Set<string>;
  /** Template of each GET item operation → its response schema. */
  itemSchemas: Map<string, string | undefined>;
  /** Templates that have a GET operation. */
  readable: Set<string>;
}

/** Whether a path segment is a template parameter (`{id}`). */
export const isParam = (seg: string): boolean => /^\{[^}]+\}$/.test(seg);

/** A path template with its parameter names erased (`/a/{x}/b` → `/a/{}/b`). */
export const normTemplate = (p: string): string => p.replace(/\{[^}]+\}/g, "{}");

/** The non-empty segments of a path. */
export const segments = (p: string): string[] => p.split("/").filter((s) => s !== "");

/** Decodes a path segment; malformed percent-encoding stays as sent (never a 500). */
export function safeDecode(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}

let analysis: Analysis | undefined;

/** The analysis of the operation table (computed on first use, then kept). */
export function analyse(): Analysis {
  return analysis ??= analyseTable();
}

function analyseTable(): Analysis {
  const byPath = Map.groupBy(OPERATIONS, (o) => o.path);
  const normSet = new Set([...byPath.keys()].map(normTemplate));
  const templates = new Map<string, Template>();
  for (const [path, ops] of byPath) {
    const segs = segments(path);
    const last = segs[segs.length - 1];
    const parentPath = "/" + segs.slice(0, -1).join("/");
    if (isParam(last)) {
      templates.set(path, { role: "item", parent: parentPath });
    } else if (normSet.has(normTemplate(path) + "/{}")) {
      templates.set(path, { role: "collection" });
    } else {
      const lastParam = segs.findLastIndex(isParam);
      const tail = segs.slice(lastParam + 1);
      const onlyPost = ops.every((o) => o.method === "POST");
      if (lastParam >= 0 && onlyPost && tail.length <= 3) {
        templates.set(path, {
          role: "action",
          parent: "/" + segs.slice(0, lastParam + 1).join("/"),
          verb: last,
        });
      } else templates.set(path, { role: "singleton" });
    }
  }
  const creatable = new Set<string>();
  const itemSchemas = new Map<string, string | undefined>();
  const readable = new Set<string>();
  for (const op of OPERATIONS) {
    const t = templates.get(op.path);
    if (t?.role === "collection" && op.method === "POST") creatable.add(normTemplate(op.path));
    if (t?.role === "item" && op.method === "GET") itemSchemas.set(op.path, op.responseSchema);
    if (op.method === "GET") readable.add(op.path);
  }
  return { templates, creatable, itemSchemas, readable };
}

/** Whether a collection template has a POST create (its items exist only once created). */
export function collectionCreatable(template: string): boolean {
  return analyse().creatable.has(normTemplate(template));
}

/** Path parameters of a concrete path under a template. */
export function pathParams(template: string, path: string): Record<string, string> {
  const t = segments(template);
  const p = segments(path);
  const out: Record<string, string> = {};
  t.forEach((seg, i) => {
    if (isParam(seg)) out[seg.slice(1, -1)] = safeDecode(p[i] ?? "");
  });
  return out;
}

/** The concrete prefix of `path` with as many segments as `template` has. */
export function prefix(path: string, template: string): string {
  return "/" + segments(path).slice(0, segments(template).length).join("/");
}
