/**
 * The state of the emulator's authorization servers, in one place: pending device sign-ins,
 * issued access and refresh tokens, the `jti`s of client assertions and DPoP proofs already
 * seen (replay checks), the DPoP nonces and the counters tests read. The endpoint modules change
 * it only through these named methods, so what the server remembers, and for how long, can be
 * read without reading the handlers.
 *
 * @module
 */
import { randomToken } from "./http.ts";
import type { IssuedToken } from "./resource.ts";

/** Counters tests can assert on. */
export interface OAuthServerStats {
  /** Requests to `/token`, by grant type. */
  tokenRequests: Record<string, number>;
  /** Tokens issued. */
  tokensIssued: number;
  /** Requests to `/revoke`. */
  revokeRequests: number;
}

/** An access token the server issued, with the claims it was signed with. */
export interface AccessRecord extends IssuedToken {
  /** The refresh token it was issued with (or refreshed from), if any. */
  refreshToken?: string;
  /** The authorization server that issued it. */
  serverId: string;
  /** The signed claims. */
  claims: Record<string, unknown>;
}

/** A refresh token the server issued. */
export interface RefreshRecord {
  /** The authorization server that issued it. */
  serverId: string;
  /** The client it was issued to. */
  clientId: string;
  /** The granted scopes (a refresh may ask for fewer). */
  scopes: string[];
  /** The user it acts for. */
  subject: string;
  /** Thumbprint of the DPoP key it is bound to, if any. */
  jkt?: string;
  /** Whether it was revoked. */
  revoked: boolean;
}

/** A device sign-in started at `/device/authorize`. */
export interface DeviceRecord {
  /** The authorization server it was started at. */
  serverId: string;
  /** The code the device polls `/token` with. */
  deviceCode: string;
  /** The code the user types at `/activate`. */
  userCode: string;
  /** The client that started it. */
  clientId: string;
  /** The granted scopes. */
  scopes: string[];
  /** Epoch milliseconds after which polls answer `expired_token`. */
  expiresAt: number;
  /** Seconds the device must wait between polls (grows with `slow_down`). */
  interval: number;
  /** Epoch milliseconds of the last poll. */
  lastPoll?: number;
  /** Where the sign-in stands. */
  state: "pending" | "approved" | "denied" | "used";
  /** The user who approved it. */
  subject?: string;
  /** Polls still to answer `slow_down` (set by tests). */
  slowDowns: number;
}

/** A replay check: `true` when `jti` was seen before, else it is remembered until `untilMs`. */
export type SeenJti = (jti: string, untilMs: number) => boolean;

/** The maps behind the authorization servers and the operations the endpoints need on them. */
export class OAuthStore {
  /** Counters since creation. */
  readonly stats: OAuthServerStats = { tokenRequests: {}, tokensIssued: 0, revokeRequests: 0 };
  readonly #now: () => number;
  readonly #devices = new Map<string, DeviceRecord>();
  readonly #userCodes = new Map<string, string>();
  readonly #accessTokens = new Map<string, AccessRecord>();
  readonly #refreshTokens = new Map<string, RefreshRecord>();
  readonly #assertionJtis = new Map<string, number>();
  readonly #proofJtis = new Map<string, number>();
  #nonces = [randomToken(16)];

  /** A store on the emulator's clock (epoch milliseconds). */
  constructor(now: () => number) {
    this.#now = now;
  }

  /** Remembers a device sign-in under its device code and its user code. */
  addDevice(device: DeviceRecord): void {
    this.#devices.set(device.deviceCode, device);
    this.#userCodes.set(device.userCode, device.deviceCode);
  }

  /** The device sign-in of a device code. */
  device(deviceCode: string): DeviceRecord | undefined {
    return this.#devices.get(deviceCode);
  }

  /** The device sign-in of a user code; throws on an unknown one (a test helper's mistake). */
  deviceByUserCode(code: string): DeviceRecord {
    const deviceCode = this.#userCodes.get(code);
    const device = deviceCode ? this.#devices.get(deviceCode) : undefined;
    if (!device) throw new Error(`Unknown user code ${code}`);
    return device;
  }

  /** Records an issued access token (and counts it). */
  addAccessToken(token: string, record: AccessRecord): void {
    this.#accessTokens.set(token, record);
    this.stats.tokensIssued++;
  }

  /** The record of an access token, revoked and expired ones included. */
  accessToken(token: string): AccessRecord | undefined {
    return this.#accessTokens.get(token);
  }

  /** Records an issued refresh token. */
  addRefreshToken(token: string, record: RefreshRecord): void {
    this.#refreshTokens.set(token, record);
  }

  /** The record of a refresh token, revoked ones included. */
  refreshToken(token: string): RefreshRecord | undefined {
    return this.#refreshTokens.get(token);
  }

  /**
   * Revokes `token` if it was issued to `clientId`: an access token alone, a refresh token with
   * every access token issued with it. Anything else is ignored (RFC 7009).
   */
  revoke(token: string, clientId: string): void {
    const access = this.#accessTokens.get(token);
    if (access && access.clientId === clientId) access.revoked = true;
    const refresh = this.#refreshTokens.get(token);
    if (refresh && refresh.clientId === clientId) {
      refresh.revoked = true;
      for (const record of this.#accessTokens.values()) {
        if (record.refreshToken === token) record.revoked = true;
      }
    }
  }

  /** Replay check of client assertion `jti`s. */
  readonly seenAssertionJti: SeenJti = (jti, until) => this.#seen(this.#assertionJtis, jti, until);

  /** Replay check of DPoP proof `jti`s (token endpoint and resource calls alike). */
  readonly seenProofJti: SeenJti = (jti, until) => this.#seen(this.#proofJtis, jti, until);

  #seen(store: Map<string, number>, jti: string, until: number): boolean {
    const now = this.#now();
    for (const [k, exp] of store) if (exp < now) store.delete(k);
    if (store.has(jti)) return true;
    store.set(jti, until);
    return false;
  }

  /** The DPoP nonces accepted now (the previous one and the latest). */
  get nonces(): string[] {
    return this.#nonces;
  }

  /** The nonce to hand out with `use_dpop_nonce`. */
  get latestNonce(): string {
    return this.#nonces[this.#nonces.length - 1];
  }

  /** Starts a new DPoP nonce; the previous one stays valid. */
  rotateNonce(): string {
    const nonce = randomToken(16);
    this.#nonces = [this.latestNonce, nonce];
    return nonce;
  }
}
