// Valid request bodies for the long-tail resources with real validation, shared by their tests.

const HOOK_CHANNEL = {
  type: "HTTP",
  version: "1.0.0",
  config: { uri: "https://hooks.example.com/okta" },
};

/** Valid bodies for the creates of resources with real validation (by template). */
export const BODIES: Record<string, unknown> = {
  "POST /api/v1/zones": {
    name: "Office",
    type: "IP",
    gateways: [{ type: "CIDR", value: "10.0.0.0/24" }],
  },
  "POST /api/v1/trustedOrigins": {
    name: "Portal",
    origin: "https://portal.example.com",
    scopes: [{ type: "CORS" }, { type: "REDIRECT" }],
  },
  "POST /api/v1/eventHooks": {
    name: "Audit",
    events: { type: "EVENT_TYPE", items: ["user.lifecycle.create"] },
    channel: HOOK_CHANNEL,
  },
  "POST /api/v1/inlineHooks": {
    name: "Tokens",
    type: "com.okta.oauth2.tokens.transform",
    version: "1.0.0",
    channel: HOOK_CHANNEL,
  },
  "POST /api/v1/templates/sms": {
    name: "Code",
    type: "SMS_VERIFY_CODE",
    template: "Your code is ${code}",
  },
  "POST /api/v1/idps": {
    name: "Google",
    type: "GOOGLE",
    protocol: { type: "OIDC", scopes: ["openid"] },
  },
  "POST /api/v1/authorizationServers": { name: "Partners", audiences: ["api://partners"] },
  "POST /api/v1/authorizationServers/{}/scopes": { name: "orders:read" },
  "POST /api/v1/authorizationServers/{}/claims": {
    name: "dept",
    claimType: "RESOURCE",
    valueType: "EXPRESSION",
    value: "user.department",
  },
  "POST /api/v1/authorizationServers/{}/policies": {
    name: "All clients",
    type: "OAUTH_AUTHORIZATION_POLICY",
  },
  "POST /api/v1/authorizationServers/{}/policies/{}/rules": {
    name: "Allow",
    type: "RESOURCE_ACCESS",
  },
  "POST /api/v1/meta/schemas/user/linkedObjects": {
    primary: { name: "manager", title: "Manager", type: "USER" },
    associated: { name: "subordinate", title: "Subordinate", type: "USER" },
  },
  "POST /api/v1/meta/types/user": { name: "contractor", displayName: "Contractor" },
  "POST /api/v1/domains": { domain: "login.example.com", certificateSourceType: "OKTA_MANAGED" },
  "POST /api/v1/sessions": { sessionToken: "20111h0ZlxUSrOHQE-token" },
  "POST /api/v1/users/{}/factors": { factorType: "token:software:totp", provider: "GOOGLE" },
};
