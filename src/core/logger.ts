/**
 * The debug log (`debug: true` or `OKTA_DEBUG=1`): one line per attempt and per retry wait,
 * every line redacted before it leaves the client.
 *
 * @module
 */
import { redact } from "./redact.ts";

/** Where debug lines go. `console` fits (lines go to `console.debug`). */
export interface OktaLogger {
  /** Receives one already-redacted line. */
  debug(message: string): void;
}

/** The default logger: writes each line to stderr. */
export const STDERR_LOGGER: OktaLogger = {
  debug(message: string): void {
    console.error(message);
  },
};

/** A debug log that redacts every line with the client's current secrets. */
export class DebugLog {
  #logger: OktaLogger | undefined;
  #secrets: () => Iterable<string>;

  /** A log writing to `logger`, or a disabled one when `logger` is undefined. */
  constructor(logger: OktaLogger | undefined, secrets: () => Iterable<string>) {
    this.#logger = logger;
    this.#secrets = secrets;
  }

  /** Whether lines are written (callers skip building them otherwise). */
  get enabled(): boolean {
    return this.#logger !== undefined;
  }

  /** Writes one line, prefixed with `oktakit` and redacted. */
  log(message: string): void {
    if (this.#logger === undefined) return;
    try {
      this.#logger.debug(redact(`oktakit ${message}`, this.#secrets()));
    } catch {
      // A failing logger must not fail the request.
    }
  }
}
