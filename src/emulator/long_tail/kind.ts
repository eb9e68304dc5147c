/**
 * The contract of a resource with real semantics served through the long tail's store: a
 * {@link Kind} is hooks on one collection template (validation, id prefix, initial status,
 * System Log events, lifecycle rules, filters, seeds), and the helpers that apply what a kind
 * declares (its System Log targets and events, its wire objects).
 *
 * @module
 */
import type { OktaHttpError } from "../errors.ts";
import { link } from "../links.ts";
import type { LogTarget, Org, RequestInfo } from "../org.ts";
import type { OrderedCollection } from "../store.ts";
import { isObject } from "../validate.ts";
import { withoutWriteOnly } from "../write_only.ts";
import type { GenericItem, GenericStore } from "./store.ts";

/** What a {@link Kind} hook gets: the org, the request and the store. */
export interface KindContext {
  /** The org. */
  org: Org;
  /** The request. */
  info: RequestInfo;
  /** The long-tail store of this org. */
  store: GenericStore;
  /** Concrete collection path (`/api/v1/authorizationServers/aus…/scopes`). */
  collection: string;
  /** Path parameters of the request by template name. */
  params: Record<string, string>;
}

/** Real semantics for one collection template. */
export interface Kind {
  /** Collection template, e.g. `/api/v1/zones` or `/api/v1/authorizationServers/{authServerId}/scopes`. */
  collection: string;
  /** Id prefix of created items (3 characters), or `name` to use the body's `name`. */
  idPrefix: string;
  /** System Log target type. */
  targetType: string;
  /** Status of new items (`ACTIVE` unless told; `null` for none). */
  initialStatus?: string | null | ((body: Record<string, unknown>) => string | null);
  /** Checks and normalizes a create/replace body; throws an `OktaHttpError`. */
  validate?(body: Record<string, unknown>, ctx: KindContext, existing?: GenericItem): void;
  /** Fills server-side fields after create (e.g. `issuer`, `verificationStatus`). */
  onCreate?(item: GenericItem, ctx: KindContext): void;
  /** Event types to emit, by verb (`create`, `update`, `delete`, `activate`, `deactivate`, …). */
  events?: Record<string, string>;
  /** Refuses delete of an ACTIVE item with this error. */
  deleteActive?: OktaHttpError;
  /** Refuses replace of an item (e.g. a system item); throws. */
  guard?(verb: string, item: GenericItem, ctx: KindContext): void;
  /** Extra lifecycle verbs or overrides: return the response body (undefined → the item). */
  actions?: Record<string, (item: GenericItem, ctx: KindContext) => unknown>;
  /** Accepts list items (filter/q/search of this collection). */
  filter?(item: GenericItem, query: URLSearchParams, ctx: KindContext): boolean;
  /** Checks a list request's query before listing (even an empty list); throws an `OktaHttpError`. */
  listQuery?(query: URLSearchParams, ctx: KindContext): void;
  /** Wraps a list page when the list is not a plain array (e.g. `{domains: […]}`). */
  list?(items: Record<string, unknown>[], ctx: KindContext): unknown;
  /** Paging defaults of the list. */
  limits?: { default: number; max: number };
  /** Items present in a new org. */
  seed?(org: Org): Record<string, unknown>[];
  /** Turns a stored item into the wire object (default: data + `_links.self`). */
  render?(item: GenericItem, ctx: KindContext): Record<string, unknown>;
  /** Label of an item for System Log targets (default: `name`/`label`/`id`). */
  label?(item: GenericItem): string;
  /** Look-up of an item by another key (e.g. linked objects by either name). */
  find?(id: string, collection: OrderedCollection<GenericItem>): GenericItem | undefined;
}

/** A System Log target for a generic item. */
export function targetOf(kind: Kind, item: GenericItem): LogTarget {
  const label = kind.label?.(item) ??
    String(item.data.name ?? item.data.label ?? item.data.displayName ?? item.id);
  return { id: item.id, type: kind.targetType, alternateId: label, displayName: label };
}

/** Emits the System Log event a kind declares for a verb. */
export function emitFor(
  kind: Kind | undefined,
  verb: string,
  item: GenericItem,
  ctx: KindContext,
): void {
  const type = kind?.events?.[verb];
  if (!kind || !type) return;
  ctx.org.emit(type, `${verb[0].toUpperCase()}${verb.slice(1)} ${kind.targetType}`, [
    targetOf(kind, item),
  ], ctx.info);
}

/** The wire object of an item. */
export function renderItem(
  item: GenericItem,
  ctx: KindContext,
  kind: Kind | undefined,
  stamps: string[] = ["_links"],
): Record<string, unknown> {
  if (kind?.render) return withoutWriteOnly(kind.render(item, ctx));
  const out: Record<string, unknown> = withoutWriteOnly(item.data);
  if (stamps.includes("_links")) {
    const existing = isObject(out._links) ? out._links : {};
    out._links = { ...existing, self: link(ctx.info, `${ctx.collection}/${item.id}`) };
  }
  return out;
}
