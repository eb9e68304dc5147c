/**
 * Cursor pagination: opaque `after` cursors, `limit` defaults and caps, and the `Link` header
 * (one header line per relation, absolute URLs that keep the original query).
 *
 * @module
 */
import { OktaHttpError } from "./errors.ts";

/** Per-endpoint paging defaults. */
export interface LimitRule {
  /** Used when `limit` is absent or not positive. */
  default: number;
  /** Larger values are capped to this silently. */
  max: number;
}

/** Encodes a position (a `seq`) as an opaque, checksummed cursor. */
export function encodeCursor(seq: number): string {
  const body = seq.toString(36);
  return body + "_" + ((seq * 31 + 7) % 1291).toString(36);
}

/** Decodes a cursor; a malformed or tampered one is 400 E0000029. */
export function decodeCursor(cursor: string): number {
  const match = /^([0-9a-z]{1,11})_([0-9a-z]{1,2})$/.exec(cursor);
  if (match) {
    const seq = parseInt(match[1], 36);
    if (Number.isSafeInteger(seq) && encodeCursor(seq) === cursor) return seq;
  }
  throw new OktaHttpError("E0000029", "Invalid paging request.", {
    causes: ["after: the cursor is not one this server issued; follow the Link header's next URL."],
  });
}

/** Reads `limit` with the endpoint's default and cap; a non-number is 400 E0000029. */
export function readLimit(params: URLSearchParams, rule: LimitRule): number {
  const raw = params.get("limit");
  if (raw === null || raw === "") return rule.default;
  if (!/^-?\d+$/.test(raw.trim())) {
    throw new OktaHttpError("E0000029", "Invalid paging request.", {
      causes: ["limit: must be an integer."],
    });
  }
  const n = Number(raw.trim());
  if (n <= 0) return rule.default;
  return Math.min(n, rule.max);
}

/** Reads `after` as a seq (undefined when absent). */
export function readAfter(params: URLSearchParams): number | undefined {
  const raw = params.get("after");
  if (raw === null || raw === "") return undefined;
  return decodeCursor(raw);
}

/** Appends `Link` header lines: `self` always, `next` when `nextSeq` is given. */
export function addLinks(headers: Headers, url: URL, nextSeq: number | undefined): void {
  headers.append("Link", `<${url.href}>; rel="self"`);
  if (nextSeq !== undefined) {
    const next = new URL(url.href);
    next.searchParams.set("after", encodeCursor(nextSeq));
    headers.append("Link", `<${next.href}>; rel="next"`);
  }
}
