/**
 * The long tail: every operation of the generated table that no hand-written route answers is
 * served from a spec-driven store. Creates store the body stamped with `id`/`created`/
 * `lastUpdated`/`_links`; reads and lists come from the store (with `after`/`limit` paging);
 * replaces replace, partial updates merge, deletes delete, lifecycle actions set `status`;
 * responses start from the response schema's required fields ({@link SCHEMA_SHAPES}).
 *
 * Resources with real semantics plug in as {@link Kind}s: hooks on one collection template
 * (validation, id prefix, initial status, System Log events, lifecycle rules, filters, seeds).
 *
 * @module
 */
import type { Operation } from "../core/operation.ts";
import { OPERATIONS } from "../core/operation_table.ts";
import { notFound, OktaHttpError, validation } from "./errors.ts";
import { json, link } from "./links.ts";
import type { LogTarget, Org, RequestInfo } from "./org.ts";
import { addLinks, encodeCursor, readAfter, readLimit } from "./paging.ts";
import { SCHEMA_SHAPES } from "../generated/schema_shapes.ts";
import { OrderedCollection } from "./store.ts";
import { JournaledMap, touch, untracked } from "./undo.ts";
import { isObject } from "./validate.ts";
import { withoutWriteOnly } from "./write_only.ts";

/** One stored object of a generic collection (`data` is the wire shape without `_links`). */
export interface GenericItem {
  /** Insertion sequence number (list order). */
  seq: number;
  /** Identifier (the last path segment of its URL). */
  id: string;
  /** The wire object without `_links`. */
  data: Record<string, unknown>;
}

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

/** The store of the long tail: collections by concrete path and singletons by concrete path. */
export class GenericStore {
  /** Concrete collection path → items. */
  readonly collections: Map<string, OrderedCollection<GenericItem>> = new JournaledMap();
  /** Concrete path → object of singleton resources (settings and the like). */
  readonly singletons: Map<string, Record<string, unknown>> = new JournaledMap();

  /** Parent path → paths of the collections one segment below it (may name deleted ones). */
  readonly #children: Map<string, Set<string>> = new Map();

  /** The collection at a concrete path (created empty on first use). */
  collection(path: string): OrderedCollection<GenericItem> {
    let c = this.collections.get(path);
    if (!c) {
      this.collections.set(path, c = new OrderedCollection());
      const parent = path.slice(0, path.lastIndexOf("/"));
      let children = this.#children.get(parent);
      if (!children) this.#children.set(parent, children = new Set());
      children.add(path);
    }
    return c;
  }

  /** The collections one segment below a path (`{parent}/{x}`), without scanning every key. */
  childCollections(parent: string): OrderedCollection<GenericItem>[] {
    const out: OrderedCollection<GenericItem>[] = [];
    for (const path of this.#children.get(parent) ?? []) {
      const c = this.collections.get(path);
      if (c) out.push(c);
    }
    return out;
  }
}

/** How the long tail treats one path template. */
type Role = "collection" | "item" | "action" | "singleton";

interface Template {
  role: Role;
  /** Collection template of an item, or item template of an action. */
  parent?: string;
  /** Action verb (last segment) for actions. */
  verb?: string;
}

const KINDS = new Map<string, Kind>();
const STORES = new WeakMap<Org, GenericStore>();

/** What the long tail derives once from the generated operation table. */
interface Analysis {
  /** Role of each path template. */
  templates: Map<string, Template>;
  /** Normalized templates that have a POST create (their items can only exist once created). */
  creatable: Set<string>;
  /** Template of each GET item operation → its response schema. */
  itemSchemas: Map<string, string | undefined>;
  /** Templates that have a GET operation. */
  readable: Set<string>;
}

let analysis: Analysis | undefined;

const isParam = (seg: string): boolean => /^\{[^}]+\}$/.test(seg);

/** A path template with its parameter names erased (`/a/{x}/b` → `/a/{}/b`). */
const normTemplate = (p: string): string => p.replace(/\{[^}]+\}/g, "{}");

/** The non-empty segments of a path. */
const segments = (p: string): string[] => p.split("/").filter((s) => s !== "");

/** Decodes a path segment; malformed percent-encoding stays as sent (never a 500). */
function safeDecode(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}

function analyse(): Analysis {
  if (analysis) return analysis;
  const byPath = Map.groupBy(OPERATIONS, (o) => o.path);
  const normSet = new Set([...byPath.keys()].map(normTemplate));
  const templates = new Map<string, Template>();
  for (const [path, ops] of byPath) {
    const segs = segments(path);
    const last = segs[segs.length - 1];
    const parentPath = "/" + segs.slice(0, -1).join("/");
    if (isParam(last)) {
      templates.set(path, { role: "item", parent: parentPath });
    } else if (normSet.has(normTemplate(path) + "/{}")) {
      templates.set(path, { role: "collection" });
    } else {
      const lastParam = segs.findLastIndex(isParam);
      const tail = segs.slice(lastParam + 1);
      const onlyPost = ops.every((o) => o.method === "POST");
      if (lastParam >= 0 && onlyPost && tail.length <= 3) {
        templates.set(path, {
          role: "action",
          parent: "/" + segs.slice(0, lastParam + 1).join("/"),
          verb: last,
        });
      } else templates.set(path, { role: "singleton" });
    }
  }
  const creatable = new Set<string>();
  const itemSchemas = new Map<string, string | undefined>();
  const readable = new Set<string>();
  for (const op of OPERATIONS) {
    const t = templates.get(op.path);
    if (t?.role === "collection" && op.method === "POST") creatable.add(normTemplate(op.path));
    if (t?.role === "item" && op.method === "GET") itemSchemas.set(op.path, op.responseSchema);
    if (op.method === "GET") readable.add(op.path);
  }
  return analysis = { templates, creatable, itemSchemas, readable };
}

/** Registers real semantics for a collection template. */
export function defineKind(kind: Kind): void {
  KINDS.set(normTemplate(kind.collection), kind);
}

function kindOf(collectionTemplate: string): Kind | undefined {
  return KINDS.get(normTemplate(collectionTemplate));
}

/** The long-tail store of an org (seeded with every kind's seed items on first use). */
export function storeOf(org: Org): GenericStore {
  const existing = STORES.get(org);
  // Seeding on first use is set-up, not part of the write that happened to trigger it.
  return existing ?? untracked(() => seedStore(org));
}

function seedStore(org: Org): GenericStore {
  const store = new GenericStore();
  STORES.set(org, store);
  for (const kind of KINDS.values()) {
    if (!kind.seed || kind.collection.includes("{")) continue;
    const col = store.collection(kind.collection);
    for (const data of kind.seed(org)) {
      const id = String(data.id);
      org.ids.reserve(id);
      col.set({ seq: org.seq.next(), id, data: { ...data } });
    }
  }
  return store;
}

/** Path parameters of a concrete path under a template. */
export function pathParams(template: string, path: string): Record<string, string> {
  const t = segments(template);
  const p = segments(path);
  const out: Record<string, string> = {};
  t.forEach((seg, i) => {
    if (isParam(seg)) out[seg.slice(1, -1)] = safeDecode(p[i] ?? "");
  });
  return out;
}

/** The concrete prefix of `path` with as many segments as `template` has. */
function prefix(path: string, template: string): string {
  return "/" + segments(path).slice(0, segments(template).length).join("/");
}

function shapeOf(name: string | undefined): { d: Record<string, unknown>; s: string[] } {
  const shape = name ? SCHEMA_SHAPES[name] : undefined;
  const d = shape?.d;
  return {
    d: isObject(d) ? structuredClone(d) : {},
    s: shape?.s ?? ["id", "created", "lastUpdated", "status", "_links"],
  };
}

/** Deep merge of plain objects (arrays and scalars replace). */
export function merge(
  base: Record<string, unknown>,
  patch: Record<string, unknown>,
): Record<string, unknown> {
  const out: Record<string, unknown> = { ...base };
  for (const [k, v] of Object.entries(patch)) {
    out[k] = isObject(v) && isObject(out[k]) ? merge(out[k] as Record<string, unknown>, v) : v;
  }
  return out;
}

/** Collections of the hand-written resources. */
const HAND_WRITTEN = ["/api/v1/users", "/api/v1/groups", "/api/v1/apps", "/api/v1/groups/rules"];

/** Write-only fields never stored or echoed. */
const SECRET_KEYS = new Set(["password", "passCode", "answer", "sharedSecret", "privateKey"]);

function stripSecrets(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(stripSecrets);
  if (!isObject(v)) return v;
  const out: Record<string, unknown> = {};
  for (const [k, val] of Object.entries(v)) {
    if (SECRET_KEYS.has(k)) continue;
    out[k] = stripSecrets(val);
  }
  return out;
}

/** Reads a JSON body (object or array); malformed → 400 E0000003. */
async function readBody(request: Request, op: Operation): Promise<unknown> {
  if (op.body !== "json" && op.body !== "form") {
    if (op.body !== "none") await request.arrayBuffer().catch(() => undefined);
    return {};
  }
  const text = await request.text();
  if (text.trim() === "") {
    if (op.bodyRequired) {
      throw new OktaHttpError("E0000003", undefined, {
        causes: ["The request body is required and was empty."],
      });
    }
    return {};
  }
  if (op.body === "form") return Object.fromEntries(new URLSearchParams(text));
  try {
    return JSON.parse(text);
  } catch {
    throw new OktaHttpError("E0000003", undefined, {
      causes: ["The request body was not well-formed JSON."],
    });
  }
}

const STATUS_VERBS: Record<string, string> = {
  activate: "ACTIVE",
  reactivate: "ACTIVE",
  deactivate: "INACTIVE",
  enable: "ENABLED",
  disable: "DISABLED",
  suspend: "SUSPENDED",
  unsuspend: "ACTIVE",
  unlock: "ACTIVE",
  pause: "PAUSED",
  resume: "ACTIVE",
  publish: "ACTIVE",
};

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

/** The answer of the long tail for one request (the row the pipeline matched). */
export async function handleGeneric(org: Org, request: Request, info: RequestInfo): Promise<
  Response
> {
  const op = info.operation;
  if (!op) throw new OktaHttpError("E0000008", undefined, { causes: [info.url.pathname] });
  const table = analyse().templates;
  const tpl = table.get(op.path) ?? { role: "singleton" as Role };
  // One store per user whatever names it in the path: login, id or `me`.
  const path = canonicalUserPath(org, info, info.url.pathname);
  const params = pathParams(op.path, path);
  const store = storeOf(org);
  const body = await readBody(request, op);
  checkParents(org, store, op.path, path, tpl.role === "item" ? 1 : 0);

  if (tpl.role === "collection") {
    const ctx: KindContext = { org, info, store, collection: path, params };
    return collectionOp(op, ctx, kindOf(op.path), body);
  }
  if (tpl.role === "item") {
    const collection = prefix(path, tpl.parent!);
    const ctx: KindContext = { org, info, store, collection, params };
    const id = safeDecode(path.split("/").pop() ?? "");
    return itemOp(op, ctx, kindOf(tpl.parent!), id, body);
  }
  if (tpl.role === "action") {
    const itemPath = prefix(path, tpl.parent!);
    const itemTpl = table.get(tpl.parent!);
    if (itemTpl?.role === "item") {
      const collection = prefix(path, itemTpl.parent!);
      const ctx: KindContext = { org, info, store, collection, params };
      const id = safeDecode(itemPath.split("/").pop() ?? "");
      return actionOp(op, ctx, kindOf(itemTpl.parent!), tpl.parent!, id, tpl.verb!, body);
    }
  }
  return singletonOp(op, { org, info, store, collection: path, params }, body);
}

/** `/api/v1/users/{login|me}/…` → `/api/v1/users/{id}/…` (sub-resources keyed by user id). */
export function canonicalUserPath(org: Org, info: RequestInfo, path: string): string {
  const m = /^\/api\/v1\/users\/([^/]+)(\/.+)$/.exec(path);
  if (!m) return path;
  const key = safeDecode(m[1]);
  const user = org.findUser(key === "me" ? info.actor.id : key);
  return user ? `/api/v1/users/${user.id}${m[2]}` : path;
}

/**
 * Checks that every parent named in the path exists when it can be known: users, groups and
 * apps of the hand-written resources, and items of creatable long-tail collections.
 */
function checkParents(
  org: Org,
  store: GenericStore,
  template: string,
  path: string,
  skipLast: number,
): void {
  const t = segments(template);
  const p = segments(path);
  const table = analyse().templates;
  const paramIdx = t.map((s, i) => isParam(s) ? i : -1).filter((i) => i >= 0);
  const check = paramIdx.slice(0, paramIdx.length - skipLast);
  for (const i of check) {
    const id = safeDecode(p[i]);
    const collTpl = "/" + t.slice(0, i).join("/");
    const collPath = "/" + p.slice(0, i).join("/");
    if (collTpl === "/api/v1/users") {
      if (id !== "me" && !org.findUser(id)) throw notFound(id, "User");
      continue;
    }
    if (collTpl === "/api/v1/groups") {
      if (!org.groups.has(id)) throw notFound(id, "UserGroup");
      continue;
    }
    if (collTpl === "/api/v1/apps") {
      if (!org.apps.has(id)) throw notFound(id, "AppInstance");
      continue;
    }
    if (table.get(collTpl)?.role !== "collection" || !collectionCreatable(collTpl)) continue;
    const kind = kindOf(collTpl);
    const col = store.collection(collPath);
    const found = kind?.find ? kind.find(id, col) : col.get(id);
    if (!found) throw notFound(id, kind?.targetType ?? "Resource");
  }
}

function stampNew(
  data: Record<string, unknown>,
  stamps: string[],
  now: string,
  id: string,
  status: string | null,
): void {
  if (stamps.includes("id")) data.id = id;
  if (stamps.includes("created")) data.created ??= now;
  if (stamps.includes("lastUpdated")) data.lastUpdated = now;
  if (status && stamps.includes("status") && data.status === undefined) data.status = status;
}

function initialStatus(kind: Kind | undefined, body: Record<string, unknown>): string | null {
  if (!kind || kind.initialStatus === undefined) return "ACTIVE";
  return typeof kind.initialStatus === "function" ? kind.initialStatus(body) : kind.initialStatus;
}

function newId(
  org: Org,
  kind: Kind | undefined,
  body: Record<string, unknown>,
  template: string,
): string {
  if (kind?.idPrefix === "name" && typeof body.name === "string" && body.name !== "") {
    return body.name;
  }
  if (!kind && /Name\}$/.test(template) && typeof body.name === "string" && body.name !== "") {
    return body.name;
  }
  return org.ids.next(kind && kind.idPrefix !== "name" ? kind.idPrefix : "0lt");
}

function respond(op: Operation, payload: unknown, headers?: HeadersInit): Response {
  if (op.successStatus === 301 || op.successStatus === 302) {
    return new Response(null, { status: op.successStatus, headers: { Location: "/" } });
  }
  if (op.response === "empty" || op.successStatus === 204) {
    return new Response(null, { status: op.successStatus });
  }
  if (op.response === "xml") {
    return new Response(
      '<?xml version="1.0"?><md:EntityDescriptor xmlns:md="urn:oasis:names:tc:SAML:2.0:metadata"/>',
      {
        status: op.successStatus,
        headers: { "Content-Type": "application/xml" },
      },
    );
  }
  if (op.response === "text") {
    return new Response(typeof payload === "string" ? payload : "", {
      status: op.successStatus,
      headers: { "Content-Type": "text/plain" },
    });
  }
  if (op.response === "binary") {
    return new Response(new Uint8Array(0), {
      status: op.successStatus,
      headers: { "Content-Type": "application/octet-stream" },
    });
  }
  return json(
    op.returnsArray && !Array.isArray(payload) ? [payload] : payload,
    op.successStatus,
    headers,
  );
}

/** A response body for an operation whose schema is not the item's: the schema's minimum. */
function shaped(op: Operation, extra: Record<string, unknown> = {}): Record<string, unknown> {
  const shape = shapeOf(op.responseSchema);
  return { ...shape.d, ...extra };
}

function collectionOp(
  op: Operation,
  ctx: KindContext,
  kind: Kind | undefined,
  body: unknown,
): Response {
  const col = ctx.store.collection(ctx.collection);
  if (op.method === "GET") {
    const q = ctx.info.query;
    kind?.listQuery?.(q, ctx);
    const rule = kind?.limits ?? { default: 200, max: 200 };
    const limit = op.paging === "none" ? Number.MAX_SAFE_INTEGER : readLimit(q, rule);
    const accept = kind?.filter ? (i: GenericItem) => kind.filter!(i, q, ctx) : undefined;
    const page = col.page(op.paging === "none" ? undefined : readAfter(q), limit, accept);
    const items = page.items.map((i) => renderItem(i, ctx, kind));
    const nextSeq = page.nextSeq;
    if (op.paging === "body") {
      const next = nextSeq === undefined ? undefined : new URL(ctx.info.url.href);
      next?.searchParams.set("after", encodeCursor(nextSeq!));
      const links: Record<string, unknown> = { self: { href: ctx.info.url.href } };
      if (next) links.next = { href: next.href };
      return json({ ...shaped(op), [op.itemsProperty ?? "data"]: items, _links: links });
    }
    if (kind?.list) return json(kind.list(items, ctx));
    if (!op.returnsArray) return json(shaped(op));
    const headers = new Headers({ "Content-Type": "application/json" });
    addLinks(headers, ctx.info.url, nextSeq);
    return new Response(JSON.stringify(items), { status: 200, headers });
  }
  if (op.method === "DELETE") {
    for (const item of [...col.values()]) col.delete(item.id);
    ctx.org.changed();
    return respond(op, {});
  }
  // POST / PUT / PATCH on a collection: create an item.
  const input = isObject(body) ? body : { items: body };
  if (kind?.validate) kind.validate(input, ctx);
  const id = newId(ctx.org, kind, input, op.path + "/{x}");
  if (col.has(id)) {
    throw validation(
      "name",
      "An object with this field already exists in the current organization",
    );
  }
  const shape = shapeOf(op.responseSchema);
  const data = merge(shape.d, stripSecrets(input) as Record<string, unknown>);
  if (shape.s.includes("_links")) delete data._links;
  stampNew(data, shape.s, ctx.org.timestamp(), id, initialStatus(kind, input));
  const item: GenericItem = { seq: ctx.org.seq.next(), id, data };
  kind?.onCreate?.(item, ctx);
  col.set(item);
  emitFor(kind, "create", item, ctx);
  ctx.org.changed();
  return respond(op, renderItem(item, ctx, kind, shape.s));
}

function findItem(ctx: KindContext, kind: Kind | undefined, id: string): GenericItem | undefined {
  const col = ctx.store.collection(ctx.collection);
  if (kind?.find) return kind.find(id, col);
  const byId = col.get(id);
  if (byId) return byId;
  // `{roleIdOrLabel}`, `{resourceSetIdOrLabel}`, `{…IdOrName}`: the label or name finds it too.
  const param = ctx.info.operation?.path.match(/\{(\w+)\}(?:\/[^{}/]+){0,3}$/)?.[1] ?? "";
  if (!/Or(Label|Name)$/.test(param)) return undefined;
  const found = col.values().find((i) => i.data.label === id || i.data.name === id);
  touch(found); // found without get(): save it before the write mutates it
  return found;
}

function collectionCreatable(template: string): boolean {
  return analyse().creatable.has(normTemplate(template));
}

function itemOp(
  op: Operation,
  ctx: KindContext,
  kind: Kind | undefined,
  id: string,
  body: unknown,
): Response {
  const col = ctx.store.collection(ctx.collection);
  const existing = findItem(ctx, kind, id);
  const collTemplate = op.path.slice(0, op.path.lastIndexOf("/"));
  const input = isObject(body) ? stripSecrets(body) as Record<string, unknown> : {};
  const shape = shapeOf(op.responseSchema ?? analyse().itemSchemas.get(op.path));
  switch (op.method) {
    case "GET": {
      if (existing) return respond(op, renderItem(existing, ctx, kind, shape.s));
      if (kind || collectionCreatable(collTemplate)) {
        throw notFound(id, kind?.targetType ?? "Resource");
      }
      // A collection nobody can create into (read-only catalogues): a synthesized item.
      const data = shape.d;
      stampNew(data, shape.s, ctx.org.timestamp(), id, null);
      return respond(op, renderItem({ seq: 0, id, data }, ctx, undefined, shape.s));
    }
    case "DELETE": {
      if (!existing) throw notFound(id, kind?.targetType ?? "Resource");
      kind?.guard?.("delete", existing, ctx);
      if (kind?.deleteActive && existing.data.status === "ACTIVE") throw kind.deleteActive;
      col.delete(existing.id);
      // Sub-resources go with their parent (an authorization server's scopes, claims, …).
      const below = `${ctx.collection}/${existing.id}/`;
      for (const key of [...ctx.store.collections.keys()]) {
        if (key.startsWith(below)) ctx.store.collections.delete(key);
      }
      for (const key of [...ctx.store.singletons.keys()]) {
        if (key.startsWith(below)) ctx.store.singletons.delete(key);
      }
      emitFor(kind, "delete", existing, ctx);
      ctx.org.changed();
      return respond(op, {});
    }
    default: {
      // PUT replaces (or creates at this id: assignments are upserts); POST/PATCH merge.
      // Resources with real semantics are created by their collection POST only.
      if (!existing && kind) throw notFound(id, kind.targetType);
      if (existing) kind?.guard?.("update", existing, ctx);
      const now = ctx.org.timestamp();
      let data: Record<string, unknown>;
      if (existing && op.method === "PUT") {
        kind?.validate?.(input, ctx, existing);
        data = merge(shape.d, input);
        for (const keep of ["id", "created", "status"]) {
          if (
            existing.data[keep] !== undefined && (keep !== "status" || input.status === undefined)
          ) {
            data[keep] = existing.data[keep];
          }
        }
        if (shape.s.includes("lastUpdated")) data.lastUpdated = now;
      } else if (existing) {
        data = merge(existing.data, input);
        if (kind?.validate) kind.validate(data, ctx, existing);
        if (shape.s.includes("lastUpdated")) data.lastUpdated = now;
      } else {
        data = merge(shape.d, input);
        stampNew(data, shape.s, now, id, initialStatus(kind, input));
      }
      if (shape.s.includes("_links")) delete data._links;
      const item: GenericItem = existing
        ? { ...existing, data }
        : { seq: ctx.org.seq.next(), id, data };
      col.set(item);
      emitFor(kind, existing ? "update" : "create", item, ctx);
      ctx.org.changed();
      return respond(op, renderItem(item, ctx, kind, shape.s));
    }
  }
}

function actionOp(
  op: Operation,
  ctx: KindContext,
  kind: Kind | undefined,
  itemTemplate: string,
  id: string,
  verb: string,
  body: unknown,
): Response {
  const existing = findItem(ctx, kind, id);
  const collTemplate = itemTemplate.slice(0, itemTemplate.lastIndexOf("/"));
  if (!existing) {
    // Users, groups and apps live in the hand-written resources (checkParents saw them exist).
    if (kind || (collectionCreatable(collTemplate) && !HAND_WRITTEN.includes(collTemplate))) {
      throw notFound(id, kind?.targetType ?? "Resource");
    }
    // The target lives in a hand-written resource (users, apps…): answer the schema's minimum.
    return respond(
      op,
      shaped(op, isObject(body) ? stripSecrets(body) as Record<string, unknown> : {}),
    );
  }
  const itemSchema = analyse().itemSchemas.get(itemTemplate);
  const custom = kind?.actions?.[verb];
  let result: unknown;
  if (custom) {
    result = custom(existing, ctx);
  } else {
    const status = STATUS_VERBS[verb];
    const allowed = SCHEMA_SHAPES[itemSchema ?? ""]?.st;
    if (status && existing.data.status !== status && (!allowed || allowed.includes(status))) {
      existing.data.status = status;
      if ("lastUpdated" in existing.data) existing.data.lastUpdated = ctx.org.timestamp();
      emitFor(kind, verb, existing, ctx);
    }
  }
  ctx.org.changed();
  if (result !== undefined) return respond(op, result);
  if (op.responseSchema && op.responseSchema === itemSchema) {
    return respond(op, renderItem(existing, ctx, kind, shapeOf(itemSchema).s));
  }
  return respond(op, shaped(op));
}

function singletonOp(op: Operation, ctx: KindContext, body: unknown): Response {
  const key = ctx.collection;
  const stored = ctx.store.singletons.get(key);
  const shape = shapeOf(op.responseSchema);
  const input = isObject(body) ? stripSecrets(body) as Record<string, unknown> : {};
  switch (op.method) {
    case "GET":
      return respond(op, stored ? { ...shape.d, ...stored } : shape.d);
    case "DELETE":
      ctx.store.singletons.delete(key);
      ctx.org.changed();
      return respond(op, {});
    case "PUT": {
      const data = merge(shape.d, input);
      ctx.store.singletons.set(key, data);
      ctx.org.changed();
      return respond(op, data);
    }
    default: {
      const data = merge(stored ?? shape.d, input);
      // A POST with a body on a GET-able path stores it; a bare action just answers.
      if (analyse().readable.has(op.path)) {
        ctx.store.singletons.set(key, data);
        ctx.org.changed();
      }
      return respond(op, merge(shape.d, data));
    }
  }
}

/** Serializable form of the long tail's store (for state snapshots). */
export interface GenericSnapshot {
  /** Concrete collection path → items in list order. */
  collections: [string, GenericItem[]][];
  /** Concrete path → singleton object. */
  singletons: [string, Record<string, unknown>][];
}

/** The long tail's store as plain data. */
export function snapshotGeneric(org: Org): GenericSnapshot {
  const store = storeOf(org);
  return {
    collections: [...store.collections].filter(([, c]) => c.size > 0).map((
      [path, c],
    ) => [path, [...c.values()]]),
    singletons: [...store.singletons],
  };
}

/** Replaces the long tail's store with a snapshot (seeds are in the snapshot already). */
export function restoreGeneric(org: Org, snapshot: GenericSnapshot): void {
  const store = new GenericStore();
  for (const [path, items] of snapshot.collections) {
    const col = store.collection(path);
    for (const item of items) {
      col.set(item);
      org.seq.bump(item.seq);
      org.ids.reserve(item.id);
    }
  }
  for (const [path, value] of snapshot.singletons) store.singletons.set(path, value);
  STORES.set(org, store);
}

/**
 * A string map kept in the long tail's store (so it is saved with `--state`), for bookkeeping
 * that has no URL of its own (`#…` keys never collide with paths).
 */
export function recordOf(org: Org, key: `#${string}`): Record<string, string> {
  const singletons = storeOf(org).singletons;
  let record = singletons.get(key) as Record<string, string> | undefined;
  if (!record) singletons.set(key, record = {});
  else touch(record); // callers change it in place
  return record;
}
