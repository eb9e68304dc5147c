// Okta's Node.js SDK against the long-tail resources of a served emulator: the SDK's own
// models and request shapes for zones, trusted origins, hooks, authorization servers, factors,
// user types, features, linked objects, SMS templates, domains, IdPs and sessions. (The users,
// groups, paging, 404/401 and 429 acceptance lives in okta_sdk_test.ts.)
import assert from "node:assert/strict";
import { startEmulator } from "../../emulator.ts";
import { BODIES } from "./_bodies.ts";

// deno-lint-ignore no-explicit-any
type Any = any;

// Loaded untyped: its typings pull @types/node into the whole type-check of this file.
const SDK = "npm:@okta/okta-sdk-nodejs@8.1.0";
const okta: Any = (await import(SDK)).default;

async function all(collection: Any): Promise<Any[]> {
  const out: Any[] = [];
  await collection.each((item: Any) => void out.push(item));
  return out;
}

Deno.test("okta sdk: long-tail resources through the SDK's own APIs", async () => {
  const emu = await startEmulator({ port: 0, seed: "demo", rateLimits: false });
  try {
    const sdk = new okta.Client({ orgUrl: emu.url, token: emu.apiToken, cacheMiddleware: null });

    // Network zones: create, get, page through the list, deactivate, delete.
    const zone = await sdk.networkZoneApi.createNetworkZone({ zone: BODIES["POST /api/v1/zones"] });
    assert.equal(zone.status, "ACTIVE");
    assert.equal((await sdk.networkZoneApi.getNetworkZone({ zoneId: zone.id })).name, "Office");
    const zones = await all(await sdk.networkZoneApi.listNetworkZones({ limit: 2 }));
    assert.equal(zones.length, 4, "3 system zones + 1, across 2 pages");
    await sdk.networkZoneApi.deactivateNetworkZone({ zoneId: zone.id });
    await sdk.networkZoneApi.deleteNetworkZone({ zoneId: zone.id });
    const gone = await sdk.networkZoneApi.getNetworkZone({ zoneId: zone.id }).catch((e: Any) => e);
    assert.equal(gone.status, 404);
    assert.equal(gone.errorCode, "E0000007");

    // Trusted origins and event hooks (validation errors surface as the SDK's OktaApiError).
    const origin = await sdk.trustedOriginApi.createTrustedOrigin({
      trustedOrigin: BODIES["POST /api/v1/trustedOrigins"],
    });
    assert.equal(origin.origin, "https://portal.example.com");
    const dup = await sdk.trustedOriginApi.createTrustedOrigin({
      trustedOrigin: BODIES["POST /api/v1/trustedOrigins"],
    }).catch((e: Any) => e);
    assert.equal(dup.status, 400);
    assert.equal(dup.errorCode, "E0000001");
    const hook = await sdk.eventHookApi.createEventHook({
      eventHook: BODIES["POST /api/v1/eventHooks"],
    });
    const verified = await sdk.eventHookApi.verifyEventHook({ eventHookId: hook.id });
    assert.equal(verified.verificationStatus, "VERIFIED");

    // Authorization servers with scopes and key rotation.
    const as = await sdk.authorizationServerApi.createAuthorizationServer({
      authorizationServer: BODIES["POST /api/v1/authorizationServers"],
    });
    assert.equal(as.issuer, `${emu.url}/oauth2/${as.id}`);
    await sdk.authorizationServerApi.createOAuth2Scope({
      authServerId: as.id,
      oAuth2Scope: { name: "orders:read" },
    });
    const scopes = await all(
      await sdk.authorizationServerApi.listOAuth2Scopes({ authServerId: as.id }),
    );
    assert.deepEqual(scopes.map((s: Any) => s.name), ["orders:read"]);
    const keys = await all(
      await sdk.authorizationServerApi.rotateAuthorizationServerKeys({
        authServerId: as.id,
        use: { use: "sig" },
      }),
    );
    assert.deepEqual(keys.map((k: Any) => k.status), ["EXPIRED", "ACTIVE"]);

    // Factors: enroll, activate, verify.
    const userId = emu.state.adminId;
    const factor = await sdk.userFactorApi.enrollFactor({
      userId,
      body: { factorType: "token:software:totp", provider: "GOOGLE" },
    });
    assert.equal(factor.status, "PENDING_ACTIVATION");
    const active = await sdk.userFactorApi.activateFactor({
      userId,
      factorId: factor.id,
      body: { passCode: "123456" },
    });
    assert.equal(active.status, "ACTIVE");
    const result = await sdk.userFactorApi.verifyFactor({
      userId,
      factorId: factor.id,
      body: { passCode: "000000" },
    });
    assert.equal(result.factorResult, "SUCCESS");
    const factors = await all(await sdk.userFactorApi.listFactors({ userId }));
    assert.equal(factors.length, 1);

    // User types, features, linked objects, SMS templates, domains, IdPs, sessions.
    const type = await sdk.userTypeApi.createUserType({
      userType: BODIES["POST /api/v1/meta/types/user"],
    });
    assert.match(type.id, /^oty/);
    const features = await all(await sdk.featureApi.listFeatures());
    const target = features.find((f: Any) =>
      f.status === "DISABLED" && f.name === "Early Access Realms"
    );
    const enabled = await sdk.featureApi.updateFeatureLifecycle({
      featureId: target.id,
      lifecycle: "enable",
    });
    assert.equal(enabled.status, "ENABLED");
    const lo = await sdk.linkedObjectApi.createLinkedObjectDefinition({
      linkedObject: BODIES["POST /api/v1/meta/schemas/user/linkedObjects"],
    });
    assert.equal(lo.associated.name, "subordinate");
    const tpl = await sdk.templateApi.createSmsTemplate({
      smsTemplate: BODIES["POST /api/v1/templates/sms"],
    });
    assert.equal(tpl.template, "Your code is ${code}");
    const domain = await sdk.customDomainApi.createCustomDomain({
      domain: BODIES["POST /api/v1/domains"],
    });
    const checked = await sdk.customDomainApi.verifyDomain({ domainId: domain.id });
    assert.equal(checked.validationStatus, "COMPLETED");
    const idp = await sdk.identityProviderApi.createIdentityProvider({
      identityProvider: BODIES["POST /api/v1/idps"],
    });
    assert.equal(idp.type, "GOOGLE");
    const session = await sdk.sessionApi.createSession({
      createSessionRequest: { sessionToken: "token-from-authn" },
    });
    assert.equal(session.userId, userId);
    await sdk.sessionApi.revokeSession({ sessionId: session.id });
    const ended = await sdk.sessionApi.getSession({ sessionId: session.id }).catch((e: Any) => e);
    assert.equal(ended.status, 404);
  } finally {
    await emu.close();
  }
});
