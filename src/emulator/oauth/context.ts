/**
 * What every endpoint module of the emulator's authorization servers reads: the options, the
 * settings that change at run time, the directory (clients, servers, users, keys), the
 * `OAuthStore` (`store.ts`), and the URLs of a server (issuer, endpoints). Built once by
 * `createOAuthServer` and handed to each module, so none of them needs another's closure.
 *
 * @module
 */
import type { Context } from "npm:hono@^4.13.19";
import { memoryDirectory, type OAuthDirectory, type ServerInfo } from "./directory.ts";
import { OAuthFailure } from "./http.ts";
import { OAuthStore } from "./store.ts";

/** Options the emulator passes to its authorization server. */
export interface OAuthServerOptions {
  /** The org's origin, e.g. `http://127.0.0.1:8787` (issuer and `aud` checks use it). */
  orgUrl: () => string;
  /** The emulator's clock in epoch milliseconds (tests may fake it). */
  now: () => number;
  /** Seconds between device polls announced by `/device/authorize`. @default {5} */
  deviceInterval?: number;
  /** Seconds a device code lives. @default {600} */
  deviceExpiresIn?: number;
  /** Seconds an access token lives. @default {3600} */
  tokenLifetime?: number;
  /** Demand a DPoP nonce on Management API calls too (Okta does not today). @default {false} */
  resourceNonce?: boolean;
  /** Clients, servers, users and keys. @default registered clients in memory, the org server only */
  directory?: OAuthDirectory;
}

/** Settings that can change while the server runs. */
export interface OAuthServerSettings {
  /** Seconds between device polls. */
  deviceInterval: number;
  /** Seconds a device code lives. */
  deviceExpiresIn: number;
  /** Seconds an access token lives. */
  tokenLifetime: number;
  /** Demand a DPoP nonce on Management API calls. */
  resourceNonce: boolean;
}

/** The server id a request is for, read from its context (`"org"` or a custom server's id). */
export type ServerOf = (c: Context) => string;

/** The shared state and helpers of the authorization servers. */
export interface OAuthContext {
  /** The options given to `createOAuthServer`. */
  readonly options: OAuthServerOptions;
  /** The current settings (changed in place by `configure`). */
  readonly settings: OAuthServerSettings;
  /** Clients, servers, users and keys. */
  readonly directory: OAuthDirectory;
  /** Devices, tokens, seen `jti`s, nonces and counters. */
  readonly store: OAuthStore;
  /** The org's origin. */
  origin(): string;
  /** A server's issuer: the org origin, or `{origin}/oauth2/{id}`. */
  issuer(serverId: string): string;
  /** The URL of one of a server's `/v1/` endpoints (`token`, `keys`, …). */
  endpoint(serverId: string, name: string): string;
  /** The server, if it exists and is active; else a 404 `not_found` {@link OAuthFailure}. */
  requireServer(serverId: string): ServerInfo;
}

/** The context for a server created with `options`. */
export function createContext(options: OAuthServerOptions): OAuthContext {
  const settings: OAuthServerSettings = {
    deviceInterval: options.deviceInterval ?? 5,
    deviceExpiresIn: options.deviceExpiresIn ?? 600,
    tokenLifetime: options.tokenLifetime ?? 3600,
    resourceNonce: options.resourceNonce ?? false,
  };
  const directory = options.directory ?? memoryDirectory();
  const origin = () => new URL(options.orgUrl()).origin;
  const base = (serverId: string) =>
    serverId === "org" ? `${origin()}/oauth2/v1` : `${origin()}/oauth2/${serverId}/v1`;
  return {
    options,
    settings,
    directory,
    store: new OAuthStore(options.now),
    origin,
    issuer: (serverId) => serverId === "org" ? origin() : `${origin()}/oauth2/${serverId}`,
    endpoint: (serverId, name) => `${base(serverId)}/${name}`,
    requireServer(serverId) {
      const server = directory.server(serverId, options.orgUrl());
      if (!server || !server.active) {
        throw new OAuthFailure(404, "not_found", "The authorization server was not found.");
      }
      return server;
    },
  };
}
