/**
 * The long tail's request handler: every operation of the generated table that no hand-written
 * route answers is turned into store operations by the role of its path template
 * (`templates.ts`). Creates store the body stamped with `id`/`created`/`lastUpdated`/`_links`;
 * reads and lists come from the store (with `after`/`limit` paging); replaces replace, partial
 * updates merge, deletes delete, lifecycle actions set `status`; responses start from the
 * response schema's required fields (`wire.ts`). Resources with real semantics plug in as
 * {@link Kind}s.
 *
 * @module
 */
import type { Operation } from "../../core/operation.ts";
import { SCHEMA_SHAPES } from "../../generated/schema_shapes.ts";
import { notFound, OktaHttpError, validation } from "../errors.ts";
import { json } from "../links.ts";
import type { Org, RequestInfo } from "../org.ts";
import { addLinks, encodeCursor, readAfter, readLimit } from "../paging.ts";
import { touch } from "../undo.ts";
import type { OwnedCollection } from "../resource.ts";
import { isObject } from "../validate.ts";
import { emitFor, type Kind, type KindContext, renderItem } from "./kind.ts";
import { type GenericItem, type GenericStore, storeOf } from "./store.ts";
import {
  analyse,
  collectionCreatable,
  isParam,
  normTemplate,
  pathParams,
  prefix,
  type Role,
  safeDecode,
  segments,
} from "./templates.ts";
import { merge, readBody, respond, shaped, shapeOf, stampNew, stripSecrets } from "./wire.ts";

/** Answers one request the pipeline matched to a row of the table (`info.operation`). */
export type LongTailHandler = (request: Request, info: RequestInfo) => Promise<Response>;

/** What one long tail serves, looked up by template. */
interface Served {
  /** The {@link Kind} of a collection template. */
  kindOf(collectionTemplate: string): Kind | undefined;
  /** Collection path → what the hand-written resource owning it declares. */
  owned: ReadonlyMap<string, OwnedCollection>;
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

/**
 * The long tail of one org with these kinds (looked up by normalized collection template),
 * leaving the items of the collections hand-written resources own to them.
 */
export function longTailHandler(
  org: Org,
  kinds: readonly Kind[],
  owned: readonly OwnedCollection[],
): LongTailHandler {
  const byTemplate = new Map(kinds.map((k) => [normTemplate(k.collection), k]));
  const served: Served = {
    kindOf: (template) => byTemplate.get(normTemplate(template)),
    owned: new Map(owned.map((o) => [o.path, o])),
  };
  return (request, info) => handle(org, served, request, info);
}

async function handle(
  org: Org,
  served: Served,
  request: Request,
  info: RequestInfo,
): Promise<Response> {
  const op = info.operation;
  if (!op) throw new OktaHttpError("E0000008", undefined, { causes: [info.url.pathname] });
  const table = analyse().templates;
  const tpl = table.get(op.path) ?? { role: "singleton" as Role };
  // One store per user whatever names it in the path: login, id or `me`.
  const path = canonicalUserPath(org, info, info.url.pathname);
  const params = pathParams(op.path, path);
  const store = storeOf(org);
  const body = await readBody(request, op);
  checkParents(org, served, store, op.path, path, tpl.role === "item" ? 1 : 0);

  if (tpl.role === "collection") {
    const ctx: KindContext = { org, info, store, collection: path, params };
    return collectionOp(op, ctx, served.kindOf(op.path), body);
  }
  if (tpl.role === "item") {
    const collection = prefix(path, tpl.parent!);
    const ctx: KindContext = { org, info, store, collection, params };
    const id = safeDecode(path.split("/").pop() ?? "");
    return itemOp(op, ctx, served.kindOf(tpl.parent!), id, body);
  }
  if (tpl.role === "action") {
    const itemPath = prefix(path, tpl.parent!);
    const itemTpl = table.get(tpl.parent!);
    if (itemTpl?.role === "item") {
      const collection = prefix(path, itemTpl.parent!);
      const ctx: KindContext = { org, info, store, collection, params };
      const id = safeDecode(itemPath.split("/").pop() ?? "");
      const kind = served.kindOf(itemTpl.parent!);
      return actionOp(op, ctx, served, kind, tpl.parent!, id, tpl.verb!, body);
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
 * Checks that every parent named in the path exists when it can be known: items of the
 * hand-written resources that declare how to tell (users, groups, apps), and items of creatable
 * long-tail collections.
 */
function checkParents(
  org: Org,
  served: Served,
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
    const owner = served.owned.get(collTpl);
    if (owner?.exists) {
      if (!owner.exists(org, id)) throw notFound(id, owner.type ?? "Resource");
      continue;
    }
    if (table.get(collTpl)?.role !== "collection" || !collectionCreatable(collTpl)) continue;
    const kind = served.kindOf(collTpl);
    const col = store.collection(collPath);
    const found = kind?.find ? kind.find(id, col) : col.get(id);
    if (!found) throw notFound(id, kind?.targetType ?? "Resource");
  }
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
  served: Served,
  kind: Kind | undefined,
  itemTemplate: string,
  id: string,
  verb: string,
  body: unknown,
): Response {
  const existing = findItem(ctx, kind, id);
  const collTemplate = itemTemplate.slice(0, itemTemplate.lastIndexOf("/"));
  if (!existing) {
    // Users, groups, apps… live in the hand-written resources (checkParents saw them exist).
    if (kind || (collectionCreatable(collTemplate) && !served.owned.has(collTemplate))) {
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
