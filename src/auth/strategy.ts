/**
 * The contract between the transport and every way of authenticating to Okta.
 *
 * The transport asks a strategy for the headers of each request just before it is sent
 * (after retries are decided, so a renewed token is used on a replay) and tells it about a
 * 401 so it can renew once. Strategies never log and never put a secret in an error.
 *
 * @module
 */

/** What a strategy is told about the request it authorizes. */
export interface AuthRequest {
  /** HTTP method, upper case. */
  method: string;
  /** Absolute URL of the request (always the org's origin). */
  url: URL;
  /**
   * Aborts when the call gives up (its `requestTimeout` budget ran out or its caller aborted).
   * A strategy that has to wait for a token stops waiting then, without cancelling a token
   * request other calls share.
   */
  signal?: AbortSignal;
}

/** A way of authenticating requests to the Okta Management API. */
export interface AuthStrategy {
  /** A short name for debug output: `ssws`, `bearer`, `device`, `private_key_jwt`. */
  readonly kind: string;
  /** Headers to add to the request (`Authorization`, and `DPoP` when the token is DPoP-bound). */
  headers(request: AuthRequest): Promise<Record<string, string>>;
  /**
   * Called when a request got a 401 (or a DPoP nonce challenge). Returns `true` when the
   * strategy renewed its credentials (or learned a nonce) and the request should be replayed
   * once; `false` to surface the error.
   */
  onUnauthorized?(response: Response, request: AuthRequest): Promise<boolean>;
  /** Every secret value the strategy currently holds, so logs and errors can redact them. */
  secrets(): string[];
  /** Revoke the tokens at the org (when the strategy has any) and forget them. */
  revoke?(): Promise<void>;
  /** Forget cached tokens without revoking them. */
  clear?(): Promise<void>;
}
