/**
 * Users: create outcomes (activate/provider/nextLogin), partial POST vs replacing PUT, the
 * lifecycle state machine, delete-twice semantics, list/search/filter/q and `/users/{id}/groups`.
 *
 * @module
 */
import type { Hono } from "../hono.ts";
import { notFound, OktaHttpError, validation } from "../errors.ts";
import { evaluate, type FilterNode, readPath } from "../filter.ts";
import { json, link, listResponse, noContent } from "../links.ts";
import type { EmulatorEnv, Org, RequestInfo, UserRecord } from "../org.ts";
import { decodeCursor, encodeCursor, readAfter, readLimit } from "../paging.ts";
import { readBool } from "../query.ts";
import type { EmulatorResource } from "../resource.ts";
import { compileExpression, tableRules } from "../rules.ts";
import { renderGroup } from "./group_render.ts";
import { checkProfile } from "../profile_check.ts";
import { type EffectiveSchema, effectiveSchema, schemaEdits } from "../profile_schema.ts";

const SEARCH_TOP = [
  "id",
  "status",
  "created",
  "activated",
  "statusChanged",
  "lastUpdated",
  "type.id",
];
const SEARCH_OPS = ["eq", "sw", "gt", "ge", "lt", "le", "pr"] as const;
const CO_FIELDS = ["profile.firstName", "profile.lastName", "profile.email", "profile.login"];

/** Rules of `search` on users: any profile attribute, no `ne`, `co` on four fields. */
const SEARCH_RULES = tableRules({}, {
  fallback: (attr) => {
    if (CO_FIELDS.includes(attr)) return [...SEARCH_OPS, "co"];
    if (SEARCH_TOP.includes(attr) || /^profile\.[A-Za-z0-9_]+$/.test(attr)) return SEARCH_OPS;
    return undefined;
  },
});

/** Rules of `filter` on users: `eq` on a few fields, ranges on `lastUpdated`. */
const FILTER_RULES = tableRules({
  status: ["eq"],
  id: ["eq"],
  "profile.login": ["eq"],
  "profile.email": ["eq"],
  "profile.firstName": ["eq"],
  "profile.lastName": ["eq"],
  lastUpdated: ["eq", "gt", "ge", "lt", "le"],
});

/** Reads an attribute of a stored user for search/filter. */
function readUser(record: unknown, attr: string): unknown {
  if (attr === "type.id") return (record as UserRecord).typeId;
  return readPath(record, attr);
}

/** Lifecycle relations a single user shows in `_links`, by status. */
function lifecycleLinks(status: string): string[] {
  switch (status) {
    case "STAGED":
      return ["activate"];
    case "PROVISIONED":
      return ["reactivate", "deactivate", "resetPassword"];
    case "ACTIVE":
      return [
        "suspend",
        "deactivate",
        "resetPassword",
        "expirePassword",
        "forgotPassword",
        "changePassword",
        "changeRecoveryQuestion",
        "resetFactors",
      ];
    case "SUSPENDED":
      return ["unsuspend", "deactivate"];
    case "LOCKED_OUT":
      return ["unlock", "deactivate", "resetPassword"];
    case "PASSWORD_EXPIRED":
    case "RECOVERY":
      return ["deactivate", "resetPassword", "expirePassword"];
    case "DEPROVISIONED":
      return ["activate"];
    default:
      return [];
  }
}

const LINK_PATHS: Record<string, string> = {
  activate: "lifecycle/activate",
  reactivate: "lifecycle/reactivate",
  deactivate: "lifecycle/deactivate",
  suspend: "lifecycle/suspend",
  unsuspend: "lifecycle/unsuspend",
  unlock: "lifecycle/unlock",
  resetPassword: "lifecycle/reset_password",
  expirePassword: "lifecycle/expire_password",
  resetFactors: "lifecycle/reset_factors",
  forgotPassword: "credentials/forgot_password",
  changePassword: "credentials/change_password",
  changeRecoveryQuestion: "credentials/change_recovery_question",
};

/** The wire shape of a user; `full` adds the state-dependent lifecycle links. */
export function renderUser(
  user: UserRecord,
  info: Pick<RequestInfo, "origin"> & Partial<Pick<RequestInfo, "headers">>,
  full: boolean,
): Record<string, unknown> {
  // `Content-Type: application/json; okta-response="omitCredentials,omitCredentialsLinks"`
  const omit = /okta-response="?([^";]*)/i.exec(info.headers?.get("content-type") ?? "")?.[1] ?? "";
  const self = `/api/v1/users/${user.id}`;
  const links: Record<string, unknown> = { self: link(info, self) };
  if (full) {
    for (const rel of lifecycleLinks(user.status)) {
      if (omit.includes("omitCredentialsLinks") && LINK_PATHS[rel].startsWith("credentials/")) {
        continue;
      }
      links[rel] = { ...link(info, `${self}/${LINK_PATHS[rel]}`), method: "POST" };
    }
    links.type = link(info, `/api/v1/meta/types/user/${user.typeId}`);
    links.schema = link(info, `/api/v1/meta/schemas/user/${user.typeId}`);
  }
  const credentials: Record<string, unknown> = {};
  if (user.password !== undefined) credentials.password = {};
  if (user.recoveryQuestion) {
    credentials.recovery_question = { question: user.recoveryQuestion.question };
  }
  credentials.provider = { ...user.provider };
  const out: Record<string, unknown> = {
    id: user.id,
    status: user.status,
    created: user.created,
    activated: user.activated,
    statusChanged: user.statusChanged,
    lastLogin: user.lastLogin,
    lastUpdated: user.lastUpdated,
    passwordChanged: user.passwordChanged,
    type: { id: user.typeId },
    profile: { ...user.profile },
    credentials,
    _links: links,
  };
  if (/(^|,)\s*omitCredentials\s*(,|$)/.test(omit)) delete out.credentials;
  return out;
}

function requireUser(org: Org, idOrLogin: string, info: RequestInfo): UserRecord {
  // `me` is the caller: the token's user for SSWS and user-bound OAuth tokens.
  const key = idOrLogin === "me" ? (info.actor.type === "User" ? info.actor.id : "") : idOrLogin;
  const user = key === "" ? undefined : org.findUser(key);
  if (!user) throw notFound(idOrLogin, "User");
  return user;
}

/** The profile schema users of a type are validated against. */
export function userSchemaOf(org: Org, typeId: string | undefined): EffectiveSchema {
  const schemaId = typeId === undefined || typeId === DEFAULT_USER_TYPE ? "default" : typeId;
  return effectiveSchema(schemaEdits(org, "user", schemaId), "user");
}

function checkLoginFree(org: Org, login: string, selfId?: string): void {
  const owner = org.logins.get(login.toLowerCase());
  if (owner && owner !== selfId) {
    throw validation(
      "login",
      "An object with this field already exists in the current organization",
    );
  }
}

function asObject(value: unknown, field: string): Record<string, unknown> {
  if (value === undefined || value === null) return {};
  if (typeof value !== "object" || Array.isArray(value)) {
    throw validation(field, "Must be an object");
  }
  return value as Record<string, unknown>;
}

/** Applies `credentials` of a create/update body to a stored user. */
function applyCredentials(org: Org, user: UserRecord, raw: unknown): boolean {
  const credentials = asObject(raw, "credentials");
  let changed = false;
  const password = asObject(credentials.password, "credentials.password");
  if (typeof password.value === "string") {
    if (password.value.length < 8) {
      throw new OktaHttpError("E0000001", "Api validation failed: password", {
        causes: [
          "password: Password requirements were not met. Password requirements: at least 8 characters.",
        ],
      });
    }
    user.password = password.value;
    user.passwordChanged = org.timestamp();
    changed = true;
  } else if (password.hash !== undefined || password.hook !== undefined) {
    user.password = "";
    user.passwordChanged = org.timestamp();
    changed = true;
  }
  const recovery = asObject(credentials.recovery_question, "credentials.recovery_question");
  if (typeof recovery.question === "string") {
    user.recoveryQuestion = {
      question: recovery.question,
      answer: typeof recovery.answer === "string" ? recovery.answer : undefined,
    };
    changed = true;
  }
  const provider = asObject(credentials.provider, "credentials.provider");
  if (typeof provider.type === "string") {
    user.provider = { type: provider.type, name: String(provider.name ?? provider.type) };
    changed = true;
  }
  return changed;
}

/** Creates a stored user (used by the create route and by the seed). */
export function insertUser(
  org: Org,
  input: {
    profile: Record<string, unknown>;
    status: string;
    password?: string;
    created?: string;
    typeId?: string;
  },
): UserRecord {
  const now = input.created ?? org.timestamp();
  const active = input.status !== "STAGED";
  const user: UserRecord = {
    seq: org.seq.next(),
    id: org.ids.next("00u"),
    status: input.status,
    created: now,
    activated: active && input.status !== "PROVISIONED" ? now : null,
    statusChanged: active ? now : null,
    lastLogin: null,
    lastUpdated: now,
    passwordChanged: input.password !== undefined ? now : null,
    typeId: input.typeId ?? DEFAULT_USER_TYPE,
    profile: { mobilePhone: null, secondEmail: null, ...input.profile },
    password: input.password,
    provider: { type: "OKTA", name: "OKTA" },
  };
  org.users.set(user);
  org.logins.set(String(user.profile.login).toLowerCase(), user.id);
  const everyone = org.groups.get(org.everyoneId);
  if (everyone) everyone.members.set({ seq: user.seq, id: user.id });
  return user;
}

/** A user record that is never stored (for checks that write into a record). */
const SCRATCH_USER: UserRecord = {
  seq: 0,
  id: "",
  status: "STAGED",
  created: "",
  activated: null,
  statusChanged: null,
  lastLogin: null,
  lastUpdated: "",
  passwordChanged: null,
  typeId: "",
  profile: {},
  provider: { type: "OKTA", name: "OKTA" },
};

/** Id of the default user type. */
export const DEFAULT_USER_TYPE = "oty00000000000000001";

function setStatus(org: Org, user: UserRecord, status: string): void {
  const now = org.timestamp();
  user.status = status;
  user.statusChanged = now;
  user.lastUpdated = now;
  if (status === "ACTIVE" && !user.activated) user.activated = now;
}

function listUsers(org: Org, info: RequestInfo): Response {
  const q = info.query;
  const search = q.get("search");
  const filter = q.get("filter");
  const text = q.get("q");
  if (search !== null && search !== "") {
    const node = compileExpression("search", search, SEARCH_RULES);
    const accept = (u: UserRecord) => evaluate(node, u, true, readUser);
    const limit = readLimit(q, { default: 200, max: 200 });
    const sortBy = q.get("sortBy");
    if (sortBy) return sortedSearch(org, info, accept, sortBy, limit);
    const page = org.users.page(readAfter(q), limit, accept);
    return listResponse(
      info,
      page.items.map((u) => renderUser(u, info, false)),
      page.nextSeq,
    );
  }
  let node: FilterNode | undefined;
  if (filter !== null && filter !== "") node = compileExpression("filter", filter, FILTER_RULES);
  if (node) {
    const n = node;
    const limit = readLimit(q, { default: 200, max: 200 });
    const page = org.users.page(readAfter(q), limit, (u) => evaluate(n, u, false, readUser));
    return listResponse(
      info,
      page.items.map((u) => renderUser(u, info, false)),
      page.nextSeq,
    );
  }
  if (text !== null && text !== "") {
    const prefix = text.toLowerCase();
    const limit = readLimit(q, { default: 10, max: 200 });
    const page = org.users.page(undefined, limit, (u) =>
      u.status !== "DEPROVISIONED" &&
      ["firstName", "lastName", "email"].some((f) =>
        String(u.profile[f] ?? "").toLowerCase().startsWith(prefix)
      ));
    return listResponse(info, page.items.map((u) => renderUser(u, info, false)));
  }
  const limit = readLimit(q, { default: 200, max: 200 });
  const page = org.users.page(readAfter(q), limit, (u) => u.status !== "DEPROVISIONED");
  return listResponse(
    info,
    page.items.map((u) => renderUser(u, info, false)),
    page.nextSeq,
  );
}

/** A sorted search: sorts every match (ties by id), pages by position. */
function sortedSearch(
  org: Org,
  info: RequestInfo,
  accept: (u: UserRecord) => boolean,
  sortBy: string,
  limit: number,
): Response {
  if (!/^[A-Za-z0-9_.]+$/.test(sortBy)) {
    throw new OktaHttpError("E0000031", "Invalid search criteria.", {
      causes: ["sortBy: not a property name."],
    });
  }
  const descending = (info.query.get("sortOrder") ?? "asc").toLowerCase() === "desc";
  const key = (u: UserRecord) => {
    const v = readUser(u, sortBy);
    return v === undefined || v === null ? "" : String(v).toLowerCase();
  };
  const all = org.users.values().filter(accept).sort((a, b) => {
    const ka = key(a);
    const kb = key(b);
    const c = ka < kb ? -1 : ka > kb ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
    return descending ? -c : c;
  });
  const afterRaw = info.query.get("after");
  const start = afterRaw ? decodeCursor(afterRaw) : 0;
  if (start > all.length) throw new OktaHttpError("E0000029");
  const items = all.slice(start, start + limit);
  const next = start + limit < all.length ? start + limit : undefined;
  const headers = new Headers({ "Content-Type": "application/json" });
  headers.append("Link", `<${info.url.href}>; rel="self"`);
  if (next !== undefined) {
    const url = new URL(info.url.href);
    url.searchParams.set("after", encodeCursor(next));
    headers.append("Link", `<${url.href}>; rel="next"`);
  }
  return new Response(JSON.stringify(items.map((u) => renderUser(u, info, false))), { headers });
}

async function createUser(org: Org, info: RequestInfo): Promise<Response> {
  const body = await info.body();
  const q = info.query;
  const activate = readBool(q, "activate", true);
  const providerFlag = readBool(q, "provider", false);
  const nextLogin = q.get("nextLogin");
  const profile = asObject(body.profile, "profile");
  const typeObj = asObject(body.type, "type");
  const typeId = typeof typeObj.id === "string" ? typeObj.id : undefined;
  checkProfile(userSchemaOf(org, typeId), profile, "newUser");
  checkLoginFree(org, String(profile.login));
  // Credentials are checked on a scratch record first: a refused password must not leave a user.
  applyCredentials(org, { ...SCRATCH_USER }, body.credentials);
  const credentials = asObject(body.credentials, "credentials");
  const password = asObject(credentials.password, "credentials.password");
  const hasPassword = typeof password.value === "string" || password.hash !== undefined ||
    password.hook !== undefined;
  const provider = asObject(credentials.provider, "credentials.provider");
  const federated = providerFlag ||
    ["FEDERATION", "SOCIAL"].includes(String(provider.type ?? ""));
  if (nextLogin === "changePassword") {
    if (!hasPassword) throw new OktaHttpError("E0000124");
    if (!activate) throw new OktaHttpError("E0000125");
  }
  const groupIds = body.groupIds === undefined ? [] : body.groupIds;
  if (!Array.isArray(groupIds) || groupIds.some((g) => typeof g !== "string")) {
    throw validation("groupIds", "Must be an array of group ids");
  }
  const groups = (groupIds as string[]).map((gid) => {
    const group = org.groups.get(gid);
    if (!group || group.type !== "OKTA_GROUP") {
      throw validation("groupIds", `Invalid group id ${gid}`);
    }
    return group;
  });
  let status = "STAGED";
  if (activate) {
    if (nextLogin === "changePassword") status = "PASSWORD_EXPIRED";
    else if (federated || hasPassword) status = "ACTIVE";
    else status = "PROVISIONED";
  }
  const user = insertUser(org, { profile, status, typeId });
  applyCredentials(org, user, body.credentials);
  if (status === "PASSWORD_EXPIRED") user.activated = user.created;
  org.emit("user.lifecycle.create", "Create okta user", [org.userTarget(user)], info);
  if (status !== "STAGED") {
    org.emit("user.lifecycle.activate", "Activate Okta user", [org.userTarget(user)], info);
  }
  for (const group of groups) {
    org.addMember(group, user);
    org.emit("group.user_membership.add", "Add user to group membership", [
      org.userTarget(user),
      org.groupTarget(group),
    ], info);
  }
  for (const listener of org.userListeners) listener(user);
  org.changed();
  return json(renderUser(user, info, true));
}

async function updateUser(
  org: Org,
  info: RequestInfo,
  id: string,
  replace: boolean,
): Promise<Response> {
  const user = requireUser(org, id, info);
  const body = await info.body();
  const deprovisioned = user.status === "DEPROVISIONED";
  // Everything is checked on a draft; the stored user changes only when all checks passed.
  const draft: UserRecord = { ...user };
  if (replace) {
    const typeObj = asObject(body.type, "type");
    if (typeof typeObj.id === "string") draft.typeId = typeObj.id;
  }
  if (body.profile !== undefined && !deprovisioned) {
    const incoming = asObject(body.profile, "profile");
    const next = replace ? { ...incoming } : { ...user.profile, ...incoming };
    checkProfile(
      userSchemaOf(org, draft.typeId),
      next,
      "user",
      replace ? undefined : Object.keys(incoming),
    );
    checkLoginFree(org, String(next.login), user.id);
    draft.profile = next;
  } else if (replace && body.profile === undefined) {
    throw validation("profile", "The field cannot be left blank");
  }
  if (body.credentials !== undefined) applyCredentials(org, draft, body.credentials);
  org.logins.delete(String(user.profile.login).toLowerCase());
  Object.assign(user, draft);
  org.logins.set(String(user.profile.login).toLowerCase(), user.id);
  user.lastUpdated = org.timestamp();
  org.emit(
    "user.account.update_profile",
    "Update user profile for Okta",
    [org.userTarget(user)],
    info,
  );
  for (const listener of org.userListeners) listener(user);
  org.changed();
  return json(renderUser(user, info, true));
}

function deleteUser(org: Org, info: RequestInfo, id: string): Response {
  const user = requireUser(org, id, info);
  if (user.status !== "DEPROVISIONED") {
    setStatus(org, user, "DEPROVISIONED");
    org.emit("user.lifecycle.deactivate", "Deactivate Okta user", [org.userTarget(user)], info);
  } else {
    org.purgeUser(user);
    org.emit("user.lifecycle.delete.completed", "Delete Okta user", [org.userTarget(user)], info);
  }
  org.changed();
  return noContent();
}

function token(org: Org): string {
  return org.ids.next("").slice(0, 20);
}

function lifecycle(org: Org, info: RequestInfo, id: string, op: string): Response {
  const user = requireUser(org, id, info);
  const s = user.status;
  const sendEmail = readBool(info.query, "sendEmail", op === "activate");
  const denied = () =>
    new OktaHttpError("E0000038", "This operation is not allowed in the user's current status.", {
      causes: [`${op}: not allowed while the user is ${s}.`],
    });
  const target = () => [org.userTarget(user)];
  let result: unknown = {};
  switch (op) {
    case "activate": {
      if (s === "ACTIVE") throw new OktaHttpError("E0000016");
      // Okta activates only STAGED and DEPROVISIONED users; PROVISIONED ones are reactivated.
      if (s !== "STAGED" && s !== "DEPROVISIONED") throw denied();
      setStatus(org, user, user.password !== undefined ? "ACTIVE" : "PROVISIONED");
      org.emit("user.lifecycle.activate", "Activate Okta user", target(), info);
      if (!sendEmail) {
        const t = token(org);
        result = { activationUrl: `${info.origin}/welcome/${t}`, activationToken: t };
      }
      break;
    }
    case "reactivate": {
      if (s !== "PROVISIONED" && s !== "RECOVERY") throw denied();
      setStatus(org, user, "PROVISIONED");
      org.emit("user.lifecycle.reactivate", "Reactivate Okta user", target(), info);
      if (!sendEmail) {
        const t = token(org);
        result = { activationUrl: `${info.origin}/welcome/${t}`, activationToken: t };
      }
      break;
    }
    case "deactivate":
      if (s === "DEPROVISIONED") throw denied();
      setStatus(org, user, "DEPROVISIONED");
      org.emit("user.lifecycle.deactivate", "Deactivate Okta user", target(), info);
      org.changed();
      return new Response(null, { status: 200 });
    case "suspend":
      if (s !== "ACTIVE") {
        throw new OktaHttpError("E0000001", "Api validation failed: status", {
          causes: ["status: Cannot suspend a user that is not active"],
        });
      }
      setStatus(org, user, "SUSPENDED");
      org.emit("user.lifecycle.suspend", "Suspend Okta user", target(), info);
      break;
    case "unsuspend":
      if (s !== "SUSPENDED") {
        throw new OktaHttpError("E0000001", "Api validation failed: status", {
          causes: ["status: Cannot unsuspend a user that is not suspended"],
        });
      }
      setStatus(org, user, "ACTIVE");
      org.emit("user.lifecycle.unsuspend", "Unsuspend Okta user", target(), info);
      break;
    case "unlock":
      if (s !== "LOCKED_OUT") {
        throw new OktaHttpError("E0000032", "Unlock is not allowed for this user.", {
          status: 403,
        });
      }
      setStatus(org, user, "ACTIVE");
      org.emit("user.account.unlock", "Unlock user account", target(), info);
      break;
    case "reset_password": {
      if (!["ACTIVE", "PASSWORD_EXPIRED", "LOCKED_OUT", "RECOVERY", "PROVISIONED"].includes(s)) {
        throw denied();
      }
      setStatus(org, user, "RECOVERY");
      org.emit("user.account.reset_password", "Reset password for Okta user", target(), info);
      if (!sendEmail) result = { resetPasswordUrl: `${info.origin}/reset_password/${token(org)}` };
      break;
    }
    case "expire_password":
    case "expire_password_with_temp_password": {
      if (s !== "ACTIVE") throw denied();
      setStatus(org, user, "PASSWORD_EXPIRED");
      org.emit("user.account.expire_password", "Expire password for Okta user", target(), info);
      if (op === "expire_password_with_temp_password") {
        const temp = org.ids.next("").slice(0, 8);
        user.password = temp;
        user.passwordChanged = org.timestamp();
        // Okta answers with the temporary password alone (the TempPassword schema), not the user.
        result = { tempPassword: temp };
      } else result = renderUser(user, info, true);
      break;
    }
    case "reset_factors":
      if (s !== "ACTIVE") throw denied();
      user.lastUpdated = org.timestamp();
      org.emit("user.mfa.factor.reset_all", "Reset all factors for user", target(), info);
      break;
    default:
      throw new OktaHttpError("E0000008", "The requested path was not found");
  }
  org.changed();
  return json(result);
}

function userGroups(org: Org, info: RequestInfo, id: string): Response {
  const user = requireUser(org, id, info);
  const ids = [org.everyoneId, ...(org.userGroups.get(user.id) ?? [])];
  const groups = ids.map((gid) => org.groups.get(gid)).filter((g) => g !== undefined)
    .sort((a, b) => a.seq - b.seq);
  return json(groups.map((g) => renderGroup(org, g, info)));
}

/** Routes of `/api/v1/users`. */
export const usersResource: EmulatorResource = {
  name: "users",
  owns: [{
    path: "/api/v1/users",
    exists: (org, id) => id === "me" || org.findUser(id) !== undefined,
    type: "User",
  }],
  register(app: Hono<EmulatorEnv>, org: Org): void {
    app.get("/api/v1/users", (c) => listUsers(org, c.env));
    app.post("/api/v1/users", (c) => createUser(org, c.env));
    app.get("/api/v1/users/:id/groups", (c) => userGroups(org, c.env, c.req.param("id")));
    app.post(
      "/api/v1/users/:id/lifecycle/:op",
      (c) => lifecycle(org, c.env, c.req.param("id"), c.req.param("op")),
    );
    app.get("/api/v1/users/:id", (c) => {
      const user = requireUser(org, c.req.param("id"), c.env);
      const etag = `W/"${user.lastUpdated}-${user.status}"`;
      return json(renderUser(user, c.env, true), 200, { ETag: etag });
    });
    app.post("/api/v1/users/:id", (c) => updateUser(org, c.env, c.req.param("id"), false));
    app.put("/api/v1/users/:id", (c) => updateUser(org, c.env, c.req.param("id"), true));
    app.delete("/api/v1/users/:id", (c) => deleteUser(org, c.env, c.req.param("id")));
  },
};
