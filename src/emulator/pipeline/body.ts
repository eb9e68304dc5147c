/**
 * The request body, only once the caller is known to be allowed: its size and JSON depth are
 * capped (413/400, `body_limits.ts`) before any handler reads it, and a handler reads it as a
 * JSON object (empty → `{}`, malformed or not an object → 400 E0000003).
 *
 * @module
 */
import { limitBody } from "../body_limits.ts";
import { OktaHttpError } from "../errors.ts";
import type { Exchange } from "./context.ts";

/** Replaces the exchange's request with one whose body is within the limits (or throws). */
export async function capBody(exchange: Exchange): Promise<void> {
  exchange.request = await limitBody(exchange.request);
}

/** The JSON object `request` carries (`RequestInfo.body()`). */
export async function readJsonBody(request: Request): Promise<Record<string, unknown>> {
  const text = await request.text();
  if (text.trim() === "") return {};
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    throw new OktaHttpError("E0000003", undefined, {
      causes: ["The request body was not well-formed JSON."],
    });
  }
  if (parsed === null || typeof parsed !== "object" || Array.isArray(parsed)) {
    throw new OktaHttpError("E0000003", undefined, {
      causes: ["The request body must be a JSON object."],
    });
  }
  return parsed as Record<string, unknown>;
}
