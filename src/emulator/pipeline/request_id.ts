/**
 * The first step: give the request its `X-Okta-Request-Id` and the org's `Date`, which every
 * response carries (refusals and errors too), so a log line can always be matched to a request.
 *
 * @module
 */
import type { Exchange, Pipeline } from "./context.ts";

/** Starts the {@link Exchange} of `request`: a new request id and the response's base headers. */
export function openExchange(pipeline: Pipeline, request: Request): Exchange {
  const requestId = `emu${(++pipeline.requests).toString(36)}${
    crypto.randomUUID().replaceAll("-", "")
  }`
    .slice(0, 24);
  return {
    request,
    url: new URL(request.url),
    method: request.method.toUpperCase(),
    requestId,
    headers: {
      "X-Okta-Request-Id": requestId,
      Date: new Date(pipeline.parts.org.now()).toUTCString(),
    },
    fault: undefined,
    operation: undefined,
    caller: undefined,
  };
}
