/**
 * `deno task login`: signs in to the org with the OAuth device grant (a native app with the
 * Device Authorization grant) and caches the tokens in a 0600 file, so clients with
 * `tokenCache: true` reuse them without a prompt.
 *
 * @module
 */
import { deviceLogin } from "../src/auth/mod.ts";
import { defineTask, main, UsageError } from "./_framework/mod.ts";
import type { ArgSpecs, TaskDefinition } from "./_framework/mod.ts";
import { authTarget, CACHE_ARG, CLIENT_ID_ARG, SIGN_IN_TASK } from "./_framework/sign_in.ts";

/** The arguments of the login task. */
export const ARGS = {
  clientId: CLIENT_ID_ARG,
  scopes: {
    type: "list",
    description: "OAuth scopes to ask for (default: OKTA_CLIENT_SCOPES)",
    placeholder: "SCOPE",
  },
  cache: CACHE_ARG,
  force: { type: "boolean", description: "sign in again even when a cached session is valid" },
} as const satisfies ArgSpecs;

/** The login task. */
export const task: TaskDefinition<typeof ARGS> = defineTask({
  name: "login",
  description: "Sign in with the OAuth device grant and cache the tokens (0600) for later runs",
  details: "Shows a code and a URL; once you approve it in the browser, the access and refresh " +
    "tokens are stored in the cache file (mode 0600, refused when others can read it). Clients " +
    "created with tokenCache: true (or OKTA_CLIENT_TOKENCACHE=true) for the same org, client and " +
    "scopes then run without a prompt. Nothing secret is printed. With --emulator the sign-in is " +
    "approved automatically.",
  args: ARGS,
  ...SIGN_IN_TASK,
  columns: ["orgUrl", "clientId", "scopes", "expiresAt", "fromCache", "cache"],
  examples: [
    "OKTA_ORG_URL=https://acme.okta.com deno task login --client-id 0oa1native --scopes okta.users.read,okta.groups.read",
  ],
  async run(ctx) {
    const { orgUrl, clientId, scopes } = authTarget(ctx);
    if (scopes.length === 0) {
      throw new UsageError(
        "Give --scopes (or set OKTA_CLIENT_SCOPES): the okta.* scopes to ask for",
      );
    }
    if (ctx.emulator) {
      ctx.emulator.oauth.registerClient({
        clientId,
        scopes: [...scopes, "openid", "offline_access"],
        grantTypes: ["urn:ietf:params:oauth:grant-type:device_code", "refresh_token"],
      });
    }
    const emulator = ctx.emulator;
    const session = await deviceLogin({
      orgUrl,
      clientId,
      scopes,
      tokenCache: ctx.args.cache,
      force: ctx.args.force,
      signal: ctx.signal,
      fetch: (input, init) => ctx.fetch(new Request(input, init)),
      onDeviceCode: (prompt) => {
        if (emulator) {
          emulator.oauth.approveDevice(prompt.userCode);
          return;
        }
        ctx.info(
          `To sign in, open ${prompt.verificationUriComplete ?? prompt.verificationUri}` +
            ` and enter the code ${prompt.userCode} (it expires in ` +
            `${Math.max(1, Math.round(prompt.expiresIn / 60))} minutes).`,
        );
      },
    });
    await ctx.emit({
      orgUrl,
      clientId,
      scopes: session.scopes ?? scopes,
      expiresAt: session.expiresAt,
      fromCache: session.fromCache,
      cache: session.cachePath,
    });
    ctx.succeeded();
  },
});

if (import.meta.main) await main(task);
