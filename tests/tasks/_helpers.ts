// Shared setup for the task tests: an in-process emulator, a client on it (API token, or a
// Bearer token holding exactly the task's scopes), and a runner that captures the output.
import assert from "node:assert/strict";
import { createEmulator, type Emulator, type EmulatorOptions } from "../../emulator.ts";
import { createOkta, type Okta } from "../../mod.ts";
import type { Operation } from "../../src/core/operation.ts";
import { OperationIndex } from "../../src/emulator/operations.ts";
import { parse } from "../../tasks/_framework/deps.ts";
import { type JournalState, readJournal } from "../../tasks/_framework/journal.ts";
import { runTask } from "../../tasks/_framework/mod.ts";
import { denoFlags } from "../../tasks/_framework/permissions.ts";
import { task as usersImport } from "../../tasks/users_import.ts";
import type { ArgSpecs, TaskDefinition, TaskOutcome } from "../../tasks/_framework/mod.ts";

export interface Org {
  emulator: Emulator;
  okta: Okta;
  /** Every request the client sent, in order, with its operation of the generated table. */
  readonly requests: readonly RecordedRequest[];
  /** The operationIds of the requests sent so far (each once, in first-sent order). */
  operationIds(): string[];
  close(): Promise<void>;
}

/** One request a client sent to the emulator. */
export interface RecordedRequest {
  /** `GET`, `POST`, … */
  method: string;
  /** The URL path (`/api/v1/users/00u1/lifecycle/suspend`). */
  path: string;
  /** Its operation, matched by method and path template (undefined when the table has none). */
  operation?: Operation;
}

const OPERATION_INDEX = new OperationIndex();

/** The operation of the generated table a request is for (by method and path template). */
export function operationOf(method: string, path: string): Operation | undefined {
  return OPERATION_INDEX.match(method, path).operation;
}

/** A real client whose fetch fails the test: for runs that must send no request. */
export function noRequestClient(why = "no request expected"): Okta {
  return createOkta({
    orgUrl: "https://no-request.okta.com",
    apiToken: "no-request-token",
    maxRetries: 0,
    fetch: (request) => assert.fail(`${why}: ${request.method} ${request.url}`),
  });
}

/** An emulator with demo data and no rate limits unless asked, plus a client on it. */
export async function openOrg(
  options: EmulatorOptions & {
    scopes?: readonly string[];
    maxRetries?: number;
    wrapFetch?: (fetch: (r: Request) => Promise<Response>) => (r: Request) => Promise<Response>;
  } = {},
): Promise<Org> {
  const { scopes, maxRetries, wrapFetch, ...emulatorOptions } = options;
  const emulator = createEmulator({ seed: "demo", rateLimits: false, ...emulatorOptions });
  await emulator.ready;
  const credentials = scopes
    ? { accessToken: emulator.oauth.issueAccessToken({ scopes: [...scopes] }) }
    : { apiToken: emulator.apiToken };
  const requests: RecordedRequest[] = [];
  const target = wrapFetch ? wrapFetch(emulator.fetch) : emulator.fetch;
  const recording = (request: Request): Promise<Response> => {
    const { pathname } = new URL(request.url);
    requests.push({
      method: request.method,
      path: pathname,
      operation: operationOf(request.method, pathname),
    });
    return target(request);
  };
  const okta = createOkta({
    orgUrl: emulator.orgUrl,
    fetch: recording,
    maxRetries,
    ...credentials,
  });
  return {
    emulator,
    okta,
    requests,
    operationIds: () => [
      ...new Set(requests.flatMap((r) => r.operation ? [r.operation.id] : [])),
    ],
    async close() {
      okta.close();
      await emulator.close();
    },
  };
}

export interface Run extends TaskOutcome {
  stdout: string;
  stderr: string;
}

/** Runs a task in-process against `okta`, capturing stdout and stderr. */
export async function run<A extends ArgSpecs>(
  task: TaskDefinition<A>,
  argv: string[],
  okta: Okta,
  extra: { signal?: AbortSignal; stdin?: string } = {},
): Promise<Run> {
  let stdout = "";
  let stderr = "";
  const outcome = await runTask(task, argv, {
    okta,
    signal: extra.signal,
    terminal: false,
    stdout: {
      write(text) {
        stdout += text;
        return Promise.resolve();
      },
      close: () => Promise.resolve(),
    },
    stderr: (text) => void (stderr += text),
    stdin: extra.stdin === undefined
      ? undefined
      : new Blob([extra.stdin]).stream() as ReadableStream<Uint8Array>,
  });
  return { ...outcome, stdout, stderr };
}

/** Parses CSV text into objects keyed by the header. */
export function csvRows(text: string): Record<string, string>[] {
  const records = parse(text, { skip_empty_lines: true }) as string[][];
  const [header, ...rows] = records;
  return rows.map((r) => Object.fromEntries(header.map((h, i) => [h, r[i]])));
}

/** Parses NDJSON text. */
export function ndjsonRows(text: string): Record<string, unknown>[] {
  return text.split("\n").filter((l) => l.trim()).map((l) => JSON.parse(l));
}

/** A fresh temporary folder, removed by the returned function. */
export async function tempDir(): Promise<{ path: string; remove(): Promise<void> }> {
  const path = await Deno.makeTempDir({ prefix: "oktakit-tasks-" });
  return { path, remove: () => Deno.remove(path, { recursive: true }) };
}

/** Users of the emulated org whose login matches, straight from its state. */
export function usersWithLogin(emulator: Emulator, login: string): unknown[] {
  return emulator.state.users().filter((u) =>
    String(u.profile.login).toLowerCase() === login.toLowerCase()
  );
}

/** System Log events of one type about a target alternateId. */
export function events(emulator: Emulator, eventType: string, target?: string): unknown[] {
  return emulator.state.logs({ eventType }).filter((e) =>
    target === undefined || (e.target ?? []).some((t) => t.alternateId === target)
  );
}

/**
 * `deno run` of users-import as a real process under its deno.json flags, importing
 * `in/people.csv` from `cwd` into the org at `orgUrl` (for kill-and-rerun tests).
 */
export function usersImportProcess(cwd: string, orgUrl: string, apiToken: string): Deno.Command {
  return taskProcess(usersImport, "tasks/users_import.ts", [
    "--file",
    "in/people.csv",
    "--yes",
    "--concurrency",
    "2",
    "--format",
    "ndjson",
  ], { cwd, orgUrl, apiToken });
}

/**
 * `deno run` of a task module as a real process under its deno.json flags (for kill-and-rerun
 * tests), against the org at `orgUrl`.
 */
export function taskProcess(
  task: Pick<TaskDefinition, "permissions">,
  file: string,
  args: string[],
  options: { cwd: string; orgUrl: string; apiToken: string },
): Deno.Command {
  const root = new URL("../../", import.meta.url);
  return new Deno.Command(Deno.execPath(), {
    args: [
      "run",
      "--config",
      new URL("deno.json", root).pathname,
      ...denoFlags(task),
      new URL(file, root).pathname,
      ...args,
    ],
    cwd: options.cwd,
    env: {
      OKTA_ORG_URL: options.orgUrl,
      OKTA_API_TOKEN: options.apiToken,
      NO_COLOR: "1",
      DENO_NO_UPDATE_CHECK: "1",
    },
    stdout: "piped",
    stderr: "piped",
  });
}

/** Creates `count` ACTIVE users (with a password) named `<prefix><i>@<domain>`; returns their ids. */
export async function createActiveUsers(
  emulator: Emulator,
  count: number,
  prefix: string,
  domain = "life.example",
): Promise<string[]> {
  const ids: string[] = [];
  for (let i = 0; i < count; i++) {
    const login = `${prefix}${i}@${domain}`;
    const response = await emulator.fetch(
      new Request(`${emulator.orgUrl}/api/v1/users?activate=true`, {
        method: "POST",
        headers: {
          Authorization: `SSWS ${emulator.apiToken}`,
          "Content-Type": "application/json",
          Accept: "application/json",
        },
        body: JSON.stringify({
          profile: { login, email: login, firstName: "Life", lastName: `Cycle${i}` },
          credentials: { password: { value: "Very-long-Passw0rd!" } },
        }),
      }),
    );
    if (response.status !== 200) throw new Error(`create ${login}: ${await response.text()}`);
    ids.push((await response.json()).id);
  }
  return ids;
}

/**
 * Serves an emulator on 127.0.0.1 with every answer 10 ms late, so a task run against it is
 * still going when it is killed or interrupted.
 */
export function slowServer(emulator: Emulator): Deno.HttpServer<Deno.NetAddr> {
  return Deno.serve({ hostname: "127.0.0.1", port: 0, onListen() {} }, async (req) => {
    await new Promise((r) => setTimeout(r, 10));
    return emulator.fetch(req);
  });
}

/**
 * Spawns a task process, SIGKILLs it once its journal records `atLeast` rows done (or after
 * 30 s), and returns the journal as the kill left it.
 */
export async function killWhenJournaled(
  command: Deno.Command,
  journal: string,
  atLeast: number,
): Promise<JournalState> {
  const child = command.spawn();
  const deadline = Date.now() + 30_000;
  while (Date.now() < deadline) {
    const done = await readJournal(journal).then((s) => s.done.size, () => 0);
    if (done >= atLeast) break;
    await new Promise((r) => setTimeout(r, 10));
  }
  child.kill("SIGKILL");
  const killed = await child.output();
  assert.equal(killed.signal, "SIGKILL");
  return await readJournal(journal);
}

/** Asserts one user with this login, created once and added to a group once. */
export function assertImportedOnce(emulator: Emulator, login: string): void {
  assert.equal(usersWithLogin(emulator, login).length, 1, login);
  assert.equal(events(emulator, "user.lifecycle.create", login).length, 1, login);
  assert.equal(events(emulator, "group.user_membership.add", login).length, 1, login);
}

/** Asserts that the journal records `n` rows done and none pending. */
export async function assertJournalComplete(journal: string, n: number): Promise<void> {
  const final = await readJournal(journal);
  assert.equal(final.done.size, n);
  assert.equal(final.pending.size, 0);
}

/**
 * For the streaming tests: runs a task whose stdout only counts the lines written, while a fetch
 * wrapper calls `pageRequested()` as each page is asked for.
 */
export function streamingRun(): {
  readonly written: number;
  pageRequested(): void;
  run<A extends ArgSpecs>(task: TaskDefinition<A>, argv: string[], okta: Okta): Promise<
    TaskOutcome
  >;
  assertStreamed(pageSize: number, minPages: number): void;
} {
  let written = 0;
  const writtenWhenPageRequested: number[] = [];
  return {
    get written() {
      return written;
    },
    pageRequested: () => void writtenWhenPageRequested.push(written),
    run: (task, argv, okta) =>
      runTask(task, argv, {
        okta,
        terminal: false,
        stdout: {
          write: (text) => Promise.resolve(void (written += text.split("\n").length - 1)),
          close: () => Promise.resolve(),
        },
        stderr: () => {},
      }),
    /**
     * At least `minPages` pages were fetched, and page N+2 only after page N's rows were
     * written: the run never holds more than two pages.
     */
    assertStreamed(pageSize: number, minPages: number) {
      const pages = writtenWhenPageRequested.length;
      assert.ok(pages >= minPages, `${pages} pages`);
      writtenWhenPageRequested.forEach((rows, i) =>
        assert.ok(rows >= (i - 1) * pageSize, `page ${i}: ${rows}`)
      );
    },
  };
}

/** Enrolls a security question factor for a user, as `POST /api/v1/users/{id}/factors` does. */
export function enrollQuestionFactor(emulator: Emulator, userId: string): Promise<Response> {
  return emulator.fetch(
    new Request(`${emulator.orgUrl}/api/v1/users/${userId}/factors`, {
      method: "POST",
      headers: {
        Authorization: `SSWS ${emulator.apiToken}`,
        "Content-Type": "application/json",
      },
      body: JSON.stringify({
        factorType: "question",
        provider: "OKTA",
        profile: { question: "disliked_food", answer: "mayonnaise" },
      }),
    }),
  );
}

/** Okta's 403 E0000006 answer, for a fetch wrapper that refuses a call. */
export function forbidden(): Promise<Response> {
  return Promise.resolve(Response.json({
    errorCode: "E0000006",
    errorSummary: "You do not have permission to perform the requested action",
    errorLink: "E0000006",
    errorId: "oaeTest",
    errorCauses: [],
  }, { status: 403 }));
}

// Configuration helpers (config-apply and the scope tests).

export type Obj = Record<string, unknown>;

export async function post(org: Org, path: string, body: Obj, pathParams?: Obj): Promise<Obj> {
  return await org.okta.call<Obj>({ method: "POST", path, body, pathParams } as never);
}

export async function get<T = Obj[]>(org: Org, path: string, query?: Obj): Promise<T> {
  const out: Obj[] = [];
  for await (const o of org.okta.callList<Obj>({ method: "GET", path, query } as never)) {
    out.push(o);
  }
  return out as T;
}

export async function groupId(org: Org, name: string): Promise<string> {
  const groups = await get(org, "/api/v1/groups", { q: name });
  return String(groups.find((g) => (g.profile as Obj).name === name)!.id);
}

export async function zoneByName(org: Org, name: string): Promise<Obj> {
  return (await get(org, "/api/v1/zones")).find((z) => z.name === name)!;
}

/** The configuration the source org gets on top of its demo data. */
export async function seedConfiguration(org: Org): Promise<void> {
  const office = await post(org, "/api/v1/zones", {
    type: "IP",
    name: "Office",
    gateways: [{ type: "CIDR", value: "10.0.0.0/8" }],
  });
  const policy = await post(org, "/api/v1/policies", {
    type: "OKTA_SIGN_ON",
    name: "Engineering sign-on",
    conditions: { people: { groups: { include: [await groupId(org, "Engineering")] } } },
  });
  await post(org, "/api/v1/policies/{policyId}/rules", {
    type: "SIGN_ON",
    name: "From the office",
    conditions: { network: { connection: "ZONE", include: [office.id] } },
    actions: { signon: { access: "ALLOW" } },
  }, { policyId: policy.id });
  const server = await post(org, "/api/v1/authorizationServers", {
    name: "Partners",
    description: "Partner APIs",
    audiences: ["api://partners"],
  });
  const serverId = { authServerId: server.id };
  await post(org, "/api/v1/authorizationServers/{authServerId}/scopes", {
    name: "partners.read",
  }, serverId);
  const serverPolicy = await post(org, "/api/v1/authorizationServers/{authServerId}/policies", {
    name: "All clients",
    type: "OAUTH_AUTHORIZATION_POLICY",
    priority: 1,
    conditions: { clients: { include: ["ALL_CLIENTS"] } },
  }, serverId);
  await post(org, "/api/v1/authorizationServers/{authServerId}/policies/{policyId}/rules", {
    name: "Engineering only",
    type: "RESOURCE_ACCESS",
    conditions: {
      people: { groups: { include: [await groupId(org, "Engineering")] } },
      grantTypes: { include: ["client_credentials"] },
      scopes: { include: ["*"] },
    },
  }, { ...serverId, policyId: serverPolicy.id });
  await post(org, "/api/v1/trustedOrigins", {
    name: "Intranet",
    origin: "https://intranet.example",
    scopes: [{ type: "CORS" }],
  });
  await post(org, "/api/v1/eventHooks", {
    name: "Audit sink",
    events: { type: "EVENT_TYPE", items: ["user.lifecycle.create"] },
    channel: {
      type: "HTTP",
      version: "1.0.0",
      config: {
        uri: "https://hooks.example/audit",
        authScheme: { type: "HEADER", key: "Authorization", value: "hook-secret-do-not-copy" },
      },
    },
  });
}
