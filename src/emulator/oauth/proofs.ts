/**
 * Checks of signed JWTs the org authorization server receives: private_key_jwt client
 * assertions and DPoP proofs.
 *
 * @module
 */
import {
  base64url,
  calculateJwkThumbprint,
  compactVerify,
  decodeJwt,
  decodeProtectedHeader,
  importJWK,
  type JWK,
  type JWTPayload,
} from "npm:jose@^6.2.18";

/** Algorithms Okta accepts for client assertions and DPoP proofs. */
export const ASYMMETRIC_ALGORITHMS: readonly string[] = [
  "RS256",
  "RS384",
  "RS512",
  "ES256",
  "ES384",
  "ES512",
];

/** A failed check: the OAuth error, its description and HTTP status. */
export interface ProofFailure {
  ok: false;
  status: 400 | 401;
  error: string;
  description: string;
}

/** Verifies a compact JWS signature with a JWK; returns the payload or `undefined`. */
export async function verifySignature(
  jwt: string,
  jwk: JWK,
  alg: string,
): Promise<JWTPayload | undefined> {
  try {
    const key = await importJWK(jwk, alg);
    const { payload } = await compactVerify(jwt, key, { algorithms: [alg] });
    return JSON.parse(new TextDecoder().decode(payload)) as JWTPayload;
  } catch {
    return undefined;
  }
}

/** One registered public key of a client. */
export type ClientKey = JWK & { kid?: string };

/** What a client assertion must satisfy. */
export interface AssertionCheck {
  clientId: string;
  keys: ClientKey[];
  audience: string;
  nowMs: number;
  /** Returns `true` when the `jti` was seen before (and records it otherwise). */
  seenJti(jti: string, expMs: number): boolean;
}

function invalidClient(description: string): ProofFailure {
  return { ok: false, status: 401, error: "invalid_client", description };
}

/** Verifies a private_key_jwt client assertion the way Okta does. */
export async function verifyClientAssertion(
  assertion: string,
  check: AssertionCheck,
): Promise<{ ok: true } | ProofFailure> {
  let header;
  try {
    header = decodeProtectedHeader(assertion);
    decodeJwt(assertion);
  } catch {
    return invalidClient("The client_assertion is not a valid JWT.");
  }
  const alg = typeof header.alg === "string" ? header.alg : "";
  if (!ASYMMETRIC_ALGORITHMS.includes(alg)) {
    return invalidClient("The client_assertion signature algorithm is not supported.");
  }
  let key: ClientKey | undefined;
  if (typeof header.kid === "string") {
    key = check.keys.find((k) => k.kid === header.kid);
    if (!key) return invalidClient("The client_assertion JWT kid is invalid.");
  } else if (check.keys.length === 1) {
    key = check.keys[0];
  } else {
    return invalidClient("The client_assertion JWT kid is invalid.");
  }
  const payload = await verifySignature(assertion, key, alg);
  if (!payload) return invalidClient("The client_assertion signature is invalid.");
  if (payload.iss !== check.clientId || payload.sub !== check.clientId) {
    return invalidClient("The client_assertion iss and sub claims must be the client_id.");
  }
  const aud = Array.isArray(payload.aud) ? payload.aud : [payload.aud];
  if (!aud.includes(check.audience)) {
    return invalidClient(
      "The audience claim for client_assertion must be the endpoint invoked for the request.",
    );
  }
  if (typeof payload.exp !== "number") {
    return invalidClient("The client_assertion token must have an expiration claim.");
  }
  const expMs = payload.exp * 1000;
  if (expMs <= check.nowMs) return invalidClient("The client_assertion token is expired.");
  if (expMs - check.nowMs > 3600_000) {
    return invalidClient("The client_assertion token has an expiration too far into the future.");
  }
  if (typeof payload.iat === "number" && payload.iat * 1000 > check.nowMs + 60_000) {
    return invalidClient("The client_assertion token was issued in the future.");
  }
  if (typeof payload.jti === "string" && check.seenJti(payload.jti, expMs)) {
    return invalidClient("The client_assertion token has already been used.");
  }
  return { ok: true };
}

/** What a DPoP proof must satisfy. */
export interface DpopCheck {
  method: string;
  /** The request URL; query and fragment are ignored. */
  url: string;
  nowMs: number;
  /** Access token presented with the proof (resource calls): `ath` must match. */
  accessToken?: string;
  /** The nonces accepted now; empty = no nonce required. */
  nonces: string[];
  /** Returns `true` when the `jti` was seen before (and records it otherwise). */
  seenJti(jti: string, untilMs: number): boolean;
}

/** A verified proof: the key's thumbprint. */
export interface DpopOk {
  ok: true;
  jkt: string;
}

function badProof(description: string): ProofFailure {
  return { ok: false, status: 400, error: "invalid_dpop_proof", description };
}

/** Verifies a DPoP proof JWT (RFC 9449 §4.3). */
export async function verifyDpopProof(
  proof: string,
  check: DpopCheck,
): Promise<DpopOk | ProofFailure> {
  let header;
  try {
    header = decodeProtectedHeader(proof);
  } catch {
    return badProof("The DPoP proof JWT is malformed.");
  }
  if (header.typ !== "dpop+jwt") return badProof("The DPoP proof JWT has an invalid typ.");
  const alg = typeof header.alg === "string" ? header.alg : "";
  if (!ASYMMETRIC_ALGORITHMS.includes(alg)) {
    return badProof("The DPoP proof JWT has an unsupported alg.");
  }
  const jwk = header.jwk as JWK | undefined;
  if (!jwk || typeof jwk !== "object" || "d" in jwk) {
    return badProof("The DPoP proof JWT header must hold a public jwk.");
  }
  const payload = await verifySignature(proof, jwk, alg);
  if (!payload) return badProof("The DPoP proof JWT signature is invalid.");
  if (payload.htm !== check.method.toUpperCase()) {
    return badProof("The DPoP proof htm does not match the request method.");
  }
  const u = new URL(check.url);
  if (typeof payload.htu !== "string") return badProof("The DPoP proof has no htu.");
  let htu: URL;
  try {
    htu = new URL(payload.htu);
  } catch {
    return badProof("The DPoP proof htu is not a URL.");
  }
  if (htu.search || htu.hash || `${htu.origin}${htu.pathname}` !== `${u.origin}${u.pathname}`) {
    return badProof("The DPoP proof htu does not match the request URL.");
  }
  if (typeof payload.iat !== "number") return badProof("The DPoP proof has no iat.");
  const iatMs = payload.iat * 1000;
  if (iatMs > check.nowMs + 60_000) return badProof("The DPoP proof was issued in the future.");
  if (iatMs < check.nowMs - 300_000) return badProof("The DPoP proof is too old.");
  if (check.accessToken !== undefined) {
    const digest = await crypto.subtle.digest(
      "SHA-256",
      new TextEncoder().encode(check.accessToken),
    );
    if (payload.ath !== base64url.encode(new Uint8Array(digest))) {
      return badProof("The DPoP proof ath does not match the access token.");
    }
  }
  if (check.nonces.length > 0) {
    if (typeof payload.nonce !== "string" || !check.nonces.includes(payload.nonce)) {
      return {
        ok: false,
        status: 400,
        error: "use_dpop_nonce",
        description: "Authorization server requires nonce in DPoP proof.",
      };
    }
  }
  if (typeof payload.jti !== "string" || payload.jti === "") {
    return badProof("The DPoP proof has no jti.");
  }
  if (check.seenJti(payload.jti, iatMs + 360_000)) {
    return badProof("The DPoP proof has already been used.");
  }
  return { ok: true, jkt: await calculateJwkThumbprint(jwk, "sha256") };
}
