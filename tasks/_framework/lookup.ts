/**
 * Finding users by login or id (groups by id or name: group_lookup.ts).
 *
 * @module
 */
import type { Okta } from "../../src/core/client.ts";
import type { User } from "../../src/generated/types.ts";
import { isStatus, notFound } from "./util.ts";
import type { WithId } from "./util.ts";

/** Gets a user by id or login; `undefined` when Okta answers 404. */
export async function findUser(okta: Okta, idOrLogin: string): Promise<WithId<User> | undefined> {
  try {
    return await okta.users.get(idOrLogin) as WithId<User>;
  } catch (error) {
    if (isStatus(error, 404)) return undefined;
    throw error;
  }
}

/** Gets a user by id or login, or throws a USER_NOT_FOUND error. */
export async function getUser(okta: Okta, idOrLogin: string): Promise<WithId<User>> {
  const user = await findUser(okta, idOrLogin);
  if (!user) throw notFound("USER_NOT_FOUND", `No user with id or login "${idOrLogin}"`);
  return user;
}
