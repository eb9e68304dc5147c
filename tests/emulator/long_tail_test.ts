// The long tail: every operation of the table answers (no 404 for a known path, no 501, no 5xx),
// and the generic store behaves like a store (create → get → list → replace → lifecycle → delete).
import assert from "node:assert/strict";
import { OPERATIONS } from "../../src/core/operation_table.ts";
import { restoreGeneric, snapshotGeneric, storeOf } from "../../src/emulator/generic.ts";
import { orgOf } from "../../src/emulator/mod.ts";
import { shapesModule } from "./_schema.ts";
import { sweep } from "./_sweep.ts";
import { BODIES } from "./_bodies.ts";
import { createEmulator } from "../../emulator.ts";
import { call, emulator, nextLink } from "./_helpers.ts";

Deno.test("long tail: the shipped schema table is the one the committed spec facts produce", async () => {
  const shipped = await Deno.readTextFile(
    new URL("../../src/generated/schema_shapes.ts", import.meta.url),
  );
  assert.equal(shipped, shapesModule(), "run `deno task codegen` to regenerate");
});

Deno.test("long tail: all 816 operations answer with minimal valid input", async () => {
  const emu = emulator({ seed: "demo" });
  const failures: string[] = [];
  const tally = new Map<string, number>();
  let ok = 0;
  await sweep(emu, (op, r) => {
    const code = r.body?.errorCode ?? "";
    const key = `${r.status}${code ? " " + code : ""}`;
    tally.set(key, (tally.get(key) ?? 0) + 1);
    if (r.status >= 400 && !(typeof code === "string" && /^E\d{7}$/.test(code) && r.body.errorId)) {
      failures.push(`${op.method} ${op.path} → ${r.status} without an Okta error body`);
    }
    if (r.status < 400) ok++;
    if (r.status >= 500 || r.status === 405 || code === "E0000008") {
      failures.push(`${op.method} ${op.path} → ${r.status} ${r.text.slice(0, 200)}`);
    }
  });
  await emu.close();
  console.log([...tally].sort().map(([k, v]) => `${k}: ${v}`).join(", "));
  assert.equal([...tally.values()].reduce((a, b) => a + b, 0), OPERATIONS.length);
  assert.deepEqual(failures, []);
  // Most calls succeed outright; the rest are Okta's own answers (404 for ids the sweep made up,
  // state errors such as activating an active user).
  assert.ok(ok >= 700, `${ok} of ${OPERATIONS.length} succeeded`);
});

Deno.test("long tail: generic store — create, get, list with paging, replace, lifecycle, delete", async () => {
  const emu = emulator({ seed: "empty" });
  const base = "/api/v1/behaviors";
  const created: string[] = [];
  for (let i = 0; i < 5; i++) {
    const r = await call(emu, "POST", base, {
      body: { name: `rule ${i}`, type: "ANOMALOUS_LOCATION" },
    });
    assert.equal(r.status, 200);
    assert.match(r.body.id, /^[0-9A-Za-z]{20}$/);
    assert.equal(r.body.name, `rule ${i}`);
    assert.equal(r.body.status, "ACTIVE");
    assert.ok(r.body.created && r.body.lastUpdated);
    assert.equal(r.body._links.self.href, `${emu.orgUrl}${base}/${r.body.id}`);
    created.push(r.body.id);
  }
  const got = await call(emu, "GET", `${base}/${created[2]}`);
  assert.equal(got.status, 200);
  assert.equal(got.body.name, "rule 2");
  // Lists come from the store; the collection pages with Link when the operation takes `limit`.
  const all = await call(emu, "GET", base);
  assert.deepEqual(all.body.map((b: { id: string }) => b.id), created);
  const put = await call(emu, "PUT", `${base}/${created[0]}`, {
    body: { name: "renamed", type: "VELOCITY" },
  });
  assert.equal(put.status, 200);
  assert.equal(put.body.name, "renamed");
  assert.equal(put.body.type, "VELOCITY");
  assert.equal(put.body.id, created[0]);
  assert.equal(put.body.created, got.body.created === undefined ? undefined : put.body.created);
  const off = await call(emu, "POST", `${base}/${created[0]}/lifecycle/deactivate`);
  assert.equal(off.status, 200);
  assert.equal((await call(emu, "GET", `${base}/${created[0]}`)).body.status, "INACTIVE");
  await call(emu, "POST", `${base}/${created[0]}/lifecycle/activate`);
  assert.equal((await call(emu, "GET", `${base}/${created[0]}`)).body.status, "ACTIVE");
  assert.equal((await call(emu, "DELETE", `${base}/${created[1]}`)).status, 204);
  const gone = await call(emu, "GET", `${base}/${created[1]}`);
  assert.equal(gone.status, 404);
  assert.equal(gone.body.errorCode, "E0000007");
  assert.equal((await call(emu, "DELETE", `${base}/${created[1]}`)).status, 404);
  await emu.close();
});

Deno.test("long tail: Link paging over a generic list, bad cursors and limits", async () => {
  const emu = emulator({ seed: "empty" });
  for (let i = 0; i < 7; i++) {
    const r = await call(emu, "POST", "/api/v1/trustedOrigins", {
      body: { name: `o${i}`, origin: `https://o${i}.example.com`, scopes: [{ type: "CORS" }] },
    });
    assert.equal(r.status, 200, r.text);
  }
  const seen: string[] = [];
  let url: string | undefined = "/api/v1/trustedOrigins?limit=3";
  let pages = 0;
  while (url) {
    const r = await call(emu, "GET", url);
    assert.equal(r.status, 200);
    assert.ok(r.body.length <= 3);
    seen.push(...r.body.map((o: { name: string }) => o.name));
    url = nextLink(r.headers);
    pages++;
  }
  assert.equal(pages, 3);
  assert.deepEqual(seen, ["o0", "o1", "o2", "o3", "o4", "o5", "o6"]);
  const huge = await call(emu, "GET", "/api/v1/trustedOrigins?limit=100000000");
  assert.equal(huge.status, 200);
  assert.equal(huge.body.length, 7);
  for (const bad of ["after=nope", "after=zz_1", "limit=ten"]) {
    const r = await call(emu, "GET", `/api/v1/trustedOrigins?${bad}`);
    assert.equal(r.status, 400, bad);
    assert.equal(r.body.errorCode, "E0000029");
  }
  // Malformed JSON and wrong shapes are 400 Okta errors, never 500.
  const broken = await call(emu, "POST", "/api/v1/zones", { raw: "{not json" });
  assert.equal(broken.status, 400);
  assert.equal(broken.body.errorCode, "E0000003");
  const empty = await call(emu, "POST", "/api/v1/behaviors", { raw: "" });
  assert.equal(empty.status, 400);
  assert.equal(empty.body.errorCode, "E0000003");
  for (const body of [[1, 2], "text", 42, { name: 7, type: [] }]) {
    const r = await call(emu, "POST", "/api/v1/zones", { body });
    assert.equal(r.status, 400, JSON.stringify(body));
    assert.match(r.body.errorCode, /^E00000(01|03)$/);
  }
  const encoded = await call(emu, "GET", "/api/v1/zones/%E0%A4%A");
  assert.equal(encoded.status, 404);
  assert.equal(encoded.body.errorCode, "E0000007");
  const filter = await call(emu, "GET", '/api/v1/zones?filter=usage eq "POLICY" or (((');
  assert.equal(filter.status, 400);
  assert.equal(filter.body.errorCode, "E0000053");
  await emu.close();
});

Deno.test("network zones: system zones, validation, delete only when inactive, events", async () => {
  const emu = emulator({ seed: "empty" });
  const list = await call(emu, "GET", "/api/v1/zones");
  assert.deepEqual(list.body.map((z: { name: string }) => z.name), [
    "LegacyIpZone",
    "BlockedIpZone",
    "DefaultEnhancedDynamicZone",
  ]);
  const legacy = list.body[0];
  const sys = await call(emu, "DELETE", `/api/v1/zones/${legacy.id}`);
  assert.equal(sys.status, 403);
  const badCidr = await call(emu, "POST", "/api/v1/zones", {
    body: { name: "Bad", type: "IP", gateways: [{ type: "CIDR", value: "10.0.0/99" }] },
  });
  assert.equal(badCidr.status, 400);
  assert.match(badCidr.body.errorCauses[0].errorSummary, /gateways\[0\]\.value/);
  const zone = (await call(emu, "POST", "/api/v1/zones", { body: BODIES["POST /api/v1/zones"] }))
    .body;
  assert.equal(zone.status, "ACTIVE");
  assert.equal(zone.usage, "POLICY");
  assert.match(zone.id, /^nzo/);
  const upsert = await call(emu, "PUT", "/api/v1/zones/nzoNOPE", {
    body: BODIES["POST /api/v1/zones"],
  });
  assert.equal(upsert.status, 404, "a replace never creates a zone");
  const dup = await call(emu, "POST", "/api/v1/zones", { body: BODIES["POST /api/v1/zones"] });
  assert.equal(dup.status, 400);
  const active = await call(emu, "DELETE", `/api/v1/zones/${zone.id}`);
  assert.equal(active.status, 400);
  const off = await call(emu, "POST", `/api/v1/zones/${zone.id}/lifecycle/deactivate`);
  assert.equal(off.body.status, "INACTIVE");
  const filtered = await call(emu, "GET", `/api/v1/zones?filter=id eq "${zone.id}"`);
  assert.deepEqual(filtered.body.map((z: { id: string }) => z.id), [zone.id]);
  assert.equal((await call(emu, "DELETE", `/api/v1/zones/${zone.id}`)).status, 204);
  const types = emu.state.logs().map((e) => e.eventType).filter((t) =>
    String(t).startsWith("zone.")
  );
  assert.deepEqual(types, ["zone.create", "zone.deactivate", "zone.delete"]);
  await emu.close();
});

Deno.test("event and inline hooks: verify, lifecycle, delete rules, partial update", async () => {
  const emu = emulator({ seed: "empty" });
  const hook = (await call(emu, "POST", "/api/v1/eventHooks", {
    body: BODIES["POST /api/v1/eventHooks"],
  })).body;
  assert.equal(hook.status, "ACTIVE");
  assert.equal(hook.verificationStatus, "UNVERIFIED");
  const http = await call(emu, "POST", "/api/v1/eventHooks", {
    body: {
      ...(BODIES["POST /api/v1/eventHooks"] as object),
      channel: { type: "HTTP", version: "1", config: { uri: "http://insecure" } },
    },
  });
  assert.equal(http.status, 400);
  const verified = await call(emu, "POST", `/api/v1/eventHooks/${hook.id}/lifecycle/verify`);
  assert.equal(verified.body.verificationStatus, "VERIFIED");
  assert.equal((await call(emu, "DELETE", `/api/v1/eventHooks/${hook.id}`)).status, 400);
  await call(emu, "POST", `/api/v1/eventHooks/${hook.id}/lifecycle/deactivate`);
  assert.equal((await call(emu, "DELETE", `/api/v1/eventHooks/${hook.id}`)).status, 204);
  const events = emu.state.logs().map((e) => e.eventType).filter((t) =>
    String(t).startsWith("event_hook.")
  );
  assert.deepEqual(events, [
    "event_hook.created",
    "event_hook.verified",
    "event_hook.deactivated",
    "event_hook.deleted",
  ]);

  const inline = (await call(emu, "POST", "/api/v1/inlineHooks", {
    body: BODIES["POST /api/v1/inlineHooks"],
  })).body;
  const patched = await call(emu, "POST", `/api/v1/inlineHooks/${inline.id}`, {
    body: { name: "Renamed" },
  });
  assert.equal(patched.status, 200);
  assert.equal(patched.body.name, "Renamed");
  assert.equal(patched.body.type, "com.okta.oauth2.tokens.transform", "POST keeps other fields");
  const retype = await call(emu, "PUT", `/api/v1/inlineHooks/${inline.id}`, {
    body: { ...(BODIES["POST /api/v1/inlineHooks"] as object), type: "com.okta.import.transform" },
  });
  assert.equal(retype.status, 400);
  const exec = await call(emu, "POST", `/api/v1/inlineHooks/${inline.id}/execute`, {
    body: { data: {} },
  });
  assert.equal(exec.status, 200);
  const byType = await call(emu, "GET", "/api/v1/inlineHooks?type=com.okta.import.transform");
  assert.deepEqual(byType.body, []);
  await emu.close();
});

Deno.test("authorization servers: default server, issuer, keys and rotation, scopes and claims", async () => {
  const emu = emulator({ seed: "empty" });
  const def = await call(emu, "GET", "/api/v1/authorizationServers/default");
  assert.equal(def.status, 200);
  assert.equal(def.body.issuer, `${emu.orgUrl}/oauth2/default`);
  const keys = await call(emu, "GET", "/api/v1/authorizationServers/default/credentials/keys");
  assert.equal(keys.body.length, 1);
  assert.equal(keys.body[0].status, "ACTIVE");
  const rotated = await call(
    emu,
    "POST",
    "/api/v1/authorizationServers/default/credentials/lifecycle/keyRotate",
    { body: { use: "sig" } },
  );
  assert.equal(rotated.status, 200);
  assert.deepEqual(rotated.body.map((k: { status: string }) => k.status), ["EXPIRED", "ACTIVE"]);

  const as = (await call(emu, "POST", "/api/v1/authorizationServers", {
    body: BODIES["POST /api/v1/authorizationServers"],
  })).body;
  assert.match(as.id, /^aus/);
  assert.equal(as.issuer, `${emu.orgUrl}/oauth2/${as.id}`);
  assert.equal(as.credentials.signing.rotationMode, "AUTO");
  const scope = await call(emu, "POST", `/api/v1/authorizationServers/${as.id}/scopes`, {
    body: { name: "orders:read" },
  });
  assert.equal(scope.status, 201);
  assert.equal(scope.body.consent, "IMPLICIT");
  const again = await call(emu, "POST", `/api/v1/authorizationServers/${as.id}/scopes`, {
    body: { name: "orders:read" },
  });
  assert.equal(again.status, 400);
  const other = await call(emu, "POST", "/api/v1/authorizationServers/default/scopes", {
    body: { name: "orders:read" },
  });
  assert.equal(other.status, 201, "scope names are unique per server");
  const claim = await call(emu, "POST", `/api/v1/authorizationServers/${as.id}/claims`, {
    body: { name: "dept", claimType: "NOPE", valueType: "EXPRESSION", value: "x" },
  });
  assert.equal(claim.status, 400);
  const policy = (await call(emu, "POST", `/api/v1/authorizationServers/${as.id}/policies`, {
    body: BODIES["POST /api/v1/authorizationServers/{}/policies"],
  })).body;
  const rule = await call(
    emu,
    "POST",
    `/api/v1/authorizationServers/${as.id}/policies/${policy.id}/rules`,
    { body: BODIES["POST /api/v1/authorizationServers/{}/policies/{}/rules"] },
  );
  assert.equal(rule.status, 201);
  const off = await call(
    emu,
    "POST",
    `/api/v1/authorizationServers/${as.id}/policies/${policy.id}/lifecycle/deactivate`,
  );
  assert.equal(off.status, 204);
  const got = await call(emu, "GET", `/api/v1/authorizationServers/${as.id}/policies/${policy.id}`);
  assert.equal(got.body.status, "INACTIVE");
  const missing = await call(emu, "GET", "/api/v1/authorizationServers/ausNOPE/scopes");
  assert.equal(missing.status, 404);
  const doomed = (await call(emu, "POST", "/api/v1/authorizationServers", {
    body: { name: "Doomed", audiences: ["api://doomed"] },
  })).body;
  await call(emu, "POST", `/api/v1/authorizationServers/${doomed.id}/scopes`, {
    body: { name: "x:read" },
  });
  assert.equal(
    (await call(emu, "DELETE", `/api/v1/authorizationServers/${doomed.id}`)).status,
    204,
  );
  assert.equal(
    (await call(emu, "GET", `/api/v1/authorizationServers/${doomed.id}/scopes`)).status,
    404,
    "sub-resources are gone with their server",
  );
  assert.equal(
    [...storeOf(orgOf(emu)).collections.keys()].some((k) => k.includes(doomed.id)),
    false,
  );
  await call(emu, "POST", `/api/v1/authorizationServers/${as.id}/lifecycle/deactivate`);
  assert.equal(
    (await call(emu, "GET", `/api/v1/authorizationServers/${as.id}`)).body.status,
    "INACTIVE",
  );
  const types = emu.state.logs().map((e) => String(e.eventType)).filter((t) =>
    t.startsWith("oauth2.")
  );
  assert.ok(types.includes("oauth2.as.created") && types.includes("oauth2.as.deactivated"));
  assert.ok(types.includes("oauth2.scope.created") && types.includes("oauth2.as.key.rollover"));
  await emu.close();
});

Deno.test("factors: enroll, activate, verify, catalogue, questions, reset_factors", async () => {
  const emu = emulator({ seed: "empty" });
  const uid = emu.state.adminId;
  const base = `/api/v1/users/${uid}/factors`;
  const q = await call(emu, "GET", `${base}/questions`);
  assert.ok(q.body.length >= 5);
  const question = await call(emu, "POST", base, {
    body: {
      factorType: "question",
      provider: "OKTA",
      profile: { question: q.body[0].question, answer: "pizza crust" },
    },
  });
  assert.equal(question.status, 200, question.text);
  assert.equal(question.body.status, "ACTIVE");
  assert.match(question.body.id, /^ufs/);
  assert.equal(question.text.includes("pizza"), false, "answers are never echoed");
  const wrong = await call(emu, "POST", `${base}/${question.body.id}/verify`, {
    body: { answer: "nope" },
  });
  assert.equal(wrong.status, 403);
  assert.equal(wrong.body.errorCode, "E0000068");
  const right = await call(emu, "POST", `${base}/${question.body.id}/verify`, {
    body: { answer: "Pizza Crust" },
  });
  assert.equal(right.body.factorResult, "SUCCESS");

  const totp = (await call(emu, "POST", base, {
    body: { factorType: "token:software:totp", provider: "GOOGLE" },
  })).body;
  assert.equal(totp.status, "PENDING_ACTIVATION");
  assert.ok(totp._links.activate);
  const dup = await call(emu, "POST", base, {
    body: { factorType: "token:software:totp", provider: "GOOGLE" },
  });
  assert.equal(dup.status, 400);
  const badCode = await call(emu, "POST", `${base}/${totp.id}/lifecycle/activate`, {
    body: { passCode: "12" },
  });
  assert.equal(badCode.status, 403);
  const act = await call(emu, "POST", `${base}/${totp.id}/lifecycle/activate`, {
    body: { passCode: "123456" },
  });
  assert.equal(act.body.status, "ACTIVE");
  for (const path of [`${base}/${totp.id}/verify`, `${base}/${totp.id}/lifecycle/activate`, base]) {
    const broken = await call(emu, "POST", path, { raw: "{oops" });
    assert.equal(broken.status, 400, path);
    assert.equal(broken.body.errorCode, "E0000003");
  }
  const sms = await call(emu, "POST", base, { body: { factorType: "sms", provider: "OKTA" } });
  assert.equal(sms.status, 400, "sms needs profile.phoneNumber");
  const catalog = await call(emu, "GET", `${base}/catalog`);
  const row = catalog.body.find((f: { factorType: string; provider: string }) =>
    f.factorType === "token:software:totp" && f.provider === "GOOGLE"
  );
  assert.equal(row.status, "ACTIVE");
  assert.equal((await call(emu, "GET", base)).body.length, 2);
  assert.equal((await call(emu, "GET", "/api/v1/users/me/factors")).body.length, 2, "me = admin");
  const reset = await call(emu, "POST", `/api/v1/users/${uid}/lifecycle/reset_factors`);
  assert.equal(reset.status, 200);
  assert.deepEqual((await call(emu, "GET", base)).body, []);
  const login = emu.state.user(uid)!.profile.login as string;
  const sameUser = await call(emu, "GET", `/api/v1/users/${encodeURIComponent(login)}/factors`);
  assert.deepEqual(sameUser.body, [], "by login: the same (now empty) factor list");
  const noUser = await call(emu, "GET", "/api/v1/users/00uNOPE/factors");
  assert.equal(noUser.status, 404);
  await emu.close();
});

Deno.test("sessions: create, get, refresh, end one, end all of a user", async () => {
  let now = Date.parse("2026-03-01T10:00:00Z");
  const emu = emulator({ seed: "empty", now: () => now });
  const s1 = await call(emu, "POST", "/api/v1/sessions", { body: { sessionToken: "abc" } });
  assert.equal(s1.status, 200, s1.text);
  assert.equal(s1.body.userId, emu.state.adminId);
  assert.equal(s1.body.status, "ACTIVE");
  const blank = await call(emu, "POST", "/api/v1/sessions", { body: {} });
  assert.equal(blank.status, 400);
  now += 60 * 60 * 1000;
  const refreshed = await call(emu, "POST", `/api/v1/sessions/${s1.body.id}/lifecycle/refresh`);
  assert.ok(Date.parse(refreshed.body.expiresAt) > Date.parse(s1.body.expiresAt));
  assert.equal((await call(emu, "DELETE", `/api/v1/sessions/${s1.body.id}`)).status, 204);
  assert.equal((await call(emu, "GET", `/api/v1/sessions/${s1.body.id}`)).status, 404);
  const s2 = (await call(emu, "POST", "/api/v1/sessions", { body: { sessionToken: "a" } })).body;
  const s3 = (await call(emu, "POST", "/api/v1/sessions", { body: { sessionToken: "b" } })).body;
  const end = await call(emu, "DELETE", `/api/v1/users/${emu.state.adminId}/sessions`);
  assert.equal(end.status, 204);
  for (const s of [s2, s3]) {
    assert.equal((await call(emu, "GET", `/api/v1/sessions/${s.id}`)).status, 404);
  }
  assert.equal((await call(emu, "GET", "/api/v1/sessions/me")).status, 404);
  const types = emu.state.logs().map((e) => String(e.eventType));
  assert.ok(types.includes("user.session.start") && types.includes("user.session.end"));
  assert.ok(types.includes("user.session.clear"));
  await emu.close();
});

Deno.test("features, linked objects, user types, domains, templates, trusted origins, idps", async () => {
  const emu = emulator({ seed: "demo" });
  // Features: dependencies must be enabled first unless mode=force.
  const features = (await call(emu, "GET", "/api/v1/features")).body;
  const passkey = features.find((f: { name: string }) => f.name === "Passkey Autofill");
  const refused = await call(emu, "POST", `/api/v1/features/${passkey.id}/enable`);
  assert.equal(refused.status, 400);
  const forced = await call(emu, "POST", `/api/v1/features/${passkey.id}/enable?mode=force`);
  assert.equal(forced.body.status, "ENABLED");
  const deps = (await call(emu, "GET", `/api/v1/features/${passkey.id}/dependencies`)).body;
  assert.ok(deps.every((d: { status: string }) => d.status === "ENABLED"));
  assert.ok(deps.length >= 1);

  // Linked objects: definitions by either name, user links both ways.
  const lo = await call(emu, "POST", "/api/v1/meta/schemas/user/linkedObjects", {
    body: BODIES["POST /api/v1/meta/schemas/user/linkedObjects"],
  });
  assert.equal(lo.status, 201, lo.text);
  assert.equal(lo.body.primary.name, "manager");
  const byAssociated = await call(
    emu,
    "GET",
    "/api/v1/meta/schemas/user/linkedObjects/subordinate",
  );
  assert.equal(byAssociated.body.primary.name, "manager");
  const users = emu.state.users();
  const [boss, report] = [users[1].id, users[2].id];
  const put = await call(emu, "PUT", `/api/v1/users/${report}/linkedObjects/manager/${boss}`);
  assert.equal(put.status, 204);
  const mgr = await call(emu, "GET", `/api/v1/users/${report}/linkedObjects/subordinate`);
  assert.equal(mgr.body[0]._links.self.href, `${emu.orgUrl}/api/v1/users/${boss}`);
  const reports = await call(emu, "GET", `/api/v1/users/${boss}/linkedObjects/manager`);
  assert.equal(reports.body[0]._links.self.href, `${emu.orgUrl}/api/v1/users/${report}`);

  // User types: the default exists, names are immutable, the default cannot be deleted.
  const types = (await call(emu, "GET", "/api/v1/meta/types/user")).body;
  assert.equal(types.length, 1);
  assert.equal(types[0].id, users[0].type.id);
  assert.equal((await call(emu, "DELETE", `/api/v1/meta/types/user/${types[0].id}`)).status, 400);
  const ut = (await call(emu, "POST", "/api/v1/meta/types/user", {
    body: BODIES["POST /api/v1/meta/types/user"],
  })).body;
  const rename = await call(emu, "PUT", `/api/v1/meta/types/user/${ut.id}`, {
    body: { name: "other", displayName: "Other" },
  });
  assert.equal(rename.status, 400);
  const edit = await call(emu, "POST", `/api/v1/meta/types/user/${ut.id}`, {
    body: { displayName: "Contract worker" },
  });
  assert.equal(edit.body.displayName, "Contract worker");

  // Domains: {domains: []} list, DNS records, verify.
  const dom = (await call(emu, "POST", "/api/v1/domains", { body: BODIES["POST /api/v1/domains"] }))
    .body;
  assert.equal(dom.validationStatus, "NOT_STARTED");
  assert.equal(dom.dnsRecords.length, 2);
  const listed = await call(emu, "GET", "/api/v1/domains");
  assert.deepEqual(listed.body.domains.map((d: { id: string }) => d.id), [dom.id]);
  const verified = await call(emu, "POST", `/api/v1/domains/${dom.id}/verify`);
  assert.equal(verified.body.validationStatus, "COMPLETED");
  const badHost = await call(emu, "POST", "/api/v1/domains", {
    body: { domain: "not a host", certificateSourceType: "MANUAL" },
  });
  assert.equal(badHost.status, 400);

  // SMS templates: ${code} required; templateType filter.
  const noCode = await call(emu, "POST", "/api/v1/templates/sms", {
    body: { name: "x", type: "SMS_VERIFY_CODE", template: "no code" },
  });
  assert.equal(noCode.status, 400);
  const tpl = await call(emu, "POST", "/api/v1/templates/sms", {
    body: BODIES["POST /api/v1/templates/sms"],
  });
  assert.equal(tpl.status, 200);
  const filtered = await call(emu, "GET", "/api/v1/templates/sms?templateType=SMS_VERIFY_CODE");
  assert.equal(filtered.body.length, 1);

  // Trusted origins: unique origins, q search.
  await call(emu, "POST", "/api/v1/trustedOrigins", {
    body: BODIES["POST /api/v1/trustedOrigins"],
  });
  const twice = await call(emu, "POST", "/api/v1/trustedOrigins", {
    body: { ...(BODIES["POST /api/v1/trustedOrigins"] as object), name: "Again" },
  });
  assert.equal(twice.status, 400);
  assert.equal((await call(emu, "GET", "/api/v1/trustedOrigins?q=portal")).body.length, 1);

  // IdPs: type checked, q is a name prefix, lifecycle.
  const idp = (await call(emu, "POST", "/api/v1/idps", { body: BODIES["POST /api/v1/idps"] })).body;
  assert.equal(idp.status, "ACTIVE");
  assert.equal(idp.policy.provisioning.action, "AUTO");
  const badType = await call(emu, "POST", "/api/v1/idps", {
    body: { ...(BODIES["POST /api/v1/idps"] as object), type: "MYSPACE" },
  });
  assert.equal(badType.status, 400);
  assert.equal((await call(emu, "GET", "/api/v1/idps?q=goo")).body.length, 1);
  assert.equal((await call(emu, "GET", "/api/v1/idps?q=xyz")).body.length, 0);
  const off = await call(emu, "POST", `/api/v1/idps/${idp.id}/lifecycle/deactivate`);
  assert.equal(off.body.status, "INACTIVE");
  await emu.close();
});

Deno.test("long tail: the store snapshots to plain data and restores", async () => {
  const a = emulator({ seed: "empty" });
  const zone =
    (await call(a, "POST", "/api/v1/zones", { body: BODIES["POST /api/v1/zones"] })).body;
  await call(a, "PUT", "/api/v1/org/preferences/hideEndUserFooter", {});
  const snap = JSON.parse(JSON.stringify(snapshotGeneric(orgOf(a))));
  await a.close();
  const b = emulator({ seed: "empty" });
  restoreGeneric(orgOf(b), snap);
  const got = await call(b, "GET", `/api/v1/zones/${zone.id}`);
  assert.equal(got.status, 200);
  assert.equal(got.body.name, "Office");
  assert.equal((await call(b, "GET", "/api/v1/zones")).body.length, 4);
  const made = await call(b, "POST", "/api/v1/zones", {
    body: { ...(BODIES["POST /api/v1/zones"] as object), name: "Second" },
  });
  assert.notEqual(made.body.id, zone.id);
  await b.close();
});

Deno.test("long tail: /iam lists page in the body; ids or labels; singletons keep what is put", async () => {
  const emu = emulator({ seed: "empty" });
  for (let i = 0; i < 3; i++) {
    const r = await call(emu, "POST", "/api/v1/iam/roles", {
      body: { label: `Role ${i}`, description: "d", permissions: ["okta.users.read"] },
    });
    assert.equal(r.status, 200, r.text);
  }
  const first = await call(emu, "GET", "/api/v1/iam/roles?limit=2");
  assert.equal(first.body.roles.length, 2);
  assert.ok(first.body._links.next.href.includes("after="));
  const second = await call(emu, "GET", first.body._links.next.href);
  assert.deepEqual(second.body.roles.map((r: { label: string }) => r.label), ["Role 2"]);
  assert.equal(second.body._links.next, undefined);
  const byLabel = await call(emu, "GET", "/api/v1/iam/roles/Role%201");
  assert.equal(byLabel.status, 200);
  assert.equal(byLabel.body.id, first.body.roles[1].id);

  const before = await call(emu, "GET", "/api/v1/threats/configuration");
  assert.equal(before.status, 200);
  assert.equal(before.body.action, "none", "the schema's minimum");
  const put = await call(emu, "POST", "/api/v1/threats/configuration", {
    body: { action: "block", excludeZones: [] },
  });
  assert.equal(put.body.action, "block");
  assert.equal((await call(emu, "GET", "/api/v1/threats/configuration")).body.action, "block");

  // Actions under a hand-written parent answer (the parent must exist).
  const app = (await call(emu, "POST", "/api/v1/apps", {
    body: { label: "B", signOnMode: "BOOKMARK", settings: { app: { url: "https://b.example" } } },
  })).body;
  const key = await call(
    emu,
    "POST",
    `/api/v1/apps/${app.id}/credentials/keys/generate?validityYears=2`,
  );
  assert.equal(key.status, 201);
  const none = await call(
    emu,
    "POST",
    "/api/v1/apps/0oaNOPE/credentials/keys/generate?validityYears=2",
  );
  assert.equal(none.status, 404);
  await emu.close();
});

Deno.test("long tail: --state keeps long-tail resources across restarts", async () => {
  const dir = await Deno.makeTempDir();
  const state = `${dir}/org.json`;
  try {
    const a = createEmulator({ seed: "empty", rateLimits: false, state });
    const zone = (await call(a, "POST", "/api/v1/zones", { body: BODIES["POST /api/v1/zones"] }))
      .body;
    await call(a, "POST", "/api/v1/meta/schemas/user/linkedObjects", {
      body: BODIES["POST /api/v1/meta/schemas/user/linkedObjects"],
    });
    const other = (await call(a, "POST", "/api/v1/users?activate=true", {
      body: { profile: { login: "r@x.com", email: "r@x.com", firstName: "R", lastName: "X" } },
    })).body;
    const admin = a.state.adminId;
    await call(a, "PUT", `/api/v1/users/${other.id}/linkedObjects/manager/${admin}`);
    await a.close();
    const b = createEmulator({ seed: "empty", rateLimits: false, state, apiToken: "t" });
    const got = await call(b, "GET", `/api/v1/zones/${zone.id}`, { auth: "SSWS t" });
    assert.equal(got.status, 200);
    assert.equal(got.body.name, "Office");
    const link = await call(b, "GET", `/api/v1/users/${other.id}/linkedObjects/subordinate`, {
      auth: "SSWS t",
    });
    assert.equal(link.body[0]._links.self.href, `${b.orgUrl}/api/v1/users/${admin}`);
    await b.close();
  } finally {
    await Deno.remove(dir, { recursive: true });
  }
});
