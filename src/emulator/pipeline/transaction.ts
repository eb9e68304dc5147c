/**
 * The undo-log transaction around the handler: a write (any method but GET, HEAD, OPTIONS) that
 * throws, or answers 5xx, leaves the org as it was (`undo.ts`); reads run without a log.
 *
 * @module
 */
import { transact } from "../undo.ts";
import type { Exchange, Pipeline } from "./context.ts";

/** Methods that never change the org (they run without an undo log). */
const READS = new Set(["GET", "HEAD", "OPTIONS"]);

/** Runs `handle` for the exchange, inside an undo log when it is a write. */
export function inTransaction(
  pipeline: Pipeline,
  exchange: Exchange,
  handle: (pipeline: Pipeline, exchange: Exchange) => Promise<Response>,
): Promise<Response> {
  return READS.has(exchange.method)
    ? handle(pipeline, exchange)
    : transact(() => handle(pipeline, exchange), (r) => r.status >= 500);
}
