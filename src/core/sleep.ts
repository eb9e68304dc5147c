/**
 * The one abortable wait, shared by the retry policy and the auth clock.
 *
 * @module
 */

/**
 * Resolves after `ms`, or rejects with the signal's reason as soon as it aborts. The timer is
 * always cleared, so nothing is left pending.
 */
export function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  if (signal?.aborted) return Promise.reject(signal.reason);
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
