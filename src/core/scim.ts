/**
 * The `scim` tagged template: builds Okta `search`/`filter` expressions from trusted text and
 * untrusted values, so a value can never change the expression's structure.
 *
 * @module
 */

/** A trusted fragment made by `scim.raw()`: inserted verbatim. */
export class ScimFragment {
  #text: string;

  /** Wraps trusted text; prefer `scim.raw()`. */
  constructor(text: string) {
    if (typeof text !== "string") {
      throw new TypeError("Cannot make a scim fragment: text must be a string");
    }
    this.#text = text;
  }

  /** The fragment's text. */
  toString(): string {
    return this.#text;
  }
}

/** The `scim` tag: a template function plus `raw()` for trusted fragments. */
export interface ScimTag {
  /** Builds an expression; interpolated values are quoted and escaped. */
  (strings: TemplateStringsArray, ...values: unknown[]): string;
  /**
   * Marks trusted text (an attribute name or an expression you built with `scim` yourself) to
   * be inserted verbatim. Never pass user input here.
   */
  raw(text: string): ScimFragment;
}

/** Formats one interpolated value as a SCIM filter literal. */
function literal(value: unknown, index: number): string {
  if (typeof value === "string") return JSON.stringify(value);
  if (typeof value === "number") {
    if (!Number.isFinite(value)) {
      throw new TypeError(
        `Cannot use value #${index + 1} in a scim expression: ${value} is not finite`,
      );
    }
    return String(value);
  }
  if (typeof value === "boolean") return value ? "true" : "false";
  if (typeof value === "bigint") return value.toString();
  if (value instanceof Date) {
    if (Number.isNaN(value.getTime())) {
      throw new TypeError(
        `Cannot use value #${index + 1} in a scim expression: the date is invalid`,
      );
    }
    return JSON.stringify(value.toISOString());
  }
  if (value === null) return "null";
  if (value instanceof ScimFragment) return value.toString();
  throw new TypeError(
    `Cannot use value #${
      index + 1
    } in a scim expression: expected a string, number, boolean or Date, got ${
      Array.isArray(value) ? "an array" : typeof value
    }`,
  );
}

function scimTag(strings: TemplateStringsArray, ...values: unknown[]): string {
  let out = strings[0];
  for (let i = 0; i < values.length; i++) out += literal(values[i], i) + strings[i + 1];
  return out;
}

/**
 * Builds an Okta filter/search expression. Strings are quoted with `"` and their quotes and
 * backslashes escaped; dates become quoted ISO 8601 timestamps; numbers and booleans are
 * written as literals; anything else throws a `TypeError`.
 *
 * @example Search users by login
 * ```ts
 * import { scim } from "./scim.ts";
 * const login = 'bob"or"x';
 * scim`profile.login eq ${login}`; // 'profile.login eq "bob\"or\"x"'
 * ```
 */
export const scim: ScimTag = Object.assign(scimTag, {
  raw(text: string): ScimFragment {
    return new ScimFragment(text);
  },
});
