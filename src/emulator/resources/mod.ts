/**
 * The list of emulated resources. Each file under this folder exports one
 * {@link EmulatorResource}; add new ones here. Order matters where paths overlap: more
 * specific literal paths (`/groups/rules`) come before parameterized ones (`/groups/{id}`).
 * A resource that owns a collection says so in `owns`, so the long tail leaves its items alone.
 *
 * @module
 */
import type { EmulatorResource } from "../resource.ts";
import { appsResource } from "./apps.ts";
import { factorsResource } from "./factors.ts";
import { featuresResource } from "./features.ts";
import { groupRulesResource } from "./group_rules.ts";
import { groupsResource } from "./groups.ts";
import { logsResource } from "./logs.ts";
import { linkedObjectsResource } from "./linked_objects.ts";
import { longTailResource } from "./long_tail.ts";
import { profileSchemasResource } from "./profile_schemas.ts";
import { roleAssigneesResource } from "./role_assignees.ts";
import { sessionsResource } from "./sessions.ts";
import { usersResource } from "./users.ts";

/** The hand-written resources, in registration order. */
const HAND_WRITTEN: readonly EmulatorResource[] = [
  // Before users: they answer paths under /api/v1/users/{id}/ that the users routes would take.
  sessionsResource,
  factorsResource,
  linkedObjectsResource,
  // After linked objects: /meta/schemas/user/linkedObjects is not a schema id.
  profileSchemasResource,
  featuresResource,
  groupRulesResource,
  groupsResource,
  usersResource,
  appsResource,
  logsResource,
  roleAssigneesResource,
];

/** Every resource, in registration order. */
export const RESOURCES: readonly EmulatorResource[] = [
  ...HAND_WRITTEN,
  // Last: answers whatever no resource above answered, leaving theirs to them.
  longTailResource(HAND_WRITTEN),
];
