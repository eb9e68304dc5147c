/**
 * Identifiers and randomness: Okta-shaped ids (`00u…`, `00g…`, `0oa…`), request ids and a
 * seeded PRNG so seeds, ids and faults are reproducible.
 *
 * @module
 */
import { onUndo } from "./undo.ts";

const BASE62 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";

/** A seeded pseudo-random source (mulberry32): same seed, same sequence. */
export class Random {
  #state: number;

  /**
   * Creates an instance.
   * @param seed any 32-bit integer.
   */
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

  /** The generator's state (saved and put back by a failed write's undo). */
  get state(): number {
    return this.#state;
  }

  set state(value: number) {
    this.#state = value;
  }

  /** An integer in [0, n). */
  int(n: number): number {
    return Math.floor(this.next() * n);
  }

  /** One element of a non-empty array. */
  pick<T>(items: readonly T[]): T {
    return items[this.int(items.length)];
  }

  /** `length` base62 characters. */
  base62(length: number): string {
    let out = "";
    for (let i = 0; i < length; i++) out += BASE62[this.int(62)];
    return out;
  }
}

/** Makes ids of the form `prefix + random` (20 characters in all, like Okta's). */
export class IdFactory {
  #random: Random;
  #seen = new Set<string>();

  /**
   * Creates an instance.
   * @param seed seed of the id sequence.
   */
  constructor(seed: number) {
    this.#random = new Random(seed);
  }

  /** A fresh id with the given 3-character prefix (`00u`, `00g`, `0oa`, `0pr`, `oae`…). */
  next(prefix: string): string {
    const random = this.#random;
    const state = random.state;
    onUndo(() => random.state = state); // a failed write gives its ids back
    for (;;) {
      const id = prefix + this.#random.base62(20 - prefix.length);
      if (!this.#seen.has(id)) {
        this.#seen.add(id);
        onUndo(() => this.#seen.delete(id));
        return id;
      }
    }
  }

  /** Marks ids loaded from saved state as taken. */
  reserve(id: string): void {
    this.#seen.add(id);
  }
}
