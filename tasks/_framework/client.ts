/**
 * The Okta client as tasks see it: `createOkta()`'s typed client with the run's abort signal
 * applied to every request it starts.
 *
 * @module
 */
import type { RequestSpec } from "../../src/core/request_spec.ts";
import { attachApi } from "../../src/api/mod.ts";
import type { Okta, OktaClient } from "../../src/core/client.ts";

/**
 * The typed client for one task run: `okta`'s fluent namespaces and methods, with `signal`
 * applied to every request it starts (fluent calls, `request()`, `paginate()`), so a task never
 * passes the signal itself. Everything else (`config`, `auth`, `bulk`, `close`) is `okta`'s.
 */
export function clientForTask(okta: Okta, signal: AbortSignal): Okta {
  const host: OktaClient = {
    get config() {
      return okta.config;
    },
    get auth() {
      return okta.auth;
    },
    request: (method, path, options) => okta.request(method, path, { signal, ...options }),
    paginate<T>(url: string | URL) {
      return okta.paginate<T>(url).signal(signal);
    },
    call<T, Q extends object>(spec: RequestSpec) {
      return okta.call<T, Q>(spec).signal(signal);
    },
    callList<T, Q extends object>(spec: RequestSpec) {
      return okta.callList<T, Q>(spec).signal(signal);
    },
    bulk: (items, job, options) => okta.bulk(items, job, options),
    close: () => okta.close(),
    [Symbol.dispose]: () => okta.close(),
  };
  return attachApi(host);
}
