/**
 * Finding the next page: `Link` headers (separate lines, which `fetch` joins with commas, or
 * one comma-joined line) and `_links.next.href` in the body (the `/api/v1/iam/*` lists).
 *
 * @module
 */

const LINK_REGEXP = /<([^>]*)>([^<]*)/g;
// One `; name=value` parameter at a time, quoted strings (with escapes) taken whole, so a
// `;rel=` inside another parameter's quoted value is never mistaken for the relation.
const PARAM_REGEXP = /\s*;\s*([^\s=;,"]+)\s*(?:=\s*(?:"((?:[^"\\]|\\.)*)"|([^\s;,"]*)))?/y;

/** The first `rel` parameter of a link's parameter text. */
function relOf(params: string): string | undefined {
  PARAM_REGEXP.lastIndex = 0;
  for (let m = PARAM_REGEXP.exec(params); m !== null; m = PARAM_REGEXP.exec(params)) {
    if (m[1].toLowerCase() === "rel") return (m[2] ?? m[3] ?? "").replace(/\\(.)/g, "$1");
  }
  return undefined;
}

/** The `rel="next"` URL of a `Link` header value, or `undefined`. */
export function parseNextLink(header: string | null): string | undefined {
  if (!header || !/next/i.test(header)) return undefined;
  for (const match of header.matchAll(LINK_REGEXP)) {
    const value = relOf(match[2]);
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
