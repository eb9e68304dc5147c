/**
 * A small seeded PRNG (mulberry32) for the reliability tests: the same seed gives the same
 * operations, inputs and fuzz cases.
 *
 * @module
 */
import { Random } from "../../src/emulator/ids.ts";

/** A seeded generator of numbers, integers, picks and strings, on the emulator's mulberry32. */
export class Rng {
  #random: Random;

  /** Creates a generator from a 32-bit seed. */
  constructor(seed: number) {
    this.#random = new Random(seed);
  }

  /** A float in [0, 1). */
  next(): number {
    return this.#random.next();
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
