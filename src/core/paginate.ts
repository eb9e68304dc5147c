/**
 * The one page iterator: follows next links, keeps exactly one page in flight ahead of the
 * consumer, and never sends anything to another origin.
 *
 * @module
 */

/** The minimum a page needs for iteration. */
export interface PageLike {
  /** Absolute URL of the next page, if any. */
  nextUrl: string | undefined;
}

/**
 * Yields pages starting from the one `first` fetches. As soon as page N arrives, page N+1 is requested, so it
 * downloads while the caller works through page N; page N+2 is only requested once the
 * caller moves on to N+1 (at most one page ahead). When the caller stops early, the
 * prefetch is aborted and awaited, so nothing is left running. `fetchPage` does the origin
 * check; its error surfaces when the caller reaches that page.
 */
export async function* iteratePages<P extends PageLike>(
  first: () => Promise<P>,
  fetchPage: (url: string, signal: AbortSignal) => Promise<P>,
): AsyncGenerator<P, void, undefined> {
  // Started on the first next(), so an iterator that is never used sends nothing.
  let pending: Promise<P> | undefined = first();
  let controller: AbortController | undefined;
  try {
    while (pending !== undefined) {
      const page: P = await pending;
      pending = undefined;
      controller = undefined;
      if (page.nextUrl !== undefined) {
        const c = new AbortController();
        controller = c;
        const next = fetchPage(page.nextUrl, c.signal);
        // Rejections surface when the caller reaches that page; until then they are held.
        next.catch(() => {});
        pending = next;
        // Deno sends a request only when its event loop turns, and a caller working through
        // a page synchronously never lets it: one macrotask turn here puts the request on the
        // wire, so it travels while the caller works (measured in bench/, section l).
        await turnEventLoop();
      }
      yield page;
    }
  } finally {
    if (pending !== undefined && controller !== undefined) {
      controller.abort();
      await pending.catch(() => {});
    }
  }
}

/**
 * One turn of the event loop, through a message port: about 25 µs, where `setTimeout(0)` waits
 * about 2 ms in Deno 2.9 (1 s per 500 pages) and `setImmediate` does not turn the loop far
 * enough to send the request (bench/README.md).
 */
function turnEventLoop(): Promise<void> {
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(undefined);
  });
}
