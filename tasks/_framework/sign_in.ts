/**
 * What the login and logout tasks share: the org, client and scopes they act on, their common
 * arguments, and their sandbox (the token cache folder, no Okta client of the task's own).
 *
 * @module
 */
import { UsageError } from "./args.ts";
import type { TaskContext, TaskDefinition } from "./types.ts";

/** The client id registered in `--emulator` mode. */
export const EMULATOR_CLIENT_ID = "0oaoktakitcli000demo";

/** Settings shared by login and logout: org, client, scopes and cache, from args or OKTA_* env. */
export function authTarget(
  ctx: TaskContext<{ clientId?: string; scopes: string[] }>,
): { orgUrl: string; clientId: string; scopes: string[] } {
  const orgUrl = ctx.emulator?.orgUrl ?? ctx.env("OKTA_ORG_URL") ?? ctx.env("OKTA_CLIENT_ORGURL");
  if (!orgUrl) throw new UsageError("Set OKTA_ORG_URL to the org, e.g. https://acme.okta.com");
  const clientId = ctx.args.clientId ?? ctx.env("OKTA_CLIENT_CLIENTID") ??
    (ctx.emulator ? EMULATOR_CLIENT_ID : undefined);
  if (!clientId) {
    throw new UsageError(
      "Give --client-id (or set OKTA_CLIENT_CLIENTID): the native app's client id",
    );
  }
  const scopes = ctx.args.scopes.length
    ? ctx.args.scopes
    : (ctx.env("OKTA_CLIENT_SCOPES") ?? "").split(/[\s,]+/).filter(Boolean);
  return { orgUrl, clientId, scopes };
}

/** The `--client-id` argument of login and logout. */
export const CLIENT_ID_ARG: {
  readonly type: "string";
  readonly description: string;
  readonly placeholder: string;
} = {
  type: "string",
  description: "the native app's client id (default: OKTA_CLIENT_CLIENTID)",
  placeholder: "ID",
};

/** The `--cache` argument of login and logout (the `deno task` entry always passes it). */
export const CACHE_ARG: {
  readonly type: "string";
  readonly required: true;
  readonly description: string;
  readonly placeholder: string;
} = {
  type: "string",
  required: true,
  description: "token cache file (deno task passes $HOME/.config/oktakit/tokens.json)",
  placeholder: "FILE",
};

/**
 * The definition fields login and logout share: no scopes and no task client of their own (they
 * talk OAuth to the org themselves), and access to the token cache folder only.
 */
export const SIGN_IN_TASK: Pick<
  TaskDefinition,
  "scopes" | "permissions" | "commandArgs" | "needsClient"
> = {
  scopes: [],
  permissions: { read: ["$HOME/.config/oktakit"], write: ["$HOME/.config/oktakit"] },
  commandArgs: ["--cache", "$HOME/.config/oktakit/tokens.json"],
  needsClient: false,
};
