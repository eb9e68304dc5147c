/**
 * Admin permissions: the standard admin roles assigned to a user (directly or through a group)
 * or to a client app decide which operations the principal may call. An API token acts with its
 * admin's roles; an OAuth token passes the scope check first (so it gets scopes ∩ roles).
 * A refusal is 403 E0000006.
 *
 * Each role is a predicate over the operation's scope (and, for the narrow roles, its path).
 * Not modelled: custom roles and resource sets, group/app targets narrowing a role.
 *
 * @module
 */
import type { Operation } from "../core/operation.ts";
import { OktaHttpError } from "./errors.ts";
import { storeOf } from "./generic.ts";
import type { Org } from "./org.ts";

/** Who a request acts as. */
export type Principal = { kind: "user"; id: string } | { kind: "client"; id: string };

type Rule = (scope: string, method: string, path: string) => boolean;

const READ = (scope: string) => scope.endsWith(".read");
const within = (...prefixes: string[]) => (scope: string) =>
  prefixes.some((p) => scope === p || scope.startsWith(p + "."));

const HELP_DESK_ACTIONS =
  /^\/api\/v1\/users\/[^/]+\/(lifecycle\/(unlock|reset_password|expire_password|reset_factors)|factors(\/.*)?|sessions)$/;
const MEMBERSHIP = /^\/api\/v1\/groups\/[^/]+\/users\/[^/]+$/;

/** What each standard role may do, by the operation's scope. */
export const ROLE_RULES: Readonly<Record<string, Rule>> = {
  SUPER_ADMIN: () => true,
  ORG_ADMIN: (scope) => !within("okta.roles")(scope) || READ(scope),
  READ_ONLY_ADMIN: READ,
  APP_ADMIN: (scope) =>
    within("okta.apps", "okta.appGrants", "okta.clients")(scope) ||
    ["okta.users.read", "okta.groups.read", "okta.schemas.read"].includes(scope),
  USER_ADMIN: (scope) =>
    within("okta.users", "okta.groups")(scope) ||
    ["okta.userTypes.read", "okta.schemas.read"].includes(scope),
  GROUP_MEMBERSHIP_ADMIN: (scope, method, path) =>
    ["okta.users.read", "okta.groups.read"].includes(scope) ||
    (scope === "okta.groups.manage" && (method === "PUT" || method === "DELETE") &&
      MEMBERSHIP.test(path)),
  HELP_DESK_ADMIN: (scope, _method, path) =>
    ["okta.users.read", "okta.groups.read"].includes(scope) ||
    (scope === "okta.users.manage" && HELP_DESK_ACTIONS.test(path)),
  REPORT_ADMIN: (scope) => ["okta.logs.read", "okta.reports.read"].includes(scope),
  API_ACCESS_MANAGEMENT_ADMIN: (scope) =>
    within("okta.authorizationServers", "okta.apps", "okta.appGrants", "okta.clients")(scope) ||
    ["okta.users.read", "okta.groups.read"].includes(scope),
};

function typesIn(org: Org, path: string): string[] {
  return storeOf(org).collection(path).values()
    .filter((r) => r.data.status !== "INACTIVE")
    .map((r) => String(r.data.type ?? ""));
}

/** The standard role types a principal holds: its own, and (users) its groups'. */
export function rolesOf(org: Org, principal: Principal): string[] {
  if (principal.kind === "client") return typesIn(org, `/oauth2/v1/clients/${principal.id}/roles`);
  const roles = typesIn(org, `/api/v1/users/${principal.id}/roles`);
  for (const group of org.groups.values()) {
    if (group.members.has(principal.id)) roles.push(...typesIn(org, `/api/v1/groups/${group.id}/roles`));
  }
  return roles;
}

/** A user's calls on its own record need no admin role (`/users/me`, `/users/{own id}`). */
function isSelf(principal: Principal, method: string, path: string): boolean {
  if (principal.kind !== "user" || method !== "GET") return false;
  return path === "/api/v1/users/me" || path === `/api/v1/users/${principal.id}`;
}

/** Throws 403 E0000006 unless the principal's roles allow the operation. */
export function requirePermission(
  org: Org,
  principal: Principal,
  op: Operation,
  method: string,
  path: string,
): void {
  if (isSelf(principal, method, path)) return;
  const roles = rolesOf(org, principal).map((r) => ROLE_RULES[r]).filter(Boolean);
  // An operation without a documented scope is open to any admin.
  const allowed = op.scopes.length === 0
    ? roles.length > 0
    : roles.some((rule) => op.scopes.some((scope) => rule(scope, method, path)));
  if (!allowed) throw new OktaHttpError("E0000006");
}
