/**
 * The long tail's API at its old place; the code is in `long_tail/` (see `long_tail/mod.ts`).
 *
 * @module
 */
export {
  canonicalUserPath,
  emitFor,
  type GenericItem,
  type GenericSnapshot,
  GenericStore,
  type Kind,
  type KindContext,
  merge,
  pathParams,
  recordOf,
  renderItem,
  restoreGeneric,
  snapshotGeneric,
  storeOf,
  targetOf,
} from "./long_tail/mod.ts";
