/**
 * Finding a group by the name people type, or by id.
 *
 * @module
 */
import type { TaskClient } from "./client.ts";
import { GROUP_ID_REGEXP, isStatus, notFound, quote } from "./util.ts";
import type { GroupLike } from "./util.ts";

/** Gets a group by id, or by exact name; throws GROUP_NOT_FOUND. */
export async function getGroup(okta: TaskClient, idOrName: string): Promise<GroupLike> {
  if (GROUP_ID_REGEXP.test(idOrName)) {
    try {
      return await okta.call<GroupLike>("GET /api/v1/groups/{groupId}", {
        params: { groupId: idOrName },
      });
    } catch (error) {
      if (!isStatus(error, 404)) throw error;
    }
  }
  const group = await findGroupByName(okta, idOrName);
  if (group) return group;
  throw notFound("GROUP_NOT_FOUND", `No group with id or name "${idOrName}"`);
}

/** The group with exactly this name (Okta's search, then an exact match), or `undefined`. */
export async function findGroupByName(
  okta: TaskClient,
  name: string,
): Promise<GroupLike | undefined> {
  for await (
    const group of okta.list<GroupLike>("GET /api/v1/groups", {
      query: { search: `profile.name eq ${quote(name)}` },
    })
  ) {
    if (group.profile?.name === name) return group;
  }
  return undefined;
}
