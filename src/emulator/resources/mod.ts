/**
 * The list of emulated resources. Each file under this folder exports one
 * {@link EmulatorResource}; add new ones here. Order matters where paths overlap: more
 * specific literal paths (`/groups/rules`) come before parameterized ones (`/groups/{id}`).
 *
 * @module
 */
import type { EmulatorResource } from "../resource.ts";
import { appsResource } from "./apps.ts";
import { groupRulesResource } from "./group_rules.ts";
import { groupsResource } from "./groups.ts";
import { logsResource } from "./logs.ts";
import { longTailResource } from "./long_tail.ts";
import { usersResource } from "./users.ts";

/** Every resource, in registration order. */
export const RESOURCES: readonly EmulatorResource[] = [
  groupRulesResource,
  groupsResource,
  usersResource,
  appsResource,
  logsResource,
  // Last: answers whatever no resource above answered.
  longTailResource,
];
