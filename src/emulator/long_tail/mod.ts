/**
 * The long tail: every operation of the generated table that no hand-written route answers is
 * served from a spec-driven store. One job per module:
 *
 * - `templates.ts`: which spec paths are collections, items, actions, singletons (pure, computed
 *   once on first use);
 * - `store.ts`: the per-org store (collections, singletons, child index), seeding, snapshot and
 *   restore for `--state`;
 * - `kind.ts`: the {@link Kind} contract of resources with real semantics, and its helpers;
 * - `wire.ts`: request bodies, schema shapes, responses;
 * - `handler.ts`: a request turned into store operations and a response.
 *
 * Nothing is registered on import: {@link mountLongTail} gets the kinds it serves and the
 * collections the hand-written resources own.
 *
 * @module
 */
import type { Org } from "../org.ts";
import type { OwnedCollection } from "../resource.ts";
import type { Kind } from "./kind.ts";
import { type LongTailHandler, longTailHandler } from "./handler.ts";
import { seedFrom } from "./store.ts";
import { normTemplate } from "./templates.ts";

export { canonicalUserPath, type LongTailHandler } from "./handler.ts";
export { emitFor, type Kind, type KindContext, renderItem, targetOf } from "./kind.ts";
export {
  type GenericItem,
  type GenericSnapshot,
  GenericStore,
  recordOf,
  restoreGeneric,
  snapshotGeneric,
  storeOf,
} from "./store.ts";
export { pathParams } from "./templates.ts";
export { merge } from "./wire.ts";

/** What the long tail of an org serves. */
export interface LongTailParts {
  /** Resources with real semantics, by collection template (a later one of a template wins). */
  kinds: readonly Kind[];
  /** Collections the hand-written resources own (their items are not the long tail's). */
  owned: readonly OwnedCollection[];
}

/**
 * Mounts the long tail on an org: its store is seeded with the kinds' seed items (now if it is
 * in use already, else on first use) and the returned handler answers its requests.
 */
export function mountLongTail(org: Org, parts: LongTailParts): LongTailHandler {
  const byTemplate = new Map(parts.kinds.map((k) => [normTemplate(k.collection), k]));
  const kinds = [...byTemplate.values()];
  seedFrom(org, kinds);
  return longTailHandler(org, kinds, parts.owned);
}
