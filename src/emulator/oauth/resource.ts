/**
 * The resource-server side of the emulator's org authorization server: the check of an
 * `Authorization: Bearer|DPoP …` header (and its DPoP proof) presented to the Management API.
 *
 * @module
 */
import { verifyDpopProof } from "./proofs.ts";

/** What the resource-server side concluded about an `Authorization: Bearer|DPoP …` header. */
export type AccessTokenCheck =
  | { ok: true; clientId: string; scopes: string[]; subject: string }
  | {
    ok: false;
    /** 401 for a bad/expired/revoked token, 400 for a bad DPoP proof. */
    status: 400 | 401;
    /** OAuth error (`invalid_token`, `invalid_dpop_proof`, `use_dpop_nonce`, `invalid_request`). */
    error: string;
    description: string;
    /** Extra response headers (`WWW-Authenticate`, `DPoP-Nonce`). */
    headers?: Record<string, string>;
  };

/** What a Management API request presents. */
export interface PresentedToken {
  /** The `Authorization` scheme (`Bearer` or `DPoP`, any case). */
  scheme: string;
  /** The access token. */
  token: string;
  /** The `DPoP` header, if any. */
  dpopProof: string | null;
  /** The request method. */
  method: string;
  /** The request URL. */
  url: string;
}

/** What the authorization server recorded about an access token it issued. */
export interface IssuedToken {
  /** The client it was issued to. */
  clientId: string;
  /** The granted scopes. */
  scopes: string[];
  /** The user (or the client, for client credentials) it acts for. */
  subject: string;
  /** Epoch milliseconds after which it is refused. */
  expiresAt: number;
  /** Thumbprint of the DPoP key it is bound to, if any. */
  jkt?: string;
  /** Whether it was revoked. */
  revoked: boolean;
}

/** The authorization server's state the check reads. */
export interface ResourceCheckContext {
  /** The emulator's clock now, in epoch milliseconds. */
  nowMs: number;
  /** DPoP nonces accepted now; empty when resource calls need none. */
  nonces: string[];
  /** The nonce to hand out with `use_dpop_nonce`. */
  latestNonce: string;
  /** Returns `true` when a proof's `jti` was seen before (and records it otherwise). */
  seenJti(jti: string, untilMs: number): boolean;
}

function deny(
  status: 400 | 401,
  error: string,
  description: string,
  scheme: string,
  extra: Record<string, string> = {},
): AccessTokenCheck {
  return {
    ok: false,
    status,
    error,
    description,
    headers: {
      "WWW-Authenticate": `${scheme} error="${error}", error_description="${description}"`,
      ...extra,
    },
  };
}

/**
 * Checks an access token presented to the Management API against what the authorization server
 * recorded for it (`undefined` for a token it never issued), and its DPoP proof when bound.
 */
export async function checkAccessToken(
  input: PresentedToken,
  record: IssuedToken | undefined,
  context: ResourceCheckContext,
): Promise<AccessTokenCheck> {
  const scheme = input.scheme.toLowerCase() === "dpop" ? "DPoP" : "Bearer";
  if (!record || record.revoked || context.nowMs >= record.expiresAt) {
    return deny(401, "invalid_token", "The access token is invalid.", scheme);
  }
  if (!record.jkt) {
    if (scheme === "DPoP") {
      return deny(
        401,
        "invalid_token",
        "The presented access_token is not DPoP bound.",
        "Bearer",
      );
    }
    return {
      ok: true,
      clientId: record.clientId,
      scopes: record.scopes,
      subject: record.subject,
    };
  }
  if (scheme !== "DPoP") {
    return deny(
      400,
      "invalid_request",
      "The DPoP-bound access token must use the DPoP authentication scheme.",
      "DPoP",
    );
  }
  if (!input.dpopProof) {
    return deny(400, "invalid_request", "The resource request requires a DPoP proof.", "DPoP");
  }
  const result = await verifyDpopProof(input.dpopProof, {
    method: input.method,
    url: input.url,
    nowMs: context.nowMs,
    accessToken: input.token,
    nonces: context.nonces,
    seenJti: context.seenJti,
  });
  if (!result.ok) {
    if (result.error === "use_dpop_nonce") {
      return deny(
        401,
        "use_dpop_nonce",
        "Resource server requires nonce in DPoP proof.",
        "DPoP",
        {
          "DPoP-Nonce": context.latestNonce,
        },
      );
    }
    return deny(400, result.error, result.description, "DPoP");
  }
  if (result.jkt !== record.jkt) {
    return deny(
      400,
      "invalid_dpop_proof",
      "The DPoP proof key does not match the token.",
      "DPoP",
    );
  }
  return { ok: true, clientId: record.clientId, scopes: record.scopes, subject: record.subject };
}
