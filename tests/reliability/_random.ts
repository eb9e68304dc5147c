/**
 * A small seeded PRNG (mulberry32) for the reliability tests: the same seed gives the same
 * operations, inputs and fuzz cases.
 *
 * @module
 */

/** A seeded generator of numbers, integers, picks and strings. */
export class Rng {
  #state: number;

  /** Creates a generator from a 32-bit seed. */
  constructor(seed: number) {
    this.#state = seed >>> 0;
  }

  /** A float in [0, 1). */
  next(): number {
    let t = (this.#state = (this.#state + 0x6d2b79f5) >>> 0);
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  /** An integer in [min, max]. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  /** One element of a non-empty array. */
  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.next() * items.length)];
  }

  /** Picks a key by weight. */
  weighted<K extends string>(weights: Readonly<Record<K, number>>): K {
    const entries = Object.entries(weights) as [K, number][];
    const total = entries.reduce((s, [, w]) => s + w, 0);
    let r = this.next() * total;
    for (const [key, w] of entries) {
      r -= w;
      if (r < 0) return key;
    }
    return entries[entries.length - 1][0];
  }

  /** A string of `length` characters drawn from `alphabet` (an array of code points or strings). */
  string(alphabet: readonly string[], length: number): string {
    let out = "";
    for (let i = 0; i < length; i++) out += this.pick(alphabet);
    return out;
  }
}

/** Characters that break naive URL, filter and JSON handling, plus non-ASCII. */
export const NASTY: readonly string[] = [
  "/",
  ".",
  "..",
  "?",
  "#",
  "%",
  "%2F",
  "%25",
  "&",
  "=",
  "+",
  " ",
  "\\",
  '"',
  "'",
  "(",
  ")",
  ";",
  ",",
  "<",
  ">",
  "\t",
  "\n",
  "\r",
  "\u0000",
  "é",
  "ß",
  "日本",
  "💥",
  "\u202e",
  "\ufeff",
  "a",
  "Z",
  "0",
  "eq",
  " or ",
  " and ",
  "*",
  "{",
  "}",
  "[",
  "]",
  ":",
  "@",
];
