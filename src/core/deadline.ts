/**
 * The call budget (`requestTimeout`) as an abort signal, shared by the calls that start close
 * together: a timer and an abort signal per call cost more CPU than the rest of a call's
 * bookkeeping.
 *
 * @module
 */

/** The abort reason of a budget that ran out (as opposed to the caller's own abort). */
export class DeadlineReached extends Error {
  /** Creates the marker. */
  constructor() {
    super("The request budget ran out");
    this.name = "DeadlineReached";
  }
}

/** The longest slot: bounds how far past the budget a call may run. */
const MAX_DEADLINE_SLOT_MS = 1000;

interface DeadlineSlot {
  controller: AbortController;
  /** Calls may join the slot until this instant (epoch ms). */
  end: number;
}

/**
 * Hands out deadline signals. Calls started within one short slot (a tenth of the budget, at
 * most 1 s) share one signal and one timer, fired when the last of them has used up its
 * budget: each call gets between 1 and 1.1 budgets.
 */
export class Deadlines {
  #slot: DeadlineSlot | undefined;

  /** The shared deadline signal for a call with `budget` ms that starts at `now` (epoch ms). */
  signal(budget: number, now: number): AbortSignal {
    let slot = this.#slot;
    if (slot === undefined || now >= slot.end) {
      const length = Math.max(1, Math.min(MAX_DEADLINE_SLOT_MS, Math.floor(budget / 10)));
      const controller = new AbortController();
      slot = { controller, end: now + length };
      this.#slot = slot;
      const timer = setTimeout(() => controller.abort(new DeadlineReached()), length + budget);
      // A call in flight keeps the process alive by itself; an idle slot's timer must not.
      try {
        Deno.unrefTimer(timer as unknown as number);
      } catch {
        // Not a runtime timer (a test's fake clock): nothing to unref.
      }
    }
    return slot.controller.signal;
  }
}
