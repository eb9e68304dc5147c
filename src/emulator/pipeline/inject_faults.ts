/**
 * Fault injection (`faults` option): the injector draws for each admitted request, before its
 * rate-limit charge; a `reset` rejects the fetch like a dropped connection, `slow` waits first,
 * `rateLimit`/`unavailable` answer 429/503 in place of the handler (after the charge, so the
 * rate-limit headers are still real), and `truncate` cuts the response body short.
 *
 * @module
 */
import { OktaHttpError } from "../errors.ts";
import type { Exchange, Pipeline } from "./context.ts";
import { renderError } from "./render.ts";

/** Thrown to make an in-process fetch reject like a reset connection. */
export class ConnectionResetError extends TypeError {
  /**
   * Creates an instance.
   * @param message description.
   */
  constructor(message = "error sending request: connection reset by peer (injected fault)") {
    super(message);
    this.name = "ConnectionResetError";
  }
}

/**
 * Draws the exchange's fault: throws {@link ConnectionResetError} for `reset`, returns the wait
 * for `slow` (undefined otherwise, so an unfaulted request does not wait a tick).
 */
export function drawFault(pipeline: Pipeline, exchange: Exchange): Promise<void> | undefined {
  const { faults } = pipeline.parts;
  const fault = exchange.fault = faults.draw(
    exchange.method,
    exchange.url.pathname,
    exchange.requestId,
  );
  if (fault === "reset") throw new ConnectionResetError();
  return fault === "slow" ? pipeline.parts.sleep(faults.slowMs) : undefined;
}

/** The 429 or 503 a `rateLimit` or `unavailable` fault answers with, else undefined. */
export function injectedFailure(exchange: Exchange): Response | undefined {
  if (exchange.fault === "rateLimit") {
    exchange.headers["X-Rate-Limit-Remaining"] = "0";
    return renderError(new OktaHttpError("E0000047"), exchange.requestId);
  }
  if (exchange.fault === "unavailable") {
    return renderError(
      new OktaHttpError("E0000009", "Service Unavailable (injected fault)", { status: 503 }),
      exchange.requestId,
    );
  }
  return undefined;
}

/** `body` cut after half its first chunk, then failing like a dropped connection. */
export function truncate(body: ReadableStream<Uint8Array>): ReadableStream<Uint8Array> {
  return new ReadableStream<Uint8Array>({
    async start(controller) {
      const reader = body.getReader();
      const first = await reader.read();
      await reader.cancel();
      if (!first.done && first.value) {
        controller.enqueue(first.value.slice(0, Math.max(1, Math.floor(first.value.length / 2))));
      }
      controller.error(
        new TypeError("error reading a body from connection: truncated (injected fault)"),
      );
    },
  });
}
