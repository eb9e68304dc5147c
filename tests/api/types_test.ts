// Type-level tests: this file must type-check (deno test checks it first); every
// `@ts-expect-error` below fails the check if the marked line ever stops being an error.
import assert from "node:assert/strict";
import { attachApi, type OktaApi } from "../../src/api/mod.ts";
import type {
  Application,
  Group,
  TrustedOriginScopeType,
  UnknownEnumValue,
  User,
  UserStatus,
} from "../../src/generated/types.ts";
import { fakeHost } from "./_fake_host.ts";

type Equal<A, B> = (<G>() => G extends A ? 1 : 2) extends (<G>() => G extends B ? 1 : 2) ? true
  : false;

// Never called: only compiled.
async function typeChecks(okta: OktaApi): Promise<void> {
  for await (const u of okta.users.list()) {
    const same: Equal<typeof u, User> = true;
    assert.ok(same);
  }
  const listed: Equal<Awaited<ReturnType<OktaApi["users"]["list"]>>, User[]> = true;
  const group: Equal<Awaited<ReturnType<OktaApi["groups"]["get"]>>, Group> = true;
  const got: User = await okta.users.get("00u1");
  assert.ok(listed && got && group);

  // A valid body with a custom profile attribute compiles.
  await okta.users.create({
    profile: { login: "a@example.com", email: "a@example.com", costCenterCode: "CC-1" },
    credentials: { password: { value: "x" } },
  });
  await okta.users.create({
    profile: { login: "a@example.com" },
    // @ts-expect-error misspelled top-level body field
    credentails: { password: { value: "x" } },
  });

  // Enum literals in request bodies are checked...
  await okta.trustedOrigins.create({ name: "n", origin: "https://a", scopes: [{ type: "CORS" }] });
  // @ts-expect-error wrong enum literal
  await okta.trustedOrigins.create({ name: "n", origin: "https://a", scopes: [{ type: "CROS" }] });
  // ...while values read from responses stay open to values Okta adds later.
  const status: UserStatus = (await okta.users.get("00u1")).status!;
  const asString: string = status;
  const future: TrustedOriginScopeType = "NEW_SCOPE_TYPE" as UnknownEnumValue;
  assert.ok(asString && future);

  // Discriminated union: narrowing on signOnMode.
  const app: Application = await okta.apps.get("0oa1");
  if (app.signOnMode === "BOOKMARK") {
    const url: string = app.settings.app?.url ?? "";
    assert.ok(url);
  }

  // Query setters are typed and chainable.
  okta.users.list().search('status eq "ACTIVE"').limit(200);
  // @ts-expect-error limit takes a number
  okta.users.list().limit("200");
  // @ts-expect-error no such query parameter
  okta.users.list().serch("x");
  okta.users.create({ profile: { login: "b@example.com" } }).activate(false);

  // Positional path params and body.
  await okta.groups.users.add("00g1", "00u1");
  // @ts-expect-error missing the user id
  await okta.groups.users.add("00g1");

  // By operationId: arguments are checked per operation.
  await okta.operation("getUser", { id: "00u1" });
  await okta.operation("listUsers", { search: 'status eq "ACTIVE"', limit: 10 });
  // @ts-expect-error getUser needs id
  await okta.operation("getUser", {});
  // @ts-expect-error getUser needs its arguments
  await okta.operation("getUser");
  for await (const g of okta.operation("listGroups")) {
    const same: Equal<typeof g, Group> = true;
    assert.ok(same);
  }
  // @ts-expect-error unknown operationId
  okta.scopesFor("listUserz");
}

Deno.test("the typed surface compiles (see @ts-expect-error lines) and attaches", () => {
  const okta = attachApi(fakeHost());
  assert.equal(typeof typeChecks, "function");
  assert.equal(typeof okta.users.list, "function");
});
