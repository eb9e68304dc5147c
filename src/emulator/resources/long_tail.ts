/**
 * The long tail: a catch-all route, registered last, that answers every operation of the
 * generated table no other resource answered (see `../long_tail/mod.ts`), with the
 * {@link Kind}s of the resources with real semantics listed here.
 *
 * @module
 */
import type { Hono } from "../hono.ts";
import { type Kind, mountLongTail } from "../long_tail/mod.ts";
import type { EmulatorEnv, Org } from "../org.ts";
import type { EmulatorResource } from "../resource.ts";
import {
  authorizationServersKind,
  oauthClaimsKind,
  oauthKeysKind,
  oauthPoliciesKind,
  oauthPolicyRulesKind,
  oauthScopesKind,
} from "./authorization_servers.ts";
import { domainsKind } from "./domains.ts";
import { eventHooksKind } from "./event_hooks.ts";
import { factorsKind } from "./factors.ts";
import { featuresKind } from "./features.ts";
import { idpsKind } from "./idps.ts";
import { inlineHooksKind } from "./inline_hooks.ts";
import { linkedObjectsKind } from "./linked_objects.ts";
import { networkZonesKind } from "./network_zones.ts";
import { policiesKind } from "./policies.ts";
import { sessionsKind } from "./sessions.ts";
import { smsTemplatesKind } from "./templates.ts";
import { trustedOriginsKind } from "./trusted_origins.ts";
import { userTypesKind } from "./user_types.ts";

/** Resources with real semantics served through the long tail's store. */
export const KINDS: readonly Kind[] = [
  authorizationServersKind,
  oauthScopesKind,
  oauthClaimsKind,
  oauthPoliciesKind,
  oauthPolicyRulesKind,
  oauthKeysKind,
  domainsKind,
  eventHooksKind,
  factorsKind,
  featuresKind,
  idpsKind,
  inlineHooksKind,
  linkedObjectsKind,
  networkZonesKind,
  policiesKind,
  sessionsKind,
  smsTemplatesKind,
  trustedOriginsKind,
  userTypesKind,
];

export type { Kind };

/**
 * The catch-all resource; must be the last of `RESOURCES`. It leaves the collections the
 * hand-written resources declare they own (`EmulatorResource.owns`) to them.
 */
export function longTailResource(handWritten: readonly EmulatorResource[]): EmulatorResource {
  return {
    name: "long tail",
    register(app: Hono<EmulatorEnv>, org: Org): void {
      const owned = handWritten.flatMap((r) => r.owns ?? []);
      const handle = mountLongTail(org, { kinds: KINDS, owned });
      app.all("*", (c) => handle(c.req.raw, c.env));
    },
  };
}
