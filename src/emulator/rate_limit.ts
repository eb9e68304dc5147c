/**
 * Per-bucket rate limits (fixed windows, `X-Rate-Limit-*` headers, 429 E0000047) and the
 * concurrency limit.
 *
 * @module
 */

/** The buckets, after Okta's table (Enterprise column). */
export type RateLimitBucket =
  | "users"
  | "user-get"
  | "user-write"
  | "groups"
  | "group"
  | "apps"
  | "app"
  | "logs"
  | "oauth-clients"
  | "oauth"
  | "other";

/** Default per-window limit of each bucket (requests per minute at Okta). */
export const DEFAULT_BUCKET_LIMITS: Readonly<Record<RateLimitBucket, number>> = {
  users: 600,
  "user-get": 1000,
  "user-write": 600,
  groups: 600,
  group: 600,
  apps: 100,
  app: 600,
  logs: 50,
  "oauth-clients": 100,
  oauth: 600,
  other: 600,
};

/** Rate-limit options; `false` turns rate limiting (and its headers) off. */
export interface RateLimitOptions {
  /** One limit for every bucket (overridden per bucket by `buckets`). */
  limit?: number;
  /** Limits per bucket. */
  buckets?: Partial<Record<RateLimitBucket, number>>;
  /** Window length in ms. @default {60000} */
  windowMs?: number;
  /** Requests in flight at once before a 429; `false` = no limit. @default {75} */
  concurrency?: number | false;
}

/** Which bucket a request is charged to. */
export function bucketOf(method: string, path: string): RateLimitBucket {
  const p = path.replace(/\/+$/, "");
  if (p === "/api/v1/users") return "users";
  if (/^\/api\/v1\/users\/[^/]+$/.test(p)) return method === "GET" ? "user-get" : "user-write";
  if (p === "/api/v1/groups") return "groups";
  if (/^\/api\/v1\/groups\/[^/]+$/.test(p)) return "group";
  if (p === "/api/v1/apps") return "apps";
  if (/^\/api\/v1\/apps\/[^/]+$/.test(p)) return "app";
  if (p === "/api/v1/logs") return "logs";
  if (p.startsWith("/oauth2/v1/clients")) return "oauth-clients";
  if (p.startsWith("/oauth2/")) return "oauth";
  return "other";
}

/** What the limiter decided for one request. */
export interface RateDecision {
  /** Whether the request may proceed. */
  allowed: boolean;
  /** Headers to send (`X-Rate-Limit-*`). */
  headers: Record<string, string>;
  /** The bucket charged. */
  bucket: RateLimitBucket;
}

interface Window {
  start: number;
  used: number;
}

/** The limiter: fixed windows per bucket plus an in-flight counter. */
export class RateLimiter {
  #options: RateLimitOptions | false;
  #windows = new Map<RateLimitBucket, Window>();
  #inFlight = 0;
  readonly #now: () => number;

  /**
   * @param options limits, or `false` for none.
   * @param now clock in epoch ms.
   */
  constructor(options: RateLimitOptions | false, now: () => number) {
    this.#options = options;
    this.#now = now;
  }

  /** Replaces the options and clears every window. */
  configure(options: RateLimitOptions | false): void {
    this.#options = options;
    this.#windows.clear();
  }

  /** Forgets the current windows. */
  reset(): void {
    this.#windows.clear();
  }

  /** Requests in flight now. */
  get inFlight(): number {
    return this.#inFlight;
  }

  /** Whether limits are on. */
  get enabled(): boolean {
    return this.#options !== false;
  }

  /** The limit of a bucket under the current options. */
  limitOf(bucket: RateLimitBucket): number {
    const o = this.#options;
    if (o === false) return Infinity;
    return o.buckets?.[bucket] ?? o.limit ?? DEFAULT_BUCKET_LIMITS[bucket];
  }

  /** Enters a request; false (and no entry) when the concurrency limit is reached. */
  enter(): boolean {
    const o = this.#options;
    const max = o === false ? false : o.concurrency ?? 75;
    if (max !== false && this.#inFlight >= max) return false;
    this.#inFlight++;
    return true;
  }

  /** Leaves a request entered with {@link enter}. */
  leave(): void {
    this.#inFlight--;
  }

  /** Headers of a concurrency-limit 429. */
  concurrencyHeaders(): Record<string, string> {
    return {
      "X-Rate-Limit-Limit": "0",
      "X-Rate-Limit-Remaining": "0",
      "X-Rate-Limit-Reset": String(Math.ceil(this.#now() / 1000) + 1),
    };
  }

  /** Charges one request to its bucket. */
  charge(method: string, path: string): RateDecision {
    const bucket = bucketOf(method, path);
    const o = this.#options;
    if (o === false) return { allowed: true, headers: {}, bucket };
    const windowMs = o.windowMs ?? 60_000;
    const now = this.#now();
    const start = Math.floor(now / windowMs) * windowMs;
    let w = this.#windows.get(bucket);
    if (!w || w.start !== start) this.#windows.set(bucket, w = { start, used: 0 });
    const limit = this.limitOf(bucket);
    const allowed = w.used < limit;
    if (allowed) w.used++;
    return {
      allowed,
      bucket,
      headers: {
        "X-Rate-Limit-Limit": String(limit),
        "X-Rate-Limit-Remaining": String(Math.max(0, limit - w.used)),
        "X-Rate-Limit-Reset": String(Math.ceil((start + windowMs) / 1000)),
      },
    };
  }
}
