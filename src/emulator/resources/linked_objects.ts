/**
 * Linked object definitions (`/api/v1/meta/schemas/user/linkedObjects`) and the user links
 * they allow (`/api/v1/users/{id}/linkedObjects/…`): a definition is a primary/associated name
 * pair, found by either name; a user has at most one primary per relationship; deleting a
 * definition drops its links.
 *
 * @module
 */
import type { Hono } from "../hono.ts";
import { notFound, OktaHttpError } from "../errors.ts";
import { type GenericItem, type Kind, recordOf, storeOf } from "../long_tail/mod.ts";
import { requireField } from "../validate.ts";
import { json, link, noContent } from "../links.ts";
import type { EmulatorEnv, Org, RequestInfo, UserRecord } from "../org.ts";
import type { EmulatorResource } from "../resource.ts";

const BASE = "/api/v1/meta/schemas/user/linkedObjects";
const NAME = /^[A-Za-z][A-Za-z0-9_]{0,63}$/;

/** User links of one relationship: associated user id → primary user id. */
function links(org: Org, primaryName: string): Record<string, string> {
  return recordOf(org, `#linkedObjects/${primaryName}`);
}

function names(item: GenericItem): [string, string] {
  const d = item.data as { primary: { name: string }; associated: { name: string } };
  return [d.primary.name, d.associated.name];
}

function findDefinition(org: Org, name: string): GenericItem | undefined {
  return storeOf(org).collection(BASE).values().find((i) => names(i).includes(name));
}

/** Linked object definitions, keyed by the primary name. */
export const linkedObjectsKind: Kind = {
  collection: BASE,
  idPrefix: "name",
  targetType: "LinkedObject",
  initialStatus: null,
  find: (id, col) => col.get(id) ?? col.values().find((i) => names(i).includes(id)),
  validate(body, ctx) {
    const p = String(requireField(body, "primary.name"));
    const a = String(requireField(body, "associated.name"));
    requireField(body, "primary.title");
    requireField(body, "associated.title");
    for (const [field, v] of [["primary.name", p], ["associated.name", a]]) {
      if (!NAME.test(v)) {
        throw new OktaHttpError("E0000001", `Api validation failed: ${field}`, {
          causes: [`${field}: must start with a letter and use letters, digits and _.`],
        });
      }
    }
    const taken = p === a ||
      ctx.store.collection(BASE).values().some((i) => names(i).includes(p) || names(i).includes(a));
    if (taken) {
      throw new OktaHttpError("E0000001", "Api validation failed: name", {
        causes: ["name: An object with this field already exists in the current organization"],
      });
    }
    for (const side of ["primary", "associated"] as const) {
      (body[side] as Record<string, unknown>).type = "USER";
    }
    body.name = p;
  },
  guard(verb, item, ctx) {
    if (verb === "delete") dropLinks(ctx.org, names(item)[0]);
  },
  render(item, ctx) {
    const { name: _, ...data } = item.data;
    return { ...structuredClone(data), _links: { self: link(ctx.info, `${BASE}/${item.id}`) } };
  },
  events: { create: "system.linked_object.create", delete: "system.linked_object.delete" },
};

function user(org: Org, info: RequestInfo, idOrLogin: string): UserRecord {
  const key = idOrLogin === "me" ? info.actor.id : idOrLogin;
  const u = org.findUser(key);
  if (!u) throw notFound(idOrLogin, "User");
  return u;
}

/** User links of linked objects (registered before the users resource). */
export const linkedObjectsResource: EmulatorResource = {
  name: "linked objects",
  register(app: Hono<EmulatorEnv>, org: Org): void {
    app.put("/api/v1/users/:assoc/linkedObjects/:primaryName/:primaryUser", (c) => {
      const associated = user(org, c.env, c.req.param("assoc"));
      const primary = user(org, c.env, c.req.param("primaryUser"));
      const def = findDefinition(org, c.req.param("primaryName"));
      if (!def || names(def)[0] !== c.req.param("primaryName")) {
        throw notFound(c.req.param("primaryName"), "LinkedObject");
      }
      links(org, names(def)[0])[associated.id] = primary.id;
      org.changed();
      return noContent();
    });
    app.get("/api/v1/users/:id/linkedObjects/:name", (c) => {
      const u = user(org, c.env, c.req.param("id"));
      const def = findDefinition(org, c.req.param("name"));
      if (!def) throw notFound(c.req.param("name"), "LinkedObject");
      const [primaryName] = names(def);
      const m = links(org, primaryName);
      // Asking with the primary name lists the associated users; with the associated name, the primary.
      const ids = c.req.param("name") === primaryName
        ? Object.entries(m).filter(([, p]) => p === u.id).map(([a]) => a)
        : m[u.id]
        ? [m[u.id]]
        : [];
      return json(ids.map((id) => ({ _links: { self: link(c.env, `/api/v1/users/${id}`) } })));
    });
    app.delete("/api/v1/users/:id/linkedObjects/:name", (c) => {
      const u = user(org, c.env, c.req.param("id"));
      const def = findDefinition(org, c.req.param("name"));
      if (!def) throw notFound(c.req.param("name"), "LinkedObject");
      const m = links(org, names(def)[0]);
      if (c.req.param("name") === names(def)[0]) {
        for (const [a, p] of Object.entries(m)) if (p === u.id) delete m[a];
      } else delete m[u.id];
      org.changed();
      return noContent();
    });
  },
};

/** Drops the links of a deleted definition. */
export function dropLinks(org: Org, primaryName: string): void {
  storeOf(org).singletons.delete(`#linkedObjects/${primaryName}`);
}
