/**
 * Create an application — an OIDC native app with its OAuth client settings — then deactivate
 * and delete it (an app is deleted only when inactive). `null` properties are stripped from
 * request bodies; `createOkta({ includeNullValues: true })` sends them (PowerShell's
 * `-IncludeNullValues`).
 *
 * ```sh
 * OKTA_ORG_URL=https://dev-123.okta.com OKTA_API_TOKEN=… \
 *   deno run --allow-net --allow-env=OKTA_* examples/create_app.ts
 * ```
 *
 * Needs `okta.apps.manage`. The app it creates is deleted at the end.
 *
 * @module
 */
import { createOkta } from "../mod.ts";

const okta = createOkta();

const app = await okta.apps.create({
  name: "oidc_client",
  label: "Example native app",
  signOnMode: "OPENID_CONNECT",
  credentials: { oauthClient: { token_endpoint_auth_method: "none" } },
  settings: {
    oauthClient: {
      client_uri: "https://example.com/client",
      logo_uri: "https://example.com/assets/images/logo-new.png",
      response_types: ["code"],
      redirect_uris: ["https://example.com/oauth2/callback", "myapp://callback"],
      post_logout_redirect_uris: ["https://example.com/postlogout", "myapp://postlogoutcallback"],
      grant_types: ["authorization_code", "refresh_token"],
      application_type: "native",
      tos_uri: "https://example.com/client/tos",
      policy_uri: "https://example.com/client/policy",
    },
  },
});
console.log(`created ${app.id} "${app.label}" (${app.signOnMode}, ${app.status})`);

await okta.apps.deactivate(app.id!);
await okta.apps.delete(app.id!);
console.log(`deactivated and deleted ${app.id}`);
