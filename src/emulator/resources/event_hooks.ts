/**
 * Event hooks (`/api/v1/eventHooks`): name, EVENT_TYPE subscriptions, an HTTPS channel;
 * created ACTIVE and UNVERIFIED; verify marks VERIFIED (no outbound call); delete only when
 * INACTIVE.
 *
 * @module
 */
import { OktaHttpError } from "../errors.ts";
import { emitFor, type Kind } from "../long_tail/mod.ts";
import { requireField, requireOneOf } from "../validate.ts";

/** Checks an HTTP hook channel (`channel.type`, `version`, `config.uri` over https). */
export function checkChannel(body: Record<string, unknown>): void {
  requireOneOf(body, "channel.type", ["HTTP", "OAUTH"]);
  requireField(body, "channel.version");
  const uri = String(requireField(body, "channel.config.uri"));
  if (!/^https:\/\/[^\s/]+/.test(uri)) {
    throw new OktaHttpError("E0000001", "Api validation failed: channel.config.uri", {
      causes: ["channel.config.uri: must be an https URL."],
    });
  }
}

/** Event hooks. */
export const eventHooksKind: Kind = {
  collection: "/api/v1/eventHooks",
  idPrefix: "who",
  targetType: "EventHook",
  validate(body, ctx, existing) {
    requireField(body, "name");
    requireOneOf(body, "events.type", ["EVENT_TYPE", "FLOW_EVENT"]);
    requireField(body, "events.items");
    checkChannel(body);
    body.verificationStatus = existing?.data.verificationStatus ?? "UNVERIFIED";
    body.createdBy = existing?.data.createdBy ?? ctx.info.actor.id;
  },
  deleteActive: new OktaHttpError("E0000001", "Api validation failed: status", {
    causes: ["status: Deactivate the event hook before deleting it."],
  }),
  actions: {
    verify(item, ctx) {
      item.data.verificationStatus = "VERIFIED";
      item.data.lastUpdated = ctx.org.timestamp();
      emitFor(eventHooksKind, "verify", item, ctx);
      return undefined;
    },
  },
  events: {
    create: "event_hook.created",
    update: "event_hook.updated",
    delete: "event_hook.deleted",
    activate: "event_hook.activated",
    deactivate: "event_hook.deactivated",
    verify: "event_hook.verified",
  },
};
