/**
 * Typed errors from what came back (or did not): {@linkcode OktaApiError} from a response
 * with status ≥ 400, {@linkcode OktaNetworkError} from a failure without a response. Both are
 * built redacted, with a token-free URL, and never hold the Request (it carries the
 * Authorization header).
 *
 * @module
 */
import {
  OktaApiError,
  type OktaErrorCause,
  OktaNetworkError,
  type OktaRequestErrorInit,
} from "./errors.ts";
import { parseRateLimit } from "./rate_limit.ts";
import { redact, redactHeaders } from "./redact.ts";

const MAX_ERROR_TEXT = 2000;

/** The request an error is about, as shown to users. */
export interface FailedRequest {
  /** HTTP method. */
  method: string;
  /** The URL, already redacted. */
  url: string;
  /** The operationId, when known. */
  operationId?: string;
}

/** Whether `error` is a failure to reach the server or read its answer (retried when idempotent). */
export function isNetworkFailure(error: unknown): boolean {
  return error instanceof Error &&
    (error.name === "NetworkError" ||
      (error.name === "TypeError" &&
        /fetch failed|error sending request|network|connection/i.test(error.message)));
}

function normalizeCauses(value: unknown): OktaErrorCause[] {
  const list = Array.isArray(value) ? value : value && typeof value === "object" ? [value] : [];
  return list.map((item) => {
    if (item && typeof item === "object") {
      const record = item as Record<string, unknown>;
      return { ...record, errorSummary: String(record.errorSummary ?? "") };
    }
    return { errorSummary: String(item) };
  });
}

/**
 * The {@linkcode OktaApiError} for a response with status ≥ 400. `bodyText` is the body when
 * it was already read; otherwise it is read here (a body that cannot be read leaves the
 * status to tell what happened).
 */
export async function apiError(
  request: FailedRequest,
  response: Response,
  requestId: string | undefined,
  bodyText: string | undefined,
  secrets: string[],
): Promise<OktaApiError> {
  let text = "";
  try {
    text = redact(bodyText ?? await response.text(), secrets);
  } catch {
    // The body could not be read; the status still tells what happened.
  }
  let body: unknown = text;
  let errorCode: string | undefined;
  let errorSummary = "";
  let errorLink: string | undefined;
  let errorId: string | undefined;
  let errorCauses: OktaErrorCause[] = [];
  if (text !== "") {
    try {
      body = JSON.parse(text);
    } catch {
      body = text;
    }
  }
  if (body !== null && typeof body === "object" && !Array.isArray(body)) {
    const b = body as Record<string, unknown>;
    const str = (v: unknown) => (typeof v === "string" && v !== "" ? v : undefined);
    errorCode = str(b.errorCode) ?? str(b.error);
    errorSummary = str(b.errorSummary) ?? str(b.error_description) ?? str(b.message) ?? "";
    errorLink = str(b.errorLink);
    errorId = str(b.errorId);
    errorCauses = normalizeCauses(b.errorCauses);
  } else if (typeof body === "string" && body !== "") {
    errorSummary = body.length > MAX_ERROR_TEXT ? `${body.slice(0, MAX_ERROR_TEXT)}…` : body;
  }
  if (errorSummary === "") errorSummary = response.statusText || `HTTP ${response.status}`;
  return new OktaApiError({
    status: response.status,
    errorCode,
    errorSummary,
    errorLink,
    errorId,
    errorCauses,
    // Servers can echo credentials in headers too.
    headers: new Headers(redactHeaders(response.headers, secrets)),
    requestId,
    method: request.method,
    url: request.url,
    body,
    rateLimit: parseRateLimit(response.headers),
    operationId: request.operationId,
  });
}

/**
 * The {@linkcode OktaNetworkError} for a failure without a (complete) response. ky's
 * `NetworkError` and fetch's `fetch failed` wrap the runtime's error: its message is the one
 * worth showing.
 */
export function networkError(
  request: FailedRequest,
  error: unknown,
  secrets: string[],
  requestId?: string,
): OktaNetworkError {
  const raw = error instanceof Error && error.cause instanceof Error &&
      (error.name === "NetworkError" || error.message === "fetch failed")
    ? error.cause
    : error;
  const message = raw instanceof Error
    ? redact(raw.message, secrets)
    : redact(String(raw), secrets);
  // A fresh error: the original may hold the Request, and with it the Authorization header.
  const cause = new Error(message);
  cause.name = raw instanceof Error ? raw.name : "Error";
  const init: OktaRequestErrorInit & { requestId?: string } = {
    method: request.method,
    url: request.url,
    cause,
    requestId,
  };
  return new OktaNetworkError(
    `${request.method} ${request.url} failed without a response: ${message}`,
    init,
  );
}
