/**
 * Okta's error rendering: an {@link OktaHttpError} becomes Okta's error body
 * (`errorCode`, `errorSummary`, `errorId`, `errorCauses`) with its status and headers, anything
 * else a logged 500 E0000009, so every failure looks like Okta's on the wire.
 *
 * @module
 */
import { errorBody, OktaHttpError } from "../errors.ts";
import { json } from "../links.ts";

/** Okta's error response for `error`; its `errorId` derives from the request id. */
export function renderError(error: OktaHttpError, requestId: string): Response {
  return json(errorBody(error, "oae" + requestId.slice(0, 22)), error.status, error.headers);
}

/** The response to whatever a handler threw: its own error, or a logged 500 E0000009. */
export function renderFailure(error: unknown, requestId: string): Response {
  const response = renderError(
    error instanceof OktaHttpError
      ? error
      : new OktaHttpError("E0000009", "Internal Server Error", { causes: [] }),
    requestId,
  );
  if (!(error instanceof OktaHttpError)) console.error("emulator: unexpected error", error);
  return response;
}
