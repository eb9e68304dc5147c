/**
 * `POST /token`: the grants the emulator supports (client credentials, device code, refresh
 * token), each with its refusals in Okta's words, and the DPoP proof a DPoP-bound client must
 * send (with the `DPoP-Nonce` challenge). Tokens themselves are minted by `issue.ts`.
 *
 * @module
 */
import type { Context, Hono } from "npm:hono@^4.13.19";
import { authenticate, grantedScopes, requireGrant, requirePolicy } from "./clients.ts";
import type { OAuthContext, ServerOf } from "./context.ts";
import type { EmulatorOAuthClient, ResolvedClient, ServerInfo } from "./directory.ts";
import { DEVICE_GRANT, fail, form, OAuthFailure } from "./http.ts";
import { issue } from "./issue.ts";
import { verifyDpopProof } from "./proofs.ts";

const GRANTS = [DEVICE_GRANT, "client_credentials", "refresh_token"];

/** Mounts `POST /token` on one server's `/v1` routes. */
export function tokenRoutes(routes: Hono, ctx: OAuthContext, serverOf: ServerOf): void {
  const { stats } = ctx.store;
  routes.post("/token", async (c) => {
    try {
      const serverId = serverOf(c);
      const server = ctx.requireServer(serverId);
      const f = await form(c);
      const grant = f.grant_type ?? "";
      stats.tokenRequests[grant] = (stats.tokenRequests[grant] ?? 0) + 1;
      if (!grant) throw new OAuthFailure(400, "invalid_request", "The grant_type is missing.");
      if (!GRANTS.includes(grant)) {
        throw new OAuthFailure(
          400,
          "unsupported_grant_type",
          `The grant type ${grant} is not supported.`,
        );
      }
      const client = await authenticate(ctx, c, f, serverId, "token");
      requireGrant(client, grant);
      const jkt = await checkTokenDpop(ctx, c, client, serverId);
      const request: GrantRequest = { serverId, server, client, form: f, jkt };
      const body = grant === "client_credentials"
        ? clientCredentials(ctx, request)
        : grant === DEVICE_GRANT
        ? deviceCode(ctx, request)
        : refreshToken(ctx, request);
      return c.json(body, 200, { "Cache-Control": "no-store", Pragma: "no-cache" });
    } catch (e) {
      return fail(c, e);
    }
  });
}

/** A `/token` request past client authentication and the DPoP check. */
interface GrantRequest {
  serverId: string;
  server: ServerInfo;
  client: ResolvedClient;
  form: Record<string, string>;
  /** The thumbprint of the proof's key, for a DPoP-bound client. */
  jkt: string | undefined;
}

function clientCredentials(
  ctx: OAuthContext,
  { serverId, server, client, form: f, jkt }: GrantRequest,
): Record<string, unknown> {
  if (client.authMethod === "none") {
    throw new OAuthFailure(401, "invalid_client", "No client credentials found.");
  }
  const scopes = grantedScopes(client, server, f.scope);
  if (serverId === "org" && client.authMethod !== "private_key_jwt") {
    throw new OAuthFailure(
      400,
      "invalid_client",
      "Client Credentials requests to the Org Authorization Server must use the private_key_jwt token_endpoint_auth_method.",
    );
  }
  requirePolicy(server, client, "client_credentials", scopes);
  return issue(ctx, {
    serverId,
    client,
    scopes,
    subject: client.clientId,
    jkt,
    withRefresh: false,
  });
}

function deviceCode(
  ctx: OAuthContext,
  { serverId, client, form: f, jkt }: GrantRequest,
): Record<string, unknown> {
  const now = ctx.options.now();
  const device = ctx.store.device(f.device_code ?? "");
  if (
    !device || device.clientId !== client.clientId || device.state === "used" ||
    device.serverId !== serverId
  ) {
    throw new OAuthFailure(400, "invalid_grant", "The device code is invalid or has expired.");
  }
  if (now >= device.expiresAt) {
    throw new OAuthFailure(400, "expired_token", "The device code has expired.");
  }
  if (device.state === "denied") {
    throw new OAuthFailure(400, "access_denied", "The resource owner denied the request.");
  }
  const tooFast = device.lastPoll !== undefined &&
    now - device.lastPoll < device.interval * 1000;
  device.lastPoll = now;
  if (device.slowDowns > 0 || tooFast) {
    if (device.slowDowns > 0) device.slowDowns--;
    device.interval += 5;
    throw new OAuthFailure(400, "slow_down", "The client is polling too frequently.");
  }
  if (device.state === "pending") {
    throw new OAuthFailure(
      400,
      "authorization_pending",
      "The device authorization is pending. Please try again later.",
    );
  }
  device.state = "used";
  return issue(ctx, {
    serverId,
    client,
    scopes: device.scopes,
    subject: device.subject ?? ctx.directory.defaultSubject(),
    jkt,
    withRefresh: device.scopes.includes("offline_access"),
  });
}

function refreshToken(
  ctx: OAuthContext,
  { serverId, client, form: f, jkt }: GrantRequest,
): Record<string, unknown> {
  const refresh = ctx.store.refreshToken(f.refresh_token ?? "");
  if (
    !refresh || refresh.revoked || refresh.clientId !== client.clientId ||
    refresh.serverId !== serverId
  ) {
    throw new OAuthFailure(400, "invalid_grant", "The refresh token is invalid or expired.");
  }
  if (refresh.jkt && refresh.jkt !== jkt) {
    throw new OAuthFailure(
      400,
      "invalid_grant",
      "The refresh token is bound to another DPoP key.",
    );
  }
  let scopes = refresh.scopes;
  if (f.scope) {
    scopes = f.scope.split(" ").filter(Boolean);
    if (scopes.some((s) => !refresh.scopes.includes(s))) {
      throw new OAuthFailure(
        400,
        "invalid_scope",
        "The requested scopes exceed the original grant.",
      );
    }
  }
  return issue(ctx, {
    serverId,
    client,
    scopes,
    subject: refresh.subject,
    jkt,
    withRefresh: false,
    refreshToken: f.refresh_token,
  });
}

/** The DPoP proof of a DPoP-bound client's `/token` request; its key's thumbprint. */
async function checkTokenDpop(
  ctx: OAuthContext,
  c: Context,
  client: EmulatorOAuthClient,
  serverId: string,
): Promise<string | undefined> {
  if (!client.dpop) return undefined; // a DPoP header from a non-DPoP app is ignored
  const proof = c.req.header("DPoP");
  if (!proof) {
    throw new OAuthFailure(400, "invalid_dpop_proof", "The DPoP proof JWT header is missing.");
  }
  const { store } = ctx;
  const result = await verifyDpopProof(proof, {
    method: "POST",
    url: ctx.endpoint(serverId, "token"),
    nowMs: ctx.options.now(),
    nonces: store.nonces,
    seenJti: store.seenProofJti,
  });
  if (!result.ok) {
    const headers: Record<string, string> = result.error === "use_dpop_nonce"
      ? { "DPoP-Nonce": store.latestNonce }
      : {};
    throw new OAuthFailure(result.status, result.error, result.description, headers);
  }
  return result.jkt;
}
