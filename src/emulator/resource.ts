/**
 * The contract of one emulated resource: a file under `resources/` that registers its routes.
 *
 * @module
 */
import type { Hono } from "./hono.ts";
import type { EmulatorEnv, Org } from "./org.ts";

/** One resource (users, groups, apps, …) of the emulator. */
export interface EmulatorResource {
  /** Short name, for messages. */
  name: string;
  /** Adds the resource's routes to the app; more specific paths must be registered first. */
  register(app: Hono<EmulatorEnv>, org: Org): void;
}
