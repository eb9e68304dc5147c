/**
 * Sign in as yourself with the OAuth 2.0 device authorization grant — the PowerShell module's
 * `Invoke-OktaEstablishAccessToken` — then revoke the token (`Invoke-OktaRevokeAccessToken`).
 * Your calls run with your own admin permissions, limited to the scopes asked for.
 *
 * Set up once: an OIDC Native app with the Device Authorization grant, the `okta.*` scopes
 * granted, and assigned to you. Then:
 *
 * ```sh
 * OKTA_ORG_URL=https://dev-123.okta.com OKTA_CLIENT_AUTHORIZATIONMODE=Device \
 * OKTA_CLIENT_CLIENTID=0oa… OKTA_CLIENT_SCOPES="okta.groups.read" \
 *   deno run --allow-net --allow-env=OKTA_* examples/device_grant.ts
 * ```
 *
 * Open the printed URL, enter the code and sign in; the script continues by itself. To keep
 * the sign-in across runs, pass `oauth: { tokenCache: true, refresh: true }` (a 0600 file;
 * needs `--allow-read --allow-write` for it) or use `deno task login`.
 *
 * @module
 */
import { createOkta } from "../mod.ts";

const okta = createOkta({
  oauth: {
    onDeviceCode: ({ verificationUri, userCode, expiresIn }) => {
      console.log(`Open ${verificationUri} and enter the code ${userCode}`);
      console.log(`(the code expires in ${Math.round(expiresIn / 60)} minutes)`);
    },
  },
});
console.log(`auth: ${okta.auth.kind}`);

// The first call starts the sign-in and waits for you to approve it.
const groups = await okta.groups.list().limit(5);
for (const group of groups) console.log(`${group.id}  ${group.profile?.name}`);

// Revoke the access token at the org and forget it; a later call would ask you to sign in again.
await okta.auth.revoke();
console.log("signed out: token revoked");
