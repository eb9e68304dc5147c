/** Local test servers on 127.0.0.1, port 0, recording every request they receive. */

/** One request as the server saw it. */
export interface Recorded {
  method: string;
  url: URL;
  headers: Headers;
  body: string;
}

/** A running test server. */
export interface TestServer {
  /** `http://127.0.0.1:<port>` */
  origin: string;
  /** Requests received so far, in order. */
  requests: Recorded[];
  /** Resolves once at least `n` requests arrived. */
  waitForRequests(n: number): Promise<void>;
  /** Stops the server. */
  close(): Promise<void>;
}

/** The handler gets the request (body already read into `recorded.body`) and its 0-based index. */
export type Handler = (
  recorded: Recorded,
  index: number,
  origin: string,
) => Response | Promise<Response>;

/** Starts a server that records every request and answers with `handler`. */
export function startServer(handler: Handler): TestServer {
  const requests: Recorded[] = [];
  let waiters: { n: number; resolve: () => void }[] = [];
  let origin = "";
  const server = Deno.serve(
    { hostname: "127.0.0.1", port: 0, onListen() {} },
    async (request) => {
      const recorded: Recorded = {
        method: request.method,
        url: new URL(request.url),
        headers: request.headers,
        body: await request.text(),
      };
      const index = requests.push(recorded) - 1;
      waiters = waiters.filter((w) => {
        if (requests.length >= w.n) w.resolve();
        return requests.length < w.n;
      });
      return await handler(recorded, index, origin);
    },
  );
  origin = `http://127.0.0.1:${server.addr.port}`;
  return {
    origin,
    requests,
    waitForRequests(n: number): Promise<void> {
      if (requests.length >= n) return Promise.resolve();
      return new Promise((resolve) => waiters.push({ n, resolve }));
    },
    close: () => server.shutdown(),
  };
}

/** A JSON response with Okta-like headers. */
export function json(
  body: unknown,
  init: { status?: number; headers?: HeadersInit } = {},
): Response {
  const headers = new Headers(init.headers);
  if (!headers.has("content-type")) headers.set("content-type", "application/json");
  return new Response(body === undefined ? null : JSON.stringify(body), {
    status: init.status ?? 200,
    headers,
  });
}

/** A token that must never show up anywhere. */
export const CANARY = "canary-0kta-T0KEN-5f3a9c2e7b1d";

/** Waits a few real event-loop turns (lets in-flight I/O that should not exist show up). */
export async function settle(ms = 30): Promise<void> {
  await new Promise((resolve) => setTimeout(resolve, ms));
}

/** Whether `promise` settles within `ms` (the timer is always cleared). */
export async function within(promise: Promise<unknown>, ms: number): Promise<boolean> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<false>((resolve) => (timer = setTimeout(() => resolve(false), ms)));
  try {
    return await Promise.race([promise.then(() => true), timeout]);
  } finally {
    clearTimeout(timer);
  }
}

/**
 * A server whose every answer (`{}`) waits until `release()`: a response that hangs. Release it
 * before closing the server.
 */
export function startHangingServer(): TestServer & { release(): void } {
  let release!: () => void;
  const released = new Promise<void>((r) => (release = r));
  const server = startServer(async () => {
    await released;
    return json({});
  });
  return Object.assign(server, { release });
}
