/**
 * The concurrency limit, checked before anything else costs time: a request over the org's
 * limit of requests in flight is answered 429 E0000047 with the concurrency headers, and the
 * violation goes to the System Log at most once a minute (as Okta logs it). An admitted request
 * must be let go with `limiter.leave()` whatever happens to it.
 *
 * @module
 */
import { OktaHttpError } from "../errors.ts";
import type { Exchange, Pipeline } from "./context.ts";
import { renderError } from "./render.ts";

/** Admits the request (undefined) or answers the 429 that refuses it. */
export function admit(pipeline: Pipeline, exchange: Exchange): Response | undefined {
  const { limiter, org } = pipeline.parts;
  if (limiter.enter()) return undefined;
  Object.assign(exchange.headers, limiter.concurrencyHeaders());
  const response = renderError(new OktaHttpError("E0000047"), exchange.requestId);
  if (!pipeline.concurrencyLoggedAt || org.now() - pipeline.concurrencyLoggedAt >= 60_000) {
    pipeline.concurrencyLoggedAt = org.now();
    org.emit("core.concurrency.org.limit.violation", "Concurrency limit violation", [], undefined, {
      outcome: "DENY",
      severity: "WARN",
    });
  }
  return response;
}
