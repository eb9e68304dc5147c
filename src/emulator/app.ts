/**
 * Assembles the emulator: the request pipeline (request id, `Date`, faults, concurrency,
 * path/method check, auth and scopes, rate limits, Okta error rendering) around a Hono app
 * that holds the resources and the OAuth routes.
 *
 * @module
 */
import { Hono } from "./hono.ts";
import { checkPermission, type Principal } from "./admin_roles.ts";
import { limitBody } from "./body_limits.ts";
import type { Operation } from "../core/operation.ts";
import { errorBody, OktaHttpError } from "./errors.ts";
import type { FaultInjector, FaultKind } from "./faults.ts";
import { json } from "./links.ts";
import { isOAuthPath, type OAuthServer } from "./oauth/mod.ts";
import { OperationIndex } from "./operations.ts";
import type { Actor, EmulatorEnv, Org, RequestInfo } from "./org.ts";
import { formQuery } from "./query.ts";
import type { RateLimiter } from "./rate_limit.ts";
import { RESOURCES } from "./resources/mod.ts";
import { markFailed, transact } from "./undo.ts";

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

/** Methods that never change the org (they run without an undo log). */
const READS = new Set(["GET", "HEAD", "OPTIONS"]);

let sharedIndex: OperationIndex | undefined;

/** The operation index, built once per process. */
function operationIndex(): OperationIndex {
  return sharedIndex ??= new OperationIndex();
}

/** Thrown to make an in-process fetch reject like a reset connection. */
export class ConnectionResetError extends TypeError {
  /**
   * Creates an instance.
   * @param message description.
   */
  constructor(message = "error sending request: connection reset by peer (injected fault)") {
    super(message);
    this.name = "ConnectionResetError";
  }
}

/** Builds the emulator's `fetch` handler. */
export function createPipeline(parts: PipelineParts): (request: Request) => Promise<Response> {
  const { org, oauth, limiter, faults } = parts;
  const app = new Hono<EmulatorEnv>();
  app.route("/", oauth.app as unknown as Hono<EmulatorEnv>);
  for (const resource of RESOURCES) resource.register(app, org);
  app.notFound((c) => {
    throw new OktaHttpError("E0000009", "The emulator does not implement this operation yet.", {
      status: 501,
      causes: [`${c.req.method} ${new URL(c.req.url).pathname}`],
    });
  });
  app.onError((error, c) => {
    markFailed(); // a handler that threw may have changed the store already: undo it
    if (error instanceof OktaHttpError) return render(error, c.env.requestId);
    console.error("emulator: unexpected error", error);
    return render(new OktaHttpError("E0000009"), c.env.requestId);
  });
  const index = operationIndex();
  let requestCounter = 0;
  let concurrencyLogged = 0;

  function render(error: OktaHttpError, requestId: string): Response {
    return json(errorBody(error, "oae" + requestId.slice(0, 22)), error.status, error.headers);
  }

  async function authenticate(
    request: Request,
    url: URL,
    op: Operation | undefined,
  ): Promise<{ actor: Actor; principal: Principal } | undefined> {
    if (!op || op.anonymous) return undefined;
    const header = request.headers.get("Authorization") ?? "";
    const space = header.indexOf(" ");
    const scheme = space > 0 ? header.slice(0, space) : header;
    const credential = space > 0 ? header.slice(space + 1).trim() : "";
    if (scheme.toUpperCase() === "SSWS") {
      if (!constantTimeEqual(credential, parts.apiToken())) throw new OktaHttpError("E0000011");
      // The API token is the seeded admin's and acts with that admin's roles.
      const admin = org.users.get(org.adminId);
      return {
        principal: { user: org.adminId },
        actor: {
          id: org.adminId,
          type: "User",
          alternateId: String(admin?.profile.login ?? "admin"),
          displayName: "Org Admin",
        },
      };
    }
    if (/^(bearer|dpop)$/i.test(scheme) && credential !== "") {
      const check = await oauth.verifyAccessToken({
        scheme,
        token: credential,
        dpopProof: request.headers.get("DPoP"),
        method: request.method,
        url: url.origin + url.pathname,
      });
      if (!check.ok) {
        throw new OktaHttpError(
          check.status === 401 ? "E0000011" : "E0000002",
          check.status === 401 ? "Invalid token provided" : check.description,
          { status: check.status, headers: check.headers },
        );
      }
      if (op.scopes.length > 0 && !op.scopes.some((s) => check.scopes.includes(s))) {
        const origin = url.origin;
        throw new OktaHttpError("E0000006", undefined, {
          headers: {
            "WWW-Authenticate": `${
              scheme.toLowerCase() === "dpop" ? "DPoP" : "Bearer"
            } authorization_uri="${origin}/oauth2/v1/authorize", realm="${origin}", scope="${
              op.scopes.join(" ")
            }", error="insufficient_scope", error_description="The access token provided does not contain the required scopes.", resource="${url.pathname}"`,
          },
        });
      }
      const subject = check.subject ? org.users.get(check.subject) : undefined;
      // A user's token acts with that user's roles, a service app's with the app's.
      return subject
        ? {
          principal: { user: subject.id },
          actor: {
            id: subject.id,
            type: "User",
            alternateId: String(subject.profile.login ?? ""),
            displayName: `${subject.profile.firstName ?? ""} ${subject.profile.lastName ?? ""}`
              .trim(),
          },
        }
        : {
          principal: { client: check.clientId },
          actor: {
            id: check.clientId,
            type: "PublicClientApp",
            alternateId: check.clientId,
            displayName: check.clientId,
          },
        };
    }
    throw new OktaHttpError("E0000005");
  }

  async function handle(original: Request, requestId: string): Promise<Response> {
    let request = original;
    let url = new URL(request.url);
    // Okta ignores empty segments and a trailing slash; route the canonical path.
    const canonical = "/" + url.pathname.split("/").filter((s) => s !== "").join("/");
    if (canonical !== url.pathname) {
      url = new URL(canonical + url.search, url.origin);
      request = new Request(url, request);
    }
    const path = url.pathname;
    const method = request.method.toUpperCase();
    const isOAuthEndpoint = isOAuthPath(path);
    const match = index.match(method, path);
    if (!match.operation && !isOAuthEndpoint) {
      if (match.methods.length > 0) {
        throw new OktaHttpError("E0000022", undefined, {
          headers: { Allow: match.methods.join(", ") },
        });
      }
      throw new OktaHttpError("E0000008", undefined, { causes: [`${method} ${path}`] });
    }
    const caller = await authenticate(request, url, match.operation);
    if (caller && match.operation) checkPermission(org, caller.principal, match.operation, path);
    request = await limitBody(request);
    const info: RequestInfo = {
      url,
      query: formQuery(url),
      headers: request.headers,
      operation: match.operation,
      requestId,
      origin: url.origin,
      actor: caller?.actor ??
        { id: "anonymous", type: "Anonymous", alternateId: "anonymous", displayName: "Anonymous" },
      body: async () => {
        const text = await request.text();
        if (text.trim() === "") return {};
        let parsed: unknown;
        try {
          parsed = JSON.parse(text);
        } catch {
          throw new OktaHttpError("E0000003", undefined, {
            causes: ["The request body was not well-formed JSON."],
          });
        }
        if (parsed === null || typeof parsed !== "object" || Array.isArray(parsed)) {
          throw new OktaHttpError("E0000003", undefined, {
            causes: ["The request body must be a JSON object."],
          });
        }
        return parsed as Record<string, unknown>;
      },
    };
    return await app.fetch(request, info);
  }

  return async function emulatorFetch(request: Request): Promise<Response> {
    await parts.ready;
    const requestId = `emu${(++requestCounter).toString(36)}${
      crypto.randomUUID().replaceAll("-", "")
    }`
      .slice(0, 24);
    const url = new URL(request.url);
    const method = request.method.toUpperCase();
    const headers: Record<string, string> = {
      "X-Okta-Request-Id": requestId,
      Date: new Date(org.now()).toUTCString(),
    };
    let response: Response;
    let fault: FaultKind | undefined;
    if (!limiter.enter()) {
      Object.assign(headers, limiter.concurrencyHeaders());
      response = render(new OktaHttpError("E0000047"), requestId);
      if (!concurrencyLogged || org.now() - concurrencyLogged >= 60_000) {
        concurrencyLogged = org.now();
        org.emit(
          "core.concurrency.org.limit.violation",
          "Concurrency limit violation",
          [],
          undefined,
          {
            outcome: "DENY",
            severity: "WARN",
          },
        );
      }
      return finish(response, headers, undefined);
    }
    try {
      fault = faults.draw(method, url.pathname, requestId);
      if (fault === "reset") throw new ConnectionResetError();
      if (fault === "slow") await parts.sleep(faults.slowMs);
      const decision = limiter.charge(method, url.pathname);
      Object.assign(headers, decision.headers);
      if (fault === "rateLimit") {
        headers["X-Rate-Limit-Remaining"] = "0";
        response = render(new OktaHttpError("E0000047"), requestId);
      } else if (fault === "unavailable") {
        response = render(
          new OktaHttpError("E0000009", "Service Unavailable (injected fault)", { status: 503 }),
          requestId,
        );
      } else if (!decision.allowed) {
        response = render(new OktaHttpError("E0000047"), requestId);
        org.emit("system.org.rate_limit.violation", "Rate limit violation", [], undefined, {
          outcome: "DENY",
          severity: "WARN",
        });
      } else {
        try {
          // A write that fails (throws, or answers 5xx) leaves the org as it was.
          response = READS.has(method)
            ? await handle(request, requestId)
            : await transact(() => handle(request, requestId), (r) => r.status >= 500);
        } catch (error) {
          response = render(
            error instanceof OktaHttpError
              ? error
              : new OktaHttpError("E0000009", "Internal Server Error", { causes: [] }),
            requestId,
          );
          if (!(error instanceof OktaHttpError)) console.error("emulator: unexpected error", error);
        }
      }
    } finally {
      limiter.leave();
    }
    return finish(response, headers, fault);
  };

  function finish(
    response: Response,
    headers: Record<string, string>,
    fault: FaultKind | undefined,
  ): Response {
    const out = new Headers(response.headers);
    for (const [k, v] of Object.entries(headers)) out.set(k, v);
    if (fault === "truncate" && response.body) {
      const body = response.body;
      const stream = new ReadableStream<Uint8Array>({
        async start(controller) {
          const reader = body.getReader();
          const first = await reader.read();
          await reader.cancel();
          if (!first.done && first.value) {
            controller.enqueue(
              first.value.slice(0, Math.max(1, Math.floor(first.value.length / 2))),
            );
          }
          controller.error(
            new TypeError("error reading a body from connection: truncated (injected fault)"),
          );
        },
      });
      out.delete("Content-Length");
      return new Response(stream, { status: response.status, headers: out });
    }
    return new Response(response.body, { status: response.status, headers: out });
  }
}

function constantTimeEqual(a: string, b: string): boolean {
  if (a.length !== b.length || b === "") return false;
  let diff = 0;
  for (let i = 0; i < a.length; i++) diff |= a.charCodeAt(i) ^ b.charCodeAt(i);
  return diff === 0;
}
