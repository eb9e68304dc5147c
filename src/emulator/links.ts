/**
 * Response helpers shared by resources: JSON responses, absolute `_links` hrefs and list
 * responses with `Link` headers.
 *
 * @module
 */
import type { RequestInfo } from "./org.ts";
import { addLinks } from "./paging.ts";

/** An absolute href on the origin the client called. */
export function href(info: Pick<RequestInfo, "origin">, path: string): string {
  return info.origin + path;
}

/** `{ href }` link object. */
export function link(info: Pick<RequestInfo, "origin">, path: string): { href: string } {
  return { href: href(info, path) };
}

/** A JSON response (200 unless told). */
export function json(body: unknown, status = 200, headers?: HeadersInit): Response {
  const h = new Headers(headers);
  h.set("Content-Type", "application/json");
  return new Response(JSON.stringify(body), { status, headers: h });
}

/** A 204 response. */
export function noContent(): Response {
  return new Response(null, { status: 204 });
}

/** A JSON array page with `Link: self` and, when `nextSeq` is set, `Link: next`. */
export function listResponse(info: RequestInfo, items: unknown[], nextSeq?: number): Response {
  const headers = new Headers({ "Content-Type": "application/json" });
  addLinks(headers, info.url, nextSeq);
  return new Response(JSON.stringify(items), { status: 200, headers });
}
