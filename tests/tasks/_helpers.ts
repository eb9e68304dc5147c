// Shared setup for the task tests: an in-process emulator, a client on it (API token, or a
// Bearer token holding exactly the task's scopes), and a runner that captures the output.
import assert from "node:assert/strict";
import { createEmulator, type Emulator, type EmulatorOptions } from "../../emulator.ts";
import { createOkta } from "../../mod.ts";
import { parse } from "../../tasks/_framework/deps.ts";
import { type JournalState, readJournal } from "../../tasks/_framework/journal.ts";
import { runTask } from "../../tasks/_framework/mod.ts";
import { denoFlags } from "../../tasks/_framework/permissions.ts";
import { task as usersImport } from "../../tasks/users_import.ts";
import type {
  ArgSpecs,
  OktaLike,
  TaskDefinition,
  TaskOutcome,
} from "../../tasks/_framework/mod.ts";

export interface Org {
  emulator: Emulator;
  okta: OktaLike;
  close(): Promise<void>;
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
  const okta = createOkta({
    orgUrl: emulator.orgUrl,
    fetch: wrapFetch ? wrapFetch(emulator.fetch) : emulator.fetch,
    maxRetries,
    ...credentials,
  }) as unknown as OktaLike;
  return {
    emulator,
    okta,
    async close() {
      await okta.close?.();
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
  okta: OktaLike,
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
  return emulator.org.users.values().filter((u) =>
    String(u.profile.login).toLowerCase() === login.toLowerCase()
  );
}

/** System Log events of one type about a target alternateId. */
export function events(emulator: Emulator, eventType: string, target?: string): unknown[] {
  return emulator.org.logs.values().filter((r) => {
    const e = r.event as { eventType?: string; target?: { alternateId?: string }[] };
    return e.eventType === eventType &&
      (target === undefined || (e.target ?? []).some((t) => t.alternateId === target));
  });
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
  run<A extends ArgSpecs>(task: TaskDefinition<A>, argv: string[], okta: OktaLike): Promise<
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
