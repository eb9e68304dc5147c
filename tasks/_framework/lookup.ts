/**
 * Finding users and groups by the names people type (login, group name) or by id.
 *
 * @module
 */
import type { TaskClient } from "./client.ts";
import { GROUP_ID_REGEXP, isStatus, notFound, quote } from "./util.ts";
import type { GroupLike, UserLike } from "./util.ts";

/** Gets a user by id or login; `undefined` when Okta answers 404. */
export async function findUser(okta: TaskClient, idOrLogin: string): Promise<UserLike | undefined> {
  try {
    return await okta.call<UserLike>("GET /api/v1/users/{id}", { params: { id: idOrLogin } });
  } catch (error) {
    if (isStatus(error, 404)) return undefined;
    throw error;
  }
}

/** Gets a user by id or login, or throws a USER_NOT_FOUND error. */
export async function getUser(okta: TaskClient, idOrLogin: string): Promise<UserLike> {
  const user = await findUser(okta, idOrLogin);
  if (!user) throw notFound("USER_NOT_FOUND", `No user with id or login "${idOrLogin}"`);
  return user;
}

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
  for await (
    const group of okta.list<GroupLike>("GET /api/v1/groups", {
      query: { search: `profile.name eq ${quote(idOrName)}` },
    })
  ) {
    if (group.profile?.name === idOrName) return group;
  }
  throw notFound("GROUP_NOT_FOUND", `No group with id or name "${idOrName}"`);
}
