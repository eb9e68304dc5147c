/**
 * The error raised when authenticating to Okta fails.
 *
 * @module
 */
import { OktaError } from "../core/errors.ts";

/** What went wrong, as the authorization server (or the client) named it. */
export interface OktaAuthErrorOptions {
  /** OAuth error code (`invalid_client`, `expired_token`, `access_denied`, …) or a client-side code. */
  error: string;
  /** Human-readable detail; never holds a credential. */
  errorDescription?: string;
  /** HTTP status of the token-endpoint response, when there was one. */
  status?: number;
  /** The underlying error (a network failure, a key parse error). */
  cause?: unknown;
}

/**
 * Authentication failed: the token endpoint refused, the device grant was denied or expired,
 * a key could not be read, or the token cache is unsafe. `error` is the code to branch on.
 *
 * @example Branch on the OAuth error code
 * ```ts
 * import { OktaAuthError } from "./errors.ts";
 * try {
 *   throw new OktaAuthError({ error: "access_denied", errorDescription: "The user denied it" });
 * } catch (e) {
 *   if (e instanceof OktaAuthError && e.error === "access_denied") console.log("denied");
 * }
 * ```
 */
export class OktaAuthError extends OktaError {
  /** OAuth error code, e.g. `invalid_client`, `expired_token`, `access_denied`. */
  readonly error: string;
  /** The server's (or client's) description of the error. */
  readonly errorDescription: string;
  /** HTTP status of the response that carried the error, if any. */
  readonly status: number | undefined;

  /** Creates the error; the message names the code, the description and a hint. */
  constructor(options: OktaAuthErrorOptions) {
    const description = options.errorDescription ?? "";
    const hint = HINTS[options.error];
    super(
      `Okta authentication failed: ${options.error}${description ? `: ${description}` : ""}` +
        (hint ? ` (${hint})` : ""),
      options.cause === undefined ? undefined : { cause: options.cause },
    );
    this.name = "OktaAuthError";
    this.error = options.error;
    this.errorDescription = description;
    this.status = options.status;
  }

  /** Same as {@link OktaAuthError.error} (the name other oktakit errors use for a code). */
  get code(): string {
    return this.error;
  }

  /** A plain, credential-free object for `JSON.stringify`. */
  override toJSON(): Record<string, unknown> {
    return {
      name: this.name,
      message: this.message,
      error: this.error,
      errorDescription: this.errorDescription,
      status: this.status,
    };
  }
}

const HINTS: Record<string, string> = {
  invalid_client:
    "check the client id, that the app uses private_key_jwt and that its public key (kid) is registered",
  invalid_scope: "grant the requested okta.* scopes to the app in the Admin Console",
  unauthorized_client: "enable the grant type on the app in the Admin Console",
  expired_token: "the device code expired before sign-in finished: run the login again",
  access_denied: "the user denied the sign-in request: run the login again to retry",
  invalid_grant: "the code or refresh token is no longer valid: sign in again",
  invalid_dpop_proof: "the app requires DPoP: set dpop to true or leave it on auto",
  insecure_token_cache: "run chmod 600 on the cache file, or delete it",
};
