/**
 * The HTTP layer under the transport: one ky instance per client, loaded on the first request.
 *
 * ky is used as a plain sender: no retries, no HTTP errors, no timeout. oktakit keeps its own
 * retry timing (X-Rate-Limit-Reset judged against Date, the X-Okta-Retry-* headers, which
 * methods may be replayed) and one budget across all attempts, none of which ky can express.
 *
 * @module
 */
import type { KyInstance } from "npm:ky@^2.1.0";

/** The fetch the transport sends through: always one `Request`. */
export type TransportFetch = (request: Request) => Promise<Response>;

let loading: Promise<typeof import("npm:ky@^2.1.0")> | undefined;

/**
 * A ky instance over `fetch`, created once per client. ky is imported on the first request,
 * so `import "mod.ts"` does not pay for it (nor for the npm layer it brings).
 */
export async function createHttp(fetch: TransportFetch): Promise<KyInstance> {
  // Fully qualified on purpose: mod.ts must be importable by URL without our import map.
  const { default: ky } = await (loading ??= import("npm:ky@^2.1.0"));
  return ky.create({
    retry: 0,
    throwHttpErrors: false,
    timeout: false,
    // ky hands over the Request it built (our headers, body and signal are on it already);
    // its second argument only carries options fetch does not know, and we set none.
    fetch: (input, init) => fetch(input instanceof Request ? input : new Request(input, init)),
  });
}
