/**
 * Assembles the emulator's request pipeline around a Hono app that holds the resources and the
 * OAuth routes. Each step is one module of `pipeline/`; this file only says their order, which
 * is part of the wire behaviour (a refused request is refused before it costs anything, the
 * path is checked before the caller, the caller before the body).
 *
 * @module
 */
import type { Exchange, Pipeline, PipelineParts } from "./pipeline/context.ts";
import { authenticate } from "./pipeline/authenticate.ts";
import { capBody } from "./pipeline/body.ts";
import { admit } from "./pipeline/concurrency.ts";
import { createRoutes, dispatch } from "./pipeline/dispatch.ts";
import { drawFault, injectedFailure } from "./pipeline/inject_faults.ts";
import { authorize } from "./pipeline/permissions.ts";
import { chargeRateLimit, refuseOverLimit } from "./pipeline/rate_limits.ts";
import { renderFailure } from "./pipeline/render.ts";
import { openExchange } from "./pipeline/request_id.ts";
import { respond } from "./pipeline/respond.ts";
import { operationIndex, route } from "./pipeline/route.ts";
import { inTransaction } from "./pipeline/transaction.ts";

/** Builds the emulator's `fetch` handler. */
export function createPipeline(parts: PipelineParts): (request: Request) => Promise<Response> {
  const pipeline: Pipeline = {
    parts,
    app: createRoutes(parts.org, parts.oauth),
    index: operationIndex(),
    requests: 0,
    concurrencyLoggedAt: 0,
  };
  return async function emulatorFetch(request: Request): Promise<Response> {
    await parts.ready;
    const exchange = openExchange(pipeline, request); // request id, `Date`
    const refused = admit(pipeline, exchange); // concurrency limit
    if (refused) return respond(exchange, refused);
    let response: Response;
    try {
      const wait = drawFault(pipeline, exchange); // `reset` throws, `slow` waits
      if (wait) await wait;
      const allowed = chargeRateLimit(pipeline, exchange); // rate-limit headers
      response = injectedFailure(exchange) ?? // `rateLimit`, `unavailable` faults
        (allowed ? await run(pipeline, exchange) : refuseOverLimit(pipeline, exchange));
    } finally {
      parts.limiter.leave();
    }
    return respond(exchange, response); // exchange headers, `truncate` fault
  };
}

/** The admitted request: the handler in its transaction, whatever it throws rendered. */
async function run(pipeline: Pipeline, exchange: Exchange): Promise<Response> {
  try {
    return await inTransaction(pipeline, exchange, handle); // undo log for writes
  } catch (error) {
    return renderFailure(error, exchange.requestId);
  }
}

/** The checks before the handler, in order, then the handler. */
async function handle(pipeline: Pipeline, exchange: Exchange): Promise<Response> {
  route(pipeline, exchange); // canonical path; 404, 405
  await authenticate(pipeline, exchange); // SSWS, Bearer, DPoP; scopes
  authorize(pipeline, exchange); // admin roles
  await capBody(exchange); // size and depth limits
  return await dispatch(pipeline, exchange); // Hono routes
}
