/**
 * The state the pipeline's steps share, kept in two plain objects passed along rather than in
 * module globals: {@link Pipeline}, one per emulator (its parts, routes and counters), and
 * {@link Exchange}, one per request (what the steps so far learned about it).
 *
 * @module
 */
import type { Principal } from "../admin_roles.ts";
import type { Operation } from "../../core/operation.ts";
import type { FaultInjector, FaultKind } from "../faults.ts";
import type { Hono } from "../hono.ts";
import type { OAuthServer } from "../oauth/mod.ts";
import type { OperationIndex } from "../operations.ts";
import type { Actor, EmulatorEnv, Org } from "../org.ts";
import type { RateLimiter } from "../rate_limit.ts";

/** Everything the pipeline needs. */
export interface PipelineParts {
  org: Org;
  oauth: OAuthServer;
  limiter: RateLimiter;
  faults: FaultInjector;
  apiToken: () => string;
  /** Resolves when saved state is loaded. */
  ready: Promise<void>;
  /** Waits `ms` (cancelled on close). */
  sleep: (ms: number) => Promise<void>;
}

/** One emulator's pipeline: its parts, its routes and what it counts across requests. */
export interface Pipeline {
  readonly parts: PipelineParts;
  /** The resources and the OAuth routes. */
  readonly app: Hono<EmulatorEnv>;
  /** Method + path → operation of the generated table. */
  readonly index: OperationIndex;
  /** Requests seen so far (the start of each request id). */
  requests: number;
  /** When the last concurrency violation was logged (0: never). */
  concurrencyLoggedAt: number;
}

/** Who a request authenticated as. */
export interface Caller {
  /** Whose admin roles apply. */
  principal: Principal;
  /** The System Log actor. */
  actor: Actor;
}

/** One request on its way through the pipeline. */
export interface Exchange {
  /** The request (replaced by the canonical-path and size-capped ones on the way). */
  request: Request;
  /** Its URL (the canonical one once routed). */
  url: URL;
  /** Its method, upper-cased. */
  readonly method: string;
  /** The `X-Okta-Request-Id`. */
  readonly requestId: string;
  /** Headers every response to this request carries (request id, `Date`, rate limits). */
  readonly headers: Record<string, string>;
  /** The fault injected into this request, if any. */
  fault: FaultKind | undefined;
  /** The operation of the generated table it matched (undefined for `/oauth2/v1/*`). */
  operation: Operation | undefined;
  /** Who is calling (undefined: anonymous). */
  caller: Caller | undefined;
}
