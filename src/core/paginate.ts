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

/** A page that has arrived: its next link, read from the headers, and the parse of its body. */
export interface ArrivedPage<P> {
  /** Absolute URL of the next page, if any. */
  readonly nextUrl: string | undefined;
  /** Parses the page; the iterator calls it once. */
  parse(): P;
}

/**
 * Yields pages starting from the one `first` fetches. As soon as page N arrives, page N+1 is
 * requested, so it downloads while the caller works through page N; page N+2 is only
 * requested once the caller moves on to N+1 (at most one page ahead). A page is parsed when
 * the caller reaches it, after the request for the next one is on the wire: the server works
 * on N+1 while the caller parses N, and a page waiting for the caller is one byte buffer, not
 * objects that every young-generation collection would copy (bench/README.md). When the
 * caller stops early, the prefetch is aborted and awaited, so nothing is left running.
 * `fetchPage` does the origin check; its error surfaces when the caller reaches that page.
 */
export async function* iteratePages<P extends PageLike>(
  first: () => Promise<P>,
  fetchPage: (url: string, signal: AbortSignal) => Promise<ArrivedPage<P>>,
): AsyncGenerator<P, void, undefined> {
  // Started on the first next(), so an iterator that is never used sends nothing.
  let pending: Promise<ArrivedPage<P>> | undefined = first().then((page) => ({
    nextUrl: page.nextUrl,
    parse: () => page,
  }));
  let controller: AbortController | undefined;
  try {
    while (pending !== undefined) {
      const arrived: ArrivedPage<P> = await pending;
      pending = undefined;
      controller = undefined;
      if (arrived.nextUrl !== undefined) {
        const c = new AbortController();
        controller = c;
        const next = fetchPage(arrived.nextUrl, c.signal);
        // Rejections surface when the caller reaches that page; until then they are held.
        next.catch(() => {});
        pending = next;
        // Deno sends a request only when its event loop turns, and a caller working through
        // a page synchronously never lets it: one macrotask turn here puts the request on the
        // wire, so it travels while the caller works (measured in bench/, section l).
        await turnEventLoop();
      }
      yield arrived.parse();
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
