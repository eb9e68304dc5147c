/**
 * Who is asking, and may they: client authentication at `/token`, `/device/authorize`,
 * `/revoke` and `/introspect` (private_key_jwt, client_secret_basic|post, or a public
 * `client_id`), and the checks of a client's grant types, requested scopes and the server's
 * access policy. Shared by every endpoint module that authenticates a client.
 *
 * @module
 */
import type { Context } from "npm:hono@^4.13.19";
import { decodeJwt } from "npm:jose@^6.2.18";
import type { OAuthContext } from "./context.ts";
import {
  type EmulatorOAuthClient,
  type GrantType,
  OIDC_SCOPES,
  type ResolvedClient,
  type ServerInfo,
} from "./directory.ts";
import { DEVICE_GRANT, OAuthFailure } from "./http.ts";
import { verifyClientAssertion } from "./proofs.ts";

const ASSERTION_TYPE = "urn:ietf:params:oauth:client-assertion-type:jwt-bearer";

function normalizeGrant(grant: GrantType): string {
  return grant === "device_code" ? DEVICE_GRANT : grant;
}

/** The active client `clientId` names; else 401 `invalid_client`. */
export function requireClient(ctx: OAuthContext, clientId: string | undefined): ResolvedClient {
  const client = clientId ? ctx.directory.client(clientId) : undefined;
  // A deactivated app is refused like an unknown one [INF].
  if (!client || !client.active) {
    throw new OAuthFailure(401, "invalid_client", "Invalid value for 'client_id' parameter.");
  }
  return client;
}

function basicCredentials(c: Context): [string, string] | undefined {
  const header = c.req.header("Authorization") ?? "";
  if (!/^basic /i.test(header)) return undefined;
  try {
    const decoded = atob(header.slice(6).trim());
    const colon = decoded.indexOf(":");
    if (colon < 0) return undefined;
    return [
      decodeURIComponent(decoded.slice(0, colon)),
      decodeURIComponent(decoded.slice(colon + 1)),
    ];
  } catch {
    return undefined;
  }
}

function secretMatches(client: ResolvedClient, secret: string): void {
  if (!client.clientSecret || !constantTimeEqual(secret, client.clientSecret)) {
    throw new OAuthFailure(
      401,
      "invalid_client",
      "The client secret supplied for a confidential client is invalid.",
    );
  }
}

/**
 * Client authentication: private_key_jwt, client_secret_basic|post, or a public client_id.
 * `endpointName` is the endpoint a client assertion's `aud` must name.
 */
export async function authenticate(
  ctx: OAuthContext,
  c: Context,
  form: Record<string, string>,
  serverId: string,
  endpointName: string,
): Promise<ResolvedClient> {
  const assertion = form.client_assertion;
  const basic = basicCredentials(c);
  const used = [assertion !== undefined, basic !== undefined, form.client_secret !== undefined]
    .filter(Boolean).length;
  if (used > 1) {
    throw new OAuthFailure(
      400,
      "invalid_request",
      "Cannot supply multiple client credentials. Use one of the following: credentials in the Authorization header, credentials in the post body, or a client_assertion in the post body.",
    );
  }
  if (assertion !== undefined || form.client_assertion_type !== undefined) {
    if (form.client_assertion_type !== ASSERTION_TYPE) {
      throw new OAuthFailure(400, "invalid_request", "The client_assertion_type is invalid.");
    }
    if (!assertion) throw new OAuthFailure(401, "invalid_client", "No client credentials found.");
    let iss: unknown;
    try {
      iss = decodeJwt(assertion).iss;
    } catch {
      throw new OAuthFailure(401, "invalid_client", "The client_assertion is not a valid JWT.");
    }
    const clientId = form.client_id ?? (typeof iss === "string" ? iss : undefined);
    const client = requireClient(ctx, clientId);
    if (!client.jwks || client.jwks.keys.length === 0) {
      throw new OAuthFailure(401, "invalid_client", "The client has no registered public keys.");
    }
    const result = await verifyClientAssertion(assertion, {
      clientId: client.clientId,
      keys: client.jwks.keys,
      audience: ctx.endpoint(serverId, endpointName),
      nowMs: ctx.options.now(),
      seenJti: ctx.store.seenAssertionJti,
    });
    if (!result.ok) throw new OAuthFailure(result.status, result.error, result.description);
    return client;
  }
  if (basic) {
    const client = requireClient(ctx, basic[0]);
    secretMatches(client, basic[1]);
    return client;
  }
  if (form.client_secret !== undefined) {
    const client = requireClient(ctx, form.client_id);
    secretMatches(client, form.client_secret);
    return client;
  }
  if (!form.client_id) {
    throw new OAuthFailure(401, "invalid_client", "No client credentials found.");
  }
  const client = requireClient(ctx, form.client_id);
  if (client.authMethod !== "none") {
    throw new OAuthFailure(
      401,
      "invalid_client",
      client.jwks && client.jwks.keys.length > 0
        ? "Client authentication is required: use private_key_jwt."
        : "Client authentication is required.",
    );
  }
  return client;
}

/** The requested scopes, if the server (or, on the org server, the client) allows them all. */
export function grantedScopes(
  client: ResolvedClient,
  server: ServerInfo,
  requested: string | undefined,
): string[] {
  const scopes = (requested ?? "").split(" ").filter(Boolean);
  if (scopes.length === 0) {
    throw new OAuthFailure(400, "invalid_scope", "No scopes were requested.");
  }
  const known = server.policy.scopes;
  const missing = scopes.filter((s) =>
    known ? !known.includes(s) && !OIDC_SCOPES.includes(s) : !client.scopes.includes(s)
  );
  if (missing.length > 0) {
    throw new OAuthFailure(
      400,
      "invalid_scope",
      `The following scopes are not allowed: ${missing.join(", ")}`,
    );
  }
  return scopes;
}

/** Refuses a request the server's access policy does not allow (400 `access_denied`). */
export function requirePolicy(
  server: ServerInfo,
  client: ResolvedClient,
  grant: string,
  scopes: string[],
): void {
  if (server.policy.allows && !server.policy.allows(client.clientId, grant, scopes)) {
    throw new OAuthFailure(
      400,
      "access_denied",
      "Policy evaluation failed for this request, please check the policy configurations.",
    );
  }
}

/** Refuses a grant type the client is not registered for (400 `unauthorized_client`). */
export function requireGrant(client: EmulatorOAuthClient, grant: string): void {
  if (!client.grantTypes.map(normalizeGrant).includes(grant)) {
    throw new OAuthFailure(
      400,
      "unauthorized_client",
      "The client is not authorized to use the provided grant type.",
    );
  }
}

function constantTimeEqual(a: string, b: string): boolean {
  if (a.length !== b.length || b === "") return false;
  let diff = 0;
  for (let i = 0; i < a.length; i++) diff |= a.charCodeAt(i) ^ b.charCodeAt(i);
  return diff === 0;
}
