/**
 * Path and method check, before authentication: the path is made canonical (Okta ignores empty
 * segments and a trailing slash) and matched against the generated operation table, so an
 * unknown path is 404 E0000008 and a known path with another method 405 E0000022 with `Allow`,
 * for any caller. The OAuth endpoints pass without a table row.
 *
 * @module
 */
import { OktaHttpError } from "../errors.ts";
import { isOAuthPath } from "../oauth/mod.ts";
import { OperationIndex } from "../operations.ts";
import type { Exchange, Pipeline } from "./context.ts";

let sharedIndex: OperationIndex | undefined;

/** The operation index, built once per process (it only reads the generated table). */
export function operationIndex(): OperationIndex {
  return sharedIndex ??= new OperationIndex();
}

/** Routes the canonical path: sets the exchange's operation, or throws the 404/405. */
export function route(pipeline: Pipeline, exchange: Exchange): void {
  let url = exchange.url;
  const canonical = "/" + url.pathname.split("/").filter((s) => s !== "").join("/");
  if (canonical !== url.pathname) {
    url = exchange.url = new URL(canonical + url.search, url.origin);
    exchange.request = new Request(url, exchange.request);
  }
  const path = url.pathname;
  const match = pipeline.index.match(exchange.method, path);
  if (!match.operation && !isOAuthPath(path)) {
    if (match.methods.length > 0) {
      throw new OktaHttpError("E0000022", undefined, {
        headers: { Allow: match.methods.join(", ") },
      });
    }
    throw new OktaHttpError("E0000008", undefined, { causes: [`${exchange.method} ${path}`] });
  }
  exchange.operation = match.operation;
}
