/**
 * Inline hooks (`/api/v1/inlineHooks`): name, type, version and an HTTPS channel; POST is a
 * partial update, PUT replaces; delete only when INACTIVE; `execute` answers an empty command
 * list (the emulator makes no outbound call); `type` filter.
 *
 * @module
 */
import { OktaHttpError } from "../errors.ts";
import type { Kind } from "../long_tail/mod.ts";
import { requireField, requireOneOf } from "../validate.ts";
import { checkChannel } from "./event_hooks.ts";

const TYPES = [
  "com.okta.import.transform",
  "com.okta.oauth2.tokens.transform",
  "com.okta.saml.tokens.transform",
  "com.okta.user.credential.password.import",
  "com.okta.user.pre-registration",
  "com.okta.telephony.provider",
];

/** Inline hooks. */
export const inlineHooksKind: Kind = {
  collection: "/api/v1/inlineHooks",
  idPrefix: "cal",
  targetType: "InlineHook",
  validate(body, _ctx, existing) {
    requireField(body, "name");
    requireOneOf(body, "type", TYPES);
    if (existing && existing.data.type !== body.type) {
      throw new OktaHttpError("E0000001", "Api validation failed: type", {
        causes: ["type: cannot be changed."],
      });
    }
    requireField(body, "version");
    checkChannel(body);
  },
  deleteActive: new OktaHttpError("E0000001", "Api validation failed: status", {
    causes: ["status: Deactivate the inline hook before deleting it."],
  }),
  actions: {
    execute: () => ({ commands: [] }),
  },
  filter: (item, q) => !q.get("type") || item.data.type === q.get("type"),
  events: {
    create: "inline_hook.created",
    update: "inline_hook.updated",
    delete: "inline_hook.deleted",
    activate: "inline_hook.activated",
    deactivate: "inline_hook.deactivated",
  },
};
