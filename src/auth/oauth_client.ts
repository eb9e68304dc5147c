/**
 * Calls to the org authorization server (`/oauth2/v1/token`, `/device/authorize`, `/revoke`):
 * form encoding, client authentication, DPoP with nonce retry, and error bodies → OktaAuthError.
 *
 * @module
 */
import { jose } from "./jose.ts";
import type { AuthClock } from "./clock.ts";
import { DpopSigner } from "./dpop.ts";
import { OktaAuthError } from "./errors.ts";
import { generateDpopKey, type SigningKey } from "./keys.ts";

/** Tokens as held in memory (and in the cache). */
export interface TokenSet {
  /** The access token. */
  accessToken: string;
  /** `Bearer`, or `DPoP` for a DPoP-bound token. */
  tokenType: "Bearer" | "DPoP";
  /** Expiry in epoch milliseconds. */
  expiresAt: number;
  /** When the token was obtained, epoch milliseconds. */
  obtainedAt: number;
  /** Granted scopes. */
  scopes: string[];
  /** Refresh token, when one was issued (`offline_access`). */
  refreshToken?: string;
}

/** The device authorization response. */
export interface DeviceAuthorization {
  /** Code polled at the token endpoint (secret). */
  deviceCode: string;
  /** Code the user types. */
  userCode: string;
  /** Where the user goes. */
  verificationUri: string;
  /** Where the user goes, with the code filled in. */
  verificationUriComplete?: string;
  /** Seconds the codes live. */
  expiresIn: number;
  /** Seconds between polls. */
  interval: number;
}

/** DPoP use: `true` always, `false` never, `"auto"` when the org asks for it. */
export type DpopMode = boolean | "auto";

/** Options of the authorization-server client. */
export interface OAuthClientOptions {
  orgUrl: URL;
  fetch: typeof fetch;
  clock: AuthClock;
  clientId: string;
  /** Signing key for private_key_jwt; a public client (device grant) has none. */
  signingKey?: SigningKey;
  dpop: DpopMode;
  dpopAlgorithm: "RS256" | "ES256";
  signal?: AbortSignal;
}

const ASSERTION_TYPE = "urn:ietf:params:oauth:client-assertion-type:jwt-bearer";
/** Client assertions live five minutes: well under Okta's one-hour limit. */
const ASSERTION_LIFETIME_S = 300;

/** One client of the org authorization server. */
export class OAuthClient {
  #o: OAuthClientOptions;
  #dpop: DpopSigner | undefined;
  #dpopActive: boolean;
  #lastAssertion = "";

  /** Creates the client. */
  constructor(options: OAuthClientOptions) {
    this.#o = options;
    this.#dpopActive = options.dpop === true;
  }

  /** The endpoint URL for a path under `/oauth2/v1`. */
  endpoint(name: "token" | "revoke" | "device/authorize"): string {
    return new URL(`/oauth2/v1/${name}`, this.#o.orgUrl).href;
  }

  /** The DPoP signer, when DPoP is in use. */
  get dpop(): DpopSigner | undefined {
    return this.#dpopActive ? this.#dpop : undefined;
  }

  /** The last client assertion made (kept only so redaction knows it). */
  get lastAssertion(): string {
    return this.#lastAssertion;
  }

  async #signer(): Promise<DpopSigner> {
    this.#dpop ??= new DpopSigner(await generateDpopKey(this.#o.dpopAlgorithm), this.#o.clock);
    return this.#dpop;
  }

  async #clientAuth(endpoint: string): Promise<Record<string, string>> {
    const key = this.#o.signingKey;
    if (!key) return { client_id: this.#o.clientId };
    const now = Math.floor(this.#o.clock.now() / 1000);
    const header = key.kid ? { alg: key.alg, kid: key.kid } : { alg: key.alg };
    const { SignJWT } = await jose();
    const assertion = await new SignJWT({})
      .setProtectedHeader(header)
      .setIssuer(this.#o.clientId)
      .setSubject(this.#o.clientId)
      .setAudience(endpoint)
      .setIssuedAt(now)
      .setExpirationTime(now + ASSERTION_LIFETIME_S)
      .setJti(crypto.randomUUID())
      .sign(key.key);
    this.#lastAssertion = assertion;
    return { client_assertion_type: ASSERTION_TYPE, client_assertion: assertion };
  }

  async #post(
    endpoint: string,
    form: Record<string, string>,
    withDpop: boolean,
  ): Promise<{ response: Response; body: unknown }> {
    const headers: Record<string, string> = {
      "Content-Type": "application/x-www-form-urlencoded",
      Accept: "application/json",
    };
    if (withDpop) {
      const signer = await this.#signer();
      headers.DPoP = await signer.proof({
        method: "POST",
        url: endpoint,
        nonce: signer.nonce("token"),
      });
    }
    this.#o.signal?.throwIfAborted();
    let response: Response;
    try {
      response = await this.#o.fetch(endpoint, {
        method: "POST",
        headers,
        body: new URLSearchParams(form).toString(),
        signal: this.#o.signal,
      });
    } catch (e) {
      if (this.#o.signal?.aborted) throw this.#o.signal.reason;
      throw new OktaAuthError({
        error: "network_error",
        errorDescription: `Cannot reach ${endpoint}: ${e instanceof Error ? e.message : e}`,
        cause: e,
      });
    }
    const text = await response.text();
    let body: unknown = undefined;
    if (text) {
      try {
        body = JSON.parse(text);
      } catch {
        body = undefined;
      }
    }
    return { response, body };
  }

  #error(response: Response, body: unknown, endpoint: string): OktaAuthError {
    const b = (body ?? {}) as Record<string, unknown>;
    if (typeof b.error === "string") {
      return new OktaAuthError({
        error: b.error,
        errorDescription: typeof b.error_description === "string" ? b.error_description : "",
        status: response.status,
      });
    }
    if (typeof b.errorCode === "string") {
      // Okta's own error object, e.g. the 429 E0000047 that /oauth2 shares with the API.
      return new OktaAuthError({
        error: response.status === 429 ? "rate_limited" : b.errorCode,
        errorDescription: `${b.errorCode}: ${
          typeof b.errorSummary === "string" ? b.errorSummary : ""
        }`,
        status: response.status,
      });
    }
    return new OktaAuthError({
      error: "unexpected_response",
      errorDescription: `${endpoint} answered HTTP ${response.status} without an OAuth error body`,
      status: response.status,
    });
  }

  /**
   * POSTs a form to an endpoint with client authentication (and DPoP), retrying once per
   * DPoP nonce challenge and switching DPoP on when the org demands it (auto mode).
   */
  async #call(
    name: "token" | "revoke" | "device/authorize",
    form: Record<string, string>,
  ): Promise<{ response: Response; body: unknown }> {
    const endpoint = this.endpoint(name);
    const dpopCapable = name === "token";
    for (let attempt = 0;; attempt++) {
      const auth = name === "device/authorize"
        ? { client_id: this.#o.clientId }
        : await this.#clientAuth(endpoint);
      const { response, body } = await this.#post(
        endpoint,
        { ...form, ...auth },
        dpopCapable && this.#dpopActive,
      );
      if (response.ok) return { response, body };
      const error = this.#error(response, body, endpoint);
      if (attempt >= 3 || !dpopCapable) throw error;
      const nonce = response.headers.get("DPoP-Nonce");
      if (error.error === "use_dpop_nonce" && this.#dpopActive && nonce) {
        if (!(await this.#signer()).setNonce("token", nonce)) throw error;
        continue;
      }
      if (
        error.error === "invalid_dpop_proof" && !this.#dpopActive && this.#o.dpop === "auto"
      ) {
        this.#dpopActive = true;
        if (nonce) (await this.#signer()).setNonce("token", nonce);
        continue;
      }
      throw error;
    }
  }

  /** Requests tokens at `/oauth2/v1/token` with the given grant form. */
  async token(form: Record<string, string>): Promise<TokenSet> {
    const { body } = await this.#call("token", form);
    const b = (body ?? {}) as Record<string, unknown>;
    const accessToken = b.access_token;
    if (typeof accessToken !== "string" || accessToken === "") {
      throw new OktaAuthError({
        error: "invalid_token_response",
        errorDescription: "The token endpoint answered without an access_token",
      });
    }
    const type = typeof b.token_type === "string" ? b.token_type.toLowerCase() : "bearer";
    if (type === "dpop" && !this.#dpopActive) {
      throw new OktaAuthError({
        error: "invalid_token_response",
        errorDescription: "The token endpoint issued a DPoP token to a request without a proof",
      });
    }
    const now = this.#o.clock.now();
    const expiresIn = typeof b.expires_in === "number" && b.expires_in > 0 ? b.expires_in : 3600;
    const token: TokenSet = {
      accessToken,
      tokenType: type === "dpop" ? "DPoP" : "Bearer",
      expiresAt: now + expiresIn * 1000,
      obtainedAt: now,
      scopes: typeof b.scope === "string" ? b.scope.split(" ").filter(Boolean) : [],
    };
    if (typeof b.refresh_token === "string" && b.refresh_token) {
      token.refreshToken = b.refresh_token;
    }
    return token;
  }

  /** Starts a device authorization (`/oauth2/v1/device/authorize`). */
  async deviceAuthorize(scopes: string[]): Promise<DeviceAuthorization> {
    const { body } = await this.#call("device/authorize", { scope: scopes.join(" ") });
    const b = (body ?? {}) as Record<string, unknown>;
    if (
      typeof b.device_code !== "string" || typeof b.user_code !== "string" ||
      typeof b.verification_uri !== "string"
    ) {
      throw new OktaAuthError({
        error: "invalid_device_response",
        errorDescription:
          "The device authorization response lacks device_code, user_code or verification_uri",
      });
    }
    const out: DeviceAuthorization = {
      deviceCode: b.device_code,
      userCode: b.user_code,
      verificationUri: b.verification_uri,
      expiresIn: typeof b.expires_in === "number" ? b.expires_in : 600,
      interval: typeof b.interval === "number" && b.interval > 0 ? b.interval : 5,
    };
    if (typeof b.verification_uri_complete === "string") {
      out.verificationUriComplete = b.verification_uri_complete;
    }
    return out;
  }

  /** Revokes a token at `/oauth2/v1/revoke`. */
  async revoke(token: string, hint: "access_token" | "refresh_token"): Promise<void> {
    await this.#call("revoke", { token, token_type_hint: hint });
  }
}
