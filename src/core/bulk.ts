/**
 * `okta.bulk()`: runs one async job per item with a cap on requests in flight, pacing every
 * request from the `X-Rate-Limit-Remaining` / `X-Rate-Limit-Reset` headers of its bucket so a
 * large job runs close to the org's ceiling without tripping it (the pacing itself is
 * `rate_limit_gate.ts`). Every item ends either done or with its error in the summary.
 *
 * @module
 */
import { RateLimitGate } from "./rate_limit_gate.ts";
import type { TransportGate } from "./gate.ts";

/** Progress of a running bulk job (passed to `onProgress` after each item ends). */
export interface BulkProgress {
  /** Items started so far. */
  started: number;
  /** Items that finished without error. */
  succeeded: number;
  /** Items whose job threw or rejected. */
  failed: number;
  /** Requests sent so far by the client while the job ran (every attempt counts). */
  requests: number;
  /** 429 responses seen so far (the client retries them after the reset). */
  rateLimited: number;
}

/** One item that ended with an error. */
export interface BulkFailure<T> {
  /** The item. */
  item: T;
  /** Its 0-based position in the input. */
  index: number;
  /** What its job threw (API errors are `OktaApiError`s, already redacted). */
  error: unknown;
}

/** What `okta.bulk()` resolves to. */
export interface BulkSummary<T> {
  /** Items started (all of them, unless the job was aborted). */
  total: number;
  /** Items that finished without error. */
  succeeded: number;
  /** Items that ended with an error (see `errors`). */
  failed: number;
  /** The failed items with their errors, in the order they failed. */
  errors: BulkFailure<T>[];
  /** Requests sent by the client while the job ran (every attempt counts). */
  requests: number;
  /** 429 responses seen (each was retried by the client after the reset). */
  rateLimited: number;
  /** Wall time of the whole job in ms. */
  elapsedMs: number;
  /** Whether `signal` aborted the job: items not started by then are not counted in `total`. */
  aborted: boolean;
}

/** Options of `okta.bulk()`. */
export interface BulkOptions {
  /**
   * Items in flight at once, and requests in flight at once (Okta's concurrency limit is per
   * org: 15 to 75 depending on the plan).
   * @default {10}
   */
  concurrency?: number;
  /** Stops starting new items; jobs in flight get the signal too. */
  signal?: AbortSignal;
  /** Called after each item ends. */
  onProgress?: (progress: BulkProgress) => void;
}

/** The job run for each item; pass `signal` on to requests so an abort stops them too. */
export type BulkJob<T, R> = (item: T, index: number, signal: AbortSignal) => Promise<R> | R;

/** The default of `BulkOptions.concurrency`. */
export const DEFAULT_BULK_CONCURRENCY = 10;
/** Pulls items one at a time from a sync or async iterable, safe to call from many workers. */
function itemSource<T>(items: Iterable<T> | AsyncIterable<T>): {
  next(): Promise<IteratorResult<T>>;
  close(): Promise<void>;
} {
  const iterator: Iterator<T> | AsyncIterator<T> = Symbol.asyncIterator in items
    ? (items as AsyncIterable<T>)[Symbol.asyncIterator]()
    : (items as Iterable<T>)[Symbol.iterator]();
  let chain: Promise<unknown> = Promise.resolve();
  let finished = false;
  return {
    next(): Promise<IteratorResult<T>> {
      const result = chain.then(async () => {
        if (finished) return { done: true, value: undefined } as IteratorResult<T>;
        const r = await iterator.next();
        if (r.done) finished = true;
        return r;
      });
      chain = result.catch(() => {});
      return result;
    },
    async close(): Promise<void> {
      await chain;
      if (!finished) {
        finished = true;
        await iterator.return?.();
      }
    },
  };
}

/**
 * Runs `job` for every item with at most `concurrency` items (and requests) in flight, pacing
 * the client's requests by their rate-limit buckets. Resolves with a summary once every started
 * item has ended; a failing item does not stop the others.
 */
export async function runBulk<T, R>(
  addGate: (gate: TransportGate) => () => void,
  items: Iterable<T> | AsyncIterable<T>,
  job: BulkJob<T, R>,
  options: BulkOptions = {},
): Promise<BulkSummary<T>> {
  const concurrency = options.concurrency ?? DEFAULT_BULK_CONCURRENCY;
  if (!Number.isInteger(concurrency) || concurrency < 1) {
    throw new RangeError(
      `Cannot run the bulk job: concurrency must be an integer >= 1, not ${concurrency}`,
    );
  }
  if (typeof job !== "function") {
    throw new TypeError("Cannot run the bulk job: the job must be a function");
  }
  const userSignal = options.signal;
  userSignal?.throwIfAborted();
  const started = performance.now();
  const controller = new AbortController();
  const signal = userSignal ? AbortSignal.any([userSignal, controller.signal]) : controller.signal;
  const gate = new RateLimitGate(concurrency);
  const removeGate = addGate(gate);
  const source = itemSource(items);
  const errors: BulkFailure<T>[] = [];
  let total = 0;
  let succeeded = 0;
  let sourceError: { error: unknown } | undefined;

  const progress = (): void => {
    if (!options.onProgress) return;
    options.onProgress({
      started: total,
      succeeded,
      failed: errors.length,
      requests: gate.requests,
      rateLimited: gate.rateLimited,
    });
  };

  async function worker(): Promise<void> {
    while (!signal.aborted && sourceError === undefined) {
      let next: IteratorResult<T>;
      try {
        next = await source.next();
      } catch (error) {
        sourceError ??= { error };
        return;
      }
      if (next.done || signal.aborted) return;
      const index = total++;
      const item = next.value;
      try {
        await job(item, index, signal);
        succeeded++;
      } catch (error) {
        errors.push({ item, index, error });
      }
      progress();
    }
  }

  try {
    await Promise.all(Array.from({ length: concurrency }, () => worker()));
  } finally {
    removeGate();
    gate.close();
    controller.abort();
    await source.close().catch(() => {});
  }
  if (sourceError !== undefined) throw sourceError.error;
  return {
    total,
    succeeded,
    failed: errors.length,
    errors,
    requests: gate.requests,
    rateLimited: gate.rateLimited,
    elapsedMs: Math.round(performance.now() - started),
    aborted: userSignal?.aborted ?? false,
  };
}
