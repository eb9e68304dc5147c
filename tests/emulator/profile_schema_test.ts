// The org's user and group profile schemas: Okta's default schema (from the spec's data), custom
// properties through the schema API, and profile validation with Okta's error shape and causes.
import assert from "node:assert/strict";
import { USER_BASE_SCHEMA } from "../../src/generated/profile_schemas.ts";
import { call, emulator, newUser } from "./_helpers.ts";

const SCHEMA = "/api/v1/meta/schemas/user/default";

Deno.test("user schema: GET default returns Okta's default schema with base and custom definitions", async () => {
  const emu = emulator({ seed: "empty" });
  const r = await call(emu, "GET", SCHEMA);
  await emu.close();
  assert.equal(r.status, 200);
  const s = r.body;
  assert.equal(s.id, `${emu.orgUrl}/meta/schemas/user/default`);
  assert.equal(s.$schema, "http://json-schema.org/draft-04/schema#");
  assert.equal(s.name, "user");
  assert.equal(s.type, "object");
  assert.deepEqual(s.properties, {
    profile: { allOf: [{ $ref: "#/definitions/base" }, { $ref: "#/definitions/custom" }] },
  });
  assert.equal(s.definitions.base.id, "#base");
  assert.deepEqual(s.definitions.base.required, ["login", "firstName", "lastName", "email"]);
  assert.deepEqual(s.definitions.base.properties.firstName, {
    title: "First name",
    type: "string",
    minLength: 1,
    maxLength: 50,
    required: true,
    permissions: [{ principal: "SELF", action: "READ_WRITE" }],
  });
  assert.equal(s.definitions.base.properties.login.minLength, 5);
  assert.equal(s.definitions.base.properties.login.maxLength, 100);
  assert.equal(s.definitions.base.properties.email.format, "email");
  assert.equal(s.definitions.base.properties.city.maxLength, 128);
  assert.equal(s.definitions.base.properties.countryCode.maxLength, 2);
  assert.equal(s.definitions.base.properties.department.type, "string");
  assert.equal(s.definitions.base.properties.department.required, undefined);
  assert.deepEqual(s.definitions.custom, {
    id: "#custom",
    type: "object",
    properties: {},
    required: [],
  });
});

Deno.test("user schema: the base comes from the spec's data (names and lengths of its schemas)", async () => {
  const facts = JSON.parse(
    await Deno.readTextFile(new URL("../../src/generated/schemas.json", import.meta.url)),
  ).primary.components.schemas;
  const names = Object.keys(facts.UserSchemaBaseProperties.properties).sort();
  assert.ok(names.length >= 30, `found ${names.length} names`);
  assert.deepEqual(Object.keys(USER_BASE_SCHEMA.base.properties).sort(), names);
  for (const [name, p] of Object.entries(facts.UserProfile.properties)) {
    const shipped = USER_BASE_SCHEMA.base.properties[name];
    for (const key of ["maxLength", "minLength", "format"]) {
      const want = (p as Record<string, unknown>)[key];
      if (want !== undefined) assert.equal(shipped[key], want, `${name}.${key}`);
    }
  }
});

Deno.test("user schema: the default type's id and /user/default are the same schema; unknown ids are 404", async () => {
  const emu = emulator({ seed: "empty" });
  const types = await call(emu, "GET", "/api/v1/meta/types/user");
  const byType = await call(emu, "GET", `/api/v1/meta/schemas/user/${types.body[0].id}`);
  const missing = await call(emu, "GET", "/api/v1/meta/schemas/user/oscNOPE");
  await emu.close();
  assert.equal(byType.status, 200);
  assert.deepEqual(Object.keys(byType.body.definitions.base.properties).length, 31);
  assert.equal(missing.status, 404);
  assert.equal(missing.body.errorCode, "E0000007");
});

Deno.test("user schema: custom properties are added, replaced and removed through POST and enforced", async () => {
  const emu = emulator({ seed: "empty" });
  const added = await call(emu, "POST", SCHEMA, {
    body: {
      definitions: {
        custom: {
          id: "#custom",
          type: "object",
          properties: {
            salesforceUserName: {
              title: "Salesforce username",
              type: "string",
              required: false,
              minLength: 1,
              maxLength: 20,
              permissions: [{ principal: "SELF", action: "READ_WRITE" }],
            },
            badge: { title: "Badge", type: "string", enum: ["red", "blue"] },
            code: { title: "Code", type: "string", pattern: "[A-Z]{3}" },
            level: { title: "Level", type: "integer" },
          },
          required: [],
        },
      },
    },
  });
  assert.equal(added.status, 200, added.text);
  assert.equal(added.body.definitions.custom.properties.salesforceUserName.maxLength, 20);
  const read = await call(emu, "GET", SCHEMA);
  assert.deepEqual(
    Object.keys(read.body.definitions.custom.properties),
    ["salesforceUserName", "badge", "code", "level"],
  );

  const ok = await call(emu, "POST", "/api/v1/users?activate=false", {
    body: newUser("sf@example.com", {
      salesforceUserName: "sf",
      badge: "red",
      code: "ABC",
      level: 3,
    }),
  });
  assert.equal(ok.status, 200, ok.text);
  assert.equal(ok.body.profile.salesforceUserName, "sf");

  const long = await call(emu, "POST", "/api/v1/users?activate=false", {
    body: newUser("sf2@example.com", { salesforceUserName: "x".repeat(21) }),
  });
  assert.equal(long.status, 400);
  assert.equal(long.body.errorCode, "E0000001");
  assert.equal(long.body.errorSummary, "Api validation failed: salesforceUserName");
  assert.match(long.body.errorCauses[0].errorSummary, /^salesforceUserName: The field is too long/);

  const bad = await call(emu, "POST", "/api/v1/users?activate=false", {
    body: newUser("sf3@example.com", { badge: "green", code: "abcd", level: 1.5 }),
  });
  assert.equal(bad.status, 400);
  assert.deepEqual(bad.body.errorCauses.map((c: { errorSummary: string }) => c.errorSummary), [
    "badge: Does not match one of the allowed values (red, blue)",
    "code: Does not match required pattern",
    "level: The value must be of type integer",
  ]);

  // Partial update: the custom maxLength holds there too.
  const partial = await call(emu, "POST", `/api/v1/users/${ok.body.id}`, {
    body: { profile: { salesforceUserName: "y".repeat(30) } },
  });
  assert.equal(partial.status, 400);
  assert.equal(partial.body.errorCode, "E0000001");

  // null removes the property; it is then undefined in profiles.
  const removed = await call(emu, "POST", SCHEMA, {
    body: { definitions: { custom: { properties: { badge: null } } } },
  });
  assert.equal(removed.status, 200);
  assert.equal(removed.body.definitions.custom.properties.badge, undefined);
  const after = await call(emu, "POST", "/api/v1/users?activate=false", {
    body: newUser("sf4@example.com", { badge: "red" }),
  });
  await emu.close();
  assert.equal(after.status, 400);
  assert.deepEqual(after.body.errorCauses, [
    { errorSummary: "Property name 'badge' is not defined in profile" },
  ]);
});

Deno.test("user schema: a bad schema update changes nothing and names every problem", async () => {
  const emu = emulator({ seed: "empty" });
  const r = await call(emu, "POST", SCHEMA, {
    body: {
      definitions: {
        custom: {
          properties: {
            good: { title: "Good", type: "string" },
            "1bad": { title: "Bad", type: "string" },
            noType: { title: "No type" },
            city: { title: "City again", type: "string" },
          },
        },
        base: { properties: { firstName: { maxLength: 5000 } } },
      },
    },
  });
  const read = await call(emu, "GET", SCHEMA);
  await emu.close();
  assert.equal(r.status, 400);
  assert.equal(r.body.errorCode, "E0000001");
  const causes = r.body.errorCauses.map((c: { errorSummary: string }) => c.errorSummary);
  assert.equal(causes.length, 4, causes.join("\n"));
  assert.ok(causes.some((c: string) => c.startsWith("1bad:")));
  assert.ok(causes.some((c: string) => c.startsWith("noType.type:")));
  assert.ok(causes.some((c: string) => c.startsWith("city:")));
  assert.ok(causes.some((c: string) => c.startsWith("firstName.maxLength:")));
  assert.deepEqual(read.body.definitions.custom.properties, {});
});

Deno.test("user schema: base edits are limited to Okta's (firstName optional, login pattern)", async () => {
  const emu = emulator({ seed: "empty" });
  const r = await call(emu, "POST", SCHEMA, {
    body: {
      definitions: {
        base: {
          properties: {
            firstName: { required: false },
            login: { pattern: "[a-z]+@corp\\.example" },
          },
        },
      },
    },
  });
  assert.equal(r.status, 200, r.text);
  assert.equal(r.body.definitions.base.properties.firstName.required, undefined);
  assert.deepEqual(r.body.definitions.base.required, ["login", "lastName", "email"]);
  const noFirst = await call(emu, "POST", "/api/v1/users?activate=false", {
    body: { profile: { login: "ann@corp.example", email: "ann@corp.example", lastName: "A" } },
  });
  const wrongLogin = await call(emu, "POST", "/api/v1/users?activate=false", {
    body: newUser("bob@example.com"),
  });
  await emu.close();
  assert.equal(noFirst.status, 200, noFirst.text);
  assert.equal(wrongLogin.status, 400);
  assert.deepEqual(wrongLogin.body.errorCauses, [
    { errorSummary: "login: Does not match required pattern" },
  ]);
});

Deno.test("user profiles: Okta's base constraints are enforced on create, replace and partial update", async () => {
  const emu = emulator({ seed: "empty" });
  const create = (extra: Record<string, unknown>, login = "val@example.com") =>
    call(emu, "POST", "/api/v1/users?activate=false", { body: newUser(login, extra) });
  const unknown = await create({ x: "1" });
  assert.equal(unknown.status, 400);
  assert.equal(unknown.body.errorSummary, "Api validation failed: newUser");
  assert.deepEqual(unknown.body.errorCauses, [
    { errorSummary: "Property name 'x' is not defined in profile" },
  ]);
  const long = await create({ firstName: "a".repeat(51) });
  assert.equal(long.body.errorSummary, "Api validation failed: firstName");
  assert.match(long.body.errorCauses[0].errorSummary, /^firstName: The field is too long/);
  const huge = await create({ firstName: "a".repeat(500_000) });
  assert.equal(huge.status, 400);
  const typed = await create({ firstName: 42 });
  assert.deepEqual(typed.body.errorCauses, [
    { errorSummary: "firstName: The value must be of type string" },
  ]);
  const nested = await create({ firstName: { a: { b: 1 } } });
  assert.equal(nested.status, 400);
  const notEmail = await create({}, "not-an-email");
  assert.deepEqual(notEmail.body.errorCauses.map((c: { errorSummary: string }) => c.errorSummary), [
    "login: Username must be in the form of an email address",
    "email: Does not match required pattern",
  ]);
  const blank = await call(emu, "POST", "/api/v1/users?activate=false", {
    body: { profile: { login: "b@example.com", email: "b@example.com", lastName: "B" } },
  });
  assert.equal(blank.body.errorSummary, "Api validation failed: firstName");
  assert.deepEqual(blank.body.errorCauses, [
    { errorSummary: "firstName: The field cannot be left blank" },
  ]);
  const list = await call(emu, "GET", "/api/v1/users");
  assert.equal(list.body.length, 1, "only the admin: no refused user was stored");

  const ok = await create({ department: "IT", city: "Paris" });
  assert.equal(ok.status, 200, ok.text);
  const id = ok.body.id;
  const partial = await call(emu, "POST", `/api/v1/users/${id}`, {
    body: { profile: { countryCode: "FRA" } },
  });
  assert.equal(partial.status, 400);
  assert.match(partial.body.errorCauses[0].errorSummary, /^countryCode: The field is too long/);
  const partialUnknown = await call(emu, "POST", `/api/v1/users/${id}`, {
    body: { profile: { favouriteColour: "red" } },
  });
  assert.equal(partialUnknown.body.errorSummary, "Api validation failed: user");
  const replace = await call(emu, "PUT", `/api/v1/users/${id}`, {
    body: { profile: { login: "val@example.com", email: "val@example.com", firstName: "V" } },
  });
  assert.equal(replace.status, 400);
  assert.deepEqual(replace.body.errorCauses, [
    { errorSummary: "lastName: The field cannot be left blank" },
  ]);
  // A refused password on update leaves the profile as it was.
  const mixed = await call(emu, "POST", `/api/v1/users/${id}`, {
    body: { profile: { city: "Lyon" }, credentials: { password: { value: "short" } } },
  });
  assert.equal(mixed.status, 400);
  const read = await call(emu, "GET", `/api/v1/users/${id}`);
  await emu.close();
  assert.equal(read.body.profile.city, "Paris");
  assert.equal(read.body.profile.countryCode, undefined);
});

Deno.test("user profiles: a refused password on create leaves no user behind", async () => {
  const emu = emulator({ seed: "empty" });
  const r = await call(emu, "POST", "/api/v1/users?activate=true", {
    body: { ...newUser("pw@example.com"), credentials: { password: { value: "short" } } },
  });
  const again = await call(emu, "POST", "/api/v1/users?activate=true", {
    body: { ...newUser("pw@example.com"), credentials: { password: { value: "long enough 1!" } } },
  });
  await emu.close();
  assert.equal(r.status, 400);
  assert.equal(again.status, 200, again.text);
});

Deno.test("user profiles: every seeded demo user is valid against the default schema", async () => {
  const emu = emulator({ seed: "demo", users: 50 });
  const users = await call(emu, "GET", "/api/v1/users?limit=200");
  const failures: string[] = [];
  for (const u of users.body) {
    const r = await call(emu, "PUT", `/api/v1/users/${u.id}`, { body: { profile: u.profile } });
    if (r.status !== 200 && u.status !== "DEPROVISIONED") failures.push(`${u.id}: ${r.text}`);
  }
  await emu.close();
  assert.ok(users.body.length > 50);
  assert.deepEqual(failures, []);
});

Deno.test("group schema: GET returns Okta's group schema; custom properties are enforced on groups", async () => {
  const emu = emulator({ seed: "empty" });
  const s = await call(emu, "GET", "/api/v1/meta/schemas/group/default");
  assert.equal(s.status, 200);
  assert.equal(s.body.name, "group");
  assert.deepEqual(s.body.definitions.base.required, ["name"]);
  assert.deepEqual(Object.keys(s.body.definitions.base.properties).sort(), ["description", "name"]);
  assert.deepEqual(s.body.properties.profile.allOf, [
    { $ref: "#/definitions/custom" },
    { $ref: "#/definitions/base" },
  ]);
  assert.equal(s.body._links.self.href, `${emu.orgUrl}/api/v1/meta/schemas/group/default`);
  const unknown = await call(emu, "POST", "/api/v1/groups", {
    body: { profile: { name: "G1", groupContact: "ann" } },
  });
  assert.equal(unknown.status, 400);
  assert.equal(unknown.body.errorSummary, "Api validation failed: group");
  const add = await call(emu, "POST", "/api/v1/meta/schemas/group/default", {
    body: {
      definitions: {
        custom: {
          properties: {
            groupContact: { title: "Group administrative contact", type: "string", maxLength: 20 },
          },
        },
      },
    },
  });
  assert.equal(add.status, 200, add.text);
  const ok = await call(emu, "POST", "/api/v1/groups", {
    body: { profile: { name: "G1", groupContact: "ann" } },
  });
  assert.equal(ok.status, 200, ok.text);
  const long = await call(emu, "PUT", `/api/v1/groups/${ok.body.id}`, {
    body: { profile: { name: "G1", groupContact: "a".repeat(21) } },
  });
  const typed = await call(emu, "POST", "/api/v1/groups", { body: { profile: { name: 5 } } });
  await emu.close();
  assert.equal(long.status, 400);
  assert.match(long.body.errorCauses[0].errorSummary, /^groupContact: The field is too long/);
  assert.deepEqual(typed.body.errorCauses, [
    { errorSummary: "name: The value must be of type string" },
  ]);
});

Deno.test("user schema: custom properties survive a --state restart", async () => {
  const dir = await Deno.makeTempDir();
  const state = `${dir}/org.json`;
  try {
    const a = emulator({ seed: "empty", state });
    const r = await call(a, "POST", SCHEMA, {
      body: {
        definitions: { custom: { properties: { badge: { title: "Badge", type: "string" } } } },
      },
    });
    assert.equal(r.status, 200);
    await a.close();
    const b = emulator({ seed: "empty", state });
    const read = await call(b, "GET", SCHEMA);
    await b.close();
    assert.equal(read.body.definitions.custom.properties.badge.title, "Badge");
  } finally {
    await Deno.remove(dir, { recursive: true });
  }
});
