/**
 * The rate limits: every admitted request is charged to its endpoint's bucket (even one a fault
 * then answers), its response carries the bucket's `X-Rate-Limit-*` headers, and one over the
 * limit is answered 429 E0000047 and logged to the System Log.
 *
 * @module
 */
import { OktaHttpError } from "../errors.ts";
import type { Exchange, Pipeline } from "./context.ts";
import { renderError } from "./render.ts";

/** Charges the request to its bucket and sets the rate-limit headers; false: over the limit. */
export function chargeRateLimit(pipeline: Pipeline, exchange: Exchange): boolean {
  const decision = pipeline.parts.limiter.charge(exchange.method, exchange.url.pathname);
  Object.assign(exchange.headers, decision.headers);
  return decision.allowed;
}

/** The 429 answering a request over its rate limit, logged as a violation. */
export function refuseOverLimit(pipeline: Pipeline, exchange: Exchange): Response {
  const response = renderError(new OktaHttpError("E0000047"), exchange.requestId);
  pipeline.parts.org.emit(
    "system.org.rate_limit.violation",
    "Rate limit violation",
    [],
    undefined,
    { outcome: "DENY", severity: "WARN" },
  );
  return response;
}
