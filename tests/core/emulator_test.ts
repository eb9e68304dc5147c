import assert from "node:assert/strict";
import { createOkta, OktaApiError } from "../../mod.ts";
import { createEmulator } from "../../emulator.ts";

Deno.test("against the in-process emulator: fluent search setter, paging with prefetch, Okta errors", async () => {
  const emulator = createEmulator({ seed: "demo" });
  try {
    const okta = createOkta({
      orgUrl: emulator.orgUrl,
      apiToken: emulator.apiToken,
      fetch: emulator.fetch,
    });
    const groups = await okta.groups.list().search('type eq "OKTA_GROUP"');
    assert.ok(groups.length > 0);
    assert.ok(groups.every((g) => g.type === "OKTA_GROUP"));

    const all = await okta.request<{ id: string }[]>("GET", "/api/v1/users", {
      query: { limit: 200 },
    });
    const paged: string[] = [];
    for await (const user of okta.users.list().limit(2)) paged.push(user.id!);
    assert.ok(all.length > 2, "the demo seed has several pages of 2");
    assert.deepEqual(paged, all.map((u) => u.id));

    const error = await okta.users.get("00u-does-not-exist").then(() => undefined, (e) => e);
    assert.ok(error instanceof OktaApiError, String(error));
    assert.equal(error.status, 404);
    assert.equal(error.errorCode, "E0000007");
    assert.ok(error.requestId);
  } finally {
    await emulator.close();
  }
});
