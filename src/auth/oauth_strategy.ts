/**
 * The OAuth strategies: a service app (client credentials + private_key_jwt, DPoP when the org
 * demands it) and a native app with the device grant (refresh tokens, optional cache).
 *
 * @module
 */
import type { AuthClock } from "./clock.ts";
import { type DeviceCodeHandler, runDeviceFlow } from "./device.ts";
import { type DpopMode, OAuthClient, type TokenSet } from "./oauth_client.ts";
import { OktaAuthError } from "./errors.ts";
import type { SigningKey } from "./keys.ts";
import type { AuthRequest, AuthStrategy } from "./strategy.ts";
import { type TokenCache, tokenCacheKey } from "./cache.ts";
import { TokenManager } from "./token_manager.ts";

/** Everything an OAuth strategy needs, resolved. */
export interface OAuthStrategyConfig {
  kind: "private_key_jwt" | "device";
  orgUrl: URL;
  fetch: typeof fetch;
  clock: AuthClock;
  clientId: string;
  scopes: string[];
  /** Resolves the client's signing key (private_key_jwt only), loaded on first use. */
  signingKey?: () => Promise<SigningKey>;
  dpop: DpopMode;
  dpopAlgorithm?: "RS256" | "ES256";
  renewBeforeMs: number;
  onDeviceCode: DeviceCodeHandler;
  openBrowser: boolean;
  signal?: AbortSignal;
  cache?: TokenCache;
  /** Secrets from the settings (the key material) to redact. */
  staticSecrets: string[];
}

const MAX_REMEMBERED_SECRETS = 32;

/**
 * `shared`, or the signal's reason as soon as `signal` aborts. Only this caller stops waiting:
 * `shared` (a single-flight token request) goes on for everyone else, and is marked handled
 * so its later failure is no unhandled rejection.
 */
function untilAborted<T>(shared: Promise<T>, signal: AbortSignal | undefined): Promise<T> {
  if (signal === undefined) return shared;
  if (signal.aborted) {
    shared.catch(() => {});
    return Promise.reject(signal.reason);
  }
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(signal.reason);
    signal.addEventListener("abort", onAbort, { once: true });
    shared.then(resolve, reject).finally(() => signal.removeEventListener("abort", onAbort));
  });
}

/** A description of the current token, without the token. */
export interface AuthSession {
  /** Granted scopes. */
  scopes: string[];
  /** When the access token expires. */
  expiresAt: Date;
  /** `Bearer` or `DPoP`. */
  tokenType: "Bearer" | "DPoP";
  /** Whether a refresh token is held. */
  refreshable: boolean;
}

/** A strategy that gets, renews and revokes OAuth access tokens. */
export class OAuthStrategy implements AuthStrategy {
  /** `private_key_jwt` or `device`. */
  readonly kind: string;
  #c: OAuthStrategyConfig;
  #client: Promise<OAuthClient> | undefined;
  #resolved: OAuthClient | undefined;
  #tokens: TokenManager;
  #used = new WeakMap<AuthRequest, string>();
  #cacheChecked = false;
  #secrets = new Set<string>();

  /** Creates the strategy; nothing is fetched until the first request. */
  constructor(config: OAuthStrategyConfig) {
    this.kind = config.kind;
    this.#c = config;
    this.#tokens = new TokenManager((t) => this.#acquire(t), config.clock, config.renewBeforeMs);
  }

  #oauth(): Promise<OAuthClient> {
    this.#client ??= (async () => {
      const key = this.#c.signingKey ? await this.#c.signingKey() : undefined;
      return this.#resolved = new OAuthClient({
        orgUrl: this.#c.orgUrl,
        fetch: this.#c.fetch,
        clock: this.#c.clock,
        clientId: this.#c.clientId,
        signingKey: key,
        dpop: this.#c.dpop,
        dpopAlgorithm: this.#c.dpopAlgorithm ?? (key?.kty === "RSA" ? "RS256" : "ES256"),
        signal: this.#c.signal,
      });
    })();
    // A key that fails to load is reported on every call, not cached as a rejected promise.
    this.#client.catch(() => (this.#client = undefined));
    return this.#client;
  }

  get #cacheKey(): string {
    return tokenCacheKey(this.#c.orgUrl, this.#c.clientId, this.#c.scopes);
  }

  #remember(token: TokenSet): TokenSet {
    this.#secrets.add(token.accessToken);
    if (token.refreshToken) this.#secrets.add(token.refreshToken);
    // Old tokens stay redacted for a while (they may sit in queued log lines), but not forever.
    for (const old of this.#secrets) {
      if (this.#secrets.size <= MAX_REMEMBERED_SECRETS) break;
      this.#secrets.delete(old);
    }
    return token;
  }

  async #acquire(current: TokenSet | undefined): Promise<TokenSet> {
    const client = await this.#oauth();
    if (this.#c.kind === "private_key_jwt") {
      return this.#remember(
        await client.token({ grant_type: "client_credentials", scope: this.#c.scopes.join(" ") }),
      );
    }
    // Device: in-memory refresh token, then the cache, then an interactive sign-in.
    // A DPoP-bound token (or its refresh token) is usable only while this client holds a DPoP key.
    const usable = (token: TokenSet): boolean => !(token.tokenType === "DPoP" && !client.dpop);
    let stale = current;
    if (!stale && this.#c.cache && !this.#cacheChecked) {
      this.#cacheChecked = true;
      const cached = await this.#c.cache.get(this.#cacheKey);
      if (cached) {
        this.#remember(cached);
        if (this.#tokens.isFresh(cached) && usable(cached)) {
          return cached;
        }
        stale = cached;
      }
    }
    let token: TokenSet | undefined;
    if (stale?.refreshToken && usable(stale)) {
      try {
        token = await client.token({
          grant_type: "refresh_token",
          refresh_token: stale.refreshToken,
          scope: this.#c.scopes.join(" "),
        });
        if (!token.refreshToken) token.refreshToken = stale.refreshToken;
      } catch (e) {
        if (!(e instanceof OktaAuthError) || e.error !== "invalid_grant") throw e;
      }
    }
    token ??= await runDeviceFlow({
      client,
      clientId: this.#c.clientId,
      scopes: this.#c.scopes,
      clock: this.#c.clock,
      onDeviceCode: this.#c.onDeviceCode,
      openBrowser: this.#c.openBrowser,
      signal: this.#c.signal,
    });
    this.#remember(token);
    if (this.#c.cache) await this.#c.cache.set(this.#cacheKey, token);
    return token;
  }

  /**
   * `Authorization` (and `DPoP`) headers with a fresh token. When a token must be obtained
   * first, waiting for it ends with `request.signal`; the token request itself goes on.
   */
  async headers(request: AuthRequest): Promise<Record<string, string>> {
    const token = this.#tokens.isFresh()
      ? await this.#tokens.get()
      : await untilAborted(this.#tokens.get(), request.signal);
    this.#used.set(request, token.accessToken);
    if (token.tokenType !== "DPoP") return { Authorization: `Bearer ${token.accessToken}` };
    const signer = (await this.#oauth()).dpop;
    if (!signer) {
      throw new OktaAuthError({
        error: "invalid_dpop_key",
        errorDescription:
          "The token is DPoP-bound to a key this client no longer holds: sign in again",
      });
    }
    const proof = await signer.proof({
      method: request.method,
      url: request.url,
      nonce: signer.nonce(`resource ${request.url.origin}`),
      accessToken: token.accessToken,
    });
    return { Authorization: `DPoP ${token.accessToken}`, DPoP: proof };
  }

  /** Learns a DPoP nonce, or renews the token once after a 401 `invalid_token`. */
  async onUnauthorized(response: Response, request: AuthRequest): Promise<boolean> {
    const challenge = response.headers.get("WWW-Authenticate") ?? "";
    const nonce = response.headers.get("DPoP-Nonce");
    const signer = this.#resolved?.dpop;
    if (nonce && signer && (/use_dpop_nonce/.test(challenge) || response.status === 401)) {
      if (signer.setNonce(`resource ${request.url.origin}`, nonce)) return true;
    }
    if (response.status !== 401) return false;
    const code = /\berror="?([A-Za-z_]+)/.exec(challenge)?.[1];
    if (code && code !== "invalid_token") return false;
    const used = this.#used.get(request);
    const current = this.#tokens.current;
    if (used && current && used !== current.accessToken && this.#tokens.isFresh()) {
      return true; // another call already renewed the token
    }
    this.#tokens.expire();
    await untilAborted(this.#tokens.renew(), request.signal);
    return true;
  }

  /** Gets a token now (from memory, cache, refresh or sign-in) and describes it, token-free. */
  async session(): Promise<AuthSession> {
    const token = await this.#tokens.get();
    return {
      scopes: [...token.scopes],
      expiresAt: new Date(token.expiresAt),
      tokenType: token.tokenType,
      refreshable: Boolean(token.refreshToken),
    };
  }

  /** Every secret held: tokens, the last client assertion and the configured key. */
  secrets(): string[] {
    const out = [...this.#secrets, ...this.#c.staticSecrets, this.#resolved?.lastAssertion ?? ""];
    return out.filter((s) => s.length > 0);
  }

  /** Revokes the access and refresh tokens at `/oauth2/v1/revoke`, then forgets them. */
  async revoke(): Promise<void> {
    let token = this.#tokens.current;
    if (!token && this.#c.cache) token = await this.#c.cache.get(this.#cacheKey);
    if (token) {
      const client = await this.#oauth();
      if (token.refreshToken) await client.revoke(token.refreshToken, "refresh_token");
      await client.revoke(token.accessToken, "access_token");
    }
    await this.clear();
  }

  /** Forgets the tokens (memory and cache) without revoking them. */
  async clear(): Promise<void> {
    this.#tokens.clear();
    this.#cacheChecked = true;
    if (this.#c.cache) await this.#c.cache.delete(this.#cacheKey);
  }

  /** Inspect output never shows tokens or keys. */
  [Symbol.for("Deno.customInspect")](): string {
    return `OAuthStrategy { kind: "${this.kind}" }`;
  }

  /** Node's inspect, same as Deno's. */
  [Symbol.for("nodejs.util.inspect.custom")](): string {
    return `OAuthStrategy { kind: "${this.kind}" }`;
  }
}
