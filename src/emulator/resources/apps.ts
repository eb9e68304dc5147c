/**
 * Applications: bookmark / OIDC / SAML (and other) creation, activate/deactivate, delete only
 * when inactive, user assignments and group assignments that give members `scope: GROUP`.
 *
 * @module
 */
import type { Hono } from "../hono.ts";
import { notFound, OktaHttpError, validation } from "../errors.ts";
import { evaluate, readPath } from "../filter.ts";
import { json, link, listResponse, noContent } from "../links.ts";
import type {
  AppGroupRecord,
  AppRecord,
  AppUserRecord,
  EmulatorEnv,
  Org,
  RequestInfo,
} from "../org.ts";
import { readAfter, readLimit } from "../paging.ts";
import { readBool } from "../query.ts";
import type { EmulatorResource } from "../resource.ts";
import { OrderedCollection } from "../store.ts";
import { compileExpression, tableRules } from "../rules.ts";

const SIGN_ON_MODES = [
  "AUTO_LOGIN",
  "BASIC_AUTH",
  "BOOKMARK",
  "BROWSER_PLUGIN",
  "OPENID_CONNECT",
  "SAML_1_1",
  "SAML_2_0",
  "SECURE_PASSWORD_STORE",
  "WS_FEDERATION",
];

const FILTER_RULES = tableRules({
  status: ["eq"],
  name: ["eq"],
  id: ["eq"],
  "credentials.signing.kid": ["eq"],
  "settings.slo.enabled": ["eq"],
  "user.id": ["eq"],
  "group.id": ["eq"],
});

/** The wire shape of an app. */
export function renderApp(
  app: AppRecord,
  info: Pick<RequestInfo, "origin">,
): Record<string, unknown> {
  const self = `/api/v1/apps/${app.id}`;
  const active = app.data.status === "ACTIVE";
  const links: Record<string, unknown> = {
    self: link(info, self),
    appLinks: [],
    groups: link(info, `${self}/groups`),
    users: link(info, `${self}/users`),
    logo: [{
      name: "medium",
      href: `${info.origin}/assets/img/logos/default.png`,
      type: "image/png",
    }],
    [active ? "deactivate" : "activate"]: link(
      info,
      `${self}/lifecycle/${active ? "deactivate" : "activate"}`,
    ),
  };
  if (app.data.signOnMode === "SAML_2_0") {
    links.metadata = { ...link(info, `${self}/sso/saml/metadata`), type: "application/xml" };
  }
  return { id: app.id, ...structuredClone(app.data), _links: links };
}

function renderAppUser(app: AppRecord, u: AppUserRecord, info: Pick<RequestInfo, "origin">) {
  const links: Record<string, unknown> = {
    app: link(info, `/api/v1/apps/${app.id}`),
    user: link(info, `/api/v1/users/${u.id}`),
  };
  if (!u.direct) {
    const gid = [...u.viaGroups][0];
    links.group = { ...link(info, `/api/v1/groups/${gid}`), name: gid };
  }
  return {
    id: u.id,
    created: u.created,
    lastUpdated: u.lastUpdated,
    scope: u.direct ? "USER" : "GROUP",
    status: "ACTIVE",
    statusChanged: u.statusChanged,
    passwordChanged: null,
    syncState: "DISABLED",
    credentials: { ...u.credentials },
    profile: { ...u.profile },
    _links: links,
  };
}

function renderAppGroup(app: AppRecord, g: AppGroupRecord, info: Pick<RequestInfo, "origin">) {
  return {
    id: g.id,
    lastUpdated: g.lastUpdated,
    priority: g.priority,
    profile: { ...g.profile },
    _links: {
      app: link(info, `/api/v1/apps/${app.id}`),
      group: link(info, `/api/v1/groups/${g.id}`),
    },
  };
}

function obj(value: unknown, field: string): Record<string, unknown> {
  if (value === undefined || value === null) return {};
  if (typeof value !== "object" || Array.isArray(value)) {
    throw validation(field, "Must be an object");
  }
  return value as Record<string, unknown>;
}

/** Builds the stored form of an app from a create/replace body. */
function appData(
  org: Org,
  body: Record<string, unknown>,
  previous?: AppRecord,
): Record<string, unknown> {
  const label = body.label;
  if (typeof label !== "string" || label.trim() === "") {
    throw validation("label", "The field cannot be left blank");
  }
  const mode = body.signOnMode === undefined ? undefined : String(body.signOnMode);
  if (mode !== undefined && !SIGN_ON_MODES.includes(mode)) {
    throw validation("signOnMode", `Unsupported sign-on mode ${mode}`);
  }
  const settings = obj(body.settings, "settings");
  const credentials = obj(body.credentials, "credentials");
  let name = typeof body.name === "string" ? body.name : undefined;
  const now = org.timestamp();
  switch (mode) {
    case "BOOKMARK": {
      const app = obj(settings.app, "settings.app");
      if (typeof app.url !== "string" || app.url === "") {
        throw validation("url", "The field cannot be left blank");
      }
      name ??= "bookmark";
      settings.app = { requestIntegration: false, ...app };
      break;
    }
    case "OPENID_CONNECT": {
      const client = obj(settings.oauthClient, "settings.oauthClient");
      const grants = client.grant_types ?? ["authorization_code"];
      if (!Array.isArray(grants) || grants.length === 0) {
        throw validation("grant_types", "The field cannot be left blank");
      }
      settings.oauthClient = {
        redirect_uris: [],
        response_types: ["code"],
        application_type: "web",
        consent_method: "REQUIRED",
        ...client,
        grant_types: grants,
      };
      const oauth = obj(credentials.oauthClient, "credentials.oauthClient");
      const method = String(oauth.token_endpoint_auth_method ?? "client_secret_basic");
      const previousClient = previous?.data.credentials as
        | Record<string, Record<string, unknown>>
        | undefined;
      const clientId = previousClient?.oauthClient?.client_id ?? oauth.client_id ??
        org.ids.next("0oa");
      credentials.oauthClient = {
        autoKeyRotation: true,
        ...oauth,
        client_id: clientId,
        token_endpoint_auth_method: method,
      };
      if (method.startsWith("client_secret") && !previous) {
        (credentials.oauthClient as Record<string, unknown>).client_secret = org.ids.next("")
          .repeat(2);
      }
      name ??= "oidc_client";
      break;
    }
    case "SAML_2_0":
    case "SAML_1_1": {
      const signOn = obj(settings.signOn, "settings.signOn");
      if (
        typeof signOn.ssoAcsUrl !== "string" && typeof signOn.defaultRelayState !== "string" &&
        !name
      ) {
        throw validation("ssoAcsUrl", "The field cannot be left blank");
      }
      settings.signOn = { ...signOn };
      credentials.signing = {
        kid: org.ids.next("").slice(0, 20),
        ...obj(credentials.signing, "signing"),
      };
      name ??= `emulatororg_${label.toLowerCase().replace(/[^a-z0-9]+/g, "")}_1`;
      break;
    }
    default:
      if (!name) throw validation("name", "The field cannot be left blank");
  }
  credentials.userNameTemplate ??= { template: "${source.login}", type: "BUILT_IN" };
  return {
    orn: "", // filled by the caller once the id is known
    name,
    label,
    status: previous?.data.status ?? "ACTIVE",
    created: previous?.data.created ?? now,
    lastUpdated: now,
    accessibility: {
      selfService: false,
      ...obj(body.accessibility, "accessibility"),
    },
    visibility: {
      autoSubmitToolbar: false,
      hide: { iOS: false, web: false },
      appLinks: {},
      ...obj(body.visibility, "visibility"),
    },
    features: Array.isArray(body.features) ? body.features : [],
    signOnMode: mode ?? "BROWSER_PLUGIN",
    credentials,
    settings: { notifications: { vpn: { network: { connection: "DISABLED" } } }, ...settings },
  };
}

/** Creates a stored app (used by the create route and the seed). */
export function insertApp(org: Org, body: Record<string, unknown>, active: boolean): AppRecord {
  const data = appData(org, body);
  // Okta's OIDC apps are their own client: the app id is the client_id.
  const clientId = data.signOnMode === "OPENID_CONNECT"
    ? (data.credentials as { oauthClient?: { client_id?: unknown } }).oauthClient?.client_id
    : undefined;
  const id = typeof clientId === "string" && !org.apps.get(clientId)
    ? clientId
    : org.ids.next("0oa");
  data.orn = `orn:okta:idp:emulator:apps:${data.name}:${id}`;
  data.status = active ? "ACTIVE" : "INACTIVE";
  const app: AppRecord = {
    seq: org.seq.next(),
    id,
    data,
    users: new OrderedCollection(),
    groups: new OrderedCollection(),
  };
  org.apps.set(app);
  return app;
}

function requireApp(org: Org, id: string): AppRecord {
  const app = org.apps.get(id);
  if (!app) throw notFound(id, "AppInstance");
  return app;
}

function listApps(org: Org, info: RequestInfo): Response {
  const q = info.query;
  const limit = readLimit(q, { default: 20, max: 200 });
  const includeDeleted = readBool(q, "includeNonDeleted", false);
  const filter = q.get("filter");
  const text = q.get("q")?.toLowerCase();
  let accept = (a: AppRecord) => includeDeleted || a.data.status !== "DELETED";
  if (filter) {
    const node = compileExpression("filter", filter, FILTER_RULES);
    if (node.kind !== "compare") {
      throw new OktaHttpError("E0000031", "Invalid search criteria.", {
        causes: ["filter: apps accept a single eq expression."],
      });
    }
    const base = accept;
    accept = (a) => {
      if (!base(a)) return false;
      if (node.attr === "user.id") return a.users.has(String(node.value));
      if (node.attr === "group.id") return a.groups.has(String(node.value));
      return evaluate(node, { id: a.id, ...a.data }, false, readPath);
    };
  }
  if (text) {
    const base = accept;
    accept = (a) =>
      base(a) && (String(a.data.name).toLowerCase().startsWith(text) ||
        String(a.data.label).toLowerCase().startsWith(text));
  }
  const page = org.apps.page(readAfter(q), limit, accept);
  return listResponse(
    info,
    page.items.map((a) => renderApp(a, info)),
    page.nextSeq,
  );
}

async function createApp(org: Org, info: RequestInfo): Promise<Response> {
  const body = await info.body();
  const app = insertApp(org, body, readBool(info.query, "activate", true));
  org.emit("application.lifecycle.create", "Add application", [org.appTarget(app)], info);
  if (app.data.status === "ACTIVE") {
    org.emit("application.lifecycle.activate", "Activate application", [org.appTarget(app)], info);
  }
  org.changed();
  return json(renderApp(app, info));
}

async function replaceApp(org: Org, info: RequestInfo, id: string): Promise<Response> {
  const app = requireApp(org, id);
  const body = await info.body();
  const data = appData(org, { signOnMode: app.data.signOnMode, name: app.data.name, ...body }, app);
  data.orn = app.data.orn;
  app.data = data;
  org.emit("application.lifecycle.update", "Update application", [org.appTarget(app)], info);
  org.changed();
  return json(renderApp(app, info));
}

function deleteApp(org: Org, info: RequestInfo, id: string): Response {
  const app = requireApp(org, id);
  if (app.data.status === "ACTIVE") {
    throw new OktaHttpError("E0000056", "Delete application forbidden.", {
      causes: ["status: deactivate the app before deleting it."],
    });
  }
  for (const g of app.groups.values()) org.groupApps.get(g.id)?.delete(app.id);
  org.apps.delete(app.id);
  org.emit("application.lifecycle.delete", "Delete application", [org.appTarget(app)], info);
  org.changed();
  return noContent();
}

function appLifecycle(org: Org, info: RequestInfo, id: string, op: string): Response {
  const app = requireApp(org, id);
  if (op !== "activate" && op !== "deactivate") throw new OktaHttpError("E0000008");
  const status = op === "activate" ? "ACTIVE" : "INACTIVE";
  if (app.data.status !== status) {
    app.data.status = status;
    app.data.lastUpdated = org.timestamp();
    org.emit(
      `application.lifecycle.${op}`,
      `${op === "activate" ? "Activate" : "Deactivate"} application`,
      [
        org.appTarget(app),
      ],
      info,
    );
    org.changed();
  }
  return json({});
}

function listAppUsers(org: Org, info: RequestInfo, id: string): Response {
  const app = requireApp(org, id);
  const limit = readLimit(info.query, { default: 50, max: 500 });
  const page = app.users.page(readAfter(info.query), limit);
  return listResponse(
    info,
    page.items.map((u) => renderAppUser(app, u, info)),
    page.nextSeq,
  );
}

async function assignUser(
  org: Org,
  info: RequestInfo,
  id: string,
  uidFromPath?: string,
): Promise<Response> {
  const app = requireApp(org, id);
  const body = await info.body();
  const uid = uidFromPath ?? body.id;
  if (typeof uid !== "string" || uid === "") {
    throw validation("id", "The field cannot be left blank");
  }
  const user = org.users.get(uid);
  if (!user) throw notFound(uid, "User");
  const now = org.timestamp();
  let record = app.users.get(uid);
  const isNew = !record || !record.direct;
  if (uidFromPath && !record) throw notFound(uid, "AppUser");
  if (!record) {
    record = {
      seq: user.seq,
      id: uid,
      created: now,
      lastUpdated: now,
      statusChanged: now,
      direct: true,
      viaGroups: new Set(),
      credentials: { userName: String(user.profile.login ?? "") },
      profile: {},
    };
    app.users.set(record);
  }
  if (!uidFromPath) record.direct = true;
  const credentials = obj(body.credentials, "credentials");
  const { password: _secret, ...visible } = credentials;
  record.credentials = { ...record.credentials, ...visible };
  if (body.profile !== undefined) {
    record.profile = { ...record.profile, ...obj(body.profile, "profile") };
  }
  record.lastUpdated = now;
  if (isNew && !uidFromPath) {
    org.emit("application.user_membership.add", "Add user to application membership", [
      org.userTarget(user),
      org.appTarget(app),
    ], info);
  }
  org.changed();
  return json(renderAppUser(app, record, info));
}

function unassignUser(org: Org, info: RequestInfo, id: string, uid: string): Response {
  const app = requireApp(org, id);
  const record = app.users.get(uid);
  if (!record) throw notFound(uid, "AppUser");
  if (!record.direct) {
    throw new OktaHttpError(
      "E0000006",
      "You do not have permission to perform the requested action",
      {
        causes: [
          "scope: the user is assigned through a group; remove the group assignment instead.",
        ],
      },
    );
  }
  if (record.viaGroups.size > 0) record.direct = false;
  else app.users.delete(uid);
  const user = org.users.get(uid);
  org.emit("application.user_membership.remove", "Remove user from application membership", [
    ...(user ? [org.userTarget(user)] : []),
    org.appTarget(app),
  ], info);
  org.changed();
  return noContent();
}

function listAppGroups(org: Org, info: RequestInfo, id: string): Response {
  const app = requireApp(org, id);
  const limit = readLimit(info.query, { default: 20, max: 200 });
  const page = app.groups.page(readAfter(info.query), limit);
  return listResponse(
    info,
    page.items.map((g) => renderAppGroup(app, g, info)),
    page.nextSeq,
  );
}

async function assignGroup(
  org: Org,
  info: RequestInfo,
  id: string,
  gid: string,
): Promise<Response> {
  const app = requireApp(org, id);
  const group = org.groups.get(gid);
  if (!group) throw notFound(gid, "UserGroup");
  const body = await info.body();
  const existing = app.groups.get(gid);
  const priority = typeof body.priority === "number"
    ? body.priority
    : existing?.priority ?? app.groups.size;
  const record: AppGroupRecord = {
    seq: group.seq,
    id: gid,
    lastUpdated: org.timestamp(),
    priority,
    profile: body.profile !== undefined ? obj(body.profile, "profile") : existing?.profile ?? {},
  };
  app.groups.set(record);
  if (!existing) {
    let set = org.groupApps.get(gid);
    if (!set) org.groupApps.set(gid, set = new Set());
    set.add(app.id);
    for (const m of group.members.values()) {
      const user = org.users.get(m.id);
      if (user) org.assignViaGroup(app, user, gid);
    }
    org.emit("group.application_assignment.add", "Add assigned application to group", [
      org.groupTarget(group),
      org.appTarget(app),
    ], info);
  }
  org.changed();
  return json(renderAppGroup(app, record, info));
}

function unassignGroup(org: Org, info: RequestInfo, id: string, gid: string): Response {
  const app = requireApp(org, id);
  if (!app.groups.delete(gid)) throw notFound(gid, "ApplicationGroupAssignment");
  org.groupApps.get(gid)?.delete(app.id);
  for (const u of [...app.users.values()]) {
    if (u.viaGroups.has(gid)) org.unassignViaGroup(app, u.id, gid);
  }
  const group = org.groups.get(gid);
  org.emit("group.application_assignment.remove", "Remove assigned application from group", [
    ...(group ? [org.groupTarget(group)] : []),
    org.appTarget(app),
  ], info);
  org.changed();
  return noContent();
}

/** Routes of `/api/v1/apps`. */
export const appsResource: EmulatorResource = {
  name: "apps",
  owns: [{ path: "/api/v1/apps", exists: (org, id) => org.apps.has(id), type: "AppInstance" }],
  register(app: Hono<EmulatorEnv>, org: Org): void {
    app.get("/api/v1/apps", (c) => listApps(org, c.env));
    app.post("/api/v1/apps", (c) => createApp(org, c.env));
    app.get("/api/v1/apps/:id", (c) => json(renderApp(requireApp(org, c.req.param("id")), c.env)));
    app.put("/api/v1/apps/:id", (c) => replaceApp(org, c.env, c.req.param("id")));
    app.delete("/api/v1/apps/:id", (c) => deleteApp(org, c.env, c.req.param("id")));
    app.post(
      "/api/v1/apps/:id/lifecycle/:op",
      (c) => appLifecycle(org, c.env, c.req.param("id"), c.req.param("op")),
    );
    app.get("/api/v1/apps/:id/users", (c) => listAppUsers(org, c.env, c.req.param("id")));
    app.post("/api/v1/apps/:id/users", (c) => assignUser(org, c.env, c.req.param("id")));
    app.get("/api/v1/apps/:id/users/:uid", (c) => {
      const a = requireApp(org, c.req.param("id"));
      const u = a.users.get(c.req.param("uid"));
      if (!u) throw notFound(c.req.param("uid"), "AppUser");
      return json(renderAppUser(a, u, c.env));
    });
    app.post(
      "/api/v1/apps/:id/users/:uid",
      (c) => assignUser(org, c.env, c.req.param("id"), c.req.param("uid")),
    );
    app.delete(
      "/api/v1/apps/:id/users/:uid",
      (c) => unassignUser(org, c.env, c.req.param("id"), c.req.param("uid")),
    );
    app.get("/api/v1/apps/:id/groups", (c) => listAppGroups(org, c.env, c.req.param("id")));
    app.get("/api/v1/apps/:id/groups/:gid", (c) => {
      const a = requireApp(org, c.req.param("id"));
      const g = a.groups.get(c.req.param("gid"));
      if (!g) throw notFound(c.req.param("gid"), "ApplicationGroupAssignment");
      return json(renderAppGroup(a, g, c.env));
    });
    app.put(
      "/api/v1/apps/:id/groups/:gid",
      (c) => assignGroup(org, c.env, c.req.param("id"), c.req.param("gid")),
    );
    app.delete(
      "/api/v1/apps/:id/groups/:gid",
      (c) => unassignGroup(org, c.env, c.req.param("id"), c.req.param("gid")),
    );
  },
};
