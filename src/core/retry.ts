/**
 * The retry policy: when a failed attempt may be repeated, and how long to wait first.
 *
 * - 429 is retried for every method (Okta did not process the request), after waiting until
 *   `X-Rate-Limit-Reset` judged against the response's own `Date`, so a skewed local clock
 *   does not matter.
 * - 5xx and network failures are retried only for idempotent methods: a POST that may have
 *   reached the server is never replayed.
 *
 * @module
 */
import { parseResetSeconds } from "./rate_limit.ts";

export { sleep } from "./sleep.ts";

/** Extra wait after the reset instant, so the retry lands in the new window. */
export const RATE_LIMIT_JITTER_MIN_MS = 100;
/** Random spread on top of the minimum, so parallel clients do not retry in lockstep. */
export const RATE_LIMIT_JITTER_SPREAD_MS = 400;
/** Wait used when a 429 carries no usable `X-Rate-Limit-Reset`. */
export const RATE_LIMIT_FALLBACK_MS = 1000;
/** First back-off for 5xx and network failures; doubles per retry. */
export const BACKOFF_BASE_MS = 250;
/** Upper bound of one back-off. */
export const BACKOFF_MAX_MS = 8000;
/**
 * The longest wait a retry may take. Okta's rate-limit windows last a minute, so a reset
 * further off than an hour is a broken or hostile header: the call gives up at once with
 * the response's error instead of sleeping for days (or, past the timer limit, not at all).
 */
export const MAX_RETRY_WAIT_MS = 60 * 60 * 1000;

/** Whether a computed wait is one worth taking (finite, not negative, within the ceiling). */
export function isWithinRetryCeiling(wait: number): boolean {
  return Number.isFinite(wait) && wait >= 0 && wait <= MAX_RETRY_WAIT_MS;
}

const IDEMPOTENT_METHODS: ReadonlySet<string> = new Set([
  "GET",
  "HEAD",
  "OPTIONS",
  "PUT",
  "DELETE",
]);
const RETRYABLE_STATUSES: ReadonlySet<number> = new Set([500, 502, 503, 504]);

/** Whether repeating the method cannot change the outcome (RFC 9110 §9.2.2). */
export function isIdempotent(method: string): boolean {
  return IDEMPOTENT_METHODS.has(method);
}

/** Whether a 5xx status is worth retrying (for idempotent methods only). */
export function isRetryableServerError(status: number): boolean {
  return RETRYABLE_STATUSES.has(status);
}

/**
 * Milliseconds to wait after a 429: `X-Rate-Limit-Reset` minus the response's `Date` (both
 * server time), plus a little jitter. Falls back to the local clock only when `Date` is
 * missing, and to a fixed wait when `Reset` is.
 */
export function rateLimitDelay(
  headers: Headers,
  localNow: number,
  random: () => number = Math.random,
): number {
  const jitter = RATE_LIMIT_JITTER_MIN_MS + Math.floor(random() * RATE_LIMIT_JITTER_SPREAD_MS);
  const reset = parseResetSeconds(headers.get("x-rate-limit-reset"));
  if (reset === undefined) return RATE_LIMIT_FALLBACK_MS + jitter;
  const dateHeader = headers.get("date");
  const serverNow = dateHeader === null ? NaN : Date.parse(dateHeader);
  const now = Number.isFinite(serverNow) ? serverNow : localNow;
  return Math.max(0, reset * 1000 - now) + jitter;
}

/** Exponential back-off with jitter for the `retry`-th retry (1-based) of a 5xx or network failure. */
export function backoffDelay(retry: number, random: () => number = Math.random): number {
  const ceiling = Math.min(BACKOFF_MAX_MS, BACKOFF_BASE_MS * 2 ** (retry - 1));
  return Math.round(ceiling / 2 + random() * (ceiling / 2));
}
