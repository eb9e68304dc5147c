/**
 * User types (`/api/v1/meta/types/user`): the default type (the one every user gets) seeded;
 * unique names; `name` cannot change; the default type and types in use cannot be deleted.
 *
 * @module
 */
import { OktaHttpError } from "../errors.ts";
import type { Kind } from "../long_tail/mod.ts";
import { requireField, requireUnique } from "../validate.ts";
import { link } from "../links.ts";
import { DEFAULT_USER_TYPE } from "./users.ts";

const BASE = "/api/v1/meta/types/user";
const NAME = /^[A-Za-z][A-Za-z0-9_]*$/;

/** User types. */
export const userTypesKind: Kind = {
  collection: BASE,
  idPrefix: "oty",
  targetType: "UserType",
  initialStatus: null,
  seed(org) {
    const now = new Date(org.now()).toISOString();
    return [{
      id: DEFAULT_USER_TYPE,
      name: "user",
      displayName: "User",
      description: "Okta user profile template with default permission settings",
      default: true,
      createdBy: org.adminId,
      lastUpdatedBy: org.adminId,
      created: now,
      lastUpdated: now,
    }];
  },
  validate(body, ctx, existing) {
    const name = String(requireField(body, "name"));
    requireField(body, "displayName");
    if (!NAME.test(name)) {
      throw new OktaHttpError("E0000001", "Api validation failed: name", {
        causes: ["name: must start with a letter and use letters, digits and _."],
      });
    }
    if (existing && existing.data.name !== name) {
      throw new OktaHttpError("E0000001", "Api validation failed: name", {
        causes: ["name: The name of a user type cannot be changed."],
      });
    }
    requireUnique(ctx, "name", name, existing?.id);
    body.default = existing?.data.default ?? false;
    body.createdBy = existing?.data.createdBy ?? ctx.info.actor.id;
    body.lastUpdatedBy = ctx.info.actor.id;
  },
  guard(verb, item, ctx) {
    if (verb !== "delete") return;
    if (item.data.default === true) {
      throw new OktaHttpError("E0000001", "Api validation failed: default", {
        causes: ["default: The default user type cannot be deleted."],
      });
    }
    if (ctx.org.users.values().some((u) => u.typeId === item.id)) {
      throw new OktaHttpError("E0000001", "Api validation failed: type", {
        causes: ["type: Users of this type exist; change their type first."],
      });
    }
  },
  render(item, ctx) {
    return {
      ...structuredClone(item.data),
      _links: {
        self: link(ctx.info, `${BASE}/${item.id}`),
        schema: link(ctx.info, `/api/v1/meta/schemas/user/${item.id}`),
      },
    };
  },
  events: {
    create: "system.user_type.create",
    update: "system.user_type.update",
    delete: "system.user_type.delete",
  },
};
