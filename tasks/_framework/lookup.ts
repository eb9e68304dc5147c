/**
 * Finding users by login or id. (Groups are in group_lookup.ts: the scope check scans whole
 * modules, so a task importing this one must not inherit group routes.)
 *
 * @module
 */
import type { TaskClient } from "./client.ts";
import { isStatus, notFound } from "./util.ts";
import type { UserLike } from "./util.ts";

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
