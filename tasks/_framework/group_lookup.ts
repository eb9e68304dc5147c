/**
 * Finding a group by the name people type, or by id.
 *
 * @module
 */
import type { Okta } from "../../src/core/client.ts";
import type { Group } from "../../src/generated/types.ts";
import { GROUP_ID_REGEXP, isStatus, notFound, quote } from "./util.ts";
import type { WithId } from "./util.ts";

/** Gets a group by id, or by exact name; throws GROUP_NOT_FOUND. */
export async function getGroup(okta: Okta, idOrName: string): Promise<WithId<Group>> {
  if (GROUP_ID_REGEXP.test(idOrName)) {
    try {
      return await okta.groups.get(idOrName) as WithId<Group>;
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
  okta: Okta,
  name: string,
): Promise<WithId<Group> | undefined> {
  for await (const group of okta.groups.list().search(`profile.name eq ${quote(name)}`)) {
    if (group.profile?.name === name) return group as WithId<Group>;
  }
  return undefined;
}
