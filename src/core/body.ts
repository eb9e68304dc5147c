/**
 * Request body preparation: deep `null` stripping for JSON bodies.
 *
 * @module
 */

function isPlainObject(value: object): boolean {
  const proto = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}

/**
 * A copy of `value` without `null` properties, at any depth. Arrays keep their length and
 * order (a `null` element is a value, not an absent property) and their object elements are
 * stripped too. Only plain objects and arrays are walked; anything else (Date, class
 * instances with `toJSON`) is left to `JSON.stringify`. Returns the input itself when nothing
 * had to change, so the common case allocates nothing.
 */
export function stripNulls<T>(value: T): T {
  if (value === null || typeof value !== "object") return value;
  if (Array.isArray(value)) {
    let copy: unknown[] | undefined;
    for (let i = 0; i < value.length; i++) {
      const item = value[i];
      const stripped = stripNulls(item);
      if (stripped !== item) {
        copy ??= value.slice();
        copy[i] = stripped;
      }
    }
    return (copy ?? value) as T;
  }
  if (!isPlainObject(value)) return value;
  let copy: Record<string, unknown> | undefined;
  const source = value as Record<string, unknown>;
  for (const key in source) {
    if (!Object.hasOwn(source, key)) continue;
    const item = source[key];
    if (item === null) {
      copy ??= { ...source };
      delete copy[key];
      continue;
    }
    const stripped = stripNulls(item);
    if (stripped !== item) {
      copy ??= { ...source };
      copy[key] = stripped;
    }
  }
  return (copy ?? value) as T;
}
