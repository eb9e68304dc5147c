/**
 * Write-only fields: stored, never returned. The list is generated from the specs
 * ({@link WRITE_ONLY_FIELDS}: every `writeOnly` property, plus an OAuth hook channel's
 * `clientSecret`); each entry names the key of the object holding the field (`null` at the
 * body's root) so a common name such as `value` is dropped only where the spec marks it.
 *
 * @module
 */
import { WRITE_ONLY_FIELDS } from "../generated/write_only.ts";

/** Parent key (`null` = a body's root) → write-only field names under it. */
const BY_PARENT: ReadonlyMap<string | null, ReadonlySet<string>> = (() => {
  const map = new Map<string | null, Set<string>>();
  for (const [parent, field] of WRITE_ONLY_FIELDS) {
    let set = map.get(parent);
    if (!set) map.set(parent, set = new Set());
    set.add(field);
  }
  return map;
})();

/** Whether `field` of an object held under `parent` (`null` = the body) is write-only. */
export function isWriteOnly(parent: string | null, field: string): boolean {
  return BY_PARENT.get(parent)?.has(field) ?? false;
}

/**
 * A copy of `value` without write-only fields (objects and arrays at any depth). `parent` is
 * the key `value` sits under; a body (or a list item of one) has none.
 */
export function withoutWriteOnly<T>(value: T, parent: string | null = null): T {
  if (Array.isArray(value)) return value.map((v) => withoutWriteOnly(v, parent)) as T;
  if (value === null || typeof value !== "object") return value;
  const out: Record<string, unknown> = {};
  for (const [key, v] of Object.entries(value as Record<string, unknown>)) {
    if (isWriteOnly(parent, key)) continue;
    out[key] = withoutWriteOnly(v, key);
  }
  return out as T;
}
