/**
 * Bounded-concurrency work over an (async) iterable.
 *
 * This is the one place tasks run items concurrently; it is meant to be swapped for the
 * client's rate-limit-aware `okta.bulk()` once that exists, without touching the tasks.
 *
 * @module
 */

/** Options of {@linkcode runBounded}. */
export interface RunBoundedOptions {
  /** At most this many `fn` calls in flight (≥ 1). */
  concurrency: number;
  /** When aborted, no new item is started; items in flight finish. */
  signal?: AbortSignal;
}

/**
 * Calls `fn` for each item with at most `concurrency` calls in flight. Items are pulled lazily
 * from the iterable, so a huge stream is never held in memory. Errors thrown by `fn` are
 * re-thrown after the in-flight calls settle (tasks catch per-item errors themselves).
 */
export async function runBounded<T>(
  items: Iterable<T> | AsyncIterable<T>,
  fn: (item: T) => Promise<void>,
  options: RunBoundedOptions,
): Promise<void> {
  const limit = Math.max(1, Math.floor(options.concurrency));
  const iterator = Symbol.asyncIterator in items
    ? (items as AsyncIterable<T>)[Symbol.asyncIterator]()
    : (items as Iterable<T>)[Symbol.iterator]();
  let failure: { error: unknown } | undefined;
  let exhausted = false;
  // Pulls are serialized: not every iterator tolerates overlapping next() calls.
  let pulling: Promise<unknown> = Promise.resolve();
  const pull = (): Promise<IteratorResult<T>> => {
    const next = pulling.then(() => iterator.next());
    pulling = next.catch(() => {});
    return next;
  };
  const worker = async (): Promise<void> => {
    while (!exhausted && !failure && !options.signal?.aborted) {
      let next: IteratorResult<T>;
      try {
        next = await pull();
      } catch (error) {
        failure ??= { error };
        exhausted = true;
        return;
      }
      if (next.done) {
        exhausted = true;
        return;
      }
      try {
        await fn(next.value);
      } catch (error) {
        failure ??= { error };
      }
    }
  };
  const workers: Promise<void>[] = [];
  for (let i = 0; i < limit; i++) workers.push(worker());
  await Promise.all(workers);
  if (!exhausted) await iterator.return?.();
  if (failure) throw failure.error;
}
