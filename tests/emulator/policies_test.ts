import assert from "node:assert/strict";
import { call, emulator, nextLink } from "./_helpers.ts";

const BASE = "/api/v1/policies";

Deno.test("policies: the list returns only the requested type, each policy once", async () => {
  const emu = emulator({ seed: "empty" });
  try {
    const made: Record<string, string[]> = { OKTA_SIGN_ON: [], PASSWORD: [], MFA_ENROLL: [] };
    for (
      const [type, count] of [["OKTA_SIGN_ON", 3], ["PASSWORD", 2], ["MFA_ENROLL", 1]] as const
    ) {
      for (let i = 0; i < count; i++) {
        const r = await call(emu, "POST", BASE, { body: { type, name: `${type} ${i}` } });
        assert.equal(r.status, 200, r.text);
        made[type].push(r.body.id);
      }
    }
    const seen: string[] = [];
    for (const type of Object.keys(made)) {
      const r = await call(emu, "GET", `${BASE}?type=${type}`);
      assert.equal(r.status, 200, r.text);
      assert.ok(r.body.every((p: { type: string }) => p.type === type), r.text);
      assert.deepEqual(r.body.map((p: { id: string }) => p.id), made[type]);
      seen.push(...r.body.map((p: { id: string }) => p.id));
    }
    // Listing every type one after another sees each policy exactly once.
    assert.equal(new Set(seen).size, seen.length);
    assert.equal(seen.length, 6);
    const none = await call(emu, "GET", `${BASE}?type=IDP_DISCOVERY`);
    assert.equal(none.status, 200);
    assert.deepEqual(none.body, []);
  } finally {
    await emu.close();
  }
});

Deno.test("policies: a missing or unknown type is an Okta 400, even with no policies", async () => {
  const emu = emulator({ seed: "empty" });
  try {
    for (const path of [BASE, `${BASE}?type=`, `${BASE}?status=ACTIVE`]) {
      const r = await call(emu, "GET", path);
      assert.equal(r.status, 400, `${path}: ${r.text}`);
      assert.equal(r.body.errorCode, "E0000028");
      assert.match(r.body.errorId, /\S/);
      assert.ok(
        r.body.errorCauses.some((c: { errorSummary: string }) => /type/.test(c.errorSummary)),
      );
    }
    for (const type of ["SIGN_ON", "okta_sign_on", "NOPE"]) {
      const r = await call(emu, "GET", `${BASE}?type=${type}`);
      assert.equal(r.status, 400, `${type}: ${r.text}`);
      assert.equal(r.body.errorCode, "E0000001");
      assert.match(r.body.errorSummary, /type/);
    }
  } finally {
    await emu.close();
  }
});

Deno.test("policies: status and q refine the list, and paging keeps to the type", async () => {
  const emu = emulator({ seed: "empty" });
  try {
    const ids: string[] = [];
    for (let i = 0; i < 5; i++) {
      const r = await call(emu, "POST", BASE, {
        body: { type: "PASSWORD", name: i % 2 ? `Contractors ${i}` : `Staff ${i}` },
      });
      ids.push(r.body.id);
      // Another type between them must not leak into pages of this one.
      await call(emu, "POST", BASE, { body: { type: "OKTA_SIGN_ON", name: `Staff sign-on ${i}` } });
    }
    const off = await call(emu, "POST", `${BASE}/${ids[0]}/lifecycle/deactivate`);
    assert.ok(off.status < 300, off.text);

    const inactive = await call(emu, "GET", `${BASE}?type=PASSWORD&status=INACTIVE`);
    assert.deepEqual(inactive.body.map((p: { id: string }) => p.id), [ids[0]]);
    const active = await call(emu, "GET", `${BASE}?type=PASSWORD&status=ACTIVE`);
    assert.deepEqual(active.body.map((p: { id: string }) => p.id), ids.slice(1));
    const staff = await call(emu, "GET", `${BASE}?type=PASSWORD&q=staff`);
    assert.deepEqual(staff.body.map((p: { id: string }) => p.id), [ids[0], ids[2], ids[4]]);

    const paged: string[] = [];
    let url: string | undefined = `${BASE}?type=PASSWORD&limit=2`;
    while (url) {
      const r = await call(emu, "GET", url);
      assert.equal(r.status, 200, r.text);
      assert.ok(r.body.length <= 2);
      paged.push(
        ...r.body.map((
          p: { id: string; type: string },
        ) => (assert.equal(p.type, "PASSWORD"), p.id)),
      );
      url = nextLink(r.headers);
    }
    assert.deepEqual(paged, ids);
  } finally {
    await emu.close();
  }
});
