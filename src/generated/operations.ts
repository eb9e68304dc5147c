// generated — do not edit. Run `deno task codegen` (source: tools/codegen/).
/**
 * The runtime operation table of the Okta Management API (816 operations), as data:
 * one row per line, decoded by `src/core/operation_table.ts` (this module imports nothing).
 *
 * @module
 */

/** The encoded rows, one per line: the primary spec, then the supplements' extras. */
export const OPERATION_ROWS: string = `getWellKnownAppAuthenticatorConfiguration|0|/.well-known/app-authenticator-configuration|q!oauthClientId|0|1|0|200||10|Authenticator||WellKnownAppAuthenticatorConfiguration|authenticators.getWellKnownAppConfiguration|0|||
getAppleAppSiteAssociationWellKnownURI|0|/.well-known/apple-app-site-association||0|1|0|200||8|AssociatedDomainCustomizations||PublicAppleAppSiteWellKnownURI|associatedDomainCustomizations.getAppleAppSiteAssociationWellKnownUri|0|||
getAssetLinksWellKnownURI|0|/.well-known/assetlinks.json||0|1|0|200||10|AssociatedDomainCustomizations|||associatedDomainCustomizations.getAssetLinksWellKnownUri|0|||
getWellknownOrgMetadata|0|/.well-known/okta-organization||0|1|0|200||8|OrgSettingMetadata||WellKnownOrgMetadata|org.metadata.getWellknown|0|||
getWellknownSsfMetadata|0|/.well-known/ssf-configuration||0|1|0|200||8|SSFTransmitter||WellKnownSSFMetadata|ssfTransmitter.getWellknownMetadata|0|LIMITED_GA||
getWebAuthnWellKnownURI|0|/.well-known/webauthn||0|1|0|200||8|AssociatedDomainCustomizations||PublicWebauthnSiteWellKnownURI|associatedDomainCustomizations.getWebAuthnWellKnownUri|0|||
listAgentPools|0|/api/v1/agentPools|qlimitPerPoolType qpoolType qafter|0|1|1|200|okta.agentPools.read|6|AgentPools||AgentPool|agentPools.list|0|||
listAgentPoolsUpdates|0|/api/v1/agentPools/{poolId}/updates|p!poolId qscheduled|0|1|0|200|okta.agentPools.read|6|AgentPools||AgentPoolUpdate|agentPools.listUpdates|0|||
createAgentPoolsUpdate|1|/api/v1/agentPools/{poolId}/updates|p!poolId|1|1|0|201|okta.agentPools.manage|5|AgentPools|AgentPoolUpdate|AgentPoolUpdate|agentPools.createUpdate|0|||
getAgentPoolsUpdateSettings|0|/api/v1/agentPools/{poolId}/updates/settings|p!poolId|0|1|0|200|okta.agentPools.read|4|AgentPools||AgentPoolUpdateSettingResponse|agentPools.getUpdateSettings|0|||
updateAgentPoolsUpdateSettings|1|/api/v1/agentPools/{poolId}/updates/settings|p!poolId|1|1|0|201|okta.agentPools.manage|5|AgentPools|AgentPoolUpdateSettingRequest|AgentPoolUpdateSettingResponse|agentPools.updateUpdateSettings|0|||
getAgentPoolsUpdateInstance|0|/api/v1/agentPools/{poolId}/updates/{updateId}|p!poolId p!updateId|0|1|0|200|okta.agentPools.read|4|AgentPools||AgentPoolUpdate|agentPools.getUpdateInstance|0|||
updateAgentPoolsUpdate|1|/api/v1/agentPools/{poolId}/updates/{updateId}|p!poolId p!updateId|1|1|0|201|okta.agentPools.manage|5|AgentPools|AgentPoolUpdate|AgentPoolUpdate|agentPools.updateUpdate|0|||
deleteAgentPoolsUpdate|4|/api/v1/agentPools/{poolId}/updates/{updateId}|p!poolId p!updateId|0|0|0|204|okta.agentPools.manage|4|AgentPools|||agentPools.deleteUpdate|0|||
activateAgentPoolsUpdate|1|/api/v1/agentPools/{poolId}/updates/{updateId}/activate|p!poolId p!updateId|0|1|0|201|okta.agentPools.manage|4|AgentPools||AgentPoolUpdate|agentPools.activateUpdate|0|||
deactivateAgentPoolsUpdate|1|/api/v1/agentPools/{poolId}/updates/{updateId}/deactivate|p!poolId p!updateId|0|1|0|201|okta.agentPools.manage|4|AgentPools||AgentPoolUpdate|agentPools.deactivateUpdate|0|||
pauseAgentPoolsUpdate|1|/api/v1/agentPools/{poolId}/updates/{updateId}/pause|p!poolId p!updateId|0|1|0|201|okta.agentPools.manage|4|AgentPools||AgentPoolUpdate|agentPools.pauseUpdate|0|||
resumeAgentPoolsUpdate|1|/api/v1/agentPools/{poolId}/updates/{updateId}/resume|p!poolId p!updateId|0|1|0|201|okta.agentPools.manage|4|AgentPools||AgentPoolUpdate|agentPools.resumeUpdate|0|||
retryAgentPoolsUpdate|1|/api/v1/agentPools/{poolId}/updates/{updateId}/retry|p!poolId p!updateId|0|1|0|201|okta.agentPools.manage|4|AgentPools||AgentPoolUpdate|agentPools.retryUpdate|0|||
stopAgentPoolsUpdate|1|/api/v1/agentPools/{poolId}/updates/{updateId}/stop|p!poolId p!updateId|0|1|0|201|okta.agentPools.manage|4|AgentPools||AgentPoolUpdate|agentPools.stopUpdate|0|||
listApiTokens|0|/api/v1/api-tokens||0|1|0|200|okta.apiTokens.read|6|ApiToken||ApiToken|apiTokens.list|0|||
revokeCurrentApiToken|4|/api/v1/api-tokens/current||0|0|0|204||4|ApiToken|||apiTokens.revokeCurrent|0|||
getApiToken|0|/api/v1/api-tokens/{apiTokenId}|p!apiTokenId|0|1|0|200|okta.apiTokens.read|4|ApiToken||ApiToken|apiTokens.get|0|||
upsertApiToken|2|/api/v1/api-tokens/{apiTokenId}|p!apiTokenId|1|1|0|200|okta.apiTokens.manage|5|ApiToken|ApiTokenUpdate|ApiToken|apiTokens.upsert|0|||
revokeApiToken|4|/api/v1/api-tokens/{apiTokenId}|p!apiTokenId|0|0|0|204|okta.apiTokens.manage|4|ApiToken|||apiTokens.revoke|0|||
listApplications|0|/api/v1/apps|qq qafter quseOptimization qalwaysIncludeVpnSettings qlimit qfilter qexpand qincludeNonDeleted|0|1|1|200|okta.apps.read|6|Application||Application|apps.list|0|||
createApplication|1|/api/v1/apps|qactivate hOktaAccessGateway-Agent|1|1|0|200|okta.apps.manage|5|Application|Application|Application|apps.create|0|||
getApplication|0|/api/v1/apps/{appId}|p!appId qexpand|0|1|0|200|okta.apps.read|4|Application||Application|apps.get|0|||
replaceApplication|2|/api/v1/apps/{appId}|p!appId|1|1|0|200|okta.apps.manage|5|Application|Application|Application|apps.replace|0|||
deleteApplication|4|/api/v1/apps/{appId}|p!appId|0|0|0|204|okta.apps.manage|4|Application|||apps.delete|0|||
getDefaultProvisioningConnectionForApplication|0|/api/v1/apps/{appId}/connections/default|p!appId|0|1|0|200|okta.apps.read|4|ApplicationConnections||ProvisioningConnectionResponse|apps.connections.getDefaultProvisioning|0|||
updateDefaultProvisioningConnectionForApplication|1|/api/v1/apps/{appId}/connections/default|p!appId qactivate|1|1|0|200|okta.apps.manage|5|ApplicationConnections||ProvisioningConnectionResponse|apps.connections.updateDefaultProvisioning|0|||
getUserProvisioningConnectionJWKS|0|/api/v1/apps/{appId}/connections/default/jwks|p!appId|0|1|0|200|okta.apps.read|4|ApplicationConnections||AppConnectionUserProvisionJWKResponse|apps.connections.getUserProvisioningJwks|0|||
activateDefaultProvisioningConnectionForApplication|1|/api/v1/apps/{appId}/connections/default/lifecycle/activate|p!appId|0|0|0|204|okta.apps.manage|4|ApplicationConnections|||apps.connections.activateDefaultProvisioning|0|||
deactivateDefaultProvisioningConnectionForApplication|1|/api/v1/apps/{appId}/connections/default/lifecycle/deactivate|p!appId|0|0|0|204|okta.apps.manage|4|ApplicationConnections|||apps.connections.deactivateDefaultProvisioning|0|||
listCsrsForApplication|0|/api/v1/apps/{appId}/credentials/csrs|p!appId|0|1|0|200|okta.apps.read|6|ApplicationSSOCredentialKey||Csr|apps.credentialKeys.listCsrs|0|||
generateCsrForApplication|1|/api/v1/apps/{appId}/credentials/csrs|p!appId|1|1|0|201|okta.apps.manage|5|ApplicationSSOCredentialKey|CsrMetadata|Csr|apps.credentialKeys.generateCsr|0|||
getCsrForApplication|0|/api/v1/apps/{appId}/credentials/csrs/{csrId}|p!appId p!csrId|0|1|0|200|okta.apps.read|4|ApplicationSSOCredentialKey||Csr|apps.credentialKeys.getCsr|0|||
revokeCsrFromApplication|4|/api/v1/apps/{appId}/credentials/csrs/{csrId}|p!appId p!csrId|0|0|0|204|okta.apps.manage|4|ApplicationSSOCredentialKey|||apps.credentialKeys.revokeCsr|0|||
publishCsrFromApplication|1|/api/v1/apps/{appId}/credentials/csrs/{csrId}/lifecycle/publish|p!appId p!csrId|4|1|0|201|okta.apps.manage|5|ApplicationSSOCredentialKey||JsonWebKey|apps.credentialKeys.publishCsr|0|||application/x-x509-ca-cert
listJwk|0|/api/v1/apps/{appId}/credentials/jwks|p!appId|0|1|0|200|okta.apps.read|6|ApplicationSSOPublicKeys|||apps.publicKeys.listJwk|0|||
addJwk|1|/api/v1/apps/{appId}/credentials/jwks|p!appId|1|1|0|201|okta.apps.manage|5|ApplicationSSOPublicKeys|||apps.publicKeys.addJwk|0|||
getJwk|0|/api/v1/apps/{appId}/credentials/jwks/{keyId}|p!appId p!keyId|0|1|0|200|okta.apps.read|4|ApplicationSSOPublicKeys|||apps.publicKeys.getJwk|0|||
deletejwk|4|/api/v1/apps/{appId}/credentials/jwks/{keyId}|p!appId p!keyId|0|0|0|204|okta.apps.manage|4|ApplicationSSOPublicKeys|||apps.publicKeys.deleteJwk|0|||
activateOAuth2ClientJsonWebKey|1|/api/v1/apps/{appId}/credentials/jwks/{keyId}/lifecycle/activate|p!appId p!keyId|0|1|0|200|okta.apps.manage|4|ApplicationSSOPublicKeys|||apps.publicKeys.activateJwk|0|||
deactivateOAuth2ClientJsonWebKey|1|/api/v1/apps/{appId}/credentials/jwks/{keyId}/lifecycle/deactivate|p!appId p!keyId|0|1|0|200|okta.apps.manage|4|ApplicationSSOPublicKeys||OAuth2ClientJsonSigningKeyResponse|apps.publicKeys.deactivateJwk|0|||
listApplicationKeys|0|/api/v1/apps/{appId}/credentials/keys|p!appId|0|1|0|200|okta.apps.read|6|ApplicationSSOCredentialKey||JsonWebKey|apps.credentialKeys.list|0|||
generateApplicationKey|1|/api/v1/apps/{appId}/credentials/keys/generate|p!appId q!validityYears|0|1|0|201|okta.apps.manage|4|ApplicationSSOCredentialKey||JsonWebKey|apps.credentialKeys.generate|0|||
getApplicationKey|0|/api/v1/apps/{appId}/credentials/keys/{keyId}|p!appId p!keyId|0|1|0|200|okta.apps.read|4|ApplicationSSOCredentialKey||JsonWebKey|apps.credentialKeys.get|0|||
cloneApplicationKey|1|/api/v1/apps/{appId}/credentials/keys/{keyId}/clone|p!appId p!keyId q!targetAid|0|1|0|201|okta.apps.manage|4|ApplicationSSOCredentialKey||JsonWebKey|apps.credentialKeys.clone|0|||
listOAuth2ClientSecrets|0|/api/v1/apps/{appId}/credentials/secrets|p!appId|0|1|0|200|okta.apps.read|6|ApplicationSSOPublicKeys||OAuth2ClientSecret|apps.clientSecrets.list|0|||
createOAuth2ClientSecret|1|/api/v1/apps/{appId}/credentials/secrets|p!appId|1|1|0|201|okta.apps.manage|4|ApplicationSSOPublicKeys|OAuth2ClientSecretRequestBody|OAuth2ClientSecret|apps.clientSecrets.create|0|||
getOAuth2ClientSecret|0|/api/v1/apps/{appId}/credentials/secrets/{secretId}|p!appId p!secretId|0|1|0|200|okta.apps.read|4|ApplicationSSOPublicKeys||OAuth2ClientSecret|apps.clientSecrets.get|0|||
deleteOAuth2ClientSecret|4|/api/v1/apps/{appId}/credentials/secrets/{secretId}|p!appId p!secretId|0|0|0|204|okta.apps.manage|4|ApplicationSSOPublicKeys|||apps.clientSecrets.delete|0|||
activateOAuth2ClientSecret|1|/api/v1/apps/{appId}/credentials/secrets/{secretId}/lifecycle/activate|p!appId p!secretId|0|1|0|200|okta.apps.manage|4|ApplicationSSOPublicKeys||OAuth2ClientSecret|apps.clientSecrets.activate|0|||
deactivateOAuth2ClientSecret|1|/api/v1/apps/{appId}/credentials/secrets/{secretId}/lifecycle/deactivate|p!appId p!secretId|0|1|0|200|okta.apps.manage|4|ApplicationSSOPublicKeys||OAuth2ClientSecret|apps.clientSecrets.deactivate|0|||
getAllCrossAppAccessConnections|0|/api/v1/apps/{appId}/cwo/connections|p!appId qafter qlimit qstatus qrequestingAppId qresourceAppId qactiveAppsOnly qrequestingAppName qresourceAppName|0|1|1|200|okta.apps.read|6|ApplicationCrossAppAccessConnections||OrgCrossAppAccessConnection|apps.crossAppAccessConnections.getAll|0|EA||
createCrossAppAccessConnection|1|/api/v1/apps/{appId}/cwo/connections|p!appId|1|1|0|201|okta.apps.manage|5|ApplicationCrossAppAccessConnections|OrgCrossAppAccessConnection|OrgCrossAppAccessConnection|apps.crossAppAccessConnections.create|0|EA||
getCrossAppAccessConnection|0|/api/v1/apps/{appId}/cwo/connections/{connectionId}|p!appId p!connectionId|0|1|0|200|okta.apps.read|4|ApplicationCrossAppAccessConnections||OrgCrossAppAccessConnection|apps.crossAppAccessConnections.get|0|EA||
updateCrossAppAccessConnection|3|/api/v1/apps/{appId}/cwo/connections/{connectionId}|p!appId p!connectionId|1|1|0|200|okta.apps.manage|5|ApplicationCrossAppAccessConnections|OrgCrossAppAccessConnectionPatchRequest|OrgCrossAppAccessConnection|apps.crossAppAccessConnections.update|0|EA||
deleteCrossAppAccessConnection|4|/api/v1/apps/{appId}/cwo/connections/{connectionId}|p!appId p!connectionId|0|0|0|204|okta.apps.manage|4|ApplicationCrossAppAccessConnections|||apps.crossAppAccessConnections.delete|0|EA||
listFeaturesForApplication|0|/api/v1/apps/{appId}/features|p!appId|0|1|0|200|okta.apps.read|6|ApplicationFeatures||ApplicationFeature|apps.features.list|0|||
getFeatureForApplication|0|/api/v1/apps/{appId}/features/{featureName}|p!appId p!featureName|0|1|0|200|okta.apps.read|4|ApplicationFeatures||ApplicationFeature|apps.features.get|0|||
updateFeatureForApplication|2|/api/v1/apps/{appId}/features/{featureName}|p!appId p!featureName|1|1|0|200|okta.apps.manage|5|ApplicationFeatures||ApplicationFeature|apps.features.update|0|||
listFederatedClaims|0|/api/v1/apps/{appId}/federated-claims|p!appId|0|1|0|200|okta.apps.read|6|ApplicationSSOFederatedClaims||FederatedClaim|apps.federatedClaims.list|0|||
createFederatedClaim|1|/api/v1/apps/{appId}/federated-claims|p!appId|1|1|0|201|okta.apps.manage|5|ApplicationSSOFederatedClaims|FederatedClaimRequestBody|FederatedClaim|apps.federatedClaims.create|0|||
getFederatedClaim|0|/api/v1/apps/{appId}/federated-claims/{claimId}|p!appId p!claimId|0|1|0|200|okta.apps.read|4|ApplicationSSOFederatedClaims||FederatedClaimRequestBody|apps.federatedClaims.get|0|||
replaceFederatedClaim|2|/api/v1/apps/{appId}/federated-claims/{claimId}|p!appId p!claimId|1|1|0|201|okta.apps.manage|4|ApplicationSSOFederatedClaims|FederatedClaim|FederatedClaim|apps.federatedClaims.replace|0|||
deleteFederatedClaim|4|/api/v1/apps/{appId}/federated-claims/{claimId}|p!appId p!claimId|0|0|0|204|okta.apps.manage|4|ApplicationSSOFederatedClaims|||apps.federatedClaims.delete|0|||
listScopeConsentGrants|0|/api/v1/apps/{appId}/grants|p!appId qexpand|0|1|0|200|okta.appGrants.read|6|ApplicationGrants||OAuth2ScopeConsentGrant|apps.grants.listScopeConsent|0|||
grantConsentToScope|1|/api/v1/apps/{appId}/grants|p!appId|1|1|0|201|okta.appGrants.manage|5|ApplicationGrants|OAuth2ScopeConsentGrant|OAuth2ScopeConsentGrant|apps.grants.grantConsentToScope|0|||
getScopeConsentGrant|0|/api/v1/apps/{appId}/grants/{grantId}|p!appId p!grantId qexpand|0|1|0|200|okta.appGrants.read|4|ApplicationGrants||OAuth2ScopeConsentGrant|apps.grants.getScopeConsent|0|||
revokeScopeConsentGrant|4|/api/v1/apps/{appId}/grants/{grantId}|p!appId p!grantId|0|0|0|204|okta.appGrants.manage|4|ApplicationGrants|||apps.grants.revokeScopeConsent|0|||
listGroupPushMappings|0|/api/v1/apps/{appId}/group-push/mappings|p!appId qafter qlimit qlastUpdated qsourceGroupId qstatus|0|1|1|200|okta.apps.read okta.groups.read|6|GroupPushMapping||GroupPushMapping|apps.groupPushMappings.list|0|||
createGroupPushMapping|1|/api/v1/apps/{appId}/group-push/mappings|p!appId|1|1|0|201|okta.apps.manage okta.groups.manage|5|GroupPushMapping|CreateGroupPushMappingRequest|GroupPushMapping|apps.groupPushMappings.create|0|||
getGroupPushMapping|0|/api/v1/apps/{appId}/group-push/mappings/{mappingId}|p!appId p!mappingId|0|1|0|200|okta.apps.read okta.groups.read|4|GroupPushMapping||GroupPushMapping|apps.groupPushMappings.get|0|||
updateGroupPushMapping|3|/api/v1/apps/{appId}/group-push/mappings/{mappingId}|p!appId p!mappingId|1|1|0|200|okta.apps.manage okta.groups.manage|5|GroupPushMapping|UpdateGroupPushMappingRequest|GroupPushMapping|apps.groupPushMappings.update|0|||
deleteGroupPushMapping|4|/api/v1/apps/{appId}/group-push/mappings/{mappingId}|p!appId p!mappingId q!deleteTargetGroup|0|0|0|204|okta.apps.manage okta.groups.manage|4|GroupPushMapping|||apps.groupPushMappings.delete|0|||
listApplicationGroupAssignments|0|/api/v1/apps/{appId}/groups|p!appId qq qafter qlimit qexpand|0|1|1|200|okta.apps.read|6|ApplicationGroups||ApplicationGroupAssignment|apps.groups.listAssignments|0|||
getApplicationGroupAssignment|0|/api/v1/apps/{appId}/groups/{groupId}|p!appId p!groupId qexpand|0|1|0|200|okta.apps.read|4|ApplicationGroups||ApplicationGroupAssignment|apps.groups.getAssignment|0|||
assignGroupToApplication|2|/api/v1/apps/{appId}/groups/{groupId}|p!appId p!groupId|1|1|0|200|okta.apps.manage|4|ApplicationGroups|ApplicationGroupAssignment|ApplicationGroupAssignment|apps.groups.assign|0|||
updateGroupAssignmentToApplication|3|/api/v1/apps/{appId}/groups/{groupId}|p!appId p!groupId|1|1|0|200|okta.apps.manage|4|ApplicationGroups||ApplicationGroupAssignment|apps.groups.updateAssignment|0|||
unassignApplicationFromGroup|4|/api/v1/apps/{appId}/groups/{groupId}|p!appId p!groupId|0|0|0|204|okta.apps.manage|4|ApplicationGroups|||apps.groups.unassign|0|||
listInterclientAllowedApplications|0|/api/v1/apps/{appId}/interclient-allowed-apps|p!appId|0|1|0|200|okta.apps.interclientTrust.read|6|ApplicationInterclientTrustMappings|||apps.interclientTrustMappings.listAllowed|0|EA||
createInterclientTrustMapping|1|/api/v1/apps/{appId}/interclient-allowed-apps|p!appId|1|1|0|201|okta.apps.interclientTrust.manage|5|ApplicationInterclientTrustMappings|InterclientTrustMappingRequestBody|InterclientTrustMapping|apps.interclientTrustMappings.create|0|EA||
deleteInterclientTrustMapping|4|/api/v1/apps/{appId}/interclient-allowed-apps/{allowedAppId}|p!appId p!allowedAppId|0|0|0|204|okta.apps.interclientTrust.manage|4|ApplicationInterclientTrustMappings|||apps.interclientTrustMappings.delete|0|EA||
listInterclientTargetApplications|0|/api/v1/apps/{appId}/interclient-target-apps|p!appId|0|1|0|200|okta.apps.interclientTrust.read|6|ApplicationInterclientTrustMappings|||apps.interclientTrustMappings.listTarget|0|EA||
activateApplication|1|/api/v1/apps/{appId}/lifecycle/activate|p!appId|0|0|0|200|okta.apps.manage|4|Application|||apps.activate|0|||
deactivateApplication|1|/api/v1/apps/{appId}/lifecycle/deactivate|p!appId|0|0|0|200|okta.apps.manage|4|Application|||apps.deactivate|0|||
uploadApplicationLogo|1|/api/v1/apps/{appId}/logo|p!appId|2|0|0|201|okta.apps.manage|4|ApplicationLogos|||apps.logos.upload|0|||
assignApplicationPolicy|2|/api/v1/apps/{appId}/policies/{policyId}|p!appId p!policyId|0|0|0|204|okta.apps.manage|4|ApplicationPolicies|||apps.policies.assign|0|LIMITED_GA||
previewSAMLmetadataForApplication|0|/api/v1/apps/{appId}/sso/saml/metadata|p!appId q!kid|0|2|0|200|okta.apps.read|4|ApplicationSSO|||apps.sso.previewSamlMetadata|0|||
listOAuth2TokensForApplication|0|/api/v1/apps/{appId}/tokens|p!appId qexpand qafter qlimit|0|1|1|200|okta.apps.read|6|ApplicationTokens||OAuth2RefreshToken|apps.tokens.list|0|||
revokeOAuth2TokensForApplication|4|/api/v1/apps/{appId}/tokens|p!appId|0|0|0|204|okta.apps.manage|4|ApplicationTokens|||apps.tokens.revokeAll|0|||
getOAuth2TokenForApplication|0|/api/v1/apps/{appId}/tokens/{tokenId}|p!appId p!tokenId qexpand|0|1|0|200|okta.apps.read|4|ApplicationTokens||OAuth2RefreshToken|apps.tokens.get|0|||
revokeOAuth2TokenForApplication|4|/api/v1/apps/{appId}/tokens/{tokenId}|p!appId p!tokenId|0|0|0|204|okta.apps.manage|4|ApplicationTokens|||apps.tokens.revoke|0|||
listApplicationUsers|0|/api/v1/apps/{appId}/users|p!appId qafter qlimit qq qexpand|0|1|1|200|okta.apps.read|6|ApplicationUsers||AppUser|apps.users.list|0|||
assignUserToApplication|1|/api/v1/apps/{appId}/users|p!appId|1|1|0|200|okta.apps.manage|5|ApplicationUsers|AppUserAssignRequest|AppUser|apps.users.assign|0|||
getApplicationUser|0|/api/v1/apps/{appId}/users/{userId}|p!appId p!userId qexpand|0|1|0|200|okta.apps.read|4|ApplicationUsers||AppUser|apps.users.get|0|||
updateApplicationUser|1|/api/v1/apps/{appId}/users/{userId}|p!appId p!userId|1|1|0|200|okta.apps.manage|5|ApplicationUsers|AppUserUpdateRequest|AppUser|apps.users.update|0|||
unassignUserFromApplication|4|/api/v1/apps/{appId}/users/{userId}|p!appId p!userId qsendEmail|0|0|0|204|okta.apps.manage|4|ApplicationUsers|||apps.users.unassign|0|||
verifyProvisioningConnectionForApplication|1|/api/v1/apps/{appName}/{appId}/oauth2/callback|p!appName p!appId qcode qstate|0|0|0|204|okta.apps.manage|4|ApplicationConnections|||apps.connections.verifyProvisioning|0|||
listAuthenticators|0|/api/v1/authenticators||0|1|0|200|okta.authenticators.read|6|Authenticator||AuthenticatorBase|authenticators.list|0|LIMITED_GA||
createAuthenticator|1|/api/v1/authenticators|qactivate|1|1|0|200|okta.authenticators.manage|5|Authenticator|AuthenticatorBase|AuthenticatorBase|authenticators.create|0|LIMITED_GA||
getAuthenticator|0|/api/v1/authenticators/{authenticatorId}|p!authenticatorId|0|1|0|200|okta.authenticators.read|4|Authenticator||AuthenticatorBase|authenticators.get|0|LIMITED_GA||
replaceAuthenticator|2|/api/v1/authenticators/{authenticatorId}|p!authenticatorId|1|1|0|200|okta.authenticators.manage|5|Authenticator|AuthenticatorBase|AuthenticatorBase|authenticators.replace|0|LIMITED_GA||
listAllCustomAAGUIDs|0|/api/v1/authenticators/{authenticatorId}/aaguids|p!authenticatorId|0|1|0|200|okta.authenticators.read|6|Authenticator||CustomAAGUIDResponseObject|authenticators.listCustomAaguids|0|||
createCustomAAGUID|1|/api/v1/authenticators/{authenticatorId}/aaguids|p!authenticatorId|1|1|0|200|okta.authenticators.manage|4|Authenticator|CustomAAGUIDCreateRequestObject|CustomAAGUIDResponseObject|authenticators.createCustomAaguid|0|||
getCustomAAGUID|0|/api/v1/authenticators/{authenticatorId}/aaguids/{aaguid}|p!authenticatorId p!aaguid|0|1|0|200|okta.authenticators.read|4|Authenticator||CustomAAGUIDResponseObject|authenticators.getCustomAaguid|0|||
replaceCustomAAGUID|2|/api/v1/authenticators/{authenticatorId}/aaguids/{aaguid}|p!authenticatorId p!aaguid|1|1|0|200|okta.authenticators.manage|4|Authenticator|CustomAAGUIDUpdateRequestObject|CustomAAGUIDResponseObject|authenticators.replaceCustomAaguid|0|||
updateCustomAAGUID|3|/api/v1/authenticators/{authenticatorId}/aaguids/{aaguid}|p!authenticatorId p!aaguid|1|1|0|200|okta.authenticators.manage|4|Authenticator|CustomAAGUIDUpdateRequestObject|CustomAAGUIDResponseObject|authenticators.updateCustomAaguid|0|||application/merge-patch+json
deleteCustomAAGUID|4|/api/v1/authenticators/{authenticatorId}/aaguids/{aaguid}|p!authenticatorId p!aaguid|0|0|0|204|okta.authenticators.manage|4|Authenticator|||authenticators.deleteCustomAaguid|0|||
activateAuthenticator|1|/api/v1/authenticators/{authenticatorId}/lifecycle/activate|p!authenticatorId|0|1|0|200|okta.authenticators.manage|4|Authenticator||AuthenticatorBase|authenticators.activate|0|LIMITED_GA||
deactivateAuthenticator|1|/api/v1/authenticators/{authenticatorId}/lifecycle/deactivate|p!authenticatorId|0|1|0|200|okta.authenticators.manage|4|Authenticator||AuthenticatorBase|authenticators.deactivate|0|LIMITED_GA||
listAuthenticatorMethods|0|/api/v1/authenticators/{authenticatorId}/methods|p!authenticatorId|0|1|0|200|okta.authenticators.read|6|Authenticator||AuthenticatorMethodBase|authenticators.listMethods|0|LIMITED_GA||
getAuthenticatorMethod|0|/api/v1/authenticators/{authenticatorId}/methods/{methodType}|p!authenticatorId p!methodType|0|1|0|200|okta.authenticators.read|4|Authenticator||AuthenticatorMethodBase|authenticators.getMethod|0|LIMITED_GA||
replaceAuthenticatorMethod|2|/api/v1/authenticators/{authenticatorId}/methods/{methodType}|p!authenticatorId p!methodType|1|1|0|200|okta.authenticators.manage|4|Authenticator|AuthenticatorMethodBase|AuthenticatorMethodBase|authenticators.replaceMethod|0|LIMITED_GA||
activateAuthenticatorMethod|1|/api/v1/authenticators/{authenticatorId}/methods/{methodType}/lifecycle/activate|p!authenticatorId p!methodType|0|1|0|200|okta.authenticators.manage|4|Authenticator||AuthenticatorMethodBase|authenticators.activateMethod|0|LIMITED_GA||
deactivateAuthenticatorMethod|1|/api/v1/authenticators/{authenticatorId}/methods/{methodType}/lifecycle/deactivate|p!authenticatorId p!methodType|0|1|0|200|okta.authenticators.manage|4|Authenticator||AuthenticatorMethodBase|authenticators.deactivateMethod|0|LIMITED_GA||
verifyRpIdDomain|1|/api/v1/authenticators/{authenticatorId}/methods/{webAuthnMethodType}/verify-rp-id-domain|p!authenticatorId p!webAuthnMethodType|0|0|0|204|okta.authenticators.manage|4|Authenticator|||authenticators.verifyRpIdDomain|0|LIMITED_GA||
listAuthorizationServers|0|/api/v1/authorizationServers|qq qlimit qafter|0|1|1|200|okta.authorizationServers.read|6|AuthorizationServer||AuthorizationServer|authorizationServers.list|0|||
createAuthorizationServer|1|/api/v1/authorizationServers||1|1|0|201|okta.authorizationServers.manage|5|AuthorizationServer|AuthorizationServer|AuthorizationServer|authorizationServers.create|0|||
getAuthorizationServer|0|/api/v1/authorizationServers/{authServerId}|p!authServerId|0|1|0|200|okta.authorizationServers.read|4|AuthorizationServer||AuthorizationServer|authorizationServers.get|0|||
replaceAuthorizationServer|2|/api/v1/authorizationServers/{authServerId}|p!authServerId|1|1|0|200|okta.authorizationServers.manage|5|AuthorizationServer|AuthorizationServer|AuthorizationServer|authorizationServers.replace|0|||
deleteAuthorizationServer|4|/api/v1/authorizationServers/{authServerId}|p!authServerId|0|0|0|204|okta.authorizationServers.manage|4|AuthorizationServer|||authorizationServers.delete|0|||
listAssociatedServersByTrustedType|0|/api/v1/authorizationServers/{authServerId}/associatedServers|p!authServerId qtrusted qq qlimit qafter|0|1|1|200|okta.authorizationServers.read|6|AuthorizationServerAssoc||AuthorizationServer|authorizationServers.associations.listAssociatedByTrustedType|0|||
createAssociatedServers|1|/api/v1/authorizationServers/{authServerId}/associatedServers|p!authServerId|1|1|0|200|okta.authorizationServers.manage|7|AuthorizationServerAssoc|AssociatedServerMediated|AuthorizationServer|authorizationServers.associations.createAssociated|0|||
deleteAssociatedServer|4|/api/v1/authorizationServers/{authServerId}/associatedServers/{associatedServerId}|p!authServerId p!associatedServerId|0|0|0|204|okta.authorizationServers.manage|4|AuthorizationServerAssoc|||authorizationServers.associations.deleteAssociated|0|||
listOAuth2Claims|0|/api/v1/authorizationServers/{authServerId}/claims|p!authServerId|0|1|0|200|okta.authorizationServers.read|6|AuthorizationServerClaims||OAuth2Claim|authorizationServers.claims.list|0|||
createOAuth2Claim|1|/api/v1/authorizationServers/{authServerId}/claims|p!authServerId|1|1|0|201|okta.authorizationServers.manage|5|AuthorizationServerClaims|OAuth2Claim|OAuth2Claim|authorizationServers.claims.create|0|||
getOAuth2Claim|0|/api/v1/authorizationServers/{authServerId}/claims/{claimId}|p!authServerId p!claimId|0|1|0|200|okta.authorizationServers.read|4|AuthorizationServerClaims||OAuth2Claim|authorizationServers.claims.get|0|||
replaceOAuth2Claim|2|/api/v1/authorizationServers/{authServerId}/claims/{claimId}|p!authServerId p!claimId|1|1|0|200|okta.authorizationServers.manage|5|AuthorizationServerClaims|OAuth2Claim|OAuth2Claim|authorizationServers.claims.replace|0|||
deleteOAuth2Claim|4|/api/v1/authorizationServers/{authServerId}/claims/{claimId}|p!authServerId p!claimId|0|0|0|204|okta.authorizationServers.manage|4|AuthorizationServerClaims|||authorizationServers.claims.delete|0|||
listOAuth2ClientsForAuthorizationServer|0|/api/v1/authorizationServers/{authServerId}/clients|p!authServerId|0|1|0|200|okta.authorizationServers.read|6|AuthorizationServerClients||OAuth2Client|authorizationServers.clients.list|0|||
listRefreshTokensForAuthorizationServerAndClient|0|/api/v1/authorizationServers/{authServerId}/clients/{clientId}/tokens|p!authServerId p!clientId qexpand qafter qlimit|0|1|1|200|okta.authorizationServers.read|6|AuthorizationServerClients||OAuth2RefreshToken|authorizationServers.clients.listRefreshTokens|0|||
revokeRefreshTokensForAuthorizationServerAndClient|4|/api/v1/authorizationServers/{authServerId}/clients/{clientId}/tokens|p!authServerId p!clientId|0|0|0|204|okta.authorizationServers.manage|4|AuthorizationServerClients|||authorizationServers.clients.revokeRefreshTokens|0|||
getRefreshTokenForAuthorizationServerAndClient|0|/api/v1/authorizationServers/{authServerId}/clients/{clientId}/tokens/{tokenId}|p!authServerId p!clientId p!tokenId qexpand|0|1|0|200|okta.authorizationServers.read|4|AuthorizationServerClients||OAuth2RefreshToken|authorizationServers.clients.getRefreshToken|0|||
revokeRefreshTokenForAuthorizationServerAndClient|4|/api/v1/authorizationServers/{authServerId}/clients/{clientId}/tokens/{tokenId}|p!authServerId p!clientId p!tokenId|0|0|0|204|okta.authorizationServers.manage|4|AuthorizationServerClients|||authorizationServers.clients.revokeRefreshToken|0|||
listAuthorizationServerKeys|0|/api/v1/authorizationServers/{authServerId}/credentials/keys|p!authServerId|0|1|0|200|okta.authorizationServers.read|6|AuthorizationServerKeys||AuthorizationServerJsonWebKey|authorizationServers.keys.list|0|||
getAuthorizationServerKey|0|/api/v1/authorizationServers/{authServerId}/credentials/keys/{keyId}|p!authServerId p!keyId|0|1|0|200|okta.authorizationServers.read|4|AuthorizationServerKeys||AuthorizationServerJsonWebKey|authorizationServers.keys.get|0|||
rotateAuthorizationServerKeys|1|/api/v1/authorizationServers/{authServerId}/credentials/lifecycle/keyRotate|p!authServerId|1|1|0|200|okta.authorizationServers.manage|7|AuthorizationServerKeys|JwkUse|AuthorizationServerJsonWebKey|authorizationServers.keys.rotate|0|||
activateAuthorizationServer|1|/api/v1/authorizationServers/{authServerId}/lifecycle/activate|p!authServerId|0|0|0|204|okta.authorizationServers.manage|4|AuthorizationServer|||authorizationServers.activate|0|||
deactivateAuthorizationServer|1|/api/v1/authorizationServers/{authServerId}/lifecycle/deactivate|p!authServerId|0|0|0|204|okta.authorizationServers.manage|4|AuthorizationServer|||authorizationServers.deactivate|0|||
listAuthorizationServerPolicies|0|/api/v1/authorizationServers/{authServerId}/policies|p!authServerId|0|1|0|200|okta.authorizationServers.read|6|AuthorizationServerPolicies||AuthorizationServerPolicy|authorizationServers.policies.list|0|||
createAuthorizationServerPolicy|1|/api/v1/authorizationServers/{authServerId}/policies|p!authServerId|1|1|0|201|okta.authorizationServers.manage|5|AuthorizationServerPolicies|AuthorizationServerPolicy|AuthorizationServerPolicy|authorizationServers.policies.create|0|||
getAuthorizationServerPolicy|0|/api/v1/authorizationServers/{authServerId}/policies/{policyId}|p!authServerId p!policyId|0|1|0|200|okta.authorizationServers.read|4|AuthorizationServerPolicies||AuthorizationServerPolicy|authorizationServers.policies.get|0|||
replaceAuthorizationServerPolicy|2|/api/v1/authorizationServers/{authServerId}/policies/{policyId}|p!authServerId p!policyId|1|1|0|200|okta.authorizationServers.manage|5|AuthorizationServerPolicies|AuthorizationServerPolicy|AuthorizationServerPolicy|authorizationServers.policies.replace|0|||
deleteAuthorizationServerPolicy|4|/api/v1/authorizationServers/{authServerId}/policies/{policyId}|p!authServerId p!policyId|0|0|0|204|okta.authorizationServers.manage|4|AuthorizationServerPolicies|||authorizationServers.policies.delete|0|||
activateAuthorizationServerPolicy|1|/api/v1/authorizationServers/{authServerId}/policies/{policyId}/lifecycle/activate|p!authServerId p!policyId|0|0|0|204|okta.authorizationServers.manage|4|AuthorizationServerPolicies|||authorizationServers.policies.activate|0|||
deactivateAuthorizationServerPolicy|1|/api/v1/authorizationServers/{authServerId}/policies/{policyId}/lifecycle/deactivate|p!authServerId p!policyId|0|0|0|204|okta.authorizationServers.manage|4|AuthorizationServerPolicies|||authorizationServers.policies.deactivate|0|||
listAuthorizationServerPolicyRules|0|/api/v1/authorizationServers/{authServerId}/policies/{policyId}/rules|p!authServerId p!policyId|0|1|0|200|okta.authorizationServers.read|6|AuthorizationServerRules||AuthorizationServerPolicyRule|authorizationServers.rules.listPolicy|0|||
createAuthorizationServerPolicyRule|1|/api/v1/authorizationServers/{authServerId}/policies/{policyId}/rules|p!authServerId p!policyId|1|1|0|201|okta.authorizationServers.manage|5|AuthorizationServerRules|AuthorizationServerPolicyRuleRequest|AuthorizationServerPolicyRule|authorizationServers.rules.createPolicy|0|||
getAuthorizationServerPolicyRule|0|/api/v1/authorizationServers/{authServerId}/policies/{policyId}/rules/{ruleId}|p!authServerId p!policyId p!ruleId|0|1|0|200|okta.authorizationServers.read|4|AuthorizationServerRules||AuthorizationServerPolicyRule|authorizationServers.rules.getPolicy|0|||
replaceAuthorizationServerPolicyRule|2|/api/v1/authorizationServers/{authServerId}/policies/{policyId}/rules/{ruleId}|p!authServerId p!policyId p!ruleId|1|1|0|200|okta.authorizationServers.manage|5|AuthorizationServerRules|AuthorizationServerPolicyRuleRequest|AuthorizationServerPolicyRule|authorizationServers.rules.replacePolicy|0|||
deleteAuthorizationServerPolicyRule|4|/api/v1/authorizationServers/{authServerId}/policies/{policyId}/rules/{ruleId}|p!authServerId p!policyId p!ruleId|0|0|0|204|okta.authorizationServers.manage|4|AuthorizationServerRules|||authorizationServers.rules.deletePolicy|0|||
activateAuthorizationServerPolicyRule|1|/api/v1/authorizationServers/{authServerId}/policies/{policyId}/rules/{ruleId}/lifecycle/activate|p!authServerId p!policyId p!ruleId|0|0|0|204|okta.authorizationServers.manage|4|AuthorizationServerRules|||authorizationServers.rules.activatePolicy|0|||
deactivateAuthorizationServerPolicyRule|1|/api/v1/authorizationServers/{authServerId}/policies/{policyId}/rules/{ruleId}/lifecycle/deactivate|p!authServerId p!policyId p!ruleId|0|0|0|204|okta.authorizationServers.manage|4|AuthorizationServerRules|||authorizationServers.rules.deactivatePolicy|0|||
listOAuth2ResourceServerJsonWebKeys|0|/api/v1/authorizationServers/{authServerId}/resourceservercredentials/keys|p!authServerId|0|1|0|200|okta.authorizationServers.read|6|OAuth2ResourceServerCredentialsKeys||OAuth2ResourceServerJsonWebKey|authorizationServers.resourceServerKeys.listJsonWeb|0|||
addOAuth2ResourceServerJsonWebKey|1|/api/v1/authorizationServers/{authServerId}/resourceservercredentials/keys|p!authServerId|1|1|0|201|okta.authorizationServers.manage|5|OAuth2ResourceServerCredentialsKeys|OAuth2ResourceServerJsonWebKeyRequestBody|OAuth2ResourceServerJsonWebKey|authorizationServers.resourceServerKeys.addJsonWeb|0|||
getOAuth2ResourceServerJsonWebKey|0|/api/v1/authorizationServers/{authServerId}/resourceservercredentials/keys/{keyId}|p!authServerId p!keyId|0|1|0|200|okta.authorizationServers.read|4|OAuth2ResourceServerCredentialsKeys||OAuth2ResourceServerJsonWebKey|authorizationServers.resourceServerKeys.getJsonWeb|0|||
deleteOAuth2ResourceServerJsonWebKey|4|/api/v1/authorizationServers/{authServerId}/resourceservercredentials/keys/{keyId}|p!authServerId p!keyId|0|0|0|204|okta.authorizationServers.manage|4|OAuth2ResourceServerCredentialsKeys|||authorizationServers.resourceServerKeys.deleteJsonWeb|0|||
activateOAuth2ResourceServerJsonWebKey|1|/api/v1/authorizationServers/{authServerId}/resourceservercredentials/keys/{keyId}/lifecycle/activate|p!authServerId p!keyId|0|1|0|200|okta.authorizationServers.manage|4|OAuth2ResourceServerCredentialsKeys||OAuth2ResourceServerJsonWebKey|authorizationServers.resourceServerKeys.activateJsonWeb|0|||
deactivateOAuth2ResourceServerJsonWebKey|1|/api/v1/authorizationServers/{authServerId}/resourceservercredentials/keys/{keyId}/lifecycle/deactivate|p!authServerId p!keyId|0|1|0|200|okta.authorizationServers.manage|4|OAuth2ResourceServerCredentialsKeys||OAuth2ResourceServerJsonWebKey|authorizationServers.resourceServerKeys.deactivateJsonWeb|0|||
listOAuth2Scopes|0|/api/v1/authorizationServers/{authServerId}/scopes|p!authServerId qq qfilter qafter qlimit|0|1|1|200|okta.authorizationServers.read|6|AuthorizationServerScopes||OAuth2Scope|authorizationServers.scopes.list|0|||
createOAuth2Scope|1|/api/v1/authorizationServers/{authServerId}/scopes|p!authServerId|1|1|0|201|okta.authorizationServers.manage|5|AuthorizationServerScopes|OAuth2Scope|OAuth2Scope|authorizationServers.scopes.create|0|||
getOAuth2Scope|0|/api/v1/authorizationServers/{authServerId}/scopes/{scopeId}|p!authServerId p!scopeId|0|1|0|200|okta.authorizationServers.read|4|AuthorizationServerScopes||OAuth2Scope|authorizationServers.scopes.get|0|||
replaceOAuth2Scope|2|/api/v1/authorizationServers/{authServerId}/scopes/{scopeId}|p!authServerId p!scopeId|1|1|0|200|okta.authorizationServers.manage|5|AuthorizationServerScopes|OAuth2Scope|OAuth2Scope|authorizationServers.scopes.replace|0|||
deleteOAuth2Scope|4|/api/v1/authorizationServers/{authServerId}/scopes/{scopeId}|p!authServerId p!scopeId|0|0|0|204|okta.authorizationServers.manage|4|AuthorizationServerScopes|||authorizationServers.scopes.delete|0|||
listBehaviorDetectionRules|0|/api/v1/behaviors||0|1|0|200|okta.behaviors.read|6|Behavior||BehaviorRule|behaviors.listDetectionRules|0|||
createBehaviorDetectionRule|1|/api/v1/behaviors||1|1|0|200|okta.behaviors.manage|5|Behavior|BehaviorRule|BehaviorRule|behaviors.createDetectionRule|0|||
getBehaviorDetectionRule|0|/api/v1/behaviors/{behaviorId}|p!behaviorId|0|1|0|200|okta.behaviors.read|4|Behavior||BehaviorRule|behaviors.getDetectionRule|0|||
replaceBehaviorDetectionRule|2|/api/v1/behaviors/{behaviorId}|p!behaviorId|1|1|0|200|okta.behaviors.manage|5|Behavior|BehaviorRule|BehaviorRule|behaviors.replaceDetectionRule|0|||
deleteBehaviorDetectionRule|4|/api/v1/behaviors/{behaviorId}|p!behaviorId|0|0|0|204|okta.behaviors.manage|4|Behavior|||behaviors.deleteDetectionRule|0|||
activateBehaviorDetectionRule|1|/api/v1/behaviors/{behaviorId}/lifecycle/activate|p!behaviorId|0|1|0|200|okta.behaviors.manage|4|Behavior||BehaviorRule|behaviors.activateDetectionRule|0|||
deactivateBehaviorDetectionRule|1|/api/v1/behaviors/{behaviorId}/lifecycle/deactivate|p!behaviorId|0|1|0|200|okta.behaviors.manage|4|Behavior||BehaviorRule|behaviors.deactivateDetectionRule|0|||
getBotProtectionConfiguration|0|/api/v1/bot-protection/configuration||0|1|0|200|okta.botProtection.read|4|BotProtection||BotProtectionConfiguration|botProtection.getConfiguration|0|LIMITED_GA||
updateBotProtectionConfiguration|1|/api/v1/bot-protection/configuration||1|1|0|200|okta.botProtection.manage|5|BotProtection|BotProtectionConfiguration|BotProtectionConfiguration|botProtection.updateConfiguration|0|LIMITED_GA||
listBrands|0|/api/v1/brands|q*expand qafter qlimit qq|0|1|1|200|okta.brands.read|6|Brands||BrandWithEmbedded|brands.list|0|||
createBrand|1|/api/v1/brands||1|1|0|201|okta.brands.manage|4|Brands|CreateBrandRequest|Brand|brands.create|0|||
getBrand|0|/api/v1/brands/{brandId}|p!brandId q*expand|0|1|0|200|okta.brands.read|4|Brands||BrandWithEmbedded|brands.get|0|||
replaceBrand|2|/api/v1/brands/{brandId}|p!brandId|1|1|0|200|okta.brands.manage|5|Brands|BrandRequest|Brand|brands.replace|0|||
deleteBrand|4|/api/v1/brands/{brandId}|p!brandId|0|0|0|204|okta.brands.manage|4|Brands|||brands.delete|0|||
listBrandDomains|0|/api/v1/brands/{brandId}/domains|p!brandId|0|1|0|200|okta.brands.read|4|Brands||BrandDomains|brands.listDomains|0|||
getErrorPage|0|/api/v1/brands/{brandId}/pages/error|p!brandId q*expand|0|1|0|200|okta.brands.read|4|CustomPages||PageRoot|brands.pages.getError|0|||
getCustomizedErrorPage|0|/api/v1/brands/{brandId}/pages/error/customized|p!brandId|0|1|0|200|okta.brands.read|4|CustomPages||ErrorPage|brands.pages.getCustomizedError|0|||
replaceCustomizedErrorPage|2|/api/v1/brands/{brandId}/pages/error/customized|p!brandId|1|1|0|200|okta.brands.manage|5|CustomPages|ErrorPage|ErrorPage|brands.pages.replaceCustomizedError|0|||
deleteCustomizedErrorPage|4|/api/v1/brands/{brandId}/pages/error/customized|p!brandId|0|0|0|204|okta.brands.manage|4|CustomPages|||brands.pages.deleteCustomizedError|0|||
getDefaultErrorPage|0|/api/v1/brands/{brandId}/pages/error/default|p!brandId|0|1|0|200|okta.brands.read|4|CustomPages||ErrorPage|brands.pages.getDefaultError|0|||
getPreviewErrorPage|0|/api/v1/brands/{brandId}/pages/error/preview|p!brandId|0|1|0|200|okta.brands.read|4|CustomPages||ErrorPage|brands.pages.getPreviewError|0|||
replacePreviewErrorPage|2|/api/v1/brands/{brandId}/pages/error/preview|p!brandId|1|1|0|200|okta.brands.manage|5|CustomPages|ErrorPage|ErrorPage|brands.pages.replacePreviewError|0|||
deletePreviewErrorPage|4|/api/v1/brands/{brandId}/pages/error/preview|p!brandId|0|0|0|204|okta.brands.manage|4|CustomPages|||brands.pages.deletePreviewError|0|||
getSignInPage|0|/api/v1/brands/{brandId}/pages/sign-in|p!brandId q*expand|0|1|0|200|okta.brands.read|4|CustomPages||PageRoot|brands.pages.getSignIn|0|||
getCustomizedSignInPage|0|/api/v1/brands/{brandId}/pages/sign-in/customized|p!brandId|0|1|0|200|okta.brands.read|4|CustomPages||SignInPage|brands.pages.getCustomizedSignIn|0|||
replaceCustomizedSignInPage|2|/api/v1/brands/{brandId}/pages/sign-in/customized|p!brandId|1|1|0|200|okta.brands.manage|5|CustomPages|SignInPage|SignInPage|brands.pages.replaceCustomizedSignIn|0|||
deleteCustomizedSignInPage|4|/api/v1/brands/{brandId}/pages/sign-in/customized|p!brandId|0|0|0|204|okta.brands.manage|4|CustomPages|||brands.pages.deleteCustomizedSignIn|0|||
getDefaultSignInPage|0|/api/v1/brands/{brandId}/pages/sign-in/default|p!brandId|0|1|0|200|okta.brands.read|4|CustomPages||SignInPage|brands.pages.getDefaultSignIn|0|||
getPreviewSignInPage|0|/api/v1/brands/{brandId}/pages/sign-in/preview|p!brandId|0|1|0|200|okta.brands.read|4|CustomPages||SignInPage|brands.pages.getPreviewSignIn|0|||
replacePreviewSignInPage|2|/api/v1/brands/{brandId}/pages/sign-in/preview|p!brandId|1|1|0|200|okta.brands.manage|5|CustomPages|SignInPage|SignInPage|brands.pages.replacePreviewSignIn|0|||
deletePreviewSignInPage|4|/api/v1/brands/{brandId}/pages/sign-in/preview|p!brandId|0|0|0|204|okta.brands.manage|4|CustomPages|||brands.pages.deletePreviewSignIn|0|||
listAllSignInWidgetVersions|0|/api/v1/brands/{brandId}/pages/sign-in/widget-versions|p!brandId|0|1|0|200|okta.brands.read|6|CustomPages|||brands.pages.listAllSignInWidgetVersions|0|||
getSignOutPageSettings|0|/api/v1/brands/{brandId}/pages/sign-out/customized|p!brandId|0|1|0|200|okta.brands.read|4|CustomPages||HostedPage|brands.pages.getSignOutSettings|0|||
replaceSignOutPageSettings|2|/api/v1/brands/{brandId}/pages/sign-out/customized|p!brandId|1|1|0|200|okta.brands.manage|5|CustomPages|HostedPage|HostedPage|brands.pages.replaceSignOutSettings|0|||
listEmailTemplates|0|/api/v1/brands/{brandId}/templates/email|p!brandId qafter qlimit q*expand|0|1|1|200|okta.templates.read|6|CustomTemplates||EmailTemplateResponse|brands.templates.listEmail|0|||
getEmailTemplate|0|/api/v1/brands/{brandId}/templates/email/{templateName}|p!brandId p!templateName q*expand|0|1|0|200|okta.templates.read|4|CustomTemplates||EmailTemplateResponse|brands.templates.getEmail|0|||
listEmailCustomizations|0|/api/v1/brands/{brandId}/templates/email/{templateName}/customizations|p!brandId p!templateName qafter qlimit|0|1|1|200|okta.templates.read|6|CustomTemplates||EmailCustomization|brands.templates.listEmailCustomizations|0|||
createEmailCustomization|1|/api/v1/brands/{brandId}/templates/email/{templateName}/customizations|p!brandId p!templateName|1|1|0|201|okta.templates.manage|4|CustomTemplates|EmailCustomization|EmailCustomization|brands.templates.createEmailCustomization|0|||
deleteAllCustomizations|4|/api/v1/brands/{brandId}/templates/email/{templateName}/customizations|p!brandId p!templateName|0|0|0|204|okta.templates.manage|4|CustomTemplates|||brands.templates.deleteAllCustomizations|0|||
getEmailCustomization|0|/api/v1/brands/{brandId}/templates/email/{templateName}/customizations/{customizationId}|p!brandId p!templateName p!customizationId|0|1|0|200|okta.templates.read|4|CustomTemplates||EmailCustomization|brands.templates.getEmailCustomization|0|||
replaceEmailCustomization|2|/api/v1/brands/{brandId}/templates/email/{templateName}/customizations/{customizationId}|p!brandId p!templateName p!customizationId|1|1|0|200|okta.templates.manage|4|CustomTemplates|EmailCustomization|EmailCustomization|brands.templates.replaceEmailCustomization|0|||
deleteEmailCustomization|4|/api/v1/brands/{brandId}/templates/email/{templateName}/customizations/{customizationId}|p!brandId p!templateName p!customizationId|0|0|0|204|okta.templates.manage|4|CustomTemplates|||brands.templates.deleteEmailCustomization|0|||
getCustomizationPreview|0|/api/v1/brands/{brandId}/templates/email/{templateName}/customizations/{customizationId}/preview|p!brandId p!templateName p!customizationId|0|1|0|200|okta.templates.read|4|CustomTemplates||EmailPreview|brands.templates.getCustomizationPreview|0|||
getEmailDefaultContent|0|/api/v1/brands/{brandId}/templates/email/{templateName}/default-content|p!brandId p!templateName qlanguage|0|1|0|200|okta.templates.read|4|CustomTemplates||EmailDefaultContent|brands.templates.getEmailDefaultContent|0|||
getEmailDefaultPreview|0|/api/v1/brands/{brandId}/templates/email/{templateName}/default-content/preview|p!brandId p!templateName qlanguage|0|1|0|200|okta.templates.read|4|CustomTemplates||EmailPreview|brands.templates.getEmailDefaultPreview|0|||
getEmailSettings|0|/api/v1/brands/{brandId}/templates/email/{templateName}/settings|p!brandId p!templateName|0|1|0|200|okta.templates.read|4|CustomTemplates||EmailSettingsResponse|brands.templates.getEmailSettings|0|||
replaceEmailSettings|2|/api/v1/brands/{brandId}/templates/email/{templateName}/settings|p!brandId p!templateName|1|1|0|200|okta.templates.manage|4|CustomTemplates|EmailSettings|EmailSettings|brands.templates.replaceEmailSettings|0|||
sendTestEmail|1|/api/v1/brands/{brandId}/templates/email/{templateName}/test|p!brandId p!templateName qlanguage|0|0|0|204|okta.templates.read|4|CustomTemplates|||brands.templates.sendTestEmail|0|||
listBrandThemes|0|/api/v1/brands/{brandId}/themes|p!brandId|0|1|0|200|okta.brands.read|6|Themes||ThemeResponse|brands.themes.list|0|||
getBrandTheme|0|/api/v1/brands/{brandId}/themes/{themeId}|p!brandId p!themeId|0|1|0|200|okta.brands.read|4|Themes||ThemeResponse|brands.themes.get|0|||
replaceBrandTheme|2|/api/v1/brands/{brandId}/themes/{themeId}|p!brandId p!themeId|1|1|0|200|okta.brands.manage|5|Themes|UpdateThemeRequest|ThemeResponse|brands.themes.replace|0|||
uploadBrandThemeBackgroundImage|1|/api/v1/brands/{brandId}/themes/{themeId}/background-image|p!brandId p!themeId|2|1|0|201|okta.brands.manage|4|Themes||ImageUploadResponse|brands.themes.uploadBackgroundImage|0|||
deleteBrandThemeBackgroundImage|4|/api/v1/brands/{brandId}/themes/{themeId}/background-image|p!brandId p!themeId|0|0|0|204|okta.brands.manage|4|Themes|||brands.themes.deleteBackgroundImage|0|||
uploadBrandThemeFavicon|1|/api/v1/brands/{brandId}/themes/{themeId}/favicon|p!brandId p!themeId|2|1|0|201|okta.brands.manage|4|Themes||ImageUploadResponse|brands.themes.uploadFavicon|0|||
deleteBrandThemeFavicon|4|/api/v1/brands/{brandId}/themes/{themeId}/favicon|p!brandId p!themeId|0|0|0|204|okta.brands.manage|4|Themes|||brands.themes.deleteFavicon|0|||
uploadBrandThemeLogo|1|/api/v1/brands/{brandId}/themes/{themeId}/logo|p!brandId p!themeId|2|1|0|200|okta.brands.manage|4|Themes||ImageUploadResponse|brands.themes.uploadLogo|0|||
deleteBrandThemeLogo|4|/api/v1/brands/{brandId}/themes/{themeId}/logo|p!brandId p!themeId|0|0|0|204|okta.brands.manage|4|Themes|||brands.themes.deleteLogo|0|||
getAllWellKnownURIs|0|/api/v1/brands/{brandId}/well-known-uris|p!brandId q*expand|0|1|0|200|okta.brands.read|4|AssociatedDomainCustomizations||WellKnownURIsRoot|associatedDomainCustomizations.getAllWellKnownUrIs|0|LIMITED_GA||
getRootBrandWellKnownURI|0|/api/v1/brands/{brandId}/well-known-uris/{path}|p!brandId p!path q*expand|0|1|0|200|okta.brands.read|4|AssociatedDomainCustomizations||WellKnownURIObjectResponse|associatedDomainCustomizations.getRootBrandWellKnownUri|0|LIMITED_GA||
getBrandWellKnownURI|0|/api/v1/brands/{brandId}/well-known-uris/{path}/customized|p!brandId p!path|0|1|0|200|okta.brands.read|4|AssociatedDomainCustomizations||WellKnownURIObjectResponse|associatedDomainCustomizations.getBrandWellKnownUri|0|LIMITED_GA||
replaceBrandWellKnownURI|2|/api/v1/brands/{brandId}/well-known-uris/{path}/customized|p!brandId p!path|1|1|0|200|okta.brands.manage|4|AssociatedDomainCustomizations|WellKnownURIRequest|WellKnownURIObjectResponse|associatedDomainCustomizations.replaceBrandWellKnownUri|0|LIMITED_GA||
listCaptchaInstances|0|/api/v1/captchas||0|1|0|200|okta.captchas.read|6|CAPTCHA||CAPTCHAInstance|captchas.listInstances|0|LIMITED_GA||
createCaptchaInstance|1|/api/v1/captchas||1|1|0|201|okta.captchas.manage|5|CAPTCHA|CAPTCHAInstance|CAPTCHAInstance|captchas.createInstance|0|LIMITED_GA||
getCaptchaInstance|0|/api/v1/captchas/{captchaId}|p!captchaId|0|1|0|200|okta.captchas.read|4|CAPTCHA||CAPTCHAInstance|captchas.getInstance|0|LIMITED_GA||
updateCaptchaInstance|1|/api/v1/captchas/{captchaId}|p!captchaId|1|1|0|200|okta.captchas.manage|5|CAPTCHA|CAPTCHAInstance|CAPTCHAInstance|captchas.updateInstance|0|LIMITED_GA||
replaceCaptchaInstance|2|/api/v1/captchas/{captchaId}|p!captchaId|1|1|0|200|okta.captchas.manage|5|CAPTCHA|CAPTCHAInstance|CAPTCHAInstance|captchas.replaceInstance|0|LIMITED_GA||
deleteCaptchaInstance|4|/api/v1/captchas/{captchaId}|p!captchaId|0|0|0|204|okta.captchas.manage|4|CAPTCHA|||captchas.deleteInstance|0|LIMITED_GA||
listDeviceAssurancePolicies|0|/api/v1/device-assurances||0|1|0|200|okta.deviceAssurance.read|6|DeviceAssurance||DeviceAssurance|deviceAssurances.listPolicies|0|LIMITED_GA||
createDeviceAssurancePolicy|1|/api/v1/device-assurances||1|1|0|200|okta.deviceAssurance.manage|5|DeviceAssurance|DeviceAssurance|DeviceAssurance|deviceAssurances.createPolicy|0|LIMITED_GA||
getDeviceAssurancePolicy|0|/api/v1/device-assurances/{deviceAssuranceId}|p!deviceAssuranceId|0|1|0|200|okta.deviceAssurance.read|4|DeviceAssurance||DeviceAssurance|deviceAssurances.getPolicy|0|LIMITED_GA||
replaceDeviceAssurancePolicy|2|/api/v1/device-assurances/{deviceAssuranceId}|p!deviceAssuranceId|1|1|0|200|okta.deviceAssurance.manage|5|DeviceAssurance|DeviceAssurance|DeviceAssurance|deviceAssurances.replacePolicy|0|LIMITED_GA||
deleteDeviceAssurancePolicy|4|/api/v1/device-assurances/{deviceAssuranceId}|p!deviceAssuranceId|0|0|0|204|okta.deviceAssurance.manage|4|DeviceAssurance|||deviceAssurances.deletePolicy|0|LIMITED_GA||
listDeviceIntegrations|0|/api/v1/device-integrations||0|1|0|200|okta.deviceIntegrations.read|6|DeviceIntegrations||DeviceIntegrations|devices.integrations.list|0|LIMITED_GA||
getDeviceIntegration|0|/api/v1/device-integrations/{deviceIntegrationId}|p!deviceIntegrationId|0|1|0|200|okta.deviceIntegrations.read|4|DeviceIntegrations||DeviceIntegrations|devices.integrations.get|0|LIMITED_GA||
activateDeviceIntegration|1|/api/v1/device-integrations/{deviceIntegrationId}/lifecycle/activate|p!deviceIntegrationId|0|1|0|200|okta.deviceIntegrations.manage|4|DeviceIntegrations||DeviceIntegrations|devices.integrations.activate|0|LIMITED_GA||
deactivateDeviceIntegration|1|/api/v1/device-integrations/{deviceIntegrationId}/lifecycle/deactivate|p!deviceIntegrationId|0|1|0|200|okta.deviceIntegrations.manage|4|DeviceIntegrations||DeviceIntegrations|devices.integrations.deactivate|0|LIMITED_GA||
listDevicePostureChecks|0|/api/v1/device-posture-checks||0|1|0|200|okta.devicePostureChecks.read|6|DevicePostureCheck||DevicePostureCheck|devices.postureCheck.list|0|LIMITED_GA||
createDevicePostureCheck|1|/api/v1/device-posture-checks||1|1|0|200|okta.devicePostureChecks.manage|5|DevicePostureCheck|DevicePostureCheck|DevicePostureCheck|devices.postureCheck.create|0|||
listDefaultDevicePostureChecks|0|/api/v1/device-posture-checks/default||0|1|0|200|okta.devicePostureChecks.read|6|DevicePostureCheck||DevicePostureCheck|devices.postureCheck.listDefault|0|||
getDevicePostureCheck|0|/api/v1/device-posture-checks/{postureCheckId}|p!postureCheckId|0|1|0|200|okta.devicePostureChecks.read|4|DevicePostureCheck||DevicePostureCheck|devices.postureCheck.get|0|LIMITED_GA||
replaceDevicePostureCheck|2|/api/v1/device-posture-checks/{postureCheckId}|p!postureCheckId|1|1|0|200|okta.devicePostureChecks.manage|5|DevicePostureCheck|DevicePostureCheck|DevicePostureCheck|devices.postureCheck.replace|0|||
deleteDevicePostureCheck|4|/api/v1/device-posture-checks/{postureCheckId}|p!postureCheckId|0|0|0|204|okta.devicePostureChecks.manage|4|DevicePostureCheck|||devices.postureCheck.delete|0|LIMITED_GA||
listDevices|0|/api/v1/devices|qafter qlimit qsearch qexpand|0|1|1|200|okta.devices.read|6|Device||DeviceList|devices.list|0|LIMITED_GA||
getDevice|0|/api/v1/devices/{deviceId}|p!deviceId|0|1|0|200|okta.devices.read|4|Device||DeviceWithProviders|devices.get|0|LIMITED_GA||
deleteDevice|4|/api/v1/devices/{deviceId}|p!deviceId|0|0|0|204|okta.devices.manage|4|Device|||devices.delete|0|LIMITED_GA||
activateDevice|1|/api/v1/devices/{deviceId}/lifecycle/activate|p!deviceId|0|0|0|204|okta.devices.manage|4|Device|||devices.activate|0|LIMITED_GA||
deactivateDevice|1|/api/v1/devices/{deviceId}/lifecycle/deactivate|p!deviceId|0|0|0|204|okta.devices.manage|4|Device|||devices.deactivate|0|LIMITED_GA||
suspendDevice|1|/api/v1/devices/{deviceId}/lifecycle/suspend|p!deviceId|0|0|0|204|okta.devices.manage|4|Device|||devices.suspend|0|LIMITED_GA||
unsuspendDevice|1|/api/v1/devices/{deviceId}/lifecycle/unsuspend|p!deviceId|0|0|0|204|okta.devices.manage|4|Device|||devices.unsuspend|0|LIMITED_GA||
listDeviceUsers|0|/api/v1/devices/{deviceId}/users|p!deviceId|0|1|0|200|okta.devices.read|6|Device||DeviceUser|devices.listUsers|0|LIMITED_GA||
updateGroupMembership|1|/api/v1/directories/{appInstanceId}/groups/modify|p!appInstanceId|1|0|0|200|okta.directories.groups.manage|1|DirectoriesIntegration|AgentAction||directoriesIntegration.updateGroupMembership|0|||
submitGroupAttributeQuery|1|/api/v1/directories/{appInstanceId}/groups/{groupId}/query|p!appInstanceId p!groupId|1|1|0|202|okta.directories.groups.read|1|DirectoriesIntegration|GroupQueryRequest|GroupQueryResponse|directoriesIntegration.submitGroupAttributeQuery|0|||
getGroupAttributeQueryResult|0|/api/v1/directories/{appInstanceId}/groups/{groupId}/query/{resultId}|p!appInstanceId p!groupId p!resultId|0|1|0|200|okta.directories.groups.read|0|DirectoriesIntegration||GroupProfileResult|directoriesIntegration.getGroupAttributeQueryResult|0|||
listCustomDomains|0|/api/v1/domains||0|1|0|200|okta.domains.read|4|CustomDomain||DomainListResponse|domains.list|0|||
createCustomDomain|1|/api/v1/domains||1|1|0|200|okta.domains.manage|5|CustomDomain|DomainRequest|DomainResponse|domains.create|0|||
getCustomDomain|0|/api/v1/domains/{domainId}|p!domainId|0|1|0|200|okta.domains.read|4|CustomDomain||DomainResponse|domains.get|0|||
replaceCustomDomain|2|/api/v1/domains/{domainId}|p!domainId|1|1|0|200|okta.domains.manage|5|CustomDomain|UpdateDomain|DomainResponse|domains.replace|0|||
deleteCustomDomain|4|/api/v1/domains/{domainId}|p!domainId|0|0|0|204|okta.domains.manage|4|CustomDomain|||domains.delete|0|||
upsertCertificate|2|/api/v1/domains/{domainId}/certificate|p!domainId|1|0|0|204|okta.domains.manage|5|CustomDomain|DomainCertificate||domains.upsertCertificate|0|||
verifyDomain|1|/api/v1/domains/{domainId}/verify|p!domainId|0|1|0|200|okta.domains.manage|4|CustomDomain||DomainResponse|domains.verify|0|||
startOrgFailback|1|/api/v1/dr/failback||1|1|0|200|okta.dr.manage|0|DisasterRecovery|||disasterRecovery.startOrgFailback|0|EA||
startOrgFailover|1|/api/v1/dr/failover||1|1|0|200|okta.dr.manage|0|DisasterRecovery|||disasterRecovery.startOrgFailover|0|EA||
getDRStatus|0|/api/v1/dr/status||0|1|0|200|okta.dr.read|0|DisasterRecovery|||disasterRecovery.getDrStatus|0|EA||
getDRStatusForDomain|0|/api/v1/dr/status/{domain}|p!domain|0|1|0|200|okta.dr.read|0|DisasterRecovery|||disasterRecovery.getDrStatusForDomain|0|EA||
listEmailDomains|0|/api/v1/email-domains|q*expand|0|1|0|200|okta.emailDomains.read|6|EmailDomain||EmailDomainResponseWithEmbedded|emailDomains.list|0|||
createEmailDomain|1|/api/v1/email-domains|q*expand|1|1|0|200|okta.emailDomains.manage|5|EmailDomain|EmailDomain|EmailDomainResponse|emailDomains.create|0|||
getEmailDomain|0|/api/v1/email-domains/{emailDomainId}|p!emailDomainId q*expand|0|1|0|200|okta.emailDomains.read|4|EmailDomain||EmailDomainResponseWithEmbedded|emailDomains.get|0|||
replaceEmailDomain|2|/api/v1/email-domains/{emailDomainId}|p!emailDomainId q*expand|1|1|0|200|okta.emailDomains.manage|5|EmailDomain|UpdateEmailDomain|EmailDomainResponse|emailDomains.replace|0|||
deleteEmailDomain|4|/api/v1/email-domains/{emailDomainId}|p!emailDomainId q*expand|0|0|0|204|okta.emailDomains.manage|4|EmailDomain|||emailDomains.delete|0|||
verifyEmailDomain|1|/api/v1/email-domains/{emailDomainId}/verify|p!emailDomainId|0|1|0|200|okta.emailDomains.manage|4|EmailDomain||EmailDomainResponse|emailDomains.verify|0|||
listEmailServers|0|/api/v1/email-servers||0|1|0|200|okta.emailServers.read|4|EmailServer||EmailServerListResponse|emailServers.list|0|||
createEmailServer|1|/api/v1/email-servers||1|1|0|201|okta.emailServers.manage|4|EmailServer|BaseEmailServerCreate|BaseEmailServer|emailServers.create|0|||
getEmailServer|0|/api/v1/email-servers/{emailServerId}|p!emailServerId|0|1|0|200|okta.emailServers.read|4|EmailServer||BaseEmailServer|emailServers.get|0|||
updateEmailServer|3|/api/v1/email-servers/{emailServerId}|p!emailServerId|1|1|0|200|okta.emailServers.manage|4|EmailServer|BaseEmailServer|BaseEmailServer|emailServers.update|0|||
deleteEmailServer|4|/api/v1/email-servers/{emailServerId}|p!emailServerId|0|0|0|204|okta.emailServers.manage|4|EmailServer|||emailServers.delete|0|||
testEmailServer|1|/api/v1/email-servers/{emailServerId}/test|p!emailServerId|1|0|0|204|okta.emailServers.manage|4|EmailServer|EmailTestAddresses||emailServers.test|0|||
listEventHooks|0|/api/v1/eventHooks||0|1|0|200|okta.eventHooks.read|6|EventHook||EventHook|eventHooks.list|0|||
createEventHook|1|/api/v1/eventHooks||1|1|0|200|okta.eventHooks.manage|5|EventHook|EventHook|EventHook|eventHooks.create|0|||
getEventHook|0|/api/v1/eventHooks/{eventHookId}|p!eventHookId|0|1|0|200|okta.eventHooks.read|4|EventHook||EventHook|eventHooks.get|0|||
replaceEventHook|2|/api/v1/eventHooks/{eventHookId}|p!eventHookId|1|1|0|200|okta.eventHooks.manage|5|EventHook|EventHook|EventHook|eventHooks.replace|0|||
deleteEventHook|4|/api/v1/eventHooks/{eventHookId}|p!eventHookId|0|0|0|204|okta.eventHooks.manage|4|EventHook|||eventHooks.delete|0|||
activateEventHook|1|/api/v1/eventHooks/{eventHookId}/lifecycle/activate|p!eventHookId|0|1|0|200|okta.eventHooks.manage|4|EventHook||EventHook|eventHooks.activate|0|||
deactivateEventHook|1|/api/v1/eventHooks/{eventHookId}/lifecycle/deactivate|p!eventHookId|0|1|0|200|okta.eventHooks.manage|4|EventHook||EventHook|eventHooks.deactivate|0|||
verifyEventHook|1|/api/v1/eventHooks/{eventHookId}/lifecycle/verify|p!eventHookId|0|1|0|200|okta.eventHooks.manage|4|EventHook||EventHook|eventHooks.verify|0|||
listFeatures|0|/api/v1/features||0|1|0|200|okta.features.read|6|Feature||Feature|features.list|0|||
getFeature|0|/api/v1/features/{featureId}|p!featureId|0|1|0|200|okta.features.read|4|Feature||Feature|features.get|0|||
listFeatureDependencies|0|/api/v1/features/{featureId}/dependencies|p!featureId|0|1|0|200|okta.features.read|6|Feature||Feature|features.listDependencies|0|||
listFeatureDependents|0|/api/v1/features/{featureId}/dependents|p!featureId|0|1|0|200|okta.features.read|6|Feature||Feature|features.listDependents|0|||
updateFeatureLifecycle|1|/api/v1/features/{featureId}/{lifecycle}|p!featureId p!lifecycle qmode|0|1|0|200|okta.features.manage|4|Feature||Feature|features.updateLifecycle|0|||
getFirstPartyAppSettings|0|/api/v1/first-party-app-settings/{appName}|p!appName|0|1|0|200|okta.apps.read|4|OktaApplicationSettings||AdminConsoleSettings|oktaApplicationSettings.getFirstPartyApp|0|||
replaceFirstPartyAppSettings|2|/api/v1/first-party-app-settings/{appName}|p!appName|1|1|0|200|okta.apps.manage|5|OktaApplicationSettings|AdminConsoleSettings|AdminConsoleSettings|oktaApplicationSettings.replaceFirstPartyApp|0|||
listGroups|0|/api/v1/groups|qsearch qfilter qq qafter qlimit qexpand qsortBy qsortOrder|0|1|1|200|okta.groups.read|6|Group||Group|groups.list|0|||
addGroup|1|/api/v1/groups||1|1|0|200|okta.groups.manage|5|Group||Group|groups.create|0|||
listGroupRules|0|/api/v1/groups/rules|qlimit qafter qsearch qexpand|0|1|1|200|okta.groups.read|6|GroupRule||GroupRule|groups.rules.list|0|||
createGroupRule|1|/api/v1/groups/rules||1|1|0|200|okta.groups.manage|5|GroupRule|CreateGroupRuleRequest|GroupRule|groups.rules.create|0|||
getGroupRule|0|/api/v1/groups/rules/{groupRuleId}|p!groupRuleId qexpand|0|1|0|200|okta.groups.read|4|GroupRule||GroupRule|groups.rules.get|0|||
replaceGroupRule|2|/api/v1/groups/rules/{groupRuleId}|p!groupRuleId|1|1|0|200|okta.groups.manage|5|GroupRule|GroupRule|GroupRule|groups.rules.replace|0|||
deleteGroupRule|4|/api/v1/groups/rules/{groupRuleId}|p!groupRuleId qremoveUsers|0|0|0|202|okta.groups.manage|4|GroupRule|||groups.rules.delete|0|||
activateGroupRule|1|/api/v1/groups/rules/{groupRuleId}/lifecycle/activate|p!groupRuleId|0|0|0|204|okta.groups.manage|4|GroupRule|||groups.rules.activate|0|||
deactivateGroupRule|1|/api/v1/groups/rules/{groupRuleId}/lifecycle/deactivate|p!groupRuleId|0|0|0|204|okta.groups.manage|4|GroupRule|||groups.rules.deactivate|0|||
getGroup|0|/api/v1/groups/{groupId}|p!groupId|0|1|0|200|okta.groups.read|4|Group||Group|groups.get|0|||
replaceGroup|2|/api/v1/groups/{groupId}|p!groupId|1|1|0|200|okta.groups.manage|5|Group||Group|groups.replace|0|||
deleteGroup|4|/api/v1/groups/{groupId}|p!groupId|0|0|0|204|okta.groups.manage|4|Group|||groups.delete|0|||
listAssignedApplicationsForGroup|0|/api/v1/groups/{groupId}/apps|p!groupId qafter qlimit|0|1|1|200|okta.groups.read|6|Group||Application|groups.listAssignedApplications|0|||
listGroupOwners|0|/api/v1/groups/{groupId}/owners|p!groupId qsearch qafter qlimit|0|1|1|200|okta.groups.read|6|GroupOwner||GroupOwner|groups.owners.list|0|||
assignGroupOwner|1|/api/v1/groups/{groupId}/owners|p!groupId|1|1|0|201|okta.groups.manage|5|GroupOwner|AssignGroupOwnerRequestBody|GroupOwner|groups.owners.assign|0|||
deleteGroupOwner|4|/api/v1/groups/{groupId}/owners/{ownerId}|p!groupId p!ownerId|0|0|0|204|okta.groups.manage|4|GroupOwner|||groups.owners.delete|0|||
listGroupAssignedRoles|0|/api/v1/groups/{groupId}/roles|p!groupId qexpand|0|1|0|200|okta.roles.read|6|RoleAssignmentBGroup|||roles.groupAssignments.listAssigned|0|||
assignRoleToGroup|1|/api/v1/groups/{groupId}/roles|p!groupId qdisableNotifications|1|1|0|200|okta.roles.manage|5|RoleAssignmentBGroup|||roles.groupAssignments.assign|0|||
getGroupAssignedRole|0|/api/v1/groups/{groupId}/roles/{roleAssignmentId}|p!groupId p!roleAssignmentId|0|1|0|200|okta.roles.read|4|RoleAssignmentBGroup|||roles.groupAssignments.getAssigned|0|||
unassignRoleFromGroup|4|/api/v1/groups/{groupId}/roles/{roleAssignmentId}|p!groupId p!roleAssignmentId|0|0|0|204|okta.roles.manage|4|RoleAssignmentBGroup|||roles.groupAssignments.unassign|0|||
listApplicationTargetsForApplicationAdministratorRoleForGroup|0|/api/v1/groups/{groupId}/roles/{roleAssignmentId}/targets/catalog/apps|p!groupId p!roleAssignmentId qafter qlimit|0|1|1|200|okta.roles.read|6|RoleBTargetBGroup||CatalogApplication|roles.groupTargets.listApplicationForApplicationAdministrator|0|||
assignAppTargetToAdminRoleForGroup|2|/api/v1/groups/{groupId}/roles/{roleAssignmentId}/targets/catalog/apps/{appName}|p!groupId p!roleAssignmentId p!appName|0|0|0|200|okta.roles.manage|4|RoleBTargetBGroup|||roles.groupTargets.assignAppToAdmin|0|||
unassignAppTargetToAdminRoleForGroup|4|/api/v1/groups/{groupId}/roles/{roleAssignmentId}/targets/catalog/apps/{appName}|p!groupId p!roleAssignmentId p!appName|0|0|0|204|okta.roles.manage|4|RoleBTargetBGroup|||roles.groupTargets.unassignAppToAdmin|0|||
assignAppInstanceTargetToAppAdminRoleForGroup|2|/api/v1/groups/{groupId}/roles/{roleAssignmentId}/targets/catalog/apps/{appName}/{appId}|p!groupId p!roleAssignmentId p!appName p!appId|0|0|0|204|okta.roles.manage|4|RoleBTargetBGroup|||roles.groupTargets.assignAppInstanceToAppAdmin|0|||
unassignAppInstanceTargetToAppAdminRoleForGroup|4|/api/v1/groups/{groupId}/roles/{roleAssignmentId}/targets/catalog/apps/{appName}/{appId}|p!groupId p!roleAssignmentId p!appName p!appId|0|0|0|204|okta.roles.manage|4|RoleBTargetBGroup|||roles.groupTargets.unassignAppInstanceToAppAdmin|0|||
listGroupTargetsForGroupRole|0|/api/v1/groups/{groupId}/roles/{roleAssignmentId}/targets/groups|p!groupId p!roleAssignmentId qafter qlimit|0|1|1|200|okta.roles.read|6|RoleBTargetBGroup||Group|roles.groupTargets.list|0|||
assignGroupTargetToGroupAdminRole|2|/api/v1/groups/{groupId}/roles/{roleAssignmentId}/targets/groups/{targetGroupId}|p!groupId p!roleAssignmentId p!targetGroupId|0|0|0|204|okta.roles.manage|4|RoleBTargetBGroup|||roles.groupTargets.assignAdmin|0|||
unassignGroupTargetFromGroupAdminRole|4|/api/v1/groups/{groupId}/roles/{roleAssignmentId}/targets/groups/{targetGroupId}|p!groupId p!roleAssignmentId p!targetGroupId|0|0|0|204|okta.roles.manage|4|RoleBTargetBGroup|||roles.groupTargets.unassignAdmin|0|||
listGroupUsers|0|/api/v1/groups/{groupId}/users|p!groupId qafter qlimit|0|1|1|200|okta.groups.read|6|Group||User|groups.users.list|0|||
assignUserToGroup|2|/api/v1/groups/{groupId}/users/{userId}|p!groupId p!userId|0|0|0|204|okta.groups.manage|4|Group|||groups.users.add|0|||
unassignUserFromGroup|4|/api/v1/groups/{groupId}/users/{userId}|p!groupId p!userId|0|0|0|204|okta.groups.manage|4|Group|||groups.users.remove|0|||
listHookKeys|0|/api/v1/hook-keys||0|1|0|200|okta.inlineHooks.read|6|HookKey||HookKey|hookKeys.list|0|||
createHookKey|1|/api/v1/hook-keys||1|1|0|200|okta.inlineHooks.manage|5|HookKey|KeyRequest|DetailedHookKeyInstance|hookKeys.create|0|||
getPublicKey|0|/api/v1/hook-keys/public/{keyId}|p!keyId|0|1|0|200|okta.inlineHooks.read|4|HookKey||_embedded|hookKeys.getPublic|0|||
getHookKey|0|/api/v1/hook-keys/{id}|p!id|0|1|0|200|okta.inlineHooks.read|4|HookKey||HookKey|hookKeys.get|0|||
replaceHookKey|2|/api/v1/hook-keys/{id}|p!id|1|1|0|200|okta.inlineHooks.manage|5|HookKey|KeyRequest|DetailedHookKeyInstance|hookKeys.replace|0|||
deleteHookKey|4|/api/v1/hook-keys/{id}|p!id|0|0|0|204|okta.inlineHooks.manage|4|HookKey|||hookKeys.delete|0|||
listUsersWithRoleAssignments|0|/api/v1/iam/assignees/users|qafter qlimit|0|1|2|200|okta.roles.read|4|RoleAssignmentAUser||RoleAssignedUsers|roles.userAssignments.list|0||value|
listGovernanceBundles|0|/api/v1/iam/governance/bundles|qafter qlimit|0|1|2|200|okta.roles.read|4|GovernanceBundle||GovernanceBundlesResponse|governanceBundle.list|0||bundles|
createGovernanceBundle|1|/api/v1/iam/governance/bundles||1|1|0|200|okta.roles.manage|5|GovernanceBundle|GovernanceBundleCreateRequest|GovernanceBundle|governanceBundle.create|0|||
getGovernanceBundle|0|/api/v1/iam/governance/bundles/{bundleId}|p!bundleId|0|1|0|200|okta.roles.read|4|GovernanceBundle||GovernanceBundle|governanceBundle.get|0|||
replaceGovernanceBundle|2|/api/v1/iam/governance/bundles/{bundleId}|p!bundleId|1|1|0|200|okta.roles.manage|5|GovernanceBundle|GovernanceBundleUpdateRequest|GovernanceBundle|governanceBundle.replace|0|||
deleteGovernanceBundle|4|/api/v1/iam/governance/bundles/{bundleId}|p!bundleId|0|0|0|204|okta.roles.manage|4|GovernanceBundle|||governanceBundle.delete|0|||
listBundleEntitlements|0|/api/v1/iam/governance/bundles/{bundleId}/entitlements|p!bundleId qafter qlimit|0|1|2|200|okta.roles.read|4|GovernanceBundle||BundleEntitlementsResponse|governanceBundle.listEntitlements|0||entitlements|
listBundleEntitlementValues|0|/api/v1/iam/governance/bundles/{bundleId}/entitlements/{entitlementId}/values|p!bundleId p!entitlementId qafter qlimit|0|1|2|200|okta.roles.read|4|GovernanceBundle||EntitlementValuesResponse|governanceBundle.listEntitlementValues|0||entitlementValues|
getOptInStatus|0|/api/v1/iam/governance/optIn||0|1|0|200|okta.roles.read|4|GovernanceBundle||OptInStatusResponse|governanceBundle.getOptInStatus|0|||
optIn|1|/api/v1/iam/governance/optIn||0|1|0|200|okta.roles.manage|4|GovernanceBundle||OptInStatusResponse|governanceBundle.optIn|0|||
optOut|1|/api/v1/iam/governance/optOut||0|1|0|200|okta.roles.manage|4|GovernanceBundle||OptInStatusResponse|governanceBundle.optOut|0|||
listResourceSets|0|/api/v1/iam/resource-sets|qafter|0|1|2|200|okta.roles.read|4|RoleCResourceSet||ResourceSets|roles.resourceSets.list|0||resource-sets|
createResourceSet|1|/api/v1/iam/resource-sets||1|1|0|200|okta.roles.manage|5|RoleCResourceSet|CreateResourceSetRequest|ResourceSet|roles.resourceSets.create|0|||
getResourceSet|0|/api/v1/iam/resource-sets/{resourceSetIdOrLabel}|p!resourceSetIdOrLabel|0|1|0|200|okta.roles.read|4|RoleCResourceSet||ResourceSet|roles.resourceSets.get|0|||
replaceResourceSet|2|/api/v1/iam/resource-sets/{resourceSetIdOrLabel}|p!resourceSetIdOrLabel|1|1|0|200|okta.roles.manage|5|RoleCResourceSet|ResourceSet|ResourceSet|roles.resourceSets.replace|0|||
deleteResourceSet|4|/api/v1/iam/resource-sets/{resourceSetIdOrLabel}|p!resourceSetIdOrLabel|0|0|0|204|okta.roles.manage|4|RoleCResourceSet|||roles.resourceSets.delete|0|||
listBindings|0|/api/v1/iam/resource-sets/{resourceSetIdOrLabel}/bindings|p!resourceSetIdOrLabel qafter|0|1|2|200|okta.roles.read|4|RoleDResourceSetBinding||ResourceSetBindings|roles.resourceSets.bindings.list|0||roles|
createResourceSetBinding|1|/api/v1/iam/resource-sets/{resourceSetIdOrLabel}/bindings|p!resourceSetIdOrLabel|1|1|0|200|okta.roles.manage|5|RoleDResourceSetBinding|ResourceSetBindingCreateRequest|ResourceSetBindingEditResponse|roles.resourceSets.bindings.create|0|||
getBinding|0|/api/v1/iam/resource-sets/{resourceSetIdOrLabel}/bindings/{roleIdOrLabel}|p!resourceSetIdOrLabel p!roleIdOrLabel|0|1|0|200|okta.roles.read|4|RoleDResourceSetBinding||ResourceSetBindingResponse|roles.resourceSets.bindings.get|0|||
deleteBinding|4|/api/v1/iam/resource-sets/{resourceSetIdOrLabel}/bindings/{roleIdOrLabel}|p!resourceSetIdOrLabel p!roleIdOrLabel|0|0|0|204|okta.roles.manage|4|RoleDResourceSetBinding|||roles.resourceSets.bindings.delete|0|||
listMembersOfBinding|0|/api/v1/iam/resource-sets/{resourceSetIdOrLabel}/bindings/{roleIdOrLabel}/members|p!resourceSetIdOrLabel p!roleIdOrLabel qafter|0|1|2|200|okta.roles.read|4|RoleDResourceSetBindingMember||ResourceSetBindingMembers|roles.resourceSets.bindings.members.list|0||members|
addMembersToBinding|3|/api/v1/iam/resource-sets/{resourceSetIdOrLabel}/bindings/{roleIdOrLabel}/members|p!resourceSetIdOrLabel p!roleIdOrLabel|1|1|0|200|okta.roles.manage|5|RoleDResourceSetBindingMember|ResourceSetBindingAddMembersRequest|ResourceSetBindingEditResponse|roles.resourceSets.bindings.members.add|0|||
getMemberOfBinding|0|/api/v1/iam/resource-sets/{resourceSetIdOrLabel}/bindings/{roleIdOrLabel}/members/{memberId}|p!resourceSetIdOrLabel p!roleIdOrLabel p!memberId|0|1|0|200|okta.roles.read|4|RoleDResourceSetBindingMember||ResourceSetBindingMember|roles.resourceSets.bindings.members.get|0|||
unassignMemberFromBinding|4|/api/v1/iam/resource-sets/{resourceSetIdOrLabel}/bindings/{roleIdOrLabel}/members/{memberId}|p!resourceSetIdOrLabel p!roleIdOrLabel p!memberId|0|0|0|204|okta.roles.manage|4|RoleDResourceSetBindingMember|||roles.resourceSets.bindings.members.unassign|0|||
listResourceSetResources|0|/api/v1/iam/resource-sets/{resourceSetIdOrLabel}/resources|p!resourceSetIdOrLabel qafter qlimit|0|1|2|200|okta.roles.read|4|RoleCResourceSetResource||ResourceSetResources|roles.resourceSets.resources.list|0||resources|
addResourceSetResource|1|/api/v1/iam/resource-sets/{resourceSetIdOrLabel}/resources|p!resourceSetIdOrLabel|1|1|0|200|okta.roles.manage|5|RoleCResourceSetResource|ResourceSetResourcePostRequest|ResourceSetResource|roles.resourceSets.resources.add|0|||
addResourceSetResources|3|/api/v1/iam/resource-sets/{resourceSetIdOrLabel}/resources|p!resourceSetIdOrLabel|1|1|0|200|okta.roles.manage|5|RoleCResourceSetResource|ResourceSetResourcePatchRequest|ResourceSet|roles.resourceSets.resources.addMany|0|||
getResourceSetResource|0|/api/v1/iam/resource-sets/{resourceSetIdOrLabel}/resources/{resourceId}|p!resourceSetIdOrLabel p!resourceId|0|1|0|200|okta.roles.read|4|RoleCResourceSetResource||ResourceSetResource|roles.resourceSets.resources.get|0|||
replaceResourceSetResource|2|/api/v1/iam/resource-sets/{resourceSetIdOrLabel}/resources/{resourceId}|p!resourceSetIdOrLabel p!resourceId|1|1|0|200|okta.roles.manage|5|RoleCResourceSetResource|ResourceSetResourcePutRequest|ResourceSetResource|roles.resourceSets.resources.replace|0|||
deleteResourceSetResource|4|/api/v1/iam/resource-sets/{resourceSetIdOrLabel}/resources/{resourceId}|p!resourceSetIdOrLabel p!resourceId|0|0|0|204|okta.roles.manage|4|RoleCResourceSetResource|||roles.resourceSets.resources.delete|0|||
listRoles|0|/api/v1/iam/roles|qafter|0|1|2|200|okta.roles.read|4|RoleECustom||IamRoles|roles.custom.list|0||roles|
createRole|1|/api/v1/iam/roles||1|1|0|200|okta.roles.manage|5|RoleECustom|CreateIamRoleRequest|IamRole|roles.custom.create|0|||
getRole|0|/api/v1/iam/roles/{roleIdOrLabel}|p!roleIdOrLabel|0|1|0|200|okta.roles.read|4|RoleECustom||IamRole|roles.custom.get|0|||
replaceRole|2|/api/v1/iam/roles/{roleIdOrLabel}|p!roleIdOrLabel|1|1|0|200|okta.roles.manage|5|RoleECustom|UpdateIamRoleRequest|IamRole|roles.custom.replace|0|||
deleteRole|4|/api/v1/iam/roles/{roleIdOrLabel}|p!roleIdOrLabel|0|0|0|204|okta.roles.manage|4|RoleECustom|||roles.custom.delete|0|||
listRolePermissions|0|/api/v1/iam/roles/{roleIdOrLabel}/permissions|p!roleIdOrLabel|0|1|0|200|okta.roles.read|4|RoleECustomPermission||Permissions|roles.custom.permissions.list|0|||
getRolePermission|0|/api/v1/iam/roles/{roleIdOrLabel}/permissions/{permissionType}|p!roleIdOrLabel p!permissionType|0|1|0|200|okta.roles.read|4|RoleECustomPermission||Permission|roles.custom.permissions.get|0|||
createRolePermission|1|/api/v1/iam/roles/{roleIdOrLabel}/permissions/{permissionType}|p!roleIdOrLabel p!permissionType|1|0|0|204|okta.roles.manage|4|RoleECustomPermission|CreateUpdateIamRolePermissionRequest||roles.custom.permissions.create|0|||
replaceRolePermission|2|/api/v1/iam/roles/{roleIdOrLabel}/permissions/{permissionType}|p!roleIdOrLabel p!permissionType|1|1|0|200|okta.roles.manage|4|RoleECustomPermission|CreateUpdateIamRolePermissionRequest|Permission|roles.custom.permissions.replace|0|||
deleteRolePermission|4|/api/v1/iam/roles/{roleIdOrLabel}/permissions/{permissionType}|p!roleIdOrLabel p!permissionType|0|0|0|204|okta.roles.manage|4|RoleECustomPermission|||roles.custom.permissions.delete|0|||
createIdentitySourceGroups|1|/api/v1/identity-sources/{identitySourceId}/groups|p!identitySourceId|1|1|0|200|okta.identitySources.manage|4|IdentitySource|GroupsRequestSchema|GroupsResponseSchema|identitySources.createGroups|0|||
getIdentitySourceGroup|0|/api/v1/identity-sources/{identitySourceId}/groups/{groupOrExternalId}|p!identitySourceId p!groupOrExternalId|0|1|0|200|okta.identitySources.read|4|IdentitySource||GroupsResponseSchema|identitySources.getGroup|0|||
updateIdentitySourceGroups|1|/api/v1/identity-sources/{identitySourceId}/groups/{groupOrExternalId}|p!identitySourceId p!groupOrExternalId|1|1|0|200|okta.identitySources.manage|4|IdentitySource|GroupsRequestSchema|GroupsResponseSchema|identitySources.updateGroups|0|||
deleteIdentitySourceGroup|4|/api/v1/identity-sources/{identitySourceId}/groups/{groupOrExternalId}|p!identitySourceId p!groupOrExternalId|0|0|0|204|okta.identitySources.manage|4|IdentitySource|||identitySources.deleteGroup|0|||
getIdentitySourceGroupMemberships|0|/api/v1/identity-sources/{identitySourceId}/groups/{groupOrExternalId}/membership|p!identitySourceId p!groupOrExternalId qafter qlimit|0|1|0|200|okta.identitySources.read|4|IdentitySource||GroupMembershipsResponseSchema|identitySources.getGroupMemberships|0|||
createIdentitySourceGroupsMemberships|1|/api/v1/identity-sources/{identitySourceId}/groups/{groupOrExternalId}/membership|p!identitySourceId p!groupOrExternalId|1|0|0|204|okta.identitySources.manage|4|IdentitySource|MembershipRequestSchema||identitySources.createGroupsMemberships|0|||
deleteIdentitySourceGroupMemberships|4|/api/v1/identity-sources/{identitySourceId}/groups/{groupOrExternalId}/membership/{memberExternalId}|p!identitySourceId p!groupOrExternalId p!memberExternalId|0|0|0|204|okta.identitySources.manage|4|IdentitySource|||identitySources.deleteGroupMemberships|0|||
listIdentitySourceSessions|0|/api/v1/identity-sources/{identitySourceId}/sessions|p!identitySourceId|0|1|0|200|okta.identitySources.read|6|IdentitySource||IdentitySourceSession|identitySources.listSessions|0|||
createIdentitySourceSession|1|/api/v1/identity-sources/{identitySourceId}/sessions|p!identitySourceId|0|1|0|200|okta.identitySources.manage|4|IdentitySource||IdentitySourceSession|identitySources.createSession|0|||
getIdentitySourceSession|0|/api/v1/identity-sources/{identitySourceId}/sessions/{sessionId}|p!identitySourceId p!sessionId|0|1|0|200|okta.identitySources.read|4|IdentitySource||IdentitySourceSession|identitySources.getSession|0|||
deleteIdentitySourceSession|4|/api/v1/identity-sources/{identitySourceId}/sessions/{sessionId}|p!identitySourceId p!sessionId|0|0|0|204|okta.identitySources.manage|4|IdentitySource|||identitySources.deleteSession|0|||
uploadIdentitySourceDataForDelete|1|/api/v1/identity-sources/{identitySourceId}/sessions/{sessionId}/bulk-delete|p!identitySourceId p!sessionId|1|0|0|202|okta.identitySources.manage|4|IdentitySource|BulkDeleteRequestBody||identitySources.uploadDataForDelete|0|||
uploadIdentitySourceGroupMembershipsForDelete|1|/api/v1/identity-sources/{identitySourceId}/sessions/{sessionId}/bulk-group-memberships-delete|p!identitySourceId p!sessionId|1|0|0|202|okta.identitySources.manage|4|IdentitySource|BulkGroupMembershipsDeleteRequestBody||identitySources.uploadGroupMembershipsForDelete|0|||
uploadIdentitySourceGroupMembershipsForUpsert|1|/api/v1/identity-sources/{identitySourceId}/sessions/{sessionId}/bulk-group-memberships-upsert|p!identitySourceId p!sessionId|1|0|0|202|okta.identitySources.manage|4|IdentitySource|BulkGroupMembershipsUpsertRequestBody||identitySources.uploadGroupMembershipsForUpsert|0|||
uploadIdentitySourceGroupsDataForDelete|1|/api/v1/identity-sources/{identitySourceId}/sessions/{sessionId}/bulk-groups-delete|p!identitySourceId p!sessionId|1|0|0|202|okta.identitySources.manage|4|IdentitySource|BulkGroupDeleteRequestBody||identitySources.uploadGroupsDataForDelete|0|||
uploadIdentitySourceGroupsForUpsert|1|/api/v1/identity-sources/{identitySourceId}/sessions/{sessionId}/bulk-groups-upsert|p!identitySourceId p!sessionId|1|0|0|202|okta.identitySources.manage|4|IdentitySource|BulkGroupUpsertRequestBody||identitySources.uploadGroupsForUpsert|0|||
uploadIdentitySourceDataForUpsert|1|/api/v1/identity-sources/{identitySourceId}/sessions/{sessionId}/bulk-upsert|p!identitySourceId p!sessionId|1|0|0|202|okta.identitySources.manage|4|IdentitySource|BulkUpsertRequestBody||identitySources.uploadDataForUpsert|0|||
startImportFromIdentitySource|1|/api/v1/identity-sources/{identitySourceId}/sessions/{sessionId}/start-import|p!identitySourceId p!sessionId|0|1|0|200|okta.identitySources.manage|4|IdentitySource||IdentitySourceSession|identitySources.startImport|0|||
createIdentitySourceUser|1|/api/v1/identity-sources/{identitySourceId}/users|p!identitySourceId|1|0|0|200|okta.identitySources.manage|4|IdentitySource|UserRequestSchema||identitySources.createUser|0|||
getIdentitySourceUser|0|/api/v1/identity-sources/{identitySourceId}/users/{externalId}|p!identitySourceId p!externalId|0|1|0|200|okta.identitySources.read|4|IdentitySource||UserResponseSchema|identitySources.getUser|0|||
replaceExistingIdentitySourceUser|2|/api/v1/identity-sources/{identitySourceId}/users/{externalId}|p!identitySourceId p!externalId|1|1|0|200|okta.identitySources.manage|4|IdentitySource|UserRequestSchema|UserResponseSchema|identitySources.replaceExistingUser|0|||
updateIdentitySourceUsers|3|/api/v1/identity-sources/{identitySourceId}/users/{externalId}|p!identitySourceId p!externalId|1|1|0|200|okta.identitySources.manage|4|IdentitySource|UsersUpdateRequestSchema|UserResponseSchema|identitySources.updateUsers|0|||
deleteIdentitySourceUser|4|/api/v1/identity-sources/{identitySourceId}/users/{externalId}|p!identitySourceId p!externalId|0|0|0|204|okta.identitySources.manage|4|IdentitySource|||identitySources.deleteUser|0|||
listIdentityProviders|0|/api/v1/idps|qq qafter qlimit qtype|0|1|1|200|okta.idps.read|6|IdentityProvider||IdentityProvider|idps.list|0|||
createIdentityProvider|1|/api/v1/idps||1|1|0|200|okta.idps.manage|5|IdentityProvider|IdentityProvider|IdentityProvider|idps.create|0|||
listIdentityProviderKeys|0|/api/v1/idps/credentials/keys|qafter qlimit|0|1|1|200|okta.idps.read|6|IdentityProviderKeys||IdPKeyCredential|idps.keys.list|0|||
createIdentityProviderKey|1|/api/v1/idps/credentials/keys||1|1|0|200|okta.idps.manage|5|IdentityProviderKeys|IdPCertificateCredential|IdPKeyCredential|idps.keys.create|0|||
getIdentityProviderKey|0|/api/v1/idps/credentials/keys/{kid}|p!kid|0|1|0|200|okta.idps.read|4|IdentityProviderKeys||IdPKeyCredential|idps.keys.get|0|||
replaceIdentityProviderKey|2|/api/v1/idps/credentials/keys/{kid}|p!kid|1|1|0|200|okta.idps.manage|5|IdentityProviderKeys|IdPKeyCredential|IdPKeyCredential|idps.keys.replace|0|||
deleteIdentityProviderKey|4|/api/v1/idps/credentials/keys/{kid}|p!kid|0|0|0|204|okta.idps.manage|4|IdentityProviderKeys|||idps.keys.delete|0|||
getIdentityProvider|0|/api/v1/idps/{idpId}|p!idpId|0|1|0|200|okta.idps.read|4|IdentityProvider||IdentityProvider|idps.get|0|||
replaceIdentityProvider|2|/api/v1/idps/{idpId}|p!idpId|1|1|0|200|okta.idps.manage|5|IdentityProvider|IdentityProvider|IdentityProvider|idps.replace|0|||
deleteIdentityProvider|4|/api/v1/idps/{idpId}|p!idpId|0|0|0|204|okta.idps.manage|4|IdentityProvider|||idps.delete|0|||
listCsrsForIdentityProvider|0|/api/v1/idps/{idpId}/credentials/csrs|p!idpId|0|1|0|200|okta.idps.read|6|IdentityProviderSigningKeys||IdPCsr|idps.signingKeys.listCsrs|0|||
generateCsrForIdentityProvider|1|/api/v1/idps/{idpId}/credentials/csrs|p!idpId|1|1|0|201|okta.idps.manage|5|IdentityProviderSigningKeys|CsrMetadata|IdPCsr|idps.signingKeys.generateCsr|0|||
getCsrForIdentityProvider|0|/api/v1/idps/{idpId}/credentials/csrs/{idpCsrId}|p!idpId p!idpCsrId|0|1|0|200|okta.idps.read|4|IdentityProviderSigningKeys||IdPCsr|idps.signingKeys.getCsr|0|||
revokeCsrForIdentityProvider|4|/api/v1/idps/{idpId}/credentials/csrs/{idpCsrId}|p!idpId p!idpCsrId|0|0|0|204|okta.idps.manage|4|IdentityProviderSigningKeys|||idps.signingKeys.revokeCsr|0|||
publishCsrForIdentityProvider|1|/api/v1/idps/{idpId}/credentials/csrs/{idpCsrId}/lifecycle/publish|p!idpId p!idpCsrId|4|1|0|201|okta.idps.manage|5|IdentityProviderSigningKeys||IdPKeyCredential|idps.signingKeys.publishCsr|0|||application/x-x509-ca-cert
listIdentityProviderSigningKeys|0|/api/v1/idps/{idpId}/credentials/keys|p!idpId|0|1|0|200|okta.idps.read|6|IdentityProviderSigningKeys||IdPKeyCredential|idps.signingKeys.list|0|||
listActiveIdentityProviderSigningKey|0|/api/v1/idps/{idpId}/credentials/keys/active|p!idpId|0|1|0|200|okta.idps.read|6|IdentityProviderSigningKeys||IdPKeyCredential|idps.signingKeys.listActive|0|||
generateIdentityProviderSigningKey|1|/api/v1/idps/{idpId}/credentials/keys/generate|p!idpId q!validityYears|0|1|0|200|okta.idps.manage|4|IdentityProviderSigningKeys||IdPKeyCredential|idps.signingKeys.generate|0|||
getIdentityProviderSigningKey|0|/api/v1/idps/{idpId}/credentials/keys/{kid}|p!idpId p!kid|0|1|0|200|okta.idps.read|4|IdentityProviderSigningKeys||IdPKeyCredential|idps.signingKeys.get|0|||
cloneIdentityProviderKey|1|/api/v1/idps/{idpId}/credentials/keys/{kid}/clone|p!idpId p!kid q!targetIdpId|0|1|0|201|okta.idps.manage|4|IdentityProviderSigningKeys||IdPKeyCredential|idps.signingKeys.clone|0|||
activateIdentityProvider|1|/api/v1/idps/{idpId}/lifecycle/activate|p!idpId|0|1|0|200|okta.idps.manage|4|IdentityProvider||IdentityProvider|idps.activate|0|||
deactivateIdentityProvider|1|/api/v1/idps/{idpId}/lifecycle/deactivate|p!idpId|0|1|0|200|okta.idps.manage|4|IdentityProvider||IdentityProvider|idps.deactivate|0|||
listIdentityProviderApplicationUsers|0|/api/v1/idps/{idpId}/users|p!idpId qq qafter qlimit qexpand|0|1|1|200|okta.idps.read|6|IdentityProviderUsers||IdentityProviderApplicationUser|idps.users.listApplication|0|||
getIdentityProviderApplicationUser|0|/api/v1/idps/{idpId}/users/{userId}|p!idpId p!userId|0|1|0|200|okta.idps.read|4|IdentityProviderUsers||IdentityProviderApplicationUser|idps.users.getApplication|0|||
linkUserToIdentityProvider|1|/api/v1/idps/{idpId}/users/{userId}|p!idpId p!userId|1|1|0|200|okta.users.manage|5|IdentityProviderUsers|UserIdentityProviderLinkRequest|IdentityProviderApplicationUser|idps.users.link|0|||
unlinkUserFromIdentityProvider|4|/api/v1/idps/{idpId}/users/{userId}|p!idpId p!userId|0|0|0|204|okta.idps.manage|4|IdentityProviderUsers|||idps.users.unlink|0|||
listSocialAuthTokens|0|/api/v1/idps/{idpId}/users/{userId}/credentials/tokens|p!idpId p!userId|0|1|0|200|okta.idps.read|6|IdentityProviderUsers||SocialAuthToken|idps.users.listSocialAuthTokens|0|||
listInlineHooks|0|/api/v1/inlineHooks|qtype|0|1|0|200|okta.inlineHooks.read|6|InlineHook||InlineHook|inlineHooks.list|0|||
createInlineHook|1|/api/v1/inlineHooks||1|1|0|200|okta.inlineHooks.manage|5|InlineHook|InlineHookCreate|InlineHookCreateResponse|inlineHooks.create|0|||
getInlineHook|0|/api/v1/inlineHooks/{inlineHookId}|p!inlineHookId|0|1|0|200|okta.inlineHooks.read|4|InlineHook||InlineHook|inlineHooks.get|0|||
updateInlineHook|1|/api/v1/inlineHooks/{inlineHookId}|p!inlineHookId|1|1|0|200|okta.inlineHooks.manage|5|InlineHook|InlineHookReplace|InlineHook|inlineHooks.update|0|||
replaceInlineHook|2|/api/v1/inlineHooks/{inlineHookId}|p!inlineHookId|1|1|0|200|okta.inlineHooks.manage|5|InlineHook|InlineHookReplace|InlineHook|inlineHooks.replace|0|||
deleteInlineHook|4|/api/v1/inlineHooks/{inlineHookId}|p!inlineHookId|0|0|0|204|okta.inlineHooks.manage|4|InlineHook|||inlineHooks.delete|0|||
executeInlineHook|1|/api/v1/inlineHooks/{inlineHookId}/execute|p!inlineHookId|1|1|0|200|okta.inlineHooks.manage|5|InlineHook|||inlineHooks.execute|0|||
activateInlineHook|1|/api/v1/inlineHooks/{inlineHookId}/lifecycle/activate|p!inlineHookId|0|1|0|200|okta.inlineHooks.manage|4|InlineHook||InlineHook|inlineHooks.activate|0|||
deactivateInlineHook|1|/api/v1/inlineHooks/{inlineHookId}/lifecycle/deactivate|p!inlineHookId|0|1|0|200|okta.inlineHooks.manage|4|InlineHook||InlineHook|inlineHooks.deactivate|0|||
listLogStreams|0|/api/v1/logStreams|qafter qlimit qfilter|0|1|1|200|okta.logStreams.read|6|LogStream||LogStream|logStreams.list|0|||
createLogStream|1|/api/v1/logStreams||1|1|0|200|okta.logStreams.manage|5|LogStream|LogStream|LogStream|logStreams.create|0|||
getLogStream|0|/api/v1/logStreams/{logStreamId}|p!logStreamId|0|1|0|200|okta.logStreams.read|4|LogStream||LogStream|logStreams.get|0|||
replaceLogStream|2|/api/v1/logStreams/{logStreamId}|p!logStreamId|1|1|0|200|okta.logStreams.manage|5|LogStream|LogStreamPutSchema|LogStream|logStreams.replace|0|||
deleteLogStream|4|/api/v1/logStreams/{logStreamId}|p!logStreamId|0|0|0|204|okta.logStreams.manage|4|LogStream|||logStreams.delete|0|||
activateLogStream|1|/api/v1/logStreams/{logStreamId}/lifecycle/activate|p!logStreamId|0|1|0|200|okta.logStreams.manage|4|LogStream||LogStream|logStreams.activate|0|||
deactivateLogStream|1|/api/v1/logStreams/{logStreamId}/lifecycle/deactivate|p!logStreamId|0|1|0|200|okta.logStreams.manage|4|LogStream||LogStream|logStreams.deactivate|0|||
listLogEvents|0|/api/v1/logs|qsince quntil qafter qfilter qq qlimit qsortOrder|0|1|1|200|okta.logs.read|6|SystemLog||LogEvent|logs.list|0|||
listProfileMappings|0|/api/v1/mappings|qafter qlimit qsourceId qtargetId|0|1|1|200|okta.profileMappings.read|6|ProfileMapping||ListProfileMappings|mappings.list|0|||
getProfileMapping|0|/api/v1/mappings/{mappingId}|p!mappingId|0|1|0|200|okta.profileMappings.read|4|ProfileMapping||ProfileMapping|mappings.get|0|||
updateProfileMapping|1|/api/v1/mappings/{mappingId}|p!mappingId|1|1|0|200|okta.profileMappings.manage|5|ProfileMapping|ProfileMappingRequest|ProfileMapping|mappings.update|0|||
getApplicationUserSchema|0|/api/v1/meta/schemas/apps/{appId}/default|p!appId|0|1|0|200|okta.schemas.read|4|Schema||UserSchema|schemas.getApplicationUser|0|||
updateApplicationUserProfile|1|/api/v1/meta/schemas/apps/{appId}/default|p!appId|1|1|0|200|okta.schemas.manage|4|Schema|UserSchema|UserSchema|schemas.updateApplicationUserProfile|0|||
getGroupSchema|0|/api/v1/meta/schemas/group/default||0|1|0|200|okta.schemas.read|4|Schema||GroupSchema|schemas.getGroup|0|||
updateGroupSchema|1|/api/v1/meta/schemas/group/default||1|1|0|200|okta.schemas.manage|4|Schema|GroupSchema|GroupSchema|schemas.updateGroup|0|||
listLogStreamSchemas|0|/api/v1/meta/schemas/logStream||0|1|0|200|okta.logStreams.read|6|Schema||LogStreamSchema|schemas.listLogStream|0|||
getLogStreamSchema|0|/api/v1/meta/schemas/logStream/{logStreamType}|p!logStreamType|0|1|0|200|okta.logStreams.read|4|Schema||LogStreamSchema|schemas.getLogStream|0|||
listLinkedObjectDefinitions|0|/api/v1/meta/schemas/user/linkedObjects||0|1|0|200|okta.linkedObjects.read|6|LinkedObject||LinkedObject|linkedObjects.listDefinitions|0|||
createLinkedObjectDefinition|1|/api/v1/meta/schemas/user/linkedObjects||1|1|0|201|okta.linkedObjects.manage|5|LinkedObject|LinkedObject|LinkedObject|linkedObjects.createDefinition|0|||
getLinkedObjectDefinition|0|/api/v1/meta/schemas/user/linkedObjects/{linkedObjectName}|p!linkedObjectName|0|1|0|200|okta.linkedObjects.read|4|LinkedObject||LinkedObject|linkedObjects.getDefinition|0|||
deleteLinkedObjectDefinition|4|/api/v1/meta/schemas/user/linkedObjects/{linkedObjectName}|p!linkedObjectName|0|0|0|204|okta.linkedObjects.manage|4|LinkedObject|||linkedObjects.deleteDefinition|0|||
getUserSchema|0|/api/v1/meta/schemas/user/{schemaId}|p!schemaId|0|1|0|200|okta.schemas.read|4|Schema||UserSchema|schemas.getUser|0|||
updateUserProfile|1|/api/v1/meta/schemas/user/{schemaId}|p!schemaId|1|1|0|200|okta.schemas.manage|5|Schema|UserSchema|UserSchema|schemas.updateUserProfile|0|||
listUserTypes|0|/api/v1/meta/types/user||0|1|0|200|okta.userTypes.read|6|UserType||UserType|userTypes.list|0|||
createUserType|1|/api/v1/meta/types/user||1|1|0|200|okta.userTypes.manage|5|UserType|UserType|UserType|userTypes.create|0|||
getUserType|0|/api/v1/meta/types/user/{typeId}|p!typeId|0|1|0|200|okta.userTypes.read|4|UserType||UserType|userTypes.get|0|||
updateUserType|1|/api/v1/meta/types/user/{typeId}|p!typeId|1|1|0|200|okta.userTypes.manage|5|UserType|UserTypePostRequest|UserType|userTypes.update|0|||
replaceUserType|2|/api/v1/meta/types/user/{typeId}|p!typeId|1|1|0|200|okta.userTypes.manage|4|UserType|UserTypePutRequest|UserType|userTypes.replace|0|||
deleteUserType|4|/api/v1/meta/types/user/{typeId}|p!typeId|0|0|0|204|okta.userTypes.manage|4|UserType|||userTypes.delete|0|||
listUISchemas|0|/api/v1/meta/uischemas||0|1|0|200|okta.uischemas.read|6|UISchema||UISchemasResponseObject|uiSchemas.list|0|LIMITED_GA||
createUISchema|1|/api/v1/meta/uischemas||1|1|0|200|okta.uischemas.manage|5|UISchema|CreateUISchema|UISchemasResponseObject|uiSchemas.create|0|LIMITED_GA||
getUISchema|0|/api/v1/meta/uischemas/{id}|p!id|0|1|0|200|okta.uischemas.read|4|UISchema||UISchemasResponseObject|uiSchemas.get|0|LIMITED_GA||
replaceUISchemas|2|/api/v1/meta/uischemas/{id}|p!id|1|1|0|200|okta.uischemas.manage|5|UISchema|UpdateUISchema|UISchemasResponseObject|uiSchemas.replace|0|LIMITED_GA||
deleteUISchemas|4|/api/v1/meta/uischemas/{id}|p!id|0|0|0|204|okta.uischemas.manage|4|UISchema|||uiSchemas.delete|0|LIMITED_GA||
getOrgSettings|0|/api/v1/org||0|1|0|200|okta.orgs.read|4|OrgSettingGeneral||OrgSetting|org.general.get|0|||
updateOrgSettings|1|/api/v1/org||1|1|0|200|okta.orgs.manage|4|OrgSettingGeneral|OrgSetting|OrgSetting|org.general.update|0|||
replaceOrgSettings|2|/api/v1/org||1|1|0|200|okta.orgs.manage|5|OrgSettingGeneral|OrgSetting|OrgSetting|org.general.replace|0|||
getOrgCaptchaSettings|0|/api/v1/org/captcha||0|1|0|200|okta.captchas.read|4|CAPTCHA||OrgCAPTCHASettings|captchas.getOrgSettings|0|LIMITED_GA||
replacesOrgCaptchaSettings|2|/api/v1/org/captcha||1|1|0|200|okta.captchas.manage|5|CAPTCHA|OrgCAPTCHASettings|OrgCAPTCHASettings|captchas.replacesOrgSettings|0|LIMITED_GA||
deleteOrgCaptchaSettings|4|/api/v1/org/captcha||0|0|0|204|okta.captchas.manage|4|CAPTCHA|||captchas.deleteOrgSettings|0|LIMITED_GA||
listOrgContactTypes|0|/api/v1/org/contacts||0|1|0|200|okta.orgs.read|6|OrgSettingContact||OrgContactTypeObj|org.contact.listTypes|0|||
getOrgContactUser|0|/api/v1/org/contacts/{contactType}|p!contactType|0|1|0|200|okta.orgs.read|4|OrgSettingContact||OrgContactUser|org.contact.getUser|0|||
replaceOrgContactUser|2|/api/v1/org/contacts/{contactType}|p!contactType|1|1|0|200|okta.orgs.manage|5|OrgSettingContact|OrgContactUser|OrgContactUser|org.contact.replaceUser|0|||
bulkRemoveEmailAddressBounces|1|/api/v1/org/email/bounces/remove-list||1|1|0|200|okta.orgs.manage|4|EmailCustomization|BouncesRemoveListObj|BouncesRemoveListResult|brands.emailCustomization.bulkRemoveAddressBounces|0|||
listYubikeyOtpTokens|0|/api/v1/org/factors/yubikey_token/tokens|qafter qexpand qfilter qforDownload qlimit qsortBy qsortOrder|0|1|1|200|okta.users.read|6|UserFactor||UserFactorYubikeyOtpToken|users.factors.listYubikeyOtpTokens|0|||
uploadYubikeyOtpTokenSeed|1|/api/v1/org/factors/yubikey_token/tokens|qafter qexpand qfilter qforDownload qlimit qsortBy qsortOrder|1|1|0|200|okta.users.manage|5|UserFactor||UserFactorYubikeyOtpToken|users.factors.uploadYubikeyOtpTokenSeed|0|||
getYubikeyOtpTokenById|0|/api/v1/org/factors/yubikey_token/tokens/{tokenId}|p!tokenId|0|1|0|200|okta.users.read|4|UserFactor||UserFactorYubikeyOtpToken|users.factors.getYubikeyOtpTokenById|0|||
getThirdPartyAdminSetting|0|/api/v1/org/orgSettings/thirdPartyAdminSetting||0|1|0|200|okta.orgs.read|4|OrgSettingAdmin||ThirdPartyAdminSetting|org.admin.getThirdParty|0|||
updateThirdPartyAdminSetting|1|/api/v1/org/orgSettings/thirdPartyAdminSetting||1|1|0|200|okta.orgs.manage|5|OrgSettingAdmin|ThirdPartyAdminSetting|ThirdPartyAdminSetting|org.admin.updateThirdParty|0|||
getOrgPreferences|0|/api/v1/org/preferences||0|1|0|200|okta.orgs.read|4|OrgSettingCustomization||OrgPreferences|org.customization.getPreferences|0|||
setOrgHideOktaUIFooter|1|/api/v1/org/preferences/hideEndUserFooter||0|1|0|200|okta.orgs.manage|4|OrgSettingCustomization||OrgPreferences|org.customization.setHideOktaUiFooter|0|||
setOrgShowOktaUIFooter|1|/api/v1/org/preferences/showEndUserFooter||0|1|0|200|okta.orgs.manage|4|OrgSettingCustomization||OrgPreferences|org.customization.setShowOktaUiFooter|0|||
getAerialConsent|0|/api/v1/org/privacy/aerial||0|1|0|200|okta.orgs.manage|4|OrgSettingSupport||OrgAerialConsentDetails|org.support.getAerialConsent|0|||
grantAerialConsent|1|/api/v1/org/privacy/aerial/grant||1|1|0|200|okta.orgs.manage|4|OrgSettingSupport|OrgAerialConsent|OrgAerialConsentDetails|org.support.grantAerialConsent|0|||
revokeAerialConsent|1|/api/v1/org/privacy/aerial/revoke||1|1|0|200|okta.orgs.manage|4|OrgSettingSupport|OrgAerialConsent|OrgAerialConsentRevoked|org.support.revokeAerialConsent|0|||
getOktaCommunicationSettings|0|/api/v1/org/privacy/oktaCommunication||0|1|0|200|okta.orgs.read|4|OrgSettingCommunication||OrgOktaCommunicationSetting|org.communication.getOkta|0|||
optInUsersToOktaCommunicationEmails|1|/api/v1/org/privacy/oktaCommunication/optIn||0|1|0|200|okta.orgs.manage|4|OrgSettingCommunication||OrgOktaCommunicationSetting|org.communication.optInUsersToOktaEmails|0|||
optOutUsersFromOktaCommunicationEmails|1|/api/v1/org/privacy/oktaCommunication/optOut||0|1|0|200|okta.orgs.manage|4|OrgSettingCommunication||OrgOktaCommunicationSetting|org.communication.optOutUsersFromOktaEmails|0|||
getOrgOktaSupportSettings|0|/api/v1/org/privacy/oktaSupport||0|1|0|200|okta.orgs.read|4|OrgSettingSupport||OrgOktaSupportSettingsObj|org.support.getOkta|0|||
listOktaSupportCases|0|/api/v1/org/privacy/oktaSupport/cases||0|1|0|200|okta.orgs.read|4|OrgSettingSupport||OktaSupportCases|org.support.listOktaCases|0|||
updateOktaSupportCase|3|/api/v1/org/privacy/oktaSupport/cases/{caseNumber}|p!caseNumber|1|1|0|200|okta.orgs.manage|4|OrgSettingSupport|OktaSupportCase|OktaSupportCase|org.support.updateOktaCase|0|||
extendOktaSupport|1|/api/v1/org/privacy/oktaSupport/extend||0|0|0|301|okta.orgs.manage|4|OrgSettingSupport|||org.support.extendOkta|0|||
grantOktaSupport|1|/api/v1/org/privacy/oktaSupport/grant||0|0|0|301|okta.orgs.manage|4|OrgSettingSupport|||org.support.grantOkta|0|||
revokeOktaSupport|1|/api/v1/org/privacy/oktaSupport/revoke||0|0|0|301|okta.orgs.manage|4|OrgSettingSupport|||org.support.revokeOkta|0|||
getAutoAssignAdminAppSetting|0|/api/v1/org/settings/autoAssignAdminAppSetting||0|1|0|200|okta.orgs.read|4|OrgSettingAdmin||AutoAssignAdminAppSetting|org.admin.getAutoAssignApp|0|||
updateAutoAssignAdminAppSetting|1|/api/v1/org/settings/autoAssignAdminAppSetting||1|1|0|200|okta.orgs.manage|4|OrgSettingAdmin|AutoAssignAdminAppSetting|AutoAssignAdminAppSetting|org.admin.updateAutoAssignApp|0|||
getClientPrivilegesSetting|0|/api/v1/org/settings/clientPrivilegesSetting||0|1|0|200|okta.orgs.read|4|OrgSettingAdmin||ClientPrivilegesSetting|org.admin.getClientPrivileges|0|||
assignClientPrivilegesSetting|2|/api/v1/org/settings/clientPrivilegesSetting||1|1|0|200|okta.orgs.manage|4|OrgSettingAdmin|ClientPrivilegesSetting|ClientPrivilegesSetting|org.admin.assignClientPrivileges|0|||
createChildOrg|1|/api/v1/orgs||1|1|0|201|okta.orgs.manage|4|OrgCreator|ChildOrg|ChildOrg|org.creator.createChild|0|||
listPolicies|0|/api/v1/policies|q!type qstatus qq qexpand qsortBy qlimit qresourceId qafter|0|1|1|200|okta.policies.read|6|Policy||Policy|policies.list|0|||
createPolicy|1|/api/v1/policies|qactivate|1|1|0|200|okta.policies.manage|5|Policy|CreateOrUpdatePolicy|CreateOrUpdatePolicy|policies.create|0|||
createPolicySimulation|1|/api/v1/policies/simulate|qexpand|1|1|0|200|okta.policies.read|7|Policy||SimulatePolicyEvaluations|policies.createSimulation|0|LIMITED_GA||
getPolicy|0|/api/v1/policies/{policyId}|p!policyId qexpand|0|1|0|200|okta.policies.read|4|Policy||Policy|policies.get|0|||
replacePolicy|2|/api/v1/policies/{policyId}|p!policyId|1|1|0|200|okta.policies.manage|5|Policy|CreateOrUpdatePolicy|Policy|policies.replace|0|||
deletePolicy|4|/api/v1/policies/{policyId}|p!policyId|0|0|0|204|okta.policies.manage|4|Policy|||policies.delete|0|||
listPolicyApps|0|/api/v1/policies/{policyId}/app|p!policyId|0|1|0|200|okta.policies.read|6|Policy||Application|policies.listApps|0|||
clonePolicy|1|/api/v1/policies/{policyId}/clone|p!policyId|0|1|0|200|okta.policies.manage|4|Policy||Policy|policies.clone|0|LIMITED_GA||
activatePolicy|1|/api/v1/policies/{policyId}/lifecycle/activate|p!policyId|0|0|0|204|okta.policies.manage|4|Policy|||policies.activate|0|||
deactivatePolicy|1|/api/v1/policies/{policyId}/lifecycle/deactivate|p!policyId|0|0|0|204|okta.policies.manage|4|Policy|||policies.deactivate|0|||
listPolicyMappings|0|/api/v1/policies/{policyId}/mappings|p!policyId|0|1|0|200|okta.policies.read|6|Policy||PolicyMapping|policies.listMappings|0|||
mapResourceToPolicy|1|/api/v1/policies/{policyId}/mappings|p!policyId|1|1|0|200|okta.policies.manage|5|Policy|PolicyMappingRequest|PolicyMapping|policies.mapResource|0|||
getPolicyMapping|0|/api/v1/policies/{policyId}/mappings/{mappingId}|p!policyId p!mappingId|0|1|0|200|okta.policies.read|4|Policy||PolicyMapping|policies.getMapping|0|||
deletePolicyResourceMapping|4|/api/v1/policies/{policyId}/mappings/{mappingId}|p!policyId p!mappingId|0|0|0|204|okta.policies.manage|4|Policy|||policies.deleteResourceMapping|0|||
listPolicyRules|0|/api/v1/policies/{policyId}/rules|p!policyId qlimit|0|1|1|200|okta.policies.read|6|Policy||PolicyRule|policies.listRules|0|||
createPolicyRule|1|/api/v1/policies/{policyId}/rules|p!policyId qlimit qactivate|1|1|0|200|okta.policies.manage|5|Policy|PolicyRule|PolicyRule|policies.createRule|0|||
getPolicyRule|0|/api/v1/policies/{policyId}/rules/{ruleId}|p!policyId p!ruleId|0|1|0|200|okta.policies.read|4|Policy||PolicyRule|policies.getRule|0|||
replacePolicyRule|2|/api/v1/policies/{policyId}/rules/{ruleId}|p!policyId p!ruleId|1|1|0|200|okta.policies.manage|5|Policy|PolicyRule|PolicyRule|policies.replaceRule|0|||
deletePolicyRule|4|/api/v1/policies/{policyId}/rules/{ruleId}|p!policyId p!ruleId|0|0|0|204|okta.policies.manage|4|Policy|||policies.deleteRule|0|||
activatePolicyRule|1|/api/v1/policies/{policyId}/rules/{ruleId}/lifecycle/activate|p!policyId p!ruleId|0|0|0|204|okta.policies.manage|4|Policy|||policies.activateRule|0|||
deactivatePolicyRule|1|/api/v1/policies/{policyId}/rules/{ruleId}/lifecycle/deactivate|p!policyId p!ruleId|0|0|0|204|okta.policies.manage|4|Policy|||policies.deactivateRule|0|||
listPrincipalRateLimitEntities|0|/api/v1/principal-rate-limits|q!filter qafter qlimit|0|1|1|200|okta.principalRateLimits.read|6|PrincipalRateLimit||PrincipalRateLimitEntity|principalRateLimits.listEntities|0|||
createPrincipalRateLimitEntity|1|/api/v1/principal-rate-limits||1|1|0|201|okta.principalRateLimits.manage|5|PrincipalRateLimit|PrincipalRateLimitEntity|PrincipalRateLimitEntity|principalRateLimits.createEntity|0|||
getPrincipalRateLimitEntity|0|/api/v1/principal-rate-limits/{principalRateLimitId}|p!principalRateLimitId|0|1|0|200|okta.principalRateLimits.read|4|PrincipalRateLimit||PrincipalRateLimitEntity|principalRateLimits.getEntity|0|||
replacePrincipalRateLimitEntity|2|/api/v1/principal-rate-limits/{principalRateLimitId}|p!principalRateLimitId|1|1|0|200|okta.principalRateLimits.manage|5|PrincipalRateLimit|PrincipalRateLimitEntity|PrincipalRateLimitEntity|principalRateLimits.replaceEntity|0|||
listPushProviders|0|/api/v1/push-providers|qtype|0|1|0|200|okta.pushProviders.read|6|PushProvider||PushProvider|pushProviders.list|0|||
createPushProvider|1|/api/v1/push-providers||1|1|0|200|okta.pushProviders.manage|5|PushProvider|PushProvider|PushProvider|pushProviders.create|0|||
getPushProvider|0|/api/v1/push-providers/{pushProviderId}|p!pushProviderId|0|1|0|200|okta.pushProviders.read|4|PushProvider||PushProvider|pushProviders.get|0|||
replacePushProvider|2|/api/v1/push-providers/{pushProviderId}|p!pushProviderId|1|1|0|200|okta.pushProviders.manage|5|PushProvider|PushProvider|PushProvider|pushProviders.replace|0|||
deletePushProvider|4|/api/v1/push-providers/{pushProviderId}|p!pushProviderId|0|0|0|204|okta.pushProviders.manage|4|PushProvider|||pushProviders.delete|0|||
getRateLimitSettingsAdminNotifications|0|/api/v1/rate-limit-settings/admin-notifications||0|1|0|200|okta.rateLimits.read|4|RateLimitSettings||RateLimitAdminNotifications|rateLimitSettings.getAdminNotifications|0|||
replaceRateLimitSettingsAdminNotifications|2|/api/v1/rate-limit-settings/admin-notifications||1|1|0|200|okta.rateLimits.manage|5|RateLimitSettings|RateLimitAdminNotifications|RateLimitAdminNotifications|rateLimitSettings.replaceAdminNotifications|0|||
getRateLimitSettingsPerClient|0|/api/v1/rate-limit-settings/per-client||0|1|0|200|okta.rateLimits.read|4|RateLimitSettings||PerClientRateLimitSettings|rateLimitSettings.getPerClient|0|||
replaceRateLimitSettingsPerClient|2|/api/v1/rate-limit-settings/per-client||1|1|0|200|okta.rateLimits.manage|5|RateLimitSettings|PerClientRateLimitSettings|PerClientRateLimitSettings|rateLimitSettings.replacePerClient|0|||
getRateLimitSettingsWarningThreshold|0|/api/v1/rate-limit-settings/warning-threshold||0|1|0|200|okta.rateLimits.read|4|RateLimitSettings||RateLimitWarningThresholdResponse|rateLimitSettings.getWarningThreshold|0|||
replaceRateLimitSettingsWarningThreshold|2|/api/v1/rate-limit-settings/warning-threshold||1|1|0|200|okta.rateLimits.manage|4|RateLimitSettings|RateLimitWarningThresholdRequest|RateLimitWarningThresholdResponse|rateLimitSettings.replaceWarningThreshold|0|||
listRealmAssignments|0|/api/v1/realm-assignments|qlimit qafter|0|1|1|200|okta.realmAssignments.read|6|RealmAssignment||RealmAssignment|realms.assignments.list|0|||
createRealmAssignment|1|/api/v1/realm-assignments||1|1|0|201|okta.realmAssignments.manage|5|RealmAssignment|CreateRealmAssignmentRequest|RealmAssignment|realms.assignments.create|0|||
listRealmAssignmentOperations|0|/api/v1/realm-assignments/operations|qlimit qafter|0|1|1|200|okta.realmAssignments.read|6|RealmAssignment||RealmAssignmentOperationResponse|realms.assignments.listOperations|0|||
executeRealmAssignment|1|/api/v1/realm-assignments/operations||1|1|0|201|okta.realmAssignments.manage|5|RealmAssignment|OperationRequest|RealmAssignmentOperationResponse|realms.assignments.execute|0|||
getRealmAssignment|0|/api/v1/realm-assignments/{assignmentId}|p!assignmentId|0|1|0|200|okta.realmAssignments.read|4|RealmAssignment||RealmAssignment|realms.assignments.get|0|||
replaceRealmAssignment|2|/api/v1/realm-assignments/{assignmentId}|p!assignmentId|1|1|0|200|okta.realmAssignments.manage|5|RealmAssignment|UpdateRealmAssignmentRequest|RealmAssignment|realms.assignments.replace|0|||
deleteRealmAssignment|4|/api/v1/realm-assignments/{assignmentId}|p!assignmentId|0|0|0|204|okta.realmAssignments.manage|4|RealmAssignment|||realms.assignments.delete|0|||
activateRealmAssignment|1|/api/v1/realm-assignments/{assignmentId}/lifecycle/activate|p!assignmentId|0|0|0|204|okta.realmAssignments.manage|4|RealmAssignment|||realms.assignments.activate|0|||
deactivateRealmAssignment|1|/api/v1/realm-assignments/{assignmentId}/lifecycle/deactivate|p!assignmentId|0|0|0|204|okta.realmAssignments.manage|4|RealmAssignment|||realms.assignments.deactivate|0|||
listRealms|0|/api/v1/realms|qlimit qafter qsearch qsortBy qsortOrder|0|1|1|200|okta.realms.read|6|Realm||Realm|realms.list|0|||
createRealm|1|/api/v1/realms||1|1|0|200|okta.realms.manage|5|Realm|CreateRealmRequest|Realm|realms.create|0|||
getRealm|0|/api/v1/realms/{realmId}|p!realmId|0|1|0|200|okta.realms.read|4|Realm||Realm|realms.get|0|||
replaceRealm|2|/api/v1/realms/{realmId}|p!realmId|1|1|0|200|okta.realms.manage|5|Realm|UpdateRealmRequest|Realm|realms.replace|0|||
deleteRealm|4|/api/v1/realms/{realmId}|p!realmId|0|0|0|204|okta.realms.manage|4|Realm|||realms.delete|0|||
listSubscriptionsRole|0|/api/v1/roles/{roleRef}/subscriptions|p!roleRef|0|1|0|200|okta.roles.read|6|Subscription||Subscription|subscriptions.listRole|0|||
getSubscriptionsNotificationTypeRole|0|/api/v1/roles/{roleRef}/subscriptions/{notificationType}|p!roleRef p!notificationType|0|1|0|200|okta.roles.read|4|Subscription||Subscription|subscriptions.getNotificationTypeRole|0|||
subscribeByNotificationTypeRole|1|/api/v1/roles/{roleRef}/subscriptions/{notificationType}/subscribe|p!roleRef p!notificationType|0|0|0|200|okta.roles.manage|4|Subscription|||subscriptions.subscribeNotificationTypeRole|0|||
unsubscribeByNotificationTypeRole|1|/api/v1/roles/{roleRef}/subscriptions/{notificationType}/unsubscribe|p!roleRef p!notificationType|0|0|0|200|okta.roles.manage|4|Subscription|||subscriptions.unsubscribeNotificationTypeRole|0|||
listSecurityEventsProviderInstances|0|/api/v1/security-events-providers||0|1|0|200|okta.securityEventsProviders.read|6|SSFReceiver||SecurityEventsProviderResponse|ssfReceiver.listSecurityEventsProviderInstances|0|LIMITED_GA||
createSecurityEventsProviderInstance|1|/api/v1/security-events-providers||1|1|0|200|okta.securityEventsProviders.manage|5|SSFReceiver|SecurityEventsProviderRequest|SecurityEventsProviderResponse|ssfReceiver.createSecurityEventsProviderInstance|0|LIMITED_GA||
getSecurityEventsProviderInstance|0|/api/v1/security-events-providers/{securityEventProviderId}|p!securityEventProviderId|0|1|0|200|okta.securityEventsProviders.read|4|SSFReceiver||SecurityEventsProviderResponse|ssfReceiver.getSecurityEventsProviderInstance|0|LIMITED_GA||
replaceSecurityEventsProviderInstance|2|/api/v1/security-events-providers/{securityEventProviderId}|p!securityEventProviderId|1|1|0|200|okta.securityEventsProviders.manage|5|SSFReceiver|SecurityEventsProviderRequest|SecurityEventsProviderResponse|ssfReceiver.replaceSecurityEventsProviderInstance|0|LIMITED_GA||
deleteSecurityEventsProviderInstance|4|/api/v1/security-events-providers/{securityEventProviderId}|p!securityEventProviderId|0|0|0|204|okta.securityEventsProviders.manage|4|SSFReceiver|||ssfReceiver.deleteSecurityEventsProviderInstance|0|LIMITED_GA||
activateSecurityEventsProviderInstance|1|/api/v1/security-events-providers/{securityEventProviderId}/lifecycle/activate|p!securityEventProviderId|0|1|0|200|okta.securityEventsProviders.manage|4|SSFReceiver||SecurityEventsProviderResponse|ssfReceiver.activateSecurityEventsProviderInstance|0|LIMITED_GA||
deactivateSecurityEventsProviderInstance|1|/api/v1/security-events-providers/{securityEventProviderId}/lifecycle/deactivate|p!securityEventProviderId|0|1|0|200|okta.securityEventsProviders.manage|4|SSFReceiver||SecurityEventsProviderResponse|ssfReceiver.deactivateSecurityEventsProviderInstance|0|LIMITED_GA||
getSession|0|/api/v1/sessions/{sessionId}|p!sessionId|0|1|0|200|okta.sessions.read|4|Session||Session|sessions.get|0|||
revokeSession|4|/api/v1/sessions/{sessionId}|p!sessionId|0|0|0|204|okta.sessions.manage|4|Session|||sessions.revoke|0|||
refreshSession|1|/api/v1/sessions/{sessionId}/lifecycle/refresh|p!sessionId|0|1|0|200|okta.sessions.manage|4|Session||Session|sessions.refresh|0|||
getSsfStreams|0|/api/v1/ssf/stream|qstream_id|0|1|0|200|ssf.read|0|SSFTransmitter|||ssfTransmitter.getStreams|0|LIMITED_GA||
createSsfStream|1|/api/v1/ssf/stream||1|1|0|201|ssf.manage|1|SSFTransmitter|StreamConfigurationCreateRequest|StreamConfiguration|ssfTransmitter.createStream|0|LIMITED_GA||
replaceSsfStream|2|/api/v1/ssf/stream||1|1|0|200|ssf.manage|1|SSFTransmitter|StreamConfiguration|StreamConfiguration|ssfTransmitter.replaceStream|0|LIMITED_GA||
updateSsfStream|3|/api/v1/ssf/stream||1|1|0|200|ssf.manage|1|SSFTransmitter|StreamConfiguration|StreamConfiguration|ssfTransmitter.updateStream|0|LIMITED_GA||
deleteSsfStream|4|/api/v1/ssf/stream|qstream_id|0|0|0|204|ssf.manage|0|SSFTransmitter|||ssfTransmitter.deleteStream|0|LIMITED_GA||
getSsfStreamStatus|0|/api/v1/ssf/stream/status|q!stream_id|0|1|0|200|ssf.read|0|SSFTransmitter||StreamStatus|ssfTransmitter.getStreamStatus|0|LIMITED_GA||
verifySsfStream|1|/api/v1/ssf/stream/verification||1|0|0|204|ssf.manage|1|SSFTransmitter|StreamVerificationRequest||ssfTransmitter.verifyStream|0|LIMITED_GA||
listAllCustomTelephonyProviderCredentials|0|/api/v1/telephony-providers||0|1|0|200|okta.customTelephonyProvider.read|6|CustomTelephonyProvider||CustomTelephonyProviderCredentialResponse|customTelephonyProvider.listAllCredentials|0|||
createCustomTelephonyProviderCredentials|1|/api/v1/telephony-providers||1|1|0|201|okta.customTelephonyProvider.manage|5|CustomTelephonyProvider|CustomTelephonyProviderCredentialCreateRequest|CustomTelephonyProviderCredentialResponse|customTelephonyProvider.createCredentials|0|||
getCustomTelephonyProviderCredential|0|/api/v1/telephony-providers/{customTelephonyProviderId}|p!customTelephonyProviderId|0|1|0|200|okta.customTelephonyProvider.read|4|CustomTelephonyProvider||CustomTelephonyProviderCredentialResponse|customTelephonyProvider.getCredential|0|||
updateCustomTelephonyProviderCredential|3|/api/v1/telephony-providers/{customTelephonyProviderId}|p!customTelephonyProviderId|1|1|0|200|okta.customTelephonyProvider.manage|5|CustomTelephonyProvider|CustomTelephonyProviderCredentialUpdateRequest|CustomTelephonyProviderCredentialResponse|customTelephonyProvider.updateCredential|0|||
deleteCustomTelephonyProviderCredential|4|/api/v1/telephony-providers/{customTelephonyProviderId}|p!customTelephonyProviderId|0|0|0|204|okta.customTelephonyProvider.manage|4|CustomTelephonyProvider|||customTelephonyProvider.deleteCredential|0|||
activateCustomTelephonyCredential|1|/api/v1/telephony-providers/{customTelephonyProviderId}/lifecycle/activate|p!customTelephonyProviderId|0|1|0|200|okta.customTelephonyProvider.manage|4|CustomTelephonyProvider||CustomTelephonyProviderCredentialResponse|customTelephonyProvider.activateCredential|0|||
deactivateCustomTelephonyCredential|1|/api/v1/telephony-providers/{customTelephonyProviderId}/lifecycle/deactivate|p!customTelephonyProviderId|0|1|0|200|okta.customTelephonyProvider.manage|4|CustomTelephonyProvider||CustomTelephonyProviderCredentialResponse|customTelephonyProvider.deactivateCredential|0|||
setAsPrimaryCustomTelephonyCredential|1|/api/v1/telephony-providers/{customTelephonyProviderId}/setAsPrimary|p!customTelephonyProviderId|0|1|0|200|okta.customTelephonyProvider.manage|4|CustomTelephonyProvider||CustomTelephonyProviderCredentialResponse|customTelephonyProvider.setAsPrimaryCredential|0|||
sendTestCustomTelephonyProviderCredential|1|/api/v1/telephony-providers/{customTelephonyProviderId}/test|p!customTelephonyProviderId|1|0|0|204|okta.customTelephonyProvider.manage|5|CustomTelephonyProvider|CustomTelephonyProviderCredentialSendTestRequest||customTelephonyProvider.sendTestCredential|0|||
listSmsTemplates|0|/api/v1/templates/sms|qtemplateType|0|1|0|200|okta.templates.read|6|Template||SmsTemplate|smsTemplates.list|0|||
createSmsTemplate|1|/api/v1/templates/sms||1|1|0|200|okta.templates.manage|5|Template|SmsTemplate|SmsTemplate|smsTemplates.create|0|||
getSmsTemplate|0|/api/v1/templates/sms/{templateId}|p!templateId|0|1|0|200|okta.templates.read|4|Template||SmsTemplate|smsTemplates.get|0|||
updateSmsTemplate|1|/api/v1/templates/sms/{templateId}|p!templateId|1|1|0|200|okta.templates.manage|5|Template|SmsTemplate|SmsTemplate|smsTemplates.update|0|||
replaceSmsTemplate|2|/api/v1/templates/sms/{templateId}|p!templateId|1|1|0|200|okta.templates.manage|5|Template|SmsTemplate|SmsTemplate|smsTemplates.replace|0|||
deleteSmsTemplate|4|/api/v1/templates/sms/{templateId}|p!templateId|0|0|0|204|okta.templates.manage|4|Template|||smsTemplates.delete|0|||
getCurrentConfiguration|0|/api/v1/threats/configuration||0|1|0|200|okta.threatInsights.read|4|ThreatInsight||ThreatInsightConfiguration|threatInsight.getCurrentConfiguration|0|||
updateConfiguration|1|/api/v1/threats/configuration||1|1|0|200|okta.threatInsights.manage|5|ThreatInsight|ThreatInsightConfiguration|ThreatInsightConfiguration|threatInsight.updateConfiguration|0|||
listTrustedOrigins|0|/api/v1/trustedOrigins|qq qfilter qafter qlimit|0|1|1|200|okta.trustedOrigins.read|6|TrustedOrigin||TrustedOrigin|trustedOrigins.list|0|||
createTrustedOrigin|1|/api/v1/trustedOrigins||1|1|0|200|okta.trustedOrigins.manage|5|TrustedOrigin|TrustedOriginWrite|TrustedOrigin|trustedOrigins.create|0|||
getTrustedOrigin|0|/api/v1/trustedOrigins/{trustedOriginId}|p!trustedOriginId|0|1|0|200|okta.trustedOrigins.read|4|TrustedOrigin||TrustedOrigin|trustedOrigins.get|0|||
replaceTrustedOrigin|2|/api/v1/trustedOrigins/{trustedOriginId}|p!trustedOriginId|1|1|0|200|okta.trustedOrigins.manage|5|TrustedOrigin|TrustedOrigin|TrustedOrigin|trustedOrigins.replace|0|||
deleteTrustedOrigin|4|/api/v1/trustedOrigins/{trustedOriginId}|p!trustedOriginId|0|0|0|204|okta.trustedOrigins.manage|4|TrustedOrigin|||trustedOrigins.delete|0|||
activateTrustedOrigin|1|/api/v1/trustedOrigins/{trustedOriginId}/lifecycle/activate|p!trustedOriginId|0|1|0|200|okta.trustedOrigins.manage|4|TrustedOrigin||TrustedOrigin|trustedOrigins.activate|0|||
deactivateTrustedOrigin|1|/api/v1/trustedOrigins/{trustedOriginId}/lifecycle/deactivate|p!trustedOriginId|0|1|0|200|okta.trustedOrigins.manage|4|TrustedOrigin||TrustedOrigin|trustedOrigins.deactivate|0|||
listUsers|0|/api/v1/users|hContent-Type qsearch qfilter qq qafter qlimit qsortBy qsortOrder qfields qexpand|0|1|1|200|okta.users.read|6|User||User|users.list|0|||
createUser|1|/api/v1/users|qactivate qprovider qnextLogin|1|1|0|200|okta.users.manage|5|User|CreateUserRequest|User|users.create|0|||
getUser|0|/api/v1/users/{id}|p!id hContent-Type qexpand|0|1|0|200|okta.users.read|4|User||UserGetSingleton|users.get|0|||
updateUser|1|/api/v1/users/{id}|p!id qstrict hIf-Match|1|1|0|200|okta.users.manage|5|User|UpdateUserRequest|User|users.update|0|||
replaceUser|2|/api/v1/users/{id}|p!id qstrict hIf-Match|1|1|0|200|okta.users.manage|5|User|UpdateUserRequest|User|users.replace|0|||
deleteUser|4|/api/v1/users/{id}|p!id qsendEmail hPrefer|0|0|0|204|okta.users.manage|4|User|||users.delete|0|||
listAppLinks|0|/api/v1/users/{id}/appLinks|p!id|0|1|0|200|okta.users.read|6|UserResources||AssignedAppLink|users.resources.listAppLinks|0|||
listUserBlocks|0|/api/v1/users/{id}/blocks|p!id|0|1|0|200|okta.users.read|6|User||UserBlock|users.listBlocks|0|||
listUserGroups|0|/api/v1/users/{id}/groups|p!id|0|1|0|200|okta.users.read|6|UserResources||Group|users.resources.listGroups|0|||
listUserIdentityProviders|0|/api/v1/users/{id}/idps|p!id|0|1|0|200|okta.users.read|6|IdentityProviderUsers||IdentityProvider|idps.users.list|0|||
activateUser|1|/api/v1/users/{id}/lifecycle/activate|p!id qsendEmail|0|1|0|200|okta.users.manage|4|UserLifecycle||UserActivationToken|users.lifecycle.activate|0|||
deactivateUser|1|/api/v1/users/{id}/lifecycle/deactivate|p!id qsendEmail hPrefer|0|0|0|200|okta.users.manage|4|UserLifecycle|||users.lifecycle.deactivate|0|||
expirePassword|1|/api/v1/users/{id}/lifecycle/expire_password|p!id|0|1|0|200|okta.users.manage|4|UserCred||User|users.credentials.expirePassword|0|||
expirePasswordWithTempPassword|1|/api/v1/users/{id}/lifecycle/expire_password_with_temp_password|p!id qrevokeSessions|0|1|0|200|okta.users.manage|4|UserCred||tempPassword|users.credentials.expirePasswordWithTempPassword|0|||
reactivateUser|1|/api/v1/users/{id}/lifecycle/reactivate|p!id qsendEmail|0|1|0|200|okta.users.manage|4|UserLifecycle||UserActivationToken|users.lifecycle.reactivate|0|||
resetFactors|1|/api/v1/users/{id}/lifecycle/reset_factors|p!id|0|0|0|200|okta.users.manage|4|UserLifecycle|||users.lifecycle.resetFactors|0|||
resetPassword|1|/api/v1/users/{id}/lifecycle/reset_password|p!id q!sendEmail qrevokeSessions|0|1|0|200|okta.users.manage|4|UserCred||ResetPasswordToken|users.credentials.resetPassword|0|||
suspendUser|1|/api/v1/users/{id}/lifecycle/suspend|p!id|0|0|0|200|okta.users.manage|4|UserLifecycle|||users.lifecycle.suspend|0|||
unlockUser|1|/api/v1/users/{id}/lifecycle/unlock|p!id|0|0|0|200|okta.users.manage|4|UserLifecycle|||users.lifecycle.unlock|0|||
unsuspendUser|1|/api/v1/users/{id}/lifecycle/unsuspend|p!id|0|0|0|200|okta.users.manage|4|UserLifecycle|||users.lifecycle.unsuspend|0|||
assignLinkedObjectValueForPrimary|2|/api/v1/users/{userIdOrLogin}/linkedObjects/{primaryRelationshipName}/{primaryUserId}|p!userIdOrLogin p!primaryRelationshipName p!primaryUserId|0|0|0|204|okta.users.manage|0|UserLinkedObject|||users.linkedObjects.assignValueForPrimary|0|||
listLinkedObjectsForUser|0|/api/v1/users/{userIdOrLogin}/linkedObjects/{relationshipName}|p!userIdOrLogin p!relationshipName|0|1|0|200|okta.users.read|6|UserLinkedObject||ResponseLinks|users.linkedObjects.list|0|||
deleteLinkedObjectForUser|4|/api/v1/users/{userIdOrLogin}/linkedObjects/{relationshipName}|p!userIdOrLogin p!relationshipName|0|0|0|204|okta.users.manage|4|UserLinkedObject|||users.linkedObjects.delete|0|||
listAuthenticatorEnrollments|0|/api/v1/users/{userId}/authenticator-enrollments|p!userId q*discloseIdentifiers|0|1|0|200|okta.users.read|4|UserAuthenticatorEnrollments||AuthenticatorEnrollment|users.authenticatorEnrollments.list|0|LIMITED_GA||
createAuthenticatorEnrollment|1|/api/v1/users/{userId}/authenticator-enrollments/phone|p!userId|1|1|0|200|okta.users.manage|5|UserAuthenticatorEnrollments|AuthenticatorEnrollmentCreateRequest|AuthenticatorEnrollment|users.authenticatorEnrollments.create|0|LIMITED_GA||
createTacAuthenticatorEnrollment|1|/api/v1/users/{userId}/authenticator-enrollments/tac|p!userId|1|1|0|200|okta.users.manage|5|UserAuthenticatorEnrollments|AuthenticatorEnrollmentCreateRequestTac|TacAuthenticatorEnrollment|users.authenticatorEnrollments.createTac|0|LIMITED_GA||
getAuthenticatorEnrollment|0|/api/v1/users/{userId}/authenticator-enrollments/{enrollmentId}|p!userId p!enrollmentId q*discloseIdentifiers|0|1|0|200|okta.users.read|4|UserAuthenticatorEnrollments||AuthenticatorEnrollment|users.authenticatorEnrollments.get|0|LIMITED_GA||
deleteAuthenticatorEnrollment|4|/api/v1/users/{userId}/authenticator-enrollments/{enrollmentId}|p!userId p!enrollmentId|0|0|0|204|okta.users.manage|4|UserAuthenticatorEnrollments|||users.authenticatorEnrollments.delete|0|LIMITED_GA||
getUserClassification|0|/api/v1/users/{userId}/classification|p!userId|0|1|0|200|okta.users.read|4|UserClassification||UserClassification|users.classification.get|0|EA||
replaceUserClassification|2|/api/v1/users/{userId}/classification|p!userId|1|1|0|200|okta.users.manage|5|UserClassification|ReplaceUserClassification|UserClassification|users.classification.replace|0|EA||
listUserClients|0|/api/v1/users/{userId}/clients|p!userId|0|1|0|200|okta.users.read|6|UserResources||OAuth2Client|users.resources.listClients|0|||
listGrantsForUserAndClient|0|/api/v1/users/{userId}/clients/{clientId}/grants|p!userId p!clientId qexpand qafter qlimit|0|1|1|200|okta.users.read|6|UserGrant||OAuth2ScopeConsentGrant|users.grants.listClient|0|||
revokeGrantsForUserAndClient|4|/api/v1/users/{userId}/clients/{clientId}/grants|p!userId p!clientId|0|0|0|204|okta.users.manage|4|UserGrant|||users.grants.revokeClient|0|||
listRefreshTokensForUserAndClient|0|/api/v1/users/{userId}/clients/{clientId}/tokens|p!userId p!clientId qexpand qafter qlimit|0|1|1|200|okta.users.read|6|UserOAuth||OAuth2RefreshToken|users.oauth.listRefreshTokensForAndClient|0|||
revokeTokensForUserAndClient|4|/api/v1/users/{userId}/clients/{clientId}/tokens|p!userId p!clientId|0|0|0|204|okta.users.manage|4|UserOAuth|||users.oauth.revokeTokensForAndClient|0|||
getRefreshTokenForUserAndClient|0|/api/v1/users/{userId}/clients/{clientId}/tokens/{tokenId}|p!userId p!clientId p!tokenId qexpand|0|1|0|200|okta.users.read|4|UserOAuth||OAuth2RefreshToken|users.oauth.getRefreshTokenForAndClient|0|||
revokeTokenForUserAndClient|4|/api/v1/users/{userId}/clients/{clientId}/tokens/{tokenId}|p!userId p!clientId p!tokenId|0|0|0|204|okta.users.manage|4|UserOAuth|||users.oauth.revokeTokenForAndClient|0|||
changePassword|1|/api/v1/users/{userId}/credentials/change_password|p!userId qstrict|1|1|0|200|okta.users.manage|5|UserCred|ChangePasswordRequest|UserCredentials|users.credentials.changePassword|0|||
changeRecoveryQuestion|1|/api/v1/users/{userId}/credentials/change_recovery_question|p!userId|1|1|0|200|okta.users.manage|5|UserCred|UserCredentials|UserCredentials|users.credentials.changeRecoveryQuestion|0|||
forgotPassword|1|/api/v1/users/{userId}/credentials/forgot_password|p!userId qsendEmail|0|1|0|200|okta.users.manage|4|UserCred||ForgotPasswordResponse|users.credentials.forgotPassword|0|||
forgotPasswordSetNewPassword|1|/api/v1/users/{userId}/credentials/forgot_password_recovery_question|p!userId qsendEmail|1|1|0|200|okta.users.manage|5|UserCred|UserCredentials|UserCredentials|users.credentials.forgotPasswordSetNewPassword|0|||
listUserDevices|0|/api/v1/users/{userId}/devices|p!userId|0|1|0|200|okta.users.read|6|UserResources||UserDevice|users.resources.listDevices|0|LIMITED_GA||
listFactors|0|/api/v1/users/{userId}/factors|p!userId|0|1|0|200|okta.users.read|6|UserFactor||UserFactor|users.factors.list|0|||
enrollFactor|1|/api/v1/users/{userId}/factors|p!userId qupdatePhone qtemplateId qtokenLifetimeSeconds qactivate hAccept-Language|1|1|0|200|okta.users.manage|5|UserFactor|UserFactor|UserFactor|users.factors.enroll|0|||
listSupportedFactors|0|/api/v1/users/{userId}/factors/catalog|p!userId|0|1|0|200|okta.users.read|6|UserFactor||UserFactorSupported|users.factors.listSupported|0|||
listSupportedSecurityQuestions|0|/api/v1/users/{userId}/factors/questions|p!userId|0|1|0|200||6|UserFactor||UserFactorSecurityQuestionProfile|users.factors.listSupportedSecurityQuestions|0|||
getFactor|0|/api/v1/users/{userId}/factors/{factorId}|p!userId p!factorId|0|1|0|200|okta.users.read|4|UserFactor||UserFactor|users.factors.get|0|||
unenrollFactor|4|/api/v1/users/{userId}/factors/{factorId}|p!userId p!factorId qremoveRecoveryEnrollment|0|0|0|204|okta.users.manage|4|UserFactor|||users.factors.unenroll|0|||
activateFactor|1|/api/v1/users/{userId}/factors/{factorId}/lifecycle/activate|p!userId p!factorId|1|1|0|200|okta.users.manage|4|UserFactor|UserFactorActivateRequest|UserFactorActivateResponse|users.factors.activate|0|||
resendEnrollFactor|1|/api/v1/users/{userId}/factors/{factorId}/resend|p!userId p!factorId qtemplateId|1|1|0|200|okta.users.manage|5|UserFactor|ResendUserFactor|ResendUserFactor|users.factors.resendEnroll|0|||
getFactorTransactionStatus|0|/api/v1/users/{userId}/factors/{factorId}/transactions/{transactionId}|p!userId p!factorId p!transactionId|0|1|0|200|okta.users.read|4|UserFactor||UserFactorPushTransaction|users.factors.getTransactionStatus|0|||
verifyFactor|1|/api/v1/users/{userId}/factors/{factorId}/verify|p!userId p!factorId qtemplateId qtokenLifetimeSeconds hX-Forwarded-For hUser-Agent hAccept-Language|1|1|0|200|okta.users.manage|4|UserFactor|UserFactorVerifyRequest|UserFactorVerifyResponse|users.factors.verify|0|||
listUserGrants|0|/api/v1/users/{userId}/grants|p!userId qscopeId qexpand qafter qlimit|0|1|1|200|okta.users.read|6|UserGrant||OAuth2ScopeConsentGrant|users.grants.list|0|||
revokeUserGrants|4|/api/v1/users/{userId}/grants|p!userId|0|0|0|204|okta.users.manage|4|UserGrant|||users.grants.revoke|0|||
getUserGrant|0|/api/v1/users/{userId}/grants/{grantId}|p!userId p!grantId qexpand|0|1|0|200|okta.users.read|4|UserGrant||OAuth2ScopeConsentGrant|users.grants.get|0|||
revokeUserGrant|4|/api/v1/users/{userId}/grants/{grantId}|p!userId p!grantId|0|0|0|204|okta.users.manage|4|UserGrant|||users.grants.revokeUserGrant|0|||
getUserRisk|0|/api/v1/users/{userId}/risk|p!userId|0|1|0|200|okta.userRisk.read|4|UserRisk||UserRiskGetResponse|users.risk.get|0|||
upsertUserRisk|2|/api/v1/users/{userId}/risk|p!userId|1|1|0|200|okta.userRisk.manage|5|UserRisk|UserRiskRequest|UserRiskPutResponse|users.risk.upsert|0|||
listAssignedRolesForUser|0|/api/v1/users/{userId}/roles|p!userId qexpand|0|1|0|200|okta.roles.read|6|RoleAssignmentAUser|||roles.userAssignments.listAssigned|0|||
assignRoleToUser|1|/api/v1/users/{userId}/roles|p!userId qdisableNotifications|1|1|0|201|okta.roles.manage|5|RoleAssignmentAUser|||roles.userAssignments.assign|0|||
getUserAssignedRole|0|/api/v1/users/{userId}/roles/{roleAssignmentId}|p!userId p!roleAssignmentId|0|1|0|200|okta.roles.read|4|RoleAssignmentAUser|||roles.userAssignments.getAssigned|0|||
unassignRoleFromUser|4|/api/v1/users/{userId}/roles/{roleAssignmentId}|p!userId p!roleAssignmentId|0|0|0|204|okta.roles.manage|4|RoleAssignmentAUser|||roles.userAssignments.unassign|0|||
getUserAssignedRoleGovernance|0|/api/v1/users/{userId}/roles/{roleAssignmentId}/governance|p!userId p!roleAssignmentId|0|1|0|200|okta.roles.read|4|RoleAssignmentAUser||RoleGovernance|roles.userAssignments.getAssignedGovernance|0|||
getRoleAssignmentGovernanceGrant|0|/api/v1/users/{userId}/roles/{roleAssignmentId}/governance/{grantId}|p!userId p!roleAssignmentId p!grantId|0|1|0|200|okta.roles.read|4|RoleAssignmentAUser||RoleGovernanceSource|roles.userAssignments.getGovernanceGrant|0|||
getRoleAssignmentGovernanceGrantResources|0|/api/v1/users/{userId}/roles/{roleAssignmentId}/governance/{grantId}/resources|p!userId p!roleAssignmentId p!grantId|0|1|0|200|okta.roles.read|4|RoleAssignmentAUser||RoleGovernanceResources|roles.userAssignments.getGovernanceGrantResources|0|||
listApplicationTargetsForApplicationAdministratorRoleForUser|0|/api/v1/users/{userId}/roles/{roleAssignmentId}/targets/catalog/apps|p!userId p!roleAssignmentId qafter qlimit|0|1|1|200|okta.roles.read|6|RoleBTargetAdmin||CatalogApplication|roles.userTargets.listApplicationForApplicationAdministrator|0|||
assignAllAppsAsTargetToRoleForUser|2|/api/v1/users/{userId}/roles/{roleAssignmentId}/targets/catalog/apps|p!userId p!roleAssignmentId|0|0|0|200|okta.roles.manage|4|RoleBTargetAdmin|||roles.userTargets.assignAllAppsAs|0|||
assignAppTargetToAdminRoleForUser|2|/api/v1/users/{userId}/roles/{roleAssignmentId}/targets/catalog/apps/{appName}|p!userId p!roleAssignmentId p!appName|0|0|0|204|okta.roles.manage|4|RoleBTargetAdmin|||roles.userTargets.assignApp|0|||
unassignAppTargetFromAppAdminRoleForUser|4|/api/v1/users/{userId}/roles/{roleAssignmentId}/targets/catalog/apps/{appName}|p!userId p!roleAssignmentId p!appName|0|0|0|204|okta.roles.manage|4|RoleBTargetAdmin|||roles.userTargets.unassignAppFromApp|0|||
assignAppInstanceTargetToAppAdminRoleForUser|2|/api/v1/users/{userId}/roles/{roleAssignmentId}/targets/catalog/apps/{appName}/{appId}|p!userId p!roleAssignmentId p!appName p!appId|0|0|0|204|okta.roles.manage|4|RoleBTargetAdmin|||roles.userTargets.assignAppInstanceToApp|0|||
unassignAppInstanceTargetFromAdminRoleForUser|4|/api/v1/users/{userId}/roles/{roleAssignmentId}/targets/catalog/apps/{appName}/{appId}|p!userId p!roleAssignmentId p!appName p!appId|0|0|0|204|okta.roles.manage|4|RoleBTargetAdmin|||roles.userTargets.unassignAppInstance|0|||
listGroupTargetsForRole|0|/api/v1/users/{userId}/roles/{roleAssignmentId}/targets/groups|p!userId p!roleAssignmentId qafter qlimit|0|1|1|200|okta.roles.read|6|RoleBTargetAdmin||Group|roles.userTargets.listGroup|0|||
assignGroupTargetToUserRole|2|/api/v1/users/{userId}/roles/{roleAssignmentId}/targets/groups/{groupId}|p!userId p!roleAssignmentId p!groupId|0|0|0|204|okta.roles.manage|4|RoleBTargetAdmin|||roles.userTargets.assignGroup|0|||
unassignGroupTargetFromUserAdminRole|4|/api/v1/users/{userId}/roles/{roleAssignmentId}/targets/groups/{groupId}|p!userId p!roleAssignmentId p!groupId|0|0|0|204|okta.roles.manage|4|RoleBTargetAdmin|||roles.userTargets.unassignGroup|0|||
getRoleTargetsByUserIdAndRoleId|0|/api/v1/users/{userId}/roles/{roleIdOrEncodedRoleId}/targets|p!userId p!roleIdOrEncodedRoleId qassignmentType qafter qlimit|0|1|1|200|okta.roles.read|6|RoleBTargetAdmin||RoleTarget|roles.userTargets.getIdAndId|0|||
revokeUserSessions|4|/api/v1/users/{userId}/sessions|p!userId qoauthTokens qforgetDevices|0|0|0|204|okta.users.manage|4|UserSessions|||users.sessions.revoke|0|||
listSubscriptionsUser|0|/api/v1/users/{userId}/subscriptions|p!userId|0|1|0|200|okta.users.read|6|Subscription||Subscription|subscriptions.listUser|0|||
getSubscriptionsNotificationTypeUser|0|/api/v1/users/{userId}/subscriptions/{notificationType}|p!userId p!notificationType|0|1|0|200|okta.users.read|4|Subscription||Subscription|subscriptions.getNotificationTypeUser|0|||
subscribeByNotificationTypeUser|1|/api/v1/users/{userId}/subscriptions/{notificationType}/subscribe|p!userId p!notificationType|0|0|0|200|okta.users.manage|4|Subscription|||subscriptions.subscribeNotificationTypeUser|0|||
unsubscribeByNotificationTypeUser|1|/api/v1/users/{userId}/subscriptions/{notificationType}/unsubscribe|p!userId p!notificationType|0|0|0|200|okta.users.manage|4|Subscription|||subscriptions.unsubscribeNotificationTypeUser|0|||
listNetworkZones|0|/api/v1/zones|qafter qlimit qfilter|0|1|1|200|okta.networkZones.read|6|NetworkZone||NetworkZone|zones.list|0|||
createNetworkZone|1|/api/v1/zones||1|1|0|200|okta.networkZones.manage|5|NetworkZone|NetworkZone|NetworkZone|zones.create|0|||
getNetworkZone|0|/api/v1/zones/{zoneId}|p!zoneId|0|1|0|200|okta.networkZones.read|4|NetworkZone||NetworkZone|zones.get|0|||
replaceNetworkZone|2|/api/v1/zones/{zoneId}|p!zoneId|1|1|0|200|okta.networkZones.manage|5|NetworkZone|NetworkZone|NetworkZone|zones.replace|0|||
deleteNetworkZone|4|/api/v1/zones/{zoneId}|p!zoneId|0|0|0|204|okta.networkZones.manage|4|NetworkZone|||zones.delete|0|||
activateNetworkZone|1|/api/v1/zones/{zoneId}/lifecycle/activate|p!zoneId|0|1|0|200|okta.networkZones.manage|4|NetworkZone||NetworkZone|zones.activate|0|||
deactivateNetworkZone|1|/api/v1/zones/{zoneId}/lifecycle/deactivate|p!zoneId|0|1|0|200|okta.networkZones.manage|4|NetworkZone||NetworkZone|zones.deactivate|0|||
getAuthenticatorSettings|0|/attack-protection/api/v1/authenticator-settings||0|1|0|200|okta.orgs.read|4|AttackProtection||AttackProtectionAuthenticatorSettings|attackProtection.getAuthenticatorSettings|0|LIMITED_GA||
replaceAuthenticatorSettings|2|/attack-protection/api/v1/authenticator-settings||1|1|0|200|okta.orgs.manage|5|AttackProtection|AttackProtectionAuthenticatorSettings|AttackProtectionAuthenticatorSettings|attackProtection.replaceAuthenticatorSettings|0|LIMITED_GA||
getUserLockoutSettings|0|/attack-protection/api/v1/user-lockout-settings||0|1|0|200|okta.orgs.read|4|AttackProtection||UserLockoutSettings|attackProtection.getUserLockoutSettings|0|||
replaceUserLockoutSettings|2|/attack-protection/api/v1/user-lockout-settings||1|1|0|200|okta.orgs.manage|5|AttackProtection|UserLockoutSettings|UserLockoutSettings|attackProtection.replaceUserLockoutSettings|0|||
listApiServiceIntegrationInstances|0|/integrations/api/v1/api-services|qafter|0|1|1|200|okta.oauthIntegrations.read|6|ApiServiceIntegrations||APIServiceIntegrationInstance|apiServiceIntegrations.listInstances|0|||
createApiServiceIntegrationInstance|1|/integrations/api/v1/api-services||1|1|0|201|okta.oauthIntegrations.manage|5|ApiServiceIntegrations|postAPIServiceIntegrationInstanceRequest|postAPIServiceIntegrationInstance|apiServiceIntegrations.createInstance|0|||
getApiServiceIntegrationInstance|0|/integrations/api/v1/api-services/{apiServiceId}|p!apiServiceId|0|1|0|200|okta.oauthIntegrations.read|4|ApiServiceIntegrations||APIServiceIntegrationInstance|apiServiceIntegrations.getInstance|0|||
deleteApiServiceIntegrationInstance|4|/integrations/api/v1/api-services/{apiServiceId}|p!apiServiceId|0|0|0|204|okta.oauthIntegrations.manage|4|ApiServiceIntegrations|||apiServiceIntegrations.deleteInstance|0|||
listApiServiceIntegrationInstanceSecrets|0|/integrations/api/v1/api-services/{apiServiceId}/credentials/secrets|p!apiServiceId|0|1|0|200|okta.oauthIntegrations.read|6|ApiServiceIntegrations||APIServiceIntegrationInstanceSecret|apiServiceIntegrations.listInstanceSecrets|0|||
createApiServiceIntegrationInstanceSecret|1|/integrations/api/v1/api-services/{apiServiceId}/credentials/secrets|p!apiServiceId|0|1|0|201|okta.oauthIntegrations.manage|4|ApiServiceIntegrations||APIServiceIntegrationInstanceSecret|apiServiceIntegrations.createInstanceSecret|0|||
deleteApiServiceIntegrationInstanceSecret|4|/integrations/api/v1/api-services/{apiServiceId}/credentials/secrets/{secretId}|p!apiServiceId p!secretId|0|0|0|204|okta.oauthIntegrations.manage|4|ApiServiceIntegrations|||apiServiceIntegrations.deleteInstanceSecret|0|||
activateApiServiceIntegrationInstanceSecret|1|/integrations/api/v1/api-services/{apiServiceId}/credentials/secrets/{secretId}/lifecycle/activate|p!apiServiceId p!secretId|0|1|0|200|okta.oauthIntegrations.manage|4|ApiServiceIntegrations||APIServiceIntegrationInstanceSecret|apiServiceIntegrations.activateInstanceSecret|0|||
deactivateApiServiceIntegrationInstanceSecret|1|/integrations/api/v1/api-services/{apiServiceId}/credentials/secrets/{secretId}/lifecycle/deactivate|p!apiServiceId p!secretId|0|1|0|200|okta.oauthIntegrations.manage|4|ApiServiceIntegrations||APIServiceIntegrationInstanceSecret|apiServiceIntegrations.deactivateInstanceSecret|0|||
listRolesForClient|0|/oauth2/v1/clients/{clientId}/roles|p!clientId|0|1|0|200|okta.roles.read|6|RoleAssignmentClient|||roles.clientAssignments.list|0|||
assignRoleToClient|1|/oauth2/v1/clients/{clientId}/roles|p!clientId|1|1|0|200|okta.roles.manage|5|RoleAssignmentClient|||roles.clientAssignments.assign|0|||
retrieveClientRole|0|/oauth2/v1/clients/{clientId}/roles/{roleAssignmentId}|p!clientId p!roleAssignmentId|0|1|0|200|okta.roles.read|4|RoleAssignmentClient|||roles.clientAssignments.retrieve|0|||
deleteRoleFromClient|4|/oauth2/v1/clients/{clientId}/roles/{roleAssignmentId}|p!clientId p!roleAssignmentId|0|0|0|204|okta.roles.manage|4|RoleAssignmentClient|||roles.clientAssignments.delete|0|||
listAppTargetRoleToClient|0|/oauth2/v1/clients/{clientId}/roles/{roleAssignmentId}/targets/catalog/apps|p!clientId p!roleAssignmentId qafter qlimit|0|1|1|200|okta.roles.read|6|RoleBTargetClient||CatalogApplication|roles.clientTargets.listApp|0|||
assignAppTargetRoleToClient|2|/oauth2/v1/clients/{clientId}/roles/{roleAssignmentId}/targets/catalog/apps/{appName}|p!clientId p!roleAssignmentId p!appName|0|0|0|204|okta.roles.manage|4|RoleBTargetClient|||roles.clientTargets.assignApp|0|||
removeAppTargetRoleFromClient|4|/oauth2/v1/clients/{clientId}/roles/{roleAssignmentId}/targets/catalog/apps/{appName}|p!clientId p!roleAssignmentId p!appName|0|0|0|204|okta.roles.manage|4|RoleBTargetClient|||roles.clientTargets.removeApp|0|||
assignAppTargetInstanceRoleForClient|2|/oauth2/v1/clients/{clientId}/roles/{roleAssignmentId}/targets/catalog/apps/{appName}/{appId}|p!clientId p!roleAssignmentId p!appName p!appId|0|0|0|204|okta.roles.manage|4|RoleBTargetClient|||roles.clientTargets.assignAppInstance|0|||
removeAppTargetInstanceRoleForClient|4|/oauth2/v1/clients/{clientId}/roles/{roleAssignmentId}/targets/catalog/apps/{appName}/{appId}|p!clientId p!roleAssignmentId p!appName p!appId|0|0|0|204|okta.roles.manage|4|RoleBTargetClient|||roles.clientTargets.removeAppInstance|0|||
listGroupTargetRoleForClient|0|/oauth2/v1/clients/{clientId}/roles/{roleAssignmentId}/targets/groups|p!clientId p!roleAssignmentId qafter qlimit|0|1|1|200|okta.roles.read|6|RoleBTargetClient||Group|roles.clientTargets.listGroup|0|||
assignGroupTargetRoleForClient|2|/oauth2/v1/clients/{clientId}/roles/{roleAssignmentId}/targets/groups/{groupId}|p!clientId p!roleAssignmentId p!groupId|0|0|0|204|okta.roles.manage|4|RoleBTargetClient|||roles.clientTargets.assignGroup|0|||
removeGroupTargetRoleFromClient|4|/oauth2/v1/clients/{clientId}/roles/{roleAssignmentId}/targets/groups/{groupId}|p!clientId p!roleAssignmentId p!groupId|0|0|0|204|okta.roles.manage|4|RoleBTargetClient|||roles.clientTargets.removeGroup|0|||
replaceOktaPersonalAdminSettings|2|/okta-personal-settings/api/v1/edit-feature||1|0|0|204|okta.personal.adminSettings.manage|5|OktaPersonalSettings|OktaPersonalAdminFeatureSettings||oktaPersonalSettings.replaceAdmin|0|||
listPersonalAppsExportBlockList|0|/okta-personal-settings/api/v1/export-blocklists||0|1|0|200|okta.personal.adminSettings.read|4|OktaPersonalSettings||PersonalAppsBlockList|oktaPersonalSettings.listAppsExportBlockList|0|||
replaceBlockedEmailDomains|2|/okta-personal-settings/api/v1/export-blocklists||1|0|0|204|okta.personal.adminSettings.manage|5|OktaPersonalSettings|PersonalAppsBlockList||oktaPersonalSettings.replaceBlockedEmailDomains|0|||
listOktaManagedUserAccounts|0|/privileged-access/api/v1/okta-service-accounts|qlimit qafter qmatch|0|1|1|200|okta.serviceAccounts.okta.read|6|OktaManagedUserAccount||OktaManagedUserAccountResponse|oktaManagedUserAccount.list|0|||
createOktaManagedUserAccount|1|/privileged-access/api/v1/okta-service-accounts||1|1|0|201|okta.serviceAccounts.okta.manage|5|OktaManagedUserAccount|OktaManagedUserAccountRequest|OktaManagedUserAccountResponse|oktaManagedUserAccount.create|0|||
getOktaManagedUserAccount|0|/privileged-access/api/v1/okta-service-accounts/{id}|p!id|0|1|0|200|okta.serviceAccounts.okta.read|4|OktaManagedUserAccount||OktaManagedUserAccountResponse|oktaManagedUserAccount.get|0|||
updateOktaManagedUserAccount|3|/privileged-access/api/v1/okta-service-accounts/{id}|p!id|1|1|0|200|okta.serviceAccounts.okta.manage|4|OktaManagedUserAccount|OktaManagedUserAccountForUpdate|OktaManagedUserAccountResponse|oktaManagedUserAccount.update|0|||
deleteOktaManagedUserAccount|4|/privileged-access/api/v1/okta-service-accounts/{id}|p!id|0|0|0|204|okta.serviceAccounts.okta.manage|4|OktaManagedUserAccount|||oktaManagedUserAccount.delete|0|||
listAppServiceAccounts|0|/privileged-access/api/v1/service-accounts|qlimit qafter qmatch|0|1|1|200|okta.serviceAccounts.read|6|ServiceAccount||AppServiceAccount|serviceAccounts.listApp|0|||
createAppServiceAccount|1|/privileged-access/api/v1/service-accounts||1|1|0|200|okta.serviceAccounts.manage|5|ServiceAccount|AppServiceAccount|AppServiceAccount|serviceAccounts.createApp|0|||
getAppServiceAccount|0|/privileged-access/api/v1/service-accounts/{id}|p!id|0|1|0|200|okta.serviceAccounts.read|4|ServiceAccount||AppServiceAccount|serviceAccounts.getApp|0|||
updateAppServiceAccount|3|/privileged-access/api/v1/service-accounts/{id}|p!id|1|1|0|200|okta.serviceAccounts.manage|4|ServiceAccount|AppServiceAccountForUpdate|AppServiceAccount|serviceAccounts.updateApp|0|||
deleteAppServiceAccount|4|/privileged-access/api/v1/service-accounts/{id}|p!id|0|0|0|204|okta.serviceAccounts.manage|4|ServiceAccount|||serviceAccounts.deleteApp|0|||
publishSecurityEventTokens|1|/security/api/v1/security-events||4|0|0|202||9|SSFSecurityEventToken|||ssfSecurityEventToken.publish|0|LIMITED_GA||application/secevent+jwt
activatePreregistrationEnrollment|1|/webauthn-registration/api/v1/activate||1|1|0|200|okta.users.manage|4|WebAuthnPreregistration|EnrollmentActivationRequest|EnrollmentActivationResponse|webAuthnPreregistration.activateEnrollment|0|LIMITED_GA||
enrollPreregistrationEnrollment|1|/webauthn-registration/api/v1/enroll||1|1|0|200|okta.users.manage|4|WebAuthnPreregistration|EnrollmentInitializationRequest|EnrollmentInitializationResponse|webAuthnPreregistration.enrollEnrollment|0|LIMITED_GA||
generateFulfillmentRequest|1|/webauthn-registration/api/v1/initiate-fulfillment-request||1|0|0|204|okta.users.manage|4|WebAuthnPreregistration|FulfillmentRequest||webAuthnPreregistration.generateFulfillmentRequest|0|LIMITED_GA||
sendPin|1|/webauthn-registration/api/v1/send-pin||1|0|0|204|okta.users.manage|4|WebAuthnPreregistration|PinRequest||webAuthnPreregistration.sendPin|0|LIMITED_GA||
listWebAuthnPreregistrationFactors|0|/webauthn-registration/api/v1/users/{userId}/enrollments|p!userId|0|1|0|200|okta.users.read|6|WebAuthnPreregistration||WebAuthnPreregistrationFactor|webAuthnPreregistration.listFactors|0|LIMITED_GA||
deleteWebAuthnPreregistrationFactor|4|/webauthn-registration/api/v1/users/{userId}/enrollments/{authenticatorEnrollmentId}|p!userId p!authenticatorEnrollmentId|0|0|0|204|okta.users.manage|4|WebAuthnPreregistration|||webAuthnPreregistration.deleteFactor|0|LIMITED_GA||
assignFulfillmentErrorWebAuthnPreregistrationFactor|1|/webauthn-registration/api/v1/users/{userId}/enrollments/{authenticatorEnrollmentId}/mark-error|p!userId p!authenticatorEnrollmentId|0|0|0|204|okta.users.manage|4|WebAuthnPreregistration|||webAuthnPreregistration.assignFulfillmentErrorFactor|0|LIMITED_GA||
linkBrandDomain|1|/api/v1/brands/{brandId}/domains|p!brandId|1|1|0|201|okta.brands.manage|4|Customization|CreateBrandDomainRequest|BrandDomain|brands.customization.linkDomain|1|||
unlinkBrandDomain|4|/api/v1/brands/{brandId}/domains/{domainId}|p!brandId p!domainId|0|0|0|204|okta.brands.manage|4|Customization|||brands.customization.unlinkDomain|1|||
listEmailDomainBrands|0|/api/v1/email-domains/{emailDomainId}/brands|p!emailDomainId|0|1|0|200|okta.email-domains.read|6|EmailDomain||Brand|emailDomains.listBrands|1|||
getApplicationLayout|0|/api/v1/meta/layouts/apps/{appName}|p!appName|0|1|0|200|okta.schemas.read|4|Schema||ApplicationLayout|schemas.getApplicationLayout|1|||
updateOrgLogo|1|/api/v1/org/logo||2|0|0|201|okta.apps.manage|4|OrgSetting|||org.updateLogo|1|||
sendRiskEvents|1|/api/v1/risk/events/ip||1|0|0|202|okta.riskEvents.manage|5|RiskEvent|||riskEvents.send|1|||
listRiskProviders|0|/api/v1/risk/providers||0|1|0|200|okta.riskProviders.read|6|RiskProvider||RiskProvider|riskProviders.list|1|||
createRiskProvider|1|/api/v1/risk/providers||1|1|0|201|okta.riskProviders.manage|5|RiskProvider|RiskProvider|RiskProvider|riskProviders.create|1|||
getRiskProvider|0|/api/v1/risk/providers/{riskProviderId}|p!riskProviderId|0|1|0|200|okta.riskProviders.read|4|RiskProvider||RiskProvider|riskProviders.get|1|||
updateRiskProvider|2|/api/v1/risk/providers/{riskProviderId}|p!riskProviderId|1|1|0|200|okta.riskProviders.manage|5|RiskProvider|RiskProvider|RiskProvider|riskProviders.update|1|||
deleteRiskProvider|4|/api/v1/risk/providers/{riskProviderId}|p!riskProviderId|0|0|0|204|okta.riskProviders.manage|4|RiskProvider|||riskProviders.delete|1|||
createSession|1|/api/v1/sessions||1|1|0|200||5|Session|CreateSessionRequest|Session|sessions.create|1|||
verifyProvisioningConnectionForGoogleApplication|1|/api/v1/apps/google/{appId}/oauth2/callback|p!appId qcode qstate|0|0|0|204|okta.apps.manage|4|Application|||apps.verifyProvisioningConnectionForGoogle|2|PRODUCT_DEV||
verifyProvisioningConnectionForOfficeApplication|1|/api/v1/apps/office365/{appId}/oauth2/callback|p!appId qcode qstate|0|0|0|204|okta.apps.manage|4|Application|||apps.verifyProvisioningConnectionForOffice|2|PRODUCT_DEV||
getOAuth2AccessTokenForExpressConfiguration|0|/api/v1/apps/{appId}/express-configure/oauth2/authorize|p!appId qtoken qcapabilityType|0|0|0|302|okta.apps.manage|4|Application|||apps.getOAuth2AccessTokenForExpressConfiguration|2|PRODUCT_DEV||
configureCapabilityApplication|1|/api/v1/apps/{appId}/express-configure/{capabilityType}|p!appId p!capabilityType|0|0|0|204|okta.apps.manage|4|Application|||apps.configureCapability|2|PRODUCT_DEV||
listUnconfirmedUsers|0|/api/v1/apps/{appId}/unconfirmed-users|p!appId qafter qlimit|0|1|0|200|okta.apps.read|4|UnconfirmedUsers||UnconfirmedUserResponseSchema|unconfirmedUsers.list|2|||
getAppUISchema|0|/api/v1/meta/layouts/apps/{appName}/sections/{section}/{operation}|p!appName p!section p!operation|0|1|0|200|okta.schemas.read|4|UISchema||ApplicationLayout|uiSchemas.getApp|2|||
getOperationStatus|0|/api/v1/operations/{operationId}|p!operationId|0|1|0|200|okta.operations.read|0|OperationsIntegration||OperationResponse|operationsIntegration.getStatus|2|PRODUCT_DEV||
getCurrentSession|0|/api/v1/sessions/me|hCookie|0|1|0|200||8|Session||Session|sessions.getCurrent|2|||
closeCurrentSession|4|/api/v1/sessions/me|hCookie|0|0|0|204||8|Session|||sessions.closeCurrent|2|||
refreshCurrentSession|1|/api/v1/sessions/me/lifecycle/refresh|hCookie|0|1|0|200||8|Session||Session|sessions.refreshCurrent|2|||
endUserSessions|1|/api/v1/users/me/lifecycle/delete_sessions||1|0|0|200||4|User|KeepCurrent||users.endSessions|2|||
getDesktopMFAEnforceNumberMatchingChallengeOrgSetting|0|/device-access/api/v1/desktop-mfa/enforce-number-matching-challenge-settings||0|1|0|200|okta.orgs.read|4|DeviceAccess||DesktopMFAEnforceNumberMatchingChallengeOrgSetting|devices.access.getDesktopMfaEnforceNumberMatchingChallengeOrgSetting|2|||
replaceDesktopMFAEnforceNumberMatchingChallengeOrgSetting|2|/device-access/api/v1/desktop-mfa/enforce-number-matching-challenge-settings||1|1|0|200|okta.orgs.manage|5|DeviceAccess|DesktopMFAEnforceNumberMatchingChallengeOrgSetting|DesktopMFAEnforceNumberMatchingChallengeOrgSetting|devices.access.replaceDesktopMfaEnforceNumberMatchingChallengeOrgSetting|2|||
getDesktopMFARecoveryPinOrgSetting|0|/device-access/api/v1/desktop-mfa/recovery-pin-settings||0|1|0|200|okta.orgs.read|4|DeviceAccess||DesktopMFARecoveryPinOrgSetting|devices.access.getDesktopMfaRecoveryPinOrgSetting|2|||
replaceDesktopMFARecoveryPinOrgSetting|2|/device-access/api/v1/desktop-mfa/recovery-pin-settings||1|1|0|200|okta.orgs.manage|5|DeviceAccess|DesktopMFARecoveryPinOrgSetting|DesktopMFARecoveryPinOrgSetting|devices.access.replaceDesktopMfaRecoveryPinOrgSetting|2|||
listSubmissions|0|/integrations/api/v1/submissions|qlimit qafter|0|1|1|200|okta.manifests.read|6|YourOinIntegrations||SubmissionResponse|yourOinIntegrations.listSubmissions|2|PRODUCT_DEV||
createSubmission|1|/integrations/api/v1/submissions||1|1|0|201|okta.manifests.manage|4|YourOinIntegrations|SubmissionRequest|SubmissionResponse|yourOinIntegrations.createSubmission|2|PRODUCT_DEV||
uploadSubmissionLogo|1|/integrations/api/v1/submissions/logo||2|0|0|201|okta.manifests.manage|4|YourOinIntegrations|||yourOinIntegrations.uploadSubmissionLogo|2|PRODUCT_DEV||
uploadSubmissionDefaultLogo|1|/integrations/api/v1/submissions/logo/default||2|0|0|201|okta.manifests.manage|4|YourOinIntegrations|||yourOinIntegrations.uploadSubmissionDefaultLogo|2|PRODUCT_DEV||
getSubmissionByOperationId|0|/integrations/api/v1/submissions/{submissionId}|p!submissionId|0|1|0|200|okta.manifests.read|4|YourOinIntegrations||SubmissionResponse|yourOinIntegrations.getSubmissionByOperationId|2|PRODUCT_DEV||
replaceSubmission|2|/integrations/api/v1/submissions/{submissionId}|p!submissionId|1|1|0|200|okta.manifests.manage|4|YourOinIntegrations|SubmissionRequest|SubmissionResponse|yourOinIntegrations.replaceSubmission|2|PRODUCT_DEV||
listSubmissionCapabilities|0|/integrations/api/v1/submissions/{submissionId}/capabilities|p!submissionId|0|1|0|200|okta.manifests.read|4|YourOinIntegrations||SubmissionCapabilities|yourOinIntegrations.listSubmissionCapabilities|2|PRODUCT_DEV||
upsertSubmissionCapabilities|2|/integrations/api/v1/submissions/{submissionId}/capabilities|p!submissionId|1|1|0|200|okta.manifests.manage|4|YourOinIntegrations|SubmissionCapabilities|SubmissionCapabilities|yourOinIntegrations.upsertSubmissionCapabilities|2|PRODUCT_DEV||
getSubmissionAuthSettings|0|/integrations/api/v1/submissions/{submissionId}/capabilities/shared/auth-settings/default|p!submissionId|0|1|0|200|okta.manifests.read|4|YourOinIntegrations||AuthSettings|yourOinIntegrations.getSubmissionAuthSettings|2|PRODUCT_DEV||
upsertSubmissionAuthSettings|2|/integrations/api/v1/submissions/{submissionId}/capabilities/shared/auth-settings/default|p!submissionId|1|1|0|200|okta.manifests.manage|4|YourOinIntegrations|AuthSettings|AuthSettings|yourOinIntegrations.upsertSubmissionAuthSettings|2|PRODUCT_DEV||
getSubmissionActions|0|/integrations/api/v1/submissions/{submissionId}/capabilities/{capability}/protocols/actions|p!submissionId p!capability|0|1|0|200|okta.manifests.read|4|YourOinIntegrations||SubmissionActions|yourOinIntegrations.getSubmissionActions|2|PRODUCT_DEV||
upsertSubmissionActions|2|/integrations/api/v1/submissions/{submissionId}/capabilities/{capability}/protocols/actions|p!submissionId p!capability|1|1|0|200|okta.manifests.manage|4|YourOinIntegrations|SubmissionActions|SubmissionActions|yourOinIntegrations.upsertSubmissionActions|2|PRODUCT_DEV||
listAvailableActions|0|/integrations/api/v1/submissions/{submissionId}/capabilities/{capability}/protocols/actions/actions-provider/{actionsProviderType}/available-actions|p!submissionId p!capability p!actionsProviderType|0|1|0|200|okta.manifests.read|4|YourOinIntegrations||AvailableActions|yourOinIntegrations.listAvailableActions|2|PRODUCT_DEV||
verifyActions|1|/integrations/api/v1/submissions/{submissionId}/capabilities/{capability}/protocols/actions/actions-provider/{actionsProviderType}/validate-actions|p!submissionId p!capability p!actionsProviderType|0|1|0|200|okta.manifests.read|4|YourOinIntegrations|||yourOinIntegrations.verifyActions|2|PRODUCT_DEV||
submitSubmission|1|/integrations/api/v1/submissions/{submissionId}/submit|p!submissionId|0|0|0|202|okta.manifests.manage|4|YourOinIntegrations|||yourOinIntegrations.submitSubmission|2|PRODUCT_DEV||
getSubmissionTenantSettings|0|/integrations/api/v1/submissions/{submissionId}/tenant-settings|p!submissionId|0|1|0|200|okta.manifests.read|4|YourOinIntegrations||TenantSettings|yourOinIntegrations.getSubmissionTenantSettings|2|PRODUCT_DEV||
upsertSubmissionTenantSettings|2|/integrations/api/v1/submissions/{submissionId}/tenant-settings|p!submissionId|1|1|0|200|okta.manifests.manage|4|YourOinIntegrations|TenantSettings|TenantSettings|yourOinIntegrations.upsertSubmissionTenantSettings|2|PRODUCT_DEV||
getSubmissionTestInfo|0|/integrations/api/v1/submissions/{submissionId}/testing|p!submissionId|0|1|0|200|okta.manifests.read|4|YourOinIntegrations||TestInfo|yourOinIntegrations.getSubmissionTestInfo|2|PRODUCT_DEV||
upsertSubmissionTestInfo|2|/integrations/api/v1/submissions/{submissionId}/testing|p!submissionId|1|1|0|200|okta.manifests.manage|4|YourOinIntegrations|TestInfo|TestInfo|yourOinIntegrations.upsertSubmissionTestInfo|2|PRODUCT_DEV||
listServiceAccounts|0|/privileged-access/api/v1/accounts|qlimit qafter qq|0|1|1|200|okta.serviceAccounts.read|6|ServiceAccount||ServiceAccount|serviceAccounts.list|2|PRODUCT_DEV||
createServiceAccount|1|/privileged-access/api/v1/accounts||1|1|0|200|okta.serviceAccounts.manage|5|ServiceAccount|ServiceAccount|ServiceAccount|serviceAccounts.create|2|PRODUCT_DEV||
getServiceAccount|0|/privileged-access/api/v1/accounts/{id}|p!id|0|1|0|200|okta.serviceAccounts.read|4|ServiceAccount||ServiceAccount|serviceAccounts.get|2|PRODUCT_DEV||
updateServiceAccount|3|/privileged-access/api/v1/accounts/{id}|p!id|1|1|0|200|okta.serviceAccounts.manage|4|ServiceAccount|ServiceAccountForUpdate|ServiceAccount|serviceAccounts.update|2|PRODUCT_DEV||
deleteServiceAccount|4|/privileged-access/api/v1/accounts/{id}|p!id|0|0|0|204|okta.serviceAccounts.manage|4|ServiceAccount|||serviceAccounts.delete|2|PRODUCT_DEV||
preparePrivilegedResourcesToBeFetched|1|/privileged-access/api/v1/containers/{containerId}/prepare-resources|p!containerId qlastUpdated|0|0|0|204|okta.privilegedResources.manage|4|PrivilegedResource|||privilegedResource.prepareBeFetched|2|PRODUCT_DEV||
replaceFiltersForPrivilegedResourceIdentification|2|/privileged-access/api/v1/containers/{containerId}/resource-filter-criteria|p!containerId|1|0|0|204|okta.privilegedResources.manage|5|PrivilegedResource|PrivilegedResourceFilters||privilegedResource.replaceFiltersForIdentification|2|PRODUCT_DEV||
getPrivilegedResources|0|/privileged-access/api/v1/containers/{containerId}/resources|p!containerId qlastUpdated qstatus qlimit qafter|0|1|1|200|okta.privilegedResources.read|6|PrivilegedResource||PrivilegedResourceAccountAppResponse|privilegedResource.get|2|PRODUCT_DEV||
createPrivilegedResource|1|/privileged-access/api/v1/resources||1|1|0|200|okta.privilegedResources.manage|5|PrivilegedResource|PrivilegedResource|PrivilegedResource|privilegedResource.create|2|PRODUCT_DEV||
getPrivilegedResource|0|/privileged-access/api/v1/resources/{id}|p!id|0|1|0|200|okta.privilegedResources.read|4|PrivilegedResource||PrivilegedResource|privilegedResource.getPrivilegedResource|2|PRODUCT_DEV||
replacePrivilegedResource|2|/privileged-access/api/v1/resources/{id}|p!id|1|1|0|200|okta.privilegedResources.manage|5|PrivilegedResource|PrivilegedResourceUpdateRequest|PrivilegedResource|privilegedResource.replace|2|PRODUCT_DEV||
deletePrivilegedResource|4|/privileged-access/api/v1/resources/{id}|p!id|0|0|0|204|okta.privilegedResources.manage|4|PrivilegedResource|||privilegedResource.delete|2|PRODUCT_DEV||
claimPrivilegedResource|1|/privileged-access/api/v1/resources/{id}/claim|p!id|0|1|0|200|okta.privilegedResources.manage|4|PrivilegedResource||PrivilegedResource|privilegedResource.claim|2|PRODUCT_DEV||
rotatePasswordForPrivilegedResource|1|/privileged-access/api/v1/resources/{id}/rotate-password|p!id|1|1|0|200|okta.privilegedResources.manage|5|PrivilegedResource|RotatePasswordRequest|PrivilegedResource|privilegedResource.rotatePassword|2|PRODUCT_DEV||
listAIAgents|0|/workload-principals/api/v1/ai-agents|qafter qlimit qsearch|0|1|2|200|okta.aiAgents.read|4|AgentRegistration|||agentRegistration.listAi|2|BETA|data|
registerAIAgent|1|/workload-principals/api/v1/ai-agents||1|0|0|202|okta.aiAgents.manage|5|AgentRegistration|CreateAIAgentRequest||agentRegistration.registerAi|2|BETA||
getAIAgent|0|/workload-principals/api/v1/ai-agents/{agentId}|p!agentId|0|1|0|200|okta.aiAgents.read|4|AgentRegistration||AIAgent|agentRegistration.getAi|2|BETA||
replaceAIAgent|2|/workload-principals/api/v1/ai-agents/{agentId}|p!agentId|1|0|0|202|okta.aiAgents.manage|5|AgentRegistration|UpdateAIAgentRequest||agentRegistration.replaceAi|2|BETA||
updateAIAgent|3|/workload-principals/api/v1/ai-agents/{agentId}|p!agentId|1|0|0|202|okta.aiAgents.manage|5|AgentRegistration|PatchAIAgentRequest||agentRegistration.updateAi|2|BETA||application/merge-patch+json
deleteAIAgent|4|/workload-principals/api/v1/ai-agents/{agentId}|p!agentId|0|0|0|202|okta.aiAgents.manage|4|AgentRegistration|||agentRegistration.deleteAi|2|BETA||
listConnections|0|/workload-principals/api/v1/ai-agents/{agentId}/connections|p!agentId qafter qlimit|0|1|2|200|okta.aiAgents.read|4|AgentConnections||ManagedConnectionList|agentConnections.list|2|BETA|data|
createManagedConnection|1|/workload-principals/api/v1/ai-agents/{agentId}/connections|p!agentId|1|1|0|201|okta.aiAgents.manage|5|AgentConnections|ManagedConnectionCreatable|ManagedConnection|agentConnections.createManaged|2|BETA||
getManagedConnection|0|/workload-principals/api/v1/ai-agents/{agentId}/connections/{connectionId}|p!agentId p!connectionId|0|1|0|200|okta.aiAgents.read|4|AgentConnections||ManagedConnection|agentConnections.getManaged|2|BETA||
updateManagedConnection|3|/workload-principals/api/v1/ai-agents/{agentId}/connections/{connectionId}|p!agentId p!connectionId|1|1|0|200|okta.aiAgents.manage|5|AgentConnections|ManagedConnectionPatchable|ManagedConnection|agentConnections.updateManaged|2|BETA||
deleteManagedConnection|4|/workload-principals/api/v1/ai-agents/{agentId}/connections/{connectionId}|p!agentId p!connectionId|0|0|0|204|okta.aiAgents.manage|4|AgentConnections|||agentConnections.deleteManaged|2|BETA||
activateManagedConnection|1|/workload-principals/api/v1/ai-agents/{agentId}/connections/{connectionId}/lifecycle/activate|p!agentId p!connectionId|0|1|0|200|okta.aiAgents.manage|4|AgentConnections||ManagedConnection|agentConnections.activateManaged|2|BETA||
deactivateManagedConnection|1|/workload-principals/api/v1/ai-agents/{agentId}/connections/{connectionId}/lifecycle/deactivate|p!agentId p!connectionId|0|1|0|200|okta.aiAgents.manage|4|AgentConnections||ManagedConnection|agentConnections.deactivateManaged|2|BETA||
listAgentJwk|0|/workload-principals/api/v1/ai-agents/{agentId}/credentials/jwks|p!agentId|0|1|0|200|okta.aiAgents.read|4|AgentPublicKey|||agentPublicKey.listJwk|2|BETA||
addAgentJwk|1|/workload-principals/api/v1/ai-agents/{agentId}/credentials/jwks|p!agentId|1|1|0|201|okta.aiAgents.manage|5|AgentPublicKey|AgentJsonSigningKeyRequest|AgentJsonSigningKeyResponse|agentPublicKey.addJwk|2|BETA||
getAgentJwk|0|/workload-principals/api/v1/ai-agents/{agentId}/credentials/jwks/{keyId}|p!agentId p!keyId|0|1|0|200|okta.aiAgents.read|4|AgentPublicKey||AgentJsonSigningKeyResponse|agentPublicKey.getJwk|2|BETA||
deleteAgentJwk|4|/workload-principals/api/v1/ai-agents/{agentId}/credentials/jwks/{keyId}|p!agentId p!keyId|0|0|0|204|okta.aiAgents.manage|4|AgentPublicKey|||agentPublicKey.deleteJwk|2|BETA||
activateAgentJsonWebKey|1|/workload-principals/api/v1/ai-agents/{agentId}/credentials/jwks/{keyId}/lifecycle/activate|p!agentId p!keyId|0|1|0|200|okta.aiAgents.manage|4|AgentPublicKey||AgentJsonSigningKeyResponse|agentPublicKey.activateJsonWeb|2|BETA||
deactivateAgentJsonWebKey|1|/workload-principals/api/v1/ai-agents/{agentId}/credentials/jwks/{keyId}/lifecycle/deactivate|p!agentId p!keyId|0|1|0|200|okta.aiAgents.manage|4|AgentPublicKey||AgentJsonSigningKeyResponse|agentPublicKey.deactivateJsonWeb|2|BETA||
activateAIAgent|1|/workload-principals/api/v1/ai-agents/{agentId}/lifecycle/activate|p!agentId|0|0|0|202|okta.aiAgents.manage|4|AgentRegistration|||agentRegistration.activateAi|2|BETA||
deactivateAIAgent|1|/workload-principals/api/v1/ai-agents/{agentId}/lifecycle/deactivate|p!agentId|0|0|0|202|okta.aiAgents.manage|4|AgentRegistration|||agentRegistration.deactivateAi|2|BETA||
listAIAgentOperations|0|/workload-principals/api/v1/operations|qafter qlimit|0|1|2|200|okta.aiAgents.read|4|AgentRegistration||AIAgentOperationListResponse|agentRegistration.listAiOperations|2|BETA|data|
getAIAgentOperation|0|/workload-principals/api/v1/operations/{operationId}|p!operationId|0|1|0|200|okta.aiAgents.read|4|AgentRegistration||AIAgentOperationResponse|agentRegistration.getAiOperation|2|BETA||
listPotentialConnectionsByType|0|/workload-principals/api/v1/potential-connections|q!filter qmatch qafter qlimit|0|1|2|200|okta.aiAgents.read|4|AgentPotentialConnections||PotentialConnectionList|agentPotentialConnections.listType|2|BETA|data|`;

/** The number of rows in {@link OPERATION_ROWS}. */
export const OPERATION_COUNT: number = 816;
