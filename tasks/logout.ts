/**
 * `deno task logout`: revokes the cached device-grant tokens of a client at the org and removes
 * them from the cache file.
 *
 * @module
 */
import { logout } from "../src/auth/mod.ts";
import { defineTask, main } from "./_framework/mod.ts";
import type { ArgSpecs, TaskDefinition } from "./_framework/mod.ts";
import { authTarget, CACHE_ARG, CLIENT_ID_ARG, SIGN_IN_TASK } from "./_framework/sign_in.ts";

/** The arguments of the logout task. */
export const ARGS = {
  clientId: CLIENT_ID_ARG,
  scopes: {
    type: "list",
    description: "only the session with exactly these scopes (default: every session)",
    placeholder: "SCOPE",
  },
  cache: CACHE_ARG,
} as const satisfies ArgSpecs;

/** The logout task. */
export const task: TaskDefinition<typeof ARGS> = defineTask({
  name: "logout",
  description: "Revoke the cached sign-in tokens at the org and delete them from the cache",
  details: "Revokes the access and refresh tokens cached by `deno task login` for the org and " +
    "client (all scope sets, or only --scopes) at /oauth2/v1/revoke, then deletes them.",
  args: ARGS,
  ...SIGN_IN_TASK,
  columns: ["orgUrl", "clientId", "revoked"],
  examples: ["OKTA_ORG_URL=https://acme.okta.com deno task logout --client-id 0oa1native"],
  async run(ctx) {
    const { orgUrl, clientId, scopes } = authTarget(ctx);
    const revoked = await logout({
      orgUrl,
      clientId,
      scopes: scopes.length ? scopes : undefined,
      tokenCache: ctx.args.cache,
      fetch: (input, init) => ctx.fetch(new Request(input, init)),
    });
    await ctx.emit({ orgUrl, clientId, revoked });
    ctx.succeeded();
  },
});

if (import.meta.main) await main(task);
