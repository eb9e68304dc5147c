/**
 * Users with admin role assignments (`GET /api/v1/iam/assignees/users`), derived from the role
 * assignments the org holds: a user with a role of its own (`POST /api/v1/users/{id}/roles`)
 * or a member of a group with one (`POST /api/v1/groups/{id}/roles`). Both kinds of assignment
 * live in the long tail's store; this listing reads them, it keeps no state of its own.
 *
 * Users are listed in creation order, each once however many roles it holds, and paged in the
 * body (`value` + `_links.next.href`) with an opaque `after` cursor.
 *
 * @module
 */
import { storeOf } from "../long_tail/mod.ts";
import type { Hono } from "../hono.ts";
import { json, link } from "../links.ts";
import type { EmulatorEnv, Org, RequestInfo, UserRecord } from "../org.ts";
import { encodeCursor, type LimitRule, readAfter, readLimit } from "../paging.ts";
import type { EmulatorResource } from "../resource.ts";

const PATH = "/api/v1/iam/assignees/users";
const USER_ROLES = /^\/api\/v1\/users\/([^/]+)\/roles$/;
const GROUP_ROLES = /^\/api\/v1\/groups\/([^/]+)\/roles$/;
/** Okta documents a default of 100; the cap is not documented [INF]. */
const LIMITS: LimitRule = { default: 100, max: 100 };

/**
 * The users that hold at least one admin role, directly or through a group, in creation order.
 * Assignments of users or groups that no longer exist are ignored.
 */
export function roleAssignees(org: Org): UserRecord[] {
  const ids = new Set<string>();
  for (const [path, assignments] of storeOf(org).collections) {
    if (assignments.size === 0) continue;
    const direct = USER_ROLES.exec(path);
    if (direct) {
      ids.add(direct[1]);
      continue;
    }
    const viaGroup = GROUP_ROLES.exec(path);
    const group = viaGroup ? org.groups.get(viaGroup[1]) : undefined;
    for (const member of group?.members.values() ?? []) ids.add(member.id);
  }
  const users: UserRecord[] = [];
  for (const id of ids) {
    const user = org.users.get(id);
    if (user) users.push(user);
  }
  return users.sort((a, b) => a.seq - b.seq);
}

function assignee(org: Org, info: RequestInfo, user: UserRecord): Record<string, unknown> {
  return {
    id: user.id,
    orn: `orn:okta:directory:${orgId(org)}:users:${user.id}`,
    _links: {
      self: link(info, `/api/v1/users/${user.id}`),
      roles: link(info, `/api/v1/users/${user.id}/roles`),
    },
  };
}

/** The org's id as sessions name it (`00o` + the admin id's tail). */
function orgId(org: Org): string {
  return "00o" + org.adminId.slice(3);
}

/** `GET /api/v1/iam/assignees/users`. */
export const roleAssigneesResource: EmulatorResource = {
  name: "role assignees",
  register(app: Hono<EmulatorEnv>, org: Org): void {
    app.get(PATH, (c) => {
      const info = c.env;
      const limit = readLimit(info.query, LIMITS);
      const after = readAfter(info.query);
      const all = roleAssignees(org);
      const start = after === undefined ? 0 : all.findIndex((u) => u.seq > after);
      const page = start < 0 ? [] : all.slice(start, start + limit);
      const more = start >= 0 && start + limit < all.length;
      const links: Record<string, unknown> = {};
      if (more) {
        const next = new URL(info.url.href);
        next.searchParams.set("after", encodeCursor(page[page.length - 1].seq));
        links.next = { href: next.href };
      }
      return json({ value: page.map((u) => assignee(org, info, u)), _links: links });
    });
  },
};
