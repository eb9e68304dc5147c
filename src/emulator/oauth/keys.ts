/**
 * Signing keys of the authorization servers: real RS256 key pairs (made on first use, since a
 * 2048-bit key costs ~0.1 s), one ACTIVE per server, rotation that keeps the previous key
 * published, and the JWT signing that access and ID tokens go through.
 *
 * @module
 */
import { createPrivateKey, generateKeyPairSync, sign } from "node:crypto";
import { base64url, type JWK, type JWTPayload } from "npm:jose@^6.2.18";

/** One signing key of a server. */
export interface SigningKey {
  /** Key id (the JWT header's `kid`). */
  kid: string;
  /** `ACTIVE` signs; `EXPIRED` is still published so tokens it signed verify. */
  status: "ACTIVE" | "EXPIRED";
  /** The public half (`kty`, `n`, `e`, `kid`, `alg`, `use`). */
  publicJwk: JWK;
  /** The private half; never served. */
  privateJwk: JWK;
}

/** Where a server's keys are kept (in memory, or in the org's saved store). */
export interface KeyRing {
  /** The server's keys, newest last; empty before the first use. */
  list(serverId: string): SigningKey[];
  /** Replaces the server's keys. */
  store(serverId: string, keys: SigningKey[]): void;
}

/** A key ring that lives only as long as the process. */
export function memoryKeyRing(): KeyRing {
  const rings = new Map<string, SigningKey[]>();
  return {
    list: (id) => rings.get(id) ?? [],
    store: (id, keys) => void rings.set(id, keys),
  };
}

function newKey(kid: string): SigningKey {
  const { privateKey, publicKey } = generateKeyPairSync("rsa", { modulusLength: 2048 });
  const common = { kid, alg: "RS256", use: "sig" };
  return {
    kid,
    status: "ACTIVE",
    publicJwk: { ...(publicKey.export({ format: "jwk" }) as JWK), ...common },
    privateJwk: { ...(privateKey.export({ format: "jwk" }) as JWK), ...common },
  };
}

function randomKid(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(24));
  return btoa(String.fromCharCode(...bytes)).replace(/[+/=]/g, "").slice(0, 32);
}

/** The server's ACTIVE key, made when it has none. */
export function activeKey(ring: KeyRing, serverId: string): SigningKey {
  const keys = ring.list(serverId);
  const active = keys.find((k) => k.status === "ACTIVE");
  if (active) return active;
  const key = newKey(randomKid());
  ring.store(serverId, [...keys, key]);
  return key;
}

/** Expires the ACTIVE key and makes a new one; the last expired key stays published. */
export function rotateKey(ring: KeyRing, serverId: string): SigningKey {
  activeKey(ring, serverId);
  const previous = ring.list(serverId).map((k) => ({ ...k, status: "EXPIRED" as const }));
  const key = newKey(randomKid());
  ring.store(serverId, [...previous.slice(-1), key]);
  return key;
}

/** The JWKS a server publishes (`/keys`): every key, public halves only. */
export function publicJwks(ring: KeyRing, serverId: string): { keys: JWK[] } {
  activeKey(ring, serverId);
  return { keys: ring.list(serverId).map((k) => ({ ...k.publicJwk })) };
}

/** Signs claims with the server's ACTIVE key (RS256, `kid` in the header); synchronous. */
export function signJwt(ring: KeyRing, serverId: string, claims: JWTPayload): string {
  const key = activeKey(ring, serverId);
  const encode = (value: unknown) => base64url.encode(JSON.stringify(value));
  const input = `${encode({ alg: "RS256", kid: key.kid })}.${encode(claims)}`;
  const privateKey = createPrivateKey({
    key: key.privateJwk as Record<string, string>,
    format: "jwk",
  });
  const signature = sign("sha256", new TextEncoder().encode(input), privateKey);
  return `${input}.${base64url.encode(new Uint8Array(signature))}`;
}
