/**
 * Token lifecycle: expiry tracking, renewal shortly before expiry, and single flight (any
 * number of concurrent callers share one token request).
 *
 * @module
 */
import type { AuthClock } from "./clock.ts";
import type { TokenSet } from "./oauth_client.ts";

/** Holds one token set and renews it through `acquire`. */
export class TokenManager {
  #acquire: (current: TokenSet | undefined) => Promise<TokenSet>;
  #clock: AuthClock;
  #renewBeforeMs: number;
  #token: TokenSet | undefined;
  #inflight: Promise<TokenSet> | undefined;
  #generation = 0;

  /** `acquire` gets the current (stale) token set, if any, so it can refresh it. */
  constructor(
    acquire: (current: TokenSet | undefined) => Promise<TokenSet>,
    clock: AuthClock,
    renewBeforeMs: number,
  ) {
    this.#acquire = acquire;
    this.#clock = clock;
    this.#renewBeforeMs = renewBeforeMs;
  }

  /** The token held now, fresh or not. */
  get current(): TokenSet | undefined {
    return this.#token;
  }

  /** Whether a token is held and not due for renewal. */
  isFresh(token: TokenSet | undefined = this.#token): boolean {
    if (!token) return false;
    // Renew a little before expiry; for short-lived tokens at most half their lifetime early.
    const margin = Math.min(this.#renewBeforeMs, (token.expiresAt - token.obtainedAt) / 2);
    return this.#clock.now() < token.expiresAt - margin;
  }

  /** A fresh token, renewing (once, for all concurrent callers) when needed. */
  get(): Promise<TokenSet> {
    if (this.#token && this.isFresh()) return Promise.resolve(this.#token);
    return this.renew();
  }

  /** Renews now; concurrent calls share one request. */
  renew(): Promise<TokenSet> {
    if (this.#inflight) return this.#inflight;
    const generation = this.#generation;
    const run = (async () => {
      try {
        const token = await this.#acquire(this.#token);
        if (generation === this.#generation) this.#token = token;
        return token;
      } finally {
        this.#inflight = undefined;
      }
    })();
    this.#inflight = run;
    return run;
  }

  /** Installs a token (from a cache or a login). */
  set(token: TokenSet): void {
    this.#token = token;
  }

  /** Marks the held access token as unusable, keeping its refresh token. */
  expire(): void {
    if (this.#token) this.#token = { ...this.#token, expiresAt: this.#token.obtainedAt };
  }

  /** Forgets the token; a renewal in flight will not install its result. */
  clear(): void {
    this.#generation++;
    this.#token = undefined;
    this.#inflight = undefined;
  }
}
