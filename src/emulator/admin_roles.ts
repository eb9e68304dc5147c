/**
 * Admin permissions: which standard roles a principal holds (its own, its groups', a client
 * app's) and whether they let it call an operation. The role table is data: each role lists the
 * scope areas (`okta.<area>.read|manage`) it may read and manage, and, for the narrow roles, the
 * only write operations it may call. An operation is allowed when some held role allows it and,
 * for a role with targets, the user, group or app the path names is among them.
 *
 * Role assignments live in the long tail's store at their API paths
 * (`/api/v1/users/{id}/roles`, `/api/v1/groups/{id}/roles`, `/oauth2/v1/clients/{id}/roles`),
 * so the API, the seed and the in-process helpers all write the same state.
 *
 * @module
 */
import type { Operation } from "../core/operation.ts";
import { OktaHttpError } from "./errors.ts";
import { type GenericItem, pathParams, storeOf } from "./long_tail/mod.ts";
import type { OrderedCollection } from "./store.ts";
import type { Org } from "./org.ts";

/** What a role may do. */
interface RolePermissions {
  /** Its label as Okta shows it. */
  label: string;
  /** Scope areas it may read (`*` = all). */
  read: readonly string[];
  /** Scope areas it may manage (`*` = all). */
  manage: readonly string[];
  /** When given, the only write operations (by path template) it may call. */
  writes?: readonly string[];
  /** Areas it may not manage even under `*`. */
  manageExcept?: readonly string[];
}

const MEMBERSHIP = [
  "/api/v1/groups/{groupId}/users/{userId}",
];
const HELP_DESK = [
  "/api/v1/users/{id}/lifecycle/reset_password",
  "/api/v1/users/{id}/lifecycle/expire_password",
  "/api/v1/users/{id}/lifecycle/expire_password_with_temp_password",
  "/api/v1/users/{id}/lifecycle/unlock",
  "/api/v1/users/{id}/lifecycle/reset_factors",
  "/api/v1/users/{userId}/sessions",
  "/api/v1/users/{userId}/factors/{factorId}",
];

/** A role that manages its own areas and reads them, users and groups. */
function areaAdmin(label: string, areas: readonly string[]): RolePermissions {
  return { label, read: [...areas, "users", "groups"], manage: areas };
}

/**
 * The standard roles, after Okta's "Administrator permissions" overview [INF: the mapping of
 * each permission to scope areas is the emulator's].
 */
export const STANDARD_ROLES: Readonly<Record<string, RolePermissions>> = {
  SUPER_ADMIN: { label: "Super Administrator", read: ["*"], manage: ["*"] },
  ORG_ADMIN: {
    label: "Organizational Administrator",
    read: ["*"],
    manage: ["*"],
    manageExcept: ["roles", "apiTokens"],
  },
  APP_ADMIN: areaAdmin("Application Administrator", ["apps", "appGrants", "apps.interclientTrust"]),
  USER_ADMIN: {
    label: "Group Administrator",
    read: ["users", "groups", "userTypes", "schemas"],
    manage: ["users", "groups"],
    writes: [
      "/api/v1/users",
      "/api/v1/users/{id}",
      "/api/v1/users/{id}/lifecycle/activate",
      "/api/v1/users/{id}/lifecycle/deactivate",
      "/api/v1/users/{id}/lifecycle/reactivate",
      "/api/v1/users/{id}/lifecycle/suspend",
      "/api/v1/users/{id}/lifecycle/unsuspend",
      ...HELP_DESK,
      ...MEMBERSHIP,
    ],
  },
  GROUP_MEMBERSHIP_ADMIN: {
    label: "Group Membership Administrator",
    read: ["groups", "users"],
    manage: ["groups"],
    writes: MEMBERSHIP,
  },
  HELP_DESK_ADMIN: {
    label: "Help Desk Administrator",
    read: ["users", "groups"],
    manage: ["users"],
    writes: HELP_DESK,
  },
  READ_ONLY_ADMIN: { label: "Read-only Administrator", read: ["*"], manage: [] },
  REPORT_ADMIN: { label: "Report Administrator", read: ["logs"], manage: [] },
  API_ACCESS_MANAGEMENT_ADMIN: areaAdmin("API Access Management Administrator", [
    "authorizationServers",
    "apps",
    "appGrants",
  ]),
  MOBILE_ADMIN: areaAdmin("Mobile Administrator", ["devices", "deviceAssurance"]),
  // Governance roles act in Okta Identity Governance, not through these operations.
  ACCESS_CERTIFICATIONS_ADMIN: {
    label: "Access Certifications Administrator",
    read: [],
    manage: [],
  },
  ACCESS_REQUESTS_ADMIN: { label: "Access Requests Administrator", read: [], manage: [] },
  WORKFLOWS_ADMIN: { label: "Workflows Administrator", read: [], manage: [] },
};

/** Who is calling, as the permission check sees it. */
export type Principal = { user: string } | { client: string };

/** One held role and its targets (empty: the whole org). */
interface HeldRole {
  type: string;
  groupTargets: string[];
  appTargets: string[];
}

/** The collection path of a principal's (or a group's) role assignments. */
export function rolesPath(holder: Principal | { group: string }): string {
  if ("user" in holder) return `/api/v1/users/${holder.user}/roles`;
  if ("group" in holder) return `/api/v1/groups/${holder.group}/roles`;
  return `/oauth2/v1/clients/${holder.client}/roles`;
}

/**
 * Gives a user, group or client app a standard role, as `POST …/roles` would, with a fresh id
 * from the org's id generator (the seed grants its roles last, so the ids seeded before them do
 * not shift). Returns the assignment id.
 */
export function grantRole(org: Org, holder: Principal | { group: string }, type: string): string {
  const role = STANDARD_ROLES[type];
  if (!role) throw new Error(`unknown standard role ${type}`);
  const collection = storeOf(org).collection(rolesPath(holder));
  const existing = collection.values().find((item) => item.data.type === type);
  if (existing) return existing.id;
  const id = org.ids.next("ra1");
  const now = new Date(org.now()).toISOString();
  collection.set({
    seq: org.seq.next(),
    id,
    data: {
      id,
      type,
      label: role.label,
      status: "ACTIVE",
      created: now,
      lastUpdated: now,
      assignmentType: "user" in holder ? "USER" : "group" in holder ? "GROUP" : "CLIENT",
    },
  });
  return id;
}

/**
 * The roles a principal holds: its own and, for a user, those of its groups. Runs on every
 * authenticated request, so it reads only map entries: the caller's groups come from the org's
 * user → groups index, and a role's targets from the collections below its own path.
 */
function heldRoles(org: Org, principal: Principal): HeldRole[] {
  const store = storeOf(org);
  const paths = [rolesPath(principal)];
  if ("user" in principal) {
    const user = principal.user;
    // The index leaves Everyone out; it can hold roles like any group.
    for (const id of new Set([org.everyoneId, ...org.userGroups.get(user) ?? []])) {
      if (org.groups.get(id)?.members.has(user)) paths.push(rolesPath({ group: id }));
    }
  }
  const held: HeldRole[] = [];
  for (const path of paths) {
    for (const item of store.collections.get(path)?.values() ?? []) {
      const targets = `${path}/${item.id}/targets`;
      const ids = (collection: OrderedCollection<GenericItem> | undefined) =>
        collection?.values().map((t) => t.id) ?? [];
      held.push({
        type: String(item.data.type ?? ""),
        groupTargets: ids(store.collections.get(`${targets}/groups`)),
        appTargets: [
          ...ids(store.collections.get(`${targets}/catalog/apps`)),
          // App instance targets: `…/catalog/apps/{appName}/{appId}`, one collection per name.
          ...store.childCollections(`${targets}/catalog/apps`).flatMap(ids),
        ],
      });
    }
  }
  return held;
}

function areasOf(operation: Operation): { area: string; write: boolean }[] {
  return operation.scopes.map((scope) => {
    const match = /^okta\.(.+)\.(read|manage)(\.self)?$/.exec(scope);
    return { area: match?.[1] ?? scope, write: match?.[2] === "manage" };
  });
}

function roleAllows(role: RolePermissions, operation: Operation): boolean {
  const write = operation.method !== "GET";
  if (write && role.writes && !role.writes.includes(operation.path)) return false;
  const areas = areasOf(operation);
  // An operation without scopes is open to every role that may do anything at all.
  if (areas.length === 0) return write ? role.manage.length > 0 : role.read.length > 0;
  return areas.some(({ area, write: manages }) => {
    const list = manages ? role.manage : role.read;
    if (manages && role.manageExcept?.includes(area)) return false;
    return list.includes("*") || list.includes(area);
  });
}

function targetsAllow(org: Org, held: HeldRole, operation: Operation, path: string): boolean {
  const params = pathParams(operation.path, path);
  if (held.groupTargets.length > 0) {
    const groupId = params.groupId;
    if (groupId !== undefined && !held.groupTargets.includes(groupId)) return false;
    const userId = operation.path.startsWith("/api/v1/users/") ? params.id ?? params.userId : "";
    if (userId) {
      const inTarget = held.groupTargets.some((id) => org.groups.get(id)?.members.has(userId));
      if (!inTarget) return false;
    }
  }
  if (held.appTargets.length > 0 && operation.path.startsWith("/api/v1/apps/{appId}")) {
    const app = org.apps.get(params.appId);
    if (!app || !held.appTargets.some((t) => t === app.id || t === app.data.name)) return false;
  }
  return true;
}

/**
 * Throws 403 E0000006 unless the principal's roles allow the operation on this path. A user
 * with no admin role may still read itself (`/api/v1/users/me`).
 */
export function checkPermission(
  org: Org,
  principal: Principal,
  operation: Operation,
  path: string,
): void {
  if ("user" in principal && operation.method === "GET" && path === "/api/v1/users/me") return;
  for (const held of heldRoles(org, principal)) {
    const role = STANDARD_ROLES[held.type];
    if (role && roleAllows(role, operation) && targetsAllow(org, held, operation, path)) return;
  }
  throw new OktaHttpError("E0000006");
}
