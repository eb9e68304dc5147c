import assert from "node:assert/strict";
import {
  createAuthStrategy,
  defaultTokenCachePath,
  deviceLogin,
  logout,
  OktaAuthError,
  parseTokenCacheSetting,
} from "../../src/auth/mod.ts";
import { fakeClock, makeOrg, ORG, send } from "./_harness.ts";

const NATIVE = "0oanative1";

async function withDir(fn: (dir: string) => Promise<void>): Promise<void> {
  const dir = await Deno.makeTempDir({ prefix: "oktakit-auth-" });
  try {
    await fn(dir);
  } finally {
    await Deno.remove(dir, { recursive: true });
  }
}

function setup(cachePath: string) {
  const clock = fakeClock();
  const org = makeOrg(clock, { deviceInterval: 1 });
  org.oauth.registerClient({
    clientId: NATIVE,
    scopes: ["okta.users.read", "okta.groups.read", "offline_access"],
    grantTypes: ["device_code", "refresh_token"],
  });
  let prompts = 0;
  clock.onSleep = () => {
    // Approve whatever is pending: the last user code shown.
    if (lastCode) org.oauth.approveDevice(lastCode);
  };
  let lastCode = "";
  const make = (scopes = ["okta.users.read"], refresh = true) =>
    createAuthStrategy({
      mode: "Device",
      orgUrl: new URL(ORG),
      clientId: NATIVE,
      scopes,
      refresh,
      tokenCache: cachePath,
      fetch: org.fetch,
      clock,
      onDeviceCode: (p) => {
        prompts++;
        lastCode = p.userCode;
      },
    });
  return { clock, org, make, prompts: () => prompts };
}

Deno.test("cache: created 0600 in a 0700 folder; a second client reuses it without a prompt", async () => {
  await withDir(async (dir) => {
    const path = `${dir}/oktakit/tokens.json`;
    const { org, make, prompts, clock } = setup(path);
    assert.equal((await send(make(), org.fetch, "GET", "/api/v1/users/me")).status, 200);
    assert.equal(prompts(), 1);
    assert.equal((await Deno.stat(path)).mode! & 0o777, 0o600);
    assert.equal((await Deno.stat(`${dir}/oktakit`)).mode! & 0o777, 0o700);
    const file = JSON.parse(await Deno.readTextFile(path));
    assert.deepEqual(Object.keys(file.entries), [
      `${ORG} ${NATIVE} offline_access okta.users.read`,
    ]);

    // A second run: cached access token, no prompt, no token request.
    const tokenCalls = org.count("/oauth2/v1/token");
    assert.equal((await send(make(), org.fetch, "GET", "/api/v1/users/me")).status, 200);
    assert.equal(prompts(), 1);
    assert.equal(org.count("/oauth2/v1/token"), tokenCalls);

    // A later run after expiry: the cached refresh token is used, still no prompt.
    clock.advance(2 * 3600_000);
    assert.equal((await send(make(), org.fetch, "GET", "/api/v1/users/me")).status, 200);
    assert.equal(prompts(), 1);
    assert.equal(org.oauth.stats.tokenRequests.refresh_token, 1);

    // Other scopes are another key: a new sign-in.
    assert.equal(
      (await send(make(["okta.groups.read"]), org.fetch, "GET", "/api/v1/users/me")).status,
      200,
    );
    assert.equal(prompts(), 2);
    assert.equal(Object.keys(JSON.parse(await Deno.readTextFile(path)).entries).length, 2);
  });
});

Deno.test("cache: a file readable by group or others is refused with a clear message", async () => {
  await withDir(async (dir) => {
    const path = `${dir}/tokens.json`;
    await Deno.writeTextFile(path, JSON.stringify({ version: 1, entries: {} }));
    await Deno.chmod(path, 0o644);
    const { make } = setup(path);
    const err = await make().headers({ method: "GET", url: new URL(`${ORG}/x`) }).catch((e) => e);
    assert.ok(err instanceof OktaAuthError);
    assert.equal(err.error, "insecure_token_cache");
    assert.match(err.message, /mode 0644/);
    assert.match(err.message, /chmod 600/);
    assert.ok(err.message.includes(path));
  });
});

Deno.test("cache: revoke() removes the entry; clear() too, without revoking", async () => {
  await withDir(async (dir) => {
    const path = `${dir}/tokens.json`;
    const { org, make } = setup(path);
    const a = make();
    await a.headers({ method: "GET", url: new URL(`${ORG}/x`) });
    await a.revoke!();
    assert.deepEqual(JSON.parse(await Deno.readTextFile(path)).entries, {});
    assert.equal(org.count("/oauth2/v1/revoke"), 2);
    const b = make();
    await b.headers({ method: "GET", url: new URL(`${ORG}/x`) });
    await b.clear!();
    assert.deepEqual(JSON.parse(await Deno.readTextFile(path)).entries, {});
    assert.equal(org.count("/oauth2/v1/revoke"), 2);
  });
});

Deno.test("deviceLogin caches a session; a second login reuses it; logout revokes and empties", async () => {
  await withDir(async (dir) => {
    const path = `${dir}/tokens.json`;
    const clock = fakeClock();
    const org = makeOrg(clock, { deviceInterval: 1 });
    org.oauth.registerClient({
      clientId: NATIVE,
      scopes: ["okta.users.read", "offline_access"],
      grantTypes: ["device_code", "refresh_token"],
    });
    let code = "";
    clock.onSleep = () => org.oauth.approveDevice(code);
    const options = {
      orgUrl: ORG,
      clientId: NATIVE,
      scopes: ["okta.users.read"],
      tokenCache: path,
      fetch: org.fetch,
      clock,
      onDeviceCode: (p: { userCode: string }) => {
        code = p.userCode;
      },
    };
    const first = await deviceLogin(options);
    assert.equal(first.fromCache, false);
    assert.equal(first.refreshable, true);
    assert.deepEqual(first.scopes.sort(), ["offline_access", "okta.users.read"]);
    assert.equal(first.expiresAt.getTime(), clock.now() + 3600_000);
    assert.equal(first.cachePath, path);
    const second = await deviceLogin(options);
    assert.equal(second.fromCache, true);
    const forced = await deviceLogin({ ...options, force: true });
    assert.equal(forced.fromCache, false);

    const cached = JSON.parse(await Deno.readTextFile(path)).entries;
    const { accessToken: token, refreshToken } = Object.values(cached)[0] as {
      accessToken: string;
      refreshToken: string;
    };
    for (const s of [JSON.stringify(forced), Deno.inspect(forced)]) {
      assert.ok(!s.includes(token) && !s.includes(refreshToken));
    }
    assert.equal(
      await logout({ orgUrl: ORG, clientId: NATIVE, tokenCache: path, fetch: org.fetch }),
      1,
    );
    assert.deepEqual(JSON.parse(await Deno.readTextFile(path)).entries, {});
    const check = await org.oauth.verifyAccessToken({
      scheme: "Bearer",
      token,
      dpopProof: null,
      method: "GET",
      url: `${ORG}/api/v1/users`,
    });
    assert.equal(check.ok, false);
    assert.equal(
      await logout({ orgUrl: ORG, clientId: NATIVE, tokenCache: path, fetch: org.fetch }),
      0,
    );
  });
});

Deno.test("cache settings: env parsing and the default path under XDG_CONFIG_HOME or HOME", () => {
  assert.equal(parseTokenCacheSetting(undefined), undefined);
  assert.equal(parseTokenCacheSetting("true"), true);
  assert.equal(parseTokenCacheSetting("1"), true);
  assert.equal(parseTokenCacheSetting("off"), false);
  assert.equal(parseTokenCacheSetting("/tmp/t.json"), "/tmp/t.json");
  const xdg = Deno.env.get("XDG_CONFIG_HOME");
  try {
    Deno.env.set("XDG_CONFIG_HOME", "/cfg/");
    assert.equal(defaultTokenCachePath(), "/cfg/oktakit/tokens.json");
    Deno.env.delete("XDG_CONFIG_HOME");
    assert.equal(defaultTokenCachePath(), `${Deno.env.get("HOME")}/.config/oktakit/tokens.json`);
  } finally {
    if (xdg === undefined) Deno.env.delete("XDG_CONFIG_HOME");
    else Deno.env.set("XDG_CONFIG_HOME", xdg);
  }
});
