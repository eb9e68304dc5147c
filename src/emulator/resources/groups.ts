/**
 * Groups: OKTA_GROUP create/replace/delete, the read-only BUILT_IN Everyone group, members,
 * the group's apps, and list/search/filter/q.
 *
 * @module
 */
import type { Hono } from "../hono.ts";
import { notFound, OktaHttpError, validation } from "../errors.ts";
import { evaluate, type FilterNode } from "../filter.ts";
import { json, listResponse, noContent } from "../links.ts";
import type { EmulatorEnv, GroupRecord, Org, RequestInfo } from "../org.ts";
import { readAfter, readLimit } from "../paging.ts";
import type { EmulatorResource } from "../resource.ts";
import { checkProfile } from "../profile_check.ts";
import { effectiveSchema, schemaEdits } from "../profile_schema.ts";
import { OrderedCollection } from "../store.ts";
import { compileExpression, tableRules } from "../rules.ts";
import { renderUser } from "./users.ts";
import { renderApp } from "./apps.ts";
import { renderGroup } from "./group_render.ts";

const DATE_OPS = ["eq", "gt", "ge", "lt", "le"];
const SEARCH_RULES = tableRules({
  id: ["eq", "sw"],
  type: ["eq"],
  created: DATE_OPS,
  lastUpdated: DATE_OPS,
  lastMembershipUpdated: DATE_OPS,
  "source.id": ["eq"],
  "profile.name": ["eq", "sw", "co"],
  "profile.description": ["eq", "sw", "co"],
}, {
  fallback: (attr) => /^profile\.[A-Za-z0-9_]+$/.test(attr) ? ["eq", "sw"] : undefined,
});
const FILTER_RULES = tableRules({
  id: ["eq"],
  type: ["eq"],
  lastUpdated: DATE_OPS,
  lastMembershipUpdated: DATE_OPS,
});

/** Creates a stored group (used by the create route and the seed). */
export function insertGroup(
  org: Org,
  profile: Record<string, unknown>,
  type: GroupRecord["type"] = "OKTA_GROUP",
  created?: string,
): GroupRecord {
  const now = created ?? org.timestamp();
  const group: GroupRecord = {
    seq: org.seq.next(),
    id: org.ids.next("00g"),
    created: now,
    lastUpdated: now,
    lastMembershipUpdated: now,
    type,
    objectClass: ["okta:user_group"],
    profile: { ...profile },
    members: new OrderedCollection(),
  };
  org.groups.set(group);
  return group;
}

function requireGroup(org: Org, id: string): GroupRecord {
  const group = org.groups.get(id);
  if (!group) throw notFound(id, "UserGroup");
  return group;
}

function readProfile(org: Org, body: Record<string, unknown>): Record<string, unknown> {
  const profile = body.profile;
  if (typeof profile !== "object" || profile === null || Array.isArray(profile)) {
    throw validation("profile", "The field cannot be left blank");
  }
  const p = profile as Record<string, unknown>;
  checkProfile(effectiveSchema(schemaEdits(org, "group", "default"), "group"), p, "group");
  return p;
}

function checkNameFree(org: Org, name: string, selfId?: string): void {
  for (const g of org.groups.values()) {
    if (g.id !== selfId && g.type === "OKTA_GROUP" && g.profile.name === name) {
      throw validation(
        "name",
        "An object with this field already exists in the current organization",
      );
    }
  }
}

function readGroup(record: unknown, attr: string): unknown {
  const g = record as GroupRecord;
  if (attr === "source.id") return undefined;
  if (attr.startsWith("profile.")) return g.profile[attr.slice(8)];
  return (g as unknown as Record<string, unknown>)[attr];
}

function builtInDenied(group: GroupRecord): OktaHttpError {
  return new OktaHttpError(
    "E0000006",
    "You do not have permission to perform the requested action",
    {
      causes: [
        `${group.profile.name}: ${group.type} groups are managed by Okta and cannot be changed.`,
      ],
    },
  );
}

function listGroups(org: Org, info: RequestInfo): Response {
  const q = info.query;
  const search = q.get("search");
  const filter = q.get("filter");
  const text = q.get("q");
  const limit = readLimit(q, { default: 10000, max: 10000 });
  let accept: ((g: GroupRecord) => boolean) | undefined;
  if (search) {
    const node = compileExpression("search", search, SEARCH_RULES);
    accept = (g) => evaluate(node, g, true, readGroup);
  } else if (filter) {
    const node: FilterNode = compileExpression("filter", filter, FILTER_RULES);
    accept = (g) => evaluate(node, g, false, readGroup);
  } else if (text) {
    const prefix = text.toLowerCase();
    const matches = org.groups.values().filter((g) =>
      String(g.profile.name ?? "").toLowerCase().startsWith(prefix)
    );
    const exact = matches.filter((g) => String(g.profile.name).toLowerCase() === prefix);
    const rest = matches.filter((g) => String(g.profile.name).toLowerCase() !== prefix);
    const qLimit = readLimit(q, { default: 300, max: 10000 });
    return listResponse(
      info,
      [...exact, ...rest].slice(0, qLimit).map((g) => renderGroup(org, g, info)),
    );
  }
  const page = org.groups.page(readAfter(q), limit, accept);
  return listResponse(
    info,
    page.items.map((g) => renderGroup(org, g, info)),
    page.nextSeq,
  );
}

async function createGroup(org: Org, info: RequestInfo): Promise<Response> {
  const profile = readProfile(org, await info.body());
  checkNameFree(org, String(profile.name));
  const group = insertGroup(org, profile);
  org.emit("group.lifecycle.create", "Create Okta group", [org.groupTarget(group)], info);
  org.changed();
  return json(renderGroup(org, group, info));
}

async function replaceGroup(org: Org, info: RequestInfo, id: string): Promise<Response> {
  const group = requireGroup(org, id);
  if (group.type !== "OKTA_GROUP") throw builtInDenied(group);
  const profile = readProfile(org, await info.body());
  checkNameFree(org, String(profile.name), group.id);
  group.profile = { ...profile };
  group.lastUpdated = org.timestamp();
  org.emit("group.profile.update", "Update Okta group profile", [org.groupTarget(group)], info);
  org.changed();
  return json(renderGroup(org, group, info));
}

function deleteGroup(org: Org, info: RequestInfo, id: string): Response {
  const group = requireGroup(org, id);
  if (group.type === "BUILT_IN") throw builtInDenied(group);
  for (const member of [...group.members.values()]) org.removeMember(group, member.id);
  for (const appId of org.groupApps.get(group.id) ?? []) {
    org.apps.get(appId)?.groups.delete(group.id);
  }
  org.groupApps.delete(group.id);
  org.groups.delete(group.id);
  org.emit("group.lifecycle.delete", "Delete Okta group", [org.groupTarget(group)], info);
  org.changed();
  return noContent();
}

function listMembers(org: Org, info: RequestInfo, id: string): Response {
  const group = requireGroup(org, id);
  const limit = readLimit(info.query, { default: 1000, max: 10000 });
  const page = group.members.page(readAfter(info.query), limit);
  const users = page.items.map((m) => org.users.get(m.id)).filter((u) => u !== undefined);
  return listResponse(
    info,
    users.map((u) => renderUser(u, info, false)),
    page.nextSeq,
  );
}

function changeMember(
  org: Org,
  info: RequestInfo,
  gid: string,
  uid: string,
  add: boolean,
): Response {
  const group = requireGroup(org, gid);
  const user = org.users.get(uid);
  if (!user) throw notFound(uid, "User");
  if (group.type !== "OKTA_GROUP") throw builtInDenied(group);
  const changed = add ? org.addMember(group, user) : org.removeMember(group, user.id);
  if (changed) {
    org.emit(
      add ? "group.user_membership.add" : "group.user_membership.remove",
      add ? "Add user to group membership" : "Remove user from group membership",
      [org.userTarget(user), org.groupTarget(group)],
      info,
    );
    org.changed();
  }
  return noContent();
}

function groupApps(org: Org, info: RequestInfo, id: string): Response {
  const group = requireGroup(org, id);
  const limit = readLimit(info.query, { default: 20, max: 200 });
  const ids = org.groupApps.get(group.id) ?? new Set<string>();
  const page = org.apps.page(readAfter(info.query), limit, (a) => ids.has(a.id));
  return listResponse(
    info,
    page.items.map((a) => renderApp(a, info)),
    page.nextSeq,
  );
}

/** Routes of `/api/v1/groups` (rules live in group_rules.ts, registered first). */
export const groupsResource: EmulatorResource = {
  name: "groups",
  owns: [{ path: "/api/v1/groups", exists: (org, id) => org.groups.has(id), type: "UserGroup" }],
  register(app: Hono<EmulatorEnv>, org: Org): void {
    app.get("/api/v1/groups", (c) => listGroups(org, c.env));
    app.post("/api/v1/groups", (c) => createGroup(org, c.env));
    app.get(
      "/api/v1/groups/:id",
      (c) => json(renderGroup(org, requireGroup(org, c.req.param("id")), c.env)),
    );
    app.put("/api/v1/groups/:id", (c) => replaceGroup(org, c.env, c.req.param("id")));
    app.delete("/api/v1/groups/:id", (c) => deleteGroup(org, c.env, c.req.param("id")));
    app.get("/api/v1/groups/:id/users", (c) => listMembers(org, c.env, c.req.param("id")));
    app.put(
      "/api/v1/groups/:id/users/:uid",
      (c) => changeMember(org, c.env, c.req.param("id"), c.req.param("uid"), true),
    );
    app.delete(
      "/api/v1/groups/:id/users/:uid",
      (c) => changeMember(org, c.env, c.req.param("id"), c.req.param("uid"), false),
    );
    app.get("/api/v1/groups/:id/apps", (c) => groupApps(org, c.env, c.req.param("id")));
  },
};
