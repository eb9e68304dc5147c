/**
 * Request body limits: a JSON body larger than {@link MAX_BODY_BYTES} is refused with 413, and
 * one nested deeper than {@link MAX_JSON_DEPTH} with 400 E0000003, before it is parsed, so no
 * body can exhaust the emulator's memory or stack (or be stored and then fail to serialize).
 *
 * @module
 */
import { OktaHttpError } from "./errors.ts";

/** Largest request body read, in bytes (1 MiB). */
export const MAX_BODY_BYTES = 1024 * 1024;

/** Deepest nesting of objects and arrays in a JSON body. */
export const MAX_JSON_DEPTH = 64;

function tooLarge(): OktaHttpError {
  return new OktaHttpError("E0000003", "The request body was too large.", {
    status: 413,
    causes: [`The emulator reads request bodies of at most ${MAX_BODY_BYTES} bytes.`],
  });
}

/** Reads a request body as text, refusing more than {@link MAX_BODY_BYTES}. */
export async function readCappedText(request: Request): Promise<string> {
  const declared = Number(request.headers.get("Content-Length") ?? "0");
  if (declared > MAX_BODY_BYTES) {
    await request.body?.cancel();
    throw tooLarge();
  }
  if (!request.body) return "";
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.length;
    if (size > MAX_BODY_BYTES) {
      await reader.cancel();
      throw tooLarge();
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(size);
  let at = 0;
  for (const c of chunks) {
    bytes.set(c, at);
    at += c.length;
  }
  return new TextDecoder().decode(bytes);
}

/** The deepest object/array nesting of a JSON text (strings skipped; no recursion). */
export function jsonDepth(text: string): number {
  let depth = 0;
  let max = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    if (inString) {
      if (ch === 92) i++; // backslash: skip the escaped character
      else if (ch === 34) inString = false;
    } else if (ch === 34) inString = true;
    else if (ch === 123 || ch === 91) max = Math.max(max, ++depth);
    else if (ch === 125 || ch === 93) depth--;
  }
  return max;
}

/** Refuses a JSON text nested deeper than {@link MAX_JSON_DEPTH} with 400 E0000003. */
export function checkJsonDepth(text: string): void {
  if (jsonDepth(text) > MAX_JSON_DEPTH) {
    throw new OktaHttpError("E0000003", undefined, {
      causes: [`The request body nests objects and arrays deeper than ${MAX_JSON_DEPTH} levels.`],
    });
  }
}

/**
 * The request with its body read under the limits (size always; depth unless it is a form), so
 * every route, the long tail and the OAuth endpoints see only bodies within them.
 */
export async function limitBody(request: Request): Promise<Request> {
  if (request.body === null) return request;
  const text = await readCappedText(request);
  const type = request.headers.get("Content-Type") ?? "";
  if (!type.includes("application/x-www-form-urlencoded")) checkJsonDepth(text);
  return new Request(request, { body: text });
}
