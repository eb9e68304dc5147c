/**
 * Sessions: `POST /api/v1/sessions` (a session for the caller; the emulator has no `/authn`, so
 * any non-empty `sessionToken` is accepted), get, refresh (extends `expiresAt`), close, and
 * `DELETE /api/v1/users/{id}/sessions` / `POST /api/v1/users/me/lifecycle/delete_sessions` that
 * end a user's sessions. Cookie sessions (`/sessions/me`) do not exist: 404.
 *
 * @module
 */
import type { Hono } from "../hono.ts";
import { notFound, OktaHttpError } from "../errors.ts";
import { type GenericItem, type Kind, storeOf } from "../long_tail/mod.ts";
import { link } from "../links.ts";
import type { EmulatorEnv, Org, RequestInfo } from "../org.ts";
import type { EmulatorResource } from "../resource.ts";

const BASE = "/api/v1/sessions";
const LIFETIME_MS = 2 * 60 * 60 * 1000;

function target(
  item: GenericItem,
): { id: string; type: string; alternateId: string; displayName: string } {
  return {
    id: String(item.data.userId),
    type: "User",
    alternateId: String(item.data.login),
    displayName: String(item.data.login),
  };
}

/** Sessions. */
export const sessionsKind: Kind = {
  collection: BASE,
  idPrefix: "102",
  targetType: "Session",
  validate(body, ctx) {
    if (typeof body.sessionToken !== "string" || body.sessionToken.trim() === "") {
      throw new OktaHttpError("E0000001", "Api validation failed: sessionToken", {
        causes: ["sessionToken: The field cannot be left blank."],
      });
    }
    const user = ctx.org.users.get(ctx.info.actor.id) ?? ctx.org.users.get(ctx.org.adminId);
    if (!user || user.status !== "ACTIVE") throw new OktaHttpError("E0000005");
    const now = ctx.org.now();
    for (const key of Object.keys(body)) delete body[key];
    Object.assign(body, {
      userId: user.id,
      login: String(user.profile.login ?? ""),
      createdAt: new Date(now).toISOString(),
      expiresAt: new Date(now + LIFETIME_MS).toISOString(),
      lastPasswordVerification: new Date(now).toISOString(),
      amr: ["pwd"],
      idp: { id: "00o" + ctx.org.adminId.slice(3), type: "OKTA" },
      mfaActive: false,
      status: "ACTIVE",
    });
  },
  onCreate(item, ctx) {
    delete item.data.created;
    delete item.data.lastUpdated;
    ctx.org.emit("user.session.start", "User login to Okta", [target(item)], ctx.info);
  },
  render(item, ctx) {
    return {
      ...structuredClone(item.data),
      _links: {
        self: link(ctx.info, `${BASE}/${item.id}`),
        refresh: {
          ...link(ctx.info, `${BASE}/${item.id}/lifecycle/refresh`),
          hints: { allow: ["POST"] },
        },
        user: { ...link(ctx.info, `/api/v1/users/${item.data.userId}`), hints: { allow: ["GET"] } },
      },
    };
  },
  guard(verb, item, ctx) {
    if (verb === "delete") {
      ctx.org.emit("user.session.end", "User logout from Okta", [target(item)], ctx.info);
    }
  },
  actions: {
    refresh(item, ctx) {
      item.data.expiresAt = new Date(ctx.org.now() + LIFETIME_MS).toISOString();
      return undefined;
    },
  },
};

function endSessions(org: Org, info: RequestInfo, userId: string, keep?: string): number {
  const col = storeOf(org).collection(BASE);
  let n = 0;
  for (const s of [...col.values()]) {
    if (s.data.userId === userId && s.id !== keep) {
      col.delete(s.id);
      n++;
    }
  }
  const user = org.users.get(userId)!;
  org.emit("user.session.clear", "Clear user sessions", [org.userTarget(user)], info);
  org.changed();
  return n;
}

/** Routes that end a user's sessions (registered before the users resource). */
export const sessionsResource: EmulatorResource = {
  name: "sessions",
  register(app: Hono<EmulatorEnv>, org: Org): void {
    // No cookie sessions: the browser's "current session" never exists here.
    const noCurrent = () => {
      throw new OktaHttpError("E0000007", "Not found: Resource not found: me (Session)");
    };
    app.get(`${BASE}/me`, noCurrent);
    app.delete(`${BASE}/me`, noCurrent);
    app.post(`${BASE}/me/lifecycle/refresh`, noCurrent);
    app.delete("/api/v1/users/:id/sessions", (c) => {
      const key = c.req.param("id") === "me" ? c.env.actor.id : c.req.param("id");
      const user = org.findUser(key);
      if (!user) throw notFound(c.req.param("id"), "User");
      // `oauthTokens=true` would also revoke tokens; the org authorization server keeps its own.
      endSessions(org, c.env, user.id);
      return new Response(null, { status: 204 });
    });
    app.post("/api/v1/users/me/lifecycle/delete_sessions", async (c) => {
      const user = org.users.get(c.env.actor.id);
      if (!user) throw notFound("me", "User");
      // Checks the body; without a cookie session there is no current one for keepCurrent to keep.
      await c.env.body();
      endSessions(org, c.env, user.id);
      return new Response(null, { status: 200 });
    });
  },
};
