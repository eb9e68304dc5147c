/**
 * The clock the auth code waits and reads time with, so tests can fake it.
 *
 * @module
 */
import { sleep } from "../core/sleep.ts";

/** Time source and waiter used for token expiry and device-grant polling. */
export interface AuthClock {
  /** Current time in epoch milliseconds. */
  now(): number;
  /** Resolves after `ms` milliseconds; rejects with the signal's reason when it aborts. */
  sleep(ms: number, signal?: AbortSignal): Promise<void>;
}

/** The real clock: `Date.now()` and `setTimeout`. */
export const SYSTEM_CLOCK: AuthClock = {
  now(): number {
    return Date.now();
  },
  sleep,
};
