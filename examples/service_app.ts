/**
 * Connect as a service app (OAuth 2.0 client credentials with `private_key_jwt`): no user, no
 * API token, only the scopes you granted the app. Then revoke the access token at the org; the
 * next call gets a fresh one by itself.
 *
 * Set up once in the Admin Console: an API Services app with public-key client authentication
 * (keep the private key), the scopes below granted, and an admin role for the app. Then:
 *
 * ```sh
 * OKTA_ORG_URL=https://dev-123.okta.com OKTA_CLIENT_AUTHORIZATIONMODE=PrivateKey \
 * OKTA_CLIENT_CLIENTID=0oa… OKTA_CLIENT_KEYID=… OKTA_CLIENT_PRIVATEKEY="$(cat key.pem)" \
 * OKTA_CLIENT_SCOPES="okta.users.read okta.groups.read" \
 *   deno run --allow-net --allow-env=OKTA_* examples/service_app.ts
 * ```
 *
 * @module
 */
import { createOkta } from "../mod.ts";

// Mode, client id, key, key id and scopes come from the OKTA_CLIENT_* variables above.
const okta = createOkta();
console.log(`auth: ${okta.auth.kind}, scopes: ${okta.config.scopes?.join(" ")}`);

// The first call gets an access token (one token request, however many calls run at once).
const [users, groups] = await Promise.all([
  okta.users.list().limit(5),
  okta.groups.list().limit(5),
]);
console.log(`${users.length} users and ${groups.length} groups`);

// Least privilege: the scopes each operation needs, from the operation table.
console.log(`listUsers needs one of: ${okta.scopesFor("listUsers").join(", ")}`);

// Revoke the token at the org (POST /oauth2/v1/revoke) and forget it.
await okta.auth.revoke();
console.log("token revoked");

// The next call signs a new client assertion and gets a new token.
const again = await okta.users.list().limit(1);
console.log(`after revoke: ${again.length} user`);
await okta.auth.revoke();
