/**
 * Checks the long tail's resources apply to request bodies and list filters: required fields,
 * allowed values, uniqueness within a collection and a simple `filter` matcher. Each failure is
 * the `OktaHttpError` Okta answers with.
 *
 * @module
 */
import { OktaHttpError, validation } from "./errors.ts";

/** Whether a value is a plain JSON object. */
export function isObject(v: unknown): v is Record<string, unknown> {
  return v !== null && typeof v === "object" && !Array.isArray(v);
}

/** Reads a dotted field of a body; blank or missing → 400 E0000001 naming the field. */
export function requireField(body: Record<string, unknown>, path: string): unknown {
  let cur: unknown = body;
  for (const key of path.split(".")) cur = isObject(cur) ? cur[key] : undefined;
  if (
    cur === undefined || cur === null || (typeof cur === "string" && cur.trim() === "") ||
    (Array.isArray(cur) && cur.length === 0)
  ) {
    throw validation(path, "The field cannot be left blank.");
  }
  return cur;
}

/** Checks a field against allowed values → 400 E0000001. */
export function requireOneOf(
  body: Record<string, unknown>,
  path: string,
  allowed: readonly string[],
): string {
  const value = String(requireField(body, path));
  if (!allowed.includes(value)) {
    throw validation(path, `'${value}' is not one of ${allowed.join(", ")}.`);
  }
  return value;
}

/** Where {@link requireUnique} looks: a kind's context (typed here, so this file needs no import of it). */
export interface UniquenessScope {
  /** The long-tail store. */
  store: {
    collection(path: string): { values(): Iterable<{ id: string; data: Record<string, unknown> }> };
  };
  /** The collection path within it. */
  collection: string;
}

/** Refuses a value another item of the collection already has → 400 E0000001. */
export function requireUnique(
  ctx: UniquenessScope,
  field: string,
  value: unknown,
  selfId?: string,
): void {
  const norm = (v: unknown) => String(v).toLowerCase();
  for (const other of ctx.store.collection(ctx.collection).values()) {
    if (other.id !== selfId && norm(other.data[field]) === norm(value)) {
      throw validation(
        field,
        "An object with this field already exists in the current organization",
      );
    }
  }
}

/** A simple `filter` matcher: `field eq "v"` clauses joined by `and`/`or` (no parentheses needed). */
export function simpleFilter(filter: string | null, read: (field: string) => unknown): boolean {
  if (!filter) return true;
  const clauses = filter.replace(/[()]/g, " ").split(/\s+or\s+/i);
  return clauses.some((clause) =>
    clause.split(/\s+and\s+/i).every((term) => {
      const m = /^\s*([\w.]+)\s+(eq|sw|co)\s+"([^"]*)"\s*$/i.exec(term);
      if (!m) {
        throw new OktaHttpError("E0000053", "Invalid filter parameter.", {
          causes: [`filter: cannot parse '${term.trim()}'`],
        });
      }
      const v = String(read(m[1]) ?? "");
      const op = m[2].toLowerCase();
      return op === "eq" ? v === m[3] : op === "sw" ? v.startsWith(m[3]) : v.includes(m[3]);
    })
  );
}
