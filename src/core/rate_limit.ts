/**
 * Parsing Okta's `X-Rate-Limit-*` response headers.
 *
 * @module
 */

/** The rate-limit bucket a response was charged to. */
export interface RateLimit {
  /** `X-Rate-Limit-Limit`: the bucket's ceiling per window (0 on a concurrency-limit 429). */
  limit: number;
  /** `X-Rate-Limit-Remaining`: requests left in the current window. */
  remaining: number;
  /** `X-Rate-Limit-Reset`: when the window resets (server time). */
  reset: Date;
}

/**
 * Reads `X-Rate-Limit-Reset` as epoch seconds. Okta has been seen sending the header twice
 * (so `fetch` joins them with a comma): the later value is used, so both windows have reset.
 */
export function parseResetSeconds(value: string | null): number | undefined {
  if (value === null) return undefined;
  let best: number | undefined;
  for (const part of value.split(",")) {
    const n = Number(part.trim());
    if (part.trim() !== "" && Number.isFinite(n) && (best === undefined || n > best)) best = n;
  }
  return best;
}

function firstNumber(value: string | null): number | undefined {
  if (value === null) return undefined;
  const n = Number(value.split(",")[0].trim());
  return Number.isFinite(n) ? n : undefined;
}

/** The response's rate-limit bucket, or `undefined` when the headers are missing. */
export function parseRateLimit(headers: Headers): RateLimit | undefined {
  const reset = parseResetSeconds(headers.get("x-rate-limit-reset"));
  const limit = firstNumber(headers.get("x-rate-limit-limit"));
  const remaining = firstNumber(headers.get("x-rate-limit-remaining"));
  if (reset === undefined || limit === undefined || remaining === undefined) return undefined;
  return { limit, remaining, reset: new Date(reset * 1000) };
}
