/**
 * DPoP proofs (RFC 9449): one signed JWT per request, bound to the method, the URL without
 * query or fragment, the server's nonce and (on resource calls) the access token hash.
 *
 * @module
 */
import { jose } from "./jose.ts";
import type { AuthClock } from "./clock.ts";
import type { DpopKey } from "./keys.ts";

/** The `htu` of a URL: scheme, host and path, without query or fragment. */
export function dpopHtu(url: URL | string): string {
  const u = new URL(url);
  return `${u.origin}${u.pathname}`;
}

/** `ath`: base64url(SHA-256(access token)). */
export async function accessTokenHash(accessToken: string): Promise<string> {
  const digest = await crypto.subtle.digest("SHA-256", new TextEncoder().encode(accessToken));
  const { base64url } = await jose();
  return base64url.encode(new Uint8Array(digest));
}

/** What a proof is for. */
export interface DpopProofInput {
  /** HTTP method. */
  method: string;
  /** Request URL (query and fragment are dropped). */
  url: URL | string;
  /** The server's latest `DPoP-Nonce`, if any. */
  nonce?: string;
  /** The access token the request carries (adds `ath`). */
  accessToken?: string;
}

/** Signs DPoP proofs with one key pair and remembers the servers' nonces. */
export class DpopSigner {
  #key: DpopKey;
  #clock: AuthClock;
  #nonces = new Map<string, string>();

  /** Creates a signer for a key pair. */
  constructor(key: DpopKey, clock: AuthClock) {
    this.#key = key;
    this.#clock = clock;
  }

  /** The JWS algorithm of the proofs. */
  get alg(): string {
    return this.#key.alg;
  }

  /** JWK SHA-256 thumbprint of the public key (the `cnf.jkt` of bound tokens). */
  async thumbprint(): Promise<string> {
    const { calculateJwkThumbprint } = await jose();
    return await calculateJwkThumbprint(this.#key.publicJwk, "sha256");
  }

  /** The last nonce a server sent for this scope (`token` or `resource`). */
  nonce(scope: string): string | undefined {
    return this.#nonces.get(scope);
  }

  /** Records a nonce; returns `true` when it is new. */
  setNonce(scope: string, nonce: string): boolean {
    if (this.#nonces.get(scope) === nonce) return false;
    this.#nonces.set(scope, nonce);
    return true;
  }

  /** Signs a proof for one request. */
  async proof(input: DpopProofInput): Promise<string> {
    const claims: Record<string, unknown> = {
      htm: input.method.toUpperCase(),
      htu: dpopHtu(input.url),
    };
    if (input.nonce) claims.nonce = input.nonce;
    if (input.accessToken) claims.ath = await accessTokenHash(input.accessToken);
    const { SignJWT } = await jose();
    return await new SignJWT(claims)
      .setProtectedHeader({ typ: "dpop+jwt", alg: this.#key.alg, jwk: this.#key.publicJwk })
      .setIssuedAt(Math.floor(this.#clock.now() / 1000))
      .setJti(crypto.randomUUID())
      .sign(this.#key.privateKey);
  }
}
