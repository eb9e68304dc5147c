// A mode's needs are written once (src/auth/settings.ts): createOkta's resolution and a direct
// createAuthStrategy name the same missing setting, for every mode.
import assert from "node:assert/strict";
import { createAuthStrategy, OktaAuthError } from "../../src/auth/mod.ts";
import { AUTHORIZATION_MODES, MODE_REQUIREMENTS } from "../../src/auth/settings.ts";
import { resolveConfig } from "../../src/core/config.ts";
import { OktaConfigError } from "../../src/core/errors.ts";

const ORG = "https://dev-1.okta.com";
const GIVEN: Record<string, unknown> = {
  apiToken: "00token",
  accessToken: "eyJtoken",
  clientId: "0oaclient",
  scopes: ["okta.users.read"],
  privateKey: "-----BEGIN PRIVATE KEY-----\nMIIB\n-----END PRIVATE KEY-----",
};

for (const mode of AUTHORIZATION_MODES) {
  for (const need of MODE_REQUIREMENTS[mode]) {
    Deno.test(`${mode} without ${need.setting}: both entry points name it`, () => {
      const settings: Record<string, unknown> = {};
      for (const other of MODE_REQUIREMENTS[mode]) {
        if (other !== need) settings[other.setting] = GIVEN[other.setting];
      }
      assert.throws(
        () => resolveConfig({ orgUrl: ORG, env: {}, authorizationMode: mode, ...settings }),
        (e) => {
          assert.ok(e instanceof OktaConfigError);
          assert.equal(e.setting, need.setting);
          assert.equal(e.envVar, need.envVars[0]);
          return true;
        },
      );
      assert.throws(
        () =>
          createAuthStrategy(
            { mode, orgUrl: new URL(ORG), fetch, ...settings } as Parameters<
              typeof createAuthStrategy
            >[0],
          ),
        (e) => {
          assert.ok(e instanceof OktaAuthError);
          assert.match(e.message, new RegExp(`\\(${need.setting}\\)`));
          return true;
        },
      );
    });
  }
}

Deno.test("an unknown mode lists every mode, from one list", () => {
  assert.throws(
    () => resolveConfig({ orgUrl: ORG, env: {}, authorizationMode: "Basic" as "SSWS" }),
    (e) => e instanceof OktaConfigError && AUTHORIZATION_MODES.every((m) => e.message.includes(m)),
  );
});
