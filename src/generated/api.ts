// generated — do not edit. Run `deno task codegen` (source: tools/codegen/).
/**
 * The typed fluent surface of the Okta Management API (types only, no runtime code).
 *
 * @module
 */
// deno-lint-ignore-file
// @ts-nocheck
import type * as T from "./types.ts";
import type { Call, CallOptions, ListCall } from "../api/shapes.ts";

/** Per-operation types, by operationId: arguments of `okta.operation()` and the result. */
export interface Operations {
  /** `GET /.well-known/app-authenticator-configuration` */
  getWellKnownAppAuthenticatorConfiguration: { args: { oauthClientId?: string; headers?: Record<string, string>; }; result: ListCall<T.WellKnownAppAuthenticatorConfiguration, { oauthClientId?: string; }> };
  /** `GET /.well-known/apple-app-site-association` */
  getAppleAppSiteAssociationWellKnownURI: { args: { headers?: Record<string, string>; }; result: Call<T.PublicAppleAppSiteWellKnownURI, {}> };
  /** `GET /.well-known/assetlinks.json` */
  getAssetLinksWellKnownURI: { args: { headers?: Record<string, string>; }; result: ListCall<Record<string, unknown>, {}> };
  /** `GET /.well-known/okta-organization` */
  getWellknownOrgMetadata: { args: { headers?: Record<string, string>; }; result: Call<T.WellKnownOrgMetadata, {}> };
  /** `GET /.well-known/ssf-configuration` */
  getWellknownSsfMetadata: { args: { headers?: Record<string, string>; }; result: Call<T.WellKnownSSFMetadata, {}> };
  /** `GET /.well-known/webauthn` */
  getWebAuthnWellKnownURI: { args: { headers?: Record<string, string>; }; result: Call<T.PublicWebauthnSiteWellKnownURI, {}> };
  /** `GET /api/v1/agentPools` */
  listAgentPools: { args: { limitPerPoolType?: number; poolType?: T.AgentType; after?: string; headers?: Record<string, string>; }; result: ListCall<T.AgentPool, { limitPerPoolType?: number; poolType?: T.AgentType; after?: string; }> };
  /** `GET /api/v1/agentPools/{poolId}/updates` */
  listAgentPoolsUpdates: { args: { poolId: string; scheduled?: boolean; headers?: Record<string, string>; }; result: ListCall<T.AgentPoolUpdate, { scheduled?: boolean; }> };
  /** `POST /api/v1/agentPools/{poolId}/updates` */
  createAgentPoolsUpdate: { args: { poolId: string; body: T.AgentPoolUpdate; headers?: Record<string, string>; }; result: Call<T.AgentPoolUpdate, {}> };
  /** `GET /api/v1/agentPools/{poolId}/updates/settings` */
  getAgentPoolsUpdateSettings: { args: { poolId: string; headers?: Record<string, string>; }; result: Call<T.AgentPoolUpdateSettingResponse, {}> };
  /** `POST /api/v1/agentPools/{poolId}/updates/settings` */
  updateAgentPoolsUpdateSettings: { args: { poolId: string; body: T.AgentPoolUpdateSettingRequest; headers?: Record<string, string>; }; result: Call<T.AgentPoolUpdateSettingResponse, {}> };
  /** `GET /api/v1/agentPools/{poolId}/updates/{updateId}` */
  getAgentPoolsUpdateInstance: { args: { poolId: string; updateId: string; headers?: Record<string, string>; }; result: Call<T.AgentPoolUpdate, {}> };
  /** `POST /api/v1/agentPools/{poolId}/updates/{updateId}` */
  updateAgentPoolsUpdate: { args: { poolId: string; updateId: string; body: T.AgentPoolUpdate; headers?: Record<string, string>; }; result: Call<T.AgentPoolUpdate, {}> };
  /** `DELETE /api/v1/agentPools/{poolId}/updates/{updateId}` */
  deleteAgentPoolsUpdate: { args: { poolId: string; updateId: string; headers?: Record<string, string>; }; result: Call<void, {}> };
  /** `POST /api/v1/agentPools/{poolId}/updates/{updateId}/activate` */
  activateAgentPoolsUpdate: { args: { poolId: string; updateId: string; headers?: Record<string, string>; }; result: Call<T.AgentPoolUpdate, {}> };
  /** `POST /api/v1/agentPools/{poolId}/updates/{updateId}/deactivate` */
  deactivateAgentPoolsUpdate: { args: { poolId: string; updateId: string; headers?: Record<string, string>; }; result: Call<T.AgentPoolUpdate, {}> };
  /** `POST /api/v1/agentPools/{poolId}/updates/{updateId}/pause` */
  pauseAgentPoolsUpdate: { args: { poolId: string; updateId: string; headers?: Record<string, string>; }; result: Call<T.AgentPoolUpdate, {}> };
  /** `POST /api/v1/agentPools/{poolId}/updates/{updateId}/resume` */
  resumeAgentPoolsUpdate: { args: { poolId: string; updateId: string; headers?: Record<string, string>; }; result: Call<T.AgentPoolUpdate, {}> };
  /** `POST /api/v1/agentPools/{poolId}/updates/{updateId}/retry` */
  retryAgentPoolsUpdate: { args: { poolId: string; updateId: string; headers?: Record<string, string>; }; result: Call<T.AgentPoolUpdate, {}> };
  /** `POST /api/v1/agentPools/{poolId}/updates/{updateId}/stop` */
  stopAgentPoolsUpdate: { args: { poolId: string; updateId: string; headers?: Record<string, string>; }; result: Call<T.AgentPoolUpdate, {}> };
  /** `GET /api/v1/api-tokens` */
  listApiTokens: { args: { headers?: Record<string, string>; }; result: ListCall<T.ApiToken, {}> };
  /** `DELETE /api/v1/api-tokens/current` */
  revokeCurrentApiToken: { args: { headers?: Record<string, string>; }; result: Call<void, {}> };
  /** `GET /api/v1/api-tokens/{apiTokenId}` */
  getApiToken: { args: { apiTokenId: string; headers?: Record<string, string>; }; result: Call<T.ApiToken, {}> };
  /** `PUT /api/v1/api-tokens/{apiTokenId}` */
  upsertApiToken: { args: { apiTokenId: string; body: T.ApiTokenUpdate; headers?: Record<string, string>; }; result: Call<T.ApiToken, {}> };
  /** `DELETE /api/v1/api-tokens/{apiTokenId}` */
  revokeApiToken: { args: { apiTokenId: string; headers?: Record<string, string>; }; result: Call<void, {}> };
  /** `GET /api/v1/apps` */
  listApplications: { args: { q?: string; after?: string; useOptimization?: boolean; alwaysIncludeVpnSettings?: boolean; limit?: number; filter?: string; expand?: string; includeNonDeleted?: boolean; headers?: Record<string, string>; }; result: ListCall<T.Application, { q?: string; after?: string; useOptimization?: boolean; alwaysIncludeVpnSettings?: boolean; limit?: number; filter?: string; expand?: string; includeNonDeleted?: boolean; }> };
  /** `POST /api/v1/apps` */
  createApplication: { args: { activate?: boolean; "OktaAccessGateway-Agent"?: string; body: T.Application; headers?: Record<string, string>; }; result: Call<T.Application, { activate?: boolean; }> };
  /** `GET /api/v1/apps/{appId}` */
  getApplication: { args: { appId: string; expand?: string; headers?: Record<string, string>; }; result: Call<T.Application, { expand?: string; }> };
  /** `PUT /api/v1/apps/{appId}` */
  replaceApplication: { args: { appId: string; body: T.Application; headers?: Record<string, string>; }; result: Call<T.Application, {}> };
  /** `DELETE /api/v1/apps/{appId}` */
  deleteApplication: { args: { appId: string; headers?: Record<string, string>; }; result: Call<void, {}> };
  /** `GET /api/v1/apps/{appId}/connections/default` */
  getDefaultProvisioningConnectionForApplication: { args: { appId: string; headers?: Record<string, string>; }; result: Call<T.ProvisioningConnectionResponse, {}> };
  /** `POST /api/v1/apps/{appId}/connections/default` */
  updateDefaultProvisioningConnectionForApplication: { args: { appId: string; activate?: boolean; body: (T.ProvisioningConnectionTokenRequest | T.ProvisioningConnectionOauthRequest); headers?: Record<string, string>; }; result: Call<T.ProvisioningConnectionResponse, { activate?: boolean; }> };
  /** `GET /api/v1/apps/{appId}/connections/default/jwks` */
  getUserProvisioningConnectionJWKS: { args: { appId: string; headers?: Record<string, string>; }; result: Call<T.AppConnectionUserProvisionJWKResponse, {}> };
  /** `POST /api/v1/apps/{appId}/connections/default/lifecycle/activate` */
  activateDefaultProvisioningConnectionForApplication: { args: { appId: string; headers?: Record<string, string>; }; result: Call<void, {}> };
  /** `POST /api/v1/apps/{appId}/connections/default/lifecycle/deactivate` */
  deactivateDefaultProvisioningConnectionForApplication: { args: { appId: string; headers?: Record<string, string>; }; result: Call<void, {}> };
  /** `GET /api/v1/apps/{appId}/credentials/csrs` */
  listCsrsForApplication: { args: { appId: string; headers?: Record<string, string>; }; result: ListCall<T.Csr, {}> };
  /** `POST /api/v1/apps/{appId}/credentials/csrs` */
  generateCsrForApplication: { args: { appId: string; body: T.CsrMetadata; headers?: Record<string, string>; }; result: Call<T.Csr, {}> };
  /** `GET /api/v1/apps/{appId}/credentials/csrs/{csrId}` */
  getCsrForApplication: { args: { appId: string; csrId: string; headers?: Record<string, string>; }; result: Call<T.Csr, {}> };
  /** `DELETE /api/v1/apps/{appId}/credentials/csrs/{csrId}` */
  revokeCsrFromApplication: { args: { appId: string; csrId: string; headers?: Record<string, string>; }; result: Call<void, {}> };
  /** `POST /api/v1/apps/{appId}/credentials/csrs/{csrId}/lifecycle/publish` */
  publishCsrFromApplication: { args: { appId: string; csrId: string; body: string | Blob; headers?: Record<string, string>; }; result: Call<T.JsonWebKey, {}> };
  /** `GET /api/v1/apps/{appId}/credentials/jwks` */
  listJwk: { args: { appId: string; headers?: Record<string, string>; }; result: ListCall<(T.OAuth2ClientJsonSigningKeyResponse | T.OAuth2ClientJsonEncryptionKeyResponse), {}> };
  /** `POST /api/v1/apps/{appId}/credentials/jwks` */
  addJwk: { args: { appId: string; body: (T.OAuth2ClientJsonSigningKeyRequest | T.OAuth2ClientJsonEncryptionKeyRequest); headers?: Record<string, string>; }; result: Call<(T.OAuth2ClientJsonSigningKeyResponse | T.OAuth2ClientJsonEncryptionKeyResponse), {}> };
  /** `GET /api/v1/apps/{appId}/credentials/jwks/{keyId}` */
  getJwk: { args: { appId: string; keyId: string; headers?: Record<string, string>; }; result: Call<(T.OAuth2ClientJsonSigningKeyResponse | T.OAuth2ClientJsonEncryptionKeyResponse), {}> };
  /** `DELETE /api/v1/apps/{appId}/credentials/jwks/{keyId}` */
  deletejwk: { args: { appId: string; keyId: string; headers?: Record<string, string>; }; result: Call<void, {}> };
  /** `POST /api/v1/apps/{appId}/credentials/jwks/{keyId}/lifecycle/activate` */
  activateOAuth2ClientJsonWebKey: { args: { appId: string; keyId: string; headers?: Record<string, string>; }; result: Call<(T.OAuth2ClientJsonSigningKeyResponse | T.OAuth2ClientJsonEncryptionKeyResponse), {}> };
  /** `POST /api/v1/apps/{appId}/credentials/jwks/{keyId}/lifecycle/deactivate` */
  deactivateOAuth2ClientJsonWebKey: { args: { appId: string; keyId: string; headers?: Record<string, string>; }; result: Call<T.OAuth2ClientJsonSigningKeyResponse, {}> };
  /** `GET /api/v1/apps/{appId}/credentials/keys` */
  listApplicationKeys: { args: { appId: string; headers?: Record<string, string>; }; result: ListCall<T.JsonWebKey, {}> };
  /** `POST /api/v1/apps/{appId}/credentials/keys/generate` */
  generateApplicationKey: { args: { appId: string; validityYears?: number; headers?: Record<string, string>; }; result: Call<T.JsonWebKey, { validityYears?: number; }> };
  /** `GET /api/v1/apps/{appId}/credentials/keys/{keyId}` */
  getApplicationKey: { args: { appId: string; keyId: string; headers?: Record<string, string>; }; result: Call<T.JsonWebKey, {}> };
  /** `POST /api/v1/apps/{appId}/credentials/keys/{keyId}/clone` */
  cloneApplicationKey: { args: { appId: string; keyId: string; targetAid?: string; headers?: Record<string, string>; }; result: Call<T.JsonWebKey, { targetAid?: string; }> };
  /** `GET /api/v1/apps/{appId}/credentials/secrets` */
  listOAuth2ClientSecrets: { args: { appId: string; headers?: Record<string, string>; }; result: ListCall<T.OAuth2ClientSecret, {}> };
  /** `POST /api/v1/apps/{appId}/credentials/secrets` */
  createOAuth2ClientSecret: { args: { appId: string; body?: T.OAuth2ClientSecretRequestBody; headers?: Record<string, string>; }; result: Call<T.OAuth2ClientSecret, {}> };
  /** `GET /api/v1/apps/{appId}/credentials/secrets/{secretId}` */
  getOAuth2ClientSecret: { args: { appId: string; secretId: string; headers?: Record<string, string>; }; result: Call<T.OAuth2ClientSecret, {}> };
  /** `DELETE /api/v1/apps/{appId}/credentials/secrets/{secretId}` */
  deleteOAuth2ClientSecret: { args: { appId: string; secretId: string; headers?: Record<string, string>; }; result: Call<void, {}> };
  /** `POST /api/v1/apps/{appId}/credentials/secrets/{secretId}/lifecycle/activate` */
  activateOAuth2ClientSecret: { args: { appId: string; secretId: string; headers?: Record<string, string>; }; result: Call<T.OAuth2ClientSecret, {}> };
  /** `POST /api/v1/apps/{appId}/credentials/secrets/{secretId}/lifecycle/deactivate` */
  deactivateOAuth2ClientSecret: { args: { appId: string; secretId: string; headers?: Record<string, string>; }; result: Call<T.OAuth2ClientSecret, {}> };
  /** `GET /api/v1/apps/{appId}/cwo/connections` */
  getAllCrossAppAccessConnections: { args: { appId: string; after?: string; limit?: number; status?: ("ACTIVE" | "INACTIVE" | T.UnknownEnumValue); requestingAppId?: string; resourceAppId?: string; activeAppsOnly?: boolean; requestingAppName?: string; resourceAppName?: string; headers?: Record<string, string>; }; result: ListCall<T.OrgCrossAppAccessConnection, { after?: string; limit?: number; status?: ("ACTIVE" | "INACTIVE" | T.UnknownEnumValue); requestingAppId?: string; resourceAppId?: string; activeAppsOnly?: boolean; requestingAppName?: string; resourceAppName?: string; }> };
  /** `POST /api/v1/apps/{appId}/cwo/connections` */
  createCrossAppAccessConnection: { args: { appId: string; body: T.OrgCrossAppAccessConnection; headers?: Record<string, string>; }; result: Call<T.OrgCrossAppAccessConnection, {}> };
  /** `GET /api/v1/apps/{appId}/cwo/connections/{connectionId}` */
  getCrossAppAccessConnection: { args: { appId: string; connectionId: string; headers?: Record<string, string>; }; result: Call<T.OrgCrossAppAccessConnection, {}> };
  /** `PATCH /api/v1/apps/{appId}/cwo/connections/{connectionId}` */
  updateCrossAppAccessConnection: { args: { appId: string; connectionId: string; body: T.OrgCrossAppAccessConnectionPatchRequest; headers?: Record<string, string>; }; result: Call<T.OrgCrossAppAccessConnection, {}> };
  /** `DELETE /api/v1/apps/{appId}/cwo/connections/{connectionId}` */
  deleteCrossAppAccessConnection: { args: { appId: string; connectionId: string; headers?: Record<string, string>; }; result: Call<void, {}> };
  /** `GET /api/v1/apps/{appId}/features` */
  listFeaturesForApplication: { args: { appId: string; headers?: Record<string, string>; }; result: ListCall<T.ApplicationFeature, {}> };
  /** `GET /api/v1/apps/{appId}/features/{featureName}` */
  getFeatureForApplication: { args: { appId: string; featureName: string; headers?: Record<string, string>; }; result: Call<T.ApplicationFeature, {}> };
  /** `PUT /api/v1/apps/{appId}/features/{featureName}` */
  updateFeatureForApplication: { args: { appId: string; featureName: string; body: (T.CapabilitiesObject | T.CapabilitiesInboundProvisioningObject); headers?: Record<string, string>; }; result: Call<T.ApplicationFeature, {}> };
  /** `GET /api/v1/apps/{appId}/federated-claims` */
  listFederatedClaims: { args: { appId: string; headers?: Record<string, string>; }; result: ListCall<T.FederatedClaim, {}> };
  /** `POST /api/v1/apps/{appId}/federated-claims` */
  createFederatedClaim: { args: { appId: string; body: T.FederatedClaimRequestBody; headers?: Record<string, string>; }; result: Call<T.FederatedClaim, {}> };
  /** `GET /api/v1/apps/{appId}/federated-claims/{claimId}` */
  getFederatedClaim: { args: { appId: string; claimId: string; headers?: Record<string, string>; }; result: Call<T.FederatedClaimRequestBody, {}> };
  /** `PUT /api/v1/apps/{appId}/federated-claims/{claimId}` */
  replaceFederatedClaim: { args: { appId: string; claimId: string; body?: T.FederatedClaim; headers?: Record<string, string>; }; result: Call<T.FederatedClaim, {}> };
  /** `DELETE /api/v1/apps/{appId}/federated-claims/{claimId}` */
  deleteFederatedClaim: { args: { appId: string; claimId: string; headers?: Record<string, string>; }; result: Call<void, {}> };
  /** `GET /api/v1/apps/{appId}/grants` */
  listScopeConsentGrants: { args: { appId: string; expand?: string; headers?: Record<string, string>; }; result: ListCall<T.OAuth2ScopeConsentGrant, { expand?: string; }> };
  /** `POST /api/v1/apps/{appId}/grants` */
  grantConsentToScope: { args: { appId: string; body: T.OAuth2ScopeConsentGrant; headers?: Record<string, string>; }; result: Call<T.OAuth2ScopeConsentGrant, {}> };
  /** `GET /api/v1/apps/{appId}/grants/{grantId}` */
  getScopeConsentGrant: { args: { appId: string; grantId: string; expand?: string; headers?: Record<string, string>; }; result: Call<T.OAuth2ScopeConsentGrant, { expand?: string; }> };
  /** `DELETE /api/v1/apps/{appId}/grants/{grantId}` */
  revokeScopeConsentGrant: { args: { appId: string; grantId: string; headers?: Record<string, string>; }; result: Call<void, {}> };
  /** `GET /api/v1/apps/{appId}/group-push/mappings` */
  listGroupPushMappings: { args: { appId: string; after?: string; limit?: number; lastUpdated?: string; sourceGroupId?: string; status?: T.GroupPushMappingStatus; headers?: Record<string, string>; }; result: ListCall<T.GroupPushMapping, { after?: string; limit?: number; lastUpdated?: string; sourceGroupId?: string; status?: T.GroupPushMappingStatus; }> };
  /** `POST /api/v1/apps/{appId}/group-push/mappings` */
  createGroupPushMapping: { args: { appId: string; body: T.CreateGroupPushMappingRequest; headers?: Record<string, string>; }; result: Call<T.GroupPushMapping, {}> };
  /** `GET /api/v1/apps/{appId}/group-push/mappings/{mappingId}` */
  getGroupPushMapping: { args: { appId: string; mappingId: string; headers?: Record<string, string>; }; result: Call<T.GroupPushMapping, {}> };
  /** `PATCH /api/v1/apps/{appId}/group-push/mappings/{mappingId}` */
  updateGroupPushMapping: { args: { appId: string; mappingId: string; body: T.UpdateGroupPushMappingRequest; headers?: Record<string, string>; }; result: Call<T.GroupPushMapping, {}> };
  /** `DELETE /api/v1/apps/{appId}/group-push/mappings/{mappingId}` */
  deleteGroupPushMapping: { args: { appId: string; mappingId: string; deleteTargetGroup?: boolean; headers?: Record<string, string>; }; result: Call<void, { deleteTargetGroup?: boolean; }> };
  /** `GET /api/v1/apps/{appId}/groups` */
  listApplicationGroupAssignments: { args: { appId: string; q?: string; after?: string; limit?: number; expand?: string; headers?: Record<string, string>; }; result: ListCall<T.ApplicationGroupAssignment, { q?: string; after?: string; limit?: number; expand?: string; }> };
  /** `GET /api/v1/apps/{appId}/groups/{groupId}` */
  getApplicationGroupAssignment: { args: { appId: string; groupId: string; expand?: string; headers?: Record<string, string>; }; result: Call<T.ApplicationGroupAssignment, { expand?: string; }> };
  /** `PUT /api/v1/apps/{appId}/groups/{groupId}` */
  assignGroupToApplication: { args: { appId: string; groupId: string; body?: T.ApplicationGroupAssignment; headers?: Record<string, string>; }; result: Call<T.ApplicationGroupAssignment, {}> };
  /** `PATCH /api/v1/apps/{appId}/groups/{groupId}` */
  updateGroupAssignmentToApplication: { args: { appId: string; groupId: string; body?: (T.JsonPatchOperation)[]; headers?: Record<string, string>; }; result: Call<T.ApplicationGroupAssignment, {}> };
  /** `DELETE /api/v1/apps/{appId}/groups/{groupId}` */
  unassignApplicationFromGroup: { args: { appId: string; groupId: string; headers?: Record<string, string>; }; result: Call<void, {}> };
  /** `GET /api/v1/apps/{appId}/interclient-allowed-apps` */
  listInterclientAllowedApplications: { args: { appId: string; headers?: Record<string, string>; }; result: ListCall<string, {}> };
  /** `POST /api/v1/apps/{appId}/interclient-allowed-apps` */
  createInterclientTrustMapping: { args: { appId: string; body: T.InterclientTrustMappingRequestBody; headers?: Record<string, string>; }; result: Call<T.InterclientTrustMapping, {}> };
  /** `DELETE /api/v1/apps/{appId}/interclient-allowed-apps/{allowedAppId}` */
  deleteInterclientTrustMapping: { args: { appId: string; allowedAppId: string; headers?: Record<string, string>; }; result: Call<void, {}> };
  /** `GET /api/v1/apps/{appId}/interclient-target-apps` */
  listInterclientTargetApplications: { args: { appId: string; headers?: Record<string, string>; }; result: ListCall<string, {}> };
  /** `POST /api/v1/apps/{appId}/lifecycle/activate` */
  activateApplication: { args: { appId: string; headers?: Record<string, string>; }; result: Call<void, {}> };
  /** `POST /api/v1/apps/{appId}/lifecycle/deactivate` */
  deactivateApplication: { args: { appId: string; headers?: Record<string, string>; }; result: Call<void, {}> };
  /** `POST /api/v1/apps/{appId}/logo` */
  uploadApplicationLogo: { args: { appId: string; body?: FormData | Blob | { file: Blob; }; headers?: Record<string, string>; }; result: Call<void, {}> };
  /** `PUT /api/v1/apps/{appId}/policies/{policyId}` */
  assignApplicationPolicy: { args: { appId: string; policyId: string; headers?: Record<string, string>; }; result: Call<void, {}> };
  /** `GET /api/v1/apps/{appId}/sso/saml/metadata` */
  previewSAMLmetadataForApplication: { args: { appId: string; kid?: string; headers?: Record<string, string>; }; result: Call<string, { kid?: string; }> };
  /** `GET /api/v1/apps/{appId}/tokens` */
  listOAuth2TokensForApplication: { args: { appId: string; expand?: string; after?: string; limit?: number; headers?: Record<string, string>; }; result: ListCall<T.OAuth2RefreshToken, { expand?: string; after?: string; limit?: number; }> };
  /** `DELETE /api/v1/apps/{appId}/tokens` */
  revokeOAuth2TokensForApplication: { args: { appId: string; headers?: Record<string, string>; }; result: Call<void, {}> };
  /** `GET /api/v1/apps/{appId}/tokens/{tokenId}` */
  getOAuth2TokenForApplication: { args: { appId: string; tokenId: string; expand?: string; headers?: Record<string, string>; }; result: Call<T.OAuth2RefreshToken, { expand?: string; }> };
  /** `DELETE /api/v1/apps/{appId}/tokens/{tokenId}` */
  revokeOAuth2TokenForApplication: { args: { appId: string; tokenId: string; headers?: Record<string, string>; }; result: Call<void, {}> };
  /** `GET /api/v1/apps/{appId}/users` */
  listApplicationUsers: { args: { appId: string; after?: string; limit?: number; q?: string; expand?: string; headers?: Record<string, string>; }; result: ListCall<T.AppUser, { after?: string; limit?: number; q?: string; expand?: string; }> };
  /** `POST /api/v1/apps/{appId}/users` */
  assignUserToApplication: { args: { appId: string; body: T.AppUserAssignRequest; headers?: Record<string, string>; }; result: Call<T.AppUser, {}> };
  /** `GET /api/v1/apps/{appId}/users/{userId}` */
  getApplicationUser: { args: { appId: string; userId: string; expand?: string; headers?: Record<string, string>; }; result: Call<T.AppUser, { expand?: string; }> };
  /** `POST /api/v1/apps/{appId}/users/{userId}` */
  updateApplicationUser: { args: { appId: string; userId: string; body: T.AppUserUpdateRequest; headers?: Record<string, string>; }; result: Call<T.AppUser, {}> };
  /** `DELETE /api/v1/apps/{appId}/users/{userId}` */
  unassignUserFromApplication: { args: { appId: string; userId: string; sendEmail?: boolean; headers?: Record<string, string>; }; result: Call<void, { sendEmail?: boolean; }> };
  /** `POST /api/v1/apps/{appName}/{appId}/oauth2/callback` */
  verifyProvisioningConnectionForApplication: { args: { appName: string; appId: string; code?: string; state?: string; headers?: Record<string, string>; }; result: Call<void, { code?: string; state?: string; }> };
  /** `GET /api/v1/authenticators` */
  listAuthenticators: { args: { headers?: Record<string, string>; }; result: ListCall<T.AuthenticatorBase, {}> };
  /** `POST /api/v1/authenticators` */
  createAuthenticator: { args: { activate?: boolean; body: T.AuthenticatorBase; headers?: Record<string, string>; }; result: Call<T.AuthenticatorBase, { activate?: boolean; }> };
  /** `GET /api/v1/authenticators/{authenticatorId}` */
  getAuthenticator: { args: { authenticatorId: string; headers?: Record<string, string>; }; result: Call<T.AuthenticatorBase, {}> };
  /** `PUT /api/v1/authenticators/{authenticatorId}` */
  replaceAuthenticator: { args: { authenticatorId: string; body: T.AuthenticatorBase; headers?: Record<string, string>; }; result: Call<T.AuthenticatorBase, {}> };
  /** `GET /api/v1/authenticators/{authenticatorId}/aaguids` */
  listAllCustomAAGUIDs: { args: { authenticatorId: string; headers?: Record<string, string>; }; result: ListCall<T.CustomAAGUIDResponseObject, {}> };
  /** `POST /api/v1/authenticators/{authenticatorId}/aaguids` */
  createCustomAAGUID: { args: { authenticatorId: string; body?: T.CustomAAGUIDCreateRequestObject; headers?: Record<string, string>; }; result: Call<T.CustomAAGUIDResponseObject, {}> };
  /** `GET /api/v1/authenticators/{authenticatorId}/aaguids/{aaguid}` */
  getCustomAAGUID: { args: { authenticatorId: string; aaguid: string; headers?: Record<string, string>; }; result: Call<T.CustomAAGUIDResponseObject, {}> };
  /** `PUT /api/v1/authenticators/{authenticatorId}/aaguids/{aaguid}` */
  replaceCustomAAGUID: { args: { authenticatorId: string; aaguid: string; body?: T.CustomAAGUIDUpdateRequestObject; headers?: Record<string, string>; }; result: Call<T.CustomAAGUIDResponseObject, {}> };
  /** `PATCH /api/v1/authenticators/{authenticatorId}/aaguids/{aaguid}` */
  updateCustomAAGUID: { args: { authenticatorId: string; aaguid: string; body?: T.CustomAAGUIDUpdateRequestObject; headers?: Record<string, string>; }; result: Call<T.CustomAAGUIDResponseObject, {}> };
  /** `DELETE /api/v1/authenticators/{authenticatorId}/aaguids/{aaguid}` */
  deleteCustomAAGUID: { args: { authenticatorId: string; aaguid: string; headers?: Record<string, string>; }; result: Call<void, {}> };
  /** `POST /api/v1/authenticators/{authenticatorId}/lifecycle/activate` */
  activateAuthenticator: { args: { authenticatorId: string; headers?: Record<string, string>; }; result: Call<T.AuthenticatorBase, {}> };
  /** `POST /api/v1/authenticators/{authenticatorId}/lifecycle/deactivate` */
  deactivateAuthenticator: { args: { authenticatorId: string; headers?: Record<string, string>; }; result: Call<T.AuthenticatorBase, {}> };
  /** `GET /api/v1/authenticators/{authenticatorId}/methods` */
  listAuthenticatorMethods: { args: { authenticatorId: string; headers?: Record<string, string>; }; result: ListCall<T.AuthenticatorMethodBase, {}> };
  /** `GET /api/v1/authenticators/{authenticatorId}/methods/{methodType}` */
  getAuthenticatorMethod: { args: { authenticatorId: string; methodType: string; headers?: Record<string, string>; }; result: Call<T.AuthenticatorMethodBase, {}> };
  /** `PUT /api/v1/authenticators/{authenticatorId}/methods/{methodType}` */
  replaceAuthenticatorMethod: { args: { authenticatorId: string; methodType: string; body?: T.AuthenticatorMethodBase; headers?: Record<string, string>; }; result: Call<T.AuthenticatorMethodBase, {}> };
  /** `POST /api/v1/authenticators/{authenticatorId}/methods/{methodType}/lifecycle/activate` */
  activateAuthenticatorMethod: { args: { authenticatorId: string; methodType: string; headers?: Record<string, string>; }; result: Call<T.AuthenticatorMethodBase, {}> };
  /** `POST /api/v1/authenticators/{authenticatorId}/methods/{methodType}/lifecycle/deactivate` */
  deactivateAuthenticatorMethod: { args: { authenticatorId: string; methodType: string; headers?: Record<string, string>; }; result: Call<T.AuthenticatorMethodBase, {}> };
  /** `POST /api/v1/authenticators/{authenticatorId}/methods/{webAuthnMethodType}/verify-rp-id-domain` */
  verifyRpIdDomain: { args: { authenticatorId: string; webAuthnMethodType: string; headers?: Record<string, string>; }; result: Call<void, {}> };
  /** `GET /api/v1/authorizationServers` */
  listAuthorizationServers: { args: { q?: string; limit?: number; after?: string; headers?: Record<string, string>; }; result: ListCall<T.AuthorizationServer, { q?: string; limit?: number; after?: string; }> };
  /** `POST /api/v1/authorizationServers` */
  createAuthorizationServer: { args: { body: T.AuthorizationServer; headers?: Record<string, string>; }; result: Call<T.AuthorizationServer, {}> };
  /** `GET /api/v1/authorizationServers/{authServerId}` */
  getAuthorizationServer: { args: { authServerId: string; headers?: Record<string, string>; }; result: Call<T.AuthorizationServer, {}> };
  /** `PUT /api/v1/authorizationServers/{authServerId}` */
  replaceAuthorizationServer: { args: { authServerId: string; body: T.AuthorizationServer; headers?: Record<string, string>; }; result: Call<T.AuthorizationServer, {}> };
  /** `DELETE /api/v1/authorizationServers/{authServerId}` */
  deleteAuthorizationServer: { args: { authServerId: string; headers?: Record<string, string>; }; result: Call<void, {}> };
  /** `GET /api/v1/authorizationServers/{authServerId}/associatedServers` */
  listAssociatedServersByTrustedType: { args: { authServerId: string; trusted?: boolean; q?: string; limit?: number; after?: string; headers?: Record<string, string>; }; result: ListCall<T.AuthorizationServer, { trusted?: boolean; q?: string; limit?: number; after?: string; }> };
  /** `POST /api/v1/authorizationServers/{authServerId}/associatedServers` */
  createAssociatedServers: { args: { authServerId: string; body: T.AssociatedServerMediated; headers?: Record<string, string>; }; result: ListCall<T.AuthorizationServer, {}> };
  /** `DELETE /api/v1/authorizationServers/{authServerId}/associatedServers/{associatedServerId}` */
  deleteAssociatedServer: { args: { authServerId: string; associatedServerId: string; headers?: Record<string, string>; }; result: Call<void, {}> };
  /** `GET /api/v1/authorizationServers/{authServerId}/claims` */
  listOAuth2Claims: { args: { authServerId: string; headers?: Record<string, string>; }; result: ListCall<T.OAuth2Claim, {}> };
  /** `POST /api/v1/authorizationServers/{authServerId}/claims` */
  createOAuth2Claim: { args: { authServerId: string; body: T.OAuth2Claim; headers?: Record<string, string>; }; result: Call<T.OAuth2Claim, {}> };
  /** `GET /api/v1/authorizationServers/{authServerId}/claims/{claimId}` */
  getOAuth2Claim: { args: { authServerId: string; claimId: string; headers?: Record<string, string>; }; result: Call<T.OAuth2Claim, {}> };
  /** `PUT /api/v1/authorizationServers/{authServerId}/claims/{claimId}` */
  replaceOAuth2Claim: { args: { authServerId: string; claimId: string; body: T.OAuth2Claim; headers?: Record<string, string>; }; result: Call<T.OAuth2Claim, {}> };
  /** `DELETE /api/v1/authorizationServers/{authServerId}/claims/{claimId}` */
  deleteOAuth2Claim: { args: { authServerId: string; claimId: string; headers?: Record<string, string>; }; result: Call<void, {}> };
  /** `GET /api/v1/authorizationServers/{authServerId}/clients` */
  listOAuth2ClientsForAuthorizationServer: { args: { authServerId: string; headers?: Record<string, string>; }; result: ListCall<T.OAuth2Client, {}> };
  /** `GET /api/v1/authorizationServers/{authServerId}/clients/{clientId}/tokens` */
  listRefreshTokensForAuthorizationServerAndClient: { args: { authServerId: string; clientId: string; expand?: string; after?: string; limit?: number; headers?: Record<string, string>; }; result: ListCall<T.OAuth2RefreshToken, { expand?: string; after?: string; limit?: number; }> };
  /** `DELETE /api/v1/authorizationServers/{authServerId}/clients/{clientId}/tokens` */
  revokeRefreshTokensForAuthorizationServerAndClient: { args: { authServerId: string; clientId: string; headers?: Record<string, string>; }; result: Call<void, {}> };
  /** `GET /api/v1/authorizationServers/{authServerId}/clients/{clientId}/tokens/{tokenId}` */
  getRefreshTokenForAuthorizationServerAndClient: { args: { authServerId: string; clientId: string; tokenId: string; expand?: string; headers?: Record<string, string>; }; result: Call<T.OAuth2RefreshToken, { expand?: string; }> };
  /** `DELETE /api/v1/authorizationServers/{authServerId}/clients/{clientId}/tokens/{tokenId}` */
  revokeRefreshTokenForAuthorizationServerAndClient: { args: { authServerId: string; clientId: string; tokenId: string; headers?: Record<string, string>; }; result: Call<void, {}> };
  /** `GET /api/v1/authorizationServers/{authServerId}/credentials/keys` */
  listAuthorizationServerKeys: { args: { authServerId: string; headers?: Record<string, string>; }; result: ListCall<T.AuthorizationServerJsonWebKey, {}> };
  /** `GET /api/v1/authorizationServers/{authServerId}/credentials/keys/{keyId}` */
  getAuthorizationServerKey: { args: { authServerId: string; keyId: string; headers?: Record<string, string>; }; result: Call<T.AuthorizationServerJsonWebKey, {}> };
  /** `POST /api/v1/authorizationServers/{authServerId}/credentials/lifecycle/keyRotate` */
  rotateAuthorizationServerKeys: { args: { authServerId: string; body: T.JwkUse; headers?: Record<string, string>; }; result: ListCall<T.AuthorizationServerJsonWebKey, {}> };
  /** `POST /api/v1/authorizationServers/{authServerId}/lifecycle/activate` */
  activateAuthorizationServer: { args: { authServerId: string; headers?: Record<string, string>; }; result: Call<void, {}> };
  /** `POST /api/v1/authorizationServers/{authServerId}/lifecycle/deactivate` */
  deactivateAuthorizationServer: { args: { authServerId: string; headers?: Record<string, string>; }; result: Call<void, {}> };
  /** `GET /api/v1/authorizationServers/{authServerId}/policies` */
  listAuthorizationServerPolicies: { args: { authServerId: string; headers?: Record<string, string>; }; result: ListCall<T.AuthorizationServerPolicy, {}> };
  /** `POST /api/v1/authorizationServers/{authServerId}/policies` */
  createAuthorizationServerPolicy: { args: { authServerId: string; body: T.AuthorizationServerPolicy; headers?: Record<string, string>; }; result: Call<T.AuthorizationServerPolicy, {}> };
  /** `GET /api/v1/authorizationServers/{authServerId}/policies/{policyId}` */
  getAuthorizationServerPolicy: { args: { authServerId: string; policyId: string; headers?: Record<string, string>; }; result: Call<T.AuthorizationServerPolicy, {}> };
  /** `PUT /api/v1/authorizationServers/{authServerId}/policies/{policyId}` */
  replaceAuthorizationServerPolicy: { args: { authServerId: string; policyId: string; body: T.AuthorizationServerPolicy; headers?: Record<string, string>; }; result: Call<T.AuthorizationServerPolicy, {}> };
  /** `DELETE /api/v1/authorizationServers/{authServerId}/policies/{policyId}` */
  deleteAuthorizationServerPolicy: { args: { authServerId: string; policyId: string; headers?: Record<string, string>; }; result: Call<void, {}> };
  /** `POST /api/v1/authorizationServers/{authServerId}/policies/{policyId}/lifecycle/activate` */
  activateAuthorizationServerPolicy: { args: { authServerId: string; policyId: string; headers?: Record<string, string>; }; result: Call<void, {}> };
  /** `POST /api/v1/authorizationServers/{authServerId}/policies/{policyId}/lifecycle/deactivate` */
  deactivateAuthorizationServerPolicy: { args: { authServerId: string; policyId: string; headers?: Record<string, string>; }; result: Call<void, {}> };
  /** `GET /api/v1/authorizationServers/{authServerId}/policies/{policyId}/rules` */
  listAuthorizationServerPolicyRules: { args: { authServerId: string; policyId: string; headers?: Record<string, string>; }; result: ListCall<T.AuthorizationServerPolicyRule, {}> };
  /** `POST /api/v1/authorizationServers/{authServerId}/policies/{policyId}/rules` */
  createAuthorizationServerPolicyRule: { args: { authServerId: string; policyId: string; body: T.AuthorizationServerPolicyRuleRequest; headers?: Record<string, string>; }; result: Call<T.AuthorizationServerPolicyRule, {}> };
  /** `GET /api/v1/authorizationServers/{authServerId}/policies/{policyId}/rules/{ruleId}` */
  getAuthorizationServerPolicyRule: { args: { authServerId: string; policyId: string; ruleId: string; headers?: Record<string, string>; }; result: Call<T.AuthorizationServerPolicyRule, {}> };
  /** `PUT /api/v1/authorizationServers/{authServerId}/policies/{policyId}/rules/{ruleId}` */
  replaceAuthorizationServerPolicyRule: { args: { authServerId: string; policyId: string; ruleId: string; body: T.AuthorizationServerPolicyRuleRequest; headers?: Record<string, string>; }; result: Call<T.AuthorizationServerPolicyRule, {}> };
  /** `DELETE /api/v1/authorizationServers/{authServerId}/policies/{policyId}/rules/{ruleId}` */
  deleteAuthorizationServerPolicyRule: { args: { authServerId: string; policyId: string; ruleId: string; headers?: Record<string, string>; }; result: Call<void, {}> };
  /** `POST /api/v1/authorizationServers/{authServerId}/policies/{policyId}/rules/{ruleId}/lifecycle/activate` */
  activateAuthorizationServerPolicyRule: { args: { authServerId: string; policyId: string; ruleId: string; headers?: Record<string, string>; }; result: Call<void, {}> };
  /** `POST /api/v1/authorizationServers/{authServerId}/policies/{policyId}/rules/{ruleId}/lifecycle/deactivate` */
  deactivateAuthorizationServerPolicyRule: { args: { authServerId: string; policyId: string; ruleId: string; headers?: Record<string, string>; }; result: Call<void, {}> };
  /** `GET /api/v1/authorizationServers/{authServerId}/resourceservercredentials/keys` */
  listOAuth2ResourceServerJsonWebKeys: { args: { authServerId: string; headers?: Record<string, string>; }; result: ListCall<T.OAuth2ResourceServerJsonWebKey, {}> };
  /** `POST /api/v1/authorizationServers/{authServerId}/resourceservercredentials/keys` */
  addOAuth2ResourceServerJsonWebKey: { args: { authServerId: string; body: T.OAuth2ResourceServerJsonWebKeyRequestBody; headers?: Record<string, string>; }; result: Call<T.OAuth2ResourceServerJsonWebKey, {}> };
  /** `GET /api/v1/authorizationServers/{authServerId}/resourceservercredentials/keys/{keyId}` */
  getOAuth2ResourceServerJsonWebKey: { args: { authServerId: string; keyId: string; headers?: Record<string, string>; }; result: Call<T.OAuth2ResourceServerJsonWebKey, {}> };
  /** `DELETE /api/v1/authorizationServers/{authServerId}/resourceservercredentials/keys/{keyId}` */
  deleteOAuth2ResourceServerJsonWebKey: { args: { authServerId: string; keyId: string; headers?: Record<string, string>; }; result: Call<void, {}> };
  /** `POST /api/v1/authorizationServers/{authServerId}/resourceservercredentials/keys/{keyId}/lifecycle/activate` */
  activateOAuth2ResourceServerJsonWebKey: { args: { authServerId: string; keyId: string; headers?: Record<string, string>; }; result: Call<T.OAuth2ResourceServerJsonWebKey, {}> };
  /** `POST /api/v1/authorizationServers/{authServerId}/resourceservercredentials/keys/{keyId}/lifecycle/deactivate` */
  deactivateOAuth2ResourceServerJsonWebKey: { args: { authServerId: string; keyId: string; headers?: Record<string, string>; }; result: Call<T.OAuth2ResourceServerJsonWebKey, {}> };
  /** `GET /api/v1/authorizationServers/{authServerId}/scopes` */
  listOAuth2Scopes: { args: { authServerId: string; q?: string; filter?: string; after?: string; limit?: number; headers?: Record<string, string>; }; result: ListCall<T.OAuth2Scope, { q?: string; filter?: string; after?: string; limit?: number; }> };
  /** `POST /api/v1/authorizationServers/{authServerId}/scopes` */
  createOAuth2Scope: { args: { authServerId: string; body: T.OAuth2Scope; headers?: Record<string, string>; }; result: Call<T.OAuth2Scope, {}> };
  /** `GET /api/v1/authorizationServers/{authServerId}/scopes/{scopeId}` */
  getOAuth2Scope: { args: { authServerId: string; scopeId: string; headers?: Record<string, string>; }; result: Call<T.OAuth2Scope, {}> };
  /** `PUT /api/v1/authorizationServers/{authServerId}/scopes/{scopeId}` */
  replaceOAuth2Scope: { args: { authServerId: string; scopeId: string; body: T.OAuth2Scope; headers?: Record<string, string>; }; result: Call<T.OAuth2Scope, {}> };
  /** `DELETE /api/v1/authorizationServers/{authServerId}/scopes/{scopeId}` */
  deleteOAuth2Scope: { args: { authServerId: string; scopeId: string; headers?: Record<string, string>; }; result: Call<void, {}> };
  /** `GET /api/v1/behaviors` */
  listBehaviorDetectionRules: { args: { headers?: Record<string, string>; }; result: ListCall<T.BehaviorRule, {}> };
  /** `POST /api/v1/behaviors` */
  createBehaviorDetectionRule: { args: { body: T.BehaviorRule; headers?: Record<string, string>; }; result: Call<T.BehaviorRule, {}> };
  /** `GET /api/v1/behaviors/{behaviorId}` */
  getBehaviorDetectionRule: { args: { behaviorId: string; headers?: Record<string, string>; }; result: Call<T.BehaviorRule, {}> };
  /** `PUT /api/v1/behaviors/{behaviorId}` */
  replaceBehaviorDetectionRule: { args: { behaviorId: string; body: T.BehaviorRule; headers?: Record<string, string>; }; result: Call<T.BehaviorRule, {}> };
  /** `DELETE /api/v1/behaviors/{behaviorId}` */
  deleteBehaviorDetectionRule: { args: { behaviorId: string; headers?: Record<string, string>; }; result: Call<void, {}> };
  /** `POST /api/v1/behaviors/{behaviorId}/lifecycle/activate` */
  activateBehaviorDetectionRule: { args: { behaviorId: string; headers?: Record<string, string>; }; result: Call<T.BehaviorRule, {}> };
  /** `POST /api/v1/behaviors/{behaviorId}/lifecycle/deactivate` */
  deactivateBehaviorDetectionRule: { args: { behaviorId: string; headers?: Record<string, string>; }; result: Call<T.BehaviorRule, {}> };
  /** `GET /api/v1/bot-protection/configuration` */
  getBotProtectionConfiguration: { args: { headers?: Record<string, string>; }; result: Call<T.BotProtectionConfiguration, {}> };
  /** `POST /api/v1/bot-protection/configuration` */
  updateBotProtectionConfiguration: { args: { body: T.BotProtectionConfiguration; headers?: Record<string, string>; }; result: Call<T.BotProtectionConfiguration, {}> };
  /** `GET /api/v1/brands` */
  listBrands: { args: { expand?: ("themes" | "domains" | "emailDomain" | T.UnknownEnumValue)[]; after?: string; limit?: number; q?: string; headers?: Record<string, string>; }; result: ListCall<T.BrandWithEmbedded, { expand?: ("themes" | "domains" | "emailDomain" | T.UnknownEnumValue)[]; after?: string; limit?: number; q?: string; }> };
  /** `POST /api/v1/brands` */
  createBrand: { args: { body?: T.CreateBrandRequest; headers?: Record<string, string>; }; result: Call<T.Brand, {}> };
  /** `GET /api/v1/brands/{brandId}` */
  getBrand: { args: { brandId: string; expand?: ("themes" | "domains" | "emailDomain" | T.UnknownEnumValue)[]; headers?: Record<string, string>; }; result: Call<T.BrandWithEmbedded, { expand?: ("themes" | "domains" | "emailDomain" | T.UnknownEnumValue)[]; }> };
  /** `PUT /api/v1/brands/{brandId}` */
  replaceBrand: { args: { brandId: string; body: T.BrandRequest; headers?: Record<string, string>; }; result: Call<T.Brand, {}> };
  /** `DELETE /api/v1/brands/{brandId}` */
  deleteBrand: { args: { brandId: string; headers?: Record<string, string>; }; result: Call<void, {}> };
  /** `GET /api/v1/brands/{brandId}/domains` */
  listBrandDomains: { args: { brandId: string; headers?: Record<string, string>; }; result: Call<T.BrandDomains, {}> };
  /** `GET /api/v1/brands/{brandId}/pages/error` */
  getErrorPage: { args: { brandId: string; expand?: ("default" | "customized" | "customizedUrl" | "preview" | "previewUrl" | T.UnknownEnumValue)[]; headers?: Record<string, string>; }; result: Call<T.PageRoot, { expand?: ("default" | "customized" | "customizedUrl" | "preview" | "previewUrl" | T.UnknownEnumValue)[]; }> };
  /** `GET /api/v1/brands/{brandId}/pages/error/customized` */
  getCustomizedErrorPage: { args: { brandId: string; headers?: Record<string, string>; }; result: Call<T.ErrorPage, {}> };
  /** `PUT /api/v1/brands/{brandId}/pages/error/customized` */
  replaceCustomizedErrorPage: { args: { brandId: string; body: T.ErrorPage; headers?: Record<string, string>; }; result: Call<T.ErrorPage, {}> };
  /** `DELETE /api/v1/brands/{brandId}/pages/error/customized` */
  deleteCustomizedErrorPage: { args: { brandId: string; headers?: Record<string, string>; }; result: Call<void, {}> };
  /** `GET /api/v1/brands/{brandId}/pages/error/default` */
  getDefaultErrorPage: { args: { brandId: string; headers?: Record<string, string>; }; result: Call<T.ErrorPage, {}> };
  /** `GET /api/v1/brands/{brandId}/pages/error/preview` */
  getPreviewErrorPage: { args: { brandId: string; headers?: Record<string, string>; }; result: Call<T.ErrorPage, {}> };
  /** `PUT /api/v1/brands/{brandId}/pages/error/preview` */
  replacePreviewErrorPage: { args: { brandId: string; body: T.ErrorPage; headers?: Record<string, string>; }; result: Call<T.ErrorPage, {}> };
  /** `DELETE /api/v1/brands/{brandId}/pages/error/preview` */
  deletePreviewErrorPage: { args: { brandId: string; headers?: Record<string, string>; }; result: Call<void, {}> };
  /** `GET /api/v1/brands/{brandId}/pages/sign-in` */
  getSignInPage: { args: { brandId: string; expand?: ("default" | "customized" | "customizedUrl" | "preview" | "previewUrl" | T.UnknownEnumValue)[]; headers?: Record<string, string>; }; result: Call<T.PageRoot, { expand?: ("default" | "customized" | "customizedUrl" | "preview" | "previewUrl" | T.UnknownEnumValue)[]; }> };
  /** `GET /api/v1/brands/{brandId}/pages/sign-in/customized` */
  getCustomizedSignInPage: { args: { brandId: string; headers?: Record<string, string>; }; result: Call<T.SignInPage, {}> };
  /** `PUT /api/v1/brands/{brandId}/pages/sign-in/customized` */
  replaceCustomizedSignInPage: { args: { brandId: string; body: T.SignInPage; headers?: Record<string, string>; }; result: Call<T.SignInPage, {}> };
  /** `DELETE /api/v1/brands/{brandId}/pages/sign-in/customized` */
  deleteCustomizedSignInPage: { args: { brandId: string; headers?: Record<string, string>; }; result: Call<void, {}> };
  /** `GET /api/v1/brands/{brandId}/pages/sign-in/default` */
  getDefaultSignInPage: { args: { brandId: string; headers?: Record<string, string>; }; result: Call<T.SignInPage, {}> };
  /** `GET /api/v1/brands/{brandId}/pages/sign-in/preview` */
  getPreviewSignInPage: { args: { brandId: string; headers?: Record<string, string>; }; result: Call<T.SignInPage, {}> };
  /** `PUT /api/v1/brands/{brandId}/pages/sign-in/preview` */
  replacePreviewSignInPage: { args: { brandId: string; body: T.SignInPage; headers?: Record<string, string>; }; result: Call<T.SignInPage, {}> };
  /** `DELETE /api/v1/brands/{brandId}/pages/sign-in/preview` */
  deletePreviewSignInPage: { args: { brandId: string; headers?: Record<string, string>; }; result: Call<void, {}> };
  /** `GET /api/v1/brands/{brandId}/pages/sign-in/widget-versions` */
  listAllSignInWidgetVersions: { args: { brandId: string; headers?: Record<string, string>; }; result: ListCall<string, {}> };
  /** `GET /api/v1/brands/{brandId}/pages/sign-out/customized` */
  getSignOutPageSettings: { args: { brandId: string; headers?: Record<string, string>; }; result: Call<T.HostedPage, {}> };
  /** `PUT /api/v1/brands/{brandId}/pages/sign-out/customized` */
  replaceSignOutPageSettings: { args: { brandId: string; body: T.HostedPage; headers?: Record<string, string>; }; result: Call<T.HostedPage, {}> };
  /** `GET /api/v1/brands/{brandId}/templates/email` */
  listEmailTemplates: { args: { brandId: string; after?: string; limit?: number; expand?: ("settings" | "customizationCount" | T.UnknownEnumValue)[]; headers?: Record<string, string>; }; result: ListCall<T.EmailTemplateResponse, { after?: string; limit?: number; expand?: ("settings" | "customizationCount" | T.UnknownEnumValue)[]; }> };
  /** `GET /api/v1/brands/{brandId}/templates/email/{templateName}` */
  getEmailTemplate: { args: { brandId: string; templateName: string; expand?: ("settings" | "customizationCount" | T.UnknownEnumValue)[]; headers?: Record<string, string>; }; result: Call<T.EmailTemplateResponse, { expand?: ("settings" | "customizationCount" | T.UnknownEnumValue)[]; }> };
  /** `GET /api/v1/brands/{brandId}/templates/email/{templateName}/customizations` */
  listEmailCustomizations: { args: { brandId: string; templateName: string; after?: string; limit?: number; headers?: Record<string, string>; }; result: ListCall<T.EmailCustomization, { after?: string; limit?: number; }> };
  /** `POST /api/v1/brands/{brandId}/templates/email/{templateName}/customizations` */
  createEmailCustomization: { args: { brandId: string; templateName: string; body?: T.EmailCustomization; headers?: Record<string, string>; }; result: Call<T.EmailCustomization, {}> };
  /** `DELETE /api/v1/brands/{brandId}/templates/email/{templateName}/customizations` */
  deleteAllCustomizations: { args: { brandId: string; templateName: string; headers?: Record<string, string>; }; result: Call<void, {}> };
  /** `GET /api/v1/brands/{brandId}/templates/email/{templateName}/customizations/{customizationId}` */
  getEmailCustomization: { args: { brandId: string; templateName: string; customizationId: string; headers?: Record<string, string>; }; result: Call<T.EmailCustomization, {}> };
  /** `PUT /api/v1/brands/{brandId}/templates/email/{templateName}/customizations/{customizationId}` */
  replaceEmailCustomization: { args: { brandId: string; templateName: string; customizationId: string; body?: T.EmailCustomization; headers?: Record<string, string>; }; result: Call<T.EmailCustomization, {}> };
  /** `DELETE /api/v1/brands/{brandId}/templates/email/{templateName}/customizations/{customizationId}` */
  deleteEmailCustomization: { args: { brandId: string; templateName: string; customizationId: string; headers?: Record<string, string>; }; result: Call<void, {}> };
  /** `GET /api/v1/brands/{brandId}/templates/email/{templateName}/customizations/{customizationId}/preview` */
  getCustomizationPreview: { args: { brandId: string; templateName: string; customizationId: string; headers?: Record<string, string>; }; result: Call<T.EmailPreview, {}> };
  /** `GET /api/v1/brands/{brandId}/templates/email/{templateName}/default-content` */
  getEmailDefaultContent: { args: { brandId: string; templateName: string; language?: T.Language; headers?: Record<string, string>; }; result: Call<T.EmailDefaultContent, { language?: T.Language; }> };
  /** `GET /api/v1/brands/{brandId}/templates/email/{templateName}/default-content/preview` */
  getEmailDefaultPreview: { args: { brandId: string; templateName: string; language?: T.Language; headers?: Record<string, string>; }; result: Call<T.EmailPreview, { language?: T.Language; }> };
  /** `GET /api/v1/brands/{brandId}/templates/email/{templateName}/settings` */
  getEmailSettings: { args: { brandId: string; templateName: string; headers?: Record<string, string>; }; result: Call<T.EmailSettingsResponse, {}> };
  /** `PUT /api/v1/brands/{brandId}/templates/email/{templateName}/settings` */
  replaceEmailSettings: { args: { brandId: string; templateName: string; body?: T.EmailSettings; headers?: Record<string, string>; }; result: Call<T.EmailSettings, {}> };
  /** `POST /api/v1/brands/{brandId}/templates/email/{templateName}/test` */
  sendTestEmail: { args: { brandId: string; templateName: string; language?: T.Language; headers?: Record<string, string>; }; result: Call<void, { language?: T.Language; }> };
  /** `GET /api/v1/brands/{brandId}/themes` */
  listBrandThemes: { args: { brandId: string; headers?: Record<string, string>; }; result: ListCall<T.ThemeResponse, {}> };
  /** `GET /api/v1/brands/{brandId}/themes/{themeId}` */
  getBrandTheme: { args: { brandId: string; themeId: string; headers?: Record<string, string>; }; result: Call<T.ThemeResponse, {}> };
  /** `PUT /api/v1/brands/{brandId}/themes/{themeId}` */
  replaceBrandTheme: { args: { brandId: string; themeId: string; body: T.UpdateThemeRequest; headers?: Record<string, string>; }; result: Call<T.ThemeResponse, {}> };
  /** `POST /api/v1/brands/{brandId}/themes/{themeId}/background-image` */
  uploadBrandThemeBackgroundImage: { args: { brandId: string; themeId: string; body?: FormData | Blob | { file: Blob; }; headers?: Record<string, string>; }; result: Call<T.ImageUploadResponse, {}> };
  /** `DELETE /api/v1/brands/{brandId}/themes/{themeId}/background-image` */
  deleteBrandThemeBackgroundImage: { args: { brandId: string; themeId: string; headers?: Record<string, string>; }; result: Call<void, {}> };
  /** `POST /api/v1/brands/{brandId}/themes/{themeId}/favicon` */
  uploadBrandThemeFavicon: { args: { brandId: string; themeId: string; body?: FormData | Blob | { file: Blob; }; headers?: Record<string, string>; }; result: Call<T.ImageUploadResponse, {}> };
  /** `DELETE /api/v1/brands/{brandId}/themes/{themeId}/favicon` */
  deleteBrandThemeFavicon: { args: { brandId: string; themeId: string; headers?: Record<string, string>; }; result: Call<void, {}> };
  /** `POST /api/v1/brands/{brandId}/themes/{themeId}/logo` */
  uploadBrandThemeLogo: { args: { brandId: string; themeId: string; body?: FormData | Blob | { file: Blob; }; headers?: Record<string, string>; }; result: Call<T.ImageUploadResponse, {}> };
  /** `DELETE /api/v1/brands/{brandId}/themes/{themeId}/logo` */
  deleteBrandThemeLogo: { args: { brandId: string; themeId: string; headers?: Record<string, string>; }; result: Call<void, {}> };
  /** `GET /api/v1/brands/{brandId}/well-known-uris` */
  getAllWellKnownURIs: { args: { brandId: string; expand?: ("all" | "apple-app-site-association" | "assetlinks.json" | "webauthn" | T.UnknownEnumValue)[]; headers?: Record<string, string>; }; result: Call<T.WellKnownURIsRoot, { expand?: ("all" | "apple-app-site-association" | "assetlinks.json" | "webauthn" | T.UnknownEnumValue)[]; }> };
  /** `GET /api/v1/brands/{brandId}/well-known-uris/{path}` */
  getRootBrandWellKnownURI: { args: { brandId: string; path: string; expand?: ("customized" | T.UnknownEnumValue)[]; headers?: Record<string, string>; }; result: Call<T.WellKnownURIObjectResponse, { expand?: ("customized" | T.UnknownEnumValue)[]; }> };
  /** `GET /api/v1/brands/{brandId}/well-known-uris/{path}/customized` */
  getBrandWellKnownURI: { args: { brandId: string; path: string; headers?: Record<string, string>; }; result: Call<T.WellKnownURIObjectResponse, {}> };
  /** `PUT /api/v1/brands/{brandId}/well-known-uris/{path}/customized` */
  replaceBrandWellKnownURI: { args: { brandId: string; path: string; body?: T.WellKnownURIRequest; headers?: Record<string, string>; }; result: Call<T.WellKnownURIObjectResponse, {}> };
  /** `GET /api/v1/captchas` */
  listCaptchaInstances: { args: { headers?: Record<string, string>; }; result: ListCall<T.CAPTCHAInstance, {}> };
  /** `POST /api/v1/captchas` */
  createCaptchaInstance: { args: { body: T.CAPTCHAInstance; headers?: Record<string, string>; }; result: Call<T.CAPTCHAInstance, {}> };
  /** `GET /api/v1/captchas/{captchaId}` */
  getCaptchaInstance: { args: { captchaId: string; headers?: Record<string, string>; }; result: Call<T.CAPTCHAInstance, {}> };
  /** `POST /api/v1/captchas/{captchaId}` */
  updateCaptchaInstance: { args: { captchaId: string; body: T.CAPTCHAInstance; headers?: Record<string, string>; }; result: Call<T.CAPTCHAInstance, {}> };
  /** `PUT /api/v1/captchas/{captchaId}` */
  replaceCaptchaInstance: { args: { captchaId: string; body: T.CAPTCHAInstance; headers?: Record<string, string>; }; result: Call<T.CAPTCHAInstance, {}> };
  /** `DELETE /api/v1/captchas/{captchaId}` */
  deleteCaptchaInstance: { args: { captchaId: string; headers?: Record<string, string>; }; result: Call<void, {}> };
  /** `GET /api/v1/device-assurances` */
  listDeviceAssurancePolicies: { args: { headers?: Record<string, string>; }; result: ListCall<T.DeviceAssurance, {}> };
  /** `POST /api/v1/device-assurances` */
  createDeviceAssurancePolicy: { args: { body: T.DeviceAssurance; headers?: Record<string, string>; }; result: Call<T.DeviceAssurance, {}> };
  /** `GET /api/v1/device-assurances/{deviceAssuranceId}` */
  getDeviceAssurancePolicy: { args: { deviceAssuranceId: string; headers?: Record<string, string>; }; result: Call<T.DeviceAssurance, {}> };
  /** `PUT /api/v1/device-assurances/{deviceAssuranceId}` */
  replaceDeviceAssurancePolicy: { args: { deviceAssuranceId: string; body: T.DeviceAssurance; headers?: Record<string, string>; }; result: Call<T.DeviceAssurance, {}> };
  /** `DELETE /api/v1/device-assurances/{deviceAssuranceId}` */
  deleteDeviceAssurancePolicy: { args: { deviceAssuranceId: string; headers?: Record<string, string>; }; result: Call<void, {}> };
  /** `GET /api/v1/device-integrations` */
  listDeviceIntegrations: { args: { headers?: Record<string, string>; }; result: ListCall<T.DeviceIntegrations, {}> };
  /** `GET /api/v1/device-integrations/{deviceIntegrationId}` */
  getDeviceIntegration: { args: { deviceIntegrationId: string; headers?: Record<string, string>; }; result: Call<T.DeviceIntegrations, {}> };
  /** `POST /api/v1/device-integrations/{deviceIntegrationId}/lifecycle/activate` */
  activateDeviceIntegration: { args: { deviceIntegrationId: string; headers?: Record<string, string>; }; result: Call<T.DeviceIntegrations, {}> };
  /** `POST /api/v1/device-integrations/{deviceIntegrationId}/lifecycle/deactivate` */
  deactivateDeviceIntegration: { args: { deviceIntegrationId: string; headers?: Record<string, string>; }; result: Call<T.DeviceIntegrations, {}> };
  /** `GET /api/v1/device-posture-checks` */
  listDevicePostureChecks: { args: { headers?: Record<string, string>; }; result: ListCall<T.DevicePostureCheck, {}> };
  /** `POST /api/v1/device-posture-checks` */
  createDevicePostureCheck: { args: { body: T.DevicePostureCheck; headers?: Record<string, string>; }; result: Call<T.DevicePostureCheck, {}> };
  /** `GET /api/v1/device-posture-checks/default` */
  listDefaultDevicePostureChecks: { args: { headers?: Record<string, string>; }; result: ListCall<T.DevicePostureCheck, {}> };
  /** `GET /api/v1/device-posture-checks/{postureCheckId}` */
  getDevicePostureCheck: { args: { postureCheckId: string; headers?: Record<string, string>; }; result: Call<T.DevicePostureCheck, {}> };
  /** `PUT /api/v1/device-posture-checks/{postureCheckId}` */
  replaceDevicePostureCheck: { args: { postureCheckId: string; body: T.DevicePostureCheck; headers?: Record<string, string>; }; result: Call<T.DevicePostureCheck, {}> };
  /** `DELETE /api/v1/device-posture-checks/{postureCheckId}` */
  deleteDevicePostureCheck: { args: { postureCheckId: string; headers?: Record<string, string>; }; result: Call<void, {}> };
  /** `GET /api/v1/devices` */
  listDevices: { args: { after?: string; limit?: number; search?: string; expand?: ("user" | "userSummary" | T.UnknownEnumValue); headers?: Record<string, string>; }; result: ListCall<T.DeviceList, { after?: string; limit?: number; search?: string; expand?: ("user" | "userSummary" | T.UnknownEnumValue); }> };
  /** `GET /api/v1/devices/{deviceId}` */
  getDevice: { args: { deviceId: string; headers?: Record<string, string>; }; result: Call<T.DeviceWithProviders, {}> };
  /** `DELETE /api/v1/devices/{deviceId}` */
  deleteDevice: { args: { deviceId: string; headers?: Record<string, string>; }; result: Call<void, {}> };
  /** `POST /api/v1/devices/{deviceId}/lifecycle/activate` */
  activateDevice: { args: { deviceId: string; headers?: Record<string, string>; }; result: Call<void, {}> };
  /** `POST /api/v1/devices/{deviceId}/lifecycle/deactivate` */
  deactivateDevice: { args: { deviceId: string; headers?: Record<string, string>; }; result: Call<void, {}> };
  /** `POST /api/v1/devices/{deviceId}/lifecycle/suspend` */
  suspendDevice: { args: { deviceId: string; headers?: Record<string, string>; }; result: Call<void, {}> };
  /** `POST /api/v1/devices/{deviceId}/lifecycle/unsuspend` */
  unsuspendDevice: { args: { deviceId: string; headers?: Record<string, string>; }; result: Call<void, {}> };
  /** `GET /api/v1/devices/{deviceId}/users` */
  listDeviceUsers: { args: { deviceId: string; headers?: Record<string, string>; }; result: ListCall<T.DeviceUser, {}> };
  /** `POST /api/v1/directories/{appInstanceId}/groups/modify` */
  updateGroupMembership: { args: { appInstanceId: string; body: T.AgentAction; headers?: Record<string, string>; }; result: Call<void, {}> };
  /** `POST /api/v1/directories/{appInstanceId}/groups/{groupId}/query` */
  submitGroupAttributeQuery: { args: { appInstanceId: string; groupId: string; body: T.GroupQueryRequest; headers?: Record<string, string>; }; result: Call<T.GroupQueryResponse, {}> };
  /** `GET /api/v1/directories/{appInstanceId}/groups/{groupId}/query/{resultId}` */
  getGroupAttributeQueryResult: { args: { appInstanceId: string; groupId: string; resultId: string; headers?: Record<string, string>; }; result: Call<T.GroupProfileResult, {}> };
  /** `GET /api/v1/domains` */
  listCustomDomains: { args: { headers?: Record<string, string>; }; result: Call<T.DomainListResponse, {}> };
  /** `POST /api/v1/domains` */
  createCustomDomain: { args: { body: T.DomainRequest; headers?: Record<string, string>; }; result: Call<T.DomainResponse, {}> };
  /** `GET /api/v1/domains/{domainId}` */
  getCustomDomain: { args: { domainId: string; headers?: Record<string, string>; }; result: Call<T.DomainResponse, {}> };
  /** `PUT /api/v1/domains/{domainId}` */
  replaceCustomDomain: { args: { domainId: string; body: T.UpdateDomain; headers?: Record<string, string>; }; result: Call<T.DomainResponse, {}> };
  /** `DELETE /api/v1/domains/{domainId}` */
  deleteCustomDomain: { args: { domainId: string; headers?: Record<string, string>; }; result: Call<void, {}> };
  /** `PUT /api/v1/domains/{domainId}/certificate` */
  upsertCertificate: { args: { domainId: string; body: T.DomainCertificate; headers?: Record<string, string>; }; result: Call<void, {}> };
  /** `POST /api/v1/domains/{domainId}/verify` */
  verifyDomain: { args: { domainId: string; headers?: Record<string, string>; }; result: Call<T.DomainResponse, {}> };
  /** `POST /api/v1/dr/failback` */
  startOrgFailback: { args: { body?: (T.FailbackRequestSchema | T.EmptyRequestSchema); headers?: Record<string, string>; }; result: Call<{ results?: { domain?: string; message?: string; }[]; }, {}> };
  /** `POST /api/v1/dr/failover` */
  startOrgFailover: { args: { body?: (T.FailoverRequestSchema | T.EmptyRequestSchema); headers?: Record<string, string>; }; result: Call<{ results?: { domain?: string; message?: string; }[]; }, {}> };
  /** `GET /api/v1/dr/status` */
  getDRStatus: { args: { headers?: Record<string, string>; }; result: Call<{ status?: (T.DRStatusItem)[]; }, {}> };
  /** `GET /api/v1/dr/status/{domain}` */
  getDRStatusForDomain: { args: { domain: string; headers?: Record<string, string>; }; result: Call<{ status?: (T.DRStatusItem)[]; }, {}> };
  /** `GET /api/v1/email-domains` */
  listEmailDomains: { args: { expand?: ("brands" | T.UnknownEnumValue)[]; headers?: Record<string, string>; }; result: ListCall<T.EmailDomainResponseWithEmbedded, { expand?: ("brands" | T.UnknownEnumValue)[]; }> };
  /** `POST /api/v1/email-domains` */
  createEmailDomain: { args: { expand?: ("brands" | T.UnknownEnumValue)[]; body: T.EmailDomain; headers?: Record<string, string>; }; result: Call<T.EmailDomainResponse, { expand?: ("brands" | T.UnknownEnumValue)[]; }> };
  /** `GET /api/v1/email-domains/{emailDomainId}` */
  getEmailDomain: { args: { emailDomainId: string; expand?: ("brands" | T.UnknownEnumValue)[]; headers?: Record<string, string>; }; result: Call<T.EmailDomainResponseWithEmbedded, { expand?: ("brands" | T.UnknownEnumValue)[]; }> };
  /** `PUT /api/v1/email-domains/{emailDomainId}` */
  replaceEmailDomain: { args: { emailDomainId: string; expand?: ("brands" | T.UnknownEnumValue)[]; body: T.UpdateEmailDomain; headers?: Record<string, string>; }; result: Call<T.EmailDomainResponse, { expand?: ("brands" | T.UnknownEnumValue)[]; }> };
  /** `DELETE /api/v1/email-domains/{emailDomainId}` */
  deleteEmailDomain: { args: { emailDomainId: string; expand?: ("brands" | T.UnknownEnumValue)[]; headers?: Record<string, string>; }; result: Call<void, { expand?: ("brands" | T.UnknownEnumValue)[]; }> };
  /** `POST /api/v1/email-domains/{emailDomainId}/verify` */
  verifyEmailDomain: { args: { emailDomainId: string; headers?: Record<string, string>; }; result: Call<T.EmailDomainResponse, {}> };
  /** `GET /api/v1/email-servers` */
  listEmailServers: { args: { headers?: Record<string, string>; }; result: Call<T.EmailServerListResponse, {}> };
  /** `POST /api/v1/email-servers` */
  createEmailServer: { args: { body?: T.BaseEmailServerCreate; headers?: Record<string, string>; }; result: Call<T.BaseEmailServer, {}> };
  /** `GET /api/v1/email-servers/{emailServerId}` */
  getEmailServer: { args: { emailServerId: string; headers?: Record<string, string>; }; result: Call<T.BaseEmailServer, {}> };
  /** `PATCH /api/v1/email-servers/{emailServerId}` */
  updateEmailServer: { args: { emailServerId: string; body?: T.BaseEmailServer; headers?: Record<string, string>; }; result: Call<T.BaseEmailServer, {}> };
  /** `DELETE /api/v1/email-servers/{emailServerId}` */
  deleteEmailServer: { args: { emailServerId: string; headers?: Record<string, string>; }; result: Call<void, {}> };
  /** `POST /api/v1/email-servers/{emailServerId}/test` */
  testEmailServer: { args: { emailServerId: string; body?: T.EmailTestAddresses; headers?: Record<string, string>; }; result: Call<void, {}> };
  /** `GET /api/v1/eventHooks` */
  listEventHooks: { args: { headers?: Record<string, string>; }; result: ListCall<T.EventHook, {}> };
  /** `POST /api/v1/eventHooks` */
  createEventHook: { args: { body: T.EventHook; headers?: Record<string, string>; }; result: Call<T.EventHook, {}> };
  /** `GET /api/v1/eventHooks/{eventHookId}` */
  getEventHook: { args: { eventHookId: string; headers?: Record<string, string>; }; result: Call<T.EventHook, {}> };
  /** `PUT /api/v1/eventHooks/{eventHookId}` */
  replaceEventHook: { args: { eventHookId: string; body: T.EventHook; headers?: Record<string, string>; }; result: Call<T.EventHook, {}> };
  /** `DELETE /api/v1/eventHooks/{eventHookId}` */
  deleteEventHook: { args: { eventHookId: string; headers?: Record<string, string>; }; result: Call<void, {}> };
  /** `POST /api/v1/eventHooks/{eventHookId}/lifecycle/activate` */
  activateEventHook: { args: { eventHookId: string; headers?: Record<string, string>; }; result: Call<T.EventHook, {}> };
  /** `POST /api/v1/eventHooks/{eventHookId}/lifecycle/deactivate` */
  deactivateEventHook: { args: { eventHookId: string; headers?: Record<string, string>; }; result: Call<T.EventHook, {}> };
  /** `POST /api/v1/eventHooks/{eventHookId}/lifecycle/verify` */
  verifyEventHook: { args: { eventHookId: string; headers?: Record<string, string>; }; result: Call<T.EventHook, {}> };
  /** `GET /api/v1/features` */
  listFeatures: { args: { headers?: Record<string, string>; }; result: ListCall<T.Feature, {}> };
  /** `GET /api/v1/features/{featureId}` */
  getFeature: { args: { featureId: string; headers?: Record<string, string>; }; result: Call<T.Feature, {}> };
  /** `GET /api/v1/features/{featureId}/dependencies` */
  listFeatureDependencies: { args: { featureId: string; headers?: Record<string, string>; }; result: ListCall<T.Feature, {}> };
  /** `GET /api/v1/features/{featureId}/dependents` */
  listFeatureDependents: { args: { featureId: string; headers?: Record<string, string>; }; result: ListCall<T.Feature, {}> };
  /** `POST /api/v1/features/{featureId}/{lifecycle}` */
  updateFeatureLifecycle: { args: { featureId: string; lifecycle: string; mode?: string; headers?: Record<string, string>; }; result: Call<T.Feature, { mode?: string; }> };
  /** `GET /api/v1/first-party-app-settings/{appName}` */
  getFirstPartyAppSettings: { args: { appName: string; headers?: Record<string, string>; }; result: Call<T.AdminConsoleSettings, {}> };
  /** `PUT /api/v1/first-party-app-settings/{appName}` */
  replaceFirstPartyAppSettings: { args: { appName: string; body: T.AdminConsoleSettings; headers?: Record<string, string>; }; result: Call<T.AdminConsoleSettings, {}> };
  /** `GET /api/v1/groups` */
  listGroups: { args: { search?: string; filter?: string; q?: string; after?: string; limit?: number; expand?: string; sortBy?: string; sortOrder?: string; headers?: Record<string, string>; }; result: ListCall<T.Group, { search?: string; filter?: string; q?: string; after?: string; limit?: number; expand?: string; sortBy?: string; sortOrder?: string; }> };
  /** `POST /api/v1/groups` */
  addGroup: { args: { body: { profile?: T.OktaUserGroupProfile; }; headers?: Record<string, string>; }; result: Call<T.Group, {}> };
  /** `GET /api/v1/groups/rules` */
  listGroupRules: { args: { limit?: number; after?: string; search?: string; expand?: ("groupIdToGroupNameMap" | T.UnknownEnumValue); headers?: Record<string, string>; }; result: ListCall<T.GroupRule, { limit?: number; after?: string; search?: string; expand?: ("groupIdToGroupNameMap" | T.UnknownEnumValue); }> };
  /** `POST /api/v1/groups/rules` */
  createGroupRule: { args: { body: T.CreateGroupRuleRequest; headers?: Record<string, string>; }; result: Call<T.GroupRule, {}> };
  /** `GET /api/v1/groups/rules/{groupRuleId}` */
  getGroupRule: { args: { groupRuleId: string; expand?: ("groupIdToGroupNameMap" | T.UnknownEnumValue); headers?: Record<string, string>; }; result: Call<T.GroupRule, { expand?: ("groupIdToGroupNameMap" | T.UnknownEnumValue); }> };
  /** `PUT /api/v1/groups/rules/{groupRuleId}` */
  replaceGroupRule: { args: { groupRuleId: string; body: T.GroupRule; headers?: Record<string, string>; }; result: Call<T.GroupRule, {}> };
  /** `DELETE /api/v1/groups/rules/{groupRuleId}` */
  deleteGroupRule: { args: { groupRuleId: string; removeUsers?: boolean; headers?: Record<string, string>; }; result: Call<void, { removeUsers?: boolean; }> };
  /** `POST /api/v1/groups/rules/{groupRuleId}/lifecycle/activate` */
  activateGroupRule: { args: { groupRuleId: string; headers?: Record<string, string>; }; result: Call<void, {}> };
  /** `POST /api/v1/groups/rules/{groupRuleId}/lifecycle/deactivate` */
  deactivateGroupRule: { args: { groupRuleId: string; headers?: Record<string, string>; }; result: Call<void, {}> };
  /** `GET /api/v1/groups/{groupId}` */
  getGroup: { args: { groupId: string; headers?: Record<string, string>; }; result: Call<T.Group, {}> };
  /** `PUT /api/v1/groups/{groupId}` */
  replaceGroup: { args: { groupId: string; body: { profile?: T.OktaUserGroupProfile; }; headers?: Record<string, string>; }; result: Call<T.Group, {}> };
  /** `DELETE /api/v1/groups/{groupId}` */
  deleteGroup: { args: { groupId: string; headers?: Record<string, string>; }; result: Call<void, {}> };
  /** `GET /api/v1/groups/{groupId}/apps` */
  listAssignedApplicationsForGroup: { args: { groupId: string; after?: string; limit?: number; headers?: Record<string, string>; }; result: ListCall<T.Application, { after?: string; limit?: number; }> };
  /** `GET /api/v1/groups/{groupId}/owners` */
  listGroupOwners: { args: { groupId: string; search?: string; after?: string; limit?: number; headers?: Record<string, string>; }; result: ListCall<T.GroupOwner, { search?: string; after?: string; limit?: number; }> };
  /** `POST /api/v1/groups/{groupId}/owners` */
  assignGroupOwner: { args: { groupId: string; body: T.AssignGroupOwnerRequestBody; headers?: Record<string, string>; }; result: Call<T.GroupOwner, {}> };
  /** `DELETE /api/v1/groups/{groupId}/owners/{ownerId}` */
  deleteGroupOwner: { args: { groupId: string; ownerId: string; headers?: Record<string, string>; }; result: Call<void, {}> };
  /** `GET /api/v1/groups/{groupId}/roles` */
  listGroupAssignedRoles: { args: { groupId: string; expand?: string; headers?: Record<string, string>; }; result: ListCall<((T.StandardRole & { type: "API_ACCESS_MANAGEMENT_ADMIN" | "APP_ADMIN" | "GROUP_MEMBERSHIP_ADMIN" | "HELP_DESK_ADMIN" | "MOBILE_ADMIN" | "ORG_ADMIN" | "READ_ONLY_ADMIN" | "REPORT_ADMIN" | "SUPER_ADMIN" | "USER_ADMIN" }) | (T.CustomRole & { type: "WORKFLOWS_ADMIN" | "ACCESS_CERTIFICATIONS_ADMIN" | "ACCESS_REQUESTS_ADMIN" | "CUSTOM" })), { expand?: string; }> };
  /** `POST /api/v1/groups/{groupId}/roles` */
  assignRoleToGroup: { args: { groupId: string; disableNotifications?: boolean; body: ((T.StandardRoleAssignmentSchema & { type: "API_ACCESS_MANAGEMENT_ADMIN" | "APP_ADMIN" | "GROUP_MEMBERSHIP_ADMIN" | "HELP_DESK_ADMIN" | "ORG_ADMIN" | "READ_ONLY_ADMIN" | "REPORT_ADMIN" | "SUPER_ADMIN" | "USER_ADMIN" | "WORKFLOWS_ADMIN" | "ACCESS_CERTIFICATIONS_ADMIN" | "ACCESS_REQUESTS_ADMIN" }) | (T.CustomRoleAssignmentSchema & { type: "CUSTOM" })); headers?: Record<string, string>; }; result: Call<((T.StandardRole & { type: "API_ACCESS_MANAGEMENT_ADMIN" | "APP_ADMIN" | "GROUP_MEMBERSHIP_ADMIN" | "HELP_DESK_ADMIN" | "ORG_ADMIN" | "READ_ONLY_ADMIN" | "REPORT_ADMIN" | "SUPER_ADMIN" | "USER_ADMIN" }) | (T.CustomRole & { type: "WORKFLOWS_ADMIN" | "ACCESS_CERTIFICATIONS_ADMIN" | "ACCESS_REQUESTS_ADMIN" | "CUSTOM" })), { disableNotifications?: boolean; }> };
  /** `GET /api/v1/groups/{groupId}/roles/{roleAssignmentId}` */
  getGroupAssignedRole: { args: { groupId: string; roleAssignmentId: string; headers?: Record<string, string>; }; result: Call<((T.StandardRole & { type: "API_ACCESS_MANAGEMENT_ADMIN" | "APP_ADMIN" | "GROUP_MEMBERSHIP_ADMIN" | "HELP_DESK_ADMIN" | "ORG_ADMIN" | "READ_ONLY_ADMIN" | "REPORT_ADMIN" | "SUPER_ADMIN" | "USER_ADMIN" }) | (T.CustomRole & { type: "WORKFLOWS_ADMIN" | "ACCESS_CERTIFICATIONS_ADMIN" | "ACCESS_REQUESTS_ADMIN" | "CUSTOM" })), {}> };
  /** `DELETE /api/v1/groups/{groupId}/roles/{roleAssignmentId}` */
  unassignRoleFromGroup: { args: { groupId: string; roleAssignmentId: string; headers?: Record<string, string>; }; result: Call<void, {}> };
  /** `GET /api/v1/groups/{groupId}/roles/{roleAssignmentId}/targets/catalog/apps` */
  listApplicationTargetsForApplicationAdministratorRoleForGroup: { args: { groupId: string; roleAssignmentId: string; after?: string; limit?: number; headers?: Record<string, string>; }; result: ListCall<T.CatalogApplication, { after?: string; limit?: number; }> };
  /** `PUT /api/v1/groups/{groupId}/roles/{roleAssignmentId}/targets/catalog/apps/{appName}` */
  assignAppTargetToAdminRoleForGroup: { args: { groupId: string; roleAssignmentId: string; appName: string; headers?: Record<string, string>; }; result: Call<void, {}> };
  /** `DELETE /api/v1/groups/{groupId}/roles/{roleAssignmentId}/targets/catalog/apps/{appName}` */
  unassignAppTargetToAdminRoleForGroup: { args: { groupId: string; roleAssignmentId: string; appName: string; headers?: Record<string, string>; }; result: Call<void, {}> };
  /** `PUT /api/v1/groups/{groupId}/roles/{roleAssignmentId}/targets/catalog/apps/{appName}/{appId}` */
  assignAppInstanceTargetToAppAdminRoleForGroup: { args: { groupId: string; roleAssignmentId: string; appName: string; appId: string; headers?: Record<string, string>; }; result: Call<void, {}> };
  /** `DELETE /api/v1/groups/{groupId}/roles/{roleAssignmentId}/targets/catalog/apps/{appName}/{appId}` */
  unassignAppInstanceTargetToAppAdminRoleForGroup: { args: { groupId: string; roleAssignmentId: string; appName: string; appId: string; headers?: Record<string, string>; }; result: Call<void, {}> };
  /** `GET /api/v1/groups/{groupId}/roles/{roleAssignmentId}/targets/groups` */
  listGroupTargetsForGroupRole: { args: { groupId: string; roleAssignmentId: string; after?: string; limit?: number; headers?: Record<string, string>; }; result: ListCall<T.Group, { after?: string; limit?: number; }> };
  /** `PUT /api/v1/groups/{groupId}/roles/{roleAssignmentId}/targets/groups/{targetGroupId}` */
  assignGroupTargetToGroupAdminRole: { args: { groupId: string; roleAssignmentId: string; targetGroupId: string; headers?: Record<string, string>; }; result: Call<void, {}> };
  /** `DELETE /api/v1/groups/{groupId}/roles/{roleAssignmentId}/targets/groups/{targetGroupId}` */
  unassignGroupTargetFromGroupAdminRole: { args: { groupId: string; roleAssignmentId: string; targetGroupId: string; headers?: Record<string, string>; }; result: Call<void, {}> };
  /** `GET /api/v1/groups/{groupId}/users` */
  listGroupUsers: { args: { groupId: string; after?: string; limit?: number; headers?: Record<string, string>; }; result: ListCall<T.User, { after?: string; limit?: number; }> };
  /** `PUT /api/v1/groups/{groupId}/users/{userId}` */
  assignUserToGroup: { args: { groupId: string; userId: string; headers?: Record<string, string>; }; result: Call<void, {}> };
  /** `DELETE /api/v1/groups/{groupId}/users/{userId}` */
  unassignUserFromGroup: { args: { groupId: string; userId: string; headers?: Record<string, string>; }; result: Call<void, {}> };
  /** `GET /api/v1/hook-keys` */
  listHookKeys: { args: { headers?: Record<string, string>; }; result: ListCall<T.HookKey, {}> };
  /** `POST /api/v1/hook-keys` */
  createHookKey: { args: { body: T.KeyRequest; headers?: Record<string, string>; }; result: Call<T.DetailedHookKeyInstance, {}> };
  /** `GET /api/v1/hook-keys/public/{keyId}` */
  getPublicKey: { args: { keyId: string; headers?: Record<string, string>; }; result: Call<T._embedded, {}> };
  /** `GET /api/v1/hook-keys/{id}` */
  getHookKey: { args: { id: string; headers?: Record<string, string>; }; result: Call<T.HookKey, {}> };
  /** `PUT /api/v1/hook-keys/{id}` */
  replaceHookKey: { args: { id: string; body: T.KeyRequest; headers?: Record<string, string>; }; result: Call<T.DetailedHookKeyInstance, {}> };
  /** `DELETE /api/v1/hook-keys/{id}` */
  deleteHookKey: { args: { id: string; headers?: Record<string, string>; }; result: Call<void, {}> };
  /** `GET /api/v1/iam/assignees/users` */
  listUsersWithRoleAssignments: { args: { after?: string; limit?: number; headers?: Record<string, string>; }; result: ListCall<T.RoleAssignedUser, { after?: string; limit?: number; }> };
  /** `GET /api/v1/iam/governance/bundles` */
  listGovernanceBundles: { args: { after?: string; limit?: number; headers?: Record<string, string>; }; result: ListCall<T.GovernanceBundle, { after?: string; limit?: number; }> };
  /** `POST /api/v1/iam/governance/bundles` */
  createGovernanceBundle: { args: { body: T.GovernanceBundleCreateRequest; headers?: Record<string, string>; }; result: Call<T.GovernanceBundle, {}> };
  /** `GET /api/v1/iam/governance/bundles/{bundleId}` */
  getGovernanceBundle: { args: { bundleId: string; headers?: Record<string, string>; }; result: Call<T.GovernanceBundle, {}> };
  /** `PUT /api/v1/iam/governance/bundles/{bundleId}` */
  replaceGovernanceBundle: { args: { bundleId: string; body: T.GovernanceBundleUpdateRequest; headers?: Record<string, string>; }; result: Call<T.GovernanceBundle, {}> };
  /** `DELETE /api/v1/iam/governance/bundles/{bundleId}` */
  deleteGovernanceBundle: { args: { bundleId: string; headers?: Record<string, string>; }; result: Call<void, {}> };
  /** `GET /api/v1/iam/governance/bundles/{bundleId}/entitlements` */
  listBundleEntitlements: { args: { bundleId: string; after?: string; limit?: number; headers?: Record<string, string>; }; result: ListCall<T.BundleEntitlement, { after?: string; limit?: number; }> };
  /** `GET /api/v1/iam/governance/bundles/{bundleId}/entitlements/{entitlementId}/values` */
  listBundleEntitlementValues: { args: { bundleId: string; entitlementId: string; after?: string; limit?: number; headers?: Record<string, string>; }; result: ListCall<T.EntitlementValue, { after?: string; limit?: number; }> };
  /** `GET /api/v1/iam/governance/optIn` */
  getOptInStatus: { args: { headers?: Record<string, string>; }; result: Call<T.OptInStatusResponse, {}> };
  /** `POST /api/v1/iam/governance/optIn` */
  optIn: { args: { headers?: Record<string, string>; }; result: Call<T.OptInStatusResponse, {}> };
  /** `POST /api/v1/iam/governance/optOut` */
  optOut: { args: { headers?: Record<string, string>; }; result: Call<T.OptInStatusResponse, {}> };
  /** `GET /api/v1/iam/resource-sets` */
  listResourceSets: { args: { after?: string; headers?: Record<string, string>; }; result: ListCall<T.ResourceSet, { after?: string; }> };
  /** `POST /api/v1/iam/resource-sets` */
  createResourceSet: { args: { body: T.CreateResourceSetRequest; headers?: Record<string, string>; }; result: Call<T.ResourceSet, {}> };
  /** `GET /api/v1/iam/resource-sets/{resourceSetIdOrLabel}` */
  getResourceSet: { args: { resourceSetIdOrLabel: string; headers?: Record<string, string>; }; result: Call<T.ResourceSet, {}> };
  /** `PUT /api/v1/iam/resource-sets/{resourceSetIdOrLabel}` */
  replaceResourceSet: { args: { resourceSetIdOrLabel: string; body: T.ResourceSet; headers?: Record<string, string>; }; result: Call<T.ResourceSet, {}> };
  /** `DELETE /api/v1/iam/resource-sets/{resourceSetIdOrLabel}` */
  deleteResourceSet: { args: { resourceSetIdOrLabel: string; headers?: Record<string, string>; }; result: Call<void, {}> };
  /** `GET /api/v1/iam/resource-sets/{resourceSetIdOrLabel}/bindings` */
  listBindings: { args: { resourceSetIdOrLabel: string; after?: string; headers?: Record<string, string>; }; result: ListCall<T.ResourceSetBindingRole, { after?: string; }> };
  /** `POST /api/v1/iam/resource-sets/{resourceSetIdOrLabel}/bindings` */
  createResourceSetBinding: { args: { resourceSetIdOrLabel: string; body: T.ResourceSetBindingCreateRequest; headers?: Record<string, string>; }; result: Call<T.ResourceSetBindingEditResponse, {}> };
  /** `GET /api/v1/iam/resource-sets/{resourceSetIdOrLabel}/bindings/{roleIdOrLabel}` */
  getBinding: { args: { resourceSetIdOrLabel: string; roleIdOrLabel: string; headers?: Record<string, string>; }; result: Call<T.ResourceSetBindingResponse, {}> };
  /** `DELETE /api/v1/iam/resource-sets/{resourceSetIdOrLabel}/bindings/{roleIdOrLabel}` */
  deleteBinding: { args: { resourceSetIdOrLabel: string; roleIdOrLabel: string; headers?: Record<string, string>; }; result: Call<void, {}> };
  /** `GET /api/v1/iam/resource-sets/{resourceSetIdOrLabel}/bindings/{roleIdOrLabel}/members` */
  listMembersOfBinding: { args: { resourceSetIdOrLabel: string; roleIdOrLabel: string; after?: string; headers?: Record<string, string>; }; result: ListCall<T.ResourceSetBindingMember, { after?: string; }> };
  /** `PATCH /api/v1/iam/resource-sets/{resourceSetIdOrLabel}/bindings/{roleIdOrLabel}/members` */
  addMembersToBinding: { args: { resourceSetIdOrLabel: string; roleIdOrLabel: string; body: T.ResourceSetBindingAddMembersRequest; headers?: Record<string, string>; }; result: Call<T.ResourceSetBindingEditResponse, {}> };
  /** `GET /api/v1/iam/resource-sets/{resourceSetIdOrLabel}/bindings/{roleIdOrLabel}/members/{memberId}` */
  getMemberOfBinding: { args: { resourceSetIdOrLabel: string; roleIdOrLabel: string; memberId: string; headers?: Record<string, string>; }; result: Call<T.ResourceSetBindingMember, {}> };
  /** `DELETE /api/v1/iam/resource-sets/{resourceSetIdOrLabel}/bindings/{roleIdOrLabel}/members/{memberId}` */
  unassignMemberFromBinding: { args: { resourceSetIdOrLabel: string; roleIdOrLabel: string; memberId: string; headers?: Record<string, string>; }; result: Call<void, {}> };
  /** `GET /api/v1/iam/resource-sets/{resourceSetIdOrLabel}/resources` */
  listResourceSetResources: { args: { resourceSetIdOrLabel: string; after?: string; limit?: number; headers?: Record<string, string>; }; result: ListCall<T.ResourceSetResource, { after?: string; limit?: number; }> };
  /** `POST /api/v1/iam/resource-sets/{resourceSetIdOrLabel}/resources` */
  addResourceSetResource: { args: { resourceSetIdOrLabel: string; body: T.ResourceSetResourcePostRequest; headers?: Record<string, string>; }; result: Call<T.ResourceSetResource, {}> };
  /** `PATCH /api/v1/iam/resource-sets/{resourceSetIdOrLabel}/resources` */
  addResourceSetResources: { args: { resourceSetIdOrLabel: string; body: T.ResourceSetResourcePatchRequest; headers?: Record<string, string>; }; result: Call<T.ResourceSet, {}> };
  /** `GET /api/v1/iam/resource-sets/{resourceSetIdOrLabel}/resources/{resourceId}` */
  getResourceSetResource: { args: { resourceSetIdOrLabel: string; resourceId: string; headers?: Record<string, string>; }; result: Call<T.ResourceSetResource, {}> };
  /** `PUT /api/v1/iam/resource-sets/{resourceSetIdOrLabel}/resources/{resourceId}` */
  replaceResourceSetResource: { args: { resourceSetIdOrLabel: string; resourceId: string; body: T.ResourceSetResourcePutRequest; headers?: Record<string, string>; }; result: Call<T.ResourceSetResource, {}> };
  /** `DELETE /api/v1/iam/resource-sets/{resourceSetIdOrLabel}/resources/{resourceId}` */
  deleteResourceSetResource: { args: { resourceSetIdOrLabel: string; resourceId: string; headers?: Record<string, string>; }; result: Call<void, {}> };
  /** `GET /api/v1/iam/roles` */
  listRoles: { args: { after?: string; headers?: Record<string, string>; }; result: ListCall<T.IamRole, { after?: string; }> };
  /** `POST /api/v1/iam/roles` */
  createRole: { args: { body: T.CreateIamRoleRequest; headers?: Record<string, string>; }; result: Call<T.IamRole, {}> };
  /** `GET /api/v1/iam/roles/{roleIdOrLabel}` */
  getRole: { args: { roleIdOrLabel: string; headers?: Record<string, string>; }; result: Call<T.IamRole, {}> };
  /** `PUT /api/v1/iam/roles/{roleIdOrLabel}` */
  replaceRole: { args: { roleIdOrLabel: string; body: T.UpdateIamRoleRequest; headers?: Record<string, string>; }; result: Call<T.IamRole, {}> };
  /** `DELETE /api/v1/iam/roles/{roleIdOrLabel}` */
  deleteRole: { args: { roleIdOrLabel: string; headers?: Record<string, string>; }; result: Call<void, {}> };
  /** `GET /api/v1/iam/roles/{roleIdOrLabel}/permissions` */
  listRolePermissions: { args: { roleIdOrLabel: string; headers?: Record<string, string>; }; result: Call<T.Permissions, {}> };
  /** `GET /api/v1/iam/roles/{roleIdOrLabel}/permissions/{permissionType}` */
  getRolePermission: { args: { roleIdOrLabel: string; permissionType: string; headers?: Record<string, string>; }; result: Call<T.Permission, {}> };
  /** `POST /api/v1/iam/roles/{roleIdOrLabel}/permissions/{permissionType}` */
  createRolePermission: { args: { roleIdOrLabel: string; permissionType: string; body?: T.CreateUpdateIamRolePermissionRequest; headers?: Record<string, string>; }; result: Call<void, {}> };
  /** `PUT /api/v1/iam/roles/{roleIdOrLabel}/permissions/{permissionType}` */
  replaceRolePermission: { args: { roleIdOrLabel: string; permissionType: string; body?: T.CreateUpdateIamRolePermissionRequest; headers?: Record<string, string>; }; result: Call<T.Permission, {}> };
  /** `DELETE /api/v1/iam/roles/{roleIdOrLabel}/permissions/{permissionType}` */
  deleteRolePermission: { args: { roleIdOrLabel: string; permissionType: string; headers?: Record<string, string>; }; result: Call<void, {}> };
  /** `POST /api/v1/identity-sources/{identitySourceId}/groups` */
  createIdentitySourceGroups: { args: { identitySourceId: string; body?: T.GroupsRequestSchema; headers?: Record<string, string>; }; result: Call<T.GroupsResponseSchema, {}> };
  /** `GET /api/v1/identity-sources/{identitySourceId}/groups/{groupOrExternalId}` */
  getIdentitySourceGroup: { args: { identitySourceId: string; groupOrExternalId: string; headers?: Record<string, string>; }; result: Call<T.GroupsResponseSchema, {}> };
  /** `POST /api/v1/identity-sources/{identitySourceId}/groups/{groupOrExternalId}` */
  updateIdentitySourceGroups: { args: { identitySourceId: string; groupOrExternalId: string; body?: T.GroupsRequestSchema; headers?: Record<string, string>; }; result: Call<T.GroupsResponseSchema, {}> };
  /** `DELETE /api/v1/identity-sources/{identitySourceId}/groups/{groupOrExternalId}` */
  deleteIdentitySourceGroup: { args: { identitySourceId: string; groupOrExternalId: string; headers?: Record<string, string>; }; result: Call<void, {}> };
  /** `GET /api/v1/identity-sources/{identitySourceId}/groups/{groupOrExternalId}/membership` */
  getIdentitySourceGroupMemberships: { args: { identitySourceId: string; groupOrExternalId: string; after?: string; limit?: number; headers?: Record<string, string>; }; result: Call<T.GroupMembershipsResponseSchema, { after?: string; limit?: number; }> };
  /** `POST /api/v1/identity-sources/{identitySourceId}/groups/{groupOrExternalId}/membership` */
  createIdentitySourceGroupsMemberships: { args: { identitySourceId: string; groupOrExternalId: string; body?: T.MembershipRequestSchema; headers?: Record<string, string>; }; result: Call<void, {}> };
  /** `DELETE /api/v1/identity-sources/{identitySourceId}/groups/{groupOrExternalId}/membership/{memberExternalId}` */
  deleteIdentitySourceGroupMemberships: { args: { identitySourceId: string; groupOrExternalId: string; memberExternalId: string; headers?: Record<string, string>; }; result: Call<void, {}> };
  /** `GET /api/v1/identity-sources/{identitySourceId}/sessions` */
  listIdentitySourceSessions: { args: { identitySourceId: string; headers?: Record<string, string>; }; result: ListCall<T.IdentitySourceSession, {}> };
  /** `POST /api/v1/identity-sources/{identitySourceId}/sessions` */
  createIdentitySourceSession: { args: { identitySourceId: string; headers?: Record<string, string>; }; result: Call<T.IdentitySourceSession, {}> };
  /** `GET /api/v1/identity-sources/{identitySourceId}/sessions/{sessionId}` */
  getIdentitySourceSession: { args: { identitySourceId: string; sessionId: string; headers?: Record<string, string>; }; result: Call<T.IdentitySourceSession, {}> };
  /** `DELETE /api/v1/identity-sources/{identitySourceId}/sessions/{sessionId}` */
  deleteIdentitySourceSession: { args: { identitySourceId: string; sessionId: string; headers?: Record<string, string>; }; result: Call<void, {}> };
  /** `POST /api/v1/identity-sources/{identitySourceId}/sessions/{sessionId}/bulk-delete` */
  uploadIdentitySourceDataForDelete: { args: { identitySourceId: string; sessionId: string; body?: T.BulkDeleteRequestBody; headers?: Record<string, string>; }; result: Call<void, {}> };
  /** `POST /api/v1/identity-sources/{identitySourceId}/sessions/{sessionId}/bulk-group-memberships-delete` */
  uploadIdentitySourceGroupMembershipsForDelete: { args: { identitySourceId: string; sessionId: string; body?: T.BulkGroupMembershipsDeleteRequestBody; headers?: Record<string, string>; }; result: Call<void, {}> };
  /** `POST /api/v1/identity-sources/{identitySourceId}/sessions/{sessionId}/bulk-group-memberships-upsert` */
  uploadIdentitySourceGroupMembershipsForUpsert: { args: { identitySourceId: string; sessionId: string; body?: T.BulkGroupMembershipsUpsertRequestBody; headers?: Record<string, string>; }; result: Call<void, {}> };
  /** `POST /api/v1/identity-sources/{identitySourceId}/sessions/{sessionId}/bulk-groups-delete` */
  uploadIdentitySourceGroupsDataForDelete: { args: { identitySourceId: string; sessionId: string; body?: T.BulkGroupDeleteRequestBody; headers?: Record<string, string>; }; result: Call<void, {}> };
  /** `POST /api/v1/identity-sources/{identitySourceId}/sessions/{sessionId}/bulk-groups-upsert` */
  uploadIdentitySourceGroupsForUpsert: { args: { identitySourceId: string; sessionId: string; body?: T.BulkGroupUpsertRequestBody; headers?: Record<string, string>; }; result: Call<void, {}> };
  /** `POST /api/v1/identity-sources/{identitySourceId}/sessions/{sessionId}/bulk-upsert` */
  uploadIdentitySourceDataForUpsert: { args: { identitySourceId: string; sessionId: string; body?: T.BulkUpsertRequestBody; headers?: Record<string, string>; }; result: Call<void, {}> };
  /** `POST /api/v1/identity-sources/{identitySourceId}/sessions/{sessionId}/start-import` */
  startImportFromIdentitySource: { args: { identitySourceId: string; sessionId: string; headers?: Record<string, string>; }; result: Call<T.IdentitySourceSession, {}> };
  /** `POST /api/v1/identity-sources/{identitySourceId}/users` */
  createIdentitySourceUser: { args: { identitySourceId: string; body?: T.UserRequestSchema; headers?: Record<string, string>; }; result: Call<void, {}> };
  /** `GET /api/v1/identity-sources/{identitySourceId}/users/{externalId}` */
  getIdentitySourceUser: { args: { identitySourceId: string; externalId: string; headers?: Record<string, string>; }; result: Call<T.UserResponseSchema, {}> };
  /** `PUT /api/v1/identity-sources/{identitySourceId}/users/{externalId}` */
  replaceExistingIdentitySourceUser: { args: { identitySourceId: string; externalId: string; body?: T.UserRequestSchema; headers?: Record<string, string>; }; result: Call<T.UserResponseSchema, {}> };
  /** `PATCH /api/v1/identity-sources/{identitySourceId}/users/{externalId}` */
  updateIdentitySourceUsers: { args: { identitySourceId: string; externalId: string; body?: T.UsersUpdateRequestSchema; headers?: Record<string, string>; }; result: Call<T.UserResponseSchema, {}> };
  /** `DELETE /api/v1/identity-sources/{identitySourceId}/users/{externalId}` */
  deleteIdentitySourceUser: { args: { identitySourceId: string; externalId: string; headers?: Record<string, string>; }; result: Call<void, {}> };
  /** `GET /api/v1/idps` */
  listIdentityProviders: { args: { q?: string; after?: string; limit?: number; type?: T.IdentityProviderType; headers?: Record<string, string>; }; result: ListCall<T.IdentityProvider, { q?: string; after?: string; limit?: number; type?: T.IdentityProviderType; }> };
  /** `POST /api/v1/idps` */
  createIdentityProvider: { args: { body: T.IdentityProvider; headers?: Record<string, string>; }; result: Call<T.IdentityProvider, {}> };
  /** `GET /api/v1/idps/credentials/keys` */
  listIdentityProviderKeys: { args: { after?: string; limit?: number; headers?: Record<string, string>; }; result: ListCall<T.IdPKeyCredential, { after?: string; limit?: number; }> };
  /** `POST /api/v1/idps/credentials/keys` */
  createIdentityProviderKey: { args: { body: T.IdPCertificateCredential; headers?: Record<string, string>; }; result: Call<T.IdPKeyCredential, {}> };
  /** `GET /api/v1/idps/credentials/keys/{kid}` */
  getIdentityProviderKey: { args: { kid: string; headers?: Record<string, string>; }; result: Call<T.IdPKeyCredential, {}> };
  /** `PUT /api/v1/idps/credentials/keys/{kid}` */
  replaceIdentityProviderKey: { args: { kid: string; body: T.IdPKeyCredential; headers?: Record<string, string>; }; result: Call<T.IdPKeyCredential, {}> };
  /** `DELETE /api/v1/idps/credentials/keys/{kid}` */
  deleteIdentityProviderKey: { args: { kid: string; headers?: Record<string, string>; }; result: Call<void, {}> };
  /** `GET /api/v1/idps/{idpId}` */
  getIdentityProvider: { args: { idpId: string; headers?: Record<string, string>; }; result: Call<T.IdentityProvider, {}> };
  /** `PUT /api/v1/idps/{idpId}` */
  replaceIdentityProvider: { args: { idpId: string; body: T.IdentityProvider; headers?: Record<string, string>; }; result: Call<T.IdentityProvider, {}> };
  /** `DELETE /api/v1/idps/{idpId}` */
  deleteIdentityProvider: { args: { idpId: string; headers?: Record<string, string>; }; result: Call<void, {}> };
  /** `GET /api/v1/idps/{idpId}/credentials/csrs` */
  listCsrsForIdentityProvider: { args: { idpId: string; headers?: Record<string, string>; }; result: ListCall<T.IdPCsr, {}> };
  /** `POST /api/v1/idps/{idpId}/credentials/csrs` */
  generateCsrForIdentityProvider: { args: { idpId: string; body: T.CsrMetadata; headers?: Record<string, string>; }; result: Call<T.IdPCsr, {}> };
  /** `GET /api/v1/idps/{idpId}/credentials/csrs/{idpCsrId}` */
  getCsrForIdentityProvider: { args: { idpId: string; idpCsrId: string; headers?: Record<string, string>; }; result: Call<T.IdPCsr, {}> };
  /** `DELETE /api/v1/idps/{idpId}/credentials/csrs/{idpCsrId}` */
  revokeCsrForIdentityProvider: { args: { idpId: string; idpCsrId: string; headers?: Record<string, string>; }; result: Call<void, {}> };
  /** `POST /api/v1/idps/{idpId}/credentials/csrs/{idpCsrId}/lifecycle/publish` */
  publishCsrForIdentityProvider: { args: { idpId: string; idpCsrId: string; body: string | Blob; headers?: Record<string, string>; }; result: Call<T.IdPKeyCredential, {}> };
  /** `GET /api/v1/idps/{idpId}/credentials/keys` */
  listIdentityProviderSigningKeys: { args: { idpId: string; headers?: Record<string, string>; }; result: ListCall<T.IdPKeyCredential, {}> };
  /** `GET /api/v1/idps/{idpId}/credentials/keys/active` */
  listActiveIdentityProviderSigningKey: { args: { idpId: string; headers?: Record<string, string>; }; result: ListCall<T.IdPKeyCredential, {}> };
  /** `POST /api/v1/idps/{idpId}/credentials/keys/generate` */
  generateIdentityProviderSigningKey: { args: { idpId: string; validityYears?: number; headers?: Record<string, string>; }; result: Call<T.IdPKeyCredential, { validityYears?: number; }> };
  /** `GET /api/v1/idps/{idpId}/credentials/keys/{kid}` */
  getIdentityProviderSigningKey: { args: { idpId: string; kid: string; headers?: Record<string, string>; }; result: Call<T.IdPKeyCredential, {}> };
  /** `POST /api/v1/idps/{idpId}/credentials/keys/{kid}/clone` */
  cloneIdentityProviderKey: { args: { idpId: string; kid: string; targetIdpId?: string; headers?: Record<string, string>; }; result: Call<T.IdPKeyCredential, { targetIdpId?: string; }> };
  /** `POST /api/v1/idps/{idpId}/lifecycle/activate` */
  activateIdentityProvider: { args: { idpId: string; headers?: Record<string, string>; }; result: Call<T.IdentityProvider, {}> };
  /** `POST /api/v1/idps/{idpId}/lifecycle/deactivate` */
  deactivateIdentityProvider: { args: { idpId: string; headers?: Record<string, string>; }; result: Call<T.IdentityProvider, {}> };
  /** `GET /api/v1/idps/{idpId}/users` */
  listIdentityProviderApplicationUsers: { args: { idpId: string; q?: string; after?: string; limit?: number; expand?: string; headers?: Record<string, string>; }; result: ListCall<T.IdentityProviderApplicationUser, { q?: string; after?: string; limit?: number; expand?: string; }> };
  /** `GET /api/v1/idps/{idpId}/users/{userId}` */
  getIdentityProviderApplicationUser: { args: { idpId: string; userId: string; headers?: Record<string, string>; }; result: Call<T.IdentityProviderApplicationUser, {}> };
  /** `POST /api/v1/idps/{idpId}/users/{userId}` */
  linkUserToIdentityProvider: { args: { idpId: string; userId: string; body: T.UserIdentityProviderLinkRequest; headers?: Record<string, string>; }; result: Call<T.IdentityProviderApplicationUser, {}> };
  /** `DELETE /api/v1/idps/{idpId}/users/{userId}` */
  unlinkUserFromIdentityProvider: { args: { idpId: string; userId: string; headers?: Record<string, string>; }; result: Call<void, {}> };
  /** `GET /api/v1/idps/{idpId}/users/{userId}/credentials/tokens` */
  listSocialAuthTokens: { args: { idpId: string; userId: string; headers?: Record<string, string>; }; result: ListCall<T.SocialAuthToken, {}> };
  /** `GET /api/v1/inlineHooks` */
  listInlineHooks: { args: { type?: ("com.okta.import.transform" | "com.okta.oauth2.tokens.transform" | "com.okta.saml.tokens.transform" | "com.okta.user.credential.password.import" | "com.okta.user.pre-registration" | "com.okta.telephony.provider" | T.UnknownEnumValue); headers?: Record<string, string>; }; result: ListCall<T.InlineHook, { type?: ("com.okta.import.transform" | "com.okta.oauth2.tokens.transform" | "com.okta.saml.tokens.transform" | "com.okta.user.credential.password.import" | "com.okta.user.pre-registration" | "com.okta.telephony.provider" | T.UnknownEnumValue); }> };
  /** `POST /api/v1/inlineHooks` */
  createInlineHook: { args: { body: T.InlineHookCreate; headers?: Record<string, string>; }; result: Call<T.InlineHookCreateResponse, {}> };
  /** `GET /api/v1/inlineHooks/{inlineHookId}` */
  getInlineHook: { args: { inlineHookId: string; headers?: Record<string, string>; }; result: Call<T.InlineHook, {}> };
  /** `POST /api/v1/inlineHooks/{inlineHookId}` */
  updateInlineHook: { args: { inlineHookId: string; body: T.InlineHookReplace; headers?: Record<string, string>; }; result: Call<T.InlineHook, {}> };
  /** `PUT /api/v1/inlineHooks/{inlineHookId}` */
  replaceInlineHook: { args: { inlineHookId: string; body: T.InlineHookReplace; headers?: Record<string, string>; }; result: Call<T.InlineHook, {}> };
  /** `DELETE /api/v1/inlineHooks/{inlineHookId}` */
  deleteInlineHook: { args: { inlineHookId: string; headers?: Record<string, string>; }; result: Call<void, {}> };
  /** `POST /api/v1/inlineHooks/{inlineHookId}/execute` */
  executeInlineHook: { args: { inlineHookId: string; body: (T.PasswordImportRequestExecute | T.TelephonyRequestExecute | T.RegistrationInlineHookRequest | T.TokenRequest | T.SAMLPayloadExecute | T.UserImportRequestExecute); headers?: Record<string, string>; }; result: Call<(T.PasswordImportResponse | T.TelephonyResponse | T.RegistrationInlineHookResponse | T.TokenHookResponse | T.SAMLHookResponse | T.UserImportResponse), {}> };
  /** `POST /api/v1/inlineHooks/{inlineHookId}/lifecycle/activate` */
  activateInlineHook: { args: { inlineHookId: string; headers?: Record<string, string>; }; result: Call<T.InlineHook, {}> };
  /** `POST /api/v1/inlineHooks/{inlineHookId}/lifecycle/deactivate` */
  deactivateInlineHook: { args: { inlineHookId: string; headers?: Record<string, string>; }; result: Call<T.InlineHook, {}> };
  /** `GET /api/v1/logStreams` */
  listLogStreams: { args: { after?: string; limit?: number; filter?: string; headers?: Record<string, string>; }; result: ListCall<T.LogStream, { after?: string; limit?: number; filter?: string; }> };
  /** `POST /api/v1/logStreams` */
  createLogStream: { args: { body: T.LogStream; headers?: Record<string, string>; }; result: Call<T.LogStream, {}> };
  /** `GET /api/v1/logStreams/{logStreamId}` */
  getLogStream: { args: { logStreamId: string; headers?: Record<string, string>; }; result: Call<T.LogStream, {}> };
  /** `PUT /api/v1/logStreams/{logStreamId}` */
  replaceLogStream: { args: { logStreamId: string; body: T.LogStreamPutSchema; headers?: Record<string, string>; }; result: Call<T.LogStream, {}> };
  /** `DELETE /api/v1/logStreams/{logStreamId}` */
  deleteLogStream: { args: { logStreamId: string; headers?: Record<string, string>; }; result: Call<void, {}> };
  /** `POST /api/v1/logStreams/{logStreamId}/lifecycle/activate` */
  activateLogStream: { args: { logStreamId: string; headers?: Record<string, string>; }; result: Call<T.LogStream, {}> };
  /** `POST /api/v1/logStreams/{logStreamId}/lifecycle/deactivate` */
  deactivateLogStream: { args: { logStreamId: string; headers?: Record<string, string>; }; result: Call<T.LogStream, {}> };
  /** `GET /api/v1/logs` */
  listLogEvents: { args: { since?: string; until?: string; after?: string; filter?: string; q?: string; limit?: number; sortOrder?: ("ASCENDING" | "DESCENDING" | T.UnknownEnumValue); headers?: Record<string, string>; }; result: ListCall<T.LogEvent, { since?: string; until?: string; after?: string; filter?: string; q?: string; limit?: number; sortOrder?: ("ASCENDING" | "DESCENDING" | T.UnknownEnumValue); }> };
  /** `GET /api/v1/mappings` */
  listProfileMappings: { args: { after?: string; limit?: number; sourceId?: string; targetId?: string; headers?: Record<string, string>; }; result: ListCall<T.ListProfileMappings, { after?: string; limit?: number; sourceId?: string; targetId?: string; }> };
  /** `GET /api/v1/mappings/{mappingId}` */
  getProfileMapping: { args: { mappingId: string; headers?: Record<string, string>; }; result: Call<T.ProfileMapping, {}> };
  /** `POST /api/v1/mappings/{mappingId}` */
  updateProfileMapping: { args: { mappingId: string; body: T.ProfileMappingRequest; headers?: Record<string, string>; }; result: Call<T.ProfileMapping, {}> };
  /** `GET /api/v1/meta/schemas/apps/{appId}/default` */
  getApplicationUserSchema: { args: { appId: string; headers?: Record<string, string>; }; result: Call<T.UserSchema, {}> };
  /** `POST /api/v1/meta/schemas/apps/{appId}/default` */
  updateApplicationUserProfile: { args: { appId: string; body?: T.UserSchema; headers?: Record<string, string>; }; result: Call<T.UserSchema, {}> };
  /** `GET /api/v1/meta/schemas/group/default` */
  getGroupSchema: { args: { headers?: Record<string, string>; }; result: Call<T.GroupSchema, {}> };
  /** `POST /api/v1/meta/schemas/group/default` */
  updateGroupSchema: { args: { body?: T.GroupSchema; headers?: Record<string, string>; }; result: Call<T.GroupSchema, {}> };
  /** `GET /api/v1/meta/schemas/logStream` */
  listLogStreamSchemas: { args: { headers?: Record<string, string>; }; result: ListCall<T.LogStreamSchema, {}> };
  /** `GET /api/v1/meta/schemas/logStream/{logStreamType}` */
  getLogStreamSchema: { args: { logStreamType: string; headers?: Record<string, string>; }; result: Call<T.LogStreamSchema, {}> };
  /** `GET /api/v1/meta/schemas/user/linkedObjects` */
  listLinkedObjectDefinitions: { args: { headers?: Record<string, string>; }; result: ListCall<T.LinkedObject, {}> };
  /** `POST /api/v1/meta/schemas/user/linkedObjects` */
  createLinkedObjectDefinition: { args: { body: T.LinkedObject; headers?: Record<string, string>; }; result: Call<T.LinkedObject, {}> };
  /** `GET /api/v1/meta/schemas/user/linkedObjects/{linkedObjectName}` */
  getLinkedObjectDefinition: { args: { linkedObjectName: string; headers?: Record<string, string>; }; result: Call<T.LinkedObject, {}> };
  /** `DELETE /api/v1/meta/schemas/user/linkedObjects/{linkedObjectName}` */
  deleteLinkedObjectDefinition: { args: { linkedObjectName: string; headers?: Record<string, string>; }; result: Call<void, {}> };
  /** `GET /api/v1/meta/schemas/user/{schemaId}` */
  getUserSchema: { args: { schemaId: string; headers?: Record<string, string>; }; result: Call<T.UserSchema, {}> };
  /** `POST /api/v1/meta/schemas/user/{schemaId}` */
  updateUserProfile: { args: { schemaId: string; body: T.UserSchema; headers?: Record<string, string>; }; result: Call<T.UserSchema, {}> };
  /** `GET /api/v1/meta/types/user` */
  listUserTypes: { args: { headers?: Record<string, string>; }; result: ListCall<T.UserType, {}> };
  /** `POST /api/v1/meta/types/user` */
  createUserType: { args: { body: T.UserType; headers?: Record<string, string>; }; result: Call<T.UserType, {}> };
  /** `GET /api/v1/meta/types/user/{typeId}` */
  getUserType: { args: { typeId: string; headers?: Record<string, string>; }; result: Call<T.UserType, {}> };
  /** `POST /api/v1/meta/types/user/{typeId}` */
  updateUserType: { args: { typeId: string; body: T.UserTypePostRequest; headers?: Record<string, string>; }; result: Call<T.UserType, {}> };
  /** `PUT /api/v1/meta/types/user/{typeId}` */
  replaceUserType: { args: { typeId: string; body?: T.UserTypePutRequest; headers?: Record<string, string>; }; result: Call<T.UserType, {}> };
  /** `DELETE /api/v1/meta/types/user/{typeId}` */
  deleteUserType: { args: { typeId: string; headers?: Record<string, string>; }; result: Call<void, {}> };
  /** `GET /api/v1/meta/uischemas` */
  listUISchemas: { args: { headers?: Record<string, string>; }; result: ListCall<T.UISchemasResponseObject, {}> };
  /** `POST /api/v1/meta/uischemas` */
  createUISchema: { args: { body: T.CreateUISchema; headers?: Record<string, string>; }; result: Call<T.UISchemasResponseObject, {}> };
  /** `GET /api/v1/meta/uischemas/{id}` */
  getUISchema: { args: { id: string; headers?: Record<string, string>; }; result: Call<T.UISchemasResponseObject, {}> };
  /** `PUT /api/v1/meta/uischemas/{id}` */
  replaceUISchemas: { args: { id: string; body: T.UpdateUISchema; headers?: Record<string, string>; }; result: Call<T.UISchemasResponseObject, {}> };
  /** `DELETE /api/v1/meta/uischemas/{id}` */
  deleteUISchemas: { args: { id: string; headers?: Record<string, string>; }; result: Call<void, {}> };
  /** `GET /api/v1/org` */
  getOrgSettings: { args: { headers?: Record<string, string>; }; result: Call<T.OrgSetting, {}> };
  /** `POST /api/v1/org` */
  updateOrgSettings: { args: { body?: T.OrgSetting; headers?: Record<string, string>; }; result: Call<T.OrgSetting, {}> };
  /** `PUT /api/v1/org` */
  replaceOrgSettings: { args: { body: T.OrgSetting; headers?: Record<string, string>; }; result: Call<T.OrgSetting, {}> };
  /** `GET /api/v1/org/captcha` */
  getOrgCaptchaSettings: { args: { headers?: Record<string, string>; }; result: Call<T.OrgCAPTCHASettings, {}> };
  /** `PUT /api/v1/org/captcha` */
  replacesOrgCaptchaSettings: { args: { body: T.OrgCAPTCHASettings; headers?: Record<string, string>; }; result: Call<T.OrgCAPTCHASettings, {}> };
  /** `DELETE /api/v1/org/captcha` */
  deleteOrgCaptchaSettings: { args: { headers?: Record<string, string>; }; result: Call<void, {}> };
  /** `GET /api/v1/org/contacts` */
  listOrgContactTypes: { args: { headers?: Record<string, string>; }; result: ListCall<T.OrgContactTypeObj, {}> };
  /** `GET /api/v1/org/contacts/{contactType}` */
  getOrgContactUser: { args: { contactType: string; headers?: Record<string, string>; }; result: Call<T.OrgContactUser, {}> };
  /** `PUT /api/v1/org/contacts/{contactType}` */
  replaceOrgContactUser: { args: { contactType: string; body: T.OrgContactUser; headers?: Record<string, string>; }; result: Call<T.OrgContactUser, {}> };
  /** `POST /api/v1/org/email/bounces/remove-list` */
  bulkRemoveEmailAddressBounces: { args: { body?: T.BouncesRemoveListObj; headers?: Record<string, string>; }; result: Call<T.BouncesRemoveListResult, {}> };
  /** `GET /api/v1/org/factors/yubikey_token/tokens` */
  listYubikeyOtpTokens: { args: { after?: string; expand?: string; filter?: ("profile.email" | "profile.serial" | "activated" | "user.id" | "created" | "status" | "lastVerified" | T.UnknownEnumValue); forDownload?: boolean; limit?: number; sortBy?: ("profile.email" | "profile.serial" | "activated" | "user.id" | "created" | "status" | "lastVerified" | T.UnknownEnumValue); sortOrder?: ("ASC" | "DESC" | T.UnknownEnumValue); headers?: Record<string, string>; }; result: ListCall<T.UserFactorYubikeyOtpToken, { after?: string; expand?: string; filter?: ("profile.email" | "profile.serial" | "activated" | "user.id" | "created" | "status" | "lastVerified" | T.UnknownEnumValue); forDownload?: boolean; limit?: number; sortBy?: ("profile.email" | "profile.serial" | "activated" | "user.id" | "created" | "status" | "lastVerified" | T.UnknownEnumValue); sortOrder?: ("ASC" | "DESC" | T.UnknownEnumValue); }> };
  /** `POST /api/v1/org/factors/yubikey_token/tokens` */
  uploadYubikeyOtpTokenSeed: { args: { after?: string; expand?: string; filter?: ("profile.email" | "profile.serial" | "activated" | "user.id" | "created" | "status" | "lastVerified" | T.UnknownEnumValue); forDownload?: boolean; limit?: number; sortBy?: ("profile.email" | "profile.serial" | "activated" | "user.id" | "created" | "status" | "lastVerified" | T.UnknownEnumValue); sortOrder?: ("ASC" | "DESC" | T.UnknownEnumValue); body: { serialNumber?: string; publicId?: string; privateId?: string; aesKey?: string; }; headers?: Record<string, string>; }; result: Call<T.UserFactorYubikeyOtpToken, { after?: string; expand?: string; filter?: ("profile.email" | "profile.serial" | "activated" | "user.id" | "created" | "status" | "lastVerified" | T.UnknownEnumValue); forDownload?: boolean; limit?: number; sortBy?: ("profile.email" | "profile.serial" | "activated" | "user.id" | "created" | "status" | "lastVerified" | T.UnknownEnumValue); sortOrder?: ("ASC" | "DESC" | T.UnknownEnumValue); }> };
  /** `GET /api/v1/org/factors/yubikey_token/tokens/{tokenId}` */
  getYubikeyOtpTokenById: { args: { tokenId: string; headers?: Record<string, string>; }; result: Call<T.UserFactorYubikeyOtpToken, {}> };
  /** `GET /api/v1/org/orgSettings/thirdPartyAdminSetting` */
  getThirdPartyAdminSetting: { args: { headers?: Record<string, string>; }; result: Call<T.ThirdPartyAdminSetting, {}> };
  /** `POST /api/v1/org/orgSettings/thirdPartyAdminSetting` */
  updateThirdPartyAdminSetting: { args: { body: T.ThirdPartyAdminSetting; headers?: Record<string, string>; }; result: Call<T.ThirdPartyAdminSetting, {}> };
  /** `GET /api/v1/org/preferences` */
  getOrgPreferences: { args: { headers?: Record<string, string>; }; result: Call<T.OrgPreferences, {}> };
  /** `POST /api/v1/org/preferences/hideEndUserFooter` */
  setOrgHideOktaUIFooter: { args: { headers?: Record<string, string>; }; result: Call<T.OrgPreferences, {}> };
  /** `POST /api/v1/org/preferences/showEndUserFooter` */
  setOrgShowOktaUIFooter: { args: { headers?: Record<string, string>; }; result: Call<T.OrgPreferences, {}> };
  /** `GET /api/v1/org/privacy/aerial` */
  getAerialConsent: { args: { headers?: Record<string, string>; }; result: Call<T.OrgAerialConsentDetails, {}> };
  /** `POST /api/v1/org/privacy/aerial/grant` */
  grantAerialConsent: { args: { body?: T.OrgAerialConsent; headers?: Record<string, string>; }; result: Call<T.OrgAerialConsentDetails, {}> };
  /** `POST /api/v1/org/privacy/aerial/revoke` */
  revokeAerialConsent: { args: { body?: T.OrgAerialConsent; headers?: Record<string, string>; }; result: Call<T.OrgAerialConsentRevoked, {}> };
  /** `GET /api/v1/org/privacy/oktaCommunication` */
  getOktaCommunicationSettings: { args: { headers?: Record<string, string>; }; result: Call<T.OrgOktaCommunicationSetting, {}> };
  /** `POST /api/v1/org/privacy/oktaCommunication/optIn` */
  optInUsersToOktaCommunicationEmails: { args: { headers?: Record<string, string>; }; result: Call<T.OrgOktaCommunicationSetting, {}> };
  /** `POST /api/v1/org/privacy/oktaCommunication/optOut` */
  optOutUsersFromOktaCommunicationEmails: { args: { headers?: Record<string, string>; }; result: Call<T.OrgOktaCommunicationSetting, {}> };
  /** `GET /api/v1/org/privacy/oktaSupport` */
  getOrgOktaSupportSettings: { args: { headers?: Record<string, string>; }; result: Call<T.OrgOktaSupportSettingsObj, {}> };
  /** `GET /api/v1/org/privacy/oktaSupport/cases` */
  listOktaSupportCases: { args: { headers?: Record<string, string>; }; result: Call<T.OktaSupportCases, {}> };
  /** `PATCH /api/v1/org/privacy/oktaSupport/cases/{caseNumber}` */
  updateOktaSupportCase: { args: { caseNumber: string; body?: T.OktaSupportCase; headers?: Record<string, string>; }; result: Call<T.OktaSupportCase, {}> };
  /** `POST /api/v1/org/privacy/oktaSupport/extend` */
  extendOktaSupport: { args: { headers?: Record<string, string>; }; result: Call<void, {}> };
  /** `POST /api/v1/org/privacy/oktaSupport/grant` */
  grantOktaSupport: { args: { headers?: Record<string, string>; }; result: Call<void, {}> };
  /** `POST /api/v1/org/privacy/oktaSupport/revoke` */
  revokeOktaSupport: { args: { headers?: Record<string, string>; }; result: Call<void, {}> };
  /** `GET /api/v1/org/settings/autoAssignAdminAppSetting` */
  getAutoAssignAdminAppSetting: { args: { headers?: Record<string, string>; }; result: Call<T.AutoAssignAdminAppSetting, {}> };
  /** `POST /api/v1/org/settings/autoAssignAdminAppSetting` */
  updateAutoAssignAdminAppSetting: { args: { body?: T.AutoAssignAdminAppSetting; headers?: Record<string, string>; }; result: Call<T.AutoAssignAdminAppSetting, {}> };
  /** `GET /api/v1/org/settings/clientPrivilegesSetting` */
  getClientPrivilegesSetting: { args: { headers?: Record<string, string>; }; result: Call<T.ClientPrivilegesSetting, {}> };
  /** `PUT /api/v1/org/settings/clientPrivilegesSetting` */
  assignClientPrivilegesSetting: { args: { body?: T.ClientPrivilegesSetting; headers?: Record<string, string>; }; result: Call<T.ClientPrivilegesSetting, {}> };
  /** `POST /api/v1/orgs` */
  createChildOrg: { args: { body?: T.ChildOrg; headers?: Record<string, string>; }; result: Call<T.ChildOrg, {}> };
  /** `GET /api/v1/policies` */
  listPolicies: { args: { type?: T.PolicyType; status?: string; q?: string; expand?: string; sortBy?: string; limit?: string; resourceId?: string; after?: string; headers?: Record<string, string>; }; result: ListCall<T.Policy, { type?: T.PolicyType; status?: string; q?: string; expand?: string; sortBy?: string; limit?: string; resourceId?: string; after?: string; }> };
  /** `POST /api/v1/policies` */
  createPolicy: { args: { activate?: boolean; body: T.CreateOrUpdatePolicy; headers?: Record<string, string>; }; result: Call<T.CreateOrUpdatePolicy, { activate?: boolean; }> };
  /** `POST /api/v1/policies/simulate` */
  createPolicySimulation: { args: { expand?: string; body: (T.SimulatePolicyBody)[]; headers?: Record<string, string>; }; result: ListCall<T.SimulatePolicyEvaluations, { expand?: string; }> };
  /** `GET /api/v1/policies/{policyId}` */
  getPolicy: { args: { policyId: string; expand?: string; headers?: Record<string, string>; }; result: Call<T.Policy, { expand?: string; }> };
  /** `PUT /api/v1/policies/{policyId}` */
  replacePolicy: { args: { policyId: string; body: T.CreateOrUpdatePolicy; headers?: Record<string, string>; }; result: Call<T.Policy, {}> };
  /** `DELETE /api/v1/policies/{policyId}` */
  deletePolicy: { args: { policyId: string; headers?: Record<string, string>; }; result: Call<void, {}> };
  /** `GET /api/v1/policies/{policyId}/app` */
  listPolicyApps: { args: { policyId: string; headers?: Record<string, string>; }; result: ListCall<T.Application, {}> };
  /** `POST /api/v1/policies/{policyId}/clone` */
  clonePolicy: { args: { policyId: string; headers?: Record<string, string>; }; result: Call<T.Policy, {}> };
  /** `POST /api/v1/policies/{policyId}/lifecycle/activate` */
  activatePolicy: { args: { policyId: string; headers?: Record<string, string>; }; result: Call<void, {}> };
  /** `POST /api/v1/policies/{policyId}/lifecycle/deactivate` */
  deactivatePolicy: { args: { policyId: string; headers?: Record<string, string>; }; result: Call<void, {}> };
  /** `GET /api/v1/policies/{policyId}/mappings` */
  listPolicyMappings: { args: { policyId: string; headers?: Record<string, string>; }; result: ListCall<T.PolicyMapping, {}> };
  /** `POST /api/v1/policies/{policyId}/mappings` */
  mapResourceToPolicy: { args: { policyId: string; body: T.PolicyMappingRequest; headers?: Record<string, string>; }; result: Call<T.PolicyMapping, {}> };
  /** `GET /api/v1/policies/{policyId}/mappings/{mappingId}` */
  getPolicyMapping: { args: { policyId: string; mappingId: string; headers?: Record<string, string>; }; result: Call<T.PolicyMapping, {}> };
  /** `DELETE /api/v1/policies/{policyId}/mappings/{mappingId}` */
  deletePolicyResourceMapping: { args: { policyId: string; mappingId: string; headers?: Record<string, string>; }; result: Call<void, {}> };
  /** `GET /api/v1/policies/{policyId}/rules` */
  listPolicyRules: { args: { policyId: string; limit?: string; headers?: Record<string, string>; }; result: ListCall<T.PolicyRule, { limit?: string; }> };
  /** `POST /api/v1/policies/{policyId}/rules` */
  createPolicyRule: { args: { policyId: string; limit?: string; activate?: boolean; body: T.PolicyRule; headers?: Record<string, string>; }; result: Call<T.PolicyRule, { limit?: string; activate?: boolean; }> };
  /** `GET /api/v1/policies/{policyId}/rules/{ruleId}` */
  getPolicyRule: { args: { policyId: string; ruleId: string; headers?: Record<string, string>; }; result: Call<T.PolicyRule, {}> };
  /** `PUT /api/v1/policies/{policyId}/rules/{ruleId}` */
  replacePolicyRule: { args: { policyId: string; ruleId: string; body: T.PolicyRule; headers?: Record<string, string>; }; result: Call<T.PolicyRule, {}> };
  /** `DELETE /api/v1/policies/{policyId}/rules/{ruleId}` */
  deletePolicyRule: { args: { policyId: string; ruleId: string; headers?: Record<string, string>; }; result: Call<void, {}> };
  /** `POST /api/v1/policies/{policyId}/rules/{ruleId}/lifecycle/activate` */
  activatePolicyRule: { args: { policyId: string; ruleId: string; headers?: Record<string, string>; }; result: Call<void, {}> };
  /** `POST /api/v1/policies/{policyId}/rules/{ruleId}/lifecycle/deactivate` */
  deactivatePolicyRule: { args: { policyId: string; ruleId: string; headers?: Record<string, string>; }; result: Call<void, {}> };
  /** `GET /api/v1/principal-rate-limits` */
  listPrincipalRateLimitEntities: { args: { filter?: string; after?: string; limit?: number; headers?: Record<string, string>; }; result: ListCall<T.PrincipalRateLimitEntity, { filter?: string; after?: string; limit?: number; }> };
  /** `POST /api/v1/principal-rate-limits` */
  createPrincipalRateLimitEntity: { args: { body: T.PrincipalRateLimitEntity; headers?: Record<string, string>; }; result: Call<T.PrincipalRateLimitEntity, {}> };
  /** `GET /api/v1/principal-rate-limits/{principalRateLimitId}` */
  getPrincipalRateLimitEntity: { args: { principalRateLimitId: string; headers?: Record<string, string>; }; result: Call<T.PrincipalRateLimitEntity, {}> };
  /** `PUT /api/v1/principal-rate-limits/{principalRateLimitId}` */
  replacePrincipalRateLimitEntity: { args: { principalRateLimitId: string; body: T.PrincipalRateLimitEntity; headers?: Record<string, string>; }; result: Call<T.PrincipalRateLimitEntity, {}> };
  /** `GET /api/v1/push-providers` */
  listPushProviders: { args: { type?: T.ProviderType; headers?: Record<string, string>; }; result: ListCall<T.PushProvider, { type?: T.ProviderType; }> };
  /** `POST /api/v1/push-providers` */
  createPushProvider: { args: { body: T.PushProvider; headers?: Record<string, string>; }; result: Call<T.PushProvider, {}> };
  /** `GET /api/v1/push-providers/{pushProviderId}` */
  getPushProvider: { args: { pushProviderId: string; headers?: Record<string, string>; }; result: Call<T.PushProvider, {}> };
  /** `PUT /api/v1/push-providers/{pushProviderId}` */
  replacePushProvider: { args: { pushProviderId: string; body: T.PushProvider; headers?: Record<string, string>; }; result: Call<T.PushProvider, {}> };
  /** `DELETE /api/v1/push-providers/{pushProviderId}` */
  deletePushProvider: { args: { pushProviderId: string; headers?: Record<string, string>; }; result: Call<void, {}> };
  /** `GET /api/v1/rate-limit-settings/admin-notifications` */
  getRateLimitSettingsAdminNotifications: { args: { headers?: Record<string, string>; }; result: Call<T.RateLimitAdminNotifications, {}> };
  /** `PUT /api/v1/rate-limit-settings/admin-notifications` */
  replaceRateLimitSettingsAdminNotifications: { args: { body: T.RateLimitAdminNotifications; headers?: Record<string, string>; }; result: Call<T.RateLimitAdminNotifications, {}> };
  /** `GET /api/v1/rate-limit-settings/per-client` */
  getRateLimitSettingsPerClient: { args: { headers?: Record<string, string>; }; result: Call<T.PerClientRateLimitSettings, {}> };
  /** `PUT /api/v1/rate-limit-settings/per-client` */
  replaceRateLimitSettingsPerClient: { args: { body: T.PerClientRateLimitSettings; headers?: Record<string, string>; }; result: Call<T.PerClientRateLimitSettings, {}> };
  /** `GET /api/v1/rate-limit-settings/warning-threshold` */
  getRateLimitSettingsWarningThreshold: { args: { headers?: Record<string, string>; }; result: Call<T.RateLimitWarningThresholdResponse, {}> };
  /** `PUT /api/v1/rate-limit-settings/warning-threshold` */
  replaceRateLimitSettingsWarningThreshold: { args: { body?: T.RateLimitWarningThresholdRequest; headers?: Record<string, string>; }; result: Call<T.RateLimitWarningThresholdResponse, {}> };
  /** `GET /api/v1/realm-assignments` */
  listRealmAssignments: { args: { limit?: number; after?: string; headers?: Record<string, string>; }; result: ListCall<T.RealmAssignment, { limit?: number; after?: string; }> };
  /** `POST /api/v1/realm-assignments` */
  createRealmAssignment: { args: { body: T.CreateRealmAssignmentRequest; headers?: Record<string, string>; }; result: Call<T.RealmAssignment, {}> };
  /** `GET /api/v1/realm-assignments/operations` */
  listRealmAssignmentOperations: { args: { limit?: number; after?: string; headers?: Record<string, string>; }; result: ListCall<T.RealmAssignmentOperationResponse, { limit?: number; after?: string; }> };
  /** `POST /api/v1/realm-assignments/operations` */
  executeRealmAssignment: { args: { body: T.OperationRequest; headers?: Record<string, string>; }; result: Call<T.RealmAssignmentOperationResponse, {}> };
  /** `GET /api/v1/realm-assignments/{assignmentId}` */
  getRealmAssignment: { args: { assignmentId: string; headers?: Record<string, string>; }; result: Call<T.RealmAssignment, {}> };
  /** `PUT /api/v1/realm-assignments/{assignmentId}` */
  replaceRealmAssignment: { args: { assignmentId: string; body: T.UpdateRealmAssignmentRequest; headers?: Record<string, string>; }; result: Call<T.RealmAssignment, {}> };
  /** `DELETE /api/v1/realm-assignments/{assignmentId}` */
  deleteRealmAssignment: { args: { assignmentId: string; headers?: Record<string, string>; }; result: Call<void, {}> };
  /** `POST /api/v1/realm-assignments/{assignmentId}/lifecycle/activate` */
  activateRealmAssignment: { args: { assignmentId: string; headers?: Record<string, string>; }; result: Call<void, {}> };
  /** `POST /api/v1/realm-assignments/{assignmentId}/lifecycle/deactivate` */
  deactivateRealmAssignment: { args: { assignmentId: string; headers?: Record<string, string>; }; result: Call<void, {}> };
  /** `GET /api/v1/realms` */
  listRealms: { args: { limit?: number; after?: string; search?: string; sortBy?: string; sortOrder?: string; headers?: Record<string, string>; }; result: ListCall<T.Realm, { limit?: number; after?: string; search?: string; sortBy?: string; sortOrder?: string; }> };
  /** `POST /api/v1/realms` */
  createRealm: { args: { body: T.CreateRealmRequest; headers?: Record<string, string>; }; result: Call<T.Realm, {}> };
  /** `GET /api/v1/realms/{realmId}` */
  getRealm: { args: { realmId: string; headers?: Record<string, string>; }; result: Call<T.Realm, {}> };
  /** `PUT /api/v1/realms/{realmId}` */
  replaceRealm: { args: { realmId: string; body: T.UpdateRealmRequest; headers?: Record<string, string>; }; result: Call<T.Realm, {}> };
  /** `DELETE /api/v1/realms/{realmId}` */
  deleteRealm: { args: { realmId: string; headers?: Record<string, string>; }; result: Call<void, {}> };
  /** `GET /api/v1/roles/{roleRef}/subscriptions` */
  listSubscriptionsRole: { args: { roleRef: string; headers?: Record<string, string>; }; result: ListCall<T.Subscription, {}> };
  /** `GET /api/v1/roles/{roleRef}/subscriptions/{notificationType}` */
  getSubscriptionsNotificationTypeRole: { args: { roleRef: string; notificationType: string; headers?: Record<string, string>; }; result: Call<T.Subscription, {}> };
  /** `POST /api/v1/roles/{roleRef}/subscriptions/{notificationType}/subscribe` */
  subscribeByNotificationTypeRole: { args: { roleRef: string; notificationType: string; headers?: Record<string, string>; }; result: Call<void, {}> };
  /** `POST /api/v1/roles/{roleRef}/subscriptions/{notificationType}/unsubscribe` */
  unsubscribeByNotificationTypeRole: { args: { roleRef: string; notificationType: string; headers?: Record<string, string>; }; result: Call<void, {}> };
  /** `GET /api/v1/security-events-providers` */
  listSecurityEventsProviderInstances: { args: { headers?: Record<string, string>; }; result: ListCall<T.SecurityEventsProviderResponse, {}> };
  /** `POST /api/v1/security-events-providers` */
  createSecurityEventsProviderInstance: { args: { body: T.SecurityEventsProviderRequest; headers?: Record<string, string>; }; result: Call<T.SecurityEventsProviderResponse, {}> };
  /** `GET /api/v1/security-events-providers/{securityEventProviderId}` */
  getSecurityEventsProviderInstance: { args: { securityEventProviderId: string; headers?: Record<string, string>; }; result: Call<T.SecurityEventsProviderResponse, {}> };
  /** `PUT /api/v1/security-events-providers/{securityEventProviderId}` */
  replaceSecurityEventsProviderInstance: { args: { securityEventProviderId: string; body: T.SecurityEventsProviderRequest; headers?: Record<string, string>; }; result: Call<T.SecurityEventsProviderResponse, {}> };
  /** `DELETE /api/v1/security-events-providers/{securityEventProviderId}` */
  deleteSecurityEventsProviderInstance: { args: { securityEventProviderId: string; headers?: Record<string, string>; }; result: Call<void, {}> };
  /** `POST /api/v1/security-events-providers/{securityEventProviderId}/lifecycle/activate` */
  activateSecurityEventsProviderInstance: { args: { securityEventProviderId: string; headers?: Record<string, string>; }; result: Call<T.SecurityEventsProviderResponse, {}> };
  /** `POST /api/v1/security-events-providers/{securityEventProviderId}/lifecycle/deactivate` */
  deactivateSecurityEventsProviderInstance: { args: { securityEventProviderId: string; headers?: Record<string, string>; }; result: Call<T.SecurityEventsProviderResponse, {}> };
  /** `GET /api/v1/sessions/{sessionId}` */
  getSession: { args: { sessionId: string; headers?: Record<string, string>; }; result: Call<T.Session, {}> };
  /** `DELETE /api/v1/sessions/{sessionId}` */
  revokeSession: { args: { sessionId: string; headers?: Record<string, string>; }; result: Call<void, {}> };
  /** `POST /api/v1/sessions/{sessionId}/lifecycle/refresh` */
  refreshSession: { args: { sessionId: string; headers?: Record<string, string>; }; result: Call<T.Session, {}> };
  /** `GET /api/v1/ssf/stream` */
  getSsfStreams: { args: { stream_id?: string; headers?: Record<string, string>; }; result: Call<((T.StreamConfiguration)[] | T.StreamConfiguration), { stream_id?: string; }> };
  /** `POST /api/v1/ssf/stream` */
  createSsfStream: { args: { body: T.StreamConfigurationCreateRequest; headers?: Record<string, string>; }; result: Call<T.StreamConfiguration, {}> };
  /** `PUT /api/v1/ssf/stream` */
  replaceSsfStream: { args: { body: T.StreamConfiguration; headers?: Record<string, string>; }; result: Call<T.StreamConfiguration, {}> };
  /** `PATCH /api/v1/ssf/stream` */
  updateSsfStream: { args: { body: T.StreamConfiguration; headers?: Record<string, string>; }; result: Call<T.StreamConfiguration, {}> };
  /** `DELETE /api/v1/ssf/stream` */
  deleteSsfStream: { args: { stream_id?: string; headers?: Record<string, string>; }; result: Call<void, { stream_id?: string; }> };
  /** `GET /api/v1/ssf/stream/status` */
  getSsfStreamStatus: { args: { stream_id?: string; headers?: Record<string, string>; }; result: Call<T.StreamStatus, { stream_id?: string; }> };
  /** `POST /api/v1/ssf/stream/verification` */
  verifySsfStream: { args: { body: T.StreamVerificationRequest; headers?: Record<string, string>; }; result: Call<void, {}> };
  /** `GET /api/v1/telephony-providers` */
  listAllCustomTelephonyProviderCredentials: { args: { headers?: Record<string, string>; }; result: ListCall<T.CustomTelephonyProviderCredentialResponse, {}> };
  /** `POST /api/v1/telephony-providers` */
  createCustomTelephonyProviderCredentials: { args: { body: T.CustomTelephonyProviderCredentialCreateRequest; headers?: Record<string, string>; }; result: Call<T.CustomTelephonyProviderCredentialResponse, {}> };
  /** `GET /api/v1/telephony-providers/{customTelephonyProviderId}` */
  getCustomTelephonyProviderCredential: { args: { customTelephonyProviderId: string; headers?: Record<string, string>; }; result: Call<T.CustomTelephonyProviderCredentialResponse, {}> };
  /** `PATCH /api/v1/telephony-providers/{customTelephonyProviderId}` */
  updateCustomTelephonyProviderCredential: { args: { customTelephonyProviderId: string; body: T.CustomTelephonyProviderCredentialUpdateRequest; headers?: Record<string, string>; }; result: Call<T.CustomTelephonyProviderCredentialResponse, {}> };
  /** `DELETE /api/v1/telephony-providers/{customTelephonyProviderId}` */
  deleteCustomTelephonyProviderCredential: { args: { customTelephonyProviderId: string; headers?: Record<string, string>; }; result: Call<void, {}> };
  /** `POST /api/v1/telephony-providers/{customTelephonyProviderId}/lifecycle/activate` */
  activateCustomTelephonyCredential: { args: { customTelephonyProviderId: string; headers?: Record<string, string>; }; result: Call<T.CustomTelephonyProviderCredentialResponse, {}> };
  /** `POST /api/v1/telephony-providers/{customTelephonyProviderId}/lifecycle/deactivate` */
  deactivateCustomTelephonyCredential: { args: { customTelephonyProviderId: string; headers?: Record<string, string>; }; result: Call<T.CustomTelephonyProviderCredentialResponse, {}> };
  /** `POST /api/v1/telephony-providers/{customTelephonyProviderId}/setAsPrimary` */
  setAsPrimaryCustomTelephonyCredential: { args: { customTelephonyProviderId: string; headers?: Record<string, string>; }; result: Call<T.CustomTelephonyProviderCredentialResponse, {}> };
  /** `POST /api/v1/telephony-providers/{customTelephonyProviderId}/test` */
  sendTestCustomTelephonyProviderCredential: { args: { customTelephonyProviderId: string; body: T.CustomTelephonyProviderCredentialSendTestRequest; headers?: Record<string, string>; }; result: Call<void, {}> };
  /** `GET /api/v1/templates/sms` */
  listSmsTemplates: { args: { templateType?: T.SmsTemplateType; headers?: Record<string, string>; }; result: ListCall<T.SmsTemplate, { templateType?: T.SmsTemplateType; }> };
  /** `POST /api/v1/templates/sms` */
  createSmsTemplate: { args: { body: T.SmsTemplate; headers?: Record<string, string>; }; result: Call<T.SmsTemplate, {}> };
  /** `GET /api/v1/templates/sms/{templateId}` */
  getSmsTemplate: { args: { templateId: string; headers?: Record<string, string>; }; result: Call<T.SmsTemplate, {}> };
  /** `POST /api/v1/templates/sms/{templateId}` */
  updateSmsTemplate: { args: { templateId: string; body: T.SmsTemplate; headers?: Record<string, string>; }; result: Call<T.SmsTemplate, {}> };
  /** `PUT /api/v1/templates/sms/{templateId}` */
  replaceSmsTemplate: { args: { templateId: string; body: T.SmsTemplate; headers?: Record<string, string>; }; result: Call<T.SmsTemplate, {}> };
  /** `DELETE /api/v1/templates/sms/{templateId}` */
  deleteSmsTemplate: { args: { templateId: string; headers?: Record<string, string>; }; result: Call<void, {}> };
  /** `GET /api/v1/threats/configuration` */
  getCurrentConfiguration: { args: { headers?: Record<string, string>; }; result: Call<T.ThreatInsightConfiguration, {}> };
  /** `POST /api/v1/threats/configuration` */
  updateConfiguration: { args: { body: T.ThreatInsightConfiguration; headers?: Record<string, string>; }; result: Call<T.ThreatInsightConfiguration, {}> };
  /** `GET /api/v1/trustedOrigins` */
  listTrustedOrigins: { args: { q?: string; filter?: string; after?: string; limit?: number; headers?: Record<string, string>; }; result: ListCall<T.TrustedOrigin, { q?: string; filter?: string; after?: string; limit?: number; }> };
  /** `POST /api/v1/trustedOrigins` */
  createTrustedOrigin: { args: { body: T.TrustedOriginWrite; headers?: Record<string, string>; }; result: Call<T.TrustedOrigin, {}> };
  /** `GET /api/v1/trustedOrigins/{trustedOriginId}` */
  getTrustedOrigin: { args: { trustedOriginId: string; headers?: Record<string, string>; }; result: Call<T.TrustedOrigin, {}> };
  /** `PUT /api/v1/trustedOrigins/{trustedOriginId}` */
  replaceTrustedOrigin: { args: { trustedOriginId: string; body: T.TrustedOrigin; headers?: Record<string, string>; }; result: Call<T.TrustedOrigin, {}> };
  /** `DELETE /api/v1/trustedOrigins/{trustedOriginId}` */
  deleteTrustedOrigin: { args: { trustedOriginId: string; headers?: Record<string, string>; }; result: Call<void, {}> };
  /** `POST /api/v1/trustedOrigins/{trustedOriginId}/lifecycle/activate` */
  activateTrustedOrigin: { args: { trustedOriginId: string; headers?: Record<string, string>; }; result: Call<T.TrustedOrigin, {}> };
  /** `POST /api/v1/trustedOrigins/{trustedOriginId}/lifecycle/deactivate` */
  deactivateTrustedOrigin: { args: { trustedOriginId: string; headers?: Record<string, string>; }; result: Call<T.TrustedOrigin, {}> };
  /** `GET /api/v1/users` */
  listUsers: { args: { "Content-Type"?: string; search?: string; filter?: string; q?: string; after?: string; limit?: number; sortBy?: string; sortOrder?: string; fields?: string; expand?: string; headers?: Record<string, string>; }; result: ListCall<T.User, { search?: string; filter?: string; q?: string; after?: string; limit?: number; sortBy?: string; sortOrder?: string; fields?: string; expand?: string; }> };
  /** `POST /api/v1/users` */
  createUser: { args: { activate?: boolean; provider?: boolean; nextLogin?: T.UserNextLogin; body: T.CreateUserRequest; headers?: Record<string, string>; }; result: Call<T.User, { activate?: boolean; provider?: boolean; nextLogin?: T.UserNextLogin; }> };
  /** `GET /api/v1/users/{id}` */
  getUser: { args: { id: string; "Content-Type"?: string; expand?: string; headers?: Record<string, string>; }; result: Call<T.UserGetSingleton, { expand?: string; }> };
  /** `POST /api/v1/users/{id}` */
  updateUser: { args: { id: string; strict?: boolean; "If-Match"?: string; body: T.UpdateUserRequest; headers?: Record<string, string>; }; result: Call<T.User, { strict?: boolean; }> };
  /** `PUT /api/v1/users/{id}` */
  replaceUser: { args: { id: string; strict?: boolean; "If-Match"?: string; body: T.UpdateUserRequest; headers?: Record<string, string>; }; result: Call<T.User, { strict?: boolean; }> };
  /** `DELETE /api/v1/users/{id}` */
  deleteUser: { args: { id: string; sendEmail?: boolean; Prefer?: ("respond-async" | T.UnknownEnumValue); headers?: Record<string, string>; }; result: Call<void, { sendEmail?: boolean; }> };
  /** `GET /api/v1/users/{id}/appLinks` */
  listAppLinks: { args: { id: string; headers?: Record<string, string>; }; result: ListCall<T.AssignedAppLink, {}> };
  /** `GET /api/v1/users/{id}/blocks` */
  listUserBlocks: { args: { id: string; headers?: Record<string, string>; }; result: ListCall<T.UserBlock, {}> };
  /** `GET /api/v1/users/{id}/groups` */
  listUserGroups: { args: { id: string; headers?: Record<string, string>; }; result: ListCall<T.Group, {}> };
  /** `GET /api/v1/users/{id}/idps` */
  listUserIdentityProviders: { args: { id: string; headers?: Record<string, string>; }; result: ListCall<T.IdentityProvider, {}> };
  /** `POST /api/v1/users/{id}/lifecycle/activate` */
  activateUser: { args: { id: string; sendEmail?: boolean; headers?: Record<string, string>; }; result: Call<T.UserActivationToken, { sendEmail?: boolean; }> };
  /** `POST /api/v1/users/{id}/lifecycle/deactivate` */
  deactivateUser: { args: { id: string; sendEmail?: boolean; Prefer?: ("respond-async" | T.UnknownEnumValue); headers?: Record<string, string>; }; result: Call<void, { sendEmail?: boolean; }> };
  /** `POST /api/v1/users/{id}/lifecycle/expire_password` */
  expirePassword: { args: { id: string; headers?: Record<string, string>; }; result: Call<T.User, {}> };
  /** `POST /api/v1/users/{id}/lifecycle/expire_password_with_temp_password` */
  expirePasswordWithTempPassword: { args: { id: string; revokeSessions?: boolean; headers?: Record<string, string>; }; result: Call<T.tempPassword, { revokeSessions?: boolean; }> };
  /** `POST /api/v1/users/{id}/lifecycle/reactivate` */
  reactivateUser: { args: { id: string; sendEmail?: boolean; headers?: Record<string, string>; }; result: Call<T.UserActivationToken, { sendEmail?: boolean; }> };
  /** `POST /api/v1/users/{id}/lifecycle/reset_factors` */
  resetFactors: { args: { id: string; headers?: Record<string, string>; }; result: Call<void, {}> };
  /** `POST /api/v1/users/{id}/lifecycle/reset_password` */
  resetPassword: { args: { id: string; sendEmail?: boolean; revokeSessions?: boolean; headers?: Record<string, string>; }; result: Call<T.ResetPasswordToken, { sendEmail?: boolean; revokeSessions?: boolean; }> };
  /** `POST /api/v1/users/{id}/lifecycle/suspend` */
  suspendUser: { args: { id: string; headers?: Record<string, string>; }; result: Call<void, {}> };
  /** `POST /api/v1/users/{id}/lifecycle/unlock` */
  unlockUser: { args: { id: string; headers?: Record<string, string>; }; result: Call<void, {}> };
  /** `POST /api/v1/users/{id}/lifecycle/unsuspend` */
  unsuspendUser: { args: { id: string; headers?: Record<string, string>; }; result: Call<void, {}> };
  /** `PUT /api/v1/users/{userIdOrLogin}/linkedObjects/{primaryRelationshipName}/{primaryUserId}` */
  assignLinkedObjectValueForPrimary: { args: { userIdOrLogin: string; primaryRelationshipName: string; primaryUserId: string; headers?: Record<string, string>; }; result: Call<void, {}> };
  /** `GET /api/v1/users/{userIdOrLogin}/linkedObjects/{relationshipName}` */
  listLinkedObjectsForUser: { args: { userIdOrLogin: string; relationshipName: string; headers?: Record<string, string>; }; result: ListCall<T.ResponseLinks, {}> };
  /** `DELETE /api/v1/users/{userIdOrLogin}/linkedObjects/{relationshipName}` */
  deleteLinkedObjectForUser: { args: { userIdOrLogin: string; relationshipName: string; headers?: Record<string, string>; }; result: Call<void, {}> };
  /** `GET /api/v1/users/{userId}/authenticator-enrollments` */
  listAuthenticatorEnrollments: { args: { userId: string; discloseIdentifiers?: ("phone" | T.UnknownEnumValue)[]; headers?: Record<string, string>; }; result: Call<T.AuthenticatorEnrollment, { discloseIdentifiers?: ("phone" | T.UnknownEnumValue)[]; }> };
  /** `POST /api/v1/users/{userId}/authenticator-enrollments/phone` */
  createAuthenticatorEnrollment: { args: { userId: string; body: T.AuthenticatorEnrollmentCreateRequest; headers?: Record<string, string>; }; result: Call<T.AuthenticatorEnrollment, {}> };
  /** `POST /api/v1/users/{userId}/authenticator-enrollments/tac` */
  createTacAuthenticatorEnrollment: { args: { userId: string; body: T.AuthenticatorEnrollmentCreateRequestTac; headers?: Record<string, string>; }; result: Call<T.TacAuthenticatorEnrollment, {}> };
  /** `GET /api/v1/users/{userId}/authenticator-enrollments/{enrollmentId}` */
  getAuthenticatorEnrollment: { args: { userId: string; enrollmentId: string; discloseIdentifiers?: ("phone" | T.UnknownEnumValue)[]; headers?: Record<string, string>; }; result: Call<T.AuthenticatorEnrollment, { discloseIdentifiers?: ("phone" | T.UnknownEnumValue)[]; }> };
  /** `DELETE /api/v1/users/{userId}/authenticator-enrollments/{enrollmentId}` */
  deleteAuthenticatorEnrollment: { args: { userId: string; enrollmentId: string; headers?: Record<string, string>; }; result: Call<void, {}> };
  /** `GET /api/v1/users/{userId}/classification` */
  getUserClassification: { args: { userId: string; headers?: Record<string, string>; }; result: Call<T.UserClassification, {}> };
  /** `PUT /api/v1/users/{userId}/classification` */
  replaceUserClassification: { args: { userId: string; body: T.ReplaceUserClassification; headers?: Record<string, string>; }; result: Call<T.UserClassification, {}> };
  /** `GET /api/v1/users/{userId}/clients` */
  listUserClients: { args: { userId: string; headers?: Record<string, string>; }; result: ListCall<T.OAuth2Client, {}> };
  /** `GET /api/v1/users/{userId}/clients/{clientId}/grants` */
  listGrantsForUserAndClient: { args: { userId: string; clientId: string; expand?: string; after?: string; limit?: number; headers?: Record<string, string>; }; result: ListCall<T.OAuth2ScopeConsentGrant, { expand?: string; after?: string; limit?: number; }> };
  /** `DELETE /api/v1/users/{userId}/clients/{clientId}/grants` */
  revokeGrantsForUserAndClient: { args: { userId: string; clientId: string; headers?: Record<string, string>; }; result: Call<void, {}> };
  /** `GET /api/v1/users/{userId}/clients/{clientId}/tokens` */
  listRefreshTokensForUserAndClient: { args: { userId: string; clientId: string; expand?: string; after?: string; limit?: number; headers?: Record<string, string>; }; result: ListCall<T.OAuth2RefreshToken, { expand?: string; after?: string; limit?: number; }> };
  /** `DELETE /api/v1/users/{userId}/clients/{clientId}/tokens` */
  revokeTokensForUserAndClient: { args: { userId: string; clientId: string; headers?: Record<string, string>; }; result: Call<void, {}> };
  /** `GET /api/v1/users/{userId}/clients/{clientId}/tokens/{tokenId}` */
  getRefreshTokenForUserAndClient: { args: { userId: string; clientId: string; tokenId: string; expand?: string; headers?: Record<string, string>; }; result: Call<T.OAuth2RefreshToken, { expand?: string; }> };
  /** `DELETE /api/v1/users/{userId}/clients/{clientId}/tokens/{tokenId}` */
  revokeTokenForUserAndClient: { args: { userId: string; clientId: string; tokenId: string; headers?: Record<string, string>; }; result: Call<void, {}> };
  /** `POST /api/v1/users/{userId}/credentials/change_password` */
  changePassword: { args: { userId: string; strict?: boolean; body: T.ChangePasswordRequest; headers?: Record<string, string>; }; result: Call<T.UserCredentials, { strict?: boolean; }> };
  /** `POST /api/v1/users/{userId}/credentials/change_recovery_question` */
  changeRecoveryQuestion: { args: { userId: string; body: T.UserCredentials; headers?: Record<string, string>; }; result: Call<T.UserCredentials, {}> };
  /** `POST /api/v1/users/{userId}/credentials/forgot_password` */
  forgotPassword: { args: { userId: string; sendEmail?: boolean; headers?: Record<string, string>; }; result: Call<T.ForgotPasswordResponse, { sendEmail?: boolean; }> };
  /** `POST /api/v1/users/{userId}/credentials/forgot_password_recovery_question` */
  forgotPasswordSetNewPassword: { args: { userId: string; sendEmail?: boolean; body: T.UserCredentials; headers?: Record<string, string>; }; result: Call<T.UserCredentials, { sendEmail?: boolean; }> };
  /** `GET /api/v1/users/{userId}/devices` */
  listUserDevices: { args: { userId: string; headers?: Record<string, string>; }; result: ListCall<T.UserDevice, {}> };
  /** `GET /api/v1/users/{userId}/factors` */
  listFactors: { args: { userId: string; headers?: Record<string, string>; }; result: ListCall<T.UserFactor, {}> };
  /** `POST /api/v1/users/{userId}/factors` */
  enrollFactor: { args: { userId: string; updatePhone?: boolean; templateId?: string; tokenLifetimeSeconds?: number; activate?: boolean; "Accept-Language"?: string; body: T.UserFactor; headers?: Record<string, string>; }; result: Call<T.UserFactor, { updatePhone?: boolean; templateId?: string; tokenLifetimeSeconds?: number; activate?: boolean; }> };
  /** `GET /api/v1/users/{userId}/factors/catalog` */
  listSupportedFactors: { args: { userId: string; headers?: Record<string, string>; }; result: ListCall<T.UserFactorSupported, {}> };
  /** `GET /api/v1/users/{userId}/factors/questions` */
  listSupportedSecurityQuestions: { args: { userId: string; headers?: Record<string, string>; }; result: ListCall<T.UserFactorSecurityQuestionProfile, {}> };
  /** `GET /api/v1/users/{userId}/factors/{factorId}` */
  getFactor: { args: { userId: string; factorId: string; headers?: Record<string, string>; }; result: Call<T.UserFactor, {}> };
  /** `DELETE /api/v1/users/{userId}/factors/{factorId}` */
  unenrollFactor: { args: { userId: string; factorId: string; removeRecoveryEnrollment?: boolean; headers?: Record<string, string>; }; result: Call<void, { removeRecoveryEnrollment?: boolean; }> };
  /** `POST /api/v1/users/{userId}/factors/{factorId}/lifecycle/activate` */
  activateFactor: { args: { userId: string; factorId: string; body?: T.UserFactorActivateRequest; headers?: Record<string, string>; }; result: Call<T.UserFactorActivateResponse, {}> };
  /** `POST /api/v1/users/{userId}/factors/{factorId}/resend` */
  resendEnrollFactor: { args: { userId: string; factorId: string; templateId?: string; body: T.ResendUserFactor; headers?: Record<string, string>; }; result: Call<T.ResendUserFactor, { templateId?: string; }> };
  /** `GET /api/v1/users/{userId}/factors/{factorId}/transactions/{transactionId}` */
  getFactorTransactionStatus: { args: { userId: string; factorId: string; transactionId: string; headers?: Record<string, string>; }; result: Call<T.UserFactorPushTransaction, {}> };
  /** `POST /api/v1/users/{userId}/factors/{factorId}/verify` */
  verifyFactor: { args: { userId: string; factorId: string; templateId?: string; tokenLifetimeSeconds?: number; "X-Forwarded-For"?: string; "User-Agent"?: string; "Accept-Language"?: string; body?: T.UserFactorVerifyRequest; headers?: Record<string, string>; }; result: Call<T.UserFactorVerifyResponse, { templateId?: string; tokenLifetimeSeconds?: number; }> };
  /** `GET /api/v1/users/{userId}/grants` */
  listUserGrants: { args: { userId: string; scopeId?: string; expand?: string; after?: string; limit?: number; headers?: Record<string, string>; }; result: ListCall<T.OAuth2ScopeConsentGrant, { scopeId?: string; expand?: string; after?: string; limit?: number; }> };
  /** `DELETE /api/v1/users/{userId}/grants` */
  revokeUserGrants: { args: { userId: string; headers?: Record<string, string>; }; result: Call<void, {}> };
  /** `GET /api/v1/users/{userId}/grants/{grantId}` */
  getUserGrant: { args: { userId: string; grantId: string; expand?: string; headers?: Record<string, string>; }; result: Call<T.OAuth2ScopeConsentGrant, { expand?: string; }> };
  /** `DELETE /api/v1/users/{userId}/grants/{grantId}` */
  revokeUserGrant: { args: { userId: string; grantId: string; headers?: Record<string, string>; }; result: Call<void, {}> };
  /** `GET /api/v1/users/{userId}/risk` */
  getUserRisk: { args: { userId: string; headers?: Record<string, string>; }; result: Call<T.UserRiskGetResponse, {}> };
  /** `PUT /api/v1/users/{userId}/risk` */
  upsertUserRisk: { args: { userId: string; body: T.UserRiskRequest; headers?: Record<string, string>; }; result: Call<T.UserRiskPutResponse, {}> };
  /** `GET /api/v1/users/{userId}/roles` */
  listAssignedRolesForUser: { args: { userId: string; expand?: string; headers?: Record<string, string>; }; result: ListCall<((T.StandardRole & { type: "API_ACCESS_MANAGEMENT_ADMIN" | "APP_ADMIN" | "GROUP_MEMBERSHIP_ADMIN" | "HELP_DESK_ADMIN" | "MOBILE_ADMIN" | "ORG_ADMIN" | "READ_ONLY_ADMIN" | "REPORT_ADMIN" | "SUPER_ADMIN" | "USER_ADMIN" }) | (T.CustomRole & { type: "WORKFLOWS_ADMIN" | "ACCESS_CERTIFICATIONS_ADMIN" | "ACCESS_REQUESTS_ADMIN" | "CUSTOM" })), { expand?: string; }> };
  /** `POST /api/v1/users/{userId}/roles` */
  assignRoleToUser: { args: { userId: string; disableNotifications?: boolean; body: ((T.StandardRoleAssignmentSchema & { type: "API_ACCESS_MANAGEMENT_ADMIN" | "APP_ADMIN" | "GROUP_MEMBERSHIP_ADMIN" | "HELP_DESK_ADMIN" | "ORG_ADMIN" | "READ_ONLY_ADMIN" | "REPORT_ADMIN" | "SUPER_ADMIN" | "USER_ADMIN" | "WORKFLOWS_ADMIN" | "ACCESS_CERTIFICATIONS_ADMIN" | "ACCESS_REQUESTS_ADMIN" }) | (T.CustomRoleAssignmentSchema & { type: "CUSTOM" })); headers?: Record<string, string>; }; result: Call<((T.StandardRole & { type: "API_ACCESS_MANAGEMENT_ADMIN" | "APP_ADMIN" | "GROUP_MEMBERSHIP_ADMIN" | "HELP_DESK_ADMIN" | "ORG_ADMIN" | "READ_ONLY_ADMIN" | "REPORT_ADMIN" | "SUPER_ADMIN" | "USER_ADMIN" }) | (T.CustomRole & { type: "WORKFLOWS_ADMIN" | "ACCESS_CERTIFICATIONS_ADMIN" | "ACCESS_REQUESTS_ADMIN" | "CUSTOM" })), { disableNotifications?: boolean; }> };
  /** `GET /api/v1/users/{userId}/roles/{roleAssignmentId}` */
  getUserAssignedRole: { args: { userId: string; roleAssignmentId: string; headers?: Record<string, string>; }; result: Call<((T.StandardRole & { type: "API_ACCESS_MANAGEMENT_ADMIN" | "APP_ADMIN" | "GROUP_MEMBERSHIP_ADMIN" | "HELP_DESK_ADMIN" | "ORG_ADMIN" | "READ_ONLY_ADMIN" | "REPORT_ADMIN" | "SUPER_ADMIN" | "USER_ADMIN" }) | (T.CustomRole & { type: "WORKFLOWS_ADMIN" | "ACCESS_CERTIFICATIONS_ADMIN" | "ACCESS_REQUESTS_ADMIN" | "CUSTOM" })), {}> };
  /** `DELETE /api/v1/users/{userId}/roles/{roleAssignmentId}` */
  unassignRoleFromUser: { args: { userId: string; roleAssignmentId: string; headers?: Record<string, string>; }; result: Call<void, {}> };
  /** `GET /api/v1/users/{userId}/roles/{roleAssignmentId}/governance` */
  getUserAssignedRoleGovernance: { args: { userId: string; roleAssignmentId: string; headers?: Record<string, string>; }; result: Call<T.RoleGovernance, {}> };
  /** `GET /api/v1/users/{userId}/roles/{roleAssignmentId}/governance/{grantId}` */
  getRoleAssignmentGovernanceGrant: { args: { userId: string; roleAssignmentId: string; grantId: string; headers?: Record<string, string>; }; result: Call<T.RoleGovernanceSource, {}> };
  /** `GET /api/v1/users/{userId}/roles/{roleAssignmentId}/governance/{grantId}/resources` */
  getRoleAssignmentGovernanceGrantResources: { args: { userId: string; roleAssignmentId: string; grantId: string; headers?: Record<string, string>; }; result: Call<T.RoleGovernanceResources, {}> };
  /** `GET /api/v1/users/{userId}/roles/{roleAssignmentId}/targets/catalog/apps` */
  listApplicationTargetsForApplicationAdministratorRoleForUser: { args: { userId: string; roleAssignmentId: string; after?: string; limit?: number; headers?: Record<string, string>; }; result: ListCall<T.CatalogApplication, { after?: string; limit?: number; }> };
  /** `PUT /api/v1/users/{userId}/roles/{roleAssignmentId}/targets/catalog/apps` */
  assignAllAppsAsTargetToRoleForUser: { args: { userId: string; roleAssignmentId: string; headers?: Record<string, string>; }; result: Call<void, {}> };
  /** `PUT /api/v1/users/{userId}/roles/{roleAssignmentId}/targets/catalog/apps/{appName}` */
  assignAppTargetToAdminRoleForUser: { args: { userId: string; roleAssignmentId: string; appName: string; headers?: Record<string, string>; }; result: Call<void, {}> };
  /** `DELETE /api/v1/users/{userId}/roles/{roleAssignmentId}/targets/catalog/apps/{appName}` */
  unassignAppTargetFromAppAdminRoleForUser: { args: { userId: string; roleAssignmentId: string; appName: string; headers?: Record<string, string>; }; result: Call<void, {}> };
  /** `PUT /api/v1/users/{userId}/roles/{roleAssignmentId}/targets/catalog/apps/{appName}/{appId}` */
  assignAppInstanceTargetToAppAdminRoleForUser: { args: { userId: string; roleAssignmentId: string; appName: string; appId: string; headers?: Record<string, string>; }; result: Call<void, {}> };
  /** `DELETE /api/v1/users/{userId}/roles/{roleAssignmentId}/targets/catalog/apps/{appName}/{appId}` */
  unassignAppInstanceTargetFromAdminRoleForUser: { args: { userId: string; roleAssignmentId: string; appName: string; appId: string; headers?: Record<string, string>; }; result: Call<void, {}> };
  /** `GET /api/v1/users/{userId}/roles/{roleAssignmentId}/targets/groups` */
  listGroupTargetsForRole: { args: { userId: string; roleAssignmentId: string; after?: string; limit?: number; headers?: Record<string, string>; }; result: ListCall<T.Group, { after?: string; limit?: number; }> };
  /** `PUT /api/v1/users/{userId}/roles/{roleAssignmentId}/targets/groups/{groupId}` */
  assignGroupTargetToUserRole: { args: { userId: string; roleAssignmentId: string; groupId: string; headers?: Record<string, string>; }; result: Call<void, {}> };
  /** `DELETE /api/v1/users/{userId}/roles/{roleAssignmentId}/targets/groups/{groupId}` */
  unassignGroupTargetFromUserAdminRole: { args: { userId: string; roleAssignmentId: string; groupId: string; headers?: Record<string, string>; }; result: Call<void, {}> };
  /** `GET /api/v1/users/{userId}/roles/{roleIdOrEncodedRoleId}/targets` */
  getRoleTargetsByUserIdAndRoleId: { args: { userId: string; roleIdOrEncodedRoleId: string; assignmentType?: ("USER" | "GROUP" | T.UnknownEnumValue); after?: string; limit?: number; headers?: Record<string, string>; }; result: ListCall<T.RoleTarget, { assignmentType?: ("USER" | "GROUP" | T.UnknownEnumValue); after?: string; limit?: number; }> };
  /** `DELETE /api/v1/users/{userId}/sessions` */
  revokeUserSessions: { args: { userId: string; oauthTokens?: boolean; forgetDevices?: boolean; headers?: Record<string, string>; }; result: Call<void, { oauthTokens?: boolean; forgetDevices?: boolean; }> };
  /** `GET /api/v1/users/{userId}/subscriptions` */
  listSubscriptionsUser: { args: { userId: string; headers?: Record<string, string>; }; result: ListCall<T.Subscription, {}> };
  /** `GET /api/v1/users/{userId}/subscriptions/{notificationType}` */
  getSubscriptionsNotificationTypeUser: { args: { userId: string; notificationType: string; headers?: Record<string, string>; }; result: Call<T.Subscription, {}> };
  /** `POST /api/v1/users/{userId}/subscriptions/{notificationType}/subscribe` */
  subscribeByNotificationTypeUser: { args: { userId: string; notificationType: string; headers?: Record<string, string>; }; result: Call<void, {}> };
  /** `POST /api/v1/users/{userId}/subscriptions/{notificationType}/unsubscribe` */
  unsubscribeByNotificationTypeUser: { args: { userId: string; notificationType: string; headers?: Record<string, string>; }; result: Call<void, {}> };
  /** `GET /api/v1/zones` */
  listNetworkZones: { args: { after?: string; limit?: number; filter?: string; headers?: Record<string, string>; }; result: ListCall<T.NetworkZone, { after?: string; limit?: number; filter?: string; }> };
  /** `POST /api/v1/zones` */
  createNetworkZone: { args: { body: T.NetworkZone; headers?: Record<string, string>; }; result: Call<T.NetworkZone, {}> };
  /** `GET /api/v1/zones/{zoneId}` */
  getNetworkZone: { args: { zoneId: string; headers?: Record<string, string>; }; result: Call<T.NetworkZone, {}> };
  /** `PUT /api/v1/zones/{zoneId}` */
  replaceNetworkZone: { args: { zoneId: string; body: T.NetworkZone; headers?: Record<string, string>; }; result: Call<T.NetworkZone, {}> };
  /** `DELETE /api/v1/zones/{zoneId}` */
  deleteNetworkZone: { args: { zoneId: string; headers?: Record<string, string>; }; result: Call<void, {}> };
  /** `POST /api/v1/zones/{zoneId}/lifecycle/activate` */
  activateNetworkZone: { args: { zoneId: string; headers?: Record<string, string>; }; result: Call<T.NetworkZone, {}> };
  /** `POST /api/v1/zones/{zoneId}/lifecycle/deactivate` */
  deactivateNetworkZone: { args: { zoneId: string; headers?: Record<string, string>; }; result: Call<T.NetworkZone, {}> };
  /** `GET /attack-protection/api/v1/authenticator-settings` */
  getAuthenticatorSettings: { args: { headers?: Record<string, string>; }; result: Call<T.AttackProtectionAuthenticatorSettings, {}> };
  /** `PUT /attack-protection/api/v1/authenticator-settings` */
  replaceAuthenticatorSettings: { args: { body: T.AttackProtectionAuthenticatorSettings; headers?: Record<string, string>; }; result: Call<T.AttackProtectionAuthenticatorSettings, {}> };
  /** `GET /attack-protection/api/v1/user-lockout-settings` */
  getUserLockoutSettings: { args: { headers?: Record<string, string>; }; result: Call<T.UserLockoutSettings, {}> };
  /** `PUT /attack-protection/api/v1/user-lockout-settings` */
  replaceUserLockoutSettings: { args: { body: T.UserLockoutSettings; headers?: Record<string, string>; }; result: Call<T.UserLockoutSettings, {}> };
  /** `GET /integrations/api/v1/api-services` */
  listApiServiceIntegrationInstances: { args: { after?: string; headers?: Record<string, string>; }; result: ListCall<T.APIServiceIntegrationInstance, { after?: string; }> };
  /** `POST /integrations/api/v1/api-services` */
  createApiServiceIntegrationInstance: { args: { body: T.postAPIServiceIntegrationInstanceRequest; headers?: Record<string, string>; }; result: Call<T.postAPIServiceIntegrationInstance, {}> };
  /** `GET /integrations/api/v1/api-services/{apiServiceId}` */
  getApiServiceIntegrationInstance: { args: { apiServiceId: string; headers?: Record<string, string>; }; result: Call<T.APIServiceIntegrationInstance, {}> };
  /** `DELETE /integrations/api/v1/api-services/{apiServiceId}` */
  deleteApiServiceIntegrationInstance: { args: { apiServiceId: string; headers?: Record<string, string>; }; result: Call<void, {}> };
  /** `GET /integrations/api/v1/api-services/{apiServiceId}/credentials/secrets` */
  listApiServiceIntegrationInstanceSecrets: { args: { apiServiceId: string; headers?: Record<string, string>; }; result: ListCall<T.APIServiceIntegrationInstanceSecret, {}> };
  /** `POST /integrations/api/v1/api-services/{apiServiceId}/credentials/secrets` */
  createApiServiceIntegrationInstanceSecret: { args: { apiServiceId: string; headers?: Record<string, string>; }; result: Call<T.APIServiceIntegrationInstanceSecret, {}> };
  /** `DELETE /integrations/api/v1/api-services/{apiServiceId}/credentials/secrets/{secretId}` */
  deleteApiServiceIntegrationInstanceSecret: { args: { apiServiceId: string; secretId: string; headers?: Record<string, string>; }; result: Call<void, {}> };
  /** `POST /integrations/api/v1/api-services/{apiServiceId}/credentials/secrets/{secretId}/lifecycle/activate` */
  activateApiServiceIntegrationInstanceSecret: { args: { apiServiceId: string; secretId: string; headers?: Record<string, string>; }; result: Call<T.APIServiceIntegrationInstanceSecret, {}> };
  /** `POST /integrations/api/v1/api-services/{apiServiceId}/credentials/secrets/{secretId}/lifecycle/deactivate` */
  deactivateApiServiceIntegrationInstanceSecret: { args: { apiServiceId: string; secretId: string; headers?: Record<string, string>; }; result: Call<T.APIServiceIntegrationInstanceSecret, {}> };
  /** `GET /oauth2/v1/clients/{clientId}/roles` */
  listRolesForClient: { args: { clientId: string; headers?: Record<string, string>; }; result: ListCall<((T.StandardRole & { type: "API_ACCESS_MANAGEMENT_ADMIN" | "APP_ADMIN" | "GROUP_MEMBERSHIP_ADMIN" | "HELP_DESK_ADMIN" | "ORG_ADMIN" | "READ_ONLY_ADMIN" | "REPORT_ADMIN" | "SUPER_ADMIN" | "USER_ADMIN" }) | (T.CustomRole & { type: "ACCESS_CERTIFICATIONS_ADMIN" | "ACCESS_REQUESTS_ADMIN" | "WORKFLOWS_ADMIN" | "CUSTOM" })), {}> };
  /** `POST /oauth2/v1/clients/{clientId}/roles` */
  assignRoleToClient: { args: { clientId: string; body: ((T.StandardRoleAssignmentSchema & { type: "API_ACCESS_MANAGEMENT_ADMIN" | "APP_ADMIN" | "GROUP_MEMBERSHIP_ADMIN" | "HELP_DESK_ADMIN" | "ORG_ADMIN" | "READ_ONLY_ADMIN" | "REPORT_ADMIN" | "SUPER_ADMIN" | "USER_ADMIN" | "ACCESS_CERTIFICATIONS_ADMIN" | "ACCESS_REQUESTS_ADMIN" | "WORKFLOWS_ADMIN" }) | (T.CustomRoleAssignmentSchema & { type: "CUSTOM" })); headers?: Record<string, string>; }; result: Call<((T.StandardRole & { type: "API_ACCESS_MANAGEMENT_ADMIN" | "APP_ADMIN" | "GROUP_MEMBERSHIP_ADMIN" | "HELP_DESK_ADMIN" | "ORG_ADMIN" | "READ_ONLY_ADMIN" | "REPORT_ADMIN" | "SUPER_ADMIN" | "USER_ADMIN" }) | (T.CustomRole & { type: "ACCESS_CERTIFICATIONS_ADMIN" | "ACCESS_REQUESTS_ADMIN" | "WORKFLOWS_ADMIN" | "CUSTOM" })), {}> };
  /** `GET /oauth2/v1/clients/{clientId}/roles/{roleAssignmentId}` */
  retrieveClientRole: { args: { clientId: string; roleAssignmentId: string; headers?: Record<string, string>; }; result: Call<((T.StandardRole & { type: "API_ACCESS_MANAGEMENT_ADMIN" | "APP_ADMIN" | "GROUP_MEMBERSHIP_ADMIN" | "HELP_DESK_ADMIN" | "ORG_ADMIN" | "READ_ONLY_ADMIN" | "REPORT_ADMIN" | "SUPER_ADMIN" | "USER_ADMIN" }) | (T.CustomRole & { type: "ACCESS_CERTIFICATIONS_ADMIN" | "ACCESS_REQUESTS_ADMIN" | "WORKFLOWS_ADMIN" | "CUSTOM" })), {}> };
  /** `DELETE /oauth2/v1/clients/{clientId}/roles/{roleAssignmentId}` */
  deleteRoleFromClient: { args: { clientId: string; roleAssignmentId: string; headers?: Record<string, string>; }; result: Call<void, {}> };
  /** `GET /oauth2/v1/clients/{clientId}/roles/{roleAssignmentId}/targets/catalog/apps` */
  listAppTargetRoleToClient: { args: { clientId: string; roleAssignmentId: string; after?: string; limit?: number; headers?: Record<string, string>; }; result: ListCall<T.CatalogApplication, { after?: string; limit?: number; }> };
  /** `PUT /oauth2/v1/clients/{clientId}/roles/{roleAssignmentId}/targets/catalog/apps/{appName}` */
  assignAppTargetRoleToClient: { args: { clientId: string; roleAssignmentId: string; appName: string; headers?: Record<string, string>; }; result: Call<void, {}> };
  /** `DELETE /oauth2/v1/clients/{clientId}/roles/{roleAssignmentId}/targets/catalog/apps/{appName}` */
  removeAppTargetRoleFromClient: { args: { clientId: string; roleAssignmentId: string; appName: string; headers?: Record<string, string>; }; result: Call<void, {}> };
  /** `PUT /oauth2/v1/clients/{clientId}/roles/{roleAssignmentId}/targets/catalog/apps/{appName}/{appId}` */
  assignAppTargetInstanceRoleForClient: { args: { clientId: string; roleAssignmentId: string; appName: string; appId: string; headers?: Record<string, string>; }; result: Call<void, {}> };
  /** `DELETE /oauth2/v1/clients/{clientId}/roles/{roleAssignmentId}/targets/catalog/apps/{appName}/{appId}` */
  removeAppTargetInstanceRoleForClient: { args: { clientId: string; roleAssignmentId: string; appName: string; appId: string; headers?: Record<string, string>; }; result: Call<void, {}> };
  /** `GET /oauth2/v1/clients/{clientId}/roles/{roleAssignmentId}/targets/groups` */
  listGroupTargetRoleForClient: { args: { clientId: string; roleAssignmentId: string; after?: string; limit?: number; headers?: Record<string, string>; }; result: ListCall<T.Group, { after?: string; limit?: number; }> };
  /** `PUT /oauth2/v1/clients/{clientId}/roles/{roleAssignmentId}/targets/groups/{groupId}` */
  assignGroupTargetRoleForClient: { args: { clientId: string; roleAssignmentId: string; groupId: string; headers?: Record<string, string>; }; result: Call<void, {}> };
  /** `DELETE /oauth2/v1/clients/{clientId}/roles/{roleAssignmentId}/targets/groups/{groupId}` */
  removeGroupTargetRoleFromClient: { args: { clientId: string; roleAssignmentId: string; groupId: string; headers?: Record<string, string>; }; result: Call<void, {}> };
  /** `PUT /okta-personal-settings/api/v1/edit-feature` */
  replaceOktaPersonalAdminSettings: { args: { body: T.OktaPersonalAdminFeatureSettings; headers?: Record<string, string>; }; result: Call<void, {}> };
  /** `GET /okta-personal-settings/api/v1/export-blocklists` */
  listPersonalAppsExportBlockList: { args: { headers?: Record<string, string>; }; result: Call<T.PersonalAppsBlockList, {}> };
  /** `PUT /okta-personal-settings/api/v1/export-blocklists` */
  replaceBlockedEmailDomains: { args: { body: T.PersonalAppsBlockList; headers?: Record<string, string>; }; result: Call<void, {}> };
  /** `GET /privileged-access/api/v1/okta-service-accounts` */
  listOktaManagedUserAccounts: { args: { limit?: number; after?: string; match?: string; headers?: Record<string, string>; }; result: ListCall<T.OktaManagedUserAccountResponse, { limit?: number; after?: string; match?: string; }> };
  /** `POST /privileged-access/api/v1/okta-service-accounts` */
  createOktaManagedUserAccount: { args: { body: T.OktaManagedUserAccountRequest; headers?: Record<string, string>; }; result: Call<T.OktaManagedUserAccountResponse, {}> };
  /** `GET /privileged-access/api/v1/okta-service-accounts/{id}` */
  getOktaManagedUserAccount: { args: { id: string; headers?: Record<string, string>; }; result: Call<T.OktaManagedUserAccountResponse, {}> };
  /** `PATCH /privileged-access/api/v1/okta-service-accounts/{id}` */
  updateOktaManagedUserAccount: { args: { id: string; body?: T.OktaManagedUserAccountForUpdate; headers?: Record<string, string>; }; result: Call<T.OktaManagedUserAccountResponse, {}> };
  /** `DELETE /privileged-access/api/v1/okta-service-accounts/{id}` */
  deleteOktaManagedUserAccount: { args: { id: string; headers?: Record<string, string>; }; result: Call<void, {}> };
  /** `GET /privileged-access/api/v1/service-accounts` */
  listAppServiceAccounts: { args: { limit?: number; after?: string; match?: string; headers?: Record<string, string>; }; result: ListCall<T.AppServiceAccount, { limit?: number; after?: string; match?: string; }> };
  /** `POST /privileged-access/api/v1/service-accounts` */
  createAppServiceAccount: { args: { body: T.AppServiceAccount; headers?: Record<string, string>; }; result: Call<T.AppServiceAccount, {}> };
  /** `GET /privileged-access/api/v1/service-accounts/{id}` */
  getAppServiceAccount: { args: { id: string; headers?: Record<string, string>; }; result: Call<T.AppServiceAccount, {}> };
  /** `PATCH /privileged-access/api/v1/service-accounts/{id}` */
  updateAppServiceAccount: { args: { id: string; body?: T.AppServiceAccountForUpdate; headers?: Record<string, string>; }; result: Call<T.AppServiceAccount, {}> };
  /** `DELETE /privileged-access/api/v1/service-accounts/{id}` */
  deleteAppServiceAccount: { args: { id: string; headers?: Record<string, string>; }; result: Call<void, {}> };
  /** `POST /security/api/v1/security-events` */
  publishSecurityEventTokens: { args: { body: string | Blob; headers?: Record<string, string>; }; result: Call<void, {}> };
  /** `POST /webauthn-registration/api/v1/activate` */
  activatePreregistrationEnrollment: { args: { body?: T.EnrollmentActivationRequest; headers?: Record<string, string>; }; result: Call<T.EnrollmentActivationResponse, {}> };
  /** `POST /webauthn-registration/api/v1/enroll` */
  enrollPreregistrationEnrollment: { args: { body?: T.EnrollmentInitializationRequest; headers?: Record<string, string>; }; result: Call<T.EnrollmentInitializationResponse, {}> };
  /** `POST /webauthn-registration/api/v1/initiate-fulfillment-request` */
  generateFulfillmentRequest: { args: { body?: T.FulfillmentRequest; headers?: Record<string, string>; }; result: Call<void, {}> };
  /** `POST /webauthn-registration/api/v1/send-pin` */
  sendPin: { args: { body?: T.PinRequest; headers?: Record<string, string>; }; result: Call<void, {}> };
  /** `GET /webauthn-registration/api/v1/users/{userId}/enrollments` */
  listWebAuthnPreregistrationFactors: { args: { userId: string; headers?: Record<string, string>; }; result: ListCall<T.WebAuthnPreregistrationFactor, {}> };
  /** `DELETE /webauthn-registration/api/v1/users/{userId}/enrollments/{authenticatorEnrollmentId}` */
  deleteWebAuthnPreregistrationFactor: { args: { userId: string; authenticatorEnrollmentId: string; headers?: Record<string, string>; }; result: Call<void, {}> };
  /** `POST /webauthn-registration/api/v1/users/{userId}/enrollments/{authenticatorEnrollmentId}/mark-error` */
  assignFulfillmentErrorWebAuthnPreregistrationFactor: { args: { userId: string; authenticatorEnrollmentId: string; headers?: Record<string, string>; }; result: Call<void, {}> };
  /** `POST /api/v1/brands/{brandId}/domains` */
  linkBrandDomain: { args: { brandId: string; body?: T.CreateBrandDomainRequest; headers?: Record<string, string>; }; result: Call<T.BrandDomain, {}> };
  /** `DELETE /api/v1/brands/{brandId}/domains/{domainId}` */
  unlinkBrandDomain: { args: { brandId: string; domainId: string; headers?: Record<string, string>; }; result: Call<void, {}> };
  /** `GET /api/v1/email-domains/{emailDomainId}/brands` */
  listEmailDomainBrands: { args: { emailDomainId: string; headers?: Record<string, string>; }; result: ListCall<T.Brand, {}> };
  /** `GET /api/v1/meta/layouts/apps/{appName}` */
  getApplicationLayout: { args: { appName: string; headers?: Record<string, string>; }; result: Call<T.ApplicationLayout, {}> };
  /** `POST /api/v1/org/logo` */
  updateOrgLogo: { args: { body?: FormData | Blob | { file: Blob; }; headers?: Record<string, string>; }; result: Call<void, {}> };
  /** `POST /api/v1/risk/events/ip` */
  sendRiskEvents: { args: { body: (T.RiskEvent)[]; headers?: Record<string, string>; }; result: Call<void, {}> };
  /** `GET /api/v1/risk/providers` */
  listRiskProviders: { args: { headers?: Record<string, string>; }; result: ListCall<T.RiskProvider, {}> };
  /** `POST /api/v1/risk/providers` */
  createRiskProvider: { args: { body: T.RiskProvider; headers?: Record<string, string>; }; result: Call<T.RiskProvider, {}> };
  /** `GET /api/v1/risk/providers/{riskProviderId}` */
  getRiskProvider: { args: { riskProviderId: string; headers?: Record<string, string>; }; result: Call<T.RiskProvider, {}> };
  /** `PUT /api/v1/risk/providers/{riskProviderId}` */
  updateRiskProvider: { args: { riskProviderId: string; body: T.RiskProvider; headers?: Record<string, string>; }; result: Call<T.RiskProvider, {}> };
  /** `DELETE /api/v1/risk/providers/{riskProviderId}` */
  deleteRiskProvider: { args: { riskProviderId: string; headers?: Record<string, string>; }; result: Call<void, {}> };
  /** `POST /api/v1/sessions` */
  createSession: { args: { body: T.CreateSessionRequest; headers?: Record<string, string>; }; result: Call<T.Session, {}> };
  /** `POST /api/v1/apps/google/{appId}/oauth2/callback` */
  verifyProvisioningConnectionForGoogleApplication: { args: { appId: string; code?: string; state?: string; headers?: Record<string, string>; }; result: Call<void, { code?: string; state?: string; }> };
  /** `POST /api/v1/apps/office365/{appId}/oauth2/callback` */
  verifyProvisioningConnectionForOfficeApplication: { args: { appId: string; code?: string; state?: string; headers?: Record<string, string>; }; result: Call<void, { code?: string; state?: string; }> };
  /** `GET /api/v1/apps/{appId}/express-configure/oauth2/authorize` */
  getOAuth2AccessTokenForExpressConfiguration: { args: { appId: string; token?: string; capabilityType?: T.CapabilityType; headers?: Record<string, string>; }; result: Call<void, { token?: string; capabilityType?: T.CapabilityType; }> };
  /** `POST /api/v1/apps/{appId}/express-configure/{capabilityType}` */
  configureCapabilityApplication: { args: { appId: string; capabilityType: string; headers?: Record<string, string>; }; result: Call<void, {}> };
  /** `GET /api/v1/apps/{appId}/unconfirmed-users` */
  listUnconfirmedUsers: { args: { appId: string; after?: string; limit?: number; headers?: Record<string, string>; }; result: Call<T.UnconfirmedUserResponseSchema, { after?: string; limit?: number; }> };
  /** `GET /api/v1/meta/layouts/apps/{appName}/sections/{section}/{operation}` */
  getAppUISchema: { args: { appName: string; section: string; operation: string; headers?: Record<string, string>; }; result: Call<T.ApplicationLayout, {}> };
  /** `GET /api/v1/operations/{operationId}` */
  getOperationStatus: { args: { operationId: string; headers?: Record<string, string>; }; result: Call<T.OperationResponse, {}> };
  /** `GET /api/v1/sessions/me` */
  getCurrentSession: { args: { Cookie?: string; headers?: Record<string, string>; }; result: Call<T.Session, {}> };
  /** `DELETE /api/v1/sessions/me` */
  closeCurrentSession: { args: { Cookie?: string; headers?: Record<string, string>; }; result: Call<void, {}> };
  /** `POST /api/v1/sessions/me/lifecycle/refresh` */
  refreshCurrentSession: { args: { Cookie?: string; headers?: Record<string, string>; }; result: Call<T.Session, {}> };
  /** `POST /api/v1/users/me/lifecycle/delete_sessions` */
  endUserSessions: { args: { body?: T.KeepCurrent; headers?: Record<string, string>; }; result: Call<void, {}> };
  /** `GET /device-access/api/v1/desktop-mfa/enforce-number-matching-challenge-settings` */
  getDesktopMFAEnforceNumberMatchingChallengeOrgSetting: { args: { headers?: Record<string, string>; }; result: Call<T.DesktopMFAEnforceNumberMatchingChallengeOrgSetting, {}> };
  /** `PUT /device-access/api/v1/desktop-mfa/enforce-number-matching-challenge-settings` */
  replaceDesktopMFAEnforceNumberMatchingChallengeOrgSetting: { args: { body: T.DesktopMFAEnforceNumberMatchingChallengeOrgSetting; headers?: Record<string, string>; }; result: Call<T.DesktopMFAEnforceNumberMatchingChallengeOrgSetting, {}> };
  /** `GET /device-access/api/v1/desktop-mfa/recovery-pin-settings` */
  getDesktopMFARecoveryPinOrgSetting: { args: { headers?: Record<string, string>; }; result: Call<T.DesktopMFARecoveryPinOrgSetting, {}> };
  /** `PUT /device-access/api/v1/desktop-mfa/recovery-pin-settings` */
  replaceDesktopMFARecoveryPinOrgSetting: { args: { body: T.DesktopMFARecoveryPinOrgSetting; headers?: Record<string, string>; }; result: Call<T.DesktopMFARecoveryPinOrgSetting, {}> };
  /** `GET /integrations/api/v1/submissions` */
  listSubmissions: { args: { limit?: number; after?: string; headers?: Record<string, string>; }; result: ListCall<T.SubmissionResponse, { limit?: number; after?: string; }> };
  /** `POST /integrations/api/v1/submissions` */
  createSubmission: { args: { body?: T.SubmissionRequest; headers?: Record<string, string>; }; result: Call<T.SubmissionResponse, {}> };
  /** `POST /integrations/api/v1/submissions/logo` */
  uploadSubmissionLogo: { args: { body?: FormData | Blob | { file?: Blob; }; headers?: Record<string, string>; }; result: Call<void, {}> };
  /** `POST /integrations/api/v1/submissions/logo/default` */
  uploadSubmissionDefaultLogo: { args: { body?: FormData | Blob | { file?: Blob; }; headers?: Record<string, string>; }; result: Call<void, {}> };
  /** `GET /integrations/api/v1/submissions/{submissionId}` */
  getSubmissionByOperationId: { args: { submissionId: string; headers?: Record<string, string>; }; result: Call<T.SubmissionResponse, {}> };
  /** `PUT /integrations/api/v1/submissions/{submissionId}` */
  replaceSubmission: { args: { submissionId: string; body?: T.SubmissionRequest; headers?: Record<string, string>; }; result: Call<T.SubmissionResponse, {}> };
  /** `GET /integrations/api/v1/submissions/{submissionId}/capabilities` */
  listSubmissionCapabilities: { args: { submissionId: string; headers?: Record<string, string>; }; result: Call<T.SubmissionCapabilities, {}> };
  /** `PUT /integrations/api/v1/submissions/{submissionId}/capabilities` */
  upsertSubmissionCapabilities: { args: { submissionId: string; body?: T.SubmissionCapabilities; headers?: Record<string, string>; }; result: Call<T.SubmissionCapabilities, {}> };
  /** `GET /integrations/api/v1/submissions/{submissionId}/capabilities/shared/auth-settings/default` */
  getSubmissionAuthSettings: { args: { submissionId: string; headers?: Record<string, string>; }; result: Call<T.AuthSettingsSchema, {}> };
  /** `PUT /integrations/api/v1/submissions/{submissionId}/capabilities/shared/auth-settings/default` */
  upsertSubmissionAuthSettings: { args: { submissionId: string; body?: T.AuthSettingsSchema; headers?: Record<string, string>; }; result: Call<T.AuthSettingsSchema, {}> };
  /** `GET /integrations/api/v1/submissions/{submissionId}/capabilities/{capability}/protocols/actions` */
  getSubmissionActions: { args: { submissionId: string; capability: string; headers?: Record<string, string>; }; result: Call<T.SubmissionActions, {}> };
  /** `PUT /integrations/api/v1/submissions/{submissionId}/capabilities/{capability}/protocols/actions` */
  upsertSubmissionActions: { args: { submissionId: string; capability: string; body?: T.SubmissionActions; headers?: Record<string, string>; }; result: Call<T.SubmissionActions, {}> };
  /** `GET /integrations/api/v1/submissions/{submissionId}/capabilities/{capability}/protocols/actions/actions-provider/{actionsProviderType}/available-actions` */
  listAvailableActions: { args: { submissionId: string; capability: string; actionsProviderType: string; headers?: Record<string, string>; }; result: Call<T.AvailableActions, {}> };
  /** `POST /integrations/api/v1/submissions/{submissionId}/capabilities/{capability}/protocols/actions/actions-provider/{actionsProviderType}/validate-actions` */
  verifyActions: { args: { submissionId: string; capability: string; actionsProviderType: string; headers?: Record<string, string>; }; result: Call<{ valid: boolean; validationDetails?: (T.ValidationDetail)[]; }, {}> };
  /** `POST /integrations/api/v1/submissions/{submissionId}/submit` */
  submitSubmission: { args: { submissionId: string; headers?: Record<string, string>; }; result: Call<void, {}> };
  /** `GET /integrations/api/v1/submissions/{submissionId}/tenant-settings` */
  getSubmissionTenantSettings: { args: { submissionId: string; headers?: Record<string, string>; }; result: Call<T.TenantSettings, {}> };
  /** `PUT /integrations/api/v1/submissions/{submissionId}/tenant-settings` */
  upsertSubmissionTenantSettings: { args: { submissionId: string; body?: T.TenantSettings; headers?: Record<string, string>; }; result: Call<T.TenantSettings, {}> };
  /** `GET /integrations/api/v1/submissions/{submissionId}/testing` */
  getSubmissionTestInfo: { args: { submissionId: string; headers?: Record<string, string>; }; result: Call<T.TestInfo, {}> };
  /** `PUT /integrations/api/v1/submissions/{submissionId}/testing` */
  upsertSubmissionTestInfo: { args: { submissionId: string; body?: T.TestInfo; headers?: Record<string, string>; }; result: Call<T.TestInfo, {}> };
  /** `GET /privileged-access/api/v1/accounts` */
  listServiceAccounts: { args: { limit?: number; after?: string; q?: string; headers?: Record<string, string>; }; result: ListCall<T.ServiceAccount, { limit?: number; after?: string; q?: string; }> };
  /** `POST /privileged-access/api/v1/accounts` */
  createServiceAccount: { args: { body: T.ServiceAccount; headers?: Record<string, string>; }; result: Call<T.ServiceAccount, {}> };
  /** `GET /privileged-access/api/v1/accounts/{id}` */
  getServiceAccount: { args: { id: string; headers?: Record<string, string>; }; result: Call<T.ServiceAccount, {}> };
  /** `PATCH /privileged-access/api/v1/accounts/{id}` */
  updateServiceAccount: { args: { id: string; body?: T.ServiceAccountForUpdate; headers?: Record<string, string>; }; result: Call<T.ServiceAccount, {}> };
  /** `DELETE /privileged-access/api/v1/accounts/{id}` */
  deleteServiceAccount: { args: { id: string; headers?: Record<string, string>; }; result: Call<void, {}> };
  /** `POST /privileged-access/api/v1/containers/{containerId}/prepare-resources` */
  preparePrivilegedResourcesToBeFetched: { args: { containerId: string; lastUpdated?: string; headers?: Record<string, string>; }; result: Call<void, { lastUpdated?: string; }> };
  /** `PUT /privileged-access/api/v1/containers/{containerId}/resource-filter-criteria` */
  replaceFiltersForPrivilegedResourceIdentification: { args: { containerId: string; body: T.PrivilegedResourceFilters; headers?: Record<string, string>; }; result: Call<void, {}> };
  /** `GET /privileged-access/api/v1/containers/{containerId}/resources` */
  getPrivilegedResources: { args: { containerId: string; lastUpdated?: string; status?: string; limit?: number; after?: string; headers?: Record<string, string>; }; result: ListCall<T.PrivilegedResourceAccountAppResponse, { lastUpdated?: string; status?: string; limit?: number; after?: string; }> };
  /** `POST /privileged-access/api/v1/resources` */
  createPrivilegedResource: { args: { body: T.PrivilegedResource; headers?: Record<string, string>; }; result: Call<T.PrivilegedResource, {}> };
  /** `GET /privileged-access/api/v1/resources/{id}` */
  getPrivilegedResource: { args: { id: string; headers?: Record<string, string>; }; result: Call<T.PrivilegedResource, {}> };
  /** `PUT /privileged-access/api/v1/resources/{id}` */
  replacePrivilegedResource: { args: { id: string; body: T.PrivilegedResourceUpdateRequest; headers?: Record<string, string>; }; result: Call<T.PrivilegedResource, {}> };
  /** `DELETE /privileged-access/api/v1/resources/{id}` */
  deletePrivilegedResource: { args: { id: string; headers?: Record<string, string>; }; result: Call<void, {}> };
  /** `POST /privileged-access/api/v1/resources/{id}/claim` */
  claimPrivilegedResource: { args: { id: string; headers?: Record<string, string>; }; result: Call<T.PrivilegedResource, {}> };
  /** `POST /privileged-access/api/v1/resources/{id}/rotate-password` */
  rotatePasswordForPrivilegedResource: { args: { id: string; body: T.RotatePasswordRequest; headers?: Record<string, string>; }; result: Call<T.PrivilegedResource, {}> };
  /** `GET /workload-principals/api/v1/ai-agents` */
  listAIAgents: { args: { after?: string; limit?: number; search?: string; headers?: Record<string, string>; }; result: ListCall<T.AIAgent, { after?: string; limit?: number; search?: string; }> };
  /** `POST /workload-principals/api/v1/ai-agents` */
  registerAIAgent: { args: { body: T.CreateAIAgentRequest; headers?: Record<string, string>; }; result: Call<void, {}> };
  /** `GET /workload-principals/api/v1/ai-agents/{agentId}` */
  getAIAgent: { args: { agentId: string; headers?: Record<string, string>; }; result: Call<T.AIAgent, {}> };
  /** `PUT /workload-principals/api/v1/ai-agents/{agentId}` */
  replaceAIAgent: { args: { agentId: string; body: T.UpdateAIAgentRequest; headers?: Record<string, string>; }; result: Call<void, {}> };
  /** `PATCH /workload-principals/api/v1/ai-agents/{agentId}` */
  updateAIAgent: { args: { agentId: string; body: T.PatchAIAgentRequest; headers?: Record<string, string>; }; result: Call<void, {}> };
  /** `DELETE /workload-principals/api/v1/ai-agents/{agentId}` */
  deleteAIAgent: { args: { agentId: string; headers?: Record<string, string>; }; result: Call<void, {}> };
  /** `GET /workload-principals/api/v1/ai-agents/{agentId}/connections` */
  listConnections: { args: { agentId: string; after?: string; limit?: number; headers?: Record<string, string>; }; result: ListCall<T.ManagedConnection, { after?: string; limit?: number; }> };
  /** `POST /workload-principals/api/v1/ai-agents/{agentId}/connections` */
  createManagedConnection: { args: { agentId: string; body: T.ManagedConnectionCreatable; headers?: Record<string, string>; }; result: Call<T.ManagedConnection, {}> };
  /** `GET /workload-principals/api/v1/ai-agents/{agentId}/connections/{connectionId}` */
  getManagedConnection: { args: { agentId: string; connectionId: string; headers?: Record<string, string>; }; result: Call<T.ManagedConnection, {}> };
  /** `PATCH /workload-principals/api/v1/ai-agents/{agentId}/connections/{connectionId}` */
  updateManagedConnection: { args: { agentId: string; connectionId: string; body: T.ManagedConnectionPatchable; headers?: Record<string, string>; }; result: Call<T.ManagedConnection, {}> };
  /** `DELETE /workload-principals/api/v1/ai-agents/{agentId}/connections/{connectionId}` */
  deleteManagedConnection: { args: { agentId: string; connectionId: string; headers?: Record<string, string>; }; result: Call<void, {}> };
  /** `POST /workload-principals/api/v1/ai-agents/{agentId}/connections/{connectionId}/lifecycle/activate` */
  activateManagedConnection: { args: { agentId: string; connectionId: string; headers?: Record<string, string>; }; result: Call<T.ManagedConnection, {}> };
  /** `POST /workload-principals/api/v1/ai-agents/{agentId}/connections/{connectionId}/lifecycle/deactivate` */
  deactivateManagedConnection: { args: { agentId: string; connectionId: string; headers?: Record<string, string>; }; result: Call<T.ManagedConnection, {}> };
  /** `GET /workload-principals/api/v1/ai-agents/{agentId}/credentials/jwks` */
  listAgentJwk: { args: { agentId: string; headers?: Record<string, string>; }; result: Call<{ data: (T.AgentJsonSigningKeyResponse)[]; _links: T.LinksSelf; }, {}> };
  /** `POST /workload-principals/api/v1/ai-agents/{agentId}/credentials/jwks` */
  addAgentJwk: { args: { agentId: string; body: T.AgentJsonSigningKeyRequest; headers?: Record<string, string>; }; result: Call<T.AgentJsonSigningKeyResponse, {}> };
  /** `GET /workload-principals/api/v1/ai-agents/{agentId}/credentials/jwks/{keyId}` */
  getAgentJwk: { args: { agentId: string; keyId: string; headers?: Record<string, string>; }; result: Call<T.AgentJsonSigningKeyResponse, {}> };
  /** `DELETE /workload-principals/api/v1/ai-agents/{agentId}/credentials/jwks/{keyId}` */
  deleteAgentJwk: { args: { agentId: string; keyId: string; headers?: Record<string, string>; }; result: Call<void, {}> };
  /** `POST /workload-principals/api/v1/ai-agents/{agentId}/credentials/jwks/{keyId}/lifecycle/activate` */
  activateAgentJsonWebKey: { args: { agentId: string; keyId: string; headers?: Record<string, string>; }; result: Call<T.AgentJsonSigningKeyResponse, {}> };
  /** `POST /workload-principals/api/v1/ai-agents/{agentId}/credentials/jwks/{keyId}/lifecycle/deactivate` */
  deactivateAgentJsonWebKey: { args: { agentId: string; keyId: string; headers?: Record<string, string>; }; result: Call<T.AgentJsonSigningKeyResponse, {}> };
  /** `POST /workload-principals/api/v1/ai-agents/{agentId}/lifecycle/activate` */
  activateAIAgent: { args: { agentId: string; headers?: Record<string, string>; }; result: Call<void, {}> };
  /** `POST /workload-principals/api/v1/ai-agents/{agentId}/lifecycle/deactivate` */
  deactivateAIAgent: { args: { agentId: string; headers?: Record<string, string>; }; result: Call<void, {}> };
  /** `GET /workload-principals/api/v1/operations` */
  listAIAgentOperations: { args: { after?: string; limit?: number; headers?: Record<string, string>; }; result: ListCall<T.AIAgentOperationResponse, { after?: string; limit?: number; }> };
  /** `GET /workload-principals/api/v1/operations/{operationId}` */
  getAIAgentOperation: { args: { operationId: string; headers?: Record<string, string>; }; result: Call<T.AIAgentOperationResponse, {}> };
  /** `GET /workload-principals/api/v1/potential-connections` */
  listPotentialConnectionsByType: { args: { filter?: string; match?: string; after?: string; limit?: number; headers?: Record<string, string>; }; result: ListCall<T.PotentialConnection, { filter?: string; match?: string; after?: string; limit?: number; }> };
}

/** Every operationId of the Okta Management API. */
export type OperationId = keyof Operations;

/** The arguments of `okta.operation(operationId, args)`: path and query parameters by name, the body as `body`. */
export type OperationArgs<K extends OperationId> = Operations[K]["args"];

/** What `okta.operation(operationId, …)` returns: the operation's builder. */
export type OperationResult<K extends OperationId> = Operations[K]["result"];

/** The rest parameters of `okta.operation(operationId, …)`: `args` may be left out when nothing is required. */
export type OperationCallRest<K extends OperationId> = Record<string, never> extends OperationArgs<K>
  ? [args?: OperationArgs<K>]
  : [args: OperationArgs<K>];

/** The fluent namespaces of the whole Management API (`okta.users`, `okta.groups`, …). */
export interface OktaFluentApi {
  /** `okta.authenticators` */
  readonly authenticators: AuthenticatorsApi;
  /** `okta.associatedDomainCustomizations` */
  readonly associatedDomainCustomizations: AssociatedDomainCustomizationsApi;
  /** `okta.org` */
  readonly org: OrgApi;
  /** `okta.ssfTransmitter` */
  readonly ssfTransmitter: SsfTransmitterApi;
  /** `okta.agentPools` */
  readonly agentPools: AgentPoolsApi;
  /** `okta.apiTokens` */
  readonly apiTokens: ApiTokensApi;
  /** `okta.apps` */
  readonly apps: AppsApi;
  /** `okta.authorizationServers` */
  readonly authorizationServers: AuthorizationServersApi;
  /** `okta.behaviors` */
  readonly behaviors: BehaviorsApi;
  /** `okta.botProtection` */
  readonly botProtection: BotProtectionApi;
  /** `okta.brands` */
  readonly brands: BrandsApi;
  /** `okta.captchas` */
  readonly captchas: CaptchasApi;
  /** `okta.deviceAssurances` */
  readonly deviceAssurances: DeviceAssurancesApi;
  /** `okta.devices` */
  readonly devices: DevicesApi;
  /** `okta.directoriesIntegration` */
  readonly directoriesIntegration: DirectoriesIntegrationApi;
  /** `okta.domains` */
  readonly domains: DomainsApi;
  /** `okta.disasterRecovery` */
  readonly disasterRecovery: DisasterRecoveryApi;
  /** `okta.emailDomains` */
  readonly emailDomains: EmailDomainsApi;
  /** `okta.emailServers` */
  readonly emailServers: EmailServersApi;
  /** `okta.eventHooks` */
  readonly eventHooks: EventHooksApi;
  /** `okta.features` */
  readonly features: FeaturesApi;
  /** `okta.oktaApplicationSettings` */
  readonly oktaApplicationSettings: OktaApplicationSettingsApi;
  /** `okta.groups` */
  readonly groups: GroupsApi;
  /** `okta.roles` */
  readonly roles: RolesApi;
  /** `okta.hookKeys` */
  readonly hookKeys: HookKeysApi;
  /** `okta.governanceBundle` */
  readonly governanceBundle: GovernanceBundleApi;
  /** `okta.identitySources` */
  readonly identitySources: IdentitySourcesApi;
  /** `okta.idps` */
  readonly idps: IdpsApi;
  /** `okta.inlineHooks` */
  readonly inlineHooks: InlineHooksApi;
  /** `okta.logStreams` */
  readonly logStreams: LogStreamsApi;
  /** `okta.logs` */
  readonly logs: LogsApi;
  /** `okta.mappings` */
  readonly mappings: MappingsApi;
  /** `okta.schemas` */
  readonly schemas: SchemasApi;
  /** `okta.linkedObjects` */
  readonly linkedObjects: LinkedObjectsApi;
  /** `okta.userTypes` */
  readonly userTypes: UserTypesApi;
  /** `okta.uiSchemas` */
  readonly uiSchemas: UiSchemasApi;
  /** `okta.users` */
  readonly users: UsersApi;
  /** `okta.policies` */
  readonly policies: PoliciesApi;
  /** `okta.principalRateLimits` */
  readonly principalRateLimits: PrincipalRateLimitsApi;
  /** `okta.pushProviders` */
  readonly pushProviders: PushProvidersApi;
  /** `okta.rateLimitSettings` */
  readonly rateLimitSettings: RateLimitSettingsApi;
  /** `okta.realms` */
  readonly realms: RealmsApi;
  /** `okta.subscriptions` */
  readonly subscriptions: SubscriptionsApi;
  /** `okta.ssfReceiver` */
  readonly ssfReceiver: SsfReceiverApi;
  /** `okta.sessions` */
  readonly sessions: SessionsApi;
  /** `okta.customTelephonyProvider` */
  readonly customTelephonyProvider: CustomTelephonyProviderApi;
  /** `okta.smsTemplates` */
  readonly smsTemplates: SmsTemplatesApi;
  /** `okta.threatInsight` */
  readonly threatInsight: ThreatInsightApi;
  /** `okta.trustedOrigins` */
  readonly trustedOrigins: TrustedOriginsApi;
  /** `okta.zones` */
  readonly zones: ZonesApi;
  /** `okta.attackProtection` */
  readonly attackProtection: AttackProtectionApi;
  /** `okta.apiServiceIntegrations` */
  readonly apiServiceIntegrations: ApiServiceIntegrationsApi;
  /** `okta.oktaPersonalSettings` */
  readonly oktaPersonalSettings: OktaPersonalSettingsApi;
  /** `okta.oktaManagedUserAccount` */
  readonly oktaManagedUserAccount: OktaManagedUserAccountApi;
  /** `okta.serviceAccounts` */
  readonly serviceAccounts: ServiceAccountsApi;
  /** `okta.ssfSecurityEventToken` */
  readonly ssfSecurityEventToken: SsfSecurityEventTokenApi;
  /** `okta.webAuthnPreregistration` */
  readonly webAuthnPreregistration: WebAuthnPreregistrationApi;
  /** `okta.riskEvents` */
  readonly riskEvents: RiskEventsApi;
  /** `okta.riskProviders` */
  readonly riskProviders: RiskProvidersApi;
  /** `okta.unconfirmedUsers` */
  readonly unconfirmedUsers: UnconfirmedUsersApi;
  /** `okta.operationsIntegration` */
  readonly operationsIntegration: OperationsIntegrationApi;
  /** `okta.yourOinIntegrations` */
  readonly yourOinIntegrations: YourOinIntegrationsApi;
  /** `okta.privilegedResource` */
  readonly privilegedResource: PrivilegedResourceApi;
  /** `okta.agentRegistration` */
  readonly agentRegistration: AgentRegistrationApi;
  /** `okta.agentConnections` */
  readonly agentConnections: AgentConnectionsApi;
  /** `okta.agentPublicKey` */
  readonly agentPublicKey: AgentPublicKeyApi;
  /** `okta.agentPotentialConnections` */
  readonly agentPotentialConnections: AgentPotentialConnectionsApi;
}

/** The `okta.agentConnections` namespace. */
export interface AgentConnectionsApi {
  /** `GET /workload-principals/api/v1/ai-agents/{agentId}/connections` (`listConnections`) */
  list(agentId: string, options?: CallOptions): Operations["listConnections"]["result"];
  /** `POST /workload-principals/api/v1/ai-agents/{agentId}/connections` (`createManagedConnection`) */
  createManaged(agentId: string, body: Operations["createManagedConnection"]["args"]["body"], options?: CallOptions): Operations["createManagedConnection"]["result"];
  /** `GET /workload-principals/api/v1/ai-agents/{agentId}/connections/{connectionId}` (`getManagedConnection`) */
  getManaged(agentId: string, connectionId: string, options?: CallOptions): Operations["getManagedConnection"]["result"];
  /** `PATCH /workload-principals/api/v1/ai-agents/{agentId}/connections/{connectionId}` (`updateManagedConnection`) */
  updateManaged(agentId: string, connectionId: string, body: Operations["updateManagedConnection"]["args"]["body"], options?: CallOptions): Operations["updateManagedConnection"]["result"];
  /** `DELETE /workload-principals/api/v1/ai-agents/{agentId}/connections/{connectionId}` (`deleteManagedConnection`) */
  deleteManaged(agentId: string, connectionId: string, options?: CallOptions): Operations["deleteManagedConnection"]["result"];
  /** `POST /workload-principals/api/v1/ai-agents/{agentId}/connections/{connectionId}/lifecycle/activate` (`activateManagedConnection`) */
  activateManaged(agentId: string, connectionId: string, options?: CallOptions): Operations["activateManagedConnection"]["result"];
  /** `POST /workload-principals/api/v1/ai-agents/{agentId}/connections/{connectionId}/lifecycle/deactivate` (`deactivateManagedConnection`) */
  deactivateManaged(agentId: string, connectionId: string, options?: CallOptions): Operations["deactivateManagedConnection"]["result"];
}

/** The `okta.agentPools` namespace. */
export interface AgentPoolsApi {
  /** `GET /api/v1/agentPools` (`listAgentPools`) */
  list(options?: CallOptions): Operations["listAgentPools"]["result"];
  /** `GET /api/v1/agentPools/{poolId}/updates` (`listAgentPoolsUpdates`) */
  listUpdates(poolId: string, options?: CallOptions): Operations["listAgentPoolsUpdates"]["result"];
  /** `POST /api/v1/agentPools/{poolId}/updates` (`createAgentPoolsUpdate`) */
  createUpdate(poolId: string, body: Operations["createAgentPoolsUpdate"]["args"]["body"], options?: CallOptions): Operations["createAgentPoolsUpdate"]["result"];
  /** `GET /api/v1/agentPools/{poolId}/updates/settings` (`getAgentPoolsUpdateSettings`) */
  getUpdateSettings(poolId: string, options?: CallOptions): Operations["getAgentPoolsUpdateSettings"]["result"];
  /** `POST /api/v1/agentPools/{poolId}/updates/settings` (`updateAgentPoolsUpdateSettings`) */
  updateUpdateSettings(poolId: string, body: Operations["updateAgentPoolsUpdateSettings"]["args"]["body"], options?: CallOptions): Operations["updateAgentPoolsUpdateSettings"]["result"];
  /** `GET /api/v1/agentPools/{poolId}/updates/{updateId}` (`getAgentPoolsUpdateInstance`) */
  getUpdateInstance(poolId: string, updateId: string, options?: CallOptions): Operations["getAgentPoolsUpdateInstance"]["result"];
  /** `POST /api/v1/agentPools/{poolId}/updates/{updateId}` (`updateAgentPoolsUpdate`) */
  updateUpdate(poolId: string, updateId: string, body: Operations["updateAgentPoolsUpdate"]["args"]["body"], options?: CallOptions): Operations["updateAgentPoolsUpdate"]["result"];
  /** `DELETE /api/v1/agentPools/{poolId}/updates/{updateId}` (`deleteAgentPoolsUpdate`) */
  deleteUpdate(poolId: string, updateId: string, options?: CallOptions): Operations["deleteAgentPoolsUpdate"]["result"];
  /** `POST /api/v1/agentPools/{poolId}/updates/{updateId}/activate` (`activateAgentPoolsUpdate`) */
  activateUpdate(poolId: string, updateId: string, options?: CallOptions): Operations["activateAgentPoolsUpdate"]["result"];
  /** `POST /api/v1/agentPools/{poolId}/updates/{updateId}/deactivate` (`deactivateAgentPoolsUpdate`) */
  deactivateUpdate(poolId: string, updateId: string, options?: CallOptions): Operations["deactivateAgentPoolsUpdate"]["result"];
  /** `POST /api/v1/agentPools/{poolId}/updates/{updateId}/pause` (`pauseAgentPoolsUpdate`) */
  pauseUpdate(poolId: string, updateId: string, options?: CallOptions): Operations["pauseAgentPoolsUpdate"]["result"];
  /** `POST /api/v1/agentPools/{poolId}/updates/{updateId}/resume` (`resumeAgentPoolsUpdate`) */
  resumeUpdate(poolId: string, updateId: string, options?: CallOptions): Operations["resumeAgentPoolsUpdate"]["result"];
  /** `POST /api/v1/agentPools/{poolId}/updates/{updateId}/retry` (`retryAgentPoolsUpdate`) */
  retryUpdate(poolId: string, updateId: string, options?: CallOptions): Operations["retryAgentPoolsUpdate"]["result"];
  /** `POST /api/v1/agentPools/{poolId}/updates/{updateId}/stop` (`stopAgentPoolsUpdate`) */
  stopUpdate(poolId: string, updateId: string, options?: CallOptions): Operations["stopAgentPoolsUpdate"]["result"];
}

/** The `okta.agentPotentialConnections` namespace. */
export interface AgentPotentialConnectionsApi {
  /** `GET /workload-principals/api/v1/potential-connections` (`listPotentialConnectionsByType`) */
  listType(options?: CallOptions): Operations["listPotentialConnectionsByType"]["result"];
}

/** The `okta.agentPublicKey` namespace. */
export interface AgentPublicKeyApi {
  /** `GET /workload-principals/api/v1/ai-agents/{agentId}/credentials/jwks` (`listAgentJwk`) */
  listJwk(agentId: string, options?: CallOptions): Operations["listAgentJwk"]["result"];
  /** `POST /workload-principals/api/v1/ai-agents/{agentId}/credentials/jwks` (`addAgentJwk`) */
  addJwk(agentId: string, body: Operations["addAgentJwk"]["args"]["body"], options?: CallOptions): Operations["addAgentJwk"]["result"];
  /** `GET /workload-principals/api/v1/ai-agents/{agentId}/credentials/jwks/{keyId}` (`getAgentJwk`) */
  getJwk(agentId: string, keyId: string, options?: CallOptions): Operations["getAgentJwk"]["result"];
  /** `DELETE /workload-principals/api/v1/ai-agents/{agentId}/credentials/jwks/{keyId}` (`deleteAgentJwk`) */
  deleteJwk(agentId: string, keyId: string, options?: CallOptions): Operations["deleteAgentJwk"]["result"];
  /** `POST /workload-principals/api/v1/ai-agents/{agentId}/credentials/jwks/{keyId}/lifecycle/activate` (`activateAgentJsonWebKey`) */
  activateJsonWeb(agentId: string, keyId: string, options?: CallOptions): Operations["activateAgentJsonWebKey"]["result"];
  /** `POST /workload-principals/api/v1/ai-agents/{agentId}/credentials/jwks/{keyId}/lifecycle/deactivate` (`deactivateAgentJsonWebKey`) */
  deactivateJsonWeb(agentId: string, keyId: string, options?: CallOptions): Operations["deactivateAgentJsonWebKey"]["result"];
}

/** The `okta.agentRegistration` namespace. */
export interface AgentRegistrationApi {
  /** `GET /workload-principals/api/v1/ai-agents` (`listAIAgents`) */
  listAi(options?: CallOptions): Operations["listAIAgents"]["result"];
  /** `POST /workload-principals/api/v1/ai-agents` (`registerAIAgent`) */
  registerAi(body: Operations["registerAIAgent"]["args"]["body"], options?: CallOptions): Operations["registerAIAgent"]["result"];
  /** `GET /workload-principals/api/v1/ai-agents/{agentId}` (`getAIAgent`) */
  getAi(agentId: string, options?: CallOptions): Operations["getAIAgent"]["result"];
  /** `PUT /workload-principals/api/v1/ai-agents/{agentId}` (`replaceAIAgent`) */
  replaceAi(agentId: string, body: Operations["replaceAIAgent"]["args"]["body"], options?: CallOptions): Operations["replaceAIAgent"]["result"];
  /** `PATCH /workload-principals/api/v1/ai-agents/{agentId}` (`updateAIAgent`) */
  updateAi(agentId: string, body: Operations["updateAIAgent"]["args"]["body"], options?: CallOptions): Operations["updateAIAgent"]["result"];
  /** `DELETE /workload-principals/api/v1/ai-agents/{agentId}` (`deleteAIAgent`) */
  deleteAi(agentId: string, options?: CallOptions): Operations["deleteAIAgent"]["result"];
  /** `POST /workload-principals/api/v1/ai-agents/{agentId}/lifecycle/activate` (`activateAIAgent`) */
  activateAi(agentId: string, options?: CallOptions): Operations["activateAIAgent"]["result"];
  /** `POST /workload-principals/api/v1/ai-agents/{agentId}/lifecycle/deactivate` (`deactivateAIAgent`) */
  deactivateAi(agentId: string, options?: CallOptions): Operations["deactivateAIAgent"]["result"];
  /** `GET /workload-principals/api/v1/operations` (`listAIAgentOperations`) */
  listAiOperations(options?: CallOptions): Operations["listAIAgentOperations"]["result"];
  /** `GET /workload-principals/api/v1/operations/{operationId}` (`getAIAgentOperation`) */
  getAiOperation(operationId: string, options?: CallOptions): Operations["getAIAgentOperation"]["result"];
}

/** The `okta.apiServiceIntegrations` namespace. */
export interface ApiServiceIntegrationsApi {
  /** `GET /integrations/api/v1/api-services` (`listApiServiceIntegrationInstances`) */
  listInstances(options?: CallOptions): Operations["listApiServiceIntegrationInstances"]["result"];
  /** `POST /integrations/api/v1/api-services` (`createApiServiceIntegrationInstance`) */
  createInstance(body: Operations["createApiServiceIntegrationInstance"]["args"]["body"], options?: CallOptions): Operations["createApiServiceIntegrationInstance"]["result"];
  /** `GET /integrations/api/v1/api-services/{apiServiceId}` (`getApiServiceIntegrationInstance`) */
  getInstance(apiServiceId: string, options?: CallOptions): Operations["getApiServiceIntegrationInstance"]["result"];
  /** `DELETE /integrations/api/v1/api-services/{apiServiceId}` (`deleteApiServiceIntegrationInstance`) */
  deleteInstance(apiServiceId: string, options?: CallOptions): Operations["deleteApiServiceIntegrationInstance"]["result"];
  /** `GET /integrations/api/v1/api-services/{apiServiceId}/credentials/secrets` (`listApiServiceIntegrationInstanceSecrets`) */
  listInstanceSecrets(apiServiceId: string, options?: CallOptions): Operations["listApiServiceIntegrationInstanceSecrets"]["result"];
  /** `POST /integrations/api/v1/api-services/{apiServiceId}/credentials/secrets` (`createApiServiceIntegrationInstanceSecret`) */
  createInstanceSecret(apiServiceId: string, options?: CallOptions): Operations["createApiServiceIntegrationInstanceSecret"]["result"];
  /** `DELETE /integrations/api/v1/api-services/{apiServiceId}/credentials/secrets/{secretId}` (`deleteApiServiceIntegrationInstanceSecret`) */
  deleteInstanceSecret(apiServiceId: string, secretId: string, options?: CallOptions): Operations["deleteApiServiceIntegrationInstanceSecret"]["result"];
  /** `POST /integrations/api/v1/api-services/{apiServiceId}/credentials/secrets/{secretId}/lifecycle/activate` (`activateApiServiceIntegrationInstanceSecret`) */
  activateInstanceSecret(apiServiceId: string, secretId: string, options?: CallOptions): Operations["activateApiServiceIntegrationInstanceSecret"]["result"];
  /** `POST /integrations/api/v1/api-services/{apiServiceId}/credentials/secrets/{secretId}/lifecycle/deactivate` (`deactivateApiServiceIntegrationInstanceSecret`) */
  deactivateInstanceSecret(apiServiceId: string, secretId: string, options?: CallOptions): Operations["deactivateApiServiceIntegrationInstanceSecret"]["result"];
}

/** The `okta.apiTokens` namespace. */
export interface ApiTokensApi {
  /** `GET /api/v1/api-tokens` (`listApiTokens`) */
  list(options?: CallOptions): Operations["listApiTokens"]["result"];
  /** `DELETE /api/v1/api-tokens/current` (`revokeCurrentApiToken`) */
  revokeCurrent(options?: CallOptions): Operations["revokeCurrentApiToken"]["result"];
  /** `GET /api/v1/api-tokens/{apiTokenId}` (`getApiToken`) */
  get(apiTokenId: string, options?: CallOptions): Operations["getApiToken"]["result"];
  /** `PUT /api/v1/api-tokens/{apiTokenId}` (`upsertApiToken`) */
  upsert(apiTokenId: string, body: Operations["upsertApiToken"]["args"]["body"], options?: CallOptions): Operations["upsertApiToken"]["result"];
  /** `DELETE /api/v1/api-tokens/{apiTokenId}` (`revokeApiToken`) */
  revoke(apiTokenId: string, options?: CallOptions): Operations["revokeApiToken"]["result"];
}

/** The `okta.apps` namespace. */
export interface AppsApi {
  /** `GET /api/v1/apps` (`listApplications`) */
  list(options?: CallOptions): Operations["listApplications"]["result"];
  /** `POST /api/v1/apps` (`createApplication`) */
  create(body: Operations["createApplication"]["args"]["body"], options?: CallOptions): Operations["createApplication"]["result"];
  /** `GET /api/v1/apps/{appId}` (`getApplication`) */
  get(appId: string, options?: CallOptions): Operations["getApplication"]["result"];
  /** `PUT /api/v1/apps/{appId}` (`replaceApplication`) */
  replace(appId: string, body: Operations["replaceApplication"]["args"]["body"], options?: CallOptions): Operations["replaceApplication"]["result"];
  /** `DELETE /api/v1/apps/{appId}` (`deleteApplication`) */
  delete(appId: string, options?: CallOptions): Operations["deleteApplication"]["result"];
  /** `okta.apps.connections` */
  readonly connections: AppsConnectionsApi;
  /** `okta.apps.credentialKeys` */
  readonly credentialKeys: AppsCredentialKeysApi;
  /** `okta.apps.publicKeys` */
  readonly publicKeys: AppsPublicKeysApi;
  /** `okta.apps.clientSecrets` */
  readonly clientSecrets: AppsClientSecretsApi;
  /** `okta.apps.crossAppAccessConnections` */
  readonly crossAppAccessConnections: AppsCrossAppAccessConnectionsApi;
  /** `okta.apps.features` */
  readonly features: AppsFeaturesApi;
  /** `okta.apps.federatedClaims` */
  readonly federatedClaims: AppsFederatedClaimsApi;
  /** `okta.apps.grants` */
  readonly grants: AppsGrantsApi;
  /** `okta.apps.groupPushMappings` */
  readonly groupPushMappings: AppsGroupPushMappingsApi;
  /** `okta.apps.groups` */
  readonly groups: AppsGroupsApi;
  /** `okta.apps.interclientTrustMappings` */
  readonly interclientTrustMappings: AppsInterclientTrustMappingsApi;
  /** `POST /api/v1/apps/{appId}/lifecycle/activate` (`activateApplication`) */
  activate(appId: string, options?: CallOptions): Operations["activateApplication"]["result"];
  /** `POST /api/v1/apps/{appId}/lifecycle/deactivate` (`deactivateApplication`) */
  deactivate(appId: string, options?: CallOptions): Operations["deactivateApplication"]["result"];
  /** `okta.apps.logos` */
  readonly logos: AppsLogosApi;
  /** `okta.apps.policies` */
  readonly policies: AppsPoliciesApi;
  /** `okta.apps.sso` */
  readonly sso: AppsSsoApi;
  /** `okta.apps.tokens` */
  readonly tokens: AppsTokensApi;
  /** `okta.apps.users` */
  readonly users: AppsUsersApi;
  /** `POST /api/v1/apps/google/{appId}/oauth2/callback` (`verifyProvisioningConnectionForGoogleApplication`) */
  verifyProvisioningConnectionForGoogle(appId: string, options?: CallOptions): Operations["verifyProvisioningConnectionForGoogleApplication"]["result"];
  /** `POST /api/v1/apps/office365/{appId}/oauth2/callback` (`verifyProvisioningConnectionForOfficeApplication`) */
  verifyProvisioningConnectionForOffice(appId: string, options?: CallOptions): Operations["verifyProvisioningConnectionForOfficeApplication"]["result"];
  /** `GET /api/v1/apps/{appId}/express-configure/oauth2/authorize` (`getOAuth2AccessTokenForExpressConfiguration`) */
  getOAuth2AccessTokenForExpressConfiguration(appId: string, options?: CallOptions): Operations["getOAuth2AccessTokenForExpressConfiguration"]["result"];
  /** `POST /api/v1/apps/{appId}/express-configure/{capabilityType}` (`configureCapabilityApplication`) */
  configureCapability(appId: string, capabilityType: string, options?: CallOptions): Operations["configureCapabilityApplication"]["result"];
}

/** The `okta.apps.clientSecrets` namespace. */
export interface AppsClientSecretsApi {
  /** `GET /api/v1/apps/{appId}/credentials/secrets` (`listOAuth2ClientSecrets`) */
  list(appId: string, options?: CallOptions): Operations["listOAuth2ClientSecrets"]["result"];
  /** `POST /api/v1/apps/{appId}/credentials/secrets` (`createOAuth2ClientSecret`) */
  create(appId: string, body?: Operations["createOAuth2ClientSecret"]["args"]["body"], options?: CallOptions): Operations["createOAuth2ClientSecret"]["result"];
  /** `GET /api/v1/apps/{appId}/credentials/secrets/{secretId}` (`getOAuth2ClientSecret`) */
  get(appId: string, secretId: string, options?: CallOptions): Operations["getOAuth2ClientSecret"]["result"];
  /** `DELETE /api/v1/apps/{appId}/credentials/secrets/{secretId}` (`deleteOAuth2ClientSecret`) */
  delete(appId: string, secretId: string, options?: CallOptions): Operations["deleteOAuth2ClientSecret"]["result"];
  /** `POST /api/v1/apps/{appId}/credentials/secrets/{secretId}/lifecycle/activate` (`activateOAuth2ClientSecret`) */
  activate(appId: string, secretId: string, options?: CallOptions): Operations["activateOAuth2ClientSecret"]["result"];
  /** `POST /api/v1/apps/{appId}/credentials/secrets/{secretId}/lifecycle/deactivate` (`deactivateOAuth2ClientSecret`) */
  deactivate(appId: string, secretId: string, options?: CallOptions): Operations["deactivateOAuth2ClientSecret"]["result"];
}

/** The `okta.apps.connections` namespace. */
export interface AppsConnectionsApi {
  /** `GET /api/v1/apps/{appId}/connections/default` (`getDefaultProvisioningConnectionForApplication`) */
  getDefaultProvisioning(appId: string, options?: CallOptions): Operations["getDefaultProvisioningConnectionForApplication"]["result"];
  /** `POST /api/v1/apps/{appId}/connections/default` (`updateDefaultProvisioningConnectionForApplication`) */
  updateDefaultProvisioning(appId: string, body: Operations["updateDefaultProvisioningConnectionForApplication"]["args"]["body"], options?: CallOptions): Operations["updateDefaultProvisioningConnectionForApplication"]["result"];
  /** `GET /api/v1/apps/{appId}/connections/default/jwks` (`getUserProvisioningConnectionJWKS`) */
  getUserProvisioningJwks(appId: string, options?: CallOptions): Operations["getUserProvisioningConnectionJWKS"]["result"];
  /** `POST /api/v1/apps/{appId}/connections/default/lifecycle/activate` (`activateDefaultProvisioningConnectionForApplication`) */
  activateDefaultProvisioning(appId: string, options?: CallOptions): Operations["activateDefaultProvisioningConnectionForApplication"]["result"];
  /** `POST /api/v1/apps/{appId}/connections/default/lifecycle/deactivate` (`deactivateDefaultProvisioningConnectionForApplication`) */
  deactivateDefaultProvisioning(appId: string, options?: CallOptions): Operations["deactivateDefaultProvisioningConnectionForApplication"]["result"];
  /** `POST /api/v1/apps/{appName}/{appId}/oauth2/callback` (`verifyProvisioningConnectionForApplication`) */
  verifyProvisioning(appName: string, appId: string, options?: CallOptions): Operations["verifyProvisioningConnectionForApplication"]["result"];
}

/** The `okta.apps.credentialKeys` namespace. */
export interface AppsCredentialKeysApi {
  /** `GET /api/v1/apps/{appId}/credentials/csrs` (`listCsrsForApplication`) */
  listCsrs(appId: string, options?: CallOptions): Operations["listCsrsForApplication"]["result"];
  /** `POST /api/v1/apps/{appId}/credentials/csrs` (`generateCsrForApplication`) */
  generateCsr(appId: string, body: Operations["generateCsrForApplication"]["args"]["body"], options?: CallOptions): Operations["generateCsrForApplication"]["result"];
  /** `GET /api/v1/apps/{appId}/credentials/csrs/{csrId}` (`getCsrForApplication`) */
  getCsr(appId: string, csrId: string, options?: CallOptions): Operations["getCsrForApplication"]["result"];
  /** `DELETE /api/v1/apps/{appId}/credentials/csrs/{csrId}` (`revokeCsrFromApplication`) */
  revokeCsr(appId: string, csrId: string, options?: CallOptions): Operations["revokeCsrFromApplication"]["result"];
  /** `POST /api/v1/apps/{appId}/credentials/csrs/{csrId}/lifecycle/publish` (`publishCsrFromApplication`) */
  publishCsr(appId: string, csrId: string, body: Operations["publishCsrFromApplication"]["args"]["body"], options?: CallOptions): Operations["publishCsrFromApplication"]["result"];
  /** `GET /api/v1/apps/{appId}/credentials/keys` (`listApplicationKeys`) */
  list(appId: string, options?: CallOptions): Operations["listApplicationKeys"]["result"];
  /** `POST /api/v1/apps/{appId}/credentials/keys/generate` (`generateApplicationKey`) */
  generate(appId: string, options?: CallOptions): Operations["generateApplicationKey"]["result"];
  /** `GET /api/v1/apps/{appId}/credentials/keys/{keyId}` (`getApplicationKey`) */
  get(appId: string, keyId: string, options?: CallOptions): Operations["getApplicationKey"]["result"];
  /** `POST /api/v1/apps/{appId}/credentials/keys/{keyId}/clone` (`cloneApplicationKey`) */
  clone(appId: string, keyId: string, options?: CallOptions): Operations["cloneApplicationKey"]["result"];
}

/** The `okta.apps.crossAppAccessConnections` namespace. */
export interface AppsCrossAppAccessConnectionsApi {
  /** `GET /api/v1/apps/{appId}/cwo/connections` (`getAllCrossAppAccessConnections`) */
  getAll(appId: string, options?: CallOptions): Operations["getAllCrossAppAccessConnections"]["result"];
  /** `POST /api/v1/apps/{appId}/cwo/connections` (`createCrossAppAccessConnection`) */
  create(appId: string, body: Operations["createCrossAppAccessConnection"]["args"]["body"], options?: CallOptions): Operations["createCrossAppAccessConnection"]["result"];
  /** `GET /api/v1/apps/{appId}/cwo/connections/{connectionId}` (`getCrossAppAccessConnection`) */
  get(appId: string, connectionId: string, options?: CallOptions): Operations["getCrossAppAccessConnection"]["result"];
  /** `PATCH /api/v1/apps/{appId}/cwo/connections/{connectionId}` (`updateCrossAppAccessConnection`) */
  update(appId: string, connectionId: string, body: Operations["updateCrossAppAccessConnection"]["args"]["body"], options?: CallOptions): Operations["updateCrossAppAccessConnection"]["result"];
  /** `DELETE /api/v1/apps/{appId}/cwo/connections/{connectionId}` (`deleteCrossAppAccessConnection`) */
  delete(appId: string, connectionId: string, options?: CallOptions): Operations["deleteCrossAppAccessConnection"]["result"];
}

/** The `okta.apps.features` namespace. */
export interface AppsFeaturesApi {
  /** `GET /api/v1/apps/{appId}/features` (`listFeaturesForApplication`) */
  list(appId: string, options?: CallOptions): Operations["listFeaturesForApplication"]["result"];
  /** `GET /api/v1/apps/{appId}/features/{featureName}` (`getFeatureForApplication`) */
  get(appId: string, featureName: string, options?: CallOptions): Operations["getFeatureForApplication"]["result"];
  /** `PUT /api/v1/apps/{appId}/features/{featureName}` (`updateFeatureForApplication`) */
  update(appId: string, featureName: string, body: Operations["updateFeatureForApplication"]["args"]["body"], options?: CallOptions): Operations["updateFeatureForApplication"]["result"];
}

/** The `okta.apps.federatedClaims` namespace. */
export interface AppsFederatedClaimsApi {
  /** `GET /api/v1/apps/{appId}/federated-claims` (`listFederatedClaims`) */
  list(appId: string, options?: CallOptions): Operations["listFederatedClaims"]["result"];
  /** `POST /api/v1/apps/{appId}/federated-claims` (`createFederatedClaim`) */
  create(appId: string, body: Operations["createFederatedClaim"]["args"]["body"], options?: CallOptions): Operations["createFederatedClaim"]["result"];
  /** `GET /api/v1/apps/{appId}/federated-claims/{claimId}` (`getFederatedClaim`) */
  get(appId: string, claimId: string, options?: CallOptions): Operations["getFederatedClaim"]["result"];
  /** `PUT /api/v1/apps/{appId}/federated-claims/{claimId}` (`replaceFederatedClaim`) */
  replace(appId: string, claimId: string, body?: Operations["replaceFederatedClaim"]["args"]["body"], options?: CallOptions): Operations["replaceFederatedClaim"]["result"];
  /** `DELETE /api/v1/apps/{appId}/federated-claims/{claimId}` (`deleteFederatedClaim`) */
  delete(appId: string, claimId: string, options?: CallOptions): Operations["deleteFederatedClaim"]["result"];
}

/** The `okta.apps.grants` namespace. */
export interface AppsGrantsApi {
  /** `GET /api/v1/apps/{appId}/grants` (`listScopeConsentGrants`) */
  listScopeConsent(appId: string, options?: CallOptions): Operations["listScopeConsentGrants"]["result"];
  /** `POST /api/v1/apps/{appId}/grants` (`grantConsentToScope`) */
  grantConsentToScope(appId: string, body: Operations["grantConsentToScope"]["args"]["body"], options?: CallOptions): Operations["grantConsentToScope"]["result"];
  /** `GET /api/v1/apps/{appId}/grants/{grantId}` (`getScopeConsentGrant`) */
  getScopeConsent(appId: string, grantId: string, options?: CallOptions): Operations["getScopeConsentGrant"]["result"];
  /** `DELETE /api/v1/apps/{appId}/grants/{grantId}` (`revokeScopeConsentGrant`) */
  revokeScopeConsent(appId: string, grantId: string, options?: CallOptions): Operations["revokeScopeConsentGrant"]["result"];
}

/** The `okta.apps.groupPushMappings` namespace. */
export interface AppsGroupPushMappingsApi {
  /** `GET /api/v1/apps/{appId}/group-push/mappings` (`listGroupPushMappings`) */
  list(appId: string, options?: CallOptions): Operations["listGroupPushMappings"]["result"];
  /** `POST /api/v1/apps/{appId}/group-push/mappings` (`createGroupPushMapping`) */
  create(appId: string, body: Operations["createGroupPushMapping"]["args"]["body"], options?: CallOptions): Operations["createGroupPushMapping"]["result"];
  /** `GET /api/v1/apps/{appId}/group-push/mappings/{mappingId}` (`getGroupPushMapping`) */
  get(appId: string, mappingId: string, options?: CallOptions): Operations["getGroupPushMapping"]["result"];
  /** `PATCH /api/v1/apps/{appId}/group-push/mappings/{mappingId}` (`updateGroupPushMapping`) */
  update(appId: string, mappingId: string, body: Operations["updateGroupPushMapping"]["args"]["body"], options?: CallOptions): Operations["updateGroupPushMapping"]["result"];
  /** `DELETE /api/v1/apps/{appId}/group-push/mappings/{mappingId}` (`deleteGroupPushMapping`) */
  delete(appId: string, mappingId: string, options?: CallOptions): Operations["deleteGroupPushMapping"]["result"];
}

/** The `okta.apps.groups` namespace. */
export interface AppsGroupsApi {
  /** `GET /api/v1/apps/{appId}/groups` (`listApplicationGroupAssignments`) */
  listAssignments(appId: string, options?: CallOptions): Operations["listApplicationGroupAssignments"]["result"];
  /** `GET /api/v1/apps/{appId}/groups/{groupId}` (`getApplicationGroupAssignment`) */
  getAssignment(appId: string, groupId: string, options?: CallOptions): Operations["getApplicationGroupAssignment"]["result"];
  /** `PUT /api/v1/apps/{appId}/groups/{groupId}` (`assignGroupToApplication`) */
  assign(appId: string, groupId: string, body?: Operations["assignGroupToApplication"]["args"]["body"], options?: CallOptions): Operations["assignGroupToApplication"]["result"];
  /** `PATCH /api/v1/apps/{appId}/groups/{groupId}` (`updateGroupAssignmentToApplication`) */
  updateAssignment(appId: string, groupId: string, body?: Operations["updateGroupAssignmentToApplication"]["args"]["body"], options?: CallOptions): Operations["updateGroupAssignmentToApplication"]["result"];
  /** `DELETE /api/v1/apps/{appId}/groups/{groupId}` (`unassignApplicationFromGroup`) */
  unassign(appId: string, groupId: string, options?: CallOptions): Operations["unassignApplicationFromGroup"]["result"];
}

/** The `okta.apps.interclientTrustMappings` namespace. */
export interface AppsInterclientTrustMappingsApi {
  /** `GET /api/v1/apps/{appId}/interclient-allowed-apps` (`listInterclientAllowedApplications`) */
  listAllowed(appId: string, options?: CallOptions): Operations["listInterclientAllowedApplications"]["result"];
  /** `POST /api/v1/apps/{appId}/interclient-allowed-apps` (`createInterclientTrustMapping`) */
  create(appId: string, body: Operations["createInterclientTrustMapping"]["args"]["body"], options?: CallOptions): Operations["createInterclientTrustMapping"]["result"];
  /** `DELETE /api/v1/apps/{appId}/interclient-allowed-apps/{allowedAppId}` (`deleteInterclientTrustMapping`) */
  delete(appId: string, allowedAppId: string, options?: CallOptions): Operations["deleteInterclientTrustMapping"]["result"];
  /** `GET /api/v1/apps/{appId}/interclient-target-apps` (`listInterclientTargetApplications`) */
  listTarget(appId: string, options?: CallOptions): Operations["listInterclientTargetApplications"]["result"];
}

/** The `okta.apps.logos` namespace. */
export interface AppsLogosApi {
  /** `POST /api/v1/apps/{appId}/logo` (`uploadApplicationLogo`) */
  upload(appId: string, body?: Operations["uploadApplicationLogo"]["args"]["body"], options?: CallOptions): Operations["uploadApplicationLogo"]["result"];
}

/** The `okta.apps.policies` namespace. */
export interface AppsPoliciesApi {
  /** `PUT /api/v1/apps/{appId}/policies/{policyId}` (`assignApplicationPolicy`) */
  assign(appId: string, policyId: string, options?: CallOptions): Operations["assignApplicationPolicy"]["result"];
}

/** The `okta.apps.publicKeys` namespace. */
export interface AppsPublicKeysApi {
  /** `GET /api/v1/apps/{appId}/credentials/jwks` (`listJwk`) */
  listJwk(appId: string, options?: CallOptions): Operations["listJwk"]["result"];
  /** `POST /api/v1/apps/{appId}/credentials/jwks` (`addJwk`) */
  addJwk(appId: string, body: Operations["addJwk"]["args"]["body"], options?: CallOptions): Operations["addJwk"]["result"];
  /** `GET /api/v1/apps/{appId}/credentials/jwks/{keyId}` (`getJwk`) */
  getJwk(appId: string, keyId: string, options?: CallOptions): Operations["getJwk"]["result"];
  /** `DELETE /api/v1/apps/{appId}/credentials/jwks/{keyId}` (`deletejwk`) */
  deleteJwk(appId: string, keyId: string, options?: CallOptions): Operations["deletejwk"]["result"];
  /** `POST /api/v1/apps/{appId}/credentials/jwks/{keyId}/lifecycle/activate` (`activateOAuth2ClientJsonWebKey`) */
  activateJwk(appId: string, keyId: string, options?: CallOptions): Operations["activateOAuth2ClientJsonWebKey"]["result"];
  /** `POST /api/v1/apps/{appId}/credentials/jwks/{keyId}/lifecycle/deactivate` (`deactivateOAuth2ClientJsonWebKey`) */
  deactivateJwk(appId: string, keyId: string, options?: CallOptions): Operations["deactivateOAuth2ClientJsonWebKey"]["result"];
}

/** The `okta.apps.sso` namespace. */
export interface AppsSsoApi {
  /** `GET /api/v1/apps/{appId}/sso/saml/metadata` (`previewSAMLmetadataForApplication`) */
  previewSamlMetadata(appId: string, options?: CallOptions): Operations["previewSAMLmetadataForApplication"]["result"];
}

/** The `okta.apps.tokens` namespace. */
export interface AppsTokensApi {
  /** `GET /api/v1/apps/{appId}/tokens` (`listOAuth2TokensForApplication`) */
  list(appId: string, options?: CallOptions): Operations["listOAuth2TokensForApplication"]["result"];
  /** `DELETE /api/v1/apps/{appId}/tokens` (`revokeOAuth2TokensForApplication`) */
  revokeAll(appId: string, options?: CallOptions): Operations["revokeOAuth2TokensForApplication"]["result"];
  /** `GET /api/v1/apps/{appId}/tokens/{tokenId}` (`getOAuth2TokenForApplication`) */
  get(appId: string, tokenId: string, options?: CallOptions): Operations["getOAuth2TokenForApplication"]["result"];
  /** `DELETE /api/v1/apps/{appId}/tokens/{tokenId}` (`revokeOAuth2TokenForApplication`) */
  revoke(appId: string, tokenId: string, options?: CallOptions): Operations["revokeOAuth2TokenForApplication"]["result"];
}

/** The `okta.apps.users` namespace. */
export interface AppsUsersApi {
  /** `GET /api/v1/apps/{appId}/users` (`listApplicationUsers`) */
  list(appId: string, options?: CallOptions): Operations["listApplicationUsers"]["result"];
  /** `POST /api/v1/apps/{appId}/users` (`assignUserToApplication`) */
  assign(appId: string, body: Operations["assignUserToApplication"]["args"]["body"], options?: CallOptions): Operations["assignUserToApplication"]["result"];
  /** `GET /api/v1/apps/{appId}/users/{userId}` (`getApplicationUser`) */
  get(appId: string, userId: string, options?: CallOptions): Operations["getApplicationUser"]["result"];
  /** `POST /api/v1/apps/{appId}/users/{userId}` (`updateApplicationUser`) */
  update(appId: string, userId: string, body: Operations["updateApplicationUser"]["args"]["body"], options?: CallOptions): Operations["updateApplicationUser"]["result"];
  /** `DELETE /api/v1/apps/{appId}/users/{userId}` (`unassignUserFromApplication`) */
  unassign(appId: string, userId: string, options?: CallOptions): Operations["unassignUserFromApplication"]["result"];
}

/** The `okta.associatedDomainCustomizations` namespace. */
export interface AssociatedDomainCustomizationsApi {
  /** `GET /.well-known/apple-app-site-association` (`getAppleAppSiteAssociationWellKnownURI`) */
  getAppleAppSiteAssociationWellKnownUri(options?: CallOptions): Operations["getAppleAppSiteAssociationWellKnownURI"]["result"];
  /** `GET /.well-known/assetlinks.json` (`getAssetLinksWellKnownURI`) */
  getAssetLinksWellKnownUri(options?: CallOptions): Operations["getAssetLinksWellKnownURI"]["result"];
  /** `GET /.well-known/webauthn` (`getWebAuthnWellKnownURI`) */
  getWebAuthnWellKnownUri(options?: CallOptions): Operations["getWebAuthnWellKnownURI"]["result"];
  /** `GET /api/v1/brands/{brandId}/well-known-uris` (`getAllWellKnownURIs`) */
  getAllWellKnownUrIs(brandId: string, options?: CallOptions): Operations["getAllWellKnownURIs"]["result"];
  /** `GET /api/v1/brands/{brandId}/well-known-uris/{path}` (`getRootBrandWellKnownURI`) */
  getRootBrandWellKnownUri(brandId: string, path: string, options?: CallOptions): Operations["getRootBrandWellKnownURI"]["result"];
  /** `GET /api/v1/brands/{brandId}/well-known-uris/{path}/customized` (`getBrandWellKnownURI`) */
  getBrandWellKnownUri(brandId: string, path: string, options?: CallOptions): Operations["getBrandWellKnownURI"]["result"];
  /** `PUT /api/v1/brands/{brandId}/well-known-uris/{path}/customized` (`replaceBrandWellKnownURI`) */
  replaceBrandWellKnownUri(brandId: string, path: string, body?: Operations["replaceBrandWellKnownURI"]["args"]["body"], options?: CallOptions): Operations["replaceBrandWellKnownURI"]["result"];
}

/** The `okta.attackProtection` namespace. */
export interface AttackProtectionApi {
  /** `GET /attack-protection/api/v1/authenticator-settings` (`getAuthenticatorSettings`) */
  getAuthenticatorSettings(options?: CallOptions): Operations["getAuthenticatorSettings"]["result"];
  /** `PUT /attack-protection/api/v1/authenticator-settings` (`replaceAuthenticatorSettings`) */
  replaceAuthenticatorSettings(body: Operations["replaceAuthenticatorSettings"]["args"]["body"], options?: CallOptions): Operations["replaceAuthenticatorSettings"]["result"];
  /** `GET /attack-protection/api/v1/user-lockout-settings` (`getUserLockoutSettings`) */
  getUserLockoutSettings(options?: CallOptions): Operations["getUserLockoutSettings"]["result"];
  /** `PUT /attack-protection/api/v1/user-lockout-settings` (`replaceUserLockoutSettings`) */
  replaceUserLockoutSettings(body: Operations["replaceUserLockoutSettings"]["args"]["body"], options?: CallOptions): Operations["replaceUserLockoutSettings"]["result"];
}

/** The `okta.authenticators` namespace. */
export interface AuthenticatorsApi {
  /** `GET /.well-known/app-authenticator-configuration` (`getWellKnownAppAuthenticatorConfiguration`) */
  getWellKnownAppConfiguration(options?: CallOptions): Operations["getWellKnownAppAuthenticatorConfiguration"]["result"];
  /** `GET /api/v1/authenticators` (`listAuthenticators`) */
  list(options?: CallOptions): Operations["listAuthenticators"]["result"];
  /** `POST /api/v1/authenticators` (`createAuthenticator`) */
  create(body: Operations["createAuthenticator"]["args"]["body"], options?: CallOptions): Operations["createAuthenticator"]["result"];
  /** `GET /api/v1/authenticators/{authenticatorId}` (`getAuthenticator`) */
  get(authenticatorId: string, options?: CallOptions): Operations["getAuthenticator"]["result"];
  /** `PUT /api/v1/authenticators/{authenticatorId}` (`replaceAuthenticator`) */
  replace(authenticatorId: string, body: Operations["replaceAuthenticator"]["args"]["body"], options?: CallOptions): Operations["replaceAuthenticator"]["result"];
  /** `GET /api/v1/authenticators/{authenticatorId}/aaguids` (`listAllCustomAAGUIDs`) */
  listCustomAaguids(authenticatorId: string, options?: CallOptions): Operations["listAllCustomAAGUIDs"]["result"];
  /** `POST /api/v1/authenticators/{authenticatorId}/aaguids` (`createCustomAAGUID`) */
  createCustomAaguid(authenticatorId: string, body?: Operations["createCustomAAGUID"]["args"]["body"], options?: CallOptions): Operations["createCustomAAGUID"]["result"];
  /** `GET /api/v1/authenticators/{authenticatorId}/aaguids/{aaguid}` (`getCustomAAGUID`) */
  getCustomAaguid(authenticatorId: string, aaguid: string, options?: CallOptions): Operations["getCustomAAGUID"]["result"];
  /** `PUT /api/v1/authenticators/{authenticatorId}/aaguids/{aaguid}` (`replaceCustomAAGUID`) */
  replaceCustomAaguid(authenticatorId: string, aaguid: string, body?: Operations["replaceCustomAAGUID"]["args"]["body"], options?: CallOptions): Operations["replaceCustomAAGUID"]["result"];
  /** `PATCH /api/v1/authenticators/{authenticatorId}/aaguids/{aaguid}` (`updateCustomAAGUID`) */
  updateCustomAaguid(authenticatorId: string, aaguid: string, body?: Operations["updateCustomAAGUID"]["args"]["body"], options?: CallOptions): Operations["updateCustomAAGUID"]["result"];
  /** `DELETE /api/v1/authenticators/{authenticatorId}/aaguids/{aaguid}` (`deleteCustomAAGUID`) */
  deleteCustomAaguid(authenticatorId: string, aaguid: string, options?: CallOptions): Operations["deleteCustomAAGUID"]["result"];
  /** `POST /api/v1/authenticators/{authenticatorId}/lifecycle/activate` (`activateAuthenticator`) */
  activate(authenticatorId: string, options?: CallOptions): Operations["activateAuthenticator"]["result"];
  /** `POST /api/v1/authenticators/{authenticatorId}/lifecycle/deactivate` (`deactivateAuthenticator`) */
  deactivate(authenticatorId: string, options?: CallOptions): Operations["deactivateAuthenticator"]["result"];
  /** `GET /api/v1/authenticators/{authenticatorId}/methods` (`listAuthenticatorMethods`) */
  listMethods(authenticatorId: string, options?: CallOptions): Operations["listAuthenticatorMethods"]["result"];
  /** `GET /api/v1/authenticators/{authenticatorId}/methods/{methodType}` (`getAuthenticatorMethod`) */
  getMethod(authenticatorId: string, methodType: string, options?: CallOptions): Operations["getAuthenticatorMethod"]["result"];
  /** `PUT /api/v1/authenticators/{authenticatorId}/methods/{methodType}` (`replaceAuthenticatorMethod`) */
  replaceMethod(authenticatorId: string, methodType: string, body?: Operations["replaceAuthenticatorMethod"]["args"]["body"], options?: CallOptions): Operations["replaceAuthenticatorMethod"]["result"];
  /** `POST /api/v1/authenticators/{authenticatorId}/methods/{methodType}/lifecycle/activate` (`activateAuthenticatorMethod`) */
  activateMethod(authenticatorId: string, methodType: string, options?: CallOptions): Operations["activateAuthenticatorMethod"]["result"];
  /** `POST /api/v1/authenticators/{authenticatorId}/methods/{methodType}/lifecycle/deactivate` (`deactivateAuthenticatorMethod`) */
  deactivateMethod(authenticatorId: string, methodType: string, options?: CallOptions): Operations["deactivateAuthenticatorMethod"]["result"];
  /** `POST /api/v1/authenticators/{authenticatorId}/methods/{webAuthnMethodType}/verify-rp-id-domain` (`verifyRpIdDomain`) */
  verifyRpIdDomain(authenticatorId: string, webAuthnMethodType: string, options?: CallOptions): Operations["verifyRpIdDomain"]["result"];
}

/** The `okta.authorizationServers` namespace. */
export interface AuthorizationServersApi {
  /** `GET /api/v1/authorizationServers` (`listAuthorizationServers`) */
  list(options?: CallOptions): Operations["listAuthorizationServers"]["result"];
  /** `POST /api/v1/authorizationServers` (`createAuthorizationServer`) */
  create(body: Operations["createAuthorizationServer"]["args"]["body"], options?: CallOptions): Operations["createAuthorizationServer"]["result"];
  /** `GET /api/v1/authorizationServers/{authServerId}` (`getAuthorizationServer`) */
  get(authServerId: string, options?: CallOptions): Operations["getAuthorizationServer"]["result"];
  /** `PUT /api/v1/authorizationServers/{authServerId}` (`replaceAuthorizationServer`) */
  replace(authServerId: string, body: Operations["replaceAuthorizationServer"]["args"]["body"], options?: CallOptions): Operations["replaceAuthorizationServer"]["result"];
  /** `DELETE /api/v1/authorizationServers/{authServerId}` (`deleteAuthorizationServer`) */
  delete(authServerId: string, options?: CallOptions): Operations["deleteAuthorizationServer"]["result"];
  /** `okta.authorizationServers.associations` */
  readonly associations: AuthorizationServersAssociationsApi;
  /** `okta.authorizationServers.claims` */
  readonly claims: AuthorizationServersClaimsApi;
  /** `okta.authorizationServers.clients` */
  readonly clients: AuthorizationServersClientsApi;
  /** `okta.authorizationServers.keys` */
  readonly keys: AuthorizationServersKeysApi;
  /** `POST /api/v1/authorizationServers/{authServerId}/lifecycle/activate` (`activateAuthorizationServer`) */
  activate(authServerId: string, options?: CallOptions): Operations["activateAuthorizationServer"]["result"];
  /** `POST /api/v1/authorizationServers/{authServerId}/lifecycle/deactivate` (`deactivateAuthorizationServer`) */
  deactivate(authServerId: string, options?: CallOptions): Operations["deactivateAuthorizationServer"]["result"];
  /** `okta.authorizationServers.policies` */
  readonly policies: AuthorizationServersPoliciesApi;
  /** `okta.authorizationServers.rules` */
  readonly rules: AuthorizationServersRulesApi;
  /** `okta.authorizationServers.resourceServerKeys` */
  readonly resourceServerKeys: AuthorizationServersResourceServerKeysApi;
  /** `okta.authorizationServers.scopes` */
  readonly scopes: AuthorizationServersScopesApi;
}

/** The `okta.authorizationServers.associations` namespace. */
export interface AuthorizationServersAssociationsApi {
  /** `GET /api/v1/authorizationServers/{authServerId}/associatedServers` (`listAssociatedServersByTrustedType`) */
  listAssociatedByTrustedType(authServerId: string, options?: CallOptions): Operations["listAssociatedServersByTrustedType"]["result"];
  /** `POST /api/v1/authorizationServers/{authServerId}/associatedServers` (`createAssociatedServers`) */
  createAssociated(authServerId: string, body: Operations["createAssociatedServers"]["args"]["body"], options?: CallOptions): Operations["createAssociatedServers"]["result"];
  /** `DELETE /api/v1/authorizationServers/{authServerId}/associatedServers/{associatedServerId}` (`deleteAssociatedServer`) */
  deleteAssociated(authServerId: string, associatedServerId: string, options?: CallOptions): Operations["deleteAssociatedServer"]["result"];
}

/** The `okta.authorizationServers.claims` namespace. */
export interface AuthorizationServersClaimsApi {
  /** `GET /api/v1/authorizationServers/{authServerId}/claims` (`listOAuth2Claims`) */
  list(authServerId: string, options?: CallOptions): Operations["listOAuth2Claims"]["result"];
  /** `POST /api/v1/authorizationServers/{authServerId}/claims` (`createOAuth2Claim`) */
  create(authServerId: string, body: Operations["createOAuth2Claim"]["args"]["body"], options?: CallOptions): Operations["createOAuth2Claim"]["result"];
  /** `GET /api/v1/authorizationServers/{authServerId}/claims/{claimId}` (`getOAuth2Claim`) */
  get(authServerId: string, claimId: string, options?: CallOptions): Operations["getOAuth2Claim"]["result"];
  /** `PUT /api/v1/authorizationServers/{authServerId}/claims/{claimId}` (`replaceOAuth2Claim`) */
  replace(authServerId: string, claimId: string, body: Operations["replaceOAuth2Claim"]["args"]["body"], options?: CallOptions): Operations["replaceOAuth2Claim"]["result"];
  /** `DELETE /api/v1/authorizationServers/{authServerId}/claims/{claimId}` (`deleteOAuth2Claim`) */
  delete(authServerId: string, claimId: string, options?: CallOptions): Operations["deleteOAuth2Claim"]["result"];
}

/** The `okta.authorizationServers.clients` namespace. */
export interface AuthorizationServersClientsApi {
  /** `GET /api/v1/authorizationServers/{authServerId}/clients` (`listOAuth2ClientsForAuthorizationServer`) */
  list(authServerId: string, options?: CallOptions): Operations["listOAuth2ClientsForAuthorizationServer"]["result"];
  /** `GET /api/v1/authorizationServers/{authServerId}/clients/{clientId}/tokens` (`listRefreshTokensForAuthorizationServerAndClient`) */
  listRefreshTokens(authServerId: string, clientId: string, options?: CallOptions): Operations["listRefreshTokensForAuthorizationServerAndClient"]["result"];
  /** `DELETE /api/v1/authorizationServers/{authServerId}/clients/{clientId}/tokens` (`revokeRefreshTokensForAuthorizationServerAndClient`) */
  revokeRefreshTokens(authServerId: string, clientId: string, options?: CallOptions): Operations["revokeRefreshTokensForAuthorizationServerAndClient"]["result"];
  /** `GET /api/v1/authorizationServers/{authServerId}/clients/{clientId}/tokens/{tokenId}` (`getRefreshTokenForAuthorizationServerAndClient`) */
  getRefreshToken(authServerId: string, clientId: string, tokenId: string, options?: CallOptions): Operations["getRefreshTokenForAuthorizationServerAndClient"]["result"];
  /** `DELETE /api/v1/authorizationServers/{authServerId}/clients/{clientId}/tokens/{tokenId}` (`revokeRefreshTokenForAuthorizationServerAndClient`) */
  revokeRefreshToken(authServerId: string, clientId: string, tokenId: string, options?: CallOptions): Operations["revokeRefreshTokenForAuthorizationServerAndClient"]["result"];
}

/** The `okta.authorizationServers.keys` namespace. */
export interface AuthorizationServersKeysApi {
  /** `GET /api/v1/authorizationServers/{authServerId}/credentials/keys` (`listAuthorizationServerKeys`) */
  list(authServerId: string, options?: CallOptions): Operations["listAuthorizationServerKeys"]["result"];
  /** `GET /api/v1/authorizationServers/{authServerId}/credentials/keys/{keyId}` (`getAuthorizationServerKey`) */
  get(authServerId: string, keyId: string, options?: CallOptions): Operations["getAuthorizationServerKey"]["result"];
  /** `POST /api/v1/authorizationServers/{authServerId}/credentials/lifecycle/keyRotate` (`rotateAuthorizationServerKeys`) */
  rotate(authServerId: string, body: Operations["rotateAuthorizationServerKeys"]["args"]["body"], options?: CallOptions): Operations["rotateAuthorizationServerKeys"]["result"];
}

/** The `okta.authorizationServers.policies` namespace. */
export interface AuthorizationServersPoliciesApi {
  /** `GET /api/v1/authorizationServers/{authServerId}/policies` (`listAuthorizationServerPolicies`) */
  list(authServerId: string, options?: CallOptions): Operations["listAuthorizationServerPolicies"]["result"];
  /** `POST /api/v1/authorizationServers/{authServerId}/policies` (`createAuthorizationServerPolicy`) */
  create(authServerId: string, body: Operations["createAuthorizationServerPolicy"]["args"]["body"], options?: CallOptions): Operations["createAuthorizationServerPolicy"]["result"];
  /** `GET /api/v1/authorizationServers/{authServerId}/policies/{policyId}` (`getAuthorizationServerPolicy`) */
  get(authServerId: string, policyId: string, options?: CallOptions): Operations["getAuthorizationServerPolicy"]["result"];
  /** `PUT /api/v1/authorizationServers/{authServerId}/policies/{policyId}` (`replaceAuthorizationServerPolicy`) */
  replace(authServerId: string, policyId: string, body: Operations["replaceAuthorizationServerPolicy"]["args"]["body"], options?: CallOptions): Operations["replaceAuthorizationServerPolicy"]["result"];
  /** `DELETE /api/v1/authorizationServers/{authServerId}/policies/{policyId}` (`deleteAuthorizationServerPolicy`) */
  delete(authServerId: string, policyId: string, options?: CallOptions): Operations["deleteAuthorizationServerPolicy"]["result"];
  /** `POST /api/v1/authorizationServers/{authServerId}/policies/{policyId}/lifecycle/activate` (`activateAuthorizationServerPolicy`) */
  activate(authServerId: string, policyId: string, options?: CallOptions): Operations["activateAuthorizationServerPolicy"]["result"];
  /** `POST /api/v1/authorizationServers/{authServerId}/policies/{policyId}/lifecycle/deactivate` (`deactivateAuthorizationServerPolicy`) */
  deactivate(authServerId: string, policyId: string, options?: CallOptions): Operations["deactivateAuthorizationServerPolicy"]["result"];
}

/** The `okta.authorizationServers.resourceServerKeys` namespace. */
export interface AuthorizationServersResourceServerKeysApi {
  /** `GET /api/v1/authorizationServers/{authServerId}/resourceservercredentials/keys` (`listOAuth2ResourceServerJsonWebKeys`) */
  listJsonWeb(authServerId: string, options?: CallOptions): Operations["listOAuth2ResourceServerJsonWebKeys"]["result"];
  /** `POST /api/v1/authorizationServers/{authServerId}/resourceservercredentials/keys` (`addOAuth2ResourceServerJsonWebKey`) */
  addJsonWeb(authServerId: string, body: Operations["addOAuth2ResourceServerJsonWebKey"]["args"]["body"], options?: CallOptions): Operations["addOAuth2ResourceServerJsonWebKey"]["result"];
  /** `GET /api/v1/authorizationServers/{authServerId}/resourceservercredentials/keys/{keyId}` (`getOAuth2ResourceServerJsonWebKey`) */
  getJsonWeb(authServerId: string, keyId: string, options?: CallOptions): Operations["getOAuth2ResourceServerJsonWebKey"]["result"];
  /** `DELETE /api/v1/authorizationServers/{authServerId}/resourceservercredentials/keys/{keyId}` (`deleteOAuth2ResourceServerJsonWebKey`) */
  deleteJsonWeb(authServerId: string, keyId: string, options?: CallOptions): Operations["deleteOAuth2ResourceServerJsonWebKey"]["result"];
  /** `POST /api/v1/authorizationServers/{authServerId}/resourceservercredentials/keys/{keyId}/lifecycle/activate` (`activateOAuth2ResourceServerJsonWebKey`) */
  activateJsonWeb(authServerId: string, keyId: string, options?: CallOptions): Operations["activateOAuth2ResourceServerJsonWebKey"]["result"];
  /** `POST /api/v1/authorizationServers/{authServerId}/resourceservercredentials/keys/{keyId}/lifecycle/deactivate` (`deactivateOAuth2ResourceServerJsonWebKey`) */
  deactivateJsonWeb(authServerId: string, keyId: string, options?: CallOptions): Operations["deactivateOAuth2ResourceServerJsonWebKey"]["result"];
}

/** The `okta.authorizationServers.rules` namespace. */
export interface AuthorizationServersRulesApi {
  /** `GET /api/v1/authorizationServers/{authServerId}/policies/{policyId}/rules` (`listAuthorizationServerPolicyRules`) */
  listPolicy(authServerId: string, policyId: string, options?: CallOptions): Operations["listAuthorizationServerPolicyRules"]["result"];
  /** `POST /api/v1/authorizationServers/{authServerId}/policies/{policyId}/rules` (`createAuthorizationServerPolicyRule`) */
  createPolicy(authServerId: string, policyId: string, body: Operations["createAuthorizationServerPolicyRule"]["args"]["body"], options?: CallOptions): Operations["createAuthorizationServerPolicyRule"]["result"];
  /** `GET /api/v1/authorizationServers/{authServerId}/policies/{policyId}/rules/{ruleId}` (`getAuthorizationServerPolicyRule`) */
  getPolicy(authServerId: string, policyId: string, ruleId: string, options?: CallOptions): Operations["getAuthorizationServerPolicyRule"]["result"];
  /** `PUT /api/v1/authorizationServers/{authServerId}/policies/{policyId}/rules/{ruleId}` (`replaceAuthorizationServerPolicyRule`) */
  replacePolicy(authServerId: string, policyId: string, ruleId: string, body: Operations["replaceAuthorizationServerPolicyRule"]["args"]["body"], options?: CallOptions): Operations["replaceAuthorizationServerPolicyRule"]["result"];
  /** `DELETE /api/v1/authorizationServers/{authServerId}/policies/{policyId}/rules/{ruleId}` (`deleteAuthorizationServerPolicyRule`) */
  deletePolicy(authServerId: string, policyId: string, ruleId: string, options?: CallOptions): Operations["deleteAuthorizationServerPolicyRule"]["result"];
  /** `POST /api/v1/authorizationServers/{authServerId}/policies/{policyId}/rules/{ruleId}/lifecycle/activate` (`activateAuthorizationServerPolicyRule`) */
  activatePolicy(authServerId: string, policyId: string, ruleId: string, options?: CallOptions): Operations["activateAuthorizationServerPolicyRule"]["result"];
  /** `POST /api/v1/authorizationServers/{authServerId}/policies/{policyId}/rules/{ruleId}/lifecycle/deactivate` (`deactivateAuthorizationServerPolicyRule`) */
  deactivatePolicy(authServerId: string, policyId: string, ruleId: string, options?: CallOptions): Operations["deactivateAuthorizationServerPolicyRule"]["result"];
}

/** The `okta.authorizationServers.scopes` namespace. */
export interface AuthorizationServersScopesApi {
  /** `GET /api/v1/authorizationServers/{authServerId}/scopes` (`listOAuth2Scopes`) */
  list(authServerId: string, options?: CallOptions): Operations["listOAuth2Scopes"]["result"];
  /** `POST /api/v1/authorizationServers/{authServerId}/scopes` (`createOAuth2Scope`) */
  create(authServerId: string, body: Operations["createOAuth2Scope"]["args"]["body"], options?: CallOptions): Operations["createOAuth2Scope"]["result"];
  /** `GET /api/v1/authorizationServers/{authServerId}/scopes/{scopeId}` (`getOAuth2Scope`) */
  get(authServerId: string, scopeId: string, options?: CallOptions): Operations["getOAuth2Scope"]["result"];
  /** `PUT /api/v1/authorizationServers/{authServerId}/scopes/{scopeId}` (`replaceOAuth2Scope`) */
  replace(authServerId: string, scopeId: string, body: Operations["replaceOAuth2Scope"]["args"]["body"], options?: CallOptions): Operations["replaceOAuth2Scope"]["result"];
  /** `DELETE /api/v1/authorizationServers/{authServerId}/scopes/{scopeId}` (`deleteOAuth2Scope`) */
  delete(authServerId: string, scopeId: string, options?: CallOptions): Operations["deleteOAuth2Scope"]["result"];
}

/** The `okta.behaviors` namespace. */
export interface BehaviorsApi {
  /** `GET /api/v1/behaviors` (`listBehaviorDetectionRules`) */
  listDetectionRules(options?: CallOptions): Operations["listBehaviorDetectionRules"]["result"];
  /** `POST /api/v1/behaviors` (`createBehaviorDetectionRule`) */
  createDetectionRule(body: Operations["createBehaviorDetectionRule"]["args"]["body"], options?: CallOptions): Operations["createBehaviorDetectionRule"]["result"];
  /** `GET /api/v1/behaviors/{behaviorId}` (`getBehaviorDetectionRule`) */
  getDetectionRule(behaviorId: string, options?: CallOptions): Operations["getBehaviorDetectionRule"]["result"];
  /** `PUT /api/v1/behaviors/{behaviorId}` (`replaceBehaviorDetectionRule`) */
  replaceDetectionRule(behaviorId: string, body: Operations["replaceBehaviorDetectionRule"]["args"]["body"], options?: CallOptions): Operations["replaceBehaviorDetectionRule"]["result"];
  /** `DELETE /api/v1/behaviors/{behaviorId}` (`deleteBehaviorDetectionRule`) */
  deleteDetectionRule(behaviorId: string, options?: CallOptions): Operations["deleteBehaviorDetectionRule"]["result"];
  /** `POST /api/v1/behaviors/{behaviorId}/lifecycle/activate` (`activateBehaviorDetectionRule`) */
  activateDetectionRule(behaviorId: string, options?: CallOptions): Operations["activateBehaviorDetectionRule"]["result"];
  /** `POST /api/v1/behaviors/{behaviorId}/lifecycle/deactivate` (`deactivateBehaviorDetectionRule`) */
  deactivateDetectionRule(behaviorId: string, options?: CallOptions): Operations["deactivateBehaviorDetectionRule"]["result"];
}

/** The `okta.botProtection` namespace. */
export interface BotProtectionApi {
  /** `GET /api/v1/bot-protection/configuration` (`getBotProtectionConfiguration`) */
  getConfiguration(options?: CallOptions): Operations["getBotProtectionConfiguration"]["result"];
  /** `POST /api/v1/bot-protection/configuration` (`updateBotProtectionConfiguration`) */
  updateConfiguration(body: Operations["updateBotProtectionConfiguration"]["args"]["body"], options?: CallOptions): Operations["updateBotProtectionConfiguration"]["result"];
}

/** The `okta.brands` namespace. */
export interface BrandsApi {
  /** `GET /api/v1/brands` (`listBrands`) */
  list(options?: CallOptions): Operations["listBrands"]["result"];
  /** `POST /api/v1/brands` (`createBrand`) */
  create(body?: Operations["createBrand"]["args"]["body"], options?: CallOptions): Operations["createBrand"]["result"];
  /** `GET /api/v1/brands/{brandId}` (`getBrand`) */
  get(brandId: string, options?: CallOptions): Operations["getBrand"]["result"];
  /** `PUT /api/v1/brands/{brandId}` (`replaceBrand`) */
  replace(brandId: string, body: Operations["replaceBrand"]["args"]["body"], options?: CallOptions): Operations["replaceBrand"]["result"];
  /** `DELETE /api/v1/brands/{brandId}` (`deleteBrand`) */
  delete(brandId: string, options?: CallOptions): Operations["deleteBrand"]["result"];
  /** `GET /api/v1/brands/{brandId}/domains` (`listBrandDomains`) */
  listDomains(brandId: string, options?: CallOptions): Operations["listBrandDomains"]["result"];
  /** `okta.brands.pages` */
  readonly pages: BrandsPagesApi;
  /** `okta.brands.templates` */
  readonly templates: BrandsTemplatesApi;
  /** `okta.brands.themes` */
  readonly themes: BrandsThemesApi;
  /** `okta.brands.emailCustomization` */
  readonly emailCustomization: BrandsEmailCustomizationApi;
  /** `okta.brands.customization` */
  readonly customization: BrandsCustomizationApi;
}

/** The `okta.brands.customization` namespace. */
export interface BrandsCustomizationApi {
  /** `POST /api/v1/brands/{brandId}/domains` (`linkBrandDomain`) */
  linkDomain(brandId: string, body?: Operations["linkBrandDomain"]["args"]["body"], options?: CallOptions): Operations["linkBrandDomain"]["result"];
  /** `DELETE /api/v1/brands/{brandId}/domains/{domainId}` (`unlinkBrandDomain`) */
  unlinkDomain(brandId: string, domainId: string, options?: CallOptions): Operations["unlinkBrandDomain"]["result"];
}

/** The `okta.brands.emailCustomization` namespace. */
export interface BrandsEmailCustomizationApi {
  /** `POST /api/v1/org/email/bounces/remove-list` (`bulkRemoveEmailAddressBounces`) */
  bulkRemoveAddressBounces(body?: Operations["bulkRemoveEmailAddressBounces"]["args"]["body"], options?: CallOptions): Operations["bulkRemoveEmailAddressBounces"]["result"];
}

/** The `okta.brands.pages` namespace. */
export interface BrandsPagesApi {
  /** `GET /api/v1/brands/{brandId}/pages/error` (`getErrorPage`) */
  getError(brandId: string, options?: CallOptions): Operations["getErrorPage"]["result"];
  /** `GET /api/v1/brands/{brandId}/pages/error/customized` (`getCustomizedErrorPage`) */
  getCustomizedError(brandId: string, options?: CallOptions): Operations["getCustomizedErrorPage"]["result"];
  /** `PUT /api/v1/brands/{brandId}/pages/error/customized` (`replaceCustomizedErrorPage`) */
  replaceCustomizedError(brandId: string, body: Operations["replaceCustomizedErrorPage"]["args"]["body"], options?: CallOptions): Operations["replaceCustomizedErrorPage"]["result"];
  /** `DELETE /api/v1/brands/{brandId}/pages/error/customized` (`deleteCustomizedErrorPage`) */
  deleteCustomizedError(brandId: string, options?: CallOptions): Operations["deleteCustomizedErrorPage"]["result"];
  /** `GET /api/v1/brands/{brandId}/pages/error/default` (`getDefaultErrorPage`) */
  getDefaultError(brandId: string, options?: CallOptions): Operations["getDefaultErrorPage"]["result"];
  /** `GET /api/v1/brands/{brandId}/pages/error/preview` (`getPreviewErrorPage`) */
  getPreviewError(brandId: string, options?: CallOptions): Operations["getPreviewErrorPage"]["result"];
  /** `PUT /api/v1/brands/{brandId}/pages/error/preview` (`replacePreviewErrorPage`) */
  replacePreviewError(brandId: string, body: Operations["replacePreviewErrorPage"]["args"]["body"], options?: CallOptions): Operations["replacePreviewErrorPage"]["result"];
  /** `DELETE /api/v1/brands/{brandId}/pages/error/preview` (`deletePreviewErrorPage`) */
  deletePreviewError(brandId: string, options?: CallOptions): Operations["deletePreviewErrorPage"]["result"];
  /** `GET /api/v1/brands/{brandId}/pages/sign-in` (`getSignInPage`) */
  getSignIn(brandId: string, options?: CallOptions): Operations["getSignInPage"]["result"];
  /** `GET /api/v1/brands/{brandId}/pages/sign-in/customized` (`getCustomizedSignInPage`) */
  getCustomizedSignIn(brandId: string, options?: CallOptions): Operations["getCustomizedSignInPage"]["result"];
  /** `PUT /api/v1/brands/{brandId}/pages/sign-in/customized` (`replaceCustomizedSignInPage`) */
  replaceCustomizedSignIn(brandId: string, body: Operations["replaceCustomizedSignInPage"]["args"]["body"], options?: CallOptions): Operations["replaceCustomizedSignInPage"]["result"];
  /** `DELETE /api/v1/brands/{brandId}/pages/sign-in/customized` (`deleteCustomizedSignInPage`) */
  deleteCustomizedSignIn(brandId: string, options?: CallOptions): Operations["deleteCustomizedSignInPage"]["result"];
  /** `GET /api/v1/brands/{brandId}/pages/sign-in/default` (`getDefaultSignInPage`) */
  getDefaultSignIn(brandId: string, options?: CallOptions): Operations["getDefaultSignInPage"]["result"];
  /** `GET /api/v1/brands/{brandId}/pages/sign-in/preview` (`getPreviewSignInPage`) */
  getPreviewSignIn(brandId: string, options?: CallOptions): Operations["getPreviewSignInPage"]["result"];
  /** `PUT /api/v1/brands/{brandId}/pages/sign-in/preview` (`replacePreviewSignInPage`) */
  replacePreviewSignIn(brandId: string, body: Operations["replacePreviewSignInPage"]["args"]["body"], options?: CallOptions): Operations["replacePreviewSignInPage"]["result"];
  /** `DELETE /api/v1/brands/{brandId}/pages/sign-in/preview` (`deletePreviewSignInPage`) */
  deletePreviewSignIn(brandId: string, options?: CallOptions): Operations["deletePreviewSignInPage"]["result"];
  /** `GET /api/v1/brands/{brandId}/pages/sign-in/widget-versions` (`listAllSignInWidgetVersions`) */
  listAllSignInWidgetVersions(brandId: string, options?: CallOptions): Operations["listAllSignInWidgetVersions"]["result"];
  /** `GET /api/v1/brands/{brandId}/pages/sign-out/customized` (`getSignOutPageSettings`) */
  getSignOutSettings(brandId: string, options?: CallOptions): Operations["getSignOutPageSettings"]["result"];
  /** `PUT /api/v1/brands/{brandId}/pages/sign-out/customized` (`replaceSignOutPageSettings`) */
  replaceSignOutSettings(brandId: string, body: Operations["replaceSignOutPageSettings"]["args"]["body"], options?: CallOptions): Operations["replaceSignOutPageSettings"]["result"];
}

/** The `okta.brands.templates` namespace. */
export interface BrandsTemplatesApi {
  /** `GET /api/v1/brands/{brandId}/templates/email` (`listEmailTemplates`) */
  listEmail(brandId: string, options?: CallOptions): Operations["listEmailTemplates"]["result"];
  /** `GET /api/v1/brands/{brandId}/templates/email/{templateName}` (`getEmailTemplate`) */
  getEmail(brandId: string, templateName: string, options?: CallOptions): Operations["getEmailTemplate"]["result"];
  /** `GET /api/v1/brands/{brandId}/templates/email/{templateName}/customizations` (`listEmailCustomizations`) */
  listEmailCustomizations(brandId: string, templateName: string, options?: CallOptions): Operations["listEmailCustomizations"]["result"];
  /** `POST /api/v1/brands/{brandId}/templates/email/{templateName}/customizations` (`createEmailCustomization`) */
  createEmailCustomization(brandId: string, templateName: string, body?: Operations["createEmailCustomization"]["args"]["body"], options?: CallOptions): Operations["createEmailCustomization"]["result"];
  /** `DELETE /api/v1/brands/{brandId}/templates/email/{templateName}/customizations` (`deleteAllCustomizations`) */
  deleteAllCustomizations(brandId: string, templateName: string, options?: CallOptions): Operations["deleteAllCustomizations"]["result"];
  /** `GET /api/v1/brands/{brandId}/templates/email/{templateName}/customizations/{customizationId}` (`getEmailCustomization`) */
  getEmailCustomization(brandId: string, templateName: string, customizationId: string, options?: CallOptions): Operations["getEmailCustomization"]["result"];
  /** `PUT /api/v1/brands/{brandId}/templates/email/{templateName}/customizations/{customizationId}` (`replaceEmailCustomization`) */
  replaceEmailCustomization(brandId: string, templateName: string, customizationId: string, body?: Operations["replaceEmailCustomization"]["args"]["body"], options?: CallOptions): Operations["replaceEmailCustomization"]["result"];
  /** `DELETE /api/v1/brands/{brandId}/templates/email/{templateName}/customizations/{customizationId}` (`deleteEmailCustomization`) */
  deleteEmailCustomization(brandId: string, templateName: string, customizationId: string, options?: CallOptions): Operations["deleteEmailCustomization"]["result"];
  /** `GET /api/v1/brands/{brandId}/templates/email/{templateName}/customizations/{customizationId}/preview` (`getCustomizationPreview`) */
  getCustomizationPreview(brandId: string, templateName: string, customizationId: string, options?: CallOptions): Operations["getCustomizationPreview"]["result"];
  /** `GET /api/v1/brands/{brandId}/templates/email/{templateName}/default-content` (`getEmailDefaultContent`) */
  getEmailDefaultContent(brandId: string, templateName: string, options?: CallOptions): Operations["getEmailDefaultContent"]["result"];
  /** `GET /api/v1/brands/{brandId}/templates/email/{templateName}/default-content/preview` (`getEmailDefaultPreview`) */
  getEmailDefaultPreview(brandId: string, templateName: string, options?: CallOptions): Operations["getEmailDefaultPreview"]["result"];
  /** `GET /api/v1/brands/{brandId}/templates/email/{templateName}/settings` (`getEmailSettings`) */
  getEmailSettings(brandId: string, templateName: string, options?: CallOptions): Operations["getEmailSettings"]["result"];
  /** `PUT /api/v1/brands/{brandId}/templates/email/{templateName}/settings` (`replaceEmailSettings`) */
  replaceEmailSettings(brandId: string, templateName: string, body?: Operations["replaceEmailSettings"]["args"]["body"], options?: CallOptions): Operations["replaceEmailSettings"]["result"];
  /** `POST /api/v1/brands/{brandId}/templates/email/{templateName}/test` (`sendTestEmail`) */
  sendTestEmail(brandId: string, templateName: string, options?: CallOptions): Operations["sendTestEmail"]["result"];
}

/** The `okta.brands.themes` namespace. */
export interface BrandsThemesApi {
  /** `GET /api/v1/brands/{brandId}/themes` (`listBrandThemes`) */
  list(brandId: string, options?: CallOptions): Operations["listBrandThemes"]["result"];
  /** `GET /api/v1/brands/{brandId}/themes/{themeId}` (`getBrandTheme`) */
  get(brandId: string, themeId: string, options?: CallOptions): Operations["getBrandTheme"]["result"];
  /** `PUT /api/v1/brands/{brandId}/themes/{themeId}` (`replaceBrandTheme`) */
  replace(brandId: string, themeId: string, body: Operations["replaceBrandTheme"]["args"]["body"], options?: CallOptions): Operations["replaceBrandTheme"]["result"];
  /** `POST /api/v1/brands/{brandId}/themes/{themeId}/background-image` (`uploadBrandThemeBackgroundImage`) */
  uploadBackgroundImage(brandId: string, themeId: string, body?: Operations["uploadBrandThemeBackgroundImage"]["args"]["body"], options?: CallOptions): Operations["uploadBrandThemeBackgroundImage"]["result"];
  /** `DELETE /api/v1/brands/{brandId}/themes/{themeId}/background-image` (`deleteBrandThemeBackgroundImage`) */
  deleteBackgroundImage(brandId: string, themeId: string, options?: CallOptions): Operations["deleteBrandThemeBackgroundImage"]["result"];
  /** `POST /api/v1/brands/{brandId}/themes/{themeId}/favicon` (`uploadBrandThemeFavicon`) */
  uploadFavicon(brandId: string, themeId: string, body?: Operations["uploadBrandThemeFavicon"]["args"]["body"], options?: CallOptions): Operations["uploadBrandThemeFavicon"]["result"];
  /** `DELETE /api/v1/brands/{brandId}/themes/{themeId}/favicon` (`deleteBrandThemeFavicon`) */
  deleteFavicon(brandId: string, themeId: string, options?: CallOptions): Operations["deleteBrandThemeFavicon"]["result"];
  /** `POST /api/v1/brands/{brandId}/themes/{themeId}/logo` (`uploadBrandThemeLogo`) */
  uploadLogo(brandId: string, themeId: string, body?: Operations["uploadBrandThemeLogo"]["args"]["body"], options?: CallOptions): Operations["uploadBrandThemeLogo"]["result"];
  /** `DELETE /api/v1/brands/{brandId}/themes/{themeId}/logo` (`deleteBrandThemeLogo`) */
  deleteLogo(brandId: string, themeId: string, options?: CallOptions): Operations["deleteBrandThemeLogo"]["result"];
}

/** The `okta.captchas` namespace. */
export interface CaptchasApi {
  /** `GET /api/v1/captchas` (`listCaptchaInstances`) */
  listInstances(options?: CallOptions): Operations["listCaptchaInstances"]["result"];
  /** `POST /api/v1/captchas` (`createCaptchaInstance`) */
  createInstance(body: Operations["createCaptchaInstance"]["args"]["body"], options?: CallOptions): Operations["createCaptchaInstance"]["result"];
  /** `GET /api/v1/captchas/{captchaId}` (`getCaptchaInstance`) */
  getInstance(captchaId: string, options?: CallOptions): Operations["getCaptchaInstance"]["result"];
  /** `POST /api/v1/captchas/{captchaId}` (`updateCaptchaInstance`) */
  updateInstance(captchaId: string, body: Operations["updateCaptchaInstance"]["args"]["body"], options?: CallOptions): Operations["updateCaptchaInstance"]["result"];
  /** `PUT /api/v1/captchas/{captchaId}` (`replaceCaptchaInstance`) */
  replaceInstance(captchaId: string, body: Operations["replaceCaptchaInstance"]["args"]["body"], options?: CallOptions): Operations["replaceCaptchaInstance"]["result"];
  /** `DELETE /api/v1/captchas/{captchaId}` (`deleteCaptchaInstance`) */
  deleteInstance(captchaId: string, options?: CallOptions): Operations["deleteCaptchaInstance"]["result"];
  /** `GET /api/v1/org/captcha` (`getOrgCaptchaSettings`) */
  getOrgSettings(options?: CallOptions): Operations["getOrgCaptchaSettings"]["result"];
  /** `PUT /api/v1/org/captcha` (`replacesOrgCaptchaSettings`) */
  replacesOrgSettings(body: Operations["replacesOrgCaptchaSettings"]["args"]["body"], options?: CallOptions): Operations["replacesOrgCaptchaSettings"]["result"];
  /** `DELETE /api/v1/org/captcha` (`deleteOrgCaptchaSettings`) */
  deleteOrgSettings(options?: CallOptions): Operations["deleteOrgCaptchaSettings"]["result"];
}

/** The `okta.customTelephonyProvider` namespace. */
export interface CustomTelephonyProviderApi {
  /** `GET /api/v1/telephony-providers` (`listAllCustomTelephonyProviderCredentials`) */
  listAllCredentials(options?: CallOptions): Operations["listAllCustomTelephonyProviderCredentials"]["result"];
  /** `POST /api/v1/telephony-providers` (`createCustomTelephonyProviderCredentials`) */
  createCredentials(body: Operations["createCustomTelephonyProviderCredentials"]["args"]["body"], options?: CallOptions): Operations["createCustomTelephonyProviderCredentials"]["result"];
  /** `GET /api/v1/telephony-providers/{customTelephonyProviderId}` (`getCustomTelephonyProviderCredential`) */
  getCredential(customTelephonyProviderId: string, options?: CallOptions): Operations["getCustomTelephonyProviderCredential"]["result"];
  /** `PATCH /api/v1/telephony-providers/{customTelephonyProviderId}` (`updateCustomTelephonyProviderCredential`) */
  updateCredential(customTelephonyProviderId: string, body: Operations["updateCustomTelephonyProviderCredential"]["args"]["body"], options?: CallOptions): Operations["updateCustomTelephonyProviderCredential"]["result"];
  /** `DELETE /api/v1/telephony-providers/{customTelephonyProviderId}` (`deleteCustomTelephonyProviderCredential`) */
  deleteCredential(customTelephonyProviderId: string, options?: CallOptions): Operations["deleteCustomTelephonyProviderCredential"]["result"];
  /** `POST /api/v1/telephony-providers/{customTelephonyProviderId}/lifecycle/activate` (`activateCustomTelephonyCredential`) */
  activateCredential(customTelephonyProviderId: string, options?: CallOptions): Operations["activateCustomTelephonyCredential"]["result"];
  /** `POST /api/v1/telephony-providers/{customTelephonyProviderId}/lifecycle/deactivate` (`deactivateCustomTelephonyCredential`) */
  deactivateCredential(customTelephonyProviderId: string, options?: CallOptions): Operations["deactivateCustomTelephonyCredential"]["result"];
  /** `POST /api/v1/telephony-providers/{customTelephonyProviderId}/setAsPrimary` (`setAsPrimaryCustomTelephonyCredential`) */
  setAsPrimaryCredential(customTelephonyProviderId: string, options?: CallOptions): Operations["setAsPrimaryCustomTelephonyCredential"]["result"];
  /** `POST /api/v1/telephony-providers/{customTelephonyProviderId}/test` (`sendTestCustomTelephonyProviderCredential`) */
  sendTestCredential(customTelephonyProviderId: string, body: Operations["sendTestCustomTelephonyProviderCredential"]["args"]["body"], options?: CallOptions): Operations["sendTestCustomTelephonyProviderCredential"]["result"];
}

/** The `okta.deviceAssurances` namespace. */
export interface DeviceAssurancesApi {
  /** `GET /api/v1/device-assurances` (`listDeviceAssurancePolicies`) */
  listPolicies(options?: CallOptions): Operations["listDeviceAssurancePolicies"]["result"];
  /** `POST /api/v1/device-assurances` (`createDeviceAssurancePolicy`) */
  createPolicy(body: Operations["createDeviceAssurancePolicy"]["args"]["body"], options?: CallOptions): Operations["createDeviceAssurancePolicy"]["result"];
  /** `GET /api/v1/device-assurances/{deviceAssuranceId}` (`getDeviceAssurancePolicy`) */
  getPolicy(deviceAssuranceId: string, options?: CallOptions): Operations["getDeviceAssurancePolicy"]["result"];
  /** `PUT /api/v1/device-assurances/{deviceAssuranceId}` (`replaceDeviceAssurancePolicy`) */
  replacePolicy(deviceAssuranceId: string, body: Operations["replaceDeviceAssurancePolicy"]["args"]["body"], options?: CallOptions): Operations["replaceDeviceAssurancePolicy"]["result"];
  /** `DELETE /api/v1/device-assurances/{deviceAssuranceId}` (`deleteDeviceAssurancePolicy`) */
  deletePolicy(deviceAssuranceId: string, options?: CallOptions): Operations["deleteDeviceAssurancePolicy"]["result"];
}

/** The `okta.devices` namespace. */
export interface DevicesApi {
  /** `okta.devices.integrations` */
  readonly integrations: DevicesIntegrationsApi;
  /** `okta.devices.postureCheck` */
  readonly postureCheck: DevicesPostureCheckApi;
  /** `GET /api/v1/devices` (`listDevices`) */
  list(options?: CallOptions): Operations["listDevices"]["result"];
  /** `GET /api/v1/devices/{deviceId}` (`getDevice`) */
  get(deviceId: string, options?: CallOptions): Operations["getDevice"]["result"];
  /** `DELETE /api/v1/devices/{deviceId}` (`deleteDevice`) */
  delete(deviceId: string, options?: CallOptions): Operations["deleteDevice"]["result"];
  /** `POST /api/v1/devices/{deviceId}/lifecycle/activate` (`activateDevice`) */
  activate(deviceId: string, options?: CallOptions): Operations["activateDevice"]["result"];
  /** `POST /api/v1/devices/{deviceId}/lifecycle/deactivate` (`deactivateDevice`) */
  deactivate(deviceId: string, options?: CallOptions): Operations["deactivateDevice"]["result"];
  /** `POST /api/v1/devices/{deviceId}/lifecycle/suspend` (`suspendDevice`) */
  suspend(deviceId: string, options?: CallOptions): Operations["suspendDevice"]["result"];
  /** `POST /api/v1/devices/{deviceId}/lifecycle/unsuspend` (`unsuspendDevice`) */
  unsuspend(deviceId: string, options?: CallOptions): Operations["unsuspendDevice"]["result"];
  /** `GET /api/v1/devices/{deviceId}/users` (`listDeviceUsers`) */
  listUsers(deviceId: string, options?: CallOptions): Operations["listDeviceUsers"]["result"];
  /** `okta.devices.access` */
  readonly access: DevicesAccessApi;
}

/** The `okta.devices.access` namespace. */
export interface DevicesAccessApi {
  /** `GET /device-access/api/v1/desktop-mfa/enforce-number-matching-challenge-settings` (`getDesktopMFAEnforceNumberMatchingChallengeOrgSetting`) */
  getDesktopMfaEnforceNumberMatchingChallengeOrgSetting(options?: CallOptions): Operations["getDesktopMFAEnforceNumberMatchingChallengeOrgSetting"]["result"];
  /** `PUT /device-access/api/v1/desktop-mfa/enforce-number-matching-challenge-settings` (`replaceDesktopMFAEnforceNumberMatchingChallengeOrgSetting`) */
  replaceDesktopMfaEnforceNumberMatchingChallengeOrgSetting(body: Operations["replaceDesktopMFAEnforceNumberMatchingChallengeOrgSetting"]["args"]["body"], options?: CallOptions): Operations["replaceDesktopMFAEnforceNumberMatchingChallengeOrgSetting"]["result"];
  /** `GET /device-access/api/v1/desktop-mfa/recovery-pin-settings` (`getDesktopMFARecoveryPinOrgSetting`) */
  getDesktopMfaRecoveryPinOrgSetting(options?: CallOptions): Operations["getDesktopMFARecoveryPinOrgSetting"]["result"];
  /** `PUT /device-access/api/v1/desktop-mfa/recovery-pin-settings` (`replaceDesktopMFARecoveryPinOrgSetting`) */
  replaceDesktopMfaRecoveryPinOrgSetting(body: Operations["replaceDesktopMFARecoveryPinOrgSetting"]["args"]["body"], options?: CallOptions): Operations["replaceDesktopMFARecoveryPinOrgSetting"]["result"];
}

/** The `okta.devices.integrations` namespace. */
export interface DevicesIntegrationsApi {
  /** `GET /api/v1/device-integrations` (`listDeviceIntegrations`) */
  list(options?: CallOptions): Operations["listDeviceIntegrations"]["result"];
  /** `GET /api/v1/device-integrations/{deviceIntegrationId}` (`getDeviceIntegration`) */
  get(deviceIntegrationId: string, options?: CallOptions): Operations["getDeviceIntegration"]["result"];
  /** `POST /api/v1/device-integrations/{deviceIntegrationId}/lifecycle/activate` (`activateDeviceIntegration`) */
  activate(deviceIntegrationId: string, options?: CallOptions): Operations["activateDeviceIntegration"]["result"];
  /** `POST /api/v1/device-integrations/{deviceIntegrationId}/lifecycle/deactivate` (`deactivateDeviceIntegration`) */
  deactivate(deviceIntegrationId: string, options?: CallOptions): Operations["deactivateDeviceIntegration"]["result"];
}

/** The `okta.devices.postureCheck` namespace. */
export interface DevicesPostureCheckApi {
  /** `GET /api/v1/device-posture-checks` (`listDevicePostureChecks`) */
  list(options?: CallOptions): Operations["listDevicePostureChecks"]["result"];
  /** `POST /api/v1/device-posture-checks` (`createDevicePostureCheck`) */
  create(body: Operations["createDevicePostureCheck"]["args"]["body"], options?: CallOptions): Operations["createDevicePostureCheck"]["result"];
  /** `GET /api/v1/device-posture-checks/default` (`listDefaultDevicePostureChecks`) */
  listDefault(options?: CallOptions): Operations["listDefaultDevicePostureChecks"]["result"];
  /** `GET /api/v1/device-posture-checks/{postureCheckId}` (`getDevicePostureCheck`) */
  get(postureCheckId: string, options?: CallOptions): Operations["getDevicePostureCheck"]["result"];
  /** `PUT /api/v1/device-posture-checks/{postureCheckId}` (`replaceDevicePostureCheck`) */
  replace(postureCheckId: string, body: Operations["replaceDevicePostureCheck"]["args"]["body"], options?: CallOptions): Operations["replaceDevicePostureCheck"]["result"];
  /** `DELETE /api/v1/device-posture-checks/{postureCheckId}` (`deleteDevicePostureCheck`) */
  delete(postureCheckId: string, options?: CallOptions): Operations["deleteDevicePostureCheck"]["result"];
}

/** The `okta.directoriesIntegration` namespace. */
export interface DirectoriesIntegrationApi {
  /** `POST /api/v1/directories/{appInstanceId}/groups/modify` (`updateGroupMembership`) */
  updateGroupMembership(appInstanceId: string, body: Operations["updateGroupMembership"]["args"]["body"], options?: CallOptions): Operations["updateGroupMembership"]["result"];
  /** `POST /api/v1/directories/{appInstanceId}/groups/{groupId}/query` (`submitGroupAttributeQuery`) */
  submitGroupAttributeQuery(appInstanceId: string, groupId: string, body: Operations["submitGroupAttributeQuery"]["args"]["body"], options?: CallOptions): Operations["submitGroupAttributeQuery"]["result"];
  /** `GET /api/v1/directories/{appInstanceId}/groups/{groupId}/query/{resultId}` (`getGroupAttributeQueryResult`) */
  getGroupAttributeQueryResult(appInstanceId: string, groupId: string, resultId: string, options?: CallOptions): Operations["getGroupAttributeQueryResult"]["result"];
}

/** The `okta.disasterRecovery` namespace. */
export interface DisasterRecoveryApi {
  /** `POST /api/v1/dr/failback` (`startOrgFailback`) */
  startOrgFailback(body?: Operations["startOrgFailback"]["args"]["body"], options?: CallOptions): Operations["startOrgFailback"]["result"];
  /** `POST /api/v1/dr/failover` (`startOrgFailover`) */
  startOrgFailover(body?: Operations["startOrgFailover"]["args"]["body"], options?: CallOptions): Operations["startOrgFailover"]["result"];
  /** `GET /api/v1/dr/status` (`getDRStatus`) */
  getDrStatus(options?: CallOptions): Operations["getDRStatus"]["result"];
  /** `GET /api/v1/dr/status/{domain}` (`getDRStatusForDomain`) */
  getDrStatusForDomain(domain: string, options?: CallOptions): Operations["getDRStatusForDomain"]["result"];
}

/** The `okta.domains` namespace. */
export interface DomainsApi {
  /** `GET /api/v1/domains` (`listCustomDomains`) */
  list(options?: CallOptions): Operations["listCustomDomains"]["result"];
  /** `POST /api/v1/domains` (`createCustomDomain`) */
  create(body: Operations["createCustomDomain"]["args"]["body"], options?: CallOptions): Operations["createCustomDomain"]["result"];
  /** `GET /api/v1/domains/{domainId}` (`getCustomDomain`) */
  get(domainId: string, options?: CallOptions): Operations["getCustomDomain"]["result"];
  /** `PUT /api/v1/domains/{domainId}` (`replaceCustomDomain`) */
  replace(domainId: string, body: Operations["replaceCustomDomain"]["args"]["body"], options?: CallOptions): Operations["replaceCustomDomain"]["result"];
  /** `DELETE /api/v1/domains/{domainId}` (`deleteCustomDomain`) */
  delete(domainId: string, options?: CallOptions): Operations["deleteCustomDomain"]["result"];
  /** `PUT /api/v1/domains/{domainId}/certificate` (`upsertCertificate`) */
  upsertCertificate(domainId: string, body: Operations["upsertCertificate"]["args"]["body"], options?: CallOptions): Operations["upsertCertificate"]["result"];
  /** `POST /api/v1/domains/{domainId}/verify` (`verifyDomain`) */
  verify(domainId: string, options?: CallOptions): Operations["verifyDomain"]["result"];
}

/** The `okta.emailDomains` namespace. */
export interface EmailDomainsApi {
  /** `GET /api/v1/email-domains` (`listEmailDomains`) */
  list(options?: CallOptions): Operations["listEmailDomains"]["result"];
  /** `POST /api/v1/email-domains` (`createEmailDomain`) */
  create(body: Operations["createEmailDomain"]["args"]["body"], options?: CallOptions): Operations["createEmailDomain"]["result"];
  /** `GET /api/v1/email-domains/{emailDomainId}` (`getEmailDomain`) */
  get(emailDomainId: string, options?: CallOptions): Operations["getEmailDomain"]["result"];
  /** `PUT /api/v1/email-domains/{emailDomainId}` (`replaceEmailDomain`) */
  replace(emailDomainId: string, body: Operations["replaceEmailDomain"]["args"]["body"], options?: CallOptions): Operations["replaceEmailDomain"]["result"];
  /** `DELETE /api/v1/email-domains/{emailDomainId}` (`deleteEmailDomain`) */
  delete(emailDomainId: string, options?: CallOptions): Operations["deleteEmailDomain"]["result"];
  /** `POST /api/v1/email-domains/{emailDomainId}/verify` (`verifyEmailDomain`) */
  verify(emailDomainId: string, options?: CallOptions): Operations["verifyEmailDomain"]["result"];
  /** `GET /api/v1/email-domains/{emailDomainId}/brands` (`listEmailDomainBrands`) */
  listBrands(emailDomainId: string, options?: CallOptions): Operations["listEmailDomainBrands"]["result"];
}

/** The `okta.emailServers` namespace. */
export interface EmailServersApi {
  /** `GET /api/v1/email-servers` (`listEmailServers`) */
  list(options?: CallOptions): Operations["listEmailServers"]["result"];
  /** `POST /api/v1/email-servers` (`createEmailServer`) */
  create(body?: Operations["createEmailServer"]["args"]["body"], options?: CallOptions): Operations["createEmailServer"]["result"];
  /** `GET /api/v1/email-servers/{emailServerId}` (`getEmailServer`) */
  get(emailServerId: string, options?: CallOptions): Operations["getEmailServer"]["result"];
  /** `PATCH /api/v1/email-servers/{emailServerId}` (`updateEmailServer`) */
  update(emailServerId: string, body?: Operations["updateEmailServer"]["args"]["body"], options?: CallOptions): Operations["updateEmailServer"]["result"];
  /** `DELETE /api/v1/email-servers/{emailServerId}` (`deleteEmailServer`) */
  delete(emailServerId: string, options?: CallOptions): Operations["deleteEmailServer"]["result"];
  /** `POST /api/v1/email-servers/{emailServerId}/test` (`testEmailServer`) */
  test(emailServerId: string, body?: Operations["testEmailServer"]["args"]["body"], options?: CallOptions): Operations["testEmailServer"]["result"];
}

/** The `okta.eventHooks` namespace. */
export interface EventHooksApi {
  /** `GET /api/v1/eventHooks` (`listEventHooks`) */
  list(options?: CallOptions): Operations["listEventHooks"]["result"];
  /** `POST /api/v1/eventHooks` (`createEventHook`) */
  create(body: Operations["createEventHook"]["args"]["body"], options?: CallOptions): Operations["createEventHook"]["result"];
  /** `GET /api/v1/eventHooks/{eventHookId}` (`getEventHook`) */
  get(eventHookId: string, options?: CallOptions): Operations["getEventHook"]["result"];
  /** `PUT /api/v1/eventHooks/{eventHookId}` (`replaceEventHook`) */
  replace(eventHookId: string, body: Operations["replaceEventHook"]["args"]["body"], options?: CallOptions): Operations["replaceEventHook"]["result"];
  /** `DELETE /api/v1/eventHooks/{eventHookId}` (`deleteEventHook`) */
  delete(eventHookId: string, options?: CallOptions): Operations["deleteEventHook"]["result"];
  /** `POST /api/v1/eventHooks/{eventHookId}/lifecycle/activate` (`activateEventHook`) */
  activate(eventHookId: string, options?: CallOptions): Operations["activateEventHook"]["result"];
  /** `POST /api/v1/eventHooks/{eventHookId}/lifecycle/deactivate` (`deactivateEventHook`) */
  deactivate(eventHookId: string, options?: CallOptions): Operations["deactivateEventHook"]["result"];
  /** `POST /api/v1/eventHooks/{eventHookId}/lifecycle/verify` (`verifyEventHook`) */
  verify(eventHookId: string, options?: CallOptions): Operations["verifyEventHook"]["result"];
}

/** The `okta.features` namespace. */
export interface FeaturesApi {
  /** `GET /api/v1/features` (`listFeatures`) */
  list(options?: CallOptions): Operations["listFeatures"]["result"];
  /** `GET /api/v1/features/{featureId}` (`getFeature`) */
  get(featureId: string, options?: CallOptions): Operations["getFeature"]["result"];
  /** `GET /api/v1/features/{featureId}/dependencies` (`listFeatureDependencies`) */
  listDependencies(featureId: string, options?: CallOptions): Operations["listFeatureDependencies"]["result"];
  /** `GET /api/v1/features/{featureId}/dependents` (`listFeatureDependents`) */
  listDependents(featureId: string, options?: CallOptions): Operations["listFeatureDependents"]["result"];
  /** `POST /api/v1/features/{featureId}/{lifecycle}` (`updateFeatureLifecycle`) */
  updateLifecycle(featureId: string, lifecycle: string, options?: CallOptions): Operations["updateFeatureLifecycle"]["result"];
}

/** The `okta.governanceBundle` namespace. */
export interface GovernanceBundleApi {
  /** `GET /api/v1/iam/governance/bundles` (`listGovernanceBundles`) */
  list(options?: CallOptions): Operations["listGovernanceBundles"]["result"];
  /** `POST /api/v1/iam/governance/bundles` (`createGovernanceBundle`) */
  create(body: Operations["createGovernanceBundle"]["args"]["body"], options?: CallOptions): Operations["createGovernanceBundle"]["result"];
  /** `GET /api/v1/iam/governance/bundles/{bundleId}` (`getGovernanceBundle`) */
  get(bundleId: string, options?: CallOptions): Operations["getGovernanceBundle"]["result"];
  /** `PUT /api/v1/iam/governance/bundles/{bundleId}` (`replaceGovernanceBundle`) */
  replace(bundleId: string, body: Operations["replaceGovernanceBundle"]["args"]["body"], options?: CallOptions): Operations["replaceGovernanceBundle"]["result"];
  /** `DELETE /api/v1/iam/governance/bundles/{bundleId}` (`deleteGovernanceBundle`) */
  delete(bundleId: string, options?: CallOptions): Operations["deleteGovernanceBundle"]["result"];
  /** `GET /api/v1/iam/governance/bundles/{bundleId}/entitlements` (`listBundleEntitlements`) */
  listEntitlements(bundleId: string, options?: CallOptions): Operations["listBundleEntitlements"]["result"];
  /** `GET /api/v1/iam/governance/bundles/{bundleId}/entitlements/{entitlementId}/values` (`listBundleEntitlementValues`) */
  listEntitlementValues(bundleId: string, entitlementId: string, options?: CallOptions): Operations["listBundleEntitlementValues"]["result"];
  /** `GET /api/v1/iam/governance/optIn` (`getOptInStatus`) */
  getOptInStatus(options?: CallOptions): Operations["getOptInStatus"]["result"];
  /** `POST /api/v1/iam/governance/optIn` (`optIn`) */
  optIn(options?: CallOptions): Operations["optIn"]["result"];
  /** `POST /api/v1/iam/governance/optOut` (`optOut`) */
  optOut(options?: CallOptions): Operations["optOut"]["result"];
}

/** The `okta.groups` namespace. */
export interface GroupsApi {
  /** `GET /api/v1/groups` (`listGroups`) */
  list(options?: CallOptions): Operations["listGroups"]["result"];
  /** `POST /api/v1/groups` (`addGroup`) */
  create(body: Operations["addGroup"]["args"]["body"], options?: CallOptions): Operations["addGroup"]["result"];
  /** `okta.groups.rules` */
  readonly rules: GroupsRulesApi;
  /** `GET /api/v1/groups/{groupId}` (`getGroup`) */
  get(groupId: string, options?: CallOptions): Operations["getGroup"]["result"];
  /** `PUT /api/v1/groups/{groupId}` (`replaceGroup`) */
  replace(groupId: string, body: Operations["replaceGroup"]["args"]["body"], options?: CallOptions): Operations["replaceGroup"]["result"];
  /** `DELETE /api/v1/groups/{groupId}` (`deleteGroup`) */
  delete(groupId: string, options?: CallOptions): Operations["deleteGroup"]["result"];
  /** `GET /api/v1/groups/{groupId}/apps` (`listAssignedApplicationsForGroup`) */
  listAssignedApplications(groupId: string, options?: CallOptions): Operations["listAssignedApplicationsForGroup"]["result"];
  /** `okta.groups.owners` */
  readonly owners: GroupsOwnersApi;
  /** `okta.groups.users` */
  readonly users: GroupsUsersApi;
}

/** The `okta.groups.owners` namespace. */
export interface GroupsOwnersApi {
  /** `GET /api/v1/groups/{groupId}/owners` (`listGroupOwners`) */
  list(groupId: string, options?: CallOptions): Operations["listGroupOwners"]["result"];
  /** `POST /api/v1/groups/{groupId}/owners` (`assignGroupOwner`) */
  assign(groupId: string, body: Operations["assignGroupOwner"]["args"]["body"], options?: CallOptions): Operations["assignGroupOwner"]["result"];
  /** `DELETE /api/v1/groups/{groupId}/owners/{ownerId}` (`deleteGroupOwner`) */
  delete(groupId: string, ownerId: string, options?: CallOptions): Operations["deleteGroupOwner"]["result"];
}

/** The `okta.groups.rules` namespace. */
export interface GroupsRulesApi {
  /** `GET /api/v1/groups/rules` (`listGroupRules`) */
  list(options?: CallOptions): Operations["listGroupRules"]["result"];
  /** `POST /api/v1/groups/rules` (`createGroupRule`) */
  create(body: Operations["createGroupRule"]["args"]["body"], options?: CallOptions): Operations["createGroupRule"]["result"];
  /** `GET /api/v1/groups/rules/{groupRuleId}` (`getGroupRule`) */
  get(groupRuleId: string, options?: CallOptions): Operations["getGroupRule"]["result"];
  /** `PUT /api/v1/groups/rules/{groupRuleId}` (`replaceGroupRule`) */
  replace(groupRuleId: string, body: Operations["replaceGroupRule"]["args"]["body"], options?: CallOptions): Operations["replaceGroupRule"]["result"];
  /** `DELETE /api/v1/groups/rules/{groupRuleId}` (`deleteGroupRule`) */
  delete(groupRuleId: string, options?: CallOptions): Operations["deleteGroupRule"]["result"];
  /** `POST /api/v1/groups/rules/{groupRuleId}/lifecycle/activate` (`activateGroupRule`) */
  activate(groupRuleId: string, options?: CallOptions): Operations["activateGroupRule"]["result"];
  /** `POST /api/v1/groups/rules/{groupRuleId}/lifecycle/deactivate` (`deactivateGroupRule`) */
  deactivate(groupRuleId: string, options?: CallOptions): Operations["deactivateGroupRule"]["result"];
}

/** The `okta.groups.users` namespace. */
export interface GroupsUsersApi {
  /** `GET /api/v1/groups/{groupId}/users` (`listGroupUsers`) */
  list(groupId: string, options?: CallOptions): Operations["listGroupUsers"]["result"];
  /** `PUT /api/v1/groups/{groupId}/users/{userId}` (`assignUserToGroup`) */
  add(groupId: string, userId: string, options?: CallOptions): Operations["assignUserToGroup"]["result"];
  /** `DELETE /api/v1/groups/{groupId}/users/{userId}` (`unassignUserFromGroup`) */
  remove(groupId: string, userId: string, options?: CallOptions): Operations["unassignUserFromGroup"]["result"];
}

/** The `okta.hookKeys` namespace. */
export interface HookKeysApi {
  /** `GET /api/v1/hook-keys` (`listHookKeys`) */
  list(options?: CallOptions): Operations["listHookKeys"]["result"];
  /** `POST /api/v1/hook-keys` (`createHookKey`) */
  create(body: Operations["createHookKey"]["args"]["body"], options?: CallOptions): Operations["createHookKey"]["result"];
  /** `GET /api/v1/hook-keys/public/{keyId}` (`getPublicKey`) */
  getPublic(keyId: string, options?: CallOptions): Operations["getPublicKey"]["result"];
  /** `GET /api/v1/hook-keys/{id}` (`getHookKey`) */
  get(id: string, options?: CallOptions): Operations["getHookKey"]["result"];
  /** `PUT /api/v1/hook-keys/{id}` (`replaceHookKey`) */
  replace(id: string, body: Operations["replaceHookKey"]["args"]["body"], options?: CallOptions): Operations["replaceHookKey"]["result"];
  /** `DELETE /api/v1/hook-keys/{id}` (`deleteHookKey`) */
  delete(id: string, options?: CallOptions): Operations["deleteHookKey"]["result"];
}

/** The `okta.identitySources` namespace. */
export interface IdentitySourcesApi {
  /** `POST /api/v1/identity-sources/{identitySourceId}/groups` (`createIdentitySourceGroups`) */
  createGroups(identitySourceId: string, body?: Operations["createIdentitySourceGroups"]["args"]["body"], options?: CallOptions): Operations["createIdentitySourceGroups"]["result"];
  /** `GET /api/v1/identity-sources/{identitySourceId}/groups/{groupOrExternalId}` (`getIdentitySourceGroup`) */
  getGroup(identitySourceId: string, groupOrExternalId: string, options?: CallOptions): Operations["getIdentitySourceGroup"]["result"];
  /** `POST /api/v1/identity-sources/{identitySourceId}/groups/{groupOrExternalId}` (`updateIdentitySourceGroups`) */
  updateGroups(identitySourceId: string, groupOrExternalId: string, body?: Operations["updateIdentitySourceGroups"]["args"]["body"], options?: CallOptions): Operations["updateIdentitySourceGroups"]["result"];
  /** `DELETE /api/v1/identity-sources/{identitySourceId}/groups/{groupOrExternalId}` (`deleteIdentitySourceGroup`) */
  deleteGroup(identitySourceId: string, groupOrExternalId: string, options?: CallOptions): Operations["deleteIdentitySourceGroup"]["result"];
  /** `GET /api/v1/identity-sources/{identitySourceId}/groups/{groupOrExternalId}/membership` (`getIdentitySourceGroupMemberships`) */
  getGroupMemberships(identitySourceId: string, groupOrExternalId: string, options?: CallOptions): Operations["getIdentitySourceGroupMemberships"]["result"];
  /** `POST /api/v1/identity-sources/{identitySourceId}/groups/{groupOrExternalId}/membership` (`createIdentitySourceGroupsMemberships`) */
  createGroupsMemberships(identitySourceId: string, groupOrExternalId: string, body?: Operations["createIdentitySourceGroupsMemberships"]["args"]["body"], options?: CallOptions): Operations["createIdentitySourceGroupsMemberships"]["result"];
  /** `DELETE /api/v1/identity-sources/{identitySourceId}/groups/{groupOrExternalId}/membership/{memberExternalId}` (`deleteIdentitySourceGroupMemberships`) */
  deleteGroupMemberships(identitySourceId: string, groupOrExternalId: string, memberExternalId: string, options?: CallOptions): Operations["deleteIdentitySourceGroupMemberships"]["result"];
  /** `GET /api/v1/identity-sources/{identitySourceId}/sessions` (`listIdentitySourceSessions`) */
  listSessions(identitySourceId: string, options?: CallOptions): Operations["listIdentitySourceSessions"]["result"];
  /** `POST /api/v1/identity-sources/{identitySourceId}/sessions` (`createIdentitySourceSession`) */
  createSession(identitySourceId: string, options?: CallOptions): Operations["createIdentitySourceSession"]["result"];
  /** `GET /api/v1/identity-sources/{identitySourceId}/sessions/{sessionId}` (`getIdentitySourceSession`) */
  getSession(identitySourceId: string, sessionId: string, options?: CallOptions): Operations["getIdentitySourceSession"]["result"];
  /** `DELETE /api/v1/identity-sources/{identitySourceId}/sessions/{sessionId}` (`deleteIdentitySourceSession`) */
  deleteSession(identitySourceId: string, sessionId: string, options?: CallOptions): Operations["deleteIdentitySourceSession"]["result"];
  /** `POST /api/v1/identity-sources/{identitySourceId}/sessions/{sessionId}/bulk-delete` (`uploadIdentitySourceDataForDelete`) */
  uploadDataForDelete(identitySourceId: string, sessionId: string, body?: Operations["uploadIdentitySourceDataForDelete"]["args"]["body"], options?: CallOptions): Operations["uploadIdentitySourceDataForDelete"]["result"];
  /** `POST /api/v1/identity-sources/{identitySourceId}/sessions/{sessionId}/bulk-group-memberships-delete` (`uploadIdentitySourceGroupMembershipsForDelete`) */
  uploadGroupMembershipsForDelete(identitySourceId: string, sessionId: string, body?: Operations["uploadIdentitySourceGroupMembershipsForDelete"]["args"]["body"], options?: CallOptions): Operations["uploadIdentitySourceGroupMembershipsForDelete"]["result"];
  /** `POST /api/v1/identity-sources/{identitySourceId}/sessions/{sessionId}/bulk-group-memberships-upsert` (`uploadIdentitySourceGroupMembershipsForUpsert`) */
  uploadGroupMembershipsForUpsert(identitySourceId: string, sessionId: string, body?: Operations["uploadIdentitySourceGroupMembershipsForUpsert"]["args"]["body"], options?: CallOptions): Operations["uploadIdentitySourceGroupMembershipsForUpsert"]["result"];
  /** `POST /api/v1/identity-sources/{identitySourceId}/sessions/{sessionId}/bulk-groups-delete` (`uploadIdentitySourceGroupsDataForDelete`) */
  uploadGroupsDataForDelete(identitySourceId: string, sessionId: string, body?: Operations["uploadIdentitySourceGroupsDataForDelete"]["args"]["body"], options?: CallOptions): Operations["uploadIdentitySourceGroupsDataForDelete"]["result"];
  /** `POST /api/v1/identity-sources/{identitySourceId}/sessions/{sessionId}/bulk-groups-upsert` (`uploadIdentitySourceGroupsForUpsert`) */
  uploadGroupsForUpsert(identitySourceId: string, sessionId: string, body?: Operations["uploadIdentitySourceGroupsForUpsert"]["args"]["body"], options?: CallOptions): Operations["uploadIdentitySourceGroupsForUpsert"]["result"];
  /** `POST /api/v1/identity-sources/{identitySourceId}/sessions/{sessionId}/bulk-upsert` (`uploadIdentitySourceDataForUpsert`) */
  uploadDataForUpsert(identitySourceId: string, sessionId: string, body?: Operations["uploadIdentitySourceDataForUpsert"]["args"]["body"], options?: CallOptions): Operations["uploadIdentitySourceDataForUpsert"]["result"];
  /** `POST /api/v1/identity-sources/{identitySourceId}/sessions/{sessionId}/start-import` (`startImportFromIdentitySource`) */
  startImport(identitySourceId: string, sessionId: string, options?: CallOptions): Operations["startImportFromIdentitySource"]["result"];
  /** `POST /api/v1/identity-sources/{identitySourceId}/users` (`createIdentitySourceUser`) */
  createUser(identitySourceId: string, body?: Operations["createIdentitySourceUser"]["args"]["body"], options?: CallOptions): Operations["createIdentitySourceUser"]["result"];
  /** `GET /api/v1/identity-sources/{identitySourceId}/users/{externalId}` (`getIdentitySourceUser`) */
  getUser(identitySourceId: string, externalId: string, options?: CallOptions): Operations["getIdentitySourceUser"]["result"];
  /** `PUT /api/v1/identity-sources/{identitySourceId}/users/{externalId}` (`replaceExistingIdentitySourceUser`) */
  replaceExistingUser(identitySourceId: string, externalId: string, body?: Operations["replaceExistingIdentitySourceUser"]["args"]["body"], options?: CallOptions): Operations["replaceExistingIdentitySourceUser"]["result"];
  /** `PATCH /api/v1/identity-sources/{identitySourceId}/users/{externalId}` (`updateIdentitySourceUsers`) */
  updateUsers(identitySourceId: string, externalId: string, body?: Operations["updateIdentitySourceUsers"]["args"]["body"], options?: CallOptions): Operations["updateIdentitySourceUsers"]["result"];
  /** `DELETE /api/v1/identity-sources/{identitySourceId}/users/{externalId}` (`deleteIdentitySourceUser`) */
  deleteUser(identitySourceId: string, externalId: string, options?: CallOptions): Operations["deleteIdentitySourceUser"]["result"];
}

/** The `okta.idps` namespace. */
export interface IdpsApi {
  /** `GET /api/v1/idps` (`listIdentityProviders`) */
  list(options?: CallOptions): Operations["listIdentityProviders"]["result"];
  /** `POST /api/v1/idps` (`createIdentityProvider`) */
  create(body: Operations["createIdentityProvider"]["args"]["body"], options?: CallOptions): Operations["createIdentityProvider"]["result"];
  /** `okta.idps.keys` */
  readonly keys: IdpsKeysApi;
  /** `GET /api/v1/idps/{idpId}` (`getIdentityProvider`) */
  get(idpId: string, options?: CallOptions): Operations["getIdentityProvider"]["result"];
  /** `PUT /api/v1/idps/{idpId}` (`replaceIdentityProvider`) */
  replace(idpId: string, body: Operations["replaceIdentityProvider"]["args"]["body"], options?: CallOptions): Operations["replaceIdentityProvider"]["result"];
  /** `DELETE /api/v1/idps/{idpId}` (`deleteIdentityProvider`) */
  delete(idpId: string, options?: CallOptions): Operations["deleteIdentityProvider"]["result"];
  /** `okta.idps.signingKeys` */
  readonly signingKeys: IdpsSigningKeysApi;
  /** `POST /api/v1/idps/{idpId}/lifecycle/activate` (`activateIdentityProvider`) */
  activate(idpId: string, options?: CallOptions): Operations["activateIdentityProvider"]["result"];
  /** `POST /api/v1/idps/{idpId}/lifecycle/deactivate` (`deactivateIdentityProvider`) */
  deactivate(idpId: string, options?: CallOptions): Operations["deactivateIdentityProvider"]["result"];
  /** `okta.idps.users` */
  readonly users: IdpsUsersApi;
}

/** The `okta.idps.keys` namespace. */
export interface IdpsKeysApi {
  /** `GET /api/v1/idps/credentials/keys` (`listIdentityProviderKeys`) */
  list(options?: CallOptions): Operations["listIdentityProviderKeys"]["result"];
  /** `POST /api/v1/idps/credentials/keys` (`createIdentityProviderKey`) */
  create(body: Operations["createIdentityProviderKey"]["args"]["body"], options?: CallOptions): Operations["createIdentityProviderKey"]["result"];
  /** `GET /api/v1/idps/credentials/keys/{kid}` (`getIdentityProviderKey`) */
  get(kid: string, options?: CallOptions): Operations["getIdentityProviderKey"]["result"];
  /** `PUT /api/v1/idps/credentials/keys/{kid}` (`replaceIdentityProviderKey`) */
  replace(kid: string, body: Operations["replaceIdentityProviderKey"]["args"]["body"], options?: CallOptions): Operations["replaceIdentityProviderKey"]["result"];
  /** `DELETE /api/v1/idps/credentials/keys/{kid}` (`deleteIdentityProviderKey`) */
  delete(kid: string, options?: CallOptions): Operations["deleteIdentityProviderKey"]["result"];
}

/** The `okta.idps.signingKeys` namespace. */
export interface IdpsSigningKeysApi {
  /** `GET /api/v1/idps/{idpId}/credentials/csrs` (`listCsrsForIdentityProvider`) */
  listCsrs(idpId: string, options?: CallOptions): Operations["listCsrsForIdentityProvider"]["result"];
  /** `POST /api/v1/idps/{idpId}/credentials/csrs` (`generateCsrForIdentityProvider`) */
  generateCsr(idpId: string, body: Operations["generateCsrForIdentityProvider"]["args"]["body"], options?: CallOptions): Operations["generateCsrForIdentityProvider"]["result"];
  /** `GET /api/v1/idps/{idpId}/credentials/csrs/{idpCsrId}` (`getCsrForIdentityProvider`) */
  getCsr(idpId: string, idpCsrId: string, options?: CallOptions): Operations["getCsrForIdentityProvider"]["result"];
  /** `DELETE /api/v1/idps/{idpId}/credentials/csrs/{idpCsrId}` (`revokeCsrForIdentityProvider`) */
  revokeCsr(idpId: string, idpCsrId: string, options?: CallOptions): Operations["revokeCsrForIdentityProvider"]["result"];
  /** `POST /api/v1/idps/{idpId}/credentials/csrs/{idpCsrId}/lifecycle/publish` (`publishCsrForIdentityProvider`) */
  publishCsr(idpId: string, idpCsrId: string, body: Operations["publishCsrForIdentityProvider"]["args"]["body"], options?: CallOptions): Operations["publishCsrForIdentityProvider"]["result"];
  /** `GET /api/v1/idps/{idpId}/credentials/keys` (`listIdentityProviderSigningKeys`) */
  list(idpId: string, options?: CallOptions): Operations["listIdentityProviderSigningKeys"]["result"];
  /** `GET /api/v1/idps/{idpId}/credentials/keys/active` (`listActiveIdentityProviderSigningKey`) */
  listActive(idpId: string, options?: CallOptions): Operations["listActiveIdentityProviderSigningKey"]["result"];
  /** `POST /api/v1/idps/{idpId}/credentials/keys/generate` (`generateIdentityProviderSigningKey`) */
  generate(idpId: string, options?: CallOptions): Operations["generateIdentityProviderSigningKey"]["result"];
  /** `GET /api/v1/idps/{idpId}/credentials/keys/{kid}` (`getIdentityProviderSigningKey`) */
  get(idpId: string, kid: string, options?: CallOptions): Operations["getIdentityProviderSigningKey"]["result"];
  /** `POST /api/v1/idps/{idpId}/credentials/keys/{kid}/clone` (`cloneIdentityProviderKey`) */
  clone(idpId: string, kid: string, options?: CallOptions): Operations["cloneIdentityProviderKey"]["result"];
}

/** The `okta.idps.users` namespace. */
export interface IdpsUsersApi {
  /** `GET /api/v1/idps/{idpId}/users` (`listIdentityProviderApplicationUsers`) */
  listApplication(idpId: string, options?: CallOptions): Operations["listIdentityProviderApplicationUsers"]["result"];
  /** `GET /api/v1/idps/{idpId}/users/{userId}` (`getIdentityProviderApplicationUser`) */
  getApplication(idpId: string, userId: string, options?: CallOptions): Operations["getIdentityProviderApplicationUser"]["result"];
  /** `POST /api/v1/idps/{idpId}/users/{userId}` (`linkUserToIdentityProvider`) */
  link(idpId: string, userId: string, body: Operations["linkUserToIdentityProvider"]["args"]["body"], options?: CallOptions): Operations["linkUserToIdentityProvider"]["result"];
  /** `DELETE /api/v1/idps/{idpId}/users/{userId}` (`unlinkUserFromIdentityProvider`) */
  unlink(idpId: string, userId: string, options?: CallOptions): Operations["unlinkUserFromIdentityProvider"]["result"];
  /** `GET /api/v1/idps/{idpId}/users/{userId}/credentials/tokens` (`listSocialAuthTokens`) */
  listSocialAuthTokens(idpId: string, userId: string, options?: CallOptions): Operations["listSocialAuthTokens"]["result"];
  /** `GET /api/v1/users/{id}/idps` (`listUserIdentityProviders`) */
  list(id: string, options?: CallOptions): Operations["listUserIdentityProviders"]["result"];
}

/** The `okta.inlineHooks` namespace. */
export interface InlineHooksApi {
  /** `GET /api/v1/inlineHooks` (`listInlineHooks`) */
  list(options?: CallOptions): Operations["listInlineHooks"]["result"];
  /** `POST /api/v1/inlineHooks` (`createInlineHook`) */
  create(body: Operations["createInlineHook"]["args"]["body"], options?: CallOptions): Operations["createInlineHook"]["result"];
  /** `GET /api/v1/inlineHooks/{inlineHookId}` (`getInlineHook`) */
  get(inlineHookId: string, options?: CallOptions): Operations["getInlineHook"]["result"];
  /** `POST /api/v1/inlineHooks/{inlineHookId}` (`updateInlineHook`) */
  update(inlineHookId: string, body: Operations["updateInlineHook"]["args"]["body"], options?: CallOptions): Operations["updateInlineHook"]["result"];
  /** `PUT /api/v1/inlineHooks/{inlineHookId}` (`replaceInlineHook`) */
  replace(inlineHookId: string, body: Operations["replaceInlineHook"]["args"]["body"], options?: CallOptions): Operations["replaceInlineHook"]["result"];
  /** `DELETE /api/v1/inlineHooks/{inlineHookId}` (`deleteInlineHook`) */
  delete(inlineHookId: string, options?: CallOptions): Operations["deleteInlineHook"]["result"];
  /** `POST /api/v1/inlineHooks/{inlineHookId}/execute` (`executeInlineHook`) */
  execute(inlineHookId: string, body: Operations["executeInlineHook"]["args"]["body"], options?: CallOptions): Operations["executeInlineHook"]["result"];
  /** `POST /api/v1/inlineHooks/{inlineHookId}/lifecycle/activate` (`activateInlineHook`) */
  activate(inlineHookId: string, options?: CallOptions): Operations["activateInlineHook"]["result"];
  /** `POST /api/v1/inlineHooks/{inlineHookId}/lifecycle/deactivate` (`deactivateInlineHook`) */
  deactivate(inlineHookId: string, options?: CallOptions): Operations["deactivateInlineHook"]["result"];
}

/** The `okta.linkedObjects` namespace. */
export interface LinkedObjectsApi {
  /** `GET /api/v1/meta/schemas/user/linkedObjects` (`listLinkedObjectDefinitions`) */
  listDefinitions(options?: CallOptions): Operations["listLinkedObjectDefinitions"]["result"];
  /** `POST /api/v1/meta/schemas/user/linkedObjects` (`createLinkedObjectDefinition`) */
  createDefinition(body: Operations["createLinkedObjectDefinition"]["args"]["body"], options?: CallOptions): Operations["createLinkedObjectDefinition"]["result"];
  /** `GET /api/v1/meta/schemas/user/linkedObjects/{linkedObjectName}` (`getLinkedObjectDefinition`) */
  getDefinition(linkedObjectName: string, options?: CallOptions): Operations["getLinkedObjectDefinition"]["result"];
  /** `DELETE /api/v1/meta/schemas/user/linkedObjects/{linkedObjectName}` (`deleteLinkedObjectDefinition`) */
  deleteDefinition(linkedObjectName: string, options?: CallOptions): Operations["deleteLinkedObjectDefinition"]["result"];
}

/** The `okta.logStreams` namespace. */
export interface LogStreamsApi {
  /** `GET /api/v1/logStreams` (`listLogStreams`) */
  list(options?: CallOptions): Operations["listLogStreams"]["result"];
  /** `POST /api/v1/logStreams` (`createLogStream`) */
  create(body: Operations["createLogStream"]["args"]["body"], options?: CallOptions): Operations["createLogStream"]["result"];
  /** `GET /api/v1/logStreams/{logStreamId}` (`getLogStream`) */
  get(logStreamId: string, options?: CallOptions): Operations["getLogStream"]["result"];
  /** `PUT /api/v1/logStreams/{logStreamId}` (`replaceLogStream`) */
  replace(logStreamId: string, body: Operations["replaceLogStream"]["args"]["body"], options?: CallOptions): Operations["replaceLogStream"]["result"];
  /** `DELETE /api/v1/logStreams/{logStreamId}` (`deleteLogStream`) */
  delete(logStreamId: string, options?: CallOptions): Operations["deleteLogStream"]["result"];
  /** `POST /api/v1/logStreams/{logStreamId}/lifecycle/activate` (`activateLogStream`) */
  activate(logStreamId: string, options?: CallOptions): Operations["activateLogStream"]["result"];
  /** `POST /api/v1/logStreams/{logStreamId}/lifecycle/deactivate` (`deactivateLogStream`) */
  deactivate(logStreamId: string, options?: CallOptions): Operations["deactivateLogStream"]["result"];
}

/** The `okta.logs` namespace. */
export interface LogsApi {
  /** `GET /api/v1/logs` (`listLogEvents`) */
  list(options?: CallOptions): Operations["listLogEvents"]["result"];
}

/** The `okta.mappings` namespace. */
export interface MappingsApi {
  /** `GET /api/v1/mappings` (`listProfileMappings`) */
  list(options?: CallOptions): Operations["listProfileMappings"]["result"];
  /** `GET /api/v1/mappings/{mappingId}` (`getProfileMapping`) */
  get(mappingId: string, options?: CallOptions): Operations["getProfileMapping"]["result"];
  /** `POST /api/v1/mappings/{mappingId}` (`updateProfileMapping`) */
  update(mappingId: string, body: Operations["updateProfileMapping"]["args"]["body"], options?: CallOptions): Operations["updateProfileMapping"]["result"];
}

/** The `okta.oktaApplicationSettings` namespace. */
export interface OktaApplicationSettingsApi {
  /** `GET /api/v1/first-party-app-settings/{appName}` (`getFirstPartyAppSettings`) */
  getFirstPartyApp(appName: string, options?: CallOptions): Operations["getFirstPartyAppSettings"]["result"];
  /** `PUT /api/v1/first-party-app-settings/{appName}` (`replaceFirstPartyAppSettings`) */
  replaceFirstPartyApp(appName: string, body: Operations["replaceFirstPartyAppSettings"]["args"]["body"], options?: CallOptions): Operations["replaceFirstPartyAppSettings"]["result"];
}

/** The `okta.oktaManagedUserAccount` namespace. */
export interface OktaManagedUserAccountApi {
  /** `GET /privileged-access/api/v1/okta-service-accounts` (`listOktaManagedUserAccounts`) */
  list(options?: CallOptions): Operations["listOktaManagedUserAccounts"]["result"];
  /** `POST /privileged-access/api/v1/okta-service-accounts` (`createOktaManagedUserAccount`) */
  create(body: Operations["createOktaManagedUserAccount"]["args"]["body"], options?: CallOptions): Operations["createOktaManagedUserAccount"]["result"];
  /** `GET /privileged-access/api/v1/okta-service-accounts/{id}` (`getOktaManagedUserAccount`) */
  get(id: string, options?: CallOptions): Operations["getOktaManagedUserAccount"]["result"];
  /** `PATCH /privileged-access/api/v1/okta-service-accounts/{id}` (`updateOktaManagedUserAccount`) */
  update(id: string, body?: Operations["updateOktaManagedUserAccount"]["args"]["body"], options?: CallOptions): Operations["updateOktaManagedUserAccount"]["result"];
  /** `DELETE /privileged-access/api/v1/okta-service-accounts/{id}` (`deleteOktaManagedUserAccount`) */
  delete(id: string, options?: CallOptions): Operations["deleteOktaManagedUserAccount"]["result"];
}

/** The `okta.oktaPersonalSettings` namespace. */
export interface OktaPersonalSettingsApi {
  /** `PUT /okta-personal-settings/api/v1/edit-feature` (`replaceOktaPersonalAdminSettings`) */
  replaceAdmin(body: Operations["replaceOktaPersonalAdminSettings"]["args"]["body"], options?: CallOptions): Operations["replaceOktaPersonalAdminSettings"]["result"];
  /** `GET /okta-personal-settings/api/v1/export-blocklists` (`listPersonalAppsExportBlockList`) */
  listAppsExportBlockList(options?: CallOptions): Operations["listPersonalAppsExportBlockList"]["result"];
  /** `PUT /okta-personal-settings/api/v1/export-blocklists` (`replaceBlockedEmailDomains`) */
  replaceBlockedEmailDomains(body: Operations["replaceBlockedEmailDomains"]["args"]["body"], options?: CallOptions): Operations["replaceBlockedEmailDomains"]["result"];
}

/** The `okta.operationsIntegration` namespace. */
export interface OperationsIntegrationApi {
  /** `GET /api/v1/operations/{operationId}` (`getOperationStatus`) */
  getStatus(operationId: string, options?: CallOptions): Operations["getOperationStatus"]["result"];
}

/** The `okta.org` namespace. */
export interface OrgApi {
  /** `okta.org.metadata` */
  readonly metadata: OrgMetadataApi;
  /** `okta.org.general` */
  readonly general: OrgGeneralApi;
  /** `okta.org.contact` */
  readonly contact: OrgContactApi;
  /** `okta.org.admin` */
  readonly admin: OrgAdminApi;
  /** `okta.org.customization` */
  readonly customization: OrgCustomizationApi;
  /** `okta.org.support` */
  readonly support: OrgSupportApi;
  /** `okta.org.communication` */
  readonly communication: OrgCommunicationApi;
  /** `okta.org.creator` */
  readonly creator: OrgCreatorApi;
  /** `POST /api/v1/org/logo` (`updateOrgLogo`) */
  updateLogo(body?: Operations["updateOrgLogo"]["args"]["body"], options?: CallOptions): Operations["updateOrgLogo"]["result"];
}

/** The `okta.org.admin` namespace. */
export interface OrgAdminApi {
  /** `GET /api/v1/org/orgSettings/thirdPartyAdminSetting` (`getThirdPartyAdminSetting`) */
  getThirdParty(options?: CallOptions): Operations["getThirdPartyAdminSetting"]["result"];
  /** `POST /api/v1/org/orgSettings/thirdPartyAdminSetting` (`updateThirdPartyAdminSetting`) */
  updateThirdParty(body: Operations["updateThirdPartyAdminSetting"]["args"]["body"], options?: CallOptions): Operations["updateThirdPartyAdminSetting"]["result"];
  /** `GET /api/v1/org/settings/autoAssignAdminAppSetting` (`getAutoAssignAdminAppSetting`) */
  getAutoAssignApp(options?: CallOptions): Operations["getAutoAssignAdminAppSetting"]["result"];
  /** `POST /api/v1/org/settings/autoAssignAdminAppSetting` (`updateAutoAssignAdminAppSetting`) */
  updateAutoAssignApp(body?: Operations["updateAutoAssignAdminAppSetting"]["args"]["body"], options?: CallOptions): Operations["updateAutoAssignAdminAppSetting"]["result"];
  /** `GET /api/v1/org/settings/clientPrivilegesSetting` (`getClientPrivilegesSetting`) */
  getClientPrivileges(options?: CallOptions): Operations["getClientPrivilegesSetting"]["result"];
  /** `PUT /api/v1/org/settings/clientPrivilegesSetting` (`assignClientPrivilegesSetting`) */
  assignClientPrivileges(body?: Operations["assignClientPrivilegesSetting"]["args"]["body"], options?: CallOptions): Operations["assignClientPrivilegesSetting"]["result"];
}

/** The `okta.org.communication` namespace. */
export interface OrgCommunicationApi {
  /** `GET /api/v1/org/privacy/oktaCommunication` (`getOktaCommunicationSettings`) */
  getOkta(options?: CallOptions): Operations["getOktaCommunicationSettings"]["result"];
  /** `POST /api/v1/org/privacy/oktaCommunication/optIn` (`optInUsersToOktaCommunicationEmails`) */
  optInUsersToOktaEmails(options?: CallOptions): Operations["optInUsersToOktaCommunicationEmails"]["result"];
  /** `POST /api/v1/org/privacy/oktaCommunication/optOut` (`optOutUsersFromOktaCommunicationEmails`) */
  optOutUsersFromOktaEmails(options?: CallOptions): Operations["optOutUsersFromOktaCommunicationEmails"]["result"];
}

/** The `okta.org.contact` namespace. */
export interface OrgContactApi {
  /** `GET /api/v1/org/contacts` (`listOrgContactTypes`) */
  listTypes(options?: CallOptions): Operations["listOrgContactTypes"]["result"];
  /** `GET /api/v1/org/contacts/{contactType}` (`getOrgContactUser`) */
  getUser(contactType: string, options?: CallOptions): Operations["getOrgContactUser"]["result"];
  /** `PUT /api/v1/org/contacts/{contactType}` (`replaceOrgContactUser`) */
  replaceUser(contactType: string, body: Operations["replaceOrgContactUser"]["args"]["body"], options?: CallOptions): Operations["replaceOrgContactUser"]["result"];
}

/** The `okta.org.creator` namespace. */
export interface OrgCreatorApi {
  /** `POST /api/v1/orgs` (`createChildOrg`) */
  createChild(body?: Operations["createChildOrg"]["args"]["body"], options?: CallOptions): Operations["createChildOrg"]["result"];
}

/** The `okta.org.customization` namespace. */
export interface OrgCustomizationApi {
  /** `GET /api/v1/org/preferences` (`getOrgPreferences`) */
  getPreferences(options?: CallOptions): Operations["getOrgPreferences"]["result"];
  /** `POST /api/v1/org/preferences/hideEndUserFooter` (`setOrgHideOktaUIFooter`) */
  setHideOktaUiFooter(options?: CallOptions): Operations["setOrgHideOktaUIFooter"]["result"];
  /** `POST /api/v1/org/preferences/showEndUserFooter` (`setOrgShowOktaUIFooter`) */
  setShowOktaUiFooter(options?: CallOptions): Operations["setOrgShowOktaUIFooter"]["result"];
}

/** The `okta.org.general` namespace. */
export interface OrgGeneralApi {
  /** `GET /api/v1/org` (`getOrgSettings`) */
  get(options?: CallOptions): Operations["getOrgSettings"]["result"];
  /** `POST /api/v1/org` (`updateOrgSettings`) */
  update(body?: Operations["updateOrgSettings"]["args"]["body"], options?: CallOptions): Operations["updateOrgSettings"]["result"];
  /** `PUT /api/v1/org` (`replaceOrgSettings`) */
  replace(body: Operations["replaceOrgSettings"]["args"]["body"], options?: CallOptions): Operations["replaceOrgSettings"]["result"];
}

/** The `okta.org.metadata` namespace. */
export interface OrgMetadataApi {
  /** `GET /.well-known/okta-organization` (`getWellknownOrgMetadata`) */
  getWellknown(options?: CallOptions): Operations["getWellknownOrgMetadata"]["result"];
}

/** The `okta.org.support` namespace. */
export interface OrgSupportApi {
  /** `GET /api/v1/org/privacy/aerial` (`getAerialConsent`) */
  getAerialConsent(options?: CallOptions): Operations["getAerialConsent"]["result"];
  /** `POST /api/v1/org/privacy/aerial/grant` (`grantAerialConsent`) */
  grantAerialConsent(body?: Operations["grantAerialConsent"]["args"]["body"], options?: CallOptions): Operations["grantAerialConsent"]["result"];
  /** `POST /api/v1/org/privacy/aerial/revoke` (`revokeAerialConsent`) */
  revokeAerialConsent(body?: Operations["revokeAerialConsent"]["args"]["body"], options?: CallOptions): Operations["revokeAerialConsent"]["result"];
  /** `GET /api/v1/org/privacy/oktaSupport` (`getOrgOktaSupportSettings`) */
  getOkta(options?: CallOptions): Operations["getOrgOktaSupportSettings"]["result"];
  /** `GET /api/v1/org/privacy/oktaSupport/cases` (`listOktaSupportCases`) */
  listOktaCases(options?: CallOptions): Operations["listOktaSupportCases"]["result"];
  /** `PATCH /api/v1/org/privacy/oktaSupport/cases/{caseNumber}` (`updateOktaSupportCase`) */
  updateOktaCase(caseNumber: string, body?: Operations["updateOktaSupportCase"]["args"]["body"], options?: CallOptions): Operations["updateOktaSupportCase"]["result"];
  /** `POST /api/v1/org/privacy/oktaSupport/extend` (`extendOktaSupport`) */
  extendOkta(options?: CallOptions): Operations["extendOktaSupport"]["result"];
  /** `POST /api/v1/org/privacy/oktaSupport/grant` (`grantOktaSupport`) */
  grantOkta(options?: CallOptions): Operations["grantOktaSupport"]["result"];
  /** `POST /api/v1/org/privacy/oktaSupport/revoke` (`revokeOktaSupport`) */
  revokeOkta(options?: CallOptions): Operations["revokeOktaSupport"]["result"];
}

/** The `okta.policies` namespace. */
export interface PoliciesApi {
  /** `GET /api/v1/policies` (`listPolicies`) */
  list(options?: CallOptions): Operations["listPolicies"]["result"];
  /** `POST /api/v1/policies` (`createPolicy`) */
  create(body: Operations["createPolicy"]["args"]["body"], options?: CallOptions): Operations["createPolicy"]["result"];
  /** `POST /api/v1/policies/simulate` (`createPolicySimulation`) */
  createSimulation(body: Operations["createPolicySimulation"]["args"]["body"], options?: CallOptions): Operations["createPolicySimulation"]["result"];
  /** `GET /api/v1/policies/{policyId}` (`getPolicy`) */
  get(policyId: string, options?: CallOptions): Operations["getPolicy"]["result"];
  /** `PUT /api/v1/policies/{policyId}` (`replacePolicy`) */
  replace(policyId: string, body: Operations["replacePolicy"]["args"]["body"], options?: CallOptions): Operations["replacePolicy"]["result"];
  /** `DELETE /api/v1/policies/{policyId}` (`deletePolicy`) */
  delete(policyId: string, options?: CallOptions): Operations["deletePolicy"]["result"];
  /** `GET /api/v1/policies/{policyId}/app` (`listPolicyApps`) */
  listApps(policyId: string, options?: CallOptions): Operations["listPolicyApps"]["result"];
  /** `POST /api/v1/policies/{policyId}/clone` (`clonePolicy`) */
  clone(policyId: string, options?: CallOptions): Operations["clonePolicy"]["result"];
  /** `POST /api/v1/policies/{policyId}/lifecycle/activate` (`activatePolicy`) */
  activate(policyId: string, options?: CallOptions): Operations["activatePolicy"]["result"];
  /** `POST /api/v1/policies/{policyId}/lifecycle/deactivate` (`deactivatePolicy`) */
  deactivate(policyId: string, options?: CallOptions): Operations["deactivatePolicy"]["result"];
  /** `GET /api/v1/policies/{policyId}/mappings` (`listPolicyMappings`) */
  listMappings(policyId: string, options?: CallOptions): Operations["listPolicyMappings"]["result"];
  /** `POST /api/v1/policies/{policyId}/mappings` (`mapResourceToPolicy`) */
  mapResource(policyId: string, body: Operations["mapResourceToPolicy"]["args"]["body"], options?: CallOptions): Operations["mapResourceToPolicy"]["result"];
  /** `GET /api/v1/policies/{policyId}/mappings/{mappingId}` (`getPolicyMapping`) */
  getMapping(policyId: string, mappingId: string, options?: CallOptions): Operations["getPolicyMapping"]["result"];
  /** `DELETE /api/v1/policies/{policyId}/mappings/{mappingId}` (`deletePolicyResourceMapping`) */
  deleteResourceMapping(policyId: string, mappingId: string, options?: CallOptions): Operations["deletePolicyResourceMapping"]["result"];
  /** `GET /api/v1/policies/{policyId}/rules` (`listPolicyRules`) */
  listRules(policyId: string, options?: CallOptions): Operations["listPolicyRules"]["result"];
  /** `POST /api/v1/policies/{policyId}/rules` (`createPolicyRule`) */
  createRule(policyId: string, body: Operations["createPolicyRule"]["args"]["body"], options?: CallOptions): Operations["createPolicyRule"]["result"];
  /** `GET /api/v1/policies/{policyId}/rules/{ruleId}` (`getPolicyRule`) */
  getRule(policyId: string, ruleId: string, options?: CallOptions): Operations["getPolicyRule"]["result"];
  /** `PUT /api/v1/policies/{policyId}/rules/{ruleId}` (`replacePolicyRule`) */
  replaceRule(policyId: string, ruleId: string, body: Operations["replacePolicyRule"]["args"]["body"], options?: CallOptions): Operations["replacePolicyRule"]["result"];
  /** `DELETE /api/v1/policies/{policyId}/rules/{ruleId}` (`deletePolicyRule`) */
  deleteRule(policyId: string, ruleId: string, options?: CallOptions): Operations["deletePolicyRule"]["result"];
  /** `POST /api/v1/policies/{policyId}/rules/{ruleId}/lifecycle/activate` (`activatePolicyRule`) */
  activateRule(policyId: string, ruleId: string, options?: CallOptions): Operations["activatePolicyRule"]["result"];
  /** `POST /api/v1/policies/{policyId}/rules/{ruleId}/lifecycle/deactivate` (`deactivatePolicyRule`) */
  deactivateRule(policyId: string, ruleId: string, options?: CallOptions): Operations["deactivatePolicyRule"]["result"];
}

/** The `okta.principalRateLimits` namespace. */
export interface PrincipalRateLimitsApi {
  /** `GET /api/v1/principal-rate-limits` (`listPrincipalRateLimitEntities`) */
  listEntities(options?: CallOptions): Operations["listPrincipalRateLimitEntities"]["result"];
  /** `POST /api/v1/principal-rate-limits` (`createPrincipalRateLimitEntity`) */
  createEntity(body: Operations["createPrincipalRateLimitEntity"]["args"]["body"], options?: CallOptions): Operations["createPrincipalRateLimitEntity"]["result"];
  /** `GET /api/v1/principal-rate-limits/{principalRateLimitId}` (`getPrincipalRateLimitEntity`) */
  getEntity(principalRateLimitId: string, options?: CallOptions): Operations["getPrincipalRateLimitEntity"]["result"];
  /** `PUT /api/v1/principal-rate-limits/{principalRateLimitId}` (`replacePrincipalRateLimitEntity`) */
  replaceEntity(principalRateLimitId: string, body: Operations["replacePrincipalRateLimitEntity"]["args"]["body"], options?: CallOptions): Operations["replacePrincipalRateLimitEntity"]["result"];
}

/** The `okta.privilegedResource` namespace. */
export interface PrivilegedResourceApi {
  /** `POST /privileged-access/api/v1/containers/{containerId}/prepare-resources` (`preparePrivilegedResourcesToBeFetched`) */
  prepareBeFetched(containerId: string, options?: CallOptions): Operations["preparePrivilegedResourcesToBeFetched"]["result"];
  /** `PUT /privileged-access/api/v1/containers/{containerId}/resource-filter-criteria` (`replaceFiltersForPrivilegedResourceIdentification`) */
  replaceFiltersForIdentification(containerId: string, body: Operations["replaceFiltersForPrivilegedResourceIdentification"]["args"]["body"], options?: CallOptions): Operations["replaceFiltersForPrivilegedResourceIdentification"]["result"];
  /** `GET /privileged-access/api/v1/containers/{containerId}/resources` (`getPrivilegedResources`) */
  get(containerId: string, options?: CallOptions): Operations["getPrivilegedResources"]["result"];
  /** `POST /privileged-access/api/v1/resources` (`createPrivilegedResource`) */
  create(body: Operations["createPrivilegedResource"]["args"]["body"], options?: CallOptions): Operations["createPrivilegedResource"]["result"];
  /** `GET /privileged-access/api/v1/resources/{id}` (`getPrivilegedResource`) */
  getPrivilegedResource(id: string, options?: CallOptions): Operations["getPrivilegedResource"]["result"];
  /** `PUT /privileged-access/api/v1/resources/{id}` (`replacePrivilegedResource`) */
  replace(id: string, body: Operations["replacePrivilegedResource"]["args"]["body"], options?: CallOptions): Operations["replacePrivilegedResource"]["result"];
  /** `DELETE /privileged-access/api/v1/resources/{id}` (`deletePrivilegedResource`) */
  delete(id: string, options?: CallOptions): Operations["deletePrivilegedResource"]["result"];
  /** `POST /privileged-access/api/v1/resources/{id}/claim` (`claimPrivilegedResource`) */
  claim(id: string, options?: CallOptions): Operations["claimPrivilegedResource"]["result"];
  /** `POST /privileged-access/api/v1/resources/{id}/rotate-password` (`rotatePasswordForPrivilegedResource`) */
  rotatePassword(id: string, body: Operations["rotatePasswordForPrivilegedResource"]["args"]["body"], options?: CallOptions): Operations["rotatePasswordForPrivilegedResource"]["result"];
}

/** The `okta.pushProviders` namespace. */
export interface PushProvidersApi {
  /** `GET /api/v1/push-providers` (`listPushProviders`) */
  list(options?: CallOptions): Operations["listPushProviders"]["result"];
  /** `POST /api/v1/push-providers` (`createPushProvider`) */
  create(body: Operations["createPushProvider"]["args"]["body"], options?: CallOptions): Operations["createPushProvider"]["result"];
  /** `GET /api/v1/push-providers/{pushProviderId}` (`getPushProvider`) */
  get(pushProviderId: string, options?: CallOptions): Operations["getPushProvider"]["result"];
  /** `PUT /api/v1/push-providers/{pushProviderId}` (`replacePushProvider`) */
  replace(pushProviderId: string, body: Operations["replacePushProvider"]["args"]["body"], options?: CallOptions): Operations["replacePushProvider"]["result"];
  /** `DELETE /api/v1/push-providers/{pushProviderId}` (`deletePushProvider`) */
  delete(pushProviderId: string, options?: CallOptions): Operations["deletePushProvider"]["result"];
}

/** The `okta.rateLimitSettings` namespace. */
export interface RateLimitSettingsApi {
  /** `GET /api/v1/rate-limit-settings/admin-notifications` (`getRateLimitSettingsAdminNotifications`) */
  getAdminNotifications(options?: CallOptions): Operations["getRateLimitSettingsAdminNotifications"]["result"];
  /** `PUT /api/v1/rate-limit-settings/admin-notifications` (`replaceRateLimitSettingsAdminNotifications`) */
  replaceAdminNotifications(body: Operations["replaceRateLimitSettingsAdminNotifications"]["args"]["body"], options?: CallOptions): Operations["replaceRateLimitSettingsAdminNotifications"]["result"];
  /** `GET /api/v1/rate-limit-settings/per-client` (`getRateLimitSettingsPerClient`) */
  getPerClient(options?: CallOptions): Operations["getRateLimitSettingsPerClient"]["result"];
  /** `PUT /api/v1/rate-limit-settings/per-client` (`replaceRateLimitSettingsPerClient`) */
  replacePerClient(body: Operations["replaceRateLimitSettingsPerClient"]["args"]["body"], options?: CallOptions): Operations["replaceRateLimitSettingsPerClient"]["result"];
  /** `GET /api/v1/rate-limit-settings/warning-threshold` (`getRateLimitSettingsWarningThreshold`) */
  getWarningThreshold(options?: CallOptions): Operations["getRateLimitSettingsWarningThreshold"]["result"];
  /** `PUT /api/v1/rate-limit-settings/warning-threshold` (`replaceRateLimitSettingsWarningThreshold`) */
  replaceWarningThreshold(body?: Operations["replaceRateLimitSettingsWarningThreshold"]["args"]["body"], options?: CallOptions): Operations["replaceRateLimitSettingsWarningThreshold"]["result"];
}

/** The `okta.realms` namespace. */
export interface RealmsApi {
  /** `okta.realms.assignments` */
  readonly assignments: RealmsAssignmentsApi;
  /** `GET /api/v1/realms` (`listRealms`) */
  list(options?: CallOptions): Operations["listRealms"]["result"];
  /** `POST /api/v1/realms` (`createRealm`) */
  create(body: Operations["createRealm"]["args"]["body"], options?: CallOptions): Operations["createRealm"]["result"];
  /** `GET /api/v1/realms/{realmId}` (`getRealm`) */
  get(realmId: string, options?: CallOptions): Operations["getRealm"]["result"];
  /** `PUT /api/v1/realms/{realmId}` (`replaceRealm`) */
  replace(realmId: string, body: Operations["replaceRealm"]["args"]["body"], options?: CallOptions): Operations["replaceRealm"]["result"];
  /** `DELETE /api/v1/realms/{realmId}` (`deleteRealm`) */
  delete(realmId: string, options?: CallOptions): Operations["deleteRealm"]["result"];
}

/** The `okta.realms.assignments` namespace. */
export interface RealmsAssignmentsApi {
  /** `GET /api/v1/realm-assignments` (`listRealmAssignments`) */
  list(options?: CallOptions): Operations["listRealmAssignments"]["result"];
  /** `POST /api/v1/realm-assignments` (`createRealmAssignment`) */
  create(body: Operations["createRealmAssignment"]["args"]["body"], options?: CallOptions): Operations["createRealmAssignment"]["result"];
  /** `GET /api/v1/realm-assignments/operations` (`listRealmAssignmentOperations`) */
  listOperations(options?: CallOptions): Operations["listRealmAssignmentOperations"]["result"];
  /** `POST /api/v1/realm-assignments/operations` (`executeRealmAssignment`) */
  execute(body: Operations["executeRealmAssignment"]["args"]["body"], options?: CallOptions): Operations["executeRealmAssignment"]["result"];
  /** `GET /api/v1/realm-assignments/{assignmentId}` (`getRealmAssignment`) */
  get(assignmentId: string, options?: CallOptions): Operations["getRealmAssignment"]["result"];
  /** `PUT /api/v1/realm-assignments/{assignmentId}` (`replaceRealmAssignment`) */
  replace(assignmentId: string, body: Operations["replaceRealmAssignment"]["args"]["body"], options?: CallOptions): Operations["replaceRealmAssignment"]["result"];
  /** `DELETE /api/v1/realm-assignments/{assignmentId}` (`deleteRealmAssignment`) */
  delete(assignmentId: string, options?: CallOptions): Operations["deleteRealmAssignment"]["result"];
  /** `POST /api/v1/realm-assignments/{assignmentId}/lifecycle/activate` (`activateRealmAssignment`) */
  activate(assignmentId: string, options?: CallOptions): Operations["activateRealmAssignment"]["result"];
  /** `POST /api/v1/realm-assignments/{assignmentId}/lifecycle/deactivate` (`deactivateRealmAssignment`) */
  deactivate(assignmentId: string, options?: CallOptions): Operations["deactivateRealmAssignment"]["result"];
}

/** The `okta.riskEvents` namespace. */
export interface RiskEventsApi {
  /** `POST /api/v1/risk/events/ip` (`sendRiskEvents`) */
  send(body: Operations["sendRiskEvents"]["args"]["body"], options?: CallOptions): Operations["sendRiskEvents"]["result"];
}

/** The `okta.riskProviders` namespace. */
export interface RiskProvidersApi {
  /** `GET /api/v1/risk/providers` (`listRiskProviders`) */
  list(options?: CallOptions): Operations["listRiskProviders"]["result"];
  /** `POST /api/v1/risk/providers` (`createRiskProvider`) */
  create(body: Operations["createRiskProvider"]["args"]["body"], options?: CallOptions): Operations["createRiskProvider"]["result"];
  /** `GET /api/v1/risk/providers/{riskProviderId}` (`getRiskProvider`) */
  get(riskProviderId: string, options?: CallOptions): Operations["getRiskProvider"]["result"];
  /** `PUT /api/v1/risk/providers/{riskProviderId}` (`updateRiskProvider`) */
  update(riskProviderId: string, body: Operations["updateRiskProvider"]["args"]["body"], options?: CallOptions): Operations["updateRiskProvider"]["result"];
  /** `DELETE /api/v1/risk/providers/{riskProviderId}` (`deleteRiskProvider`) */
  delete(riskProviderId: string, options?: CallOptions): Operations["deleteRiskProvider"]["result"];
}

/** The `okta.roles` namespace. */
export interface RolesApi {
  /** `okta.roles.groupAssignments` */
  readonly groupAssignments: RolesGroupAssignmentsApi;
  /** `okta.roles.groupTargets` */
  readonly groupTargets: RolesGroupTargetsApi;
  /** `okta.roles.userAssignments` */
  readonly userAssignments: RolesUserAssignmentsApi;
  /** `okta.roles.resourceSets` */
  readonly resourceSets: RolesResourceSetsApi;
  /** `okta.roles.custom` */
  readonly custom: RolesCustomApi;
  /** `okta.roles.userTargets` */
  readonly userTargets: RolesUserTargetsApi;
  /** `okta.roles.clientAssignments` */
  readonly clientAssignments: RolesClientAssignmentsApi;
  /** `okta.roles.clientTargets` */
  readonly clientTargets: RolesClientTargetsApi;
}

/** The `okta.roles.clientAssignments` namespace. */
export interface RolesClientAssignmentsApi {
  /** `GET /oauth2/v1/clients/{clientId}/roles` (`listRolesForClient`) */
  list(clientId: string, options?: CallOptions): Operations["listRolesForClient"]["result"];
  /** `POST /oauth2/v1/clients/{clientId}/roles` (`assignRoleToClient`) */
  assign(clientId: string, body: Operations["assignRoleToClient"]["args"]["body"], options?: CallOptions): Operations["assignRoleToClient"]["result"];
  /** `GET /oauth2/v1/clients/{clientId}/roles/{roleAssignmentId}` (`retrieveClientRole`) */
  retrieve(clientId: string, roleAssignmentId: string, options?: CallOptions): Operations["retrieveClientRole"]["result"];
  /** `DELETE /oauth2/v1/clients/{clientId}/roles/{roleAssignmentId}` (`deleteRoleFromClient`) */
  delete(clientId: string, roleAssignmentId: string, options?: CallOptions): Operations["deleteRoleFromClient"]["result"];
}

/** The `okta.roles.clientTargets` namespace. */
export interface RolesClientTargetsApi {
  /** `GET /oauth2/v1/clients/{clientId}/roles/{roleAssignmentId}/targets/catalog/apps` (`listAppTargetRoleToClient`) */
  listApp(clientId: string, roleAssignmentId: string, options?: CallOptions): Operations["listAppTargetRoleToClient"]["result"];
  /** `PUT /oauth2/v1/clients/{clientId}/roles/{roleAssignmentId}/targets/catalog/apps/{appName}` (`assignAppTargetRoleToClient`) */
  assignApp(clientId: string, roleAssignmentId: string, appName: string, options?: CallOptions): Operations["assignAppTargetRoleToClient"]["result"];
  /** `DELETE /oauth2/v1/clients/{clientId}/roles/{roleAssignmentId}/targets/catalog/apps/{appName}` (`removeAppTargetRoleFromClient`) */
  removeApp(clientId: string, roleAssignmentId: string, appName: string, options?: CallOptions): Operations["removeAppTargetRoleFromClient"]["result"];
  /** `PUT /oauth2/v1/clients/{clientId}/roles/{roleAssignmentId}/targets/catalog/apps/{appName}/{appId}` (`assignAppTargetInstanceRoleForClient`) */
  assignAppInstance(clientId: string, roleAssignmentId: string, appName: string, appId: string, options?: CallOptions): Operations["assignAppTargetInstanceRoleForClient"]["result"];
  /** `DELETE /oauth2/v1/clients/{clientId}/roles/{roleAssignmentId}/targets/catalog/apps/{appName}/{appId}` (`removeAppTargetInstanceRoleForClient`) */
  removeAppInstance(clientId: string, roleAssignmentId: string, appName: string, appId: string, options?: CallOptions): Operations["removeAppTargetInstanceRoleForClient"]["result"];
  /** `GET /oauth2/v1/clients/{clientId}/roles/{roleAssignmentId}/targets/groups` (`listGroupTargetRoleForClient`) */
  listGroup(clientId: string, roleAssignmentId: string, options?: CallOptions): Operations["listGroupTargetRoleForClient"]["result"];
  /** `PUT /oauth2/v1/clients/{clientId}/roles/{roleAssignmentId}/targets/groups/{groupId}` (`assignGroupTargetRoleForClient`) */
  assignGroup(clientId: string, roleAssignmentId: string, groupId: string, options?: CallOptions): Operations["assignGroupTargetRoleForClient"]["result"];
  /** `DELETE /oauth2/v1/clients/{clientId}/roles/{roleAssignmentId}/targets/groups/{groupId}` (`removeGroupTargetRoleFromClient`) */
  removeGroup(clientId: string, roleAssignmentId: string, groupId: string, options?: CallOptions): Operations["removeGroupTargetRoleFromClient"]["result"];
}

/** The `okta.roles.custom` namespace. */
export interface RolesCustomApi {
  /** `GET /api/v1/iam/roles` (`listRoles`) */
  list(options?: CallOptions): Operations["listRoles"]["result"];
  /** `POST /api/v1/iam/roles` (`createRole`) */
  create(body: Operations["createRole"]["args"]["body"], options?: CallOptions): Operations["createRole"]["result"];
  /** `GET /api/v1/iam/roles/{roleIdOrLabel}` (`getRole`) */
  get(roleIdOrLabel: string, options?: CallOptions): Operations["getRole"]["result"];
  /** `PUT /api/v1/iam/roles/{roleIdOrLabel}` (`replaceRole`) */
  replace(roleIdOrLabel: string, body: Operations["replaceRole"]["args"]["body"], options?: CallOptions): Operations["replaceRole"]["result"];
  /** `DELETE /api/v1/iam/roles/{roleIdOrLabel}` (`deleteRole`) */
  delete(roleIdOrLabel: string, options?: CallOptions): Operations["deleteRole"]["result"];
  /** `okta.roles.custom.permissions` */
  readonly permissions: RolesCustomPermissionsApi;
}

/** The `okta.roles.custom.permissions` namespace. */
export interface RolesCustomPermissionsApi {
  /** `GET /api/v1/iam/roles/{roleIdOrLabel}/permissions` (`listRolePermissions`) */
  list(roleIdOrLabel: string, options?: CallOptions): Operations["listRolePermissions"]["result"];
  /** `GET /api/v1/iam/roles/{roleIdOrLabel}/permissions/{permissionType}` (`getRolePermission`) */
  get(roleIdOrLabel: string, permissionType: string, options?: CallOptions): Operations["getRolePermission"]["result"];
  /** `POST /api/v1/iam/roles/{roleIdOrLabel}/permissions/{permissionType}` (`createRolePermission`) */
  create(roleIdOrLabel: string, permissionType: string, body?: Operations["createRolePermission"]["args"]["body"], options?: CallOptions): Operations["createRolePermission"]["result"];
  /** `PUT /api/v1/iam/roles/{roleIdOrLabel}/permissions/{permissionType}` (`replaceRolePermission`) */
  replace(roleIdOrLabel: string, permissionType: string, body?: Operations["replaceRolePermission"]["args"]["body"], options?: CallOptions): Operations["replaceRolePermission"]["result"];
  /** `DELETE /api/v1/iam/roles/{roleIdOrLabel}/permissions/{permissionType}` (`deleteRolePermission`) */
  delete(roleIdOrLabel: string, permissionType: string, options?: CallOptions): Operations["deleteRolePermission"]["result"];
}

/** The `okta.roles.groupAssignments` namespace. */
export interface RolesGroupAssignmentsApi {
  /** `GET /api/v1/groups/{groupId}/roles` (`listGroupAssignedRoles`) */
  listAssigned(groupId: string, options?: CallOptions): Operations["listGroupAssignedRoles"]["result"];
  /** `POST /api/v1/groups/{groupId}/roles` (`assignRoleToGroup`) */
  assign(groupId: string, body: Operations["assignRoleToGroup"]["args"]["body"], options?: CallOptions): Operations["assignRoleToGroup"]["result"];
  /** `GET /api/v1/groups/{groupId}/roles/{roleAssignmentId}` (`getGroupAssignedRole`) */
  getAssigned(groupId: string, roleAssignmentId: string, options?: CallOptions): Operations["getGroupAssignedRole"]["result"];
  /** `DELETE /api/v1/groups/{groupId}/roles/{roleAssignmentId}` (`unassignRoleFromGroup`) */
  unassign(groupId: string, roleAssignmentId: string, options?: CallOptions): Operations["unassignRoleFromGroup"]["result"];
}

/** The `okta.roles.groupTargets` namespace. */
export interface RolesGroupTargetsApi {
  /** `GET /api/v1/groups/{groupId}/roles/{roleAssignmentId}/targets/catalog/apps` (`listApplicationTargetsForApplicationAdministratorRoleForGroup`) */
  listApplicationForApplicationAdministrator(groupId: string, roleAssignmentId: string, options?: CallOptions): Operations["listApplicationTargetsForApplicationAdministratorRoleForGroup"]["result"];
  /** `PUT /api/v1/groups/{groupId}/roles/{roleAssignmentId}/targets/catalog/apps/{appName}` (`assignAppTargetToAdminRoleForGroup`) */
  assignAppToAdmin(groupId: string, roleAssignmentId: string, appName: string, options?: CallOptions): Operations["assignAppTargetToAdminRoleForGroup"]["result"];
  /** `DELETE /api/v1/groups/{groupId}/roles/{roleAssignmentId}/targets/catalog/apps/{appName}` (`unassignAppTargetToAdminRoleForGroup`) */
  unassignAppToAdmin(groupId: string, roleAssignmentId: string, appName: string, options?: CallOptions): Operations["unassignAppTargetToAdminRoleForGroup"]["result"];
  /** `PUT /api/v1/groups/{groupId}/roles/{roleAssignmentId}/targets/catalog/apps/{appName}/{appId}` (`assignAppInstanceTargetToAppAdminRoleForGroup`) */
  assignAppInstanceToAppAdmin(groupId: string, roleAssignmentId: string, appName: string, appId: string, options?: CallOptions): Operations["assignAppInstanceTargetToAppAdminRoleForGroup"]["result"];
  /** `DELETE /api/v1/groups/{groupId}/roles/{roleAssignmentId}/targets/catalog/apps/{appName}/{appId}` (`unassignAppInstanceTargetToAppAdminRoleForGroup`) */
  unassignAppInstanceToAppAdmin(groupId: string, roleAssignmentId: string, appName: string, appId: string, options?: CallOptions): Operations["unassignAppInstanceTargetToAppAdminRoleForGroup"]["result"];
  /** `GET /api/v1/groups/{groupId}/roles/{roleAssignmentId}/targets/groups` (`listGroupTargetsForGroupRole`) */
  list(groupId: string, roleAssignmentId: string, options?: CallOptions): Operations["listGroupTargetsForGroupRole"]["result"];
  /** `PUT /api/v1/groups/{groupId}/roles/{roleAssignmentId}/targets/groups/{targetGroupId}` (`assignGroupTargetToGroupAdminRole`) */
  assignAdmin(groupId: string, roleAssignmentId: string, targetGroupId: string, options?: CallOptions): Operations["assignGroupTargetToGroupAdminRole"]["result"];
  /** `DELETE /api/v1/groups/{groupId}/roles/{roleAssignmentId}/targets/groups/{targetGroupId}` (`unassignGroupTargetFromGroupAdminRole`) */
  unassignAdmin(groupId: string, roleAssignmentId: string, targetGroupId: string, options?: CallOptions): Operations["unassignGroupTargetFromGroupAdminRole"]["result"];
}

/** The `okta.roles.resourceSets` namespace. */
export interface RolesResourceSetsApi {
  /** `GET /api/v1/iam/resource-sets` (`listResourceSets`) */
  list(options?: CallOptions): Operations["listResourceSets"]["result"];
  /** `POST /api/v1/iam/resource-sets` (`createResourceSet`) */
  create(body: Operations["createResourceSet"]["args"]["body"], options?: CallOptions): Operations["createResourceSet"]["result"];
  /** `GET /api/v1/iam/resource-sets/{resourceSetIdOrLabel}` (`getResourceSet`) */
  get(resourceSetIdOrLabel: string, options?: CallOptions): Operations["getResourceSet"]["result"];
  /** `PUT /api/v1/iam/resource-sets/{resourceSetIdOrLabel}` (`replaceResourceSet`) */
  replace(resourceSetIdOrLabel: string, body: Operations["replaceResourceSet"]["args"]["body"], options?: CallOptions): Operations["replaceResourceSet"]["result"];
  /** `DELETE /api/v1/iam/resource-sets/{resourceSetIdOrLabel}` (`deleteResourceSet`) */
  delete(resourceSetIdOrLabel: string, options?: CallOptions): Operations["deleteResourceSet"]["result"];
  /** `okta.roles.resourceSets.bindings` */
  readonly bindings: RolesResourceSetsBindingsApi;
  /** `okta.roles.resourceSets.resources` */
  readonly resources: RolesResourceSetsResourcesApi;
}

/** The `okta.roles.resourceSets.bindings` namespace. */
export interface RolesResourceSetsBindingsApi {
  /** `GET /api/v1/iam/resource-sets/{resourceSetIdOrLabel}/bindings` (`listBindings`) */
  list(resourceSetIdOrLabel: string, options?: CallOptions): Operations["listBindings"]["result"];
  /** `POST /api/v1/iam/resource-sets/{resourceSetIdOrLabel}/bindings` (`createResourceSetBinding`) */
  create(resourceSetIdOrLabel: string, body: Operations["createResourceSetBinding"]["args"]["body"], options?: CallOptions): Operations["createResourceSetBinding"]["result"];
  /** `GET /api/v1/iam/resource-sets/{resourceSetIdOrLabel}/bindings/{roleIdOrLabel}` (`getBinding`) */
  get(resourceSetIdOrLabel: string, roleIdOrLabel: string, options?: CallOptions): Operations["getBinding"]["result"];
  /** `DELETE /api/v1/iam/resource-sets/{resourceSetIdOrLabel}/bindings/{roleIdOrLabel}` (`deleteBinding`) */
  delete(resourceSetIdOrLabel: string, roleIdOrLabel: string, options?: CallOptions): Operations["deleteBinding"]["result"];
  /** `okta.roles.resourceSets.bindings.members` */
  readonly members: RolesResourceSetsBindingsMembersApi;
}

/** The `okta.roles.resourceSets.bindings.members` namespace. */
export interface RolesResourceSetsBindingsMembersApi {
  /** `GET /api/v1/iam/resource-sets/{resourceSetIdOrLabel}/bindings/{roleIdOrLabel}/members` (`listMembersOfBinding`) */
  list(resourceSetIdOrLabel: string, roleIdOrLabel: string, options?: CallOptions): Operations["listMembersOfBinding"]["result"];
  /** `PATCH /api/v1/iam/resource-sets/{resourceSetIdOrLabel}/bindings/{roleIdOrLabel}/members` (`addMembersToBinding`) */
  add(resourceSetIdOrLabel: string, roleIdOrLabel: string, body: Operations["addMembersToBinding"]["args"]["body"], options?: CallOptions): Operations["addMembersToBinding"]["result"];
  /** `GET /api/v1/iam/resource-sets/{resourceSetIdOrLabel}/bindings/{roleIdOrLabel}/members/{memberId}` (`getMemberOfBinding`) */
  get(resourceSetIdOrLabel: string, roleIdOrLabel: string, memberId: string, options?: CallOptions): Operations["getMemberOfBinding"]["result"];
  /** `DELETE /api/v1/iam/resource-sets/{resourceSetIdOrLabel}/bindings/{roleIdOrLabel}/members/{memberId}` (`unassignMemberFromBinding`) */
  unassign(resourceSetIdOrLabel: string, roleIdOrLabel: string, memberId: string, options?: CallOptions): Operations["unassignMemberFromBinding"]["result"];
}

/** The `okta.roles.resourceSets.resources` namespace. */
export interface RolesResourceSetsResourcesApi {
  /** `GET /api/v1/iam/resource-sets/{resourceSetIdOrLabel}/resources` (`listResourceSetResources`) */
  list(resourceSetIdOrLabel: string, options?: CallOptions): Operations["listResourceSetResources"]["result"];
  /** `POST /api/v1/iam/resource-sets/{resourceSetIdOrLabel}/resources` (`addResourceSetResource`) */
  add(resourceSetIdOrLabel: string, body: Operations["addResourceSetResource"]["args"]["body"], options?: CallOptions): Operations["addResourceSetResource"]["result"];
  /** `PATCH /api/v1/iam/resource-sets/{resourceSetIdOrLabel}/resources` (`addResourceSetResources`) */
  addMany(resourceSetIdOrLabel: string, body: Operations["addResourceSetResources"]["args"]["body"], options?: CallOptions): Operations["addResourceSetResources"]["result"];
  /** `GET /api/v1/iam/resource-sets/{resourceSetIdOrLabel}/resources/{resourceId}` (`getResourceSetResource`) */
  get(resourceSetIdOrLabel: string, resourceId: string, options?: CallOptions): Operations["getResourceSetResource"]["result"];
  /** `PUT /api/v1/iam/resource-sets/{resourceSetIdOrLabel}/resources/{resourceId}` (`replaceResourceSetResource`) */
  replace(resourceSetIdOrLabel: string, resourceId: string, body: Operations["replaceResourceSetResource"]["args"]["body"], options?: CallOptions): Operations["replaceResourceSetResource"]["result"];
  /** `DELETE /api/v1/iam/resource-sets/{resourceSetIdOrLabel}/resources/{resourceId}` (`deleteResourceSetResource`) */
  delete(resourceSetIdOrLabel: string, resourceId: string, options?: CallOptions): Operations["deleteResourceSetResource"]["result"];
}

/** The `okta.roles.userAssignments` namespace. */
export interface RolesUserAssignmentsApi {
  /** `GET /api/v1/iam/assignees/users` (`listUsersWithRoleAssignments`) */
  list(options?: CallOptions): Operations["listUsersWithRoleAssignments"]["result"];
  /** `GET /api/v1/users/{userId}/roles` (`listAssignedRolesForUser`) */
  listAssigned(userId: string, options?: CallOptions): Operations["listAssignedRolesForUser"]["result"];
  /** `POST /api/v1/users/{userId}/roles` (`assignRoleToUser`) */
  assign(userId: string, body: Operations["assignRoleToUser"]["args"]["body"], options?: CallOptions): Operations["assignRoleToUser"]["result"];
  /** `GET /api/v1/users/{userId}/roles/{roleAssignmentId}` (`getUserAssignedRole`) */
  getAssigned(userId: string, roleAssignmentId: string, options?: CallOptions): Operations["getUserAssignedRole"]["result"];
  /** `DELETE /api/v1/users/{userId}/roles/{roleAssignmentId}` (`unassignRoleFromUser`) */
  unassign(userId: string, roleAssignmentId: string, options?: CallOptions): Operations["unassignRoleFromUser"]["result"];
  /** `GET /api/v1/users/{userId}/roles/{roleAssignmentId}/governance` (`getUserAssignedRoleGovernance`) */
  getAssignedGovernance(userId: string, roleAssignmentId: string, options?: CallOptions): Operations["getUserAssignedRoleGovernance"]["result"];
  /** `GET /api/v1/users/{userId}/roles/{roleAssignmentId}/governance/{grantId}` (`getRoleAssignmentGovernanceGrant`) */
  getGovernanceGrant(userId: string, roleAssignmentId: string, grantId: string, options?: CallOptions): Operations["getRoleAssignmentGovernanceGrant"]["result"];
  /** `GET /api/v1/users/{userId}/roles/{roleAssignmentId}/governance/{grantId}/resources` (`getRoleAssignmentGovernanceGrantResources`) */
  getGovernanceGrantResources(userId: string, roleAssignmentId: string, grantId: string, options?: CallOptions): Operations["getRoleAssignmentGovernanceGrantResources"]["result"];
}

/** The `okta.roles.userTargets` namespace. */
export interface RolesUserTargetsApi {
  /** `GET /api/v1/users/{userId}/roles/{roleAssignmentId}/targets/catalog/apps` (`listApplicationTargetsForApplicationAdministratorRoleForUser`) */
  listApplicationForApplicationAdministrator(userId: string, roleAssignmentId: string, options?: CallOptions): Operations["listApplicationTargetsForApplicationAdministratorRoleForUser"]["result"];
  /** `PUT /api/v1/users/{userId}/roles/{roleAssignmentId}/targets/catalog/apps` (`assignAllAppsAsTargetToRoleForUser`) */
  assignAllAppsAs(userId: string, roleAssignmentId: string, options?: CallOptions): Operations["assignAllAppsAsTargetToRoleForUser"]["result"];
  /** `PUT /api/v1/users/{userId}/roles/{roleAssignmentId}/targets/catalog/apps/{appName}` (`assignAppTargetToAdminRoleForUser`) */
  assignApp(userId: string, roleAssignmentId: string, appName: string, options?: CallOptions): Operations["assignAppTargetToAdminRoleForUser"]["result"];
  /** `DELETE /api/v1/users/{userId}/roles/{roleAssignmentId}/targets/catalog/apps/{appName}` (`unassignAppTargetFromAppAdminRoleForUser`) */
  unassignAppFromApp(userId: string, roleAssignmentId: string, appName: string, options?: CallOptions): Operations["unassignAppTargetFromAppAdminRoleForUser"]["result"];
  /** `PUT /api/v1/users/{userId}/roles/{roleAssignmentId}/targets/catalog/apps/{appName}/{appId}` (`assignAppInstanceTargetToAppAdminRoleForUser`) */
  assignAppInstanceToApp(userId: string, roleAssignmentId: string, appName: string, appId: string, options?: CallOptions): Operations["assignAppInstanceTargetToAppAdminRoleForUser"]["result"];
  /** `DELETE /api/v1/users/{userId}/roles/{roleAssignmentId}/targets/catalog/apps/{appName}/{appId}` (`unassignAppInstanceTargetFromAdminRoleForUser`) */
  unassignAppInstance(userId: string, roleAssignmentId: string, appName: string, appId: string, options?: CallOptions): Operations["unassignAppInstanceTargetFromAdminRoleForUser"]["result"];
  /** `GET /api/v1/users/{userId}/roles/{roleAssignmentId}/targets/groups` (`listGroupTargetsForRole`) */
  listGroup(userId: string, roleAssignmentId: string, options?: CallOptions): Operations["listGroupTargetsForRole"]["result"];
  /** `PUT /api/v1/users/{userId}/roles/{roleAssignmentId}/targets/groups/{groupId}` (`assignGroupTargetToUserRole`) */
  assignGroup(userId: string, roleAssignmentId: string, groupId: string, options?: CallOptions): Operations["assignGroupTargetToUserRole"]["result"];
  /** `DELETE /api/v1/users/{userId}/roles/{roleAssignmentId}/targets/groups/{groupId}` (`unassignGroupTargetFromUserAdminRole`) */
  unassignGroup(userId: string, roleAssignmentId: string, groupId: string, options?: CallOptions): Operations["unassignGroupTargetFromUserAdminRole"]["result"];
  /** `GET /api/v1/users/{userId}/roles/{roleIdOrEncodedRoleId}/targets` (`getRoleTargetsByUserIdAndRoleId`) */
  getIdAndId(userId: string, roleIdOrEncodedRoleId: string, options?: CallOptions): Operations["getRoleTargetsByUserIdAndRoleId"]["result"];
}

/** The `okta.schemas` namespace. */
export interface SchemasApi {
  /** `GET /api/v1/meta/schemas/apps/{appId}/default` (`getApplicationUserSchema`) */
  getApplicationUser(appId: string, options?: CallOptions): Operations["getApplicationUserSchema"]["result"];
  /** `POST /api/v1/meta/schemas/apps/{appId}/default` (`updateApplicationUserProfile`) */
  updateApplicationUserProfile(appId: string, body?: Operations["updateApplicationUserProfile"]["args"]["body"], options?: CallOptions): Operations["updateApplicationUserProfile"]["result"];
  /** `GET /api/v1/meta/schemas/group/default` (`getGroupSchema`) */
  getGroup(options?: CallOptions): Operations["getGroupSchema"]["result"];
  /** `POST /api/v1/meta/schemas/group/default` (`updateGroupSchema`) */
  updateGroup(body?: Operations["updateGroupSchema"]["args"]["body"], options?: CallOptions): Operations["updateGroupSchema"]["result"];
  /** `GET /api/v1/meta/schemas/logStream` (`listLogStreamSchemas`) */
  listLogStream(options?: CallOptions): Operations["listLogStreamSchemas"]["result"];
  /** `GET /api/v1/meta/schemas/logStream/{logStreamType}` (`getLogStreamSchema`) */
  getLogStream(logStreamType: string, options?: CallOptions): Operations["getLogStreamSchema"]["result"];
  /** `GET /api/v1/meta/schemas/user/{schemaId}` (`getUserSchema`) */
  getUser(schemaId: string, options?: CallOptions): Operations["getUserSchema"]["result"];
  /** `POST /api/v1/meta/schemas/user/{schemaId}` (`updateUserProfile`) */
  updateUserProfile(schemaId: string, body: Operations["updateUserProfile"]["args"]["body"], options?: CallOptions): Operations["updateUserProfile"]["result"];
  /** `GET /api/v1/meta/layouts/apps/{appName}` (`getApplicationLayout`) */
  getApplicationLayout(appName: string, options?: CallOptions): Operations["getApplicationLayout"]["result"];
}

/** The `okta.serviceAccounts` namespace. */
export interface ServiceAccountsApi {
  /** `GET /privileged-access/api/v1/service-accounts` (`listAppServiceAccounts`) */
  listApp(options?: CallOptions): Operations["listAppServiceAccounts"]["result"];
  /** `POST /privileged-access/api/v1/service-accounts` (`createAppServiceAccount`) */
  createApp(body: Operations["createAppServiceAccount"]["args"]["body"], options?: CallOptions): Operations["createAppServiceAccount"]["result"];
  /** `GET /privileged-access/api/v1/service-accounts/{id}` (`getAppServiceAccount`) */
  getApp(id: string, options?: CallOptions): Operations["getAppServiceAccount"]["result"];
  /** `PATCH /privileged-access/api/v1/service-accounts/{id}` (`updateAppServiceAccount`) */
  updateApp(id: string, body?: Operations["updateAppServiceAccount"]["args"]["body"], options?: CallOptions): Operations["updateAppServiceAccount"]["result"];
  /** `DELETE /privileged-access/api/v1/service-accounts/{id}` (`deleteAppServiceAccount`) */
  deleteApp(id: string, options?: CallOptions): Operations["deleteAppServiceAccount"]["result"];
  /** `GET /privileged-access/api/v1/accounts` (`listServiceAccounts`) */
  list(options?: CallOptions): Operations["listServiceAccounts"]["result"];
  /** `POST /privileged-access/api/v1/accounts` (`createServiceAccount`) */
  create(body: Operations["createServiceAccount"]["args"]["body"], options?: CallOptions): Operations["createServiceAccount"]["result"];
  /** `GET /privileged-access/api/v1/accounts/{id}` (`getServiceAccount`) */
  get(id: string, options?: CallOptions): Operations["getServiceAccount"]["result"];
  /** `PATCH /privileged-access/api/v1/accounts/{id}` (`updateServiceAccount`) */
  update(id: string, body?: Operations["updateServiceAccount"]["args"]["body"], options?: CallOptions): Operations["updateServiceAccount"]["result"];
  /** `DELETE /privileged-access/api/v1/accounts/{id}` (`deleteServiceAccount`) */
  delete(id: string, options?: CallOptions): Operations["deleteServiceAccount"]["result"];
}

/** The `okta.sessions` namespace. */
export interface SessionsApi {
  /** `GET /api/v1/sessions/{sessionId}` (`getSession`) */
  get(sessionId: string, options?: CallOptions): Operations["getSession"]["result"];
  /** `DELETE /api/v1/sessions/{sessionId}` (`revokeSession`) */
  revoke(sessionId: string, options?: CallOptions): Operations["revokeSession"]["result"];
  /** `POST /api/v1/sessions/{sessionId}/lifecycle/refresh` (`refreshSession`) */
  refresh(sessionId: string, options?: CallOptions): Operations["refreshSession"]["result"];
  /** `POST /api/v1/sessions` (`createSession`) */
  create(body: Operations["createSession"]["args"]["body"], options?: CallOptions): Operations["createSession"]["result"];
  /** `GET /api/v1/sessions/me` (`getCurrentSession`) */
  getCurrent(options?: CallOptions): Operations["getCurrentSession"]["result"];
  /** `DELETE /api/v1/sessions/me` (`closeCurrentSession`) */
  closeCurrent(options?: CallOptions): Operations["closeCurrentSession"]["result"];
  /** `POST /api/v1/sessions/me/lifecycle/refresh` (`refreshCurrentSession`) */
  refreshCurrent(options?: CallOptions): Operations["refreshCurrentSession"]["result"];
}

/** The `okta.smsTemplates` namespace. */
export interface SmsTemplatesApi {
  /** `GET /api/v1/templates/sms` (`listSmsTemplates`) */
  list(options?: CallOptions): Operations["listSmsTemplates"]["result"];
  /** `POST /api/v1/templates/sms` (`createSmsTemplate`) */
  create(body: Operations["createSmsTemplate"]["args"]["body"], options?: CallOptions): Operations["createSmsTemplate"]["result"];
  /** `GET /api/v1/templates/sms/{templateId}` (`getSmsTemplate`) */
  get(templateId: string, options?: CallOptions): Operations["getSmsTemplate"]["result"];
  /** `POST /api/v1/templates/sms/{templateId}` (`updateSmsTemplate`) */
  update(templateId: string, body: Operations["updateSmsTemplate"]["args"]["body"], options?: CallOptions): Operations["updateSmsTemplate"]["result"];
  /** `PUT /api/v1/templates/sms/{templateId}` (`replaceSmsTemplate`) */
  replace(templateId: string, body: Operations["replaceSmsTemplate"]["args"]["body"], options?: CallOptions): Operations["replaceSmsTemplate"]["result"];
  /** `DELETE /api/v1/templates/sms/{templateId}` (`deleteSmsTemplate`) */
  delete(templateId: string, options?: CallOptions): Operations["deleteSmsTemplate"]["result"];
}

/** The `okta.ssfReceiver` namespace. */
export interface SsfReceiverApi {
  /** `GET /api/v1/security-events-providers` (`listSecurityEventsProviderInstances`) */
  listSecurityEventsProviderInstances(options?: CallOptions): Operations["listSecurityEventsProviderInstances"]["result"];
  /** `POST /api/v1/security-events-providers` (`createSecurityEventsProviderInstance`) */
  createSecurityEventsProviderInstance(body: Operations["createSecurityEventsProviderInstance"]["args"]["body"], options?: CallOptions): Operations["createSecurityEventsProviderInstance"]["result"];
  /** `GET /api/v1/security-events-providers/{securityEventProviderId}` (`getSecurityEventsProviderInstance`) */
  getSecurityEventsProviderInstance(securityEventProviderId: string, options?: CallOptions): Operations["getSecurityEventsProviderInstance"]["result"];
  /** `PUT /api/v1/security-events-providers/{securityEventProviderId}` (`replaceSecurityEventsProviderInstance`) */
  replaceSecurityEventsProviderInstance(securityEventProviderId: string, body: Operations["replaceSecurityEventsProviderInstance"]["args"]["body"], options?: CallOptions): Operations["replaceSecurityEventsProviderInstance"]["result"];
  /** `DELETE /api/v1/security-events-providers/{securityEventProviderId}` (`deleteSecurityEventsProviderInstance`) */
  deleteSecurityEventsProviderInstance(securityEventProviderId: string, options?: CallOptions): Operations["deleteSecurityEventsProviderInstance"]["result"];
  /** `POST /api/v1/security-events-providers/{securityEventProviderId}/lifecycle/activate` (`activateSecurityEventsProviderInstance`) */
  activateSecurityEventsProviderInstance(securityEventProviderId: string, options?: CallOptions): Operations["activateSecurityEventsProviderInstance"]["result"];
  /** `POST /api/v1/security-events-providers/{securityEventProviderId}/lifecycle/deactivate` (`deactivateSecurityEventsProviderInstance`) */
  deactivateSecurityEventsProviderInstance(securityEventProviderId: string, options?: CallOptions): Operations["deactivateSecurityEventsProviderInstance"]["result"];
}

/** The `okta.ssfSecurityEventToken` namespace. */
export interface SsfSecurityEventTokenApi {
  /** `POST /security/api/v1/security-events` (`publishSecurityEventTokens`) */
  publish(body: Operations["publishSecurityEventTokens"]["args"]["body"], options?: CallOptions): Operations["publishSecurityEventTokens"]["result"];
}

/** The `okta.ssfTransmitter` namespace. */
export interface SsfTransmitterApi {
  /** `GET /.well-known/ssf-configuration` (`getWellknownSsfMetadata`) */
  getWellknownMetadata(options?: CallOptions): Operations["getWellknownSsfMetadata"]["result"];
  /** `GET /api/v1/ssf/stream` (`getSsfStreams`) */
  getStreams(options?: CallOptions): Operations["getSsfStreams"]["result"];
  /** `POST /api/v1/ssf/stream` (`createSsfStream`) */
  createStream(body: Operations["createSsfStream"]["args"]["body"], options?: CallOptions): Operations["createSsfStream"]["result"];
  /** `PUT /api/v1/ssf/stream` (`replaceSsfStream`) */
  replaceStream(body: Operations["replaceSsfStream"]["args"]["body"], options?: CallOptions): Operations["replaceSsfStream"]["result"];
  /** `PATCH /api/v1/ssf/stream` (`updateSsfStream`) */
  updateStream(body: Operations["updateSsfStream"]["args"]["body"], options?: CallOptions): Operations["updateSsfStream"]["result"];
  /** `DELETE /api/v1/ssf/stream` (`deleteSsfStream`) */
  deleteStream(options?: CallOptions): Operations["deleteSsfStream"]["result"];
  /** `GET /api/v1/ssf/stream/status` (`getSsfStreamStatus`) */
  getStreamStatus(options?: CallOptions): Operations["getSsfStreamStatus"]["result"];
  /** `POST /api/v1/ssf/stream/verification` (`verifySsfStream`) */
  verifyStream(body: Operations["verifySsfStream"]["args"]["body"], options?: CallOptions): Operations["verifySsfStream"]["result"];
}

/** The `okta.subscriptions` namespace. */
export interface SubscriptionsApi {
  /** `GET /api/v1/roles/{roleRef}/subscriptions` (`listSubscriptionsRole`) */
  listRole(roleRef: string, options?: CallOptions): Operations["listSubscriptionsRole"]["result"];
  /** `GET /api/v1/roles/{roleRef}/subscriptions/{notificationType}` (`getSubscriptionsNotificationTypeRole`) */
  getNotificationTypeRole(roleRef: string, notificationType: string, options?: CallOptions): Operations["getSubscriptionsNotificationTypeRole"]["result"];
  /** `POST /api/v1/roles/{roleRef}/subscriptions/{notificationType}/subscribe` (`subscribeByNotificationTypeRole`) */
  subscribeNotificationTypeRole(roleRef: string, notificationType: string, options?: CallOptions): Operations["subscribeByNotificationTypeRole"]["result"];
  /** `POST /api/v1/roles/{roleRef}/subscriptions/{notificationType}/unsubscribe` (`unsubscribeByNotificationTypeRole`) */
  unsubscribeNotificationTypeRole(roleRef: string, notificationType: string, options?: CallOptions): Operations["unsubscribeByNotificationTypeRole"]["result"];
  /** `GET /api/v1/users/{userId}/subscriptions` (`listSubscriptionsUser`) */
  listUser(userId: string, options?: CallOptions): Operations["listSubscriptionsUser"]["result"];
  /** `GET /api/v1/users/{userId}/subscriptions/{notificationType}` (`getSubscriptionsNotificationTypeUser`) */
  getNotificationTypeUser(userId: string, notificationType: string, options?: CallOptions): Operations["getSubscriptionsNotificationTypeUser"]["result"];
  /** `POST /api/v1/users/{userId}/subscriptions/{notificationType}/subscribe` (`subscribeByNotificationTypeUser`) */
  subscribeNotificationTypeUser(userId: string, notificationType: string, options?: CallOptions): Operations["subscribeByNotificationTypeUser"]["result"];
  /** `POST /api/v1/users/{userId}/subscriptions/{notificationType}/unsubscribe` (`unsubscribeByNotificationTypeUser`) */
  unsubscribeNotificationTypeUser(userId: string, notificationType: string, options?: CallOptions): Operations["unsubscribeByNotificationTypeUser"]["result"];
}

/** The `okta.threatInsight` namespace. */
export interface ThreatInsightApi {
  /** `GET /api/v1/threats/configuration` (`getCurrentConfiguration`) */
  getCurrentConfiguration(options?: CallOptions): Operations["getCurrentConfiguration"]["result"];
  /** `POST /api/v1/threats/configuration` (`updateConfiguration`) */
  updateConfiguration(body: Operations["updateConfiguration"]["args"]["body"], options?: CallOptions): Operations["updateConfiguration"]["result"];
}

/** The `okta.trustedOrigins` namespace. */
export interface TrustedOriginsApi {
  /** `GET /api/v1/trustedOrigins` (`listTrustedOrigins`) */
  list(options?: CallOptions): Operations["listTrustedOrigins"]["result"];
  /** `POST /api/v1/trustedOrigins` (`createTrustedOrigin`) */
  create(body: Operations["createTrustedOrigin"]["args"]["body"], options?: CallOptions): Operations["createTrustedOrigin"]["result"];
  /** `GET /api/v1/trustedOrigins/{trustedOriginId}` (`getTrustedOrigin`) */
  get(trustedOriginId: string, options?: CallOptions): Operations["getTrustedOrigin"]["result"];
  /** `PUT /api/v1/trustedOrigins/{trustedOriginId}` (`replaceTrustedOrigin`) */
  replace(trustedOriginId: string, body: Operations["replaceTrustedOrigin"]["args"]["body"], options?: CallOptions): Operations["replaceTrustedOrigin"]["result"];
  /** `DELETE /api/v1/trustedOrigins/{trustedOriginId}` (`deleteTrustedOrigin`) */
  delete(trustedOriginId: string, options?: CallOptions): Operations["deleteTrustedOrigin"]["result"];
  /** `POST /api/v1/trustedOrigins/{trustedOriginId}/lifecycle/activate` (`activateTrustedOrigin`) */
  activate(trustedOriginId: string, options?: CallOptions): Operations["activateTrustedOrigin"]["result"];
  /** `POST /api/v1/trustedOrigins/{trustedOriginId}/lifecycle/deactivate` (`deactivateTrustedOrigin`) */
  deactivate(trustedOriginId: string, options?: CallOptions): Operations["deactivateTrustedOrigin"]["result"];
}

/** The `okta.uiSchemas` namespace. */
export interface UiSchemasApi {
  /** `GET /api/v1/meta/uischemas` (`listUISchemas`) */
  list(options?: CallOptions): Operations["listUISchemas"]["result"];
  /** `POST /api/v1/meta/uischemas` (`createUISchema`) */
  create(body: Operations["createUISchema"]["args"]["body"], options?: CallOptions): Operations["createUISchema"]["result"];
  /** `GET /api/v1/meta/uischemas/{id}` (`getUISchema`) */
  get(id: string, options?: CallOptions): Operations["getUISchema"]["result"];
  /** `PUT /api/v1/meta/uischemas/{id}` (`replaceUISchemas`) */
  replace(id: string, body: Operations["replaceUISchemas"]["args"]["body"], options?: CallOptions): Operations["replaceUISchemas"]["result"];
  /** `DELETE /api/v1/meta/uischemas/{id}` (`deleteUISchemas`) */
  delete(id: string, options?: CallOptions): Operations["deleteUISchemas"]["result"];
  /** `GET /api/v1/meta/layouts/apps/{appName}/sections/{section}/{operation}` (`getAppUISchema`) */
  getApp(appName: string, section: string, operation: string, options?: CallOptions): Operations["getAppUISchema"]["result"];
}

/** The `okta.unconfirmedUsers` namespace. */
export interface UnconfirmedUsersApi {
  /** `GET /api/v1/apps/{appId}/unconfirmed-users` (`listUnconfirmedUsers`) */
  list(appId: string, options?: CallOptions): Operations["listUnconfirmedUsers"]["result"];
}

/** The `okta.userTypes` namespace. */
export interface UserTypesApi {
  /** `GET /api/v1/meta/types/user` (`listUserTypes`) */
  list(options?: CallOptions): Operations["listUserTypes"]["result"];
  /** `POST /api/v1/meta/types/user` (`createUserType`) */
  create(body: Operations["createUserType"]["args"]["body"], options?: CallOptions): Operations["createUserType"]["result"];
  /** `GET /api/v1/meta/types/user/{typeId}` (`getUserType`) */
  get(typeId: string, options?: CallOptions): Operations["getUserType"]["result"];
  /** `POST /api/v1/meta/types/user/{typeId}` (`updateUserType`) */
  update(typeId: string, body: Operations["updateUserType"]["args"]["body"], options?: CallOptions): Operations["updateUserType"]["result"];
  /** `PUT /api/v1/meta/types/user/{typeId}` (`replaceUserType`) */
  replace(typeId: string, body?: Operations["replaceUserType"]["args"]["body"], options?: CallOptions): Operations["replaceUserType"]["result"];
  /** `DELETE /api/v1/meta/types/user/{typeId}` (`deleteUserType`) */
  delete(typeId: string, options?: CallOptions): Operations["deleteUserType"]["result"];
}

/** The `okta.users` namespace. */
export interface UsersApi {
  /** `okta.users.factors` */
  readonly factors: UsersFactorsApi;
  /** `GET /api/v1/users` (`listUsers`) */
  list(options?: CallOptions): Operations["listUsers"]["result"];
  /** `POST /api/v1/users` (`createUser`) */
  create(body: Operations["createUser"]["args"]["body"], options?: CallOptions): Operations["createUser"]["result"];
  /** `GET /api/v1/users/{id}` (`getUser`) */
  get(id: string, options?: CallOptions): Operations["getUser"]["result"];
  /** `POST /api/v1/users/{id}` (`updateUser`) */
  update(id: string, body: Operations["updateUser"]["args"]["body"], options?: CallOptions): Operations["updateUser"]["result"];
  /** `PUT /api/v1/users/{id}` (`replaceUser`) */
  replace(id: string, body: Operations["replaceUser"]["args"]["body"], options?: CallOptions): Operations["replaceUser"]["result"];
  /** `DELETE /api/v1/users/{id}` (`deleteUser`) */
  delete(id: string, options?: CallOptions): Operations["deleteUser"]["result"];
  /** `okta.users.resources` */
  readonly resources: UsersResourcesApi;
  /** `GET /api/v1/users/{id}/blocks` (`listUserBlocks`) */
  listBlocks(id: string, options?: CallOptions): Operations["listUserBlocks"]["result"];
  /** `okta.users.lifecycle` */
  readonly lifecycle: UsersLifecycleApi;
  /** `okta.users.credentials` */
  readonly credentials: UsersCredentialsApi;
  /** `okta.users.linkedObjects` */
  readonly linkedObjects: UsersLinkedObjectsApi;
  /** `okta.users.authenticatorEnrollments` */
  readonly authenticatorEnrollments: UsersAuthenticatorEnrollmentsApi;
  /** `okta.users.classification` */
  readonly classification: UsersClassificationApi;
  /** `okta.users.grants` */
  readonly grants: UsersGrantsApi;
  /** `okta.users.oauth` */
  readonly oauth: UsersOauthApi;
  /** `okta.users.risk` */
  readonly risk: UsersRiskApi;
  /** `okta.users.sessions` */
  readonly sessions: UsersSessionsApi;
  /** `POST /api/v1/users/me/lifecycle/delete_sessions` (`endUserSessions`) */
  endSessions(body?: Operations["endUserSessions"]["args"]["body"], options?: CallOptions): Operations["endUserSessions"]["result"];
}

/** The `okta.users.authenticatorEnrollments` namespace. */
export interface UsersAuthenticatorEnrollmentsApi {
  /** `GET /api/v1/users/{userId}/authenticator-enrollments` (`listAuthenticatorEnrollments`) */
  list(userId: string, options?: CallOptions): Operations["listAuthenticatorEnrollments"]["result"];
  /** `POST /api/v1/users/{userId}/authenticator-enrollments/phone` (`createAuthenticatorEnrollment`) */
  create(userId: string, body: Operations["createAuthenticatorEnrollment"]["args"]["body"], options?: CallOptions): Operations["createAuthenticatorEnrollment"]["result"];
  /** `POST /api/v1/users/{userId}/authenticator-enrollments/tac` (`createTacAuthenticatorEnrollment`) */
  createTac(userId: string, body: Operations["createTacAuthenticatorEnrollment"]["args"]["body"], options?: CallOptions): Operations["createTacAuthenticatorEnrollment"]["result"];
  /** `GET /api/v1/users/{userId}/authenticator-enrollments/{enrollmentId}` (`getAuthenticatorEnrollment`) */
  get(userId: string, enrollmentId: string, options?: CallOptions): Operations["getAuthenticatorEnrollment"]["result"];
  /** `DELETE /api/v1/users/{userId}/authenticator-enrollments/{enrollmentId}` (`deleteAuthenticatorEnrollment`) */
  delete(userId: string, enrollmentId: string, options?: CallOptions): Operations["deleteAuthenticatorEnrollment"]["result"];
}

/** The `okta.users.classification` namespace. */
export interface UsersClassificationApi {
  /** `GET /api/v1/users/{userId}/classification` (`getUserClassification`) */
  get(userId: string, options?: CallOptions): Operations["getUserClassification"]["result"];
  /** `PUT /api/v1/users/{userId}/classification` (`replaceUserClassification`) */
  replace(userId: string, body: Operations["replaceUserClassification"]["args"]["body"], options?: CallOptions): Operations["replaceUserClassification"]["result"];
}

/** The `okta.users.credentials` namespace. */
export interface UsersCredentialsApi {
  /** `POST /api/v1/users/{id}/lifecycle/expire_password` (`expirePassword`) */
  expirePassword(id: string, options?: CallOptions): Operations["expirePassword"]["result"];
  /** `POST /api/v1/users/{id}/lifecycle/expire_password_with_temp_password` (`expirePasswordWithTempPassword`) */
  expirePasswordWithTempPassword(id: string, options?: CallOptions): Operations["expirePasswordWithTempPassword"]["result"];
  /** `POST /api/v1/users/{id}/lifecycle/reset_password` (`resetPassword`) */
  resetPassword(id: string, options?: CallOptions): Operations["resetPassword"]["result"];
  /** `POST /api/v1/users/{userId}/credentials/change_password` (`changePassword`) */
  changePassword(userId: string, body: Operations["changePassword"]["args"]["body"], options?: CallOptions): Operations["changePassword"]["result"];
  /** `POST /api/v1/users/{userId}/credentials/change_recovery_question` (`changeRecoveryQuestion`) */
  changeRecoveryQuestion(userId: string, body: Operations["changeRecoveryQuestion"]["args"]["body"], options?: CallOptions): Operations["changeRecoveryQuestion"]["result"];
  /** `POST /api/v1/users/{userId}/credentials/forgot_password` (`forgotPassword`) */
  forgotPassword(userId: string, options?: CallOptions): Operations["forgotPassword"]["result"];
  /** `POST /api/v1/users/{userId}/credentials/forgot_password_recovery_question` (`forgotPasswordSetNewPassword`) */
  forgotPasswordSetNewPassword(userId: string, body: Operations["forgotPasswordSetNewPassword"]["args"]["body"], options?: CallOptions): Operations["forgotPasswordSetNewPassword"]["result"];
}

/** The `okta.users.factors` namespace. */
export interface UsersFactorsApi {
  /** `GET /api/v1/org/factors/yubikey_token/tokens` (`listYubikeyOtpTokens`) */
  listYubikeyOtpTokens(options?: CallOptions): Operations["listYubikeyOtpTokens"]["result"];
  /** `POST /api/v1/org/factors/yubikey_token/tokens` (`uploadYubikeyOtpTokenSeed`) */
  uploadYubikeyOtpTokenSeed(body: Operations["uploadYubikeyOtpTokenSeed"]["args"]["body"], options?: CallOptions): Operations["uploadYubikeyOtpTokenSeed"]["result"];
  /** `GET /api/v1/org/factors/yubikey_token/tokens/{tokenId}` (`getYubikeyOtpTokenById`) */
  getYubikeyOtpTokenById(tokenId: string, options?: CallOptions): Operations["getYubikeyOtpTokenById"]["result"];
  /** `GET /api/v1/users/{userId}/factors` (`listFactors`) */
  list(userId: string, options?: CallOptions): Operations["listFactors"]["result"];
  /** `POST /api/v1/users/{userId}/factors` (`enrollFactor`) */
  enroll(userId: string, body: Operations["enrollFactor"]["args"]["body"], options?: CallOptions): Operations["enrollFactor"]["result"];
  /** `GET /api/v1/users/{userId}/factors/catalog` (`listSupportedFactors`) */
  listSupported(userId: string, options?: CallOptions): Operations["listSupportedFactors"]["result"];
  /** `GET /api/v1/users/{userId}/factors/questions` (`listSupportedSecurityQuestions`) */
  listSupportedSecurityQuestions(userId: string, options?: CallOptions): Operations["listSupportedSecurityQuestions"]["result"];
  /** `GET /api/v1/users/{userId}/factors/{factorId}` (`getFactor`) */
  get(userId: string, factorId: string, options?: CallOptions): Operations["getFactor"]["result"];
  /** `DELETE /api/v1/users/{userId}/factors/{factorId}` (`unenrollFactor`) */
  unenroll(userId: string, factorId: string, options?: CallOptions): Operations["unenrollFactor"]["result"];
  /** `POST /api/v1/users/{userId}/factors/{factorId}/lifecycle/activate` (`activateFactor`) */
  activate(userId: string, factorId: string, body?: Operations["activateFactor"]["args"]["body"], options?: CallOptions): Operations["activateFactor"]["result"];
  /** `POST /api/v1/users/{userId}/factors/{factorId}/resend` (`resendEnrollFactor`) */
  resendEnroll(userId: string, factorId: string, body: Operations["resendEnrollFactor"]["args"]["body"], options?: CallOptions): Operations["resendEnrollFactor"]["result"];
  /** `GET /api/v1/users/{userId}/factors/{factorId}/transactions/{transactionId}` (`getFactorTransactionStatus`) */
  getTransactionStatus(userId: string, factorId: string, transactionId: string, options?: CallOptions): Operations["getFactorTransactionStatus"]["result"];
  /** `POST /api/v1/users/{userId}/factors/{factorId}/verify` (`verifyFactor`) */
  verify(userId: string, factorId: string, body?: Operations["verifyFactor"]["args"]["body"], options?: CallOptions): Operations["verifyFactor"]["result"];
}

/** The `okta.users.grants` namespace. */
export interface UsersGrantsApi {
  /** `GET /api/v1/users/{userId}/clients/{clientId}/grants` (`listGrantsForUserAndClient`) */
  listClient(userId: string, clientId: string, options?: CallOptions): Operations["listGrantsForUserAndClient"]["result"];
  /** `DELETE /api/v1/users/{userId}/clients/{clientId}/grants` (`revokeGrantsForUserAndClient`) */
  revokeClient(userId: string, clientId: string, options?: CallOptions): Operations["revokeGrantsForUserAndClient"]["result"];
  /** `GET /api/v1/users/{userId}/grants` (`listUserGrants`) */
  list(userId: string, options?: CallOptions): Operations["listUserGrants"]["result"];
  /** `DELETE /api/v1/users/{userId}/grants` (`revokeUserGrants`) */
  revoke(userId: string, options?: CallOptions): Operations["revokeUserGrants"]["result"];
  /** `GET /api/v1/users/{userId}/grants/{grantId}` (`getUserGrant`) */
  get(userId: string, grantId: string, options?: CallOptions): Operations["getUserGrant"]["result"];
  /** `DELETE /api/v1/users/{userId}/grants/{grantId}` (`revokeUserGrant`) */
  revokeUserGrant(userId: string, grantId: string, options?: CallOptions): Operations["revokeUserGrant"]["result"];
}

/** The `okta.users.lifecycle` namespace. */
export interface UsersLifecycleApi {
  /** `POST /api/v1/users/{id}/lifecycle/activate` (`activateUser`) */
  activate(id: string, options?: CallOptions): Operations["activateUser"]["result"];
  /** `POST /api/v1/users/{id}/lifecycle/deactivate` (`deactivateUser`) */
  deactivate(id: string, options?: CallOptions): Operations["deactivateUser"]["result"];
  /** `POST /api/v1/users/{id}/lifecycle/reactivate` (`reactivateUser`) */
  reactivate(id: string, options?: CallOptions): Operations["reactivateUser"]["result"];
  /** `POST /api/v1/users/{id}/lifecycle/reset_factors` (`resetFactors`) */
  resetFactors(id: string, options?: CallOptions): Operations["resetFactors"]["result"];
  /** `POST /api/v1/users/{id}/lifecycle/suspend` (`suspendUser`) */
  suspend(id: string, options?: CallOptions): Operations["suspendUser"]["result"];
  /** `POST /api/v1/users/{id}/lifecycle/unlock` (`unlockUser`) */
  unlock(id: string, options?: CallOptions): Operations["unlockUser"]["result"];
  /** `POST /api/v1/users/{id}/lifecycle/unsuspend` (`unsuspendUser`) */
  unsuspend(id: string, options?: CallOptions): Operations["unsuspendUser"]["result"];
}

/** The `okta.users.linkedObjects` namespace. */
export interface UsersLinkedObjectsApi {
  /** `PUT /api/v1/users/{userIdOrLogin}/linkedObjects/{primaryRelationshipName}/{primaryUserId}` (`assignLinkedObjectValueForPrimary`) */
  assignValueForPrimary(userIdOrLogin: string, primaryRelationshipName: string, primaryUserId: string, options?: CallOptions): Operations["assignLinkedObjectValueForPrimary"]["result"];
  /** `GET /api/v1/users/{userIdOrLogin}/linkedObjects/{relationshipName}` (`listLinkedObjectsForUser`) */
  list(userIdOrLogin: string, relationshipName: string, options?: CallOptions): Operations["listLinkedObjectsForUser"]["result"];
  /** `DELETE /api/v1/users/{userIdOrLogin}/linkedObjects/{relationshipName}` (`deleteLinkedObjectForUser`) */
  delete(userIdOrLogin: string, relationshipName: string, options?: CallOptions): Operations["deleteLinkedObjectForUser"]["result"];
}

/** The `okta.users.oauth` namespace. */
export interface UsersOauthApi {
  /** `GET /api/v1/users/{userId}/clients/{clientId}/tokens` (`listRefreshTokensForUserAndClient`) */
  listRefreshTokensForAndClient(userId: string, clientId: string, options?: CallOptions): Operations["listRefreshTokensForUserAndClient"]["result"];
  /** `DELETE /api/v1/users/{userId}/clients/{clientId}/tokens` (`revokeTokensForUserAndClient`) */
  revokeTokensForAndClient(userId: string, clientId: string, options?: CallOptions): Operations["revokeTokensForUserAndClient"]["result"];
  /** `GET /api/v1/users/{userId}/clients/{clientId}/tokens/{tokenId}` (`getRefreshTokenForUserAndClient`) */
  getRefreshTokenForAndClient(userId: string, clientId: string, tokenId: string, options?: CallOptions): Operations["getRefreshTokenForUserAndClient"]["result"];
  /** `DELETE /api/v1/users/{userId}/clients/{clientId}/tokens/{tokenId}` (`revokeTokenForUserAndClient`) */
  revokeTokenForAndClient(userId: string, clientId: string, tokenId: string, options?: CallOptions): Operations["revokeTokenForUserAndClient"]["result"];
}

/** The `okta.users.resources` namespace. */
export interface UsersResourcesApi {
  /** `GET /api/v1/users/{id}/appLinks` (`listAppLinks`) */
  listAppLinks(id: string, options?: CallOptions): Operations["listAppLinks"]["result"];
  /** `GET /api/v1/users/{id}/groups` (`listUserGroups`) */
  listGroups(id: string, options?: CallOptions): Operations["listUserGroups"]["result"];
  /** `GET /api/v1/users/{userId}/clients` (`listUserClients`) */
  listClients(userId: string, options?: CallOptions): Operations["listUserClients"]["result"];
  /** `GET /api/v1/users/{userId}/devices` (`listUserDevices`) */
  listDevices(userId: string, options?: CallOptions): Operations["listUserDevices"]["result"];
}

/** The `okta.users.risk` namespace. */
export interface UsersRiskApi {
  /** `GET /api/v1/users/{userId}/risk` (`getUserRisk`) */
  get(userId: string, options?: CallOptions): Operations["getUserRisk"]["result"];
  /** `PUT /api/v1/users/{userId}/risk` (`upsertUserRisk`) */
  upsert(userId: string, body: Operations["upsertUserRisk"]["args"]["body"], options?: CallOptions): Operations["upsertUserRisk"]["result"];
}

/** The `okta.users.sessions` namespace. */
export interface UsersSessionsApi {
  /** `DELETE /api/v1/users/{userId}/sessions` (`revokeUserSessions`) */
  revoke(userId: string, options?: CallOptions): Operations["revokeUserSessions"]["result"];
}

/** The `okta.webAuthnPreregistration` namespace. */
export interface WebAuthnPreregistrationApi {
  /** `POST /webauthn-registration/api/v1/activate` (`activatePreregistrationEnrollment`) */
  activateEnrollment(body?: Operations["activatePreregistrationEnrollment"]["args"]["body"], options?: CallOptions): Operations["activatePreregistrationEnrollment"]["result"];
  /** `POST /webauthn-registration/api/v1/enroll` (`enrollPreregistrationEnrollment`) */
  enrollEnrollment(body?: Operations["enrollPreregistrationEnrollment"]["args"]["body"], options?: CallOptions): Operations["enrollPreregistrationEnrollment"]["result"];
  /** `POST /webauthn-registration/api/v1/initiate-fulfillment-request` (`generateFulfillmentRequest`) */
  generateFulfillmentRequest(body?: Operations["generateFulfillmentRequest"]["args"]["body"], options?: CallOptions): Operations["generateFulfillmentRequest"]["result"];
  /** `POST /webauthn-registration/api/v1/send-pin` (`sendPin`) */
  sendPin(body?: Operations["sendPin"]["args"]["body"], options?: CallOptions): Operations["sendPin"]["result"];
  /** `GET /webauthn-registration/api/v1/users/{userId}/enrollments` (`listWebAuthnPreregistrationFactors`) */
  listFactors(userId: string, options?: CallOptions): Operations["listWebAuthnPreregistrationFactors"]["result"];
  /** `DELETE /webauthn-registration/api/v1/users/{userId}/enrollments/{authenticatorEnrollmentId}` (`deleteWebAuthnPreregistrationFactor`) */
  deleteFactor(userId: string, authenticatorEnrollmentId: string, options?: CallOptions): Operations["deleteWebAuthnPreregistrationFactor"]["result"];
  /** `POST /webauthn-registration/api/v1/users/{userId}/enrollments/{authenticatorEnrollmentId}/mark-error` (`assignFulfillmentErrorWebAuthnPreregistrationFactor`) */
  assignFulfillmentErrorFactor(userId: string, authenticatorEnrollmentId: string, options?: CallOptions): Operations["assignFulfillmentErrorWebAuthnPreregistrationFactor"]["result"];
}

/** The `okta.yourOinIntegrations` namespace. */
export interface YourOinIntegrationsApi {
  /** `GET /integrations/api/v1/submissions` (`listSubmissions`) */
  listSubmissions(options?: CallOptions): Operations["listSubmissions"]["result"];
  /** `POST /integrations/api/v1/submissions` (`createSubmission`) */
  createSubmission(body?: Operations["createSubmission"]["args"]["body"], options?: CallOptions): Operations["createSubmission"]["result"];
  /** `POST /integrations/api/v1/submissions/logo` (`uploadSubmissionLogo`) */
  uploadSubmissionLogo(body?: Operations["uploadSubmissionLogo"]["args"]["body"], options?: CallOptions): Operations["uploadSubmissionLogo"]["result"];
  /** `POST /integrations/api/v1/submissions/logo/default` (`uploadSubmissionDefaultLogo`) */
  uploadSubmissionDefaultLogo(body?: Operations["uploadSubmissionDefaultLogo"]["args"]["body"], options?: CallOptions): Operations["uploadSubmissionDefaultLogo"]["result"];
  /** `GET /integrations/api/v1/submissions/{submissionId}` (`getSubmissionByOperationId`) */
  getSubmissionByOperationId(submissionId: string, options?: CallOptions): Operations["getSubmissionByOperationId"]["result"];
  /** `PUT /integrations/api/v1/submissions/{submissionId}` (`replaceSubmission`) */
  replaceSubmission(submissionId: string, body?: Operations["replaceSubmission"]["args"]["body"], options?: CallOptions): Operations["replaceSubmission"]["result"];
  /** `GET /integrations/api/v1/submissions/{submissionId}/capabilities` (`listSubmissionCapabilities`) */
  listSubmissionCapabilities(submissionId: string, options?: CallOptions): Operations["listSubmissionCapabilities"]["result"];
  /** `PUT /integrations/api/v1/submissions/{submissionId}/capabilities` (`upsertSubmissionCapabilities`) */
  upsertSubmissionCapabilities(submissionId: string, body?: Operations["upsertSubmissionCapabilities"]["args"]["body"], options?: CallOptions): Operations["upsertSubmissionCapabilities"]["result"];
  /** `GET /integrations/api/v1/submissions/{submissionId}/capabilities/shared/auth-settings/default` (`getSubmissionAuthSettings`) */
  getSubmissionAuthSettings(submissionId: string, options?: CallOptions): Operations["getSubmissionAuthSettings"]["result"];
  /** `PUT /integrations/api/v1/submissions/{submissionId}/capabilities/shared/auth-settings/default` (`upsertSubmissionAuthSettings`) */
  upsertSubmissionAuthSettings(submissionId: string, body?: Operations["upsertSubmissionAuthSettings"]["args"]["body"], options?: CallOptions): Operations["upsertSubmissionAuthSettings"]["result"];
  /** `GET /integrations/api/v1/submissions/{submissionId}/capabilities/{capability}/protocols/actions` (`getSubmissionActions`) */
  getSubmissionActions(submissionId: string, capability: string, options?: CallOptions): Operations["getSubmissionActions"]["result"];
  /** `PUT /integrations/api/v1/submissions/{submissionId}/capabilities/{capability}/protocols/actions` (`upsertSubmissionActions`) */
  upsertSubmissionActions(submissionId: string, capability: string, body?: Operations["upsertSubmissionActions"]["args"]["body"], options?: CallOptions): Operations["upsertSubmissionActions"]["result"];
  /** `GET /integrations/api/v1/submissions/{submissionId}/capabilities/{capability}/protocols/actions/actions-provider/{actionsProviderType}/available-actions` (`listAvailableActions`) */
  listAvailableActions(submissionId: string, capability: string, actionsProviderType: string, options?: CallOptions): Operations["listAvailableActions"]["result"];
  /** `POST /integrations/api/v1/submissions/{submissionId}/capabilities/{capability}/protocols/actions/actions-provider/{actionsProviderType}/validate-actions` (`verifyActions`) */
  verifyActions(submissionId: string, capability: string, actionsProviderType: string, options?: CallOptions): Operations["verifyActions"]["result"];
  /** `POST /integrations/api/v1/submissions/{submissionId}/submit` (`submitSubmission`) */
  submitSubmission(submissionId: string, options?: CallOptions): Operations["submitSubmission"]["result"];
  /** `GET /integrations/api/v1/submissions/{submissionId}/tenant-settings` (`getSubmissionTenantSettings`) */
  getSubmissionTenantSettings(submissionId: string, options?: CallOptions): Operations["getSubmissionTenantSettings"]["result"];
  /** `PUT /integrations/api/v1/submissions/{submissionId}/tenant-settings` (`upsertSubmissionTenantSettings`) */
  upsertSubmissionTenantSettings(submissionId: string, body?: Operations["upsertSubmissionTenantSettings"]["args"]["body"], options?: CallOptions): Operations["upsertSubmissionTenantSettings"]["result"];
  /** `GET /integrations/api/v1/submissions/{submissionId}/testing` (`getSubmissionTestInfo`) */
  getSubmissionTestInfo(submissionId: string, options?: CallOptions): Operations["getSubmissionTestInfo"]["result"];
  /** `PUT /integrations/api/v1/submissions/{submissionId}/testing` (`upsertSubmissionTestInfo`) */
  upsertSubmissionTestInfo(submissionId: string, body?: Operations["upsertSubmissionTestInfo"]["args"]["body"], options?: CallOptions): Operations["upsertSubmissionTestInfo"]["result"];
}

/** The `okta.zones` namespace. */
export interface ZonesApi {
  /** `GET /api/v1/zones` (`listNetworkZones`) */
  list(options?: CallOptions): Operations["listNetworkZones"]["result"];
  /** `POST /api/v1/zones` (`createNetworkZone`) */
  create(body: Operations["createNetworkZone"]["args"]["body"], options?: CallOptions): Operations["createNetworkZone"]["result"];
  /** `GET /api/v1/zones/{zoneId}` (`getNetworkZone`) */
  get(zoneId: string, options?: CallOptions): Operations["getNetworkZone"]["result"];
  /** `PUT /api/v1/zones/{zoneId}` (`replaceNetworkZone`) */
  replace(zoneId: string, body: Operations["replaceNetworkZone"]["args"]["body"], options?: CallOptions): Operations["replaceNetworkZone"]["result"];
  /** `DELETE /api/v1/zones/{zoneId}` (`deleteNetworkZone`) */
  delete(zoneId: string, options?: CallOptions): Operations["deleteNetworkZone"]["result"];
  /** `POST /api/v1/zones/{zoneId}/lifecycle/activate` (`activateNetworkZone`) */
  activate(zoneId: string, options?: CallOptions): Operations["activateNetworkZone"]["result"];
  /** `POST /api/v1/zones/{zoneId}/lifecycle/deactivate` (`deactivateNetworkZone`) */
  deactivate(zoneId: string, options?: CallOptions): Operations["deactivateNetworkZone"]["result"];
}
