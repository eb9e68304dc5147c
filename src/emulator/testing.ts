/**
 * The emulator's public testing interface: `emulator.state` (the org as plain, JSON-able API
 * objects), `emulator.seed` (data created through the emulator's own API, exempt from rate
 * limits and faults) and `emulator.snapshot()`. Reads render with the same functions the API
 * answers with; writes go through the same routes, so validation, lifecycle rules, group rules
 * and System Log events apply as they would for a client.
 *
 * @module
 */
import { renderApp } from "./resources/apps.ts";
import { renderGroup } from "./resources/group_render.ts";
import { renderUser } from "./resources/users.ts";
import type { AppRecord, GroupRecord, Org, UserRecord } from "./org.ts";

/** A user as `GET /api/v1/users/{id}` returns it. */
export interface EmulatorUser {
  /** Identifier (`00u…`). */
  id: string;
  /** Lifecycle status: `STAGED`, `ACTIVE`, `SUSPENDED`, `DEPROVISIONED`, … */
  status: string;
  /** Creation timestamp. */
  created: string;
  /** Last update timestamp. */
  lastUpdated: string;
  /** Last sign-in, or `null`. */
  lastLogin: string | null;
  /** Profile attributes (`login` always present). */
  profile: { login: string; [attribute: string]: unknown };
  /** The user type. */
  type: { id: string };
  /** Every other field of the wire shape (`credentials`, `_links`, …). */
  [field: string]: unknown;
}

/** A group as `GET /api/v1/groups/{id}` returns it. */
export interface EmulatorGroup {
  /** Identifier (`00g…`). */
  id: string;
  /** `OKTA_GROUP`, `APP_GROUP` or `BUILT_IN` (Everyone). */
  type: string;
  /** Profile attributes (`name` always present). */
  profile: { name: string; [attribute: string]: unknown };
  /** Every other field of the wire shape. */
  [field: string]: unknown;
}

/** An app as `GET /api/v1/apps/{id}` returns it. */
export interface EmulatorApp {
  /** Identifier (`0oa…`). */
  id: string;
  /** The app's label. */
  label: string;
  /** `ACTIVE` or `INACTIVE`. */
  status: string;
  /** Every other field of the wire shape. */
  [field: string]: unknown;
}

/** A user's assignment to an app (the stored facts, not the wire shape). */
export interface EmulatorAppAssignment {
  /** The user's id. */
  userId: string;
  /** `USER` when assigned directly (it may also come through groups), else `GROUP`. */
  scope: "USER" | "GROUP";
  /** Ids of the groups through which the user is assigned. */
  groupIds: string[];
  /** App credentials (`userName`). */
  credentials: Record<string, unknown>;
  /** App user profile. */
  profile: Record<string, unknown>;
}

/** A System Log event as `GET /api/v1/logs` returns it. */
export interface EmulatorLogEvent {
  /** Event id. */
  uuid: string;
  /** Publication timestamp. */
  published: string;
  /** E.g. `user.lifecycle.create`. */
  eventType: string;
  /** Who acted. */
  actor: { id: string; type: string; alternateId: string; displayName: string };
  /** `{ result: "SUCCESS" | "FAILURE" | … }`. */
  outcome: { result: string; [field: string]: unknown };
  /** What the event is about. */
  target: { id: string; type: string; alternateId: string; displayName: string }[];
  /** Every other field of the wire shape (`debugContext`, `transaction`, …). */
  [field: string]: unknown;
}

/** Which System Log events {@link EmulatorState.logs} returns. */
export interface LogQuery {
  /** Only events of this type (or of any of these types). */
  eventType?: string | string[];
  /** Only events with a target of this id or alternate id (login, group name, app label). */
  target?: string;
}

/** How many objects the org holds (cheap, for large orgs). */
export interface EmulatorCounts {
  /** Users, DEPROVISIONED ones included. */
  users: number;
  /** Groups, Everyone included. */
  groups: number;
  /** Apps. */
  apps: number;
  /** System Log events. */
  logs: number;
}

/**
 * The org's state as plain data: fresh copies in the API's shapes, so a test can assert on
 * them, `JSON.stringify` them or change them freely. Users are looked up by id or login, groups
 * by id or name, apps by id or label.
 *
 * @example
 * ```ts
 * import { createEmulator } from "@oktakit/okta/emulator";
 * const emulator = createEmulator({ seed: "demo" });
 * await emulator.ready;
 * const admin = emulator.state.user(emulator.state.adminId)!;
 * console.log(admin.profile.login, emulator.state.members("Everyone").length);
 * await emulator.close();
 * ```
 */
export interface EmulatorState {
  /** The id of the admin user the API token belongs to. */
  readonly adminId: string;
  /** The id of the Everyone group. */
  readonly everyoneId: string;
  /** How many users, groups, apps and System Log events there are. */
  counts(): EmulatorCounts;
  /** Every user in creation order, DEPROVISIONED ones included. */
  users(): EmulatorUser[];
  /** The user with this id or login (case-insensitive), or `undefined`. */
  user(idOrLogin: string): EmulatorUser | undefined;
  /** Every group in creation order, Everyone included. */
  groups(): EmulatorGroup[];
  /** The group with this id or name, or `undefined`. */
  group(idOrName: string): EmulatorGroup | undefined;
  /** A group's members in user creation order; throws on an unknown group. */
  members(groupIdOrName: string): EmulatorUser[];
  /** The groups a user belongs to, as `GET /api/v1/users/{id}/groups` lists them (Everyone first). Throws on an unknown user. */
  groupsOf(userIdOrLogin: string): EmulatorGroup[];
  /** Every app in creation order. */
  apps(): EmulatorApp[];
  /** The app with this id or label, or `undefined`. */
  app(idOrLabel: string): EmulatorApp | undefined;
  /** The users assigned to an app (directly or through groups); throws on an unknown app. */
  appAssignments(appIdOrLabel: string): EmulatorAppAssignment[];
  /** The System Log, oldest first; `query` narrows it. */
  logs(query?: LogQuery): EmulatorLogEvent[];
}

/** Everything {@link EmulatorState} shows, at once (see `emulator.snapshot()`). */
export interface EmulatorSnapshot {
  /** Every user. */
  users: EmulatorUser[];
  /** Every group. */
  groups: EmulatorGroup[];
  /** Group id → member user ids. */
  members: Record<string, string[]>;
  /** Every app. */
  apps: EmulatorApp[];
  /** App id → its user assignments. */
  assignments: Record<string, EmulatorAppAssignment[]>;
  /** The System Log. */
  logs: EmulatorLogEvent[];
}

/** A user to create with {@link EmulatorSeeder.user}. */
export interface SeedUser {
  /** Profile: `login` is required; `email` defaults to it, `firstName`/`lastName` to `Test`/`User`. */
  profile: { login: string; [attribute: string]: unknown };
  /** A password: an activated user with one is ACTIVE, without one PROVISIONED (as in Okta). */
  password?: string;
  /** Activate the user (`?activate=true`). @default {true} */
  activate?: boolean;
}

/** A group to create with {@link EmulatorSeeder.group}. */
export interface SeedGroup {
  /** The group's name. */
  name: string;
  /** Its description. */
  description?: string;
  /** Members to add, by id or login. */
  members?: string[];
}

/** App assignments to make with {@link EmulatorSeeder.assign}. */
export interface SeedAssignments {
  /** Users to assign directly, by id or login. */
  users?: string[];
  /** Groups to assign, by id or name. */
  groups?: string[];
}

/** A user lifecycle status, as Okta reports it. */
export type UserStatus =
  | "STAGED"
  | "PROVISIONED"
  | "ACTIVE"
  | "RECOVERY"
  | "PASSWORD_EXPIRED"
  | "LOCKED_OUT"
  | "SUSPENDED"
  | "DEPROVISIONED";

/**
 * Facts about a user that only Okta itself sets, for {@link EmulatorSeeder.setUserFacts}: what
 * sign-ins, time passing or an admin's console would leave behind.
 */
export interface UserFacts {
  /** The last sign-in (an ISO 8601 timestamp), or `null` for never. */
  lastLogin?: string | null;
  /** The creation timestamp (ISO 8601), e.g. to make a user old. */
  created?: string;
  /**
   * The lifecycle status, set as is (no transition rules, no System Log event): for states the
   * API cannot reach from the user's current one, e.g. `STAGED` again. Prefer the lifecycle
   * routes (`POST /api/v1/users/{id}/lifecycle/suspend`, …) where Okta allows the transition.
   */
  status?: UserStatus;
}

/**
 * Creates test data through the emulator's own API (so every rule of the API applies and the
 * System Log records it), but past the rate limits and fault injection, which stay for the code
 * under test. A refused write throws an `Error` with Okta's `errorSummary`.
 *
 * @example
 * ```ts
 * import { createEmulator } from "@oktakit/okta/emulator";
 * const emulator = createEmulator({ seed: "empty" });
 * const ann = await emulator.seed.user({ profile: { login: "ann@example.com" } });
 * const group = await emulator.seed.group({ name: "Sales", members: [ann.id] });
 * const app = await emulator.seed.app({ name: "bookmark", label: "Wiki", signOnMode: "BOOKMARK",
 *   settings: { app: { url: "https://wiki.example.com" } } });
 * await emulator.seed.assign(app.id, { groups: [group.id] });
 * console.log(emulator.state.appAssignments("Wiki").map((a) => a.scope)); // ["GROUP"]
 * await emulator.close();
 * ```
 */
export interface EmulatorSeeder {
  /** Creates a user (`POST /api/v1/users`). */
  user(user: SeedUser): Promise<EmulatorUser>;
  /** Creates an OKTA_GROUP (`POST /api/v1/groups`) and adds its members. */
  group(group: SeedGroup): Promise<EmulatorGroup>;
  /** Adds users (by id or login) to a group (by id or name). */
  addMembers(groupIdOrName: string, users: string[]): Promise<void>;
  /** Creates an app (`POST /api/v1/apps`) from its API body. */
  app(body: Record<string, unknown>): Promise<EmulatorApp>;
  /** Assigns users and groups to an app (by id or label). */
  assign(appIdOrLabel: string, assignments: SeedAssignments): Promise<void>;
  /**
   * Simulates what happens outside the API (sign-ins, time passing): sets facts of a user (by
   * id or login) that only Okta itself sets, directly in the org (no API call, no System Log
   * event), and returns the user as the API now renders it. A status change also sets
   * `statusChanged`. Throws on an unknown user or a timestamp that does not parse.
   *
   * @example
   * ```ts
   * import { createEmulator } from "@oktakit/okta/emulator";
   * const emulator = createEmulator({ seed: "empty" });
   * const ann = await emulator.seed.user({ profile: { login: "ann@example.com" } });
   * const DAY = 86_400_000;
   * emulator.seed.setUserFacts(ann.id, {
   *   created: new Date(Date.now() - 400 * DAY).toISOString(),
   *   lastLogin: new Date(Date.now() - 200 * DAY).toISOString(), // signed in long ago
   * });
   * console.log(emulator.state.user("ann@example.com")!.lastLogin);
   * await emulator.close();
   * ```
   */
  setUserFacts(userIdOrLogin: string, facts: UserFacts): EmulatorUser;
}

const NO_QUERY = new URLSearchParams();

/** The state view of an org; `origin` is what `_links` use. */
export function createState(org: Org, origin: () => string): EmulatorState {
  const info = () => ({ origin: origin(), query: NO_QUERY });
  const user = (u: UserRecord) => structuredClone(renderUser(u, info(), true)) as EmulatorUser;
  const group = (g: GroupRecord) => structuredClone(renderGroup(org, g, info())) as EmulatorGroup;
  const app = (a: AppRecord) => structuredClone(renderApp(a, info())) as EmulatorApp;
  const state: EmulatorState = {
    get adminId() {
      return org.adminId;
    },
    get everyoneId() {
      return org.everyoneId;
    },
    counts: () => ({
      users: org.users.size,
      groups: org.groups.size,
      apps: org.apps.size,
      logs: org.logs.size,
    }),
    users: () => org.users.values().map(user),
    user: (key) => {
      const u = org.findUser(key);
      return u && user(u);
    },
    groups: () => org.groups.values().map(group),
    group: (key) => {
      const g = findGroup(org, key);
      return g && group(g);
    },
    members: (key) =>
      requireGroup(org, key).members.values()
        .map((m) => org.users.get(m.id)).filter((u) => u !== undefined).map(user),
    groupsOf: (key) => {
      const u = org.findUser(key);
      if (!u) throw new Error(`No user ${key} in the emulated org.`);
      return [org.everyoneId, ...(org.userGroups.get(u.id) ?? [])]
        .map((id) => org.groups.get(id)).filter((g) => g !== undefined)
        .sort((a, b) => a.seq - b.seq).map(group);
    },
    apps: () => org.apps.values().map(app),
    app: (key) => {
      const a = findApp(org, key);
      return a && app(a);
    },
    appAssignments: (key) => assignments(requireApp(org, key)),
    logs: (query = {}) => {
      const types = query.eventType === undefined ? undefined : new Set([query.eventType].flat());
      return org.logs.values().map((r) => r.event as unknown as EmulatorLogEvent)
        .filter((e) => !types || types.has(e.eventType))
        .filter((e) =>
          query.target === undefined ||
          e.target.some((t) => t.id === query.target || t.alternateId === query.target)
        )
        .map((e) => structuredClone(e));
    },
  };
  return state;
}

/** Everything {@link createState} shows, at once. */
export function snapshotState(org: Org, state: EmulatorState): EmulatorSnapshot {
  return {
    users: state.users(),
    groups: state.groups(),
    members: Object.fromEntries(
      org.groups.values().map((g) => [g.id, g.members.values().map((m) => m.id)]),
    ),
    apps: state.apps(),
    assignments: Object.fromEntries(org.apps.values().map((a) => [a.id, assignments(a)])),
    logs: state.logs(),
  };
}

/**
 * The seeder of an org: `call` is an API request past rate limits and faults; `state` renders
 * what {@link EmulatorSeeder.setUserFacts} returns.
 */
export function createSeeder(
  org: Org,
  call: (method: string, path: string, body?: unknown) => Promise<Response>,
  state: EmulatorState,
): EmulatorSeeder {
  const send = async (method: string, path: string, body?: unknown) => {
    const res = await call(method, path, body);
    const text = await res.text();
    const json = text === "" ? undefined : JSON.parse(text);
    if (!res.ok) {
      const causes = (json?.errorCauses ?? []).map((c: { errorSummary?: string }) => c.errorSummary)
        .join("; ");
      throw new Error(
        `emulator seed: ${method} ${path} → ${res.status} ${json?.errorCode ?? ""}: ${
          json?.errorSummary ?? text
        }${causes ? ` (${causes})` : ""}`,
      );
    }
    return json;
  };
  const userId = (key: string) => {
    const u = org.findUser(key);
    if (!u) throw new Error(`emulator seed: no user ${key}.`);
    return u.id;
  };
  const seeder: EmulatorSeeder = {
    async user(input) {
      const profile = {
        firstName: "Test",
        lastName: "User",
        email: input.profile.login,
        ...input.profile,
      };
      const body: Record<string, unknown> = { profile };
      if (input.password !== undefined) body.credentials = { password: { value: input.password } };
      return await send("POST", `/api/v1/users?activate=${input.activate ?? true}`, body);
    },
    async group(input) {
      const profile: Record<string, unknown> = { name: input.name };
      if (input.description !== undefined) profile.description = input.description;
      const created = await send("POST", "/api/v1/groups", { profile }) as EmulatorGroup;
      if (input.members?.length) await seeder.addMembers(created.id, input.members);
      return created;
    },
    async addMembers(groupKey, users) {
      const group = requireGroup(org, groupKey);
      for (const u of users) await send("PUT", `/api/v1/groups/${group.id}/users/${userId(u)}`);
    },
    async app(body) {
      return await send("POST", "/api/v1/apps", body);
    },
    async assign(appKey, input) {
      const app = requireApp(org, appKey);
      for (const u of input.users ?? []) {
        await send("POST", `/api/v1/apps/${app.id}/users`, { id: userId(u) });
      }
      for (const g of input.groups ?? []) {
        await send("PUT", `/api/v1/apps/${app.id}/groups/${requireGroup(org, g).id}`, {});
      }
    },
    setUserFacts(key, facts) {
      const u = org.findUser(key);
      if (!u) throw new Error(`emulator seed: no user ${key}.`);
      const timestamp = (name: string, value: string) => {
        if (Number.isNaN(Date.parse(value))) {
          throw new Error(`emulator seed: ${name} ${JSON.stringify(value)} is not a timestamp.`);
        }
        return new Date(value).toISOString();
      };
      if (facts.lastLogin !== undefined) {
        u.lastLogin = facts.lastLogin === null ? null : timestamp("lastLogin", facts.lastLogin);
      }
      if (facts.created !== undefined) u.created = timestamp("created", facts.created);
      if (facts.status !== undefined && facts.status !== u.status) {
        u.status = facts.status;
        u.statusChanged = org.timestamp();
      }
      org.changed();
      return state.user(u.id)!;
    },
  };
  return seeder;
}

function assignments(app: AppRecord): EmulatorAppAssignment[] {
  return app.users.values().map((u) => ({
    userId: u.id,
    scope: u.direct ? "USER" : "GROUP",
    groupIds: [...u.viaGroups],
    credentials: structuredClone(u.credentials),
    profile: structuredClone(u.profile),
  }));
}

function findGroup(org: Org, key: string): GroupRecord | undefined {
  return org.groups.get(key) ?? org.groups.values().find((g) => g.profile.name === key);
}

function requireGroup(org: Org, key: string): GroupRecord {
  const g = findGroup(org, key);
  if (!g) throw new Error(`No group ${key} in the emulated org.`);
  return g;
}

function findApp(org: Org, key: string): AppRecord | undefined {
  return org.apps.get(key) ?? org.apps.values().find((a) => a.data.label === key);
}

function requireApp(org: Org, key: string): AppRecord {
  const a = findApp(org, key);
  if (!a) throw new Error(`No app ${key} in the emulated org.`);
  return a;
}
