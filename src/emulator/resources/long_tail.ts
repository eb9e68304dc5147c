/**
 * The long tail: a catch-all route, registered last, that answers every operation of the
 * generated table no other resource answered (see `../generic.ts`). Importing the resources
 * with real semantics here registers their {@link Kind}s.
 *
 * @module
 */
import type { Hono } from "../hono.ts";
import { handleGeneric, type Kind } from "../generic.ts";
import type { EmulatorEnv, Org } from "../org.ts";
import type { EmulatorResource } from "../resource.ts";

export type { Kind };

/** The catch-all resource; must be the last of `RESOURCES`. */
export const longTailResource: EmulatorResource = {
  name: "long tail",
  register(app: Hono<EmulatorEnv>, org: Org): void {
    app.all("*", (c) => handleGeneric(org, c.req.raw, c.env));
  },
};
