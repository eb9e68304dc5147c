/**
 * Gates: hooks every attempt of the transport passes through (how `okta.bulk()` paces and caps
 * requests).
 *
 * @module
 */

/**
 * Sees every attempt the transport sends: `enter` runs before the attempt and may delay it;
 * `leave` gets the attempt's outcome.
 */
export interface TransportGate {
  /** Before an attempt on `route` (`METHOD path-template`); resolves when it may go, with a ticket. */
  enter(route: string, signal: AbortSignal | undefined): Promise<unknown>;
  /** After the attempt: its status and headers, or `undefined` when no response came. */
  leave(ticket: unknown, response: { status: number; headers: Headers } | undefined): void;
}

/** Passes every gate in order; when one fails, those already entered are left again. */
export async function enterGates(
  gates: readonly TransportGate[],
  route: string,
  signal: AbortSignal | undefined,
): Promise<unknown[]> {
  const tickets: unknown[] = [];
  try {
    for (const gate of gates) tickets.push(await gate.enter(route, signal));
  } catch (e) {
    leaveGates(gates.slice(0, tickets.length), tickets, undefined);
    throw e;
  }
  return tickets;
}

/** Leaves the gates entered with `tickets`, telling each the outcome. */
export function leaveGates(
  gates: readonly TransportGate[],
  tickets: unknown[],
  response: { status: number; headers: Headers } | undefined,
): void {
  for (let i = 0; i < tickets.length; i++) gates[i].leave(tickets[i], response);
}
