/**
 * The routes and the hand-off to them: one Hono app holds the OAuth routes and every resource
 * (an operation in the table with no route is 501 E0000009), and each request reaches it with
 * its `RequestInfo` (`c.env`: url, form query, actor, body reader…). A handler's error is
 * rendered as Okta's, after marking the undo log failed, since the handler may have changed the
 * store before it threw.
 *
 * @module
 */
import { Hono } from "../hono.ts";
import { OktaHttpError } from "../errors.ts";
import type { EmulatorEnv, Org } from "../org.ts";
import type { OAuthServer } from "../oauth/mod.ts";
import { formQuery } from "../query.ts";
import { RESOURCES } from "../resources/mod.ts";
import { markFailed } from "../undo.ts";
import { readJsonBody } from "./body.ts";
import type { Exchange, Pipeline } from "./context.ts";
import { renderError } from "./render.ts";

/** The Hono app of `org`'s resources and `oauth`'s routes. */
export function createRoutes(org: Org, oauth: OAuthServer): Hono<EmulatorEnv> {
  const app = new Hono<EmulatorEnv>();
  app.route("/", oauth.app as unknown as Hono<EmulatorEnv>);
  for (const resource of RESOURCES) resource.register(app, org);
  app.notFound((c) => {
    throw new OktaHttpError("E0000009", "The emulator does not implement this operation yet.", {
      status: 501,
      causes: [`${c.req.method} ${new URL(c.req.url).pathname}`],
    });
  });
  app.onError((error, c) => {
    markFailed(); // a handler that threw may have changed the store already: undo it
    if (error instanceof OktaHttpError) return renderError(error, c.env.requestId);
    console.error("emulator: unexpected error", error);
    return renderError(new OktaHttpError("E0000009"), c.env.requestId);
  });
  return app;
}

/** Runs the exchange's request through the routes. */
export async function dispatch(pipeline: Pipeline, exchange: Exchange): Promise<Response> {
  const { request, url } = exchange;
  return await pipeline.app.fetch(request, {
    url,
    query: formQuery(url),
    headers: request.headers,
    operation: exchange.operation,
    requestId: exchange.requestId,
    origin: url.origin,
    actor: exchange.caller?.actor ??
      { id: "anonymous", type: "Anonymous", alternateId: "anonymous", displayName: "Anonymous" },
    body: () => readJsonBody(request),
  });
}
