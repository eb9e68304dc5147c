/**
 * The soak: seeded mixed operations (reads, creates, updates, membership changes, deletes)
 * through the client against a served emulator with fault injection, then a check of every
 * read, of the org's final state and of the System Log (applications per intended write).
 *
 * Each request carries `soakOp=<n>` in its query; the emulator records the URL of every write
 * in its System Log (`debugContext.debugData.url`), so the log says how many times the org
 * applied each intended write, whatever the client saw.
 *
 * @module
 */
import { inspect } from "node:util";
import {
  createOkta,
  type Okta,
  OktaApiError,
  OktaError,
  OktaNetworkError,
  OktaTimeoutError,
  scim,
} from "../../mod.ts";
import { type FaultKind, type ServedEmulator, startEmulator } from "../../emulator.ts";
import { Rng } from "./_random.ts";

/** Options of {@link runSoak}. */
export interface SoakOptions {
  /** Operations to run. */
  operations: number;
  /** Seed of the operations and of the faults. */
  seed: number;
  /** Operations in flight at once. */
  concurrency: number;
  /** Stop starting operations after this many ms (the run is bounded in time). */
  maxMs: number;
  /** The client's requestTimeout (ms); slow responses take 1.5× this. */
  requestTimeout?: number;
  /** Progress lines (long form). */
  progress?: (line: string) => void;
}

/** What the soak found. */
export interface SoakReport {
  /** Operations run (started and finished). */
  operations: number;
  /** Operations by kind. */
  byKind: Record<string, number>;
  /** HTTP requests the client sent (attempts, retries included). */
  attempts: number;
  /** Faults the emulator injected, by kind. */
  faults: Record<FaultKind, number>;
  /** Reads whose result was checked against the model. */
  readsChecked: number;
  /** Reads that returned something the model says is wrong. */
  readMismatches: string[];
  /** Writes that the org applied more than once (must be empty). */
  duplicates: string[];
  /** Writes that failed, by error class. */
  failedWrites: Record<string, number>;
  /** Failed reads, by error class. */
  failedReads: Record<string, number>;
  /** A few messages per error class. */
  errorSamples: Record<string, string[]>;
  /** Failures that were not a typed error with what it should carry (request id…). */
  badErrors: string[];
  /** Credential appearances in errors, their JSON or inspect output (must be empty). */
  leaks: string[];
  /** Differences between the org's final state and the model (must be empty). */
  stateMismatches: string[];
  /** Writes the org applied but no operation explains (must be empty). */
  unexplainedWrites: string[];
  /** Unhandled rejections seen during the run (must be 0). */
  unhandledRejections: number;
  /** Whether the time bound stopped the run early. */
  stoppedByTime: boolean;
  /** Wall time in ms (for the record, never asserted). */
  elapsedMs: number;
}

type Kind =
  | "getUser"
  | "searchUser"
  | "listMembers"
  | "createUser"
  | "updateUser"
  | "createGroup"
  | "addMember"
  | "removeMember"
  | "deleteGroup"
  | "deleteUser";

const WEIGHTS: Record<Kind, number> = {
  getUser: 22,
  searchUser: 6,
  listMembers: 10,
  createUser: 12,
  updateUser: 15,
  createGroup: 4,
  addMember: 15,
  removeMember: 8,
  deleteGroup: 2,
  deleteUser: 6,
};

const WRITE_EVENT: Partial<Record<Kind, string[]>> = {
  createUser: ["user.lifecycle.create"],
  updateUser: ["user.account.update_profile"],
  createGroup: ["group.lifecycle.create"],
  addMember: ["group.user_membership.add"],
  removeMember: ["group.user_membership.remove"],
  deleteGroup: ["group.lifecycle.delete"],
  deleteUser: ["user.lifecycle.deactivate", "user.lifecycle.delete.completed"],
};

interface ModelUser {
  id: string;
  login: string;
  /** Possible titles: one when certain, two after a failed update. */
  titles: string[];
  /** STAGED → DEPROVISIONED → gone; `undefined` status = unknown after a failed delete. */
  status: "STAGED" | "DEPROVISIONED" | undefined;
  retired: boolean;
}

interface ModelGroup {
  id: string;
  name: string;
  /** Members known for sure. */
  members: Set<string>;
  /** Users whose membership is unknown (a failed add/remove). */
  unsure: Set<string>;
  retired: boolean;
}

interface OpRecord {
  n: number;
  kind: Kind;
  write: boolean;
  ok: boolean;
  /** Request ids of the responses the client received for this op, in order. */
  responses: string[];
  /** Extra facts for the final check. */
  note?: { userId?: string; groupId?: string; login?: string; name?: string; deleteStep?: 1 | 2 };
}

function count<K extends string>(record: Record<K, number>, key: K): void {
  record[key] = (record[key] ?? 0) + 1;
}

function delay(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/** Runs the soak and returns its figures; the caller asserts on them. */
export async function runSoak(options: SoakOptions): Promise<SoakReport> {
  const started = performance.now();
  const requestTimeout = options.requestTimeout ?? 1500;
  const slowMs = Math.round(requestTimeout * 1.5);
  let unhandled = 0;
  const onUnhandled = (event: PromiseRejectionEvent) => {
    unhandled++;
    event.preventDefault();
  };
  globalThis.addEventListener("unhandledrejection", onUnhandled);
  const token = `00soakCANARY${options.seed}x${crypto.randomUUID().replaceAll("-", "")}`;
  const emulator: ServedEmulator = await startEmulator({
    seed: "empty",
    apiToken: token,
    // Short windows: a 429's X-Rate-Limit-Reset is at most a second away.
    rateLimits: { limit: 1_000_000_000, windowMs: 1000, concurrency: false },
    faults: {
      seed: options.seed,
      rateLimit: 0.05,
      unavailable: 0.02,
      reset: 0.01,
      slow: 0.01,
      slowMs,
      truncate: 0.005,
    },
  });
  const opResponses = new Map<number, string[]>();
  let attempts = 0;
  const okta: Okta = createOkta({
    orgUrl: emulator.url,
    apiToken: token,
    maxRetries: 4,
    requestTimeout,
    env: {},
    // Real sockets to the served emulator; this only notes which response belonged to which op.
    fetch: async (request) => {
      attempts++;
      const op = Number(new URL(request.url).searchParams.get("soakOp"));
      const response = await fetch(request);
      const id = response.headers.get("x-okta-request-id");
      if (id) {
        let list = opResponses.get(op);
        if (!list) opResponses.set(op, list = []);
        list.push(id);
      }
      return response;
    },
  });

  const rng = new Rng(options.seed);
  const users: ModelUser[] = [];
  const groups: ModelGroup[] = [];
  const busy = new Set<string>();
  const ops: OpRecord[] = [];
  const report: SoakReport = {
    operations: 0,
    byKind: {},
    attempts: 0,
    faults: { rateLimit: 0, unavailable: 0, reset: 0, slow: 0, truncate: 0 },
    readsChecked: 0,
    readMismatches: [],
    duplicates: [],
    failedWrites: {},
    failedReads: {},
    errorSamples: {},
    badErrors: [],
    leaks: [],
    stateMismatches: [],
    unexplainedWrites: [],
    unhandledRejections: 0,
    stoppedByTime: false,
    elapsedMs: 0,
  };
  const maybeUsers: { login: string; op: number }[] = [];
  const maybeGroups: { name: string; op: number }[] = [];
  let nextOp = 0;
  let loginCounter = 0;

  const free = <T extends { id: string; retired: boolean }>(list: T[]): T[] =>
    list.filter((x) => !x.retired && !busy.has(x.id));

  function checkError(op: OpRecord, error: unknown): void {
    const name = error instanceof Error ? error.name : typeof error;
    count(op.write ? report.failedWrites : report.failedReads, name);
    const samples = report.errorSamples[name] ??= [];
    if (samples.length < 3 && error instanceof Error) samples.push(error.message);
    const shown = [
      String(error),
      error instanceof Error ? error.stack ?? "" : "",
      JSON.stringify(error),
      inspect(error, { depth: 6 }),
      Deno.inspect(error, { depth: 6 }),
    ].join("\n");
    if (shown.includes(token)) report.leaks.push(`op ${op.n} ${op.kind}: ${name}`);
    const last = op.responses[op.responses.length - 1];
    if (error instanceof OktaApiError) {
      if (!error.requestId) report.badErrors.push(`op ${op.n}: OktaApiError without request id`);
      else if (error.requestId !== last) {
        report.badErrors.push(`op ${op.n}: request id ${error.requestId} is not the last response`);
      }
    } else if (error instanceof OktaNetworkError) {
      // A response whose body broke off had a request id: the error must carry it.
      const sawHeaders = op.responses.length > 0 &&
        emulator.faults.log.some((f) => f.kind === "truncate" && f.requestId === last);
      if (sawHeaders && error.requestId !== last) {
        report.badErrors.push(
          `op ${op.n}: OktaNetworkError for a truncated body lacks request id ${last}`,
        );
      }
    } else if (!(error instanceof OktaTimeoutError)) {
      report.badErrors.push(
        `op ${op.n} ${op.kind}: untyped failure ${name}: ${
          error instanceof OktaError ? error.message : String(error)
        }`,
      );
    }
  }

  function mismatch(op: OpRecord, what: string): void {
    report.readMismatches.push(`op ${op.n} ${op.kind}: ${what}`);
  }

  function query(n: number, extra: Record<string, string | number> = {}) {
    return { ...extra, soakOp: n };
  }

  async function runOne(n: number): Promise<void> {
    let kind = rng.weighted(WEIGHTS);
    const liveUsers = free(users);
    const staged = liveUsers.filter((u) => u.status === "STAGED");
    const liveGroups = free(groups);
    // Fall back to a create when the chosen op has nothing to work on.
    if (
      (["getUser", "searchUser", "updateUser", "deleteUser"].includes(kind) &&
        liveUsers.length === 0) ||
      (["addMember", "removeMember"].includes(kind) &&
        (staged.length === 0 || liveGroups.length === 0)) ||
      (["listMembers", "deleteGroup"].includes(kind) && liveGroups.length === 0)
    ) {
      kind = liveUsers.length < 20 ? "createUser" : "createGroup";
    }
    const write = kind in WRITE_EVENT;
    const op: OpRecord = { n, kind, write, ok: false, responses: [] };
    opResponses.set(n, op.responses);
    ops.push(op);
    count(report.byKind, kind);
    const locks: string[] = [];
    const lock = (id: string) => {
      busy.add(id);
      locks.push(id);
    };
    let quarantine = false;
    try {
      switch (kind) {
        case "createUser": {
          const login = `soak${options.seed}.${++loginCounter}@example.com`;
          op.note = { login };
          try {
            const user = await okta.request<{ id: string; status: string }>(
              "POST",
              "/api/v1/users",
              {
                query: query(n, { activate: "false" }),
                body: {
                  profile: {
                    login,
                    email: login,
                    firstName: "Soak",
                    lastName: `U${loginCounter}`,
                    title: "t0",
                  },
                },
              },
            );
            op.note.userId = user.id;
            users.push({ id: user.id, login, titles: ["t0"], status: "STAGED", retired: false });
          } catch (e) {
            maybeUsers.push({ login, op: n });
            throw e;
          }
          break;
        }
        case "createGroup": {
          const name = `soak-group-${options.seed}-${n}`;
          op.note = { name };
          try {
            const group = await okta.request<{ id: string }>("POST", "/api/v1/groups", {
              query: query(n),
              body: { profile: { name, description: "soak" } },
            });
            op.note.groupId = group.id;
            groups.push({
              id: group.id,
              name,
              members: new Set(),
              unsure: new Set(),
              retired: false,
            });
          } catch (e) {
            maybeGroups.push({ name, op: n });
            throw e;
          }
          break;
        }
        case "getUser": {
          const u = rng.pick(liveUsers);
          lock(u.id);
          const got = await okta.request<
            { id: string; status: string; profile: { login: string; title: string } }
          >("GET", `/api/v1/users/${u.id}`, { query: query(n) });
          report.readsChecked++;
          checkUser(op, u, got);
          break;
        }
        case "searchUser": {
          const u = rng.pick(liveUsers);
          lock(u.id);
          const found = await okta.request<
            { id: string; status: string; profile: { login: string; title: string } }[]
          >("GET", "/api/v1/users", {
            query: query(n, { search: scim`profile.login eq ${u.login}` }),
          });
          report.readsChecked++;
          if (found.length !== 1 || found[0].id !== u.id) {
            mismatch(op, `search for ${u.login} found ${found.map((f) => f.id).join(",")}`);
          } else checkUser(op, u, found[0]);
          break;
        }
        case "updateUser": {
          const u = rng.pick(staged.length > 0 ? staged : liveUsers);
          if (u.status !== "STAGED") break;
          lock(u.id);
          const title = `t${n}`;
          op.note = { userId: u.id };
          try {
            const got = await okta.request<{ profile: { title: string } }>(
              "POST",
              `/api/v1/users/${u.id}`,
              { query: query(n), body: { profile: { title } } },
            );
            if (got.profile.title !== title) mismatch(op, `update answered ${got.profile.title}`);
            u.titles = [title];
          } catch (e) {
            u.titles = [...new Set([...u.titles, title])];
            quarantine = e instanceof OktaTimeoutError;
            throw e;
          }
          break;
        }
        case "addMember":
        case "removeMember": {
          const g = rng.pick(liveGroups);
          const candidates = kind === "removeMember"
            ? staged.filter((u) => g.members.has(u.id))
            : staged.filter((u) => !g.members.has(u.id) && !g.unsure.has(u.id));
          if (candidates.length === 0) break;
          const u = rng.pick(candidates);
          lock(g.id);
          lock(u.id);
          op.note = { groupId: g.id, userId: u.id };
          try {
            await okta.request(
              kind === "addMember" ? "PUT" : "DELETE",
              `/api/v1/groups/${g.id}/users/${u.id}`,
              { query: query(n) },
            );
            if (kind === "addMember") g.members.add(u.id);
            else g.members.delete(u.id);
          } catch (e) {
            g.members.delete(u.id);
            g.unsure.add(u.id);
            quarantine = e instanceof OktaTimeoutError;
            throw e;
          }
          break;
        }
        case "listMembers": {
          const g = rng.pick(liveGroups);
          lock(g.id);
          const seen: string[] = [];
          for await (
            const member of okta.paginate<{ id: string }>(
              new URL(`/api/v1/groups/${g.id}/users?limit=3&soakOp=${n}`, emulator.url),
            )
          ) seen.push(member.id);
          report.readsChecked++;
          const seenSet = new Set(seen);
          if (seenSet.size !== seen.length) mismatch(op, "a member listed twice");
          for (const id of g.members) {
            if (!seenSet.has(id)) mismatch(op, `member ${id} of ${g.id} missing`);
          }
          for (const id of seenSet) {
            if (!g.members.has(id) && !g.unsure.has(id)) {
              mismatch(op, `${id} listed in ${g.id} but never added`);
            }
          }
          // The read settles memberships a failed write left unknown (the group was locked).
          for (const id of g.unsure) if (seenSet.has(id)) g.members.add(id);
          g.unsure.clear();
          break;
        }
        case "deleteGroup": {
          const g = rng.pick(liveGroups);
          lock(g.id);
          op.note = { groupId: g.id };
          g.retired = true;
          await okta.request("DELETE", `/api/v1/groups/${g.id}`, { query: query(n) });
          break;
        }
        case "deleteUser": {
          const inGroup = new Set(groups.flatMap((g) => [...g.members, ...g.unsure]));
          const candidates = liveUsers.filter((u) => !inGroup.has(u.id));
          if (candidates.length === 0) break;
          const u = rng.pick(candidates);
          lock(u.id);
          const step = u.status === "STAGED" ? 1 : 2;
          op.note = { userId: u.id, deleteStep: step };
          try {
            await okta.request("DELETE", `/api/v1/users/${u.id}`, { query: query(n) });
            if (step === 1) u.status = "DEPROVISIONED";
            else u.retired = true;
          } catch (e) {
            u.retired = true;
            u.status = undefined;
            throw e;
          }
          break;
        }
      }
      op.ok = true;
    } catch (error) {
      checkError(op, error);
      quarantine ||= error instanceof OktaTimeoutError;
    } finally {
      // After a timeout the slow request may still land: keep its resources out of play.
      if (quarantine) await delay(slowMs);
      for (const id of locks) busy.delete(id);
    }
  }

  function checkUser(
    op: OpRecord,
    u: ModelUser,
    got: { id: string; status: string; profile: { login: string; title: string } },
  ): void {
    if (got.id !== u.id) mismatch(op, `asked ${u.id}, got ${got.id}`);
    if (got.profile.login !== u.login) mismatch(op, `login ${got.profile.login} ≠ ${u.login}`);
    if (!u.titles.includes(got.profile.title)) {
      mismatch(op, `title ${got.profile.title} ∉ ${u.titles.join("|")}`);
    } else u.titles = [got.profile.title];
    if (u.status && got.status !== u.status) mismatch(op, `status ${got.status} ≠ ${u.status}`);
  }

  const deadline = started + options.maxMs;
  let lastProgress = started;
  const worker = async () => {
    while (nextOp < options.operations) {
      if (performance.now() > deadline) {
        report.stoppedByTime = true;
        return;
      }
      const n = ++nextOp;
      await runOne(n);
      report.operations++;
      if (options.progress && performance.now() - lastProgress > 5000) {
        lastProgress = performance.now();
        options.progress(
          `${report.operations} ops, ${attempts} requests, ${emulator.faults.log.length} faults`,
        );
      }
    }
  };
  try {
    await Promise.all(Array.from({ length: options.concurrency }, worker));
    // Let every slow request land before reading the final state.
    await delay(slowMs + 200);
  } finally {
    okta.close();
    await emulator.close();
    globalThis.removeEventListener("unhandledrejection", onUnhandled);
  }

  // --- Final check: the System Log counts how often each intended write was applied.
  report.attempts = attempts;
  for (const f of emulator.faults.log) count(report.faults, f.kind);
  const state = emulator.state;
  const events = new Map<number, string[]>();
  const seenIds = new Set(ops.flatMap((o) => o.responses));
  const opsByN = new Map(ops.map((o) => [o.n, o]));
  const slowIds = new Set(
    emulator.faults.log.filter((f) => f.kind === "slow").map((f) => f.requestId),
  );
  for (const event of state.logs()) {
    const e = event as unknown as {
      eventType: string;
      transaction: { id: string };
      debugContext: { debugData: { url: string } };
    };
    const url = e.debugContext.debugData.url;
    const match = /[?&]soakOp=(\d+)/.exec(url);
    if (!match) {
      if (e.transaction.id !== "seed") report.unexplainedWrites.push(`${e.eventType} ${url}`);
      continue;
    }
    const n = Number(match[1]);
    let list = events.get(n);
    if (!list) events.set(n, list = []);
    list.push(e.eventType);
    // Applied by a request whose response the client saw, or by a slow one it gave up on.
    if (!seenIds.has(e.transaction.id) && !slowIds.has(e.transaction.id) && opsByN.get(n)?.ok) {
      report.unexplainedWrites.push(`${e.eventType} by ${e.transaction.id} (op ${n})`);
    }
  }
  for (const op of ops) {
    const applied = events.get(op.n) ?? [];
    const expected = WRITE_EVENT[op.kind];
    if (!expected) {
      if (applied.length > 0) report.duplicates.push(`read op ${op.n} wrote ${applied}`);
      continue;
    }
    if (applied.some((t) => !expected.includes(t))) {
      report.unexplainedWrites.push(`op ${op.n} ${op.kind} applied ${applied.join(",")}`);
    }
    if (applied.length > 1) {
      report.duplicates.push(`op ${op.n} ${op.kind} applied ${applied.length}×`);
    }
    if (op.ok && op.note && applied.length === 0) {
      report.stateMismatches.push(`op ${op.n} ${op.kind} succeeded but the log has no write`);
    }
  }
  const appliedOnce = (n: number) => (events.get(n) ?? []).length === 1;

  // Users: every model user matches; an unsure create exists exactly when it was applied.
  const byLogin = new Map<string, number>();
  const stateUsers = new Map(state.users().map((u) => [u.id, u]));
  for (const u of stateUsers.values()) {
    const login = String(u.profile.login).toLowerCase();
    byLogin.set(login, (byLogin.get(login) ?? 0) + 1);
  }
  for (const [login, c] of byLogin) {
    if (c > 1) report.duplicates.push(`${c} users with login ${login}`);
  }
  for (const u of users) {
    const stored = stateUsers.get(u.id);
    if (u.retired) {
      if (u.status === "DEPROVISIONED" && stored) {
        report.stateMismatches.push(`user ${u.id} deleted but still there`);
      }
      continue;
    }
    if (!stored) {
      report.stateMismatches.push(`user ${u.id} missing`);
      continue;
    }
    if (stored.status !== u.status) {
      report.stateMismatches.push(`user ${u.id} status ${stored.status} ≠ ${u.status}`);
    }
    if (!u.titles.includes(String(stored.profile.title))) {
      report.stateMismatches.push(`user ${u.id} title ${stored.profile.title}`);
    }
  }
  for (const m of maybeUsers) {
    const c = byLogin.get(m.login.toLowerCase()) ?? 0;
    const applied = appliedOnce(m.op);
    if (c !== (applied ? 1 : 0) && !users.some((u) => u.login === m.login)) {
      report.stateMismatches.push(`failed create ${m.login}: ${c} users, applied=${applied}`);
    }
  }
  // Groups: names are unique, members equal the model where it is sure.
  const byName = new Map<string, number>();
  for (const g of state.groups()) {
    const name = String(g.profile.name);
    byName.set(name, (byName.get(name) ?? 0) + 1);
  }
  for (const [name, c] of byName) {
    if (c > 1) report.duplicates.push(`${c} groups named ${name}`);
  }
  for (const m of maybeGroups) {
    const c = byName.get(m.name) ?? 0;
    // A created group may since have been deleted only if the model knew it (it did not).
    if (c !== (appliedOnce(m.op) ? 1 : 0)) {
      report.stateMismatches.push(`failed create of group ${m.name}: ${c} groups`);
    }
  }
  const deleteOps = new Map(
    ops.filter((o) => o.kind === "deleteGroup").map((o) => [o.note?.groupId, o]),
  );
  for (const g of groups) {
    const stored = state.group(g.id);
    if (g.retired) {
      const del = deleteOps.get(g.id);
      const deleted = del ? appliedOnce(del.n) : false;
      if (deleted === (stored !== undefined)) {
        report.stateMismatches.push(`group ${g.id}: deleted=${deleted}, present=${!!stored}`);
      }
      continue;
    }
    if (!stored) {
      report.stateMismatches.push(`group ${g.id} missing`);
      continue;
    }
    const actual = new Set(state.members(g.id).map((m) => m.id));
    for (const id of g.members) {
      if (!actual.has(id)) report.stateMismatches.push(`group ${g.id} lacks member ${id}`);
    }
    for (const id of actual) {
      if (!g.members.has(id) && !g.unsure.has(id)) {
        report.stateMismatches.push(`group ${g.id} has unexpected member ${id}`);
      }
    }
  }
  report.unhandledRejections = unhandled;
  report.elapsedMs = Math.round(performance.now() - started);
  return report;
}

/** One line per figure, for the test output and the long form. */
export function formatReport(r: SoakReport): string {
  const faultTotal = Object.values(r.faults).reduce((a, b) => a + b, 0);
  return [
    `operations: ${r.operations} (${
      Object.entries(r.byKind).map(([k, v]) => `${k} ${v}`).join(", ")
    })${r.stoppedByTime ? " [stopped by the time bound]" : ""}`,
    `requests sent: ${r.attempts}; reads checked: ${r.readsChecked}`,
    `faults injected: ${faultTotal} (${
      Object.entries(r.faults).map(([k, v]) => `${k} ${v}`).join(", ")
    })`,
    `failed writes: ${JSON.stringify(r.failedWrites)}; failed reads: ${
      JSON.stringify(r.failedReads)
    }`,
    `duplicates: ${r.duplicates.length}; leaks: ${r.leaks.length}; read mismatches: ${r.readMismatches.length}; state mismatches: ${r.stateMismatches.length}; unexplained writes: ${r.unexplainedWrites.length}; bad errors: ${r.badErrors.length}; unhandled rejections: ${r.unhandledRejections}`,
    `elapsed: ${r.elapsedMs} ms`,
  ].join("\n");
}
