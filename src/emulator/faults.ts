/**
 * Seeded fault injection: 429, 503, connection resets, slow responses and truncated bodies,
 * drawn from a PRNG so the same seed and request order give the same faults.
 *
 * @module
 */
import { Random } from "./ids.ts";
import { MAX_RETRY_WAIT_MS } from "../core/retry.ts";

/** Fault rates (each 0–1) and their parameters. */
export interface FaultOptions {
  /** PRNG seed. @default {1} */
  seed?: number;
  /** Share of requests answered 429 E0000047. */
  rateLimit?: number;
  /** Share of requests answered 503. */
  unavailable?: number;
  /** Share of requests whose connection is reset (fetch rejects). */
  reset?: number;
  /** Share of requests delayed by `slowMs`. */
  slow?: number;
  /** Delay of a slow response in ms, at most an hour. @default {2000} */
  slowMs?: number;
  /** Share of responses whose body is cut short (reading it fails). */
  truncate?: number;
  /** Only requests whose path matches are eligible. @default every `/api/` path */
  paths?: RegExp;
}

/** One fault kind. */
export type FaultKind = "rateLimit" | "unavailable" | "reset" | "slow" | "truncate";

/** An injected fault, for tests to inspect. */
export interface InjectedFault {
  /** Which fault. */
  kind: FaultKind;
  /** Request method. */
  method: string;
  /** Request path. */
  path: string;
  /** Request id of the affected request. */
  requestId: string;
}

/** The fault injector. */
export class FaultInjector {
  #options: FaultOptions;
  #random: Random;
  /** Faults injected so far. */
  readonly log: InjectedFault[] = [];

  /**
   * Creates an injector.
   * @param options rates; all zero by default.
   */
  constructor(options: FaultOptions = {}) {
    this.#options = checkFaultOptions(options);
    this.#random = new Random(options.seed ?? 1);
  }

  /** Replaces the options and restarts the PRNG from the (new) seed. */
  configure(options: FaultOptions): void {
    this.#options = checkFaultOptions(options);
    this.#random = new Random(options.seed ?? 1);
    this.log.length = 0;
  }

  /** The delay of a slow response. */
  get slowMs(): number {
    return this.#options.slowMs ?? 2000;
  }

  /** Draws the fault for one request (undefined = none). */
  draw(method: string, path: string, requestId: string): FaultKind | undefined {
    const o = this.#options;
    const eligible = o.paths ? o.paths.test(path) : path.startsWith("/api/");
    const kinds: [FaultKind, number | undefined][] = [
      ["rateLimit", o.rateLimit],
      ["unavailable", o.unavailable],
      ["reset", o.reset],
      ["slow", o.slow],
      ["truncate", o.truncate],
    ];
    if (!kinds.some(([, rate]) => (rate ?? 0) > 0) || !eligible) return undefined;
    const r = this.#random.next();
    let acc = 0;
    for (const [kind, rate] of kinds) {
      acc += rate ?? 0;
      if (r < acc) {
        this.log.push({ kind, method, path, requestId });
        return kind;
      }
    }
    return undefined;
  }
}

/** Refuses a slow-fault delay a timer cannot take (it would fire at once, not slowly). */
function checkFaultOptions(options: FaultOptions): FaultOptions {
  const { slowMs } = options;
  if (slowMs !== undefined && !(slowMs >= 0 && slowMs <= MAX_RETRY_WAIT_MS)) {
    throw new RangeError(
      `Cannot inject slow responses of ${slowMs} ms: faults.slowMs must be from 0 to ${MAX_RETRY_WAIT_MS} ms (an hour)`,
    );
  }
  return options;
}
