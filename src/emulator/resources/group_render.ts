/**
 * The wire shape of a group, apart from the groups resource so that the users resource (a
 * user's groups) can render groups without importing it back.
 *
 * @module
 */
import { link } from "../links.ts";
import type { GroupRecord, Org, RequestInfo } from "../org.ts";

/** The wire shape of a group. */
export function renderGroup(
  org: Org,
  group: GroupRecord,
  info: Pick<RequestInfo, "origin" | "query">,
): Record<string, unknown> {
  const self = `/api/v1/groups/${group.id}`;
  const out: Record<string, unknown> = {
    id: group.id,
    created: group.created,
    lastUpdated: group.lastUpdated,
    lastMembershipUpdated: group.lastMembershipUpdated,
    objectClass: [...group.objectClass],
    type: group.type,
    profile: { ...group.profile },
    _links: {
      logo: [
        {
          name: "medium",
          href: `${info.origin}/assets/img/logos/groups/okta-medium.png`,
          type: "image/png",
        },
        {
          name: "large",
          href: `${info.origin}/assets/img/logos/groups/okta-large.png`,
          type: "image/png",
        },
      ],
      users: link(info, `${self}/users`),
      apps: link(info, `${self}/apps`),
    },
  };
  const expand = info.query.get("expand");
  if (expand === "stats") {
    out._embedded = {
      stats: {
        usersCount: group.members.size,
        appsCount: org.groupApps.get(group.id)?.size ?? 0,
        groupPushMappingsCount: 0,
        hasAdminPrivilege: false,
      },
    };
  }
  return out;
}
