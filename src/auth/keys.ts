/**
 * Private keys for client assertions (PEM or JWK, RSA or EC) and ephemeral DPoP keys.
 *
 * @module
 */
import type { JWK } from "npm:jose@^6.2.18";
import { createPrivateKey, jose } from "./jose.ts";
import { OktaAuthError } from "./errors.ts";

/** A private key ready to sign JWTs. */
export interface SigningKey {
  /** The non-extractable private key. */
  key: CryptoKey;
  /** JWS algorithm: `RS256`, `ES256`, `ES384` or `ES512`. */
  alg: string;
  /** Key id for the JWT header, when known. */
  kid?: string;
  /** `RSA` or `EC`. */
  kty: "RSA" | "EC";
}

/** A DPoP key pair: the private key signs proofs, the public JWK goes in the proof header. */
export interface DpopKey {
  /** Private key (non-extractable). */
  privateKey: CryptoKey;
  /** Public key as a JWK (no private members). */
  publicJwk: JWK;
  /** JWS algorithm. */
  alg: "RS256" | "ES256";
}

const EC_ALGORITHMS: Record<string, string> = {
  "P-256": "ES256",
  "P-384": "ES384",
  "P-521": "ES512",
};
const RSA_ALGORITHMS = new Set(["RS256", "RS384", "RS512"]);

function keyError(detail: string, cause?: unknown): OktaAuthError {
  return new OktaAuthError({
    error: "invalid_private_key",
    errorDescription: `Cannot read the private key: ${detail}`,
    cause,
  });
}

/** Reads an RSA or EC private key from a PEM string (PKCS#8, PKCS#1 or SEC1) or a JWK. */
export async function loadSigningKey(
  input: string | JsonWebKey,
  keyId?: string,
): Promise<SigningKey> {
  let jwk: JWK;
  if (typeof input === "string") {
    const text = input.trim();
    if (text.startsWith("{")) {
      try {
        jwk = JSON.parse(text) as JWK;
      } catch {
        throw keyError("the value looks like JSON but does not parse as a JWK");
      }
    } else if (text.includes("-----BEGIN")) {
      if (text.includes("ENCRYPTED")) throw keyError("encrypted PEM keys are not supported");
      try {
        jwk = (await createPrivateKey(text)).export({ format: "jwk" }) as JWK;
      } catch {
        // The cause is dropped on purpose: parser errors can quote the key material.
        throw keyError("the PEM is not an RSA or EC private key");
      }
    } else {
      throw keyError("expected a PEM private key or a JWK");
    }
  } else {
    jwk = { ...(input as JWK) };
  }
  if (!jwk.d) throw keyError("the key is a public key; a private key is needed to sign");
  let alg: string;
  let kty: "RSA" | "EC";
  if (jwk.kty === "RSA") {
    kty = "RSA";
    alg = jwk.alg && RSA_ALGORITHMS.has(jwk.alg) ? jwk.alg : "RS256";
  } else if (jwk.kty === "EC" && jwk.crv && EC_ALGORITHMS[jwk.crv]) {
    kty = "EC";
    alg = EC_ALGORITHMS[jwk.crv];
  } else {
    throw keyError(
      `key type ${jwk.kty ?? "unknown"} is not supported: use RSA or EC P-256/384/521`,
    );
  }
  const { key_ops: _ops, ext: _ext, use: _use, ...clean } = jwk;
  let key: CryptoKey;
  try {
    const { importJWK } = await jose();
    key = await importJWK({ ...clean, alg }, alg, { extractable: false }) as CryptoKey;
  } catch {
    throw keyError("the key could not be imported");
  }
  const kid = keyId ?? jwk.kid;
  return kid ? { key, alg, kid, kty } : { key, alg, kty };
}

/** Generates a fresh DPoP key pair (RSA 2048 for `RS256`, P-256 for `ES256`). */
export async function generateDpopKey(alg: "RS256" | "ES256"): Promise<DpopKey> {
  const { exportJWK, generateKeyPair } = await jose();
  const pair = await generateKeyPair(alg, { extractable: false });
  const { kty, n, e, crv, x, y } = await exportJWK(pair.publicKey);
  const publicJwk: JWK = kty === "RSA" ? { kty, n, e } : { kty, crv, x, y };
  return { privateKey: pair.privateKey, publicJwk, alg };
}
