/**
 * The one abortable wait, shared by the retry policy and the auth clock.
 *
 * @module
 */

/** The longest delay a timer takes as given; longer ones overflow and fire at once. */
export const MAX_TIMER_MS = 2 ** 31 - 1;

/**
 * Resolves after `ms`, or rejects with the signal's reason as soon as it aborts. The timer is
 * always cleared, so nothing is left pending. A delay that is not a number from 0 to
 * {@linkcode MAX_TIMER_MS} is refused with a RangeError rather than silently cut to 1 ms.
 */
export function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  if (signal?.aborted) return Promise.reject(signal.reason);
  if (!(ms >= 0 && ms <= MAX_TIMER_MS)) {
    return Promise.reject(
      new RangeError(`Cannot sleep ${ms} ms: a wait must be from 0 to ${MAX_TIMER_MS} ms`),
    );
  }
  return new Promise((resolve, reject) => {
    const onAbort = () => {
      clearTimeout(timer);
      reject(signal?.reason);
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener("abort", onAbort);
      resolve();
    }, ms);
    signal?.addEventListener("abort", onAbort, { once: true });
  });
}
