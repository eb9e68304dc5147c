/**
 * `createEmulator()` (an in-process org: a `fetch` handler, no sockets) and `startEmulator()`
 * (the same org served on 127.0.0.1).
 *
 * @module
 */
import { AsyncLocalStorage } from "node:async_hooks";
import { sleep as abortableSleep } from "../core/sleep.ts";
import { createPipeline } from "./app.ts";
import { ConnectionResetError } from "./pipeline/inject_faults.ts";
import {
  type FaultInjector,
  FaultInjector as Faults,
  type FaultKind,
  type FaultOptions,
} from "./faults.ts";
import { grantRole } from "./admin_roles.ts";
import {
  createOAuthServer,
  type EmulatorOAuth,
  type EmulatorOAuthClient,
  HELPER_CLIENT_ID,
} from "./oauth/mod.ts";
import { orgDirectory } from "./oauth/org_directory.ts";
import { Org } from "./org.ts";
import { bucketOf, type RateDecision, RateLimiter, type RateLimitOptions } from "./rate_limit.ts";
import { loadSeed, type SeedName } from "./seed.ts";
import { openStateStore, type StateStore } from "./state.ts";
import {
  createSeeder,
  createState,
  type EmulatorSeeder,
  type EmulatorSnapshot,
  type EmulatorState,
  snapshotState,
} from "./testing.ts";

export type { EmulatorOAuth, EmulatorOAuthClient } from "./oauth/mod.ts";
export type {
  EmulatorApp,
  EmulatorAppAssignment,
  EmulatorCounts,
  EmulatorGroup,
  EmulatorLogEvent,
  EmulatorSeeder,
  EmulatorSnapshot,
  EmulatorState,
  EmulatorUser,
  LogQuery,
  SeedAssignments,
  SeedGroup,
  SeedUser,
  UserFacts,
  UserStatus,
} from "./testing.ts";

/** Options of {@link createEmulator} and {@link startEmulator}. */
export interface EmulatorOptions {
  /** Seed data: `demo` (users, groups, apps, log history) or `empty` (Everyone + the admin). @default {"demo"} */
  seed?: SeedName;
  /** Extra generated users on top of the seed (100,000 loads in a few seconds). @default {0} */
  users?: number;
  /** The API token accepted as `SSWS {token}`. @default a random token */
  apiToken?: string;
  /** Clock in epoch ms; tests may fake time. @default {Date.now} */
  now?: () => number;
  /** Rate limits per bucket and window, the concurrency limit, or `false` for none. @default Okta's Enterprise limits per minute, concurrency 75 */
  rateLimits?: RateLimitOptions | false;
  /** Seeded fault injection. @default no faults */
  faults?: FaultOptions;
  /** Persist the org: `*.json` → a JSON file, anything else → Deno KV (needs `--unstable-kv`). */
  state?: string;
  /** The org URL of the in-process form (OAuth issuer/audience). `_links` always use the origin the client called. @default {"http://127.0.0.1:8787"} */
  orgUrl?: string;
  /** Seed of ids and generated data. @default {1} */
  randomSeed?: number;
}

/**
 * Live controls of the rate limiter.
 *
 * @example
 * ```ts
 * import { createEmulator } from "@oktakit/okta/emulator";
 * const emulator = createEmulator({ seed: "demo" });
 * emulator.rateLimits.configure({ buckets: { users: 1 }, windowMs: 60_000 }); // one user call a minute
 * emulator.rateLimits.configure(false); // no limits
 * await emulator.close();
 * ```
 */
export interface RateLimitControls {
  /** Replaces the rate-limit options (and clears the windows). */
  configure(options: RateLimitOptions | false): void;
  /** Clears the current windows. */
  reset(): void;
  /** Requests in flight now. */
  readonly inFlight: number;
}

/**
 * An in-process emulated org. A test drives it through `fetch` (or any client given that
 * `fetch`), seeds data with `seed`, inspects it with `state` / `snapshot()` and the System Log
 * with `state.logs()`, shapes failures with `faults` and `rateLimits`, and signs users in with
 * `oauth`. Time is the `now` option: pass a clock the test moves.
 *
 * @example
 * ```ts
 * import { createEmulator } from "@oktakit/okta/emulator";
 * let time = Date.parse("2026-01-01T00:00:00Z");
 * const emulator = createEmulator({ seed: "empty", now: () => time });
 * await emulator.seed.user({ profile: { login: "ann@example.com" }, password: "Correct-Horse-42" });
 * time += 90 * 86_400_000; // ninety days later
 * console.log(emulator.state.user("ann@example.com")?.status); // "ACTIVE"
 * console.log(emulator.state.logs({ eventType: "user.lifecycle.create" }).length); // 1
 * await emulator.close();
 * ```
 */
export interface Emulator {
  /** Handles one request like an Okta org would; pass it as `createOkta({ fetch })`. */
  fetch(input: Request | URL | string, init?: RequestInit): Promise<Response>;
  /** The accepted API token. */
  readonly apiToken: string;
  /** The org URL (for in-process use: any URL on this origin reaches the org). */
  readonly orgUrl: string;
  /**
   * The org authorization server and its test helpers: `registerClient()` (a service or device
   * app, with `roles`), `approveDevice(userCode, userId?)` / `denyDevice(userCode)` for a device
   * sign-in in progress, `issueAccessToken({ scopes })` for Bearer tests, `configure()`.
   *
   * @example
   * ```ts
   * import { createEmulator } from "@oktakit/okta/emulator";
   * const emulator = createEmulator({ seed: "demo" });
   * const token = emulator.oauth.issueAccessToken({ scopes: ["okta.users.read"] });
   * const res = await emulator.fetch(`${emulator.orgUrl}/api/v1/users?limit=1`, {
   *   headers: { Authorization: `Bearer ${token}` },
   * });
   * console.log(res.status); // 200
   * await emulator.close();
   * ```
   */
  readonly oauth: EmulatorOAuth;
  /**
   * The org's state as plain API objects (fresh copies), for assertions.
   *
   * @example
   * ```ts
   * import { createEmulator } from "@oktakit/okta/emulator";
   * const emulator = createEmulator({ seed: "demo" });
   * await emulator.ready;
   * console.log(emulator.state.users().filter((u) => u.status === "ACTIVE").length);
   * await emulator.close();
   * ```
   */
  readonly state: EmulatorState;
  /**
   * Creates users, groups, members, apps and assignments through the org's API, past rate
   * limits and faults.
   *
   * @example
   * ```ts
   * import { createEmulator } from "@oktakit/okta/emulator";
   * const emulator = createEmulator({ seed: "empty" });
   * const ann = await emulator.seed.user({ profile: { login: "ann@example.com" } });
   * await emulator.seed.group({ name: "Sales", members: [ann.id] });
   * console.log(emulator.state.members("Sales").map((u) => u.profile.login));
   * await emulator.close();
   * ```
   */
  readonly seed: EmulatorSeeder;
  /**
   * The whole state at once (users, groups, memberships, apps, assignments, System Log), plain
   * JSON-able data: compare two, or write one next to a failing test.
   *
   * @example
   * ```ts
   * import { createEmulator } from "@oktakit/okta/emulator";
   * const emulator = createEmulator({ seed: "demo" });
   * await emulator.ready;
   * const before = emulator.snapshot();
   * await emulator.fetch(`${emulator.orgUrl}/api/v1/users`, {
   *   headers: { Authorization: `SSWS ${emulator.apiToken}` },
   * });
   * console.log(JSON.stringify(emulator.snapshot()) === JSON.stringify(before)); // reads change nothing
   * await emulator.close();
   * ```
   */
  snapshot(): EmulatorSnapshot;
  /**
   * Fault injection: `configure(options)` and the `log` of injected faults.
   *
   * @example
   * ```ts
   * import { createEmulator } from "@oktakit/okta/emulator";
   * const emulator = createEmulator({ seed: "demo" });
   * emulator.faults.configure({ unavailable: 0.5, seed: 7 }); // half the calls answer 503
   * await emulator.fetch(`${emulator.orgUrl}/api/v1/users`, {
   *   headers: { Authorization: `SSWS ${emulator.apiToken}` },
   * });
   * console.log(emulator.faults.log.length); // 0 or 1
   * await emulator.close();
   * ```
   */
  readonly faults: FaultInjector;
  /** Rate-limit controls. */
  readonly rateLimits: RateLimitControls;
  /** Resolves when saved state has been loaded. */
  readonly ready: Promise<void>;
  /** Saves the state now (no-op without `state`). */
  save(): Promise<void>;
  /** Saves the state (when configured), cancels pending slow responses and releases resources. */
  close(): Promise<void>;
}

/** A served emulator. */
export interface ServedEmulator extends Emulator {
  /** The served origin, e.g. `http://127.0.0.1:8787`. */
  readonly url: string;
  /** The bound port. */
  readonly port: number;
  /** Stops the server (waits for it) and closes the org. */
  close(): Promise<void>;
}

/** Options of {@link startEmulator}. */
export interface ServeOptions extends EmulatorOptions {
  /** Port; 0 picks a free one. @default {0} */
  port?: number;
  /** Host to bind; loopback unless given explicitly. @default {"127.0.0.1"} */
  hostname?: string;
}

/** Set while `emulator.seed` calls the API: such requests skip rate limits and faults. */
const seeding = new AsyncLocalStorage<true>();

/** The rate limiter, which lets seeding requests through uncounted. */
class Limiter extends RateLimiter {
  override enter(): boolean {
    return seeding.getStore() ? true : super.enter();
  }
  override leave(): void {
    if (!seeding.getStore()) super.leave();
  }
  override charge(method: string, path: string): RateDecision {
    if (!seeding.getStore()) return super.charge(method, path);
    return { allowed: true, headers: {}, bucket: bucketOf(method, path) };
  }
}

/** The fault injector, which never draws for seeding requests. */
class SeedSafeFaults extends Faults {
  override draw(method: string, path: string, requestId: string): FaultKind | undefined {
    return seeding.getStore() ? undefined : super.draw(method, path, requestId);
  }
}

function randomToken(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(21));
  return "00" + btoa(String.fromCharCode(...bytes)).replace(/[+/=]/g, "x");
}

/**
 * Creates an in-process Okta org emulator: its `fetch` answers Management API and
 * `/oauth2/v1` requests with no network.
 *
 * @example
 * ```ts
 * import { createEmulator } from "@oktakit/okta/emulator";
 * const emulator = createEmulator({ seed: "demo" });
 * const res = await emulator.fetch(new Request(`${emulator.orgUrl}/api/v1/users?limit=2`, {
 *   headers: { Authorization: `SSWS ${emulator.apiToken}` },
 * }));
 * console.log(res.status, res.headers.get("link"));
 * await emulator.close();
 * ```
 */
export function createEmulator(options: EmulatorOptions = {}): Emulator {
  return buildEmulator(options, () => options.orgUrl ?? "http://127.0.0.1:8787");
}

function buildEmulator(options: EmulatorOptions, orgUrl: () => string): Emulator {
  const now = options.now ?? Date.now;
  const apiToken = options.apiToken ?? randomToken();
  if (apiToken.trim() === "" || /\s/.test(apiToken)) {
    throw new TypeError("EmulatorOptions.apiToken must be a non-empty string without spaces.");
  }
  const users = options.users ?? 0;
  if (!Number.isInteger(users) || users < 0) {
    throw new RangeError(`EmulatorOptions.users must be a non-negative integer: got ${users}.`);
  }
  const randomSeed = options.randomSeed ?? 1;
  const org = new Org({ now, seed: randomSeed });
  const oauth = createOAuthServer({ orgUrl, now, directory: orgDirectory(org, orgUrl) });
  const limiter = new Limiter(options.rateLimits ?? {}, now);
  const faults = new SeedSafeFaults(options.faults ?? {});
  // Aborted by close(): pending slow-fault waits end at once.
  const closing = new AbortController();
  let closed = false;
  let store: StateStore | undefined;
  let dirty = false;
  let saveTimer: ReturnType<typeof setTimeout> | undefined;
  let saving: Promise<void> = Promise.resolve();
  org.changeListeners.push(() => {
    dirty = true;
    // Save a second after the first unsaved write, so a killed process loses at most that.
    if (store && !saveTimer && !closed) {
      saveTimer = setTimeout(() => {
        saveTimer = undefined;
        saving = saving.then(() => save()).catch((error) => {
          // Loud, and retried on the next change; the last good save stays on disk.
          console.error(
            `emulator: could not save state to ${options.state}: ${
              (error as Error).message
            } (the last good save is kept; retrying on the next change)`,
          );
        });
      }, 1000);
    }
  });

  const ready = (async () => {
    if (options.state) {
      store = openStateStore(options.state);
      if (await store.load(org)) return;
    }
    loadSeed(org, options.seed ?? "demo", users, randomSeed);
  })();
  // Awaiters still see a failure; this only keeps an unobserved one from crashing the process.
  ready.catch(() => {});

  const sleep = (ms: number) => abortableSleep(ms, closing.signal).catch(() => {});

  const handler = createPipeline({
    org,
    oauth,
    limiter,
    faults,
    apiToken: () => apiToken,
    ready,
    sleep,
  });

  const state = createState(org, orgUrl);
  // Seeding: the same pipeline, marked so that rate limits and faults let it through.
  const seed = createSeeder(org, (method, path, body) =>
    seeding.run(true, () =>
      handler(
        new Request(`${orgUrl()}${path}`, {
          method,
          headers: {
            Authorization: `SSWS ${apiToken}`,
            Accept: "application/json",
            ...(body === undefined ? {} : { "Content-Type": "application/json" }),
          },
          body: body === undefined ? undefined : JSON.stringify(body),
        }),
      )), state);

  const save = async () => {
    await ready;
    if (store) {
      dirty = false;
      try {
        await store.save(org);
      } catch (error) {
        dirty = true;
        throw error;
      }
    }
  };

  const emulator: Emulator = {
    fetch: (input: Request | URL | string, init?: RequestInit) =>
      handler(input instanceof Request && init === undefined ? input : new Request(input, init)),
    apiToken,
    get orgUrl() {
      return orgUrl();
    },
    oauth: withAdminRoles(oauth, org, ready),
    state,
    seed,
    snapshot: () => snapshotState(org, state),
    faults,
    rateLimits: {
      configure: (o) => limiter.configure(o),
      reset: () => limiter.reset(),
      get inFlight() {
        return limiter.inFlight;
      },
    },
    ready,
    save,
    async close() {
      if (closed) return;
      closed = true;
      closing.abort();
      if (saveTimer) clearTimeout(saveTimer);
      saveTimer = undefined;
      try {
        await ready;
        await saving;
        if (store && dirty) {
          await store.save(org).catch((error) => {
            throw new Error(
              `could not save state to ${options.state}: ${(error as Error).message}`,
              { cause: error },
            );
          });
        }
      } finally {
        store?.close();
      }
    },
  };
  ORGS.set(emulator, org);
  return emulator;
}

/**
 * Starts an emulated org on 127.0.0.1 (or `hostname`) and resolves once it is listening.
 *
 * @example
 * ```ts
 * import { startEmulator } from "@oktakit/okta/emulator";
 * const emulator = await startEmulator({ port: 0, seed: "demo" });
 * console.log(`OKTA_ORG_URL=${emulator.url}`);
 * await emulator.close();
 * ```
 */
export async function startEmulator(options: ServeOptions = {}): Promise<ServedEmulator> {
  let origin = "";
  const emulator = buildEmulator(options, () => origin);
  await emulator.ready;
  const hostname = options.hostname ?? "127.0.0.1";
  const server = Deno.serve({
    hostname,
    port: options.port ?? 0,
    onListen() {},
    onError(error) {
      // The reset body below fails after the status line went out; Deno then drops the
      // connection whatever this returns, so answer quietly instead of logging.
      if (error instanceof ConnectionResetError) return new Response(null, { status: 500 });
      return new Response(
        JSON.stringify({
          errorCode: "E0000009",
          errorSummary: "Internal Server Error",
          errorLink: "E0000009",
          errorId: "oaeserver",
          errorCauses: [],
        }),
        { status: 500, headers: { "Content-Type": "application/json" } },
      );
    },
  }, async (request) => {
    try {
      return await emulator.fetch(request);
    } catch (error) {
      if (!(error instanceof ConnectionResetError)) throw error;
      // Break the connection: a body that fails before its first byte makes Deno drop it.
      return new Response(
        new ReadableStream({
          start(controller) {
            controller.error(error);
          },
        }),
        { status: 200, headers: { "Content-Type": "application/json" } },
      );
    }
  });
  const addr = server.addr as Deno.NetAddr;
  const host = addr.hostname.includes(":") ? `[${addr.hostname}]` : addr.hostname;
  origin = `http://${host}:${addr.port}`;
  let closing: Promise<void> | undefined;
  const served: ServedEmulator = {
    ...emulatorDescriptors(emulator),
    url: origin,
    port: addr.port,
    close(): Promise<void> {
      return closing ??= (async () => {
        await emulator.close();
        await server.shutdown();
      })();
    },
  };
  ORGS.set(served, orgOf(emulator));
  return served;
}

const ORGS = new WeakMap<Emulator, Org>();

/**
 * The internal store behind an emulator, for the emulator's own white-box tests only: its
 * shape is not public and `emulator.ts` does not export this (tests of code that uses the
 * emulator read `emulator.state` and write with `emulator.seed`).
 *
 * @internal
 */
export function orgOf(emulator: Emulator): Org {
  const org = ORGS.get(emulator);
  if (!org) throw new Error("Not an emulator made by createEmulator or startEmulator.");
  return org;
}

function emulatorDescriptors(emulator: Emulator): Omit<Emulator, "close"> {
  return {
    fetch: emulator.fetch,
    apiToken: emulator.apiToken,
    get orgUrl() {
      return emulator.orgUrl;
    },
    oauth: emulator.oauth,
    state: emulator.state,
    seed: emulator.seed,
    snapshot: emulator.snapshot,
    faults: emulator.faults,
    rateLimits: emulator.rateLimits,
    ready: emulator.ready,
    save: emulator.save,
  };
}

/**
 * The test helpers with admin roles applied: a registered client gets the roles it names, and
 * the built-in helper client of `issueAccessToken` holds SUPER_ADMIN. Granted once the org is
 * loaded, so a state file or seed never overwrites them; requests wait for the same moment.
 */
function withAdminRoles(oauth: EmulatorOAuth, org: Org, ready: Promise<void>): EmulatorOAuth {
  const grant = (client: string, role: string) =>
    void ready.then(() => grantRole(org, { client }, role), () => {});
  return Object.assign(Object.create(oauth) as EmulatorOAuth, {
    registerClient(client: EmulatorOAuthClient): void {
      oauth.registerClient(client);
      for (const role of client.roles ?? []) grant(client.clientId, role);
    },
    issueAccessToken(input: Parameters<EmulatorOAuth["issueAccessToken"]>[0]): string {
      if (input.clientId === undefined) grant(HELPER_CLIENT_ID, "SUPER_ADMIN");
      return oauth.issueAccessToken({ clientId: HELPER_CLIENT_ID, ...input });
    },
  });
}
