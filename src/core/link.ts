/**
 * Finding the next page: `Link` headers (separate lines, which `fetch` joins with commas, or
 * one comma-joined line) and `_links.next.href` in the body (the `/api/v1/iam/*` lists).
 *
 * @module
 */

const LINK_REGEXP = /<([^>]*)>([^<]*)/g;
const REL_REGEXP = /;\s*rel\s*=\s*(?:"([^"]*)"|([^\s;,]+))/i;

/** The `rel="next"` URL of a `Link` header value, or `undefined`. */
export function parseNextLink(header: string | null): string | undefined {
  if (!header || !header.includes("next")) return undefined;
  for (const match of header.matchAll(LINK_REGEXP)) {
    const rel = REL_REGEXP.exec(match[2]);
    const value = rel?.[1] ?? rel?.[2];
    if (value && value.toLowerCase().split(/\s+/).includes("next")) return match[1].trim();
  }
  return undefined;
}

/** `_links.next.href` of a response body, or `undefined`. */
export function nextFromBody(body: unknown): string | undefined {
  if (body === null || typeof body !== "object" || Array.isArray(body)) return undefined;
  const links = (body as { _links?: unknown })._links;
  if (links === null || typeof links !== "object") return undefined;
  const next = (links as { next?: unknown }).next;
  if (next === null || typeof next !== "object") return undefined;
  const href = (next as { href?: unknown }).href;
  return typeof href === "string" && href !== "" ? href : undefined;
}
