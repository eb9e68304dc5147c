/**
 * The last step: set the exchange's headers (request id, `Date`, rate limits) on whatever
 * response the request got, refusals and errors included, and apply a `truncate` fault.
 *
 * @module
 */
import type { Exchange } from "./context.ts";
import { truncate } from "./inject_faults.ts";

/** `response` with the exchange's headers set (and its body cut short by a `truncate` fault). */
export function respond(exchange: Exchange, response: Response): Response {
  const out = new Headers(response.headers);
  for (const [k, v] of Object.entries(exchange.headers)) out.set(k, v);
  if (exchange.fault === "truncate" && response.body) {
    out.delete("Content-Length");
    return new Response(truncate(response.body), { status: response.status, headers: out });
  }
  return new Response(response.body, { status: response.status, headers: out });
}
