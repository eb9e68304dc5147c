/**
 * The org's state: users, groups, apps, rules and the System Log, plus the clock, id factory
 * and the shared helpers resources use (timestamps, events, membership bookkeeping).
 *
 * @module
 */
import type { Operation } from "../core/operation.ts";
import { IdFactory } from "./ids.ts";
import { OrderedCollection, Sequence } from "./store.ts";
import { JournaledMap } from "./undo.ts";

/** Who made a request (recorded as the System Log actor). */
export interface Actor {
  /** Actor id (`00u…` for the token's admin, or a client id). */
  id: string;
  /** `User` or `PublicClientApp`. */
  type: string;
  /** Login or client id. */
  alternateId: string;
  /** Display name. */
  displayName: string;
}

/** Per-request facts handlers need; passed to Hono as the `env` binding. */
export interface RequestInfo {
  /** The request URL. */
  url: URL;
  /** Form-decoded query. */
  query: URLSearchParams;
  /** The request headers. */
  headers: Headers;
  /** The operation of the generated table this request matched (undefined for `/oauth2/v1/*`). */
  operation?: Operation;
  /** The `X-Okta-Request-Id` of this request. */
  requestId: string;
  /** Origin used for `_links` and `Link` (the origin the client called). */
  origin: string;
  /** Who is calling. */
  actor: Actor;
  /** The JSON body (malformed JSON → 400 E0000003; empty → `{}`). */
  body(): Promise<Record<string, unknown>>;
}

/** Hono environment of the emulator's routes. */
export interface EmulatorEnv {
  /** Per-request facts. */
  Bindings: RequestInfo;
}

/** A user as stored (the wire shape is built by the users resource). */
export interface UserRecord {
  /** Insertion sequence number (list order). */
  seq: number;
  /** Identifier. */
  id: string;
  /** Lifecycle status. */
  status: string;
  /** Creation timestamp. */
  created: string;
  /** Activation timestamp. */
  activated: string | null;
  /** Last status change. */
  statusChanged: string | null;
  /** Last sign-in. */
  lastLogin: string | null;
  /** Last update timestamp. */
  lastUpdated: string;
  /** Last password change. */
  passwordChanged: string | null;
  /** User type id. */
  typeId: string;
  /** Profile attributes. */
  profile: Record<string, unknown>;
  /** Write-only secret; never rendered. */
  password?: string;
  /** Recovery question (the answer is write-only). */
  recoveryQuestion?: { question: string; answer?: string };
  /** Credential provider. */
  provider: { type: string; name: string };
}

/** A membership or assignment reference ordered by the member's seq. */
export interface MemberRef {
  /** Insertion sequence number (list order). */
  seq: number;
  /** Identifier. */
  id: string;
}

/** A group as stored. */
export interface GroupRecord {
  /** Insertion sequence number (list order). */
  seq: number;
  /** Identifier. */
  id: string;
  /** Creation timestamp. */
  created: string;
  /** Last update timestamp. */
  lastUpdated: string;
  /** Last membership change. */
  lastMembershipUpdated: string;
  /** Group type. */
  type: "OKTA_GROUP" | "APP_GROUP" | "BUILT_IN";
  /** Object classes. */
  objectClass: string[];
  /** Profile attributes. */
  profile: Record<string, unknown>;
  /** Members in user order. */
  members: OrderedCollection<MemberRef>;
}

/** A user assigned to an app. */
export interface AppUserRecord {
  /** Insertion sequence number (list order). */
  seq: number;
  /** Identifier. */
  id: string;
  /** Creation timestamp. */
  created: string;
  /** Last update timestamp. */
  lastUpdated: string;
  /** Last status change. */
  statusChanged: string;
  /** Whether assigned directly (scope USER). */
  direct: boolean;
  /** Groups through which the user is assigned. */
  viaGroups: Set<string>;
  /** App credentials (user name). */
  credentials: Record<string, unknown>;
  /** Profile attributes. */
  profile: Record<string, unknown>;
}

/** A group assigned to an app. */
export interface AppGroupRecord {
  /** Insertion sequence number (list order). */
  seq: number;
  /** Identifier. */
  id: string;
  /** Last update timestamp. */
  lastUpdated: string;
  /** Assignment priority. */
  priority: number;
  /** Profile attributes. */
  profile: Record<string, unknown>;
}

/** An app as stored: `data` is the app object without `id`/`_links`. */
export interface AppRecord {
  /** Insertion sequence number (list order). */
  seq: number;
  /** Identifier. */
  id: string;
  /** The stored object without `id` and `_links`. */
  data: Record<string, unknown>;
  /** Assigned users. */
  users: OrderedCollection<AppUserRecord>;
  /** Assigned groups. */
  groups: OrderedCollection<AppGroupRecord>;
}

/** A group rule as stored. */
export interface GroupRuleRecord {
  /** Insertion sequence number (list order). */
  seq: number;
  /** Identifier. */
  id: string;
  /** The stored object without `id` and `_links`. */
  data: Record<string, unknown>;
}

/** One System Log event (wire shape plus `seq`). */
export interface LogEventRecord {
  /** Insertion sequence number (list order). */
  seq: number;
  /** Identifier. */
  id: string;
  /** The event's wire shape. */
  event: Record<string, unknown>;
  /** `published` in epoch ms, for bounded queries. */
  time: number;
}

/** A target of a System Log event. */
export interface LogTarget {
  /** Identifier. */
  id: string;
  /** Target type. */
  type: string;
  /** Alternate id (login, label). */
  alternateId: string;
  /** Display name. */
  displayName: string;
}

/** Options of {@link Org}. */
export interface OrgOptions {
  /** Clock in epoch ms. */
  now: () => number;
  /** Seed of ids and generated data. */
  seed: number;
}

/** The org's state and bookkeeping. */
export class Org {
  /** Clock in epoch ms. */
  readonly now: () => number;
  /** Id factory. */
  readonly ids: IdFactory;
  /** Sequence numbers for list order. */
  readonly seq: Sequence = new Sequence();
  /** Users by id, in creation order. */
  readonly users: OrderedCollection<UserRecord> = new OrderedCollection();
  /** Lower-cased login → user id. */
  readonly logins: Map<string, string> = new JournaledMap();
  /** Groups by id. */
  readonly groups: OrderedCollection<GroupRecord> = new OrderedCollection();
  /** User id → ids of the groups it belongs to (Everyone excluded). */
  readonly userGroups: Map<string, Set<string>> = new JournaledMap(true);
  /** Apps by id. */
  readonly apps: OrderedCollection<AppRecord> = new OrderedCollection();
  /** Group id → ids of apps assigned to it. */
  readonly groupApps: Map<string, Set<string>> = new JournaledMap(true);
  /** Group rules. */
  readonly groupRules: OrderedCollection<GroupRuleRecord> = new OrderedCollection();
  /** System Log events in publication order. */
  readonly logs: OrderedCollection<LogEventRecord> = new OrderedCollection();
  /** The Everyone group's id. */
  everyoneId = "";
  /** The admin user the API token belongs to. */
  adminId = "";
  /** Called after a user is created or its profile changes (group rules listen). */
  readonly userListeners: ((user: UserRecord) => void)[] = [];
  /** Called after any write, for persistence. */
  readonly changeListeners: (() => void)[] = [];

  /**
   * Creates an empty org.
   * @param options clock and seed.
   */
  constructor(options: OrgOptions) {
    this.now = options.now;
    this.ids = new IdFactory(options.seed);
  }

  /** The current time as an Okta timestamp (`…T…:…:….000Z`). */
  timestamp(): string {
    return new Date(this.now()).toISOString();
  }

  /** Marks the org as changed. */
  changed(): void {
    for (const listener of this.changeListeners) listener();
  }

  /** Looks a user up by id or login (case-insensitive). */
  findUser(idOrLogin: string): UserRecord | undefined {
    const byId = this.users.get(idOrLogin);
    if (byId) return byId;
    const id = this.logins.get(idOrLogin.toLowerCase());
    if (id) return this.users.get(id);
    // An unambiguous login shortname (the part before "@"); a scan, but only on misses.
    if (idOrLogin.includes("@") || idOrLogin === "") return undefined;
    const prefix = idOrLogin.toLowerCase() + "@";
    let found: string | undefined;
    for (const [login, userId] of this.logins) {
      if (!login.startsWith(prefix)) continue;
      if (found) return undefined;
      found = userId;
    }
    return found ? this.users.get(found) : undefined;
  }

  /** Adds a user to a group; returns false when already a member. */
  addMember(group: GroupRecord, user: UserRecord): boolean {
    if (group.members.has(user.id)) return false;
    group.members.set({ seq: user.seq, id: user.id });
    let set = this.userGroups.get(user.id);
    if (!set) this.userGroups.set(user.id, set = new Set());
    set.add(group.id);
    group.lastMembershipUpdated = this.timestamp();
    for (const appId of this.groupApps.get(group.id) ?? []) {
      const app = this.apps.get(appId);
      if (app) this.assignViaGroup(app, user, group.id);
    }
    return true;
  }

  /** Removes a user from a group; returns false when not a member. */
  removeMember(group: GroupRecord, userId: string): boolean {
    if (!group.members.delete(userId)) return false;
    this.userGroups.get(userId)?.delete(group.id);
    group.lastMembershipUpdated = this.timestamp();
    for (const appId of this.groupApps.get(group.id) ?? []) {
      const app = this.apps.get(appId);
      if (app) this.unassignViaGroup(app, userId, group.id);
    }
    return true;
  }

  /** Gives a user a GROUP-scoped assignment to an app (kept if already assigned). */
  assignViaGroup(app: AppRecord, user: UserRecord, groupId: string): void {
    const existing = app.users.get(user.id);
    if (existing) {
      existing.viaGroups.add(groupId);
      return;
    }
    const now = this.timestamp();
    app.users.set({
      seq: user.seq,
      id: user.id,
      created: now,
      lastUpdated: now,
      statusChanged: now,
      direct: false,
      viaGroups: new Set([groupId]),
      credentials: { userName: String(user.profile.login ?? "") },
      profile: {},
    });
  }

  /** Drops a group's share of an app assignment; removes it when nothing else holds it. */
  unassignViaGroup(app: AppRecord, userId: string, groupId: string): void {
    const existing = app.users.get(userId);
    if (!existing) return;
    existing.viaGroups.delete(groupId);
    if (!existing.direct && existing.viaGroups.size === 0) app.users.delete(userId);
  }

  /** Removes a user everywhere (memberships, assignments, login index). */
  purgeUser(user: UserRecord): void {
    for (const gid of this.userGroups.get(user.id) ?? []) {
      this.groups.get(gid)?.members.delete(user.id);
    }
    this.userGroups.delete(user.id);
    this.groups.get(this.everyoneId)?.members.delete(user.id);
    for (const app of this.apps.values()) app.users.delete(user.id);
    this.logins.delete(String(user.profile.login ?? "").toLowerCase());
    this.users.delete(user.id);
  }

  /** A System Log target for a user. */
  userTarget(user: UserRecord): LogTarget {
    const p = user.profile;
    return {
      id: user.id,
      type: "User",
      alternateId: String(p.login ?? ""),
      displayName: `${p.firstName ?? ""} ${p.lastName ?? ""}`.trim(),
    };
  }

  /** A System Log target for a group. */
  groupTarget(group: GroupRecord): LogTarget {
    const name = String(group.profile.name ?? "");
    return { id: group.id, type: "UserGroup", alternateId: name, displayName: name };
  }

  /** A System Log target for an app. */
  appTarget(app: AppRecord): LogTarget {
    return {
      id: app.id,
      type: "AppInstance",
      alternateId: String(app.data.label ?? ""),
      displayName: String(app.data.label ?? ""),
    };
  }

  /** Records a System Log event for a write. */
  emit(
    eventType: string,
    displayMessage: string,
    targets: LogTarget[],
    info?: Pick<RequestInfo, "actor" | "requestId" | "url">,
    options: { outcome?: string; severity?: string; time?: number } = {},
  ): LogEventRecord {
    const time = options.time ?? this.now();
    const seq = this.seq.next();
    const uuid = crypto.randomUUID();
    const actor = info?.actor ?? {
      id: this.adminId,
      type: "User",
      alternateId: "admin@example.com",
      displayName: "Org Admin",
    };
    const record: LogEventRecord = {
      seq,
      id: uuid,
      time,
      event: {
        uuid,
        published: new Date(time).toISOString(),
        eventType,
        version: "0",
        severity: options.severity ?? "INFO",
        displayMessage,
        actor: { ...actor },
        client: {
          userAgent: { rawUserAgent: "oktakit-emulator", os: "Unknown", browser: "UNKNOWN" },
          zone: "null",
          device: "Unknown",
          ipAddress: "127.0.0.1",
        },
        authenticationContext: { externalSessionId: "trs" + this.ids.next("").slice(0, 17) },
        outcome: { result: options.outcome ?? "SUCCESS" },
        target: targets.map((t) => ({ ...t })),
        transaction: { type: "WEB", id: info?.requestId ?? "seed", detail: {} },
        debugContext: {
          debugData: {
            requestId: info?.requestId ?? "seed",
            requestUri: info?.url.pathname ?? "",
            url: info ? info.url.pathname + info.url.search : "",
          },
        },
        request: { ipChain: [{ ip: "127.0.0.1", version: "V4" }] },
        securityContext: {},
      },
    };
    this.logs.set(record);
    return record;
  }
}
