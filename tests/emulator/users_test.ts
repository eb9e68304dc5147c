import assert from "node:assert/strict";
import { call, emulator, newUser, nextLink } from "./_helpers.ts";

Deno.test("users: create outcomes for activate / password / provider / nextLogin", async () => {
  const emu = emulator({ seed: "empty" });
  const mk = (login: string, query: string, credentials?: unknown) =>
    call(emu, "POST", `/api/v1/users${query}`, { body: { ...newUser(login), credentials } });
  const pw = { password: { value: "Sup3r-secret!" } };
  assert.equal((await mk("a@x.com", "?activate=false", pw)).body.status, "STAGED");
  assert.equal((await mk("b@x.com", "", pw)).body.status, "ACTIVE");
  assert.equal((await mk("c@x.com", "?activate=true")).body.status, "PROVISIONED");
  assert.equal((await mk("d@x.com", "?provider=true")).body.status, "ACTIVE");
  assert.equal((await mk("e@x.com", "?activate=false&provider=true")).body.status, "STAGED");
  const expired = await mk("f@x.com", "?nextLogin=changePassword", pw);
  assert.equal(expired.status, 200);
  assert.equal(expired.body.status, "PASSWORD_EXPIRED");
  const noPw = await mk("g@x.com", "?nextLogin=changePassword");
  assert.equal(noPw.status, 400);
  assert.equal(noPw.body.errorCode, "E0000124");
  const noActivate = await mk("h@x.com", "?nextLogin=changePassword&activate=false", pw);
  assert.equal(noActivate.body.errorCode, "E0000125");
  await emu.close();
});

Deno.test("users: create returns 200, never echoes secrets, rejects duplicates and blanks", async () => {
  const emu = emulator({ seed: "empty" });
  const created = await call(emu, "POST", "/api/v1/users", {
    body: {
      ...newUser("ann@example.com"),
      credentials: {
        password: { value: "Sup3r-secret!" },
        recovery_question: { question: "Pet?", answer: "Rex-the-dog" },
      },
    },
  });
  assert.equal(created.status, 200);
  assert.match(created.body.id, /^00u[0-9A-Za-z]{17}$/);
  assert.deepEqual(created.body.credentials.password, {});
  assert.deepEqual(created.body.credentials.recovery_question, { question: "Pet?" });
  assert.ok(!created.text.includes("Sup3r-secret!") && !created.text.includes("Rex-the-dog"));
  assert.equal(created.body._links.self.href, `${emu.orgUrl}/api/v1/users/${created.body.id}`);
  assert.ok(created.body._links.suspend, "an ACTIVE user links to suspend");
  const dup = await call(emu, "POST", "/api/v1/users", { body: newUser("ANN@example.com") });
  assert.equal(dup.status, 400);
  assert.equal(dup.body.errorCode, "E0000001");
  assert.match(
    dup.body.errorCauses[0].errorSummary,
    /^login: An object with this field already exists/,
  );
  const blank = await call(emu, "POST", "/api/v1/users", { body: { profile: { login: "x@y.z" } } });
  assert.equal(blank.body.errorCode, "E0000001");
  const get = await call(emu, "GET", "/api/v1/users/ann@example.com");
  assert.equal(get.body.id, created.body.id, "GET by login works");
  assert.ok(get.headers.get("etag"));
  const me = await call(emu, "GET", "/api/v1/users/me");
  assert.equal(me.body.profile.login, "admin@example.com");
  await emu.close();
});

Deno.test("users: POST merges the profile, PUT replaces it", async () => {
  const emu = emulator({ seed: "empty" });
  const { body: u } = await call(emu, "POST", "/api/v1/users", {
    body: newUser("m@x.com", { city: "Oslo" }),
  });
  const merged = await call(emu, "POST", `/api/v1/users/${u.id}`, {
    body: { profile: { title: "CTO" } },
  });
  assert.equal(merged.body.profile.city, "Oslo");
  assert.equal(merged.body.profile.title, "CTO");
  const replaced = await call(emu, "PUT", `/api/v1/users/${u.id}`, {
    body: { profile: { login: "m@x.com", email: "m@x.com", firstName: "M", lastName: "X" } },
  });
  assert.equal(replaced.status, 200);
  assert.equal(replaced.body.profile.city, undefined);
  assert.equal(replaced.body.profile.title, undefined);
  const badPut = await call(emu, "PUT", `/api/v1/users/${u.id}`, {
    body: { profile: { title: "x" } },
  });
  assert.equal(badPut.body.errorCode, "E0000001");
  await emu.close();
});

Deno.test("users: lifecycle state machine — allowed transitions and errors", async () => {
  const emu = emulator({ seed: "empty" });
  const { body: u } = await call(emu, "POST", "/api/v1/users?activate=false", {
    body: { ...newUser("life@x.com"), credentials: { password: { value: "Sup3r-secret!" } } },
  });
  const op = (name: string, q = "") =>
    call(emu, "POST", `/api/v1/users/${u.id}/lifecycle/${name}${q}`);
  const status = async () => (await call(emu, "GET", `/api/v1/users/${u.id}`)).body.status;
  assert.equal((await op("suspend")).body.errorCode, "E0000001", "STAGED cannot be suspended");
  const act = await op("activate", "?sendEmail=false");
  assert.equal(act.status, 200);
  assert.equal(typeof act.body.activationToken, "string");
  assert.equal(await status(), "ACTIVE");
  const again = await op("activate");
  assert.equal(again.status, 403);
  assert.equal(again.body.errorCode, "E0000016");
  assert.equal((await op("unsuspend")).body.errorCode, "E0000001");
  assert.equal((await op("suspend")).status, 200);
  assert.equal(await status(), "SUSPENDED");
  assert.equal((await op("suspend")).body.errorCode, "E0000001");
  assert.equal((await op("unsuspend")).status, 200);
  assert.equal(await status(), "ACTIVE");
  assert.equal((await op("unlock")).status, 403);
  const exp = await op("expire_password");
  assert.equal(exp.body.status, "PASSWORD_EXPIRED");
  const reset = await op("reset_password", "?sendEmail=false");
  assert.match(reset.body.resetPasswordUrl, /^http/);
  assert.equal(await status(), "RECOVERY");
  assert.equal((await op("reactivate")).status, 200);
  assert.equal(await status(), "PROVISIONED");
  const deact = await op("deactivate");
  assert.equal(deact.status, 200);
  assert.equal(deact.text, "");
  assert.equal(await status(), "DEPROVISIONED");
  assert.equal((await op("deactivate")).body.errorCode, "E0000038");
  assert.equal((await op("reset_password")).body.errorCode, "E0000038");
  assert.equal((await op("activate")).status, 200);
  assert.equal(await status(), "ACTIVE");
  const temp = await op("expire_password_with_temp_password");
  assert.match(temp.body.tempPassword, /^\w{8}$/);
  assert.deepEqual(Object.keys(temp.body), ["tempPassword"], "Okta answers a TempPassword only");
  assert.equal(await status(), "PASSWORD_EXPIRED");
  const expiredAgain = await op("expire_password");
  assert.equal(expiredAgain.status, 403, "only an ACTIVE user's password can be expired");
  assert.equal(expiredAgain.body.errorCode, "E0000038");
  assert.equal((await op("bogus")).status, 404);
  await emu.close();
});

Deno.test("users: delete twice — first deactivates, second removes, third is 404", async () => {
  const emu = emulator({ seed: "empty" });
  const { body: u } = await call(emu, "POST", "/api/v1/users", { body: newUser("del@x.com") });
  const first = await call(emu, "DELETE", `/api/v1/users/${u.id}`);
  assert.equal(first.status, 204);
  assert.equal((await call(emu, "GET", `/api/v1/users/${u.id}`)).body.status, "DEPROVISIONED");
  const listed = await call(emu, "GET", "/api/v1/users");
  assert.ok(
    !listed.body.some((x: { id: string }) => x.id === u.id),
    "plain lists hide DEPROVISIONED",
  );
  const searched = await call(emu, "GET", '/api/v1/users?search=status eq "DEPROVISIONED"');
  assert.ok(
    searched.body.some((x: { id: string }) => x.id === u.id),
    "search includes DEPROVISIONED",
  );
  assert.equal((await call(emu, "DELETE", `/api/v1/users/${u.id}`)).status, 204);
  const gone = await call(emu, "GET", `/api/v1/users/${u.id}`);
  assert.equal(gone.status, 404);
  assert.equal(gone.body.errorCode, "E0000007");
  assert.match(gone.body.errorSummary, /Not found: Resource not found: .* \(User\)/);
  assert.equal((await call(emu, "DELETE", `/api/v1/users/${u.id}`)).status, 404);
  await emu.close();
});

Deno.test("users: search is case-insensitive, filter is case-sensitive, per-field operator rules", async () => {
  const emu = emulator({ seed: "empty" });
  await call(emu, "POST", "/api/v1/users", {
    body: newUser("Case.Test@Example.com", { firstName: "Casey" }),
  });
  const s = await call(emu, "GET", '/api/v1/users?search=profile.login eq "case.test@example.com"');
  assert.equal(s.body.length, 1);
  const f = await call(emu, "GET", '/api/v1/users?filter=profile.login eq "case.test@example.com"');
  assert.equal(f.body.length, 0);
  const f2 = await call(
    emu,
    "GET",
    '/api/v1/users?filter=profile.login eq "Case.Test@Example.com"',
  );
  assert.equal(f2.body.length, 1);
  const co = await call(emu, "GET", '/api/v1/users?search=profile.firstName co "ase"');
  assert.equal(co.body.length, 1);
  const coBad = await call(emu, "GET", '/api/v1/users?search=profile.city co "x"');
  assert.equal(coBad.body.errorCode, "E0000031");
  const ne = await call(emu, "GET", '/api/v1/users?search=status ne "ACTIVE"');
  assert.equal(ne.body.errorCode, "E0000031");
  const fsw = await call(emu, "GET", '/api/v1/users?filter=profile.login sw "C"');
  assert.equal(fsw.body.errorCode, "E0000031");
  const fnot = await call(emu, "GET", '/api/v1/users?filter=not (status eq "ACTIVE")');
  assert.equal(fnot.body.errorCode, "E0000031");
  const range = await call(
    emu,
    "GET",
    '/api/v1/users?filter=lastUpdated gt "2000-01-01T00:00:00.000Z"',
  );
  assert.equal(range.status, 200);
  assert.equal(range.body.length, 2);
  const unknown = await call(emu, "GET", '/api/v1/users?filter=profile.city eq "x"');
  assert.equal(unknown.body.errorCode, "E0000031");
  await emu.close();
});

Deno.test("users: q is a prefix match, default limit 10, no next link, hides DEPROVISIONED", async () => {
  const emu = emulator({ seed: "empty" });
  for (let i = 0; i < 12; i++) {
    await call(emu, "POST", "/api/v1/users", { body: newUser(`qq${i}@x.com`) });
  }
  const { body: gone } = await call(emu, "POST", "/api/v1/users", {
    body: newUser("qqgone@x.com"),
  });
  await call(emu, "DELETE", `/api/v1/users/${gone.id}`);
  const r = await call(emu, "GET", "/api/v1/users?q=QQ");
  assert.equal(r.body.length, 10);
  assert.equal(nextLink(r.headers), undefined);
  const all = await call(emu, "GET", "/api/v1/users?q=qq&limit=50");
  assert.equal(all.body.length, 12);
  await emu.close();
});

Deno.test("users: sortBy orders search results (ties by id) and pages by position", async () => {
  const emu = emulator({ seed: "empty" });
  for (const name of ["delta", "Alpha", "charlie", "bravo"]) {
    await call(emu, "POST", "/api/v1/users", {
      body: newUser(`${name}@s.com`, { firstName: name }),
    });
  }
  const asc = await call(
    emu,
    "GET",
    '/api/v1/users?search=profile.email ew "@s.com"&sortBy=profile.firstName&limit=3',
  );
  assert.equal(asc.body.errorCode, "E0000031", "ew is System Log only");
  const page1 = await call(
    emu,
    "GET",
    '/api/v1/users?search=profile.email sw ""&sortBy=profile.firstName&limit=3',
  );
  const names1 = page1.body.map((u: { profile: { firstName: string } }) => u.profile.firstName);
  assert.deepEqual(names1, ["Alpha", "bravo", "charlie"]);
  const page2 = await call(emu, "GET", nextLink(page1.headers)!);
  assert.deepEqual(page2.body.map((u: { profile: { firstName: string } }) => u.profile.firstName), [
    "delta",
    "Org",
  ]);
  const desc = await call(
    emu,
    "GET",
    "/api/v1/users?search=id pr&sortBy=profile.firstName&sortOrder=desc&limit=2",
  );
  assert.deepEqual(desc.body.map((u: { profile: { firstName: string } }) => u.profile.firstName), [
    "Org",
    "delta",
  ]);
  await emu.close();
});

Deno.test("users: okta-response omitCredentials / omitCredentialsLinks strip parts of the response", async () => {
  const emu = emulator({ seed: "empty" });
  const plain = await call(emu, "GET", "/api/v1/users/me");
  assert.ok(plain.body.credentials);
  assert.ok(plain.body._links.changePassword);
  const stripped = await call(emu, "GET", "/api/v1/users/me", {
    headers: {
      "Content-Type": 'application/json; okta-response="omitCredentials,omitCredentialsLinks"',
    },
  });
  assert.equal(stripped.body.credentials, undefined);
  assert.equal(stripped.body._links.changePassword, undefined);
  assert.ok(stripped.body._links.suspend, "lifecycle links stay");
  await emu.close();
});

Deno.test("users: GET by id, by login (encoded or not) and by unambiguous shortname", async () => {
  const emu = emulator({ seed: "empty" });
  const { body: a } = await call(emu, "POST", "/api/v1/users", { body: newUser("solo@one.com") });
  await call(emu, "POST", "/api/v1/users", { body: newUser("twin@one.com") });
  await call(emu, "POST", "/api/v1/users", { body: newUser("twin@two.com") });
  assert.equal((await call(emu, "GET", `/api/v1/users/${a.id}`)).body.id, a.id);
  assert.equal(
    (await call(emu, "GET", `/api/v1/users/${encodeURIComponent("SOLO@one.com")}`)).body.id,
    a.id,
  );
  assert.equal((await call(emu, "GET", "/api/v1/users/solo")).body.id, a.id);
  const ambiguous = await call(emu, "GET", "/api/v1/users/twin");
  assert.equal(ambiguous.status, 404);
  assert.equal(ambiguous.body.errorCode, "E0000007");
  await emu.close();
});

Deno.test("the demo seed never gives two users the same login", async () => {
  const emu = emulator({ seed: "demo" });
  await emu.ready;
  const logins = emu.state.users().map((user) => String(user.profile.login));
  assert.ok(logins.length > 20);
  assert.equal(new Set(logins.map((login) => login.toLowerCase())).size, logins.length);
  await emu.close();
});

Deno.test("users: activate works only from STAGED or DEPROVISIONED (PROVISIONED is reactivated)", async () => {
  const emu = emulator({ seed: "empty" });
  const { body: u } = await call(emu, "POST", "/api/v1/users?activate=true", {
    body: newUser("provisioned@x.com"),
  });
  assert.equal(u.status, "PROVISIONED");
  const op = (name: string) => call(emu, "POST", `/api/v1/users/${u.id}/lifecycle/${name}`);
  const activate = await op("activate");
  assert.equal(activate.status, 403);
  assert.equal(activate.body.errorCode, "E0000038");
  assert.equal((await op("reactivate")).status, 200);
  assert.equal(
    (await op("reset_factors")).body.errorCode,
    "E0000038",
    "reset_factors needs ACTIVE",
  );
  await emu.close();
});
