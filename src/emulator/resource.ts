/**
 * The contract of one emulated resource: a file under `resources/` that registers its routes.
 *
 * @module
 */
import type { Hono } from "./hono.ts";
import type { EmulatorEnv, Org } from "./org.ts";

/** A collection a hand-written resource answers itself, as the long tail sees it. */
export interface OwnedCollection {
  /** Collection path, e.g. `/api/v1/users`. */
  path: string;
  /**
   * Whether an item exists, for a long-tail path that names it as a parent (`/api/v1/users/{id}/…`
   * answers 404 when it does not). Absent: the long tail checks its own store, as for any
   * collection.
   */
  exists?(org: Org, id: string): boolean;
  /** Okta's name of the item type in that 404 (`User`, `UserGroup`, `AppInstance`). */
  type?: string;
}

/** One resource (users, groups, apps, …) of the emulator. */
export interface EmulatorResource {
  /** Short name, for messages. */
  name: string;
  /**
   * The collections this resource owns: the long tail never answers a lifecycle action on their
   * items from its own store, and checks their items through {@link OwnedCollection.exists}.
   */
  owns?: readonly OwnedCollection[];
  /** Adds the resource's routes to the app; more specific paths must be registered first. */
  register(app: Hono<EmulatorEnv>, org: Org): void;
}
