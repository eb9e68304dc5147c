/**
 * Emits `docs/API.md`: operationId → fluent call → method and path → scopes → PowerShell cmdlet.
 *
 * @module
 */
import type { Operation } from "../../src/core/operation.ts";

/** operationId prefix → PowerShell verb (powershell-module.md §1); `Invoke` keeps the whole id. */
const VERBS: Record<string, string> = {
  get: "Get",
  create: "New",
  generate: "New",
  update: "Update",
  assign: "Set",
  set: "Set",
  remove: "Remove",
  verify: "Test",
  clone: "Copy",
  change: "Rename",
  pause: "Suspend",
  suspend: "Suspend",
  end: "Stop",
  stop: "Stop",
  revoke: "Revoke",
  add: "Add",
  reset: "Reset",
  grant: "Grant",
  publish: "Publish",
  send: "Send",
  resume: "Resume",
  hide: "Hide",
  show: "Show",
  clear: "Clear",
  unlock: "Unlock",
};

/** The cmdlet name the Okta PowerShell module generates for an operationId. */
export function cmdletName(operationId: string): string {
  const m = /^([a-z]+)(.*)$/.exec(operationId);
  const pascal = operationId[0].toUpperCase() + operationId.slice(1);
  if (!m) return `Invoke-Okta${pascal}`;
  const verb = VERBS[m[1]];
  if (verb && m[2]) return `${verb}-Okta${m[2]}`;
  return `Invoke-Okta${pascal}`;
}

/** The fluent call as written by a user, e.g. `okta.users.get(id)`. */
export function fluentCall(op: Operation): string {
  const args = op.params.filter((p) => p.in === "path").map((p) => p.name);
  if (op.body !== "none") args.push("body");
  return `okta.${op.fluent}(${args.join(", ")})`;
}

/** Renders the reference table. `cmdlets` maps operationId → PowerShell operationId. */
export function emitApiDoc(ops: readonly Operation[], cmdlets: Map<string, string>): string {
  const lines = [
    "<!-- generated — do not edit. Run `deno task codegen` (source: tools/codegen/). -->",
    "",
    "# Okta Management API reference (oktakit)",
    "",
    `${ops.length} operations. Each is reachable through its fluent call and by operationId with`,
    "`okta.operation(operationId, { ...pathParams, ...query, body })`; `okta.scopesFor(operationId)`",
    "returns the OAuth scopes listed here. The PowerShell column names the cmdlet of the Okta",
    "PowerShell module (only operations in its spec have one): the migration guide for PowerShell users.",
    "Query parameters are chainable setters on the returned builder, e.g.",
    "`okta.users.list().search('profile.department eq \"Eng\"').limit(200)`.",
    "",
    "| operationId | fluent call | method and path | scopes | PowerShell |",
    "|---|---|---|---|---|",
  ];
  const sorted = [...ops].sort((a, b) => a.fluent < b.fluent ? -1 : a.fluent > b.fluent ? 1 : 0);
  for (const op of sorted) {
    const scopes = op.anonymous && op.scopes.length === 0
      ? "none (anonymous)"
      : op.scopes.map((s) => `\`${s}\``).join(" ") || (op.apiToken ? "API token only" : "");
    const life = op.lifecycle ? ` (${op.lifecycle})` : "";
    const ps = cmdlets.get(op.id);
    lines.push(
      `| \`${op.id}\`${life} | \`${fluentCall(op)}\` | \`${op.method} ${op.path}\` | ${scopes} | ${
        ps ? `\`${cmdletName(ps)}\`` : ""
      } |`,
    );
  }
  return lines.join("\n") + "\n";
}
