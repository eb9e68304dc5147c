/**
 * The wire conventions every endpoint of the emulator's authorization servers shares: the
 * form-encoded request body, the OAuth error thrown by handlers ({@link OAuthFailure}) and the
 * JSON error response it becomes ({@link fail}). Kept apart so each endpoint module answers
 * errors byte-for-byte the same way.
 *
 * @module
 */
import type { Context } from "npm:hono@^4.13.19";
import { base64url } from "npm:jose@^6.2.18";

/** The device grant's `grant_type`. */
export const DEVICE_GRANT = "urn:ietf:params:oauth:grant-type:device_code";

/** An OAuth error a handler throws; {@link fail} turns it into the response. */
export class OAuthFailure extends Error {
  /** The HTTP status, the OAuth `error`, its `error_description` and extra headers. */
  constructor(
    readonly status: number,
    readonly error: string,
    readonly description: string,
    readonly headers: Record<string, string> = {},
  ) {
    super(description);
  }
}

/** A random base64url string of `bytes` random bytes (tokens, nonces). */
export function randomToken(bytes = 32): string {
  return base64url.encode(crypto.getRandomValues(new Uint8Array(bytes)));
}

/** The request's form body; anything but `application/x-www-form-urlencoded` is refused. */
export async function form(c: Context): Promise<Record<string, string>> {
  const type = c.req.header("Content-Type") ?? "";
  if (!type.includes("application/x-www-form-urlencoded")) {
    throw new OAuthFailure(
      400,
      "invalid_request",
      "The request must use Content-Type application/x-www-form-urlencoded.",
    );
  }
  const params = new URLSearchParams(await c.req.text());
  const out: Record<string, string> = {};
  for (const [k, v] of params) out[k] = v;
  return out;
}

/** The JSON error response for an {@link OAuthFailure}; anything else is rethrown. */
export function fail(c: Context, e: unknown): Response {
  if (!(e instanceof OAuthFailure)) throw e;
  return c.json(
    { error: e.error, error_description: e.description },
    e.status as 400,
    { "Cache-Control": "no-store", Pragma: "no-cache", ...e.headers },
  );
}
