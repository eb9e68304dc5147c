// Shared fixtures for the auth tests: a fake clock shared by client and server, an in-process
// org (the OAuth routes plus one protected Management API route), a recording fetch, keys, and
// a minimal transport that does what src/core/transport.ts promises (headers per attempt, one
// replay after onUnauthorized).
import { Hono } from "npm:hono@^4.13.19";
import { exportJWK, exportPKCS8, generateKeyPair, type JWK } from "npm:jose@^6.2.18";
import {
  type AuthClock,
  type AuthSettings,
  createAuthStrategy,
  type DeviceCodePrompt,
} from "../../src/auth/mod.ts";
import type { AuthStrategy } from "../../src/auth/strategy.ts";
import {
  createOAuthServer,
  type OAuthServer,
  type OAuthServerOptions,
} from "../../src/emulator/oauth/mod.ts";

export const ORG = "https://emu.okta.test";

/** A clock whose sleep advances virtual time at once (and can run a hook per sleep). */
export interface FakeClock extends AuthClock {
  sleeps: number[];
  advance(ms: number): void;
  onSleep?: (count: number) => void | Promise<void>;
}

export function fakeClock(start = Date.UTC(2026, 10, 28, 12)): FakeClock {
  let t = start;
  const clock: FakeClock = {
    sleeps: [],
    now: () => t,
    advance(ms) {
      t += ms;
    },
    async sleep(ms, signal) {
      signal?.throwIfAborted();
      clock.sleeps.push(ms);
      t += ms;
      await clock.onSleep?.(clock.sleeps.length);
      signal?.throwIfAborted();
    },
  };
  return clock;
}

export interface Recorded {
  method: string;
  url: string;
  headers: Headers;
  form?: URLSearchParams;
}

export interface Org {
  oauth: OAuthServer;
  app: Hono;
  fetch: typeof fetch;
  requests: Recorded[];
  /** Requests to a path (`/oauth2/v1/token`, `/api/v1/users/me`). */
  count(path: string): number;
  /** The form of the n-th request to a path. */
  forms(path: string): URLSearchParams[];
}

export function makeOrg(clock: AuthClock, options: Partial<OAuthServerOptions> = {}): Org {
  const oauth = createOAuthServer({ orgUrl: () => ORG, now: () => clock.now(), ...options });
  const app = new Hono();
  app.route("/oauth2/v1", oauth.routes);
  app.all("/api/v1/*", async (c) => {
    const header = c.req.header("Authorization") ?? "";
    const [scheme, token] = header.split(" ");
    if (!token) return c.json({ errorCode: "E0000005", errorSummary: "Invalid session" }, 403);
    const check = await oauth.verifyAccessToken({
      scheme,
      token,
      dpopProof: c.req.header("DPoP") ?? null,
      method: c.req.method,
      url: c.req.url,
    });
    if (!check.ok) {
      return c.json(
        { errorCode: "E0000011", errorSummary: `Invalid token provided: ${check.error}` },
        check.status,
        check.headers,
      );
    }
    return c.json({ clientId: check.clientId, scopes: check.scopes, subject: check.subject });
  });
  const requests: Recorded[] = [];
  const recordingFetch: typeof fetch = async (input, init) => {
    const request = new Request(input, init);
    const rec: Recorded = {
      method: request.method,
      url: request.url,
      headers: new Headers(request.headers),
    };
    if (request.headers.get("Content-Type")?.includes("form-urlencoded")) {
      rec.form = new URLSearchParams(await request.clone().text());
    }
    requests.push(rec);
    return await app.fetch(request);
  };
  return {
    oauth,
    app,
    fetch: recordingFetch,
    requests,
    count: (path) => requests.filter((r) => new URL(r.url).pathname === path).length,
    forms: (path) => requests.filter((r) => new URL(r.url).pathname === path).map((r) => r.form!),
  };
}

/** Sends one API call the way the core transport does; returns status and JSON body. */
export async function send(
  auth: AuthStrategy,
  fetchFn: typeof fetch,
  method: string,
  path: string,
): Promise<{ status: number; body: Record<string, unknown>; headers: Headers }> {
  const request = { method, url: new URL(path, ORG) };
  for (let attempt = 0;; attempt++) {
    const headers = await auth.headers(request);
    const response = await fetchFn(request.url, { method, headers });
    if (response.status === 401 && attempt === 0 && auth.onUnauthorized) {
      if (await auth.onUnauthorized(response, request)) {
        await response.body?.cancel();
        continue;
      }
    }
    const body = await response.json();
    return { status: response.status, body, headers: response.headers };
  }
}

export interface TestKey {
  kid: string;
  privateJwk: JWK;
  publicJwk: JWK;
  pem: string;
  privateKey: CryptoKey;
  alg: string;
}

const KEYS = new Map<string, Promise<TestKey>>();

/** A key pair, memoized per (alg, kid, slot) so RSA generation does not dominate the run. */
export function makeKey(alg: "RS256" | "ES256" | "ES384", kid: string, slot = 0): Promise<TestKey> {
  const id = `${alg} ${kid} ${slot}`;
  let key = KEYS.get(id);
  if (!key) {
    key = generateKey(alg, kid);
    KEYS.set(id, key);
  }
  return key;
}

async function generateKey(alg: "RS256" | "ES256" | "ES384", kid: string): Promise<TestKey> {
  const pair = await generateKeyPair(alg, { extractable: true });
  const privateJwk = await exportJWK(pair.privateKey);
  const publicJwk = { ...(await exportJWK(pair.publicKey)), kid };
  return {
    kid,
    privateJwk,
    publicJwk,
    pem: await exportPKCS8(pair.privateKey),
    privateKey: pair.privateKey,
    alg,
  };
}

export const SERVICE_SCOPES = ["okta.users.read", "okta.groups.read"];

export function decodePart(jwt: string, part: 0 | 1): Record<string, unknown> {
  const b64 = jwt.split(".")[part].replace(/-/g, "+").replace(/_/g, "/");
  return JSON.parse(atob(b64.padEnd(Math.ceil(b64.length / 4) * 4, "=")));
}

/** The native app the device sign-in tests register. */
export const NATIVE = "0oanative1";

/**
 * A Device-mode strategy for {@link NATIVE} on the org (`okta.users.read`, the org's fetch, the
 * clock) that pushes each prompt it shows to `prompts`; `settings` overrides any of these.
 */
export function deviceStrategy(
  org: Org,
  clock: AuthClock,
  prompts: DeviceCodePrompt[],
  settings: Partial<AuthSettings> = {},
): AuthStrategy {
  return createAuthStrategy({
    mode: "Device",
    orgUrl: new URL(ORG),
    clientId: NATIVE,
    scopes: ["okta.users.read"],
    fetch: org.fetch,
    clock,
    onDeviceCode: (p) => {
      prompts.push(p);
    },
    ...settings,
  });
}
