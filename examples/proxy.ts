/**
 * Send every request through an HTTP(S) proxy — PowerShell's `$Configuration.Proxy`. The
 * proxy URL may carry user info (`http://user:pass@proxy:8888`); it is redacted everywhere.
 * Without the option, Deno's `fetch` also honours `HTTPS_PROXY` / `HTTP_PROXY` / `NO_PROXY`.
 *
 * ```sh
 * OKTA_ORG_URL=https://dev-123.okta.com OKTA_API_TOKEN=… OKTA_EXAMPLE_PROXY=http://127.0.0.1:8888 \
 *   deno run --allow-net --allow-env=OKTA_* examples/proxy.ts
 * ```
 *
 * Needs `okta.users.read` and a proxy listening at OKTA_EXAMPLE_PROXY.
 *
 * @module
 */
import { createOkta } from "../mod.ts";

const proxy = Deno.env.get("OKTA_EXAMPLE_PROXY") ?? "http://127.0.0.1:8888";

// `using` closes the proxy connection pool when the block ends (or call okta.close()).
{
  using okta = createOkta({ proxy });
  const users = await okta.users.list().limit(3);
  console.log(`via ${okta.config.proxy}: ${users.length} users`);
}
