/**
 * The emulator's authorization servers: `/oauth2/v1/*` and `/oauth2/{id}/v1/*` (device grant,
 * client credentials with private_key_jwt, refresh, revoke, introspect, userinfo, DPoP with
 * nonces), the discovery documents, and the test helpers that register clients and approve
 * device codes. This module only composes: the state is `store.ts`, the shared context
 * `context.ts`, each endpoint group its own module (`token.ts`, `device.ts`,
 * `revoke_introspect.ts`, `userinfo.ts`, `discovery_keys.ts`), token minting `issue.ts`, client
 * authentication `clients.ts`, and the check of an access token presented to the Management API
 * `verify.ts` over `resource.ts`.
 *
 * @module
 */
import { Hono } from "npm:hono@^4.13.19";
import {
  createContext,
  type OAuthServerOptions,
  type OAuthServerSettings,
  type ServerOf,
} from "./context.ts";
import { deviceRoutes } from "./device.ts";
import type { EmulatorOAuthClient, ResolvedClient } from "./directory.ts";
import { discoveryRoutes, keysRoutes } from "./discovery_keys.ts";
import { issue } from "./issue.ts";
import type { AccessTokenCheck, PresentedToken } from "./resource.ts";
import { revokeIntrospectRoutes } from "./revoke_introspect.ts";
import type { OAuthServerStats } from "./store.ts";
import { tokenRoutes } from "./token.ts";
import { userinfoRoutes } from "./userinfo.ts";
import { createVerifier } from "./verify.ts";

export type { ClientKey } from "./proofs.ts";
export type { AccessTokenCheck, PresentedToken } from "./resource.ts";
export type { EmulatorOAuthClient, GrantType, OAuthDirectory } from "./directory.ts";
export type { OAuthServerOptions, OAuthServerSettings } from "./context.ts";
export type { OAuthServerStats } from "./store.ts";

/**
 * The authorization server's token check and the test helpers to drive it, as the emulator
 * exposes them (`emulator.oauth`).
 */
export interface EmulatorOAuth {
  /** Checks an access token presented to the Management API. */
  verifyAccessToken(input: PresentedToken): Promise<AccessTokenCheck>;
  /** Registers (or replaces) a client. */
  registerClient(client: EmulatorOAuthClient): void;
  /** Approves a pending device sign-in as `subject` (a user id). Throws on an unknown code. */
  approveDevice(userCode: string, subject?: string): void;
  /** Denies a pending device sign-in. Throws on an unknown code. */
  denyDevice(userCode: string): void;
  /** Makes the next `count` polls of this device sign-in answer `slow_down`. */
  slowDownDevice(userCode: string, count?: number): void;
  /**
   * Mints an access token directly (for Bearer tests); never DPoP-bound. Without `clientId` it
   * is issued to a built-in helper client that holds SUPER_ADMIN, so only its scopes limit it;
   * with `subject`, the user's admin roles apply.
   */
  issueAccessToken(input: {
    clientId?: string;
    scopes: string[];
    subject?: string;
    lifetime?: number;
  }): string;
  /** Changes settings at run time. */
  configure(settings: Partial<OAuthServerSettings>): void;
  /** Starts a new DPoP nonce; the previous one stays valid. */
  rotateDpopNonce(): string;
  /** Counters since creation. */
  readonly stats: OAuthServerStats;
}

/** The authorization server: its routes and {@link EmulatorOAuth}. */
export interface OAuthServer extends EmulatorOAuth {
  /** The org server's routes, to mount at `/oauth2/v1`. */
  routes: Hono;
  /**
   * Every server at Okta's paths, to mount at `/`: `/oauth2/v1/*`, `/oauth2/{id}/v1/*` and the
   * discovery documents (`/.well-known/…`, `/oauth2/{id}/.well-known/…`).
   */
  app: Hono;
}

/** The client `issueAccessToken` mints for when it is given none. */
export const HELPER_CLIENT_ID = "0oa_emulator_bearer";

/** Whether a path belongs to an authorization server (not the Management API). */
export function isOAuthPath(path: string): boolean {
  if (path.startsWith("/.well-known/")) return true;
  if (!path.startsWith("/oauth2/")) return false;
  return !path.startsWith("/oauth2/v1/clients");
}

/** Creates the emulator's authorization servers (the org one and the directory's custom ones). */
export function createOAuthServer(options: OAuthServerOptions): OAuthServer {
  const ctx = createContext(options);
  const { directory, settings, store } = ctx;
  const verifyAccessToken = createVerifier(ctx);

  /** One server's `/v1/*` routes; `serverOf` names the server a request is for. */
  const serverRoutes = (serverOf: ServerOf): Hono => {
    const routes = new Hono();
    keysRoutes(routes, ctx, serverOf);
    deviceRoutes(routes, ctx, serverOf);
    tokenRoutes(routes, ctx, serverOf);
    revokeIntrospectRoutes(routes, ctx, serverOf);
    userinfoRoutes(routes, ctx, serverOf, verifyAccessToken);
    return routes;
  };
  const routes = serverRoutes(() => "org");
  const custom = serverRoutes((c) => c.req.param("authorizationServerId") ?? "org");
  const app = new Hono();
  discoveryRoutes(app, ctx);
  app.route("/oauth2/v1", routes);
  app.route("/oauth2/:authorizationServerId/v1", custom);

  return {
    routes,
    app,
    verifyAccessToken: (input) => verifyAccessToken(input),
    stats: store.stats,
    registerClient(client: EmulatorOAuthClient): void {
      directory.register(client);
    },
    approveDevice(code: string, subject?: string): void {
      const device = store.deviceByUserCode(code);
      device.state = "approved";
      if (subject) device.subject = subject;
    },
    denyDevice(code: string): void {
      store.deviceByUserCode(code).state = "denied";
    },
    slowDownDevice(code: string, count = 1): void {
      store.deviceByUserCode(code).slowDowns += count;
    },
    issueAccessToken(input): string {
      const clientId = input.clientId ?? HELPER_CLIENT_ID;
      const client: ResolvedClient = directory.client(clientId) ??
        { clientId, scopes: [], grantTypes: [], authMethod: "private_key_jwt", active: true };
      const body = issue(ctx, {
        serverId: "org",
        client,
        scopes: [...input.scopes],
        subject: input.subject ?? clientId,
        withRefresh: false,
        lifetime: input.lifetime,
      });
      return body.access_token as string;
    },
    configure(next: Partial<OAuthServerSettings>): void {
      Object.assign(settings, next);
    },
    rotateDpopNonce: () => store.rotateNonce(),
  };
}
