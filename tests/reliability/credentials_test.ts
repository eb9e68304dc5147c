// Credential canaries: for each auth mode, every error path, the debug log, Deno.inspect and
// JSON.stringify of the client, its config and its errors are searched for every credential the
// client held or received (API token, access/refresh tokens, client assertions, private key
// material). Then: the Authorization header never reaches another origin, and token cache
// files are 0600 and refused when others can read them.
import assert from "node:assert/strict";
import { inspect } from "node:util";
import { exportJWK, exportPKCS8, generateKeyPair } from "npm:jose@^6.2.18";
import {
  createOkta,
  type Okta,
  OktaApiError,
  OktaAuthError,
  OktaConfigError,
  OktaError,
  type OktaOptions,
  OktaOriginError,
} from "../../mod.ts";
import { type ServedEmulator, startEmulator } from "../../emulator.ts";
import { TokenCache } from "../../src/auth/cache.ts";

/** Strings that must never appear: each secret and distinctive pieces of it. */
class Canaries {
  #values = new Set<string>();

  add(secret: string | undefined): void {
    if (!secret || secret.length < 12) return;
    this.#values.add(secret);
    // A sliced or re-wrapped secret must not slip through either.
    this.#values.add(secret.slice(0, 16));
    this.#values.add(secret.slice(-16));
    this.#values.add(
      secret.slice(Math.floor(secret.length / 2) - 8, Math.floor(secret.length / 2) + 8),
    );
  }

  addPem(pem: string): void {
    for (const line of pem.split("\n")) if (line.length >= 40) this.#values.add(line.slice(4, 36));
  }

  find(text: string): string | undefined {
    for (const v of this.#values) if (text.includes(v)) return v;
    return undefined;
  }

  get size(): number {
    return this.#values.size;
  }
}

/** Every rendering of a value a user could print or ship to a log service. */
function renderings(value: unknown): string[] {
  const out = [
    Deno.inspect(value, { depth: Infinity, showHidden: true, getters: true }),
    inspect(value, { depth: Infinity, showHidden: true, getters: true }),
  ];
  try {
    out.push(JSON.stringify(value) ?? "");
  } catch (e) {
    out.push(String(e));
  }
  if (value instanceof Error) {
    out.push(String(value), value.message, value.stack ?? "");
    let cause: unknown = value.cause;
    for (let i = 0; cause !== undefined && i < 5; i++) {
      out.push(...renderings(cause));
      cause = cause instanceof Error ? cause.cause : undefined;
    }
    if (value instanceof OktaApiError) {
      out.push(JSON.stringify(value.body), JSON.stringify([...value.headers]));
    }
  }
  return out;
}

interface Harness {
  emulator: ServedEmulator;
  canaries: Canaries;
  lines: string[];
  /** Options of one client; `fetch` sees tokens issued and plays the misbehaving parts. */
  options: (extra: OktaOptions) => OktaOptions;
}

/** A served org whose fetch wrapper collects every token it hands out and fakes bad servers. */
async function harness(): Promise<Harness> {
  const emulator = await startEmulator({ seed: "demo", rateLimits: false });
  const canaries = new Canaries();
  canaries.add(emulator.apiToken);
  const lines: string[] = [];
  const fetchFn = async (request: Request): Promise<Response> => {
    const url = new URL(request.url);
    const auth = request.headers.get("authorization") ?? "";
    canaries.add(auth.replace(/^\S+\s+/, ""));
    canaries.add(request.headers.get("dpop") ?? undefined);
    if (url.pathname === "/oauth2/v1/token" && request.method === "POST") {
      const form = new URLSearchParams(await request.clone().text());
      canaries.add(form.get("client_assertion") ?? undefined);
      canaries.add(form.get("refresh_token") ?? undefined);
      canaries.add(form.get("device_code") ?? undefined);
    }
    // Misbehaving servers and networks that echo the credential back.
    if (url.pathname === "/evil/echo") {
      return Response.json(
        {
          errorCode: "E0000001",
          errorSummary: `echo ${auth}`,
          errorCauses: [{ errorSummary: auth }],
        },
        { status: 500, headers: { "X-Echo": auth, "WWW-Authenticate": `Bearer error="${auth}"` } },
      );
    }
    if (url.pathname === "/evil/text") {
      return new Response(`proxy says: ${auth} ${url.search}`, { status: 502 });
    }
    if (url.pathname === "/evil/notjson") return new Response(`not json ${auth}`);
    if (url.pathname === "/evil/throw") {
      throw new TypeError(`error sending request for url (${request.url}): ${auth}`);
    }
    if (url.pathname === "/evil/hang") {
      return await new Promise<Response>((_, reject) => {
        if (request.signal.aborted) return reject(request.signal.reason);
        request.signal.addEventListener("abort", () => reject(request.signal.reason), {
          once: true,
        });
      });
    }
    const response = await fetch(request);
    if (url.pathname.startsWith("/oauth2/v1/") && response.ok) {
      const body = await response.clone().json().catch(() => ({}));
      for (const key of ["access_token", "refresh_token", "id_token", "device_code"]) {
        canaries.add(typeof body[key] === "string" ? body[key] : undefined);
      }
    }
    return response;
  };
  return {
    emulator,
    canaries,
    lines,
    options: (extra) => ({
      orgUrl: emulator.url,
      env: {},
      fetch: fetchFn,
      maxRetries: 1,
      logger: { debug: (line) => lines.push(line) },
      ...extra,
    }),
  };
}

/** Drives every error path of one client and returns what was thrown. */
async function errorPaths(okta: Okta, h: Harness, mode: OktaOptions): Promise<unknown[]> {
  const errors: unknown[] = [];
  const expectError = async (run: () => Promise<unknown> | unknown) => {
    try {
      await run();
      errors.push(new Error("expected an error"));
    } catch (e) {
      errors.push(e);
    }
  };
  await expectError(() => okta.request("GET", "/api/v1/users/00unobody"));
  await expectError(() =>
    okta.request("POST", "/api/v1/groups", { body: { profile: { name: 42, description: [] } } })
  );
  await expectError(() => okta.request("GET", "/api/v1/no-such-thing"));
  await expectError(() => okta.request("GET", "/evil/echo"));
  await expectError(() => okta.request("GET", "/evil/text", { query: { q: "x" } }));
  await expectError(() => okta.request("GET", "/evil/notjson"));
  await expectError(() => okta.request("GET", "/evil/throw"));
  await expectError(() => okta.request("POST", "/evil/throw", { body: {} }));
  await expectError(() => okta.paginate("http://127.0.0.1:1/api/v1/users"));
  await expectError(() => okta.request("GET", "https://elsewhere.example/api/v1/users"));
  await expectError(() => okta.request("GET", "no-slash"));
  await expectError(() => okta.users.get(""));
  // The call budget: a second client with a short timeout on a hanging response.
  const short = createOkta({ ...h.options(mode), requestTimeout: 200 });
  await expectError(() => short.request("GET", "/evil/hang"));
  short.close();
  // Rate limited and unavailable, with retries logged.
  h.emulator.faults.configure({ seed: 3, rateLimit: 0.5, unavailable: 0.5 });
  for (let i = 0; i < 4; i++) await expectError(() => okta.request("GET", "/api/v1/groups"));
  h.emulator.faults.configure({});
  return errors;
}

function sweep(h: Harness, okta: Okta, errors: unknown[]): { checked: number; found: string[] } {
  const found: string[] = [];
  let checked = 0;
  const check = (label: string, texts: string[]) => {
    for (const text of texts) {
      checked++;
      const hit = h.canaries.find(text);
      if (hit) found.push(`${label} shows …${hit.slice(0, 6)}…`);
    }
  };
  check("client", renderings(okta));
  check("config", renderings(okta.config));
  check("auth", renderings(okta.auth));
  check("users namespace", renderings(okta.users));
  errors.forEach((e, i) => check(`error #${i} ${(e as Error).name}`, renderings(e)));
  check("debug log", h.lines);
  return { checked, found };
}

async function privateKeyPair(kid: string) {
  const { privateKey, publicKey } = await generateKeyPair("RS256", { extractable: true });
  const pem = await exportPKCS8(privateKey);
  const publicJwk = { ...(await exportJWK(publicKey)), kid, alg: "RS256", use: "sig" };
  const privateJwk = await exportJWK(privateKey);
  return { pem, publicJwk, privateJwk };
}

/**
 * A PrivateKey client (DPoP-bound when `dpop`) with a fresh key whose private parts are
 * canaries; returns the options that sign in as it.
 */
async function privateKeyMode(
  h: Harness,
  kid: string,
  clientId: string,
  dpop: boolean,
): Promise<OktaOptions> {
  const key = await privateKeyPair(kid);
  h.canaries.addPem(key.pem);
  h.canaries.add(String(key.privateJwk.d));
  const scopes = ["okta.users.read", "okta.groups.read", "okta.groups.manage"];
  h.emulator.oauth.registerClient({
    clientId,
    jwks: { keys: [key.publicJwk as JsonWebKey & { kid: string }] },
    scopes: [...scopes],
    grantTypes: ["client_credentials"],
    roles: ["ORG_ADMIN"],
    ...(dpop ? { dpop: true } : {}),
  });
  return {
    authorizationMode: "PrivateKey",
    clientId,
    scopes,
    privateKey: key.pem,
    keyId: kid,
    ...(dpop ? { oauth: { dpop: true } } : {}),
  };
}

const MODES: {
  name: string;
  setup: (h: Harness) => Promise<OktaOptions>;
}[] = [
  {
    name: "SSWS",
    setup: (h) => Promise.resolve({ apiToken: h.emulator.apiToken }),
  },
  {
    name: "Bearer",
    setup: (h) => {
      const token = h.emulator.oauth.issueAccessToken({
        scopes: ["okta.users.read", "okta.groups.read", "okta.groups.manage"],
        subject: h.emulator.state.adminId,
      });
      h.canaries.add(token);
      return Promise.resolve({ accessToken: token });
    },
  },
  {
    name: "PrivateKey",
    setup: (h) => privateKeyMode(h, "canary-key", "0oacanarysvc", false),
  },
  {
    name: "PrivateKey+DPoP",
    setup: (h) => privateKeyMode(h, "canary-dpop", "0oacanarydpop", true),
  },
  {
    name: "Device",
    setup: (h) => {
      h.emulator.oauth.configure({ deviceInterval: 1 });
      h.emulator.oauth.registerClient({
        clientId: "0oacanarynative",
        scopes: ["okta.users.read", "okta.groups.read", "okta.groups.manage", "offline_access"],
        grantTypes: ["device_code", "refresh_token"],
      });
      return Promise.resolve({
        authorizationMode: "Device",
        clientId: "0oacanarynative",
        scopes: ["okta.users.read", "okta.groups.read", "okta.groups.manage"],
        oauth: {
          refresh: true,
          onDeviceCode: (prompt) => {
            h.canaries.add(prompt.userCode.length >= 12 ? prompt.userCode : undefined);
            h.emulator.oauth.approveDevice(prompt.userCode, h.emulator.state.adminId);
          },
        },
      });
    },
  },
];

for (const mode of MODES) {
  Deno.test(`credentials (${mode.name}): no canary in errors, logs, inspect or JSON of client, config, errors`, async () => {
    const h = await harness();
    try {
      const modeOptions = await mode.setup(h);
      const okta = createOkta(h.options(modeOptions));
      // One good call first, so OAuth modes hold (and we know) their tokens.
      const groups = await okta.request<unknown[]>("GET", "/api/v1/groups", {
        query: { limit: 2 },
      });
      assert.ok(Array.isArray(groups));
      const errors = await errorPaths(okta, h, modeOptions);
      assert.ok(errors.length >= 16);
      assert.ok(errors.every((e) => e instanceof Error && !(e.message === "expected an error")));
      assert.ok(errors.filter((e) => e instanceof OktaError).length >= 14);
      assert.ok(h.lines.length > 10, "the debug log was captured");
      const { checked, found } = sweep(h, okta, errors);
      assert.ok(checked > 100);
      assert.ok(h.canaries.size >= 4, "canaries were collected");
      assert.deepEqual(found, []);
      // The echoing server's error still says what happened, without the credential.
      const echo = errors[3] as OktaApiError;
      assert.ok(echo instanceof OktaApiError);
      assert.equal(echo.status, 500);
      assert.match(echo.errorSummary, /echo/);
      await okta.auth.clear();
      okta.close();
    } finally {
      await h.emulator.close();
    }
  });
}

Deno.test("credentials: a rejected credential (401) and OAuth failures never echo the credential", async () => {
  const h = await harness();
  try {
    const wrong = `00WRONG${crypto.randomUUID().replaceAll("-", "")}`;
    h.canaries.add(wrong);
    const errors: unknown[] = [];
    const okta = createOkta(h.options({ apiToken: wrong }));
    await okta.request("GET", "/api/v1/users").catch((e) => errors.push(e));
    const key = await privateKeyPair("unknown-kid");
    h.canaries.addPem(key.pem);
    const svc = createOkta(h.options({
      authorizationMode: "PrivateKey",
      clientId: "0oaunregistered",
      scopes: ["okta.users.read"],
      privateKey: key.pem,
      keyId: "unknown-kid",
    }));
    await svc.request("GET", "/api/v1/users").catch((e) => errors.push(e));
    assert.equal(errors.length, 2);
    assert.ok(errors[0] instanceof OktaApiError && errors[0].status === 401);
    assert.ok(errors[1] instanceof OktaAuthError);
    const found: string[] = [];
    for (const e of errors) for (const t of renderings(e)) if (h.canaries.find(t)) found.push(t);
    for (const t of [...renderings(okta), ...renderings(svc), ...h.lines]) {
      if (h.canaries.find(t)) found.push(t);
    }
    assert.deepEqual(found, []);
    okta.close();
    svc.close();
  } finally {
    await h.emulator.close();
  }
});

Deno.test("credentials: bad configuration is an OktaConfigError that never shows the credential", () => {
  const canaries = new Canaries();
  const token = `00CFG${crypto.randomUUID().replaceAll("-", "")}`;
  canaries.add(token);
  const cases: OktaOptions[] = [
    { orgUrl: "not a url", apiToken: token },
    { orgUrl: `https://dev-1.okta.com/?token=${token}` },
    { orgUrl: `https://admin:${token}@dev-1.okta.com`, apiToken: token },
    { orgUrl: "http://dev-1.okta.com", apiToken: token },
    { orgUrl: "https://dev-1.okta.com", apiToken: `${token} extra` },
    { orgUrl: "https://dev-1.okta.com", apiToken: `SSWS ${token}` },
    { orgUrl: "https://dev-1.okta.com", apiToken: `${token}\n` },
    { orgUrl: "https://dev-1.okta.com", apiToken: token, accessToken: token },
    { orgUrl: "https://dev-1.okta.com", apiToken: token, maxRetries: -1 },
    { orgUrl: "https://dev-1.okta.com", apiToken: token, requestTimeout: Number.NaN },
    { orgUrl: "https://dev-1.okta.com", apiToken: token, proxy: `http://u:${token}@[bad` },
    {
      orgUrl: "https://dev-1.okta.com",
      authorizationMode: "PrivateKey",
      clientId: "0oa1",
      scopes: ["okta.users.read"],
      privateKey: `-----BEGIN PRIVATE KEY-----\n${token}${token}\n-----END PRIVATE KEY-----`,
    },
    {
      orgUrl: "https://dev-1.okta.com",
      env: { OKTA_API_TOKEN: token, OKTA_CLIENT_AUTHORIZATIONMODE: "Nope" },
    },
  ];
  let thrown = 0;
  for (const options of cases) {
    let error: unknown;
    try {
      createOkta({ env: {}, ...options }).close();
    } catch (e) {
      error = e;
    }
    if (error === undefined) continue;
    thrown++;
    assert.ok(error instanceof OktaConfigError, `${Deno.inspect(error)}`);
    for (const text of renderings(error)) {
      assert.equal(canaries.find(text), undefined, `${error.setting}: ${error.message}`);
    }
  }
  assert.ok(thrown >= 11, `${thrown} of ${cases.length} cases were refused`);
});

// ---------------------------------------------------------------------------------------------
// The Authorization header never goes to another origin.

interface Recorder {
  server: Deno.HttpServer;
  url: string;
  seen: { path: string; authorization: string | null }[];
}

function recorder(handler?: (request: Request) => Response): Recorder {
  const seen: Recorder["seen"] = [];
  const server = Deno.serve({ hostname: "127.0.0.1", port: 0, onListen() {} }, (request) => {
    seen.push({
      path: new URL(request.url).pathname,
      authorization: request.headers.get("authorization"),
    });
    return handler?.(request) ?? Response.json([{ id: "foreign" }]);
  });
  const addr = server.addr as Deno.NetAddr;
  return { server, url: `http://127.0.0.1:${addr.port}`, seen };
}

Deno.test("credentials: next links, paginate(url) and redirects never carry Authorization to another origin", async () => {
  const foreign = recorder();
  // A compromised or misconfigured org: its pages and redirects point at the foreign server.
  const org = recorder((request) => {
    const url = new URL(request.url);
    switch (url.pathname) {
      case "/api/v1/users":
        return Response.json([{ id: "u1" }], {
          headers: { Link: `<${foreign.url}/api/v1/users?after=u1>; rel="next"` },
        });
      case "/api/v1/iam/roles":
        return Response.json({
          roles: [{ id: "r1" }],
          _links: { next: { href: `${foreign.url}/api/v1/iam/roles?after=r1` } },
        });
      case "/api/v1/groups":
        return new Response(null, { status: 302, headers: { Location: `${foreign.url}/steal` } });
      case "/api/v1/groups/g1":
        return new Response(null, {
          status: 307,
          headers: { Location: `${foreign.url}/steal307` },
        });
      default:
        return Response.json([]);
    }
  });
  const token = `00ORIGIN${crypto.randomUUID().replaceAll("-", "")}`;
  const accessToken = `eyORIGIN${crypto.randomUUID().replaceAll("-", "")}`;
  try {
    for (const auth of [{ apiToken: token }, { accessToken }]) {
      const okta = createOkta({ orgUrl: org.url, env: {}, maxRetries: 0, ...auth });
      // A foreign next link (Link header, then _links.next.href): the first page arrives, the
      // second is refused with nothing sent.
      const ids: string[] = [];
      await assert.rejects(async () => {
        for await (const u of okta.users.list()) ids.push(String(u.id));
      }, OktaOriginError);
      assert.deepEqual(ids, ["u1"]);
      const roles: string[] = [];
      await assert.rejects(async () => {
        const list = okta.callList<{ id: string }>({
          method: "GET",
          path: "/api/v1/iam/roles",
          itemsProperty: "roles",
        });
        for await (const r of list) roles.push(r.id);
      }, OktaOriginError);
      assert.deepEqual(roles, ["r1"]);
      // paginate(url) on another origin is refused before anything is sent.
      assert.throws(() => okta.paginate(`${foreign.url}/api/v1/users`), OktaOriginError);
      assert.throws(() => okta.paginate(new URL("/api/v1/users", foreign.url)), OktaOriginError);
      // Redirects (GET 302, PUT 307) to another origin.
      await okta.request("GET", "/api/v1/groups").then(() => {}, () => {});
      await okta.request("PUT", "/api/v1/groups/g1", { body: { profile: { name: "x" } } }).then(
        () => {},
        () => {},
      );
      okta.close();
    }
    const withAuth = foreign.seen.filter((s) => s.authorization !== null);
    assert.deepEqual(withAuth, [], "the foreign origin received an Authorization header");
    // The org itself did get authenticated requests (the test would be empty otherwise).
    assert.ok(org.seen.filter((s) => s.authorization !== null).length >= 8);
  } finally {
    await foreign.server.shutdown();
    await org.server.shutdown();
  }
});

// ---------------------------------------------------------------------------------------------
// Token cache files.

Deno.test("credentials: the token cache is written 0600 (whatever the umask) and refused once others can read it", async () => {
  const dir = await Deno.makeTempDir();
  const previous = Deno.umask(0);
  try {
    const path = `${dir}/nested/tokens.json`;
    const cache = new TokenCache(path);
    const secret = `ey${crypto.randomUUID()}`;
    await cache.set("k", { accessToken: secret, expiresAt: Date.now() + 60_000 } as never);
    assert.equal((await Deno.stat(path)).mode! & 0o777, 0o600);
    assert.equal((await Deno.stat(`${dir}/nested`)).mode! & 0o077, 0);
    assert.equal((await cache.get("k"))?.accessToken, secret);
    for (const mode of [0o644, 0o640, 0o604, 0o660]) {
      await Deno.chmod(path, mode);
      const error = await cache.get("k").then(() => undefined, (e) => e);
      assert.ok(error instanceof OktaAuthError, `mode ${mode.toString(8)} was accepted`);
      assert.match(error.message, /mode 0?6[0-7]{2}/);
      assert.ok(!error.message.includes(secret));
      assert.ok(!Deno.inspect(error, { depth: Infinity }).includes(secret));
    }
    // Rewrites keep 0600 even after an outside chmod back to a safe mode.
    await Deno.chmod(path, 0o600);
    await cache.set("k2", { accessToken: `ey${crypto.randomUUID()}`, expiresAt: 1 } as never);
    assert.equal((await Deno.stat(path)).mode! & 0o777, 0o600);
    // Nothing else (temp files) left readable in the folder.
    for await (const entry of Deno.readDir(`${dir}/nested`)) {
      assert.equal((await Deno.stat(`${dir}/nested/${entry.name}`)).mode! & 0o077, 0);
    }
  } finally {
    Deno.umask(previous);
    await Deno.remove(dir, { recursive: true });
  }
});
