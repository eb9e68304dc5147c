/**
 * Okta error objects: the one way the emulator reports a failure on the Management API.
 *
 * Handlers throw an {@link OktaHttpError}; the pipeline renders it as
 * `{errorCode, errorSummary, errorLink, errorId, errorCauses}` with the right status.
 *
 * @module
 */

/** One item of `errorCauses`. */
export interface ErrorCause {
  /** Human-readable detail, e.g. `login: An object with this field already exists…`. */
  errorSummary: string;
}

/** The wire shape of an Okta error. */
export interface OktaErrorBody {
  /** Stable code for program logic (`E0000007`). */
  errorCode: string;
  /** Human-readable summary. */
  errorSummary: string;
  /** Copy of the code, as Okta sends it. */
  errorLink: string;
  /** Identifier of this occurrence (`oae…`). */
  errorId: string;
  /** Details, possibly empty. */
  errorCauses: ErrorCause[];
}

/** Default status and summary per error code. */
export const ERROR_CATALOG: Readonly<Record<string, readonly [number, string]>> = {
  E0000001: [400, "Api validation failed"],
  E0000002: [400, "The request was not valid"],
  E0000003: [400, "The request body was not well-formed."],
  E0000005: [403, "Invalid session"],
  E0000006: [403, "You do not have permission to perform the requested action"],
  E0000007: [404, "Not found"],
  E0000008: [404, "The requested path was not found"],
  E0000009: [500, "Internal Server Error"],
  E0000010: [503, "Service is in read only mode"],
  E0000011: [401, "Invalid token provided"],
  E0000016: [403, "Activation failed because the user is already active"],
  E0000021: [400, "Bad request. Accept and/or Content-Type headers are likely not set."],
  E0000022: [405, "The endpoint does not support the provided HTTP method"],
  E0000028: [400, "The request is missing a required parameter."],
  E0000029: [400, "Invalid paging request."],
  E0000030: [
    400,
    "Bad request. Invalid date. Dates must be of the form yyyy-MM-dd'T'HH:mm:ss.SSSZZ",
  ],
  E0000031: [400, "Invalid search criteria."],
  E0000038: [403, "This operation is not allowed in the user's current status."],
  E0000047: [429, "API call exceeded rate limit due to too many requests."],
  E0000053: [400, "Invalid filter parameter."],
  E0000054: [400, "Invalid pagination properties."],
  E0000056: [403, "Delete application forbidden."],
  E0000124: [
    400,
    "Could not create user. To create a user and expire their password immediately, a password must be specified",
  ],
  E0000125: [
    400,
    "Could not create user. To create a user and expire their password immediately, `activate` must be true",
  ],
};

/** A failure a handler raises; rendered as an Okta error object. */
export class OktaHttpError extends Error {
  /** HTTP status. */
  readonly status: number;
  /** Okta error code. */
  readonly code: string;
  /** `errorCauses` summaries. */
  readonly causes: string[];
  /** Extra response headers (e.g. `WWW-Authenticate`, `Allow`). */
  readonly headers: Record<string, string>;

  /**
   * @param code Okta error code; its catalogue entry gives the default status and summary.
   * @param summary Overrides the catalogue summary.
   * @param options Causes, status and extra headers.
   */
  constructor(
    code: string,
    summary?: string,
    options: { causes?: string[]; status?: number; headers?: Record<string, string> } = {},
  ) {
    const entry = ERROR_CATALOG[code];
    super(summary ?? entry?.[1] ?? "Error");
    this.name = "OktaHttpError";
    this.code = code;
    this.status = options.status ?? entry?.[0] ?? 400;
    this.causes = options.causes ?? [];
    this.headers = options.headers ?? {};
  }
}

/** `404 E0000007 Not found: Resource not found: {id} ({type})`. */
export function notFound(id: string, type: string): OktaHttpError {
  return new OktaHttpError("E0000007", `Not found: Resource not found: ${id} (${type})`);
}

/** `400 E0000001 Api validation failed: {field}` with one cause. */
export function validation(field: string, cause: string): OktaHttpError {
  return new OktaHttpError("E0000001", `Api validation failed: ${field}`, {
    causes: [`${field}: ${cause}`],
  });
}

/** Builds the error body for an error. */
export function errorBody(error: OktaHttpError, errorId: string): OktaErrorBody {
  return {
    errorCode: error.code,
    errorSummary: error.message,
    errorLink: error.code,
    errorId,
    errorCauses: error.causes.map((errorSummary) => ({ errorSummary })),
  };
}
