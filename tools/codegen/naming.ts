/**
 * The fluent naming rule: tag → namespace path, operationId → method name.
 *
 * Rule (deterministic): a tag maps to a namespace path through TAG_NAMESPACES, or else by
 * nesting under the longest known tag prefix (`ApplicationUsers` → `apps.users`), or else to its
 * camelCased name. The method name is the operationId's verb followed by the words of the
 * operationId that do not already appear in the namespace path. Collisions fall back to the full
 * operationId. METHOD_OVERRIDES (reviewed by hand) wins over everything.
 *
 * @module
 */

/** Tags whose namespace path is chosen by hand. */
export const TAG_NAMESPACES: Record<string, string> = {
  User: "users",
  UserLifecycle: "users.lifecycle",
  UserCred: "users.credentials",
  UserFactor: "users.factors",
  UserType: "userTypes",
  UserGrant: "users.grants",
  UserOAuth: "users.oauth",
  UserRisk: "users.risk",
  UserSessions: "users.sessions",
  UserResources: "users.resources",
  UserLinkedObject: "users.linkedObjects",
  UserClassification: "users.classification",
  UserAuthenticatorEnrollments: "users.authenticatorEnrollments",
  Group: "groups",
  GroupRule: "groups.rules",
  GroupOwner: "groups.owners",
  GroupPushMapping: "apps.groupPushMappings",
  Application: "apps",
  ApplicationSSO: "apps.sso",
  ApplicationSSOCredentialKey: "apps.credentialKeys",
  ApplicationSSOPublicKeys: "apps.publicKeys",
  ApplicationSSOFederatedClaims: "apps.federatedClaims",
  AuthorizationServer: "authorizationServers",
  AuthorizationServerAssoc: "authorizationServers.associations",
  OAuth2ResourceServerCredentialsKeys: "authorizationServers.resourceServerKeys",
  IdentityProvider: "idps",
  SystemLog: "logs",
  Policy: "policies",
  OrgSetting: "org",
  OrgCreator: "org.creator",
  OrgSettingMetadata: "org.metadata",
  RoleAssignmentAUser: "roles.userAssignments",
  RoleAssignmentBGroup: "roles.groupAssignments",
  RoleAssignmentClient: "roles.clientAssignments",
  RoleBTargetAdmin: "roles.userTargets",
  RoleBTargetBGroup: "roles.groupTargets",
  RoleBTargetClient: "roles.clientTargets",
  RoleCResourceSet: "roles.resourceSets",
  RoleCResourceSetResource: "roles.resourceSets.resources",
  RoleDResourceSetBinding: "roles.resourceSets.bindings",
  RoleDResourceSetBindingMember: "roles.resourceSets.bindings.members",
  RoleECustom: "roles.custom",
  RoleECustomPermission: "roles.custom.permissions",
  CAPTCHA: "captchas",
  Session: "sessions",
  Brands: "brands",
  Themes: "brands.themes",
  CustomPages: "brands.pages",
  CustomTemplates: "brands.templates",
  Customization: "brands.customization",
  EmailCustomization: "brands.emailCustomization",
  Template: "smsTemplates",
  Schema: "schemas",
  UISchema: "uiSchemas",
  NetworkZone: "zones",
  Feature: "features",
  Device: "devices",
  Behavior: "behaviors",
  Authenticator: "authenticators",
  EventHook: "eventHooks",
  InlineHook: "inlineHooks",
  HookKey: "hookKeys",
  LogStream: "logStreams",
  TrustedOrigin: "trustedOrigins",
  PushProvider: "pushProviders",
  RiskProvider: "riskProviders",
  RiskEvent: "riskEvents",
  AgentPools: "agentPools",
  ApiToken: "apiTokens",
  Realm: "realms",
  RealmAssignment: "realms.assignments",
  Subscription: "subscriptions",
  EmailDomain: "emailDomains",
  EmailServer: "emailServers",
  CustomDomain: "domains",
  LinkedObject: "linkedObjects",
  ProfileMapping: "mappings",
  PrincipalRateLimit: "principalRateLimits",
  RateLimitSettings: "rateLimitSettings",
  IdentitySource: "identitySources",
  ServiceAccount: "serviceAccounts",
  DeviceAssurance: "deviceAssurances",
};

/** Hand-reviewed method names, by operationId: `namespace.path.method`. */
export const METHOD_OVERRIDES: Record<string, string> = {
  listLogEvents: "logs.list",
  assignUserToGroup: "groups.users.add",
  unassignUserFromGroup: "groups.users.remove",
  listGroupUsers: "groups.users.list",
  addGroup: "groups.create",
  listOAuth2Claims: "authorizationServers.claims.list",
  createOAuth2Claim: "authorizationServers.claims.create",
  getOAuth2Claim: "authorizationServers.claims.get",
  replaceOAuth2Claim: "authorizationServers.claims.replace",
  deleteOAuth2Claim: "authorizationServers.claims.delete",
  listOAuth2Scopes: "authorizationServers.scopes.list",
  createOAuth2Scope: "authorizationServers.scopes.create",
  getOAuth2Scope: "authorizationServers.scopes.get",
  replaceOAuth2Scope: "authorizationServers.scopes.replace",
  deleteOAuth2Scope: "authorizationServers.scopes.delete",
  listOAuth2ClientsForAuthorizationServer: "authorizationServers.clients.list",
  listOAuth2ClientSecrets: "apps.clientSecrets.list",
  createOAuth2ClientSecret: "apps.clientSecrets.create",
  getOAuth2ClientSecret: "apps.clientSecrets.get",
  deleteOAuth2ClientSecret: "apps.clientSecrets.delete",
  activateOAuth2ClientSecret: "apps.clientSecrets.activate",
  deactivateOAuth2ClientSecret: "apps.clientSecrets.deactivate",
  deletejwk: "apps.publicKeys.deleteJwk",
  activateOAuth2ClientJsonWebKey: "apps.publicKeys.activateJwk",
  deactivateOAuth2ClientJsonWebKey: "apps.publicKeys.deactivateJwk",
  previewSAMLmetadataForApplication: "apps.sso.previewSamlMetadata",
  listOAuth2TokensForApplication: "apps.tokens.list",
  revokeOAuth2TokensForApplication: "apps.tokens.revokeAll",
  getOAuth2TokenForApplication: "apps.tokens.get",
  revokeOAuth2TokenForApplication: "apps.tokens.revoke",
  listAllCustomAAGUIDs: "authenticators.listCustomAaguids",
  addResourceSetResources: "roles.resourceSets.resources.addMany",
};

const RESERVED_TOP = new Set([
  "request",
  "paginate",
  "call",
  "callList",
  "auth",
  "config",
  "close",
  "bulk",
  "operation",
  "scopesFor",
]);

const RESERVED_ANY = new Set(["then", "catch", "finally", "constructor", "prototype", "__proto__"]);

function words(s: string): string[] {
  return s.replace(/([a-z0-9])([A-Z])/g, "$1 $2").replace(/([A-Z]+)([A-Z][a-z])/g, "$1 $2")
    .split(/[^A-Za-z0-9]+/).filter(Boolean);
}

function singular(w: string): string {
  const l = w.toLowerCase();
  if (l.endsWith("ies")) return l.slice(0, -3) + "y";
  if (/(ss|us)$/.test(l)) return l;
  if (l.endsWith("ses")) return l.slice(0, -2);
  if (l.endsWith("s")) return l.slice(0, -1);
  return l;
}

function camel(ws: string[]): string {
  return ws.map((w, i) => {
    const lower = w.toLowerCase();
    return i === 0 ? lower : lower[0].toUpperCase() + lower.slice(1);
  }).join("");
}

/** The namespace path for a tag. */
export function namespaceFor(tag: string): string {
  if (TAG_NAMESPACES[tag]) return TAG_NAMESPACES[tag];
  // Longest hand-mapped tag that prefixes this one → nest the rest under it.
  let best = "";
  for (const t of Object.keys(TAG_NAMESPACES)) {
    if (tag.startsWith(t) && t.length > best.length && /^[A-Z]/.test(tag.slice(t.length))) best = t;
  }
  if (best) return `${TAG_NAMESPACES[best]}.${camel(words(tag.slice(best.length)))}`;
  return camel(words(tag));
}

const CONNECTIVES = new Set(["for", "from", "to", "by", "of", "with", "and"]);

/** Assigns a unique fluent path to every operation. Input order is preserved. */
export function assignFluentNames(ops: { id: string; tag: string }[]): Map<string, string> {
  const out = new Map<string, string>();
  const used = new Set<string>();
  const nsPaths = new Set<string>();
  for (const op of ops) {
    const ns = namespaceFor(op.tag);
    const parts = ns.split(".");
    for (let i = 1; i <= parts.length; i++) nsPaths.add(parts.slice(0, i).join("."));
  }
  for (const [id, fluent] of Object.entries(METHOD_OVERRIDES)) {
    if (ops.some((o) => o.id === id)) used.add(fluent);
  }
  for (const op of ops) {
    const override = METHOD_OVERRIDES[op.id];
    if (override) {
      out.set(op.id, override);
      const parts = override.split(".");
      for (let i = 1; i < parts.length; i++) nsPaths.add(parts.slice(0, i).join("."));
      continue;
    }
  }
  for (const op of ops) {
    if (out.has(op.id)) continue;
    const ns = namespaceFor(op.tag);
    const nsWords = new Set(
      ns.split(".").flatMap((p) => words(p)).map(singular).concat(words(op.tag).map(singular)),
    );
    const [verb, ...rest] = words(op.id);
    let kept = rest.filter((w) => !nsWords.has(singular(w)));
    while (kept.length && CONNECTIVES.has(kept[0].toLowerCase())) kept = kept.slice(1);
    while (kept.length && CONNECTIVES.has(kept[kept.length - 1].toLowerCase())) {
      kept = kept.slice(0, -1);
    }
    let name = camel([verb, ...kept]);
    const clash = (n: string) => {
      const full = `${ns}.${n}`;
      return used.has(full) || nsPaths.has(full) || RESERVED_ANY.has(n);
    };
    if (clash(name)) name = op.id;
    if (clash(name)) name = `${op.id}Op`;
    const full = `${ns}.${name}`;
    used.add(full);
    out.set(op.id, full);
  }
  for (const [id, full] of out) {
    const top = full.split(".")[0];
    if (RESERVED_TOP.has(top)) {
      throw new Error(`fluent name ${full} of ${id} collides with a client member`);
    }
  }
  return out;
}
