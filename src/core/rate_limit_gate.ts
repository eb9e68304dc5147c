/**
 * The pacing gate behind `okta.bulk()`: caps attempts in flight and paces every request from
 * the `X-Rate-Limit-Remaining` / `X-Rate-Limit-Reset` headers of its bucket.
 *
 * Pacing works on server time: the reset instant is judged against the responses' `Date`
 * header, so a skewed local clock does not matter. A bucket not heard from yet gets one request
 * first; the others for it wait for that response's headers, so a limit below `concurrency`
 * is not tripped by the opening burst.
 *
 * @module
 */
import { parseRateLimit } from "./rate_limit.ts";
import { MAX_RETRY_WAIT_MS } from "./retry.ts";
import type { TransportGate } from "./gate.ts";

/** Wait after the server's reset instant before sending into the new window. */
const RESET_MARGIN_MS = 15;

interface Bucket {
  key: string;
  /** `X-Rate-Limit-Reset` (epoch seconds) of the window the estimate belongs to. */
  window: number | undefined;
  /** The window's limit (Infinity until a response tells). */
  limit: number;
  /** The first of our attempts (by sequence number) charged to the window. */
  firstSeq: number;
  /** The most the server has reported used in the window (`limit - remaining`). */
  serverUsed: number;
  /** Set after waiting out a window: answers about the old window are then stale. */
  assumedFresh: boolean;
  /** Attempts started on this bucket (a ticket's sequence number). */
  started: number;
  /**
   * While nothing is known of the bucket: the one attempt sent to learn its limit, which the
   * others wait for (a first burst of `concurrency` requests would trip a lower limit).
   */
  probeSeq: number | undefined;
  /** Its responses carry no rate-limit headers: nothing to pace by. */
  unpaced: boolean;
  /** Attempts on this bucket not answered yet. */
  inFlight: number;
  timer: ReturnType<typeof setTimeout> | undefined;
}

interface Ticket {
  bucket: Bucket;
  seq: number;
}

interface Waiter {
  bucket: Bucket;
  resolve: (ticket: Ticket) => void;
  reject: (reason: unknown) => void;
  signal: AbortSignal | undefined;
  onAbort: (() => void) | undefined;
}

/**
 * The bucket a route is charged to, approximated from the method and path: ids and other
 * values become `*`, so `/api/v1/users/00u1` and `/api/v1/users/{id}` share one bucket.
 */
export function bucketKey(route: string): string {
  const space = route.indexOf(" ");
  const method = route.slice(0, space);
  let path = route.slice(space + 1);
  const scheme = /^https?:\/\/[^/]+/i.exec(path);
  if (scheme) path = path.slice(scheme[0].length);
  const query = path.search(/[?#]/);
  if (query >= 0) path = path.slice(0, query);
  const segments = path.split("/").filter((s) => s !== "").map((s) =>
    s.startsWith("{") || /[@%.]/.test(s) || (/[0-9]/.test(s) && s.length >= 8) ||
      s.length >= 20 || s === "me"
      ? "*"
      : s
  );
  return `${method} /${segments.join("/")}`;
}

/**
 * The pacing gate: caps attempts in flight and keeps each bucket's estimated remaining budget,
 * holding attempts until the bucket's window resets (server time) when the budget is spent.
 */
export class RateLimitGate implements TransportGate {
  #concurrency: number;
  #inFlight = 0;
  #buckets = new Map<string, Bucket>();
  #waiters: Waiter[] = [];
  /**
   * Bounds of server time minus local time. `Date` has whole seconds, so each response says
   * the offset lies in [date - now, date - now + 1 s); the bounds keep the tightest.
   */
  #skewLow = -Infinity;
  #skewHigh = Infinity;
  /** Added to waits after a 429 that came right after a wait (the estimate was early). */
  #lateness = 0;
  #closed = false;
  /** Attempts let through. */
  requests = 0;
  /** 429 responses seen. */
  rateLimited = 0;

  /** A gate allowing `concurrency` attempts in flight. */
  constructor(concurrency: number) {
    this.#concurrency = concurrency;
  }

  /** Waits for a slot in flight and budget in the route's bucket. */
  enter(route: string, signal: AbortSignal | undefined): Promise<Ticket | undefined> {
    if (signal?.aborted) return Promise.reject(signal.reason);
    if (this.#closed) return Promise.resolve(undefined);
    const bucket = this.#bucket(bucketKey(route));
    if (this.#waiters.length === 0 && this.#canStart(bucket)) {
      return Promise.resolve(this.#start(bucket));
    }
    return new Promise<Ticket>((resolve, reject) => {
      const waiter: Waiter = { bucket, resolve, reject, signal, onAbort: undefined };
      if (signal) {
        waiter.onAbort = () => {
          this.#waiters = this.#waiters.filter((w) => w !== waiter);
          reject(signal.reason);
          this.#pump();
        };
        signal.addEventListener("abort", waiter.onAbort, { once: true });
      }
      this.#waiters.push(waiter);
      this.#pump();
    });
  }

  /** Updates the bucket from the response's rate-limit headers and lets waiting attempts go. */
  leave(ticket: unknown, response: { status: number; headers: Headers } | undefined): void {
    if (ticket === undefined) return;
    const { bucket, seq } = ticket as Ticket;
    this.#inFlight--;
    bucket.inFlight--;
    const probe = bucket.probeSeq === seq;
    if (probe) bucket.probeSeq = undefined;
    if (response) {
      const date = response.headers.get("date");
      const serverNow = date === null ? NaN : Date.parse(date);
      if (Number.isFinite(serverNow)) {
        const low = serverNow - Date.now();
        this.#skewLow = Math.max(this.#skewLow, low);
        this.#skewHigh = Math.min(this.#skewHigh, low + 1000);
      }
      if (response.status === 429) {
        this.rateLimited++;
        if (bucket.assumedFresh) this.#lateness = Math.min(1000, this.#lateness + 50);
      }
      const rate = parseRateLimit(response.headers);
      // A limit of 0 marks a concurrency-limit 429: it says nothing about the bucket. Nor does
      // a reset beyond the retry ceiling: pacing on it would hold the job for days, so the
      // attempts go on and each fails with its own 429 (the transport does not wait that long).
      const resetIn = rate === undefined
        ? NaN
        : rate.reset.getTime() - (Number.isFinite(serverNow) ? serverNow : Date.now());
      if (rate !== undefined && rate.limit > 0 && resetIn <= MAX_RETRY_WAIT_MS) {
        const window = rate.reset.getTime() / 1000;
        const used = rate.limit - rate.remaining;
        if (bucket.window === undefined || window > bucket.window) {
          // A new window: our attempts from this one on are charged to it.
          bucket.firstSeq = bucket.assumedFresh ? Math.min(bucket.firstSeq, seq) : seq;
          bucket.window = window;
          bucket.limit = rate.limit;
          bucket.serverUsed = used;
          bucket.assumedFresh = false;
          // A wake-up planned for an older window's reset would wrongly refill this one.
          if (bucket.timer !== undefined) clearTimeout(bucket.timer);
          bucket.timer = undefined;
        } else if (window === bucket.window && (!bucket.assumedFresh || response.status === 429)) {
          bucket.firstSeq = Math.min(bucket.firstSeq, seq);
          bucket.serverUsed = Math.max(bucket.serverUsed, used);
          bucket.assumedFresh = false;
        }
        if (response.status === 429 && window >= (bucket.window ?? 0)) {
          bucket.serverUsed = bucket.limit;
        }
      } else if (probe && rate === undefined && response.status !== 429) {
        // An answer without rate-limit headers: this bucket is not paced (as before the probe).
        bucket.unpaced = true;
      }
      // Otherwise (no response, or a concurrency 429) the next attempt probes again.
    }
    this.#pump();
  }

  /** Stops pacing: waiting attempts go at once and timers are cleared. */
  close(): void {
    this.#closed = true;
    for (const bucket of this.#buckets.values()) {
      if (bucket.timer !== undefined) clearTimeout(bucket.timer);
      bucket.timer = undefined;
    }
    const waiters = this.#waiters;
    this.#waiters = [];
    for (const waiter of waiters) {
      if (waiter.onAbort) waiter.signal?.removeEventListener("abort", waiter.onAbort);
      // Still counted, so its leave() keeps the in-flight count right.
      this.#inFlight++;
      waiter.bucket.inFlight++;
      waiter.bucket.started++;
      waiter.resolve({ bucket: waiter.bucket, seq: waiter.bucket.started });
    }
  }

  /**
   * Server time minus local time: 0 when the `Date` headers allow it (synchronized clocks;
   * bursts at the same phase of each second would otherwise bias the estimate late), else
   * the nearest bound.
   */
  #skew(): number {
    const low = this.#skewLow;
    const high = this.#skewHigh;
    if (low === -Infinity) return 0;
    if (low > high) return low;
    return Math.min(Math.max(0, low), high);
  }

  #bucket(key: string): Bucket {
    let bucket = this.#buckets.get(key);
    if (bucket === undefined) {
      bucket = {
        key,
        window: undefined,
        limit: Infinity,
        firstSeq: 1,
        serverUsed: 0,
        assumedFresh: false,
        started: 0,
        probeSeq: undefined,
        unpaced: false,
        inFlight: 0,
        timer: undefined,
      };
      this.#buckets.set(key, bucket);
    }
    return bucket;
  }

  /**
   * Requests the bucket still allows in its window: the limit minus what is used, which is
   * our attempts charged to the window (exact when we are its only user) or what the server
   * reported (which also counts other clients), whichever is more.
   */
  #available(bucket: Bucket): number {
    if (this.#unknown(bucket)) {
      if (bucket.unpaced) return Infinity;
      return bucket.probeSeq === undefined ? 1 : 0;
    }
    const ours = bucket.started - bucket.firstSeq + 1;
    return bucket.limit - Math.max(ours, bucket.serverUsed);
  }

  /** No response has told the bucket's window yet. */
  #unknown(bucket: Bucket): boolean {
    return bucket.window === undefined && !bucket.assumedFresh;
  }

  #canStart(bucket: Bucket): boolean {
    return this.#inFlight < this.#concurrency && this.#available(bucket) > 0;
  }

  #start(bucket: Bucket): Ticket {
    this.#inFlight++;
    bucket.inFlight++;
    this.requests++;
    const seq = ++bucket.started;
    if (this.#unknown(bucket) && !bucket.unpaced) bucket.probeSeq = seq;
    return { bucket, seq };
  }

  #pump(): void {
    if (this.#waiters.length === 0) return;
    const remaining: Waiter[] = [];
    for (const waiter of this.#waiters) {
      if (this.#canStart(waiter.bucket)) {
        if (waiter.onAbort) waiter.signal?.removeEventListener("abort", waiter.onAbort);
        waiter.resolve(this.#start(waiter.bucket));
      } else {
        remaining.push(waiter);
        // A bucket waiting for its probe's answer has no window to wait out.
        if (this.#available(waiter.bucket) <= 0 && waiter.bucket.probeSeq === undefined) {
          this.#scheduleReset(waiter.bucket);
        }
      }
    }
    this.#waiters = remaining;
  }

  /** Refills a spent bucket once its window has reset on the server's clock. */
  #scheduleReset(bucket: Bucket): void {
    if (bucket.timer !== undefined || this.#closed) return;
    // Spent in a window only assumed open: its reset instant is unknown until one of the
    // attempts in flight answers (leave() then plans the wake-up from its headers).
    if (bucket.assumedFresh && bucket.inFlight > 0) return;
    const serverNow = Date.now() + this.#skew();
    const resetAt = bucket.window === undefined ? serverNow + 1000 : bucket.window * 1000;
    const wait = Math.max(0, resetAt - serverNow) + RESET_MARGIN_MS + this.#lateness;
    bucket.timer = setTimeout(() => {
      bucket.timer = undefined;
      // Assume the new window is open: everything from the next attempt on is charged to it.
      bucket.firstSeq = bucket.started + 1;
      bucket.serverUsed = 0;
      bucket.assumedFresh = true;
      this.#pump();
    }, wait);
  }
}
