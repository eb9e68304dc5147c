/**
 * What the authorization servers read about the org: clients, servers (org and custom), users
 * and signing keys. The emulator answers from its org (`org_directory.ts`); a bare
 * `createOAuthServer()` (the auth tests' harness) keeps registered clients in memory.
 *
 * @module
 */
import type { JWK } from "npm:jose@^6.2.18";
import { type KeyRing, memoryKeyRing } from "./keys.ts";

/** The grant types a client may use. */
export type GrantType =
  | "client_credentials"
  | "refresh_token"
  | "authorization_code"
  | "urn:ietf:params:oauth:grant-type:device_code"
  | "device_code";

/** A client registered with the authorization server (`emulator.oauth.registerClient`). */
export interface EmulatorOAuthClient {
  /** The client id (`0oa…`). */
  clientId: string;
  /** Public keys for private_key_jwt; a client without keys (or secret) is public (device grant). */
  jwks?: { keys: (JsonWebKey & { kid?: string })[] };
  /** Scopes the client may be granted (`okta.users.read`, `offline_access`, …). */
  scopes: string[];
  /** Grant types it may use. */
  grantTypes: GrantType[];
  /** Require DPoP-bound tokens (the app's "Require DPoP header in token requests"). */
  dpop?: boolean;
  /**
   * Standard admin roles the app holds (as `POST /oauth2/v1/clients/{clientId}/roles` gives
   * them). None by default, as in Okta: its tokens then get 403 E0000006 from the Management API.
   */
  roles?: string[];
}

/** A client as the token endpoint sees it. */
export interface ResolvedClient extends EmulatorOAuthClient {
  /** The secret of a `client_secret_basic|post` client. */
  clientSecret?: string;
  /** The app's `token_endpoint_auth_method`. */
  authMethod: string;
  /** `false` for a deactivated app. */
  active: boolean;
}

/** An authorization server's rules for what it issues. */
export interface ServerPolicy {
  /** Scope names the server defines (custom servers); `undefined` for the org server. */
  scopes?: string[];
  /**
   * Whether an ACTIVE policy rule lets this client use this grant for these scopes (custom
   * servers); `undefined` for the org server, which has no policies.
   */
  allows?(clientId: string, grant: string, scopes: string[]): boolean;
}

/** An authorization server: `org` or a custom one (`default`, `aus…`). */
export interface ServerInfo {
  /** `org` or the custom server's id. */
  id: string;
  /** `aud` of its access tokens (org: the org URL; custom: its first audience). */
  audience: string;
  /** `false` for a deactivated custom server. */
  active: boolean;
  /** Its scopes and policy rules. */
  policy: ServerPolicy;
}

/** What the servers read. */
export interface OAuthDirectory {
  /** The client with this id, deactivated ones included. */
  client(clientId: string): ResolvedClient | undefined;
  /** Registers (or replaces) a client. */
  register(client: EmulatorOAuthClient): void;
  /** A server by id (`org` for the org server); `undefined` when there is none. */
  server(id: string, orgUrl: string): ServerInfo | undefined;
  /** A user's profile claims by id, or `undefined`. */
  user(id: string): { login: string; profile: Record<string, unknown> } | undefined;
  /** Who a device sign-in is approved as when the helper names nobody. */
  defaultSubject(): string;
  /** Signing keys by server id. */
  readonly keys: KeyRing;
}

/** The OpenID Connect scopes every server knows (custom servers list them as system scopes). */
export const OIDC_SCOPES: readonly string[] = [
  "openid",
  "profile",
  "email",
  "address",
  "phone",
  "offline_access",
  "device_sso",
];

/** A directory that keeps registered clients in memory and knows only the org server. */
export function memoryDirectory(): OAuthDirectory {
  const clients = new Map<string, ResolvedClient>();
  const keys = memoryKeyRing();
  return {
    client: (id) => clients.get(id),
    register(client) {
      const secretless = client as ResolvedClient;
      clients.set(client.clientId, {
        ...client,
        scopes: [...client.scopes],
        grantTypes: [...client.grantTypes],
        authMethod: secretless.authMethod ?? (client.jwks ? "private_key_jwt" : "none"),
        active: true,
      });
    },
    server: (id, orgUrl) =>
      id === "org" ? { id, audience: new URL(orgUrl).origin, active: true, policy: {} } : undefined,
    user: () => undefined,
    defaultSubject: () => "00u_emulated_user",
    keys,
  };
}

/** Public keys of a client, for {@link ResolvedClient.jwks}. */
export type ClientJwk = JWK & { kid?: string };
