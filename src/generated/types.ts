// generated — do not edit. Run `deno task codegen` (source: tools/codegen/).
/**
 * Types of every schema of the Okta Management API (types only, no runtime code).
 *
 * @module
 */
// deno-lint-ignore-file
// @ts-nocheck
/**
 * An enum value this version of the types does not know (Okta adds values over time).
 * Read values may carry it; to send one, cast: `"NEW_VALUE" as UnknownEnumValue`.
 */
export type UnknownEnumValue = string & { readonly __unknownEnumValue: true };

/** Okta schema `AAGUIDAuthenticatorCharacteristics` (see https://developer.okta.com/docs/api/). */
export type AAGUIDAuthenticatorCharacteristics = { fipsCompliant?: boolean; hardwareProtected?: boolean; platformAttached?: boolean; };

/** Okta schema `AAGUIDGroupObject` (see https://developer.okta.com/docs/api/). */
export type AAGUIDGroupObject = { aaguids?: string[]; name?: string; };

/** Okta schema `AIAgent` (see https://developer.okta.com/docs/api/). */
export type AIAgent = { appId?: string; readonly created?: string; readonly id?: string; readonly lastUpdated?: string; profile?: AIAgentProfile; status?: ("ACTIVE" | "INACTIVE" | "STAGED" | UnknownEnumValue); _links?: LinksSelf; };

/** Okta schema `AIAgentOperationListResponse` (see https://developer.okta.com/docs/api/). */
export type AIAgentOperationListResponse = { data?: AIAgentOperationResponse[]; _links?: (LinksSelf & LinksNext); };

/** Okta schema `AIAgentOperationResponse` (see https://developer.okta.com/docs/api/). */
export type AIAgentOperationResponse = { completed?: string; created: string; errorDetails?: ErrorDetails; id: string; resource?: AIAgentResource; started?: string; status: ("COMPLETED" | "SCHEDULED" | "IN_PROGRESS" | "FAILED" | UnknownEnumValue); type: ("ai-agent:Register" | "ai-agent:Replace" | "ai-agent:Delete" | "ai-agent:Activate" | "ai-agent:Deactivate" | "ai-agent:Patch" | UnknownEnumValue); };

/** Okta schema `AIAgentProfile` (see https://developer.okta.com/docs/api/). */
export type AIAgentProfile = { description?: string; name: string; [key: string]: unknown; };

/** Okta schema `AIAgentResource` (see https://developer.okta.com/docs/api/). */
export type AIAgentResource = { id: string; status: string; type: string; _links: LinksSelf; };

/** Okta schema `APIServiceIntegrationInstance` (see https://developer.okta.com/docs/api/). */
export type APIServiceIntegrationInstance = { readonly configGuideUrl?: string; readonly createdAt?: string; readonly createdBy?: string; grantedScopes?: string[]; readonly id?: string; readonly name?: string; properties?: AppProperties; type?: string; readonly _links?: APIServiceIntegrationLinks; };

/** Okta schema `APIServiceIntegrationInstanceSecret` (see https://developer.okta.com/docs/api/). */
export type APIServiceIntegrationInstanceSecret = { readonly client_secret: string; readonly created: string; readonly id: string; readonly lastUpdated: string; readonly secret_hash: string; status: ("ACTIVE" | "INACTIVE" | UnknownEnumValue); readonly _links: APIServiceIntegrationSecretLinks; };

/** Okta schema `APIServiceIntegrationLinks` (see https://developer.okta.com/docs/api/). */
export type APIServiceIntegrationLinks = { client?: HrefObjectClientLink; logo?: HrefObjectLogoLink; self?: HrefObjectSelfLink; };

/** Okta schema `APIServiceIntegrationSecretLinks` (see https://developer.okta.com/docs/api/). */
export type APIServiceIntegrationSecretLinks = { activate?: HrefObjectActivateLink; deactivate?: HrefObjectDeactivateLink; delete?: HrefObjectDeleteLink; };

/** Okta schema `APNSConfiguration` (see https://developer.okta.com/docs/api/). */
export type APNSConfiguration = { fileName?: string; keyId?: string; teamId?: string; tokenSigningKey?: string; };

/** Okta schema `APNSPushProvider` (see https://developer.okta.com/docs/api/). */
export type APNSPushProvider = (PushProviderBase & { configuration?: APNSConfiguration; });

/** Okta schema `AccessPolicy` (see https://developer.okta.com/docs/api/). */
export type AccessPolicy = (PolicyBase & { conditions?: string | null; _embedded?: { resourceType?: string; [key: string]: unknown; }; });

/** Okta schema `AccessPolicyConstraint` (see https://developer.okta.com/docs/api/). */
export type AccessPolicyConstraint = { authenticationMethods?: AuthenticationMethodObject[]; excludedAuthenticationMethods?: unknown; methods?: ("PASSWORD" | "SECURITY_QUESTION" | "SMS" | "VOICE" | "EMAIL" | "PUSH" | "SIGNED_NONCE" | "OTP" | "TOTP" | "WEBAUTHN" | "DUO" | "IDP" | "CERT" | UnknownEnumValue)[]; reauthenticateIn?: string; required?: boolean; types?: ("SECURITY_KEY" | "PHONE" | "EMAIL" | "PASSWORD" | "SECURITY_QUESTION" | "APP" | "FEDERATED" | UnknownEnumValue)[]; };

/** Okta schema `AccessPolicyConstraints` (see https://developer.okta.com/docs/api/). */
export type AccessPolicyConstraints = { knowledge?: KnowledgeConstraint; possession?: PossessionConstraint; };

/** Okta schema `AccessPolicyLink` (see https://developer.okta.com/docs/api/). */
export type AccessPolicyLink = (HrefObject & unknown);

/** Okta schema `AccessPolicyRule` (see https://developer.okta.com/docs/api/). */
export type AccessPolicyRule = (PolicyRuleBase & { actions?: AccessPolicyRuleActions; conditions?: AccessPolicyRuleConditions; });

/** Okta schema `AccessPolicyRuleActions` (see https://developer.okta.com/docs/api/). */
export type AccessPolicyRuleActions = (PolicyRuleActions & Record<string, unknown> & { appSignOn?: AccessPolicyRuleApplicationSignOn; });

/** Okta schema `AccessPolicyRuleApplicationSignOn` (see https://developer.okta.com/docs/api/). */
export type AccessPolicyRuleApplicationSignOn = { access?: AccessPolicyRuleApplicationSignOnAccess; keepMeSignedIn?: KeepMeSignedIn; verificationMethod?: VerificationMethod; };

/** Okta schema `AccessPolicyRuleApplicationSignOnAccess` (see https://developer.okta.com/docs/api/). */
export type AccessPolicyRuleApplicationSignOnAccess = ("ALLOW" | "DENY" | UnknownEnumValue);

/** Okta schema `AccessPolicyRuleConditions` (see https://developer.okta.com/docs/api/). */
export type AccessPolicyRuleConditions = (Record<string, unknown> & { device?: DeviceAccessPolicyRuleCondition; elCondition?: AccessPolicyRuleCustomCondition; network?: PolicyNetworkCondition; people?: PolicyPeopleCondition; platform?: PlatformPolicyRuleCondition; riskScore?: RiskScorePolicyRuleCondition; userType?: UserTypeCondition; });

/** Okta schema `AccessPolicyRuleCustomCondition` (see https://developer.okta.com/docs/api/). */
export type AccessPolicyRuleCustomCondition = { condition: string; };

/** Okta schema `AccessTokenKeyEncryptionAlgorithm` (see https://developer.okta.com/docs/api/). */
export type AccessTokenKeyEncryptionAlgorithm = ("RSA-OAEP-256" | "RSA-OAEP-384" | "RSA-OAEP-512" | UnknownEnumValue);

/** Okta schema `AccountLinkedEnrollment` (see https://developer.okta.com/docs/api/). */
export type AccountLinkedEnrollment = { readonly created?: string; readonly id?: string; readonly lastUpdated?: string; profile?: AccountLinkedEnrollmentProfile; status?: ("ACTIVE" | "SUSPENDED" | "REVOKED" | "DELETED" | UnknownEnumValue); type?: ("platform_sso" | "desktop_mfa" | UnknownEnumValue); _embedded?: AccountLinkedEnrollmentEmbedded; };

/** Okta schema `AccountLinkedEnrollmentEmbedded` (see https://developer.okta.com/docs/api/). */
export type AccountLinkedEnrollmentEmbedded = { lastAuthenticatedOn?: string; };

/** Okta schema `AccountLinkedEnrollmentProfile` (see https://developer.okta.com/docs/api/). */
export type AccountLinkedEnrollmentProfile = { authenticationMethod?: ("PASSWORD" | "SECURE_ENCLAVE" | UnknownEnumValue); [key: string]: unknown; };

/** Okta schema `AcsEndpoint` (see https://developer.okta.com/docs/api/). */
export type AcsEndpoint = { index: number; url: string; };

/** Okta schema `ActionProvider` (see https://developer.okta.com/docs/api/). */
export type ActionProviderBase = { externalId: string; type: ("WORKFLOWS"); };
/** Okta schema `ActionProvider` (see https://developer.okta.com/docs/api/). */
export type ActionProvider = (WorkflowActionProvider & { type: "WORKFLOWS" });

/** Okta schema `ActionProviderPayloadType` (see https://developer.okta.com/docs/api/). */
export type ActionProviderPayloadType = ("WORKFLOWS" | UnknownEnumValue);

/** Okta schema `ActionProviderType` (see https://developer.okta.com/docs/api/). */
export type ActionProviderType = ("workflows" | UnknownEnumValue);

/** Okta schema `Actions` (see https://developer.okta.com/docs/api/). */
export type Actions = { assignUserToRealm?: AssignUserToRealm; };

/** Okta schema `ActivateFactorRequest` (see https://developer.okta.com/docs/api/). */
export type ActivateFactorRequest = { attestation?: string; clientData?: string; passCode?: string; registrationData?: string; stateToken?: string; };

/** Okta schema `ActiveDirectoryGroupScope` (see https://developer.okta.com/docs/api/). */
export type ActiveDirectoryGroupScope = ("DOMAIN_LOCAL" | "GLOBAL" | "UNIVERSAL" | UnknownEnumValue);

/** Okta schema `ActiveDirectoryGroupType` (see https://developer.okta.com/docs/api/). */
export type ActiveDirectoryGroupType = ("DISTRIBUTION" | "SECURITY" | UnknownEnumValue);

/** Okta schema `AdminConsoleSettings` (see https://developer.okta.com/docs/api/). */
export type AdminConsoleSettings = { sessionIdleTimeoutMinutes?: number; sessionMaxLifetimeMinutes?: number; };

/** Okta schema `Agent` (see https://developer.okta.com/docs/api/). */
export type Agent = { readonly id?: string; isHidden?: boolean; isLatestGAedVersion?: boolean; lastConnection?: number; name?: string; operationalStatus?: OperationalStatus; poolId?: string; type?: AgentType; updateMessage?: string; updateStatus?: AgentUpdateInstanceStatus; version?: string; _links?: LinksSelf; };

/** Okta schema `AgentAction` (see https://developer.okta.com/docs/api/). */
export type AgentAction = { id: string; parameters: Parameters; };

/** Okta schema `AgentJsonSigningKeyCommon` (see https://developer.okta.com/docs/api/). */
export type AgentJsonSigningKeyCommon = { alg?: string; use?: ("sig" | UnknownEnumValue); };

/** Okta schema `AgentJsonSigningKeyRequest` (see https://developer.okta.com/docs/api/). */
export type AgentJsonSigningKeyRequest = ((AgentJsonWebKeyRsaRequest & { kty: "RSA" }) | (AgentJsonWebKeyECRequest & { kty: "EC" }));

/** Okta schema `AgentJsonSigningKeyResponse` (see https://developer.okta.com/docs/api/). */
export type AgentJsonSigningKeyResponse = ((AgentJsonWebKeyRsaResponse & { kty: "RSA" }) | (AgentJsonWebKeyECResponse & { kty: "EC" }));

/** Okta schema `AgentJsonWebKeyECRequest` (see https://developer.okta.com/docs/api/). */
export type AgentJsonWebKeyECRequest = (AgentJsonWebKeyRequestBase & AgentJsonSigningKeyCommon & { crv?: ("P-256" | "P-384" | "P-521" | UnknownEnumValue); kty: ("EC" | UnknownEnumValue); x?: string; y?: string; });

/** Okta schema `AgentJsonWebKeyECResponse` (see https://developer.okta.com/docs/api/). */
export type AgentJsonWebKeyECResponse = (AgentJsonWebKeyRequestBase & AgentJsonSigningKeyCommon & AgentJsonWebKeyResponseBase & { crv?: ("P-256" | "P-384" | "P-521" | UnknownEnumValue); kty: ("EC" | UnknownEnumValue); x?: string; y?: string; });

/** Okta schema `AgentJsonWebKeyRequestBase` (see https://developer.okta.com/docs/api/). */
export type AgentJsonWebKeyRequestBase = { kid?: string; status?: ("ACTIVE" | "INACTIVE" | UnknownEnumValue); };

/** Okta schema `AgentJsonWebKeyResponseBase` (see https://developer.okta.com/docs/api/). */
export type AgentJsonWebKeyResponseBase = { readonly created?: string; readonly id?: string; readonly lastUpdated?: string; readonly _links?: AgentSecretLinks; };

/** Okta schema `AgentJsonWebKeyRsaRequest` (see https://developer.okta.com/docs/api/). */
export type AgentJsonWebKeyRsaRequest = (AgentJsonWebKeyRequestBase & AgentJsonSigningKeyCommon & { e?: string; kty: ("RSA" | UnknownEnumValue); n?: string; });

/** Okta schema `AgentJsonWebKeyRsaResponse` (see https://developer.okta.com/docs/api/). */
export type AgentJsonWebKeyRsaResponse = (AgentJsonWebKeyRequestBase & AgentJsonSigningKeyCommon & AgentJsonWebKeyResponseBase & { e?: string; kty: ("RSA" | UnknownEnumValue); n?: string; });

/** Okta schema `AgentPool` (see https://developer.okta.com/docs/api/). */
export type AgentPool = { agents?: Agent[]; disruptedAgents?: number; readonly id?: string; inactiveAgents?: number; name?: string; operationalStatus?: OperationalStatus; type?: AgentType; _links?: LinksSelf; };

/** Okta schema `AgentPoolUpdate` (see https://developer.okta.com/docs/api/). */
export type AgentPoolUpdate = { agents?: Agent[]; agentType?: AgentType; enabled?: boolean; readonly id?: string; name?: string; notifyAdmin?: boolean; reason?: string; schedule?: AutoUpdateSchedule; sortOrder?: number; status?: AgentUpdateJobStatus; targetVersion?: string; _links?: LinksSelf; };

/** Okta schema `AgentPoolUpdateSetting` (see https://developer.okta.com/docs/api/). */
export type AgentPoolUpdateSetting = { agentType?: AgentType; continueOnError?: boolean; latestVersion?: string; minimalSupportedVersion?: string; readonly poolId?: string; poolName?: string; releaseChannel?: ReleaseChannel; };

/** Okta schema `AgentPoolUpdateSettingRequest` (see https://developer.okta.com/docs/api/). */
export type AgentPoolUpdateSettingRequest = { agentType: AgentType; continueOnError?: boolean; latestVersion?: string; minimalSupportedVersion?: string; readonly poolId?: string; poolName?: string; releaseChannel?: ReleaseChannel; };

/** Okta schema `AgentPoolUpdateSettingResponse` (see https://developer.okta.com/docs/api/). */
export type AgentPoolUpdateSettingResponse = { agentType?: AgentType; continueOnError?: boolean; latestVersion?: string; minimalSupportedVersion?: string; readonly poolId?: string; poolName?: string; releaseChannel?: ReleaseChannel; };

/** Okta schema `AgentSecretLinks` (see https://developer.okta.com/docs/api/). */
export type AgentSecretLinks = { activate?: HrefObjectActivateLink; deactivate?: HrefObjectDeactivateLink; delete?: HrefObjectDeleteLink; };

/** Okta schema `AgentType` (see https://developer.okta.com/docs/api/). */
export type AgentType = ("AD" | "IWA" | "LDAP" | "MFA" | "OPP" | "RUM" | "Radius" | UnknownEnumValue);

/** Okta schema `AgentUpdateInstanceStatus` (see https://developer.okta.com/docs/api/). */
export type AgentUpdateInstanceStatus = ("Cancelled" | "Failed" | "InProgress" | "PendingCompletion" | "Scheduled" | "Success" | UnknownEnumValue);

/** Okta schema `AgentUpdateJobStatus` (see https://developer.okta.com/docs/api/). */
export type AgentUpdateJobStatus = ("Cancelled" | "Failed" | "InProgress" | "Paused" | "Scheduled" | "Success" | UnknownEnumValue);

/** Okta schema `AllCustomAAGUIDResponseObject` (see https://developer.okta.com/docs/api/). */
export type AllCustomAAGUIDResponseObject = CustomAAGUIDResponseObject[];

/** Okta schema `AllowedForEnum` (see https://developer.okta.com/docs/api/). */
export type AllowedForEnum = ("any" | "none" | "recovery" | "sso" | UnknownEnumValue);

/** Okta schema `AndroidDeviceTrust` (see https://developer.okta.com/docs/api/). */
export type AndroidDeviceTrust = { deviceIntegrityLevel?: DeviceIntegrity; networkProxyDisabled?: boolean; playProtectVerdict?: PlayProtectVerdict; requireMajorVersionUpdate?: boolean; screenLockComplexity?: ScreenLockComplexity; usbDebuggingDisabled?: boolean; wifiSecured?: boolean; };

/** Okta schema `ApiService` (see https://developer.okta.com/docs/api/). */
export type ApiService = { authenticationMethod?: ("client_secret_basic" | UnknownEnumValue); scopes?: Scope[]; setupInstructionsUri?: string; };

/** Okta schema `ApiServiceCapability` (see https://developer.okta.com/docs/api/). */
export type ApiServiceCapability = { capability: ("API_SERVICE" | UnknownEnumValue); supportedProtocols: ("OAUTH2" | UnknownEnumValue)[]; };

/** Okta schema `ApiToken` (see https://developer.okta.com/docs/api/). */
export type ApiToken = { readonly clientName?: string; readonly created?: string; readonly expiresAt?: string; readonly id?: string; readonly lastUpdated?: string; name: string; network?: { connection?: string; include?: string[]; exclude?: string[]; }; tokenWindow?: TimeDuration; userId?: string; _link?: LinksSelf; };

/** Okta schema `ApiTokenUpdate` (see https://developer.okta.com/docs/api/). */
export type ApiTokenUpdate = { readonly clientName?: string; readonly created?: string; name?: string; network?: { connection?: string; include?: string[]; exclude?: string[]; }; userId?: string; };

/** Okta schema `AppAccountContainerDetails` (see https://developer.okta.com/docs/api/). */
export type AppAccountContainerDetails = { readonly appName?: string; containerId: string; readonly displayName?: string; readonly globalAppId?: string; readonly passwordPushSupported?: boolean; readonly provisioningEnabled?: boolean; status?: AppInstanceContainerStatus; _links?: AppAccountContainerLink; };

/** Okta schema `AppAccountContainerLink` (see https://developer.okta.com/docs/api/). */
export type AppAccountContainerLink = { login?: HrefObjectAppLink; logo?: HrefObjectLogoLink; };

/** Okta schema `AppAndInstanceConditionEvaluatorAppOrInstance` (see https://developer.okta.com/docs/api/). */
export type AppAndInstanceConditionEvaluatorAppOrInstance = { id?: string; name?: string; type?: AppAndInstanceType; };

/** Okta schema `AppAndInstancePolicyRuleCondition` (see https://developer.okta.com/docs/api/). */
export type AppAndInstancePolicyRuleCondition = { exclude?: AppAndInstanceConditionEvaluatorAppOrInstance[]; include?: AppAndInstanceConditionEvaluatorAppOrInstance[]; };

/** Okta schema `AppAndInstanceType` (see https://developer.okta.com/docs/api/). */
export type AppAndInstanceType = ("APP" | "APP_TYPE" | UnknownEnumValue);

/** Okta schema `AppConfig` (see https://developer.okta.com/docs/api/). */
export type AppConfigBase = { type?: ("ACTIVE_DIRECTORY"); };
/** Okta schema `AppConfig` (see https://developer.okta.com/docs/api/). */
export type AppConfig = (AppConfigActiveDirectory & { type: "ACTIVE_DIRECTORY" });

/** Okta schema `AppConfigActiveDirectory` (see https://developer.okta.com/docs/api/). */
export type AppConfigActiveDirectory = (AppConfigBase & { distinguishedName: string; groupScope: ActiveDirectoryGroupScope; groupType: ActiveDirectoryGroupType; samAccountName: string; });

/** Okta schema `AppConfigType` (see https://developer.okta.com/docs/api/). */
export type AppConfigType = ("ACTIVE_DIRECTORY" | UnknownEnumValue);

/** Okta schema `AppConnectionUserProvisionJWKList` (see https://developer.okta.com/docs/api/). */
export type AppConnectionUserProvisionJWKList = { keys: JsonWebKey[]; };

/** Okta schema `AppConnectionUserProvisionJWKResponse` (see https://developer.okta.com/docs/api/). */
export type AppConnectionUserProvisionJWKResponse = { jwks: AppConnectionUserProvisionJWKList; };

/** Okta schema `AppCsrPkcs10` (see https://developer.okta.com/docs/api/). */
export type AppCsrPkcs10 = string;

/** Okta schema `AppCustomHrefObject` (see https://developer.okta.com/docs/api/). */
export type AppCustomHrefObject = { hints?: { allow?: string[]; }; href: string; title?: string; type?: string; };

/** Okta schema `AppGroup` (see https://developer.okta.com/docs/api/). */
export type AppGroup = { externalId: string; name: string; };

/** Okta schema `AppInstanceAuthorizationServer` (see https://developer.okta.com/docs/api/). */
export type AppInstanceAuthorizationServer = { issuerUrl: string; };

/** Okta schema `AppInstanceContainerStatus` (see https://developer.okta.com/docs/api/). */
export type AppInstanceContainerStatus = ("ACTIVE" | "DELETED" | "INACTIVE" | UnknownEnumValue);

/** Okta schema `AppInstanceLinks` (see https://developer.okta.com/docs/api/). */
export type AppInstanceLinks = { self: HrefObjectSelfLink; web?: HrefObjectWebLink; };

/** Okta schema `AppInstanceOrn` (see https://developer.okta.com/docs/api/). */
export type AppInstanceOrn = string;

/** Okta schema `AppInstancePolicyRuleCondition` (see https://developer.okta.com/docs/api/). */
export type AppInstancePolicyRuleCondition = { exclude?: string[]; include?: string[]; };

/** Okta schema `AppInstanceProperty` (see https://developer.okta.com/docs/api/). */
export type AppInstanceProperty = { label: string; name: string; };

/** Okta schema `AppLink` (see https://developer.okta.com/docs/api/). */
export type AppLink = { readonly appAssignmentId?: string; readonly appInstanceId?: string; readonly appName?: string; readonly credentialsSetup?: boolean; readonly hidden?: boolean; readonly id?: string; readonly label?: string; readonly linkUrl?: string; readonly logoUrl?: string; readonly sortOrder?: number; };

/** Okta schema `AppProperties` (see https://developer.okta.com/docs/api/). */
export type AppProperties = { [key: string]: { name?: string; value?: string; }; };

/** Okta schema `AppResourceHrefObject` (see https://developer.okta.com/docs/api/). */
export type AppResourceHrefObject = { href?: string; title?: string; };

/** Okta schema `AppServiceAccount` (see https://developer.okta.com/docs/api/). */
export type AppServiceAccount = { readonly containerGlobalName?: string; readonly containerInstanceName?: string; containerOrn: string; readonly created?: string; description?: string; readonly id?: string; readonly lastUpdated?: string; name: string; ownerGroupIds?: string[]; ownerUserIds?: string[]; password: string; status?: ServiceAccountStatus; statusDetail?: ServiceAccountStatusDetail; username: string; };

/** Okta schema `AppServiceAccountCredentials` (see https://developer.okta.com/docs/api/). */
export type AppServiceAccountCredentials = { password?: string; username: string; };

/** Okta schema `AppServiceAccountForUpdate` (see https://developer.okta.com/docs/api/). */
export type AppServiceAccountForUpdate = { description?: string; name?: string; ownerGroupIds?: string[]; ownerUserIds?: string[]; };

/** Okta schema `AppUser` (see https://developer.okta.com/docs/api/). */
export type AppUser = { created?: (createdProperty & unknown); credentials?: AppUserCredentials; readonly externalId?: string; id?: string; readonly lastSync?: string; lastUpdated?: (lastUpdatedProperty & unknown); readonly passwordChanged?: string | null; profile?: AppUserProfile; scope?: ("USER" | "GROUP" | UnknownEnumValue); status?: AppUserStatus; readonly statusChanged?: string; syncState?: AppUserSyncState; readonly _embedded?: { [key: string]: Record<string, unknown>; }; _links?: LinksAppAndUser; };

/** Okta schema `AppUserAssignRequest` (see https://developer.okta.com/docs/api/). */
export type AppUserAssignRequest = (AppUser & unknown);

/** Okta schema `AppUserCredentials` (see https://developer.okta.com/docs/api/). */
export type AppUserCredentials = { password?: AppUserPasswordCredential; userName?: string; };

/** Okta schema `AppUserCredentialsRequestPayload` (see https://developer.okta.com/docs/api/). */
export type AppUserCredentialsRequestPayload = { credentials?: AppUserCredentials; };

/** Okta schema `AppUserPasswordCredential` (see https://developer.okta.com/docs/api/). */
export type AppUserPasswordCredential = { value?: string; };

/** Okta schema `AppUserProfile` (see https://developer.okta.com/docs/api/). */
export type AppUserProfile = { [key: string]: unknown; };

/** Okta schema `AppUserProfileRequestPayload` (see https://developer.okta.com/docs/api/). */
export type AppUserProfileRequestPayload = { profile?: AppUserProfile; };

/** Okta schema `AppUserStatus` (see https://developer.okta.com/docs/api/). */
export type AppUserStatus = ("ACTIVE" | "APPROVED" | "DEPROVISIONED" | "IMPLICIT" | "IMPORTED" | "INACTIVE" | "MATCHED" | "PENDING" | "PROVISIONED" | "REVOKED" | "STAGED" | "SUSPENDED" | "UNASSIGNED" | UnknownEnumValue);

/** Okta schema `AppUserSyncState` (see https://developer.okta.com/docs/api/). */
export type AppUserSyncState = ("DISABLED" | "ERROR" | "OUT_OF_SYNC" | "SYNCHRONIZED" | "SYNCING" | UnknownEnumValue);

/** Okta schema `AppUserUpdateRequest` (see https://developer.okta.com/docs/api/). */
export type AppUserUpdateRequest = (AppUserCredentialsRequestPayload | AppUserProfileRequestPayload);

/** Okta schema `AppleClientSigning` (see https://developer.okta.com/docs/api/). */
export type AppleClientSigning = { kid?: string; privateKey?: string; teamId?: string; };

/** Okta schema `Application` (see https://developer.okta.com/docs/api/). */
export type ApplicationBase = { accessibility?: ApplicationAccessibility; readonly created?: string; expressConfiguration?: ApplicationExpressConfiguration; readonly features?: ("GROUP_PUSH" | "IMPORT_NEW_USERS" | "IMPORT_PROFILE_UPDATES" | "IMPORT_USER_SCHEMA" | "PROFILE_MASTERING" | "PUSH_NEW_USERS" | "PUSH_PASSWORD_UPDATES" | "PUSH_PROFILE_UPDATES" | "PUSH_USER_DEACTIVATION" | "REACTIVATE_USERS" | "OUTBOUND_DEL_AUTH" | "DESKTOP_SSO" | "FEDERATED_PROFILE" | "SUPPRESS_ACTIVATION_EMAIL" | "PUSH_PENDING_USERS" | "MFA" | "UPDATE_EXISTING_USERNAME" | "EXCLUDE_USERNAME_UPDATE_ON_PROFILE_PUSH" | "EXCHANGE_ACTIVE_SYNC" | "IMPORT_SYNC" | "IMPORT_SYNC_CONTACTS" | "DEVICE_COMPLIANCE" | "VPN_CONFIG" | "IMPORT_SCHEMA_ENUM_VALUES" | "SCIM_PROVISIONING" | "DEVICE_FILTER_IN_SIGN_ON_RULES" | "PROFILE_TEMPLATE_UPGRADE" | "DEFAULT_PUSH_STATUS_TO_PUSH" | "REAL_TIME_SYNC" | "SSO" | "AUTHN_CONTEXT" | "JIT_PROVISIONING" | "GROUP_SYNC" | "OPP_SCIM_INCREMENTAL_IMPORTS" | "IN_MEMORY_APP_USER" | "LOG_STREAMING" | "OAUTH_INTEGRATION" | "IDP" | "PUSH_NEW_USERS_WITHOUT_PASSWORD" | "SKYHOOK_SERVICE" | "ENTITLEMENT_MANAGEMENT" | "PUSH_NEW_USERS_WITH_HASHED_PASSWORD" | UnknownEnumValue)[]; readonly id?: string; label: ApplicationLabel; readonly lastUpdated?: string; licensing?: ApplicationLicensing; readonly orn?: string; profile?: { [key: string]: unknown; }; signOnMode: ("AUTO_LOGIN" | "BASIC_AUTH" | "BOOKMARK" | "BROWSER_PLUGIN" | "OPENID_CONNECT" | "SAML_1_1" | "SAML_2_0" | "SECURE_PASSWORD_STORE" | "WS_FEDERATION"); status?: ApplicationLifecycleStatus; universalLogout?: ApplicationUniversalLogout; visibility?: ApplicationVisibility; readonly _embedded?: { user?: { [key: string]: Record<string, unknown>; }; }; _links?: ApplicationLinks; };
/** Okta schema `Application` (see https://developer.okta.com/docs/api/). */
export type Application = (AutoLoginApplication & { signOnMode: "AUTO_LOGIN" }) | (BasicAuthApplication & { signOnMode: "BASIC_AUTH" }) | (BookmarkApplication & { signOnMode: "BOOKMARK" }) | (BrowserPluginApplication & { signOnMode: "BROWSER_PLUGIN" }) | (OpenIdConnectApplication & { signOnMode: "OPENID_CONNECT" }) | (Saml11Application & { signOnMode: "SAML_1_1" }) | (SamlApplication & { signOnMode: "SAML_2_0" }) | (SecurePasswordStoreApplication & { signOnMode: "SECURE_PASSWORD_STORE" }) | (WsFederationApplication & { signOnMode: "WS_FEDERATION" });

/** Okta schema `ApplicationAccessibility` (see https://developer.okta.com/docs/api/). */
export type ApplicationAccessibility = { errorRedirectUrl?: string; loginRedirectUrl?: string; selfService?: boolean; };

/** Okta schema `ApplicationCapability` (see https://developer.okta.com/docs/api/). */
export type ApplicationCapability = ("PROVISIONING" | "SSO" | "UNIVERSAL_LOGOUT" | UnknownEnumValue);

/** Okta schema `ApplicationCredentials` (see https://developer.okta.com/docs/api/). */
export type ApplicationCredentials = { signing?: ApplicationCredentialsSigning; userNameTemplate?: ApplicationCredentialsUsernameTemplate; };

/** Okta schema `ApplicationCredentialsOAuthClient` (see https://developer.okta.com/docs/api/). */
export type ApplicationCredentialsOAuthClient = { autoKeyRotation?: boolean; client_id?: string; client_secret?: string; pkce_required?: boolean; token_endpoint_auth_method?: OAuthEndpointAuthenticationMethod; };

/** Okta schema `ApplicationCredentialsScheme` (see https://developer.okta.com/docs/api/). */
export type ApplicationCredentialsScheme = ("ADMIN_SETS_CREDENTIALS" | "EDIT_PASSWORD_ONLY" | "EDIT_USERNAME_AND_PASSWORD" | "EXTERNAL_PASSWORD_SYNC" | "SHARED_USERNAME_AND_PASSWORD" | UnknownEnumValue);

/** Okta schema `ApplicationCredentialsSigning` (see https://developer.okta.com/docs/api/). */
export type ApplicationCredentialsSigning = { kid?: string; readonly lastRotated?: string; readonly nextRotation?: string; rotationMode?: string; use?: ApplicationCredentialsSigningUse; };

/** Okta schema `ApplicationCredentialsSigningUse` (see https://developer.okta.com/docs/api/). */
export type ApplicationCredentialsSigningUse = ("sig" | UnknownEnumValue);

/** Okta schema `ApplicationCredentialsUsernameTemplate` (see https://developer.okta.com/docs/api/). */
export type ApplicationCredentialsUsernameTemplate = { pushStatus?: ("PUSH" | "DONT_PUSH" | "NOT_CONFIGURED" | UnknownEnumValue); template?: string; type?: ("NONE" | "BUILT_IN" | "CUSTOM" | UnknownEnumValue); userSuffix?: string; };

/** Okta schema `ApplicationExpressConfiguration` (see https://developer.okta.com/docs/api/). */
export type ApplicationExpressConfiguration = { enabledCapabilities?: ApplicationCapability[]; supportedCapabilities?: ApplicationCapability[]; };

/** Okta schema `ApplicationFeature` (see https://developer.okta.com/docs/api/). */
export type ApplicationFeatureBase = { readonly description?: string; name?: ("USER_PROVISIONING" | "INBOUND_PROVISIONING"); status?: (EnabledStatus & unknown & unknown & unknown); _links?: (LinksSelf & unknown); };
/** Okta schema `ApplicationFeature` (see https://developer.okta.com/docs/api/). */
export type ApplicationFeature = (UserProvisioningApplicationFeature & { name: "USER_PROVISIONING" }) | (InboundProvisioningApplicationFeature & { name: "INBOUND_PROVISIONING" });

/** Okta schema `ApplicationFeatureType` (see https://developer.okta.com/docs/api/). */
export type ApplicationFeatureType = ("USER_PROVISIONING" | "INBOUND_PROVISIONING" | UnknownEnumValue);

/** Okta schema `ApplicationGroupAssignment` (see https://developer.okta.com/docs/api/). */
export type ApplicationGroupAssignment = { readonly id?: string; lastUpdated?: (lastUpdatedProperty & unknown); priority?: number; profile?: GroupAssignmentProfile; readonly _embedded?: { [key: string]: Record<string, unknown>; }; _links?: (LinksSelf & { app?: HrefObjectAppLink; group?: HrefObjectGroupLink; }); };

/** Okta schema `ApplicationLabel` (see https://developer.okta.com/docs/api/). */
export type ApplicationLabel = string;

/** Okta schema `ApplicationLayout` (see https://developer.okta.com/docs/api/). */
export type ApplicationLayout = { elements?: { [key: string]: unknown; }[]; label?: string; options?: { [key: string]: unknown; }; rule?: { effect?: string; condition?: ApplicationLayoutRuleCondition; }; scope?: string; type?: string; };

/** Okta schema `ApplicationLayoutRuleCondition` (see https://developer.okta.com/docs/api/). */
export type ApplicationLayoutRuleCondition = { schema?: { [key: string]: unknown; }; scope?: string; };

/** Okta schema `ApplicationLayouts` (see https://developer.okta.com/docs/api/). */
export type ApplicationLayouts = { readonly _links?: { general?: ApplicationLayoutsLinksItem; signOn?: ApplicationLayoutsLinksItem; provisioning?: ApplicationLayoutsLinksItem; }; };

/** Okta schema `ApplicationLayoutsLinksItem` (see https://developer.okta.com/docs/api/). */
export type ApplicationLayoutsLinksItem = HrefObject[];

/** Okta schema `ApplicationLicensing` (see https://developer.okta.com/docs/api/). */
export type ApplicationLicensing = { seatCount?: number; };

/** Okta schema `ApplicationLifecycleStatus` (see https://developer.okta.com/docs/api/). */
export type ApplicationLifecycleStatus = ("ACTIVE" | "DELETED" | "INACTIVE" | UnknownEnumValue);

/** Okta schema `ApplicationLinks` (see https://developer.okta.com/docs/api/). */
export type ApplicationLinks = { accessPolicy?: AccessPolicyLink; activate?: HrefObjectActivateLink; appLinks?: HrefObject[]; deactivate?: HrefObjectDeactivateLink; groups?: GroupsLink; help?: HelpLink; logo?: HrefObject[]; metadata?: MetadataLink; self?: HrefObjectSelfLink; users?: UsersLink; };

/** Okta schema `ApplicationSettings` (see https://developer.okta.com/docs/api/). */
export type ApplicationSettings = { readonly emOptInStatus?: ("DISABLED" | "DISABLING" | "ENABLED" | "ENABLING" | "NONE" | UnknownEnumValue); identityStoreId?: string; implicitAssignment?: boolean; inlineHookId?: string; notes?: ApplicationSettingsNotes; notifications?: ApplicationSettingsNotifications; };

/** Okta schema `ApplicationSettingsNotes` (see https://developer.okta.com/docs/api/). */
export type ApplicationSettingsNotes = { admin?: string; enduser?: string; };

/** Okta schema `ApplicationSettingsNotifications` (see https://developer.okta.com/docs/api/). */
export type ApplicationSettingsNotifications = { vpn?: ApplicationSettingsNotificationsVpn; };

/** Okta schema `ApplicationSettingsNotificationsVpn` (see https://developer.okta.com/docs/api/). */
export type ApplicationSettingsNotificationsVpn = { helpUrl?: string; message?: string; network: ApplicationSettingsNotificationsVpnNetwork; };

/** Okta schema `ApplicationSettingsNotificationsVpnNetwork` (see https://developer.okta.com/docs/api/). */
export type ApplicationSettingsNotificationsVpnNetwork = { connection?: ("DISABLED" | "ANYWHERE" | "ON_NETWORK" | "OFF_NETWORK" | "ZONE" | UnknownEnumValue); exclude?: string[]; include?: string[]; };

/** Okta schema `ApplicationSignOnMode` (see https://developer.okta.com/docs/api/). */
export type ApplicationSignOnMode = ("AUTO_LOGIN" | "BASIC_AUTH" | "BOOKMARK" | "BROWSER_PLUGIN" | "OPENID_CONNECT" | "SAML_1_1" | "SAML_2_0" | "SECURE_PASSWORD_STORE" | "WS_FEDERATION" | UnknownEnumValue);

/** Okta schema `ApplicationType` (see https://developer.okta.com/docs/api/). */
export type ApplicationType = ("browser" | "native" | "service" | "web" | UnknownEnumValue);

/** Okta schema `ApplicationUniversalLogout` (see https://developer.okta.com/docs/api/). */
export type ApplicationUniversalLogout = { identityStack?: ("SHARED" | "NOT_SHARED" | UnknownEnumValue); protocol?: ("PROPRIETARY" | "GLOBAL_TOKEN_REVOCATION" | UnknownEnumValue); status?: ("ENABLED" | "DISABLED" | "UNSUPPORTED" | UnknownEnumValue); supportType?: ("FULL" | "PARTIAL" | UnknownEnumValue); };

/** Okta schema `ApplicationVisibility` (see https://developer.okta.com/docs/api/). */
export type ApplicationVisibility = { appLinks?: { [key: string]: boolean; }; autoLaunch?: boolean; autoSubmitToolbar?: boolean; hide?: ApplicationVisibilityHide; };

/** Okta schema `ApplicationVisibilityHide` (see https://developer.okta.com/docs/api/). */
export type ApplicationVisibilityHide = { iOS?: boolean; web?: boolean; };

/** Okta schema `AssignGroupOwnerRequestBody` (see https://developer.okta.com/docs/api/). */
export type AssignGroupOwnerRequestBody = { id?: string; type?: GroupOwnerType; };

/** Okta schema `AssignRoleRequest` (see https://developer.okta.com/docs/api/). */
export type AssignRoleRequest = { type?: RoleType; };

/** Okta schema `AssignUserToRealm` (see https://developer.okta.com/docs/api/). */
export type AssignUserToRealm = { realmId?: string; };

/** Okta schema `AssignedAppLink` (see https://developer.okta.com/docs/api/). */
export type AssignedAppLink = { readonly appAssignmentId?: string; readonly appInstanceId?: string; readonly appName?: string; readonly credentialsSetup?: boolean; readonly hidden?: boolean; readonly id?: string; readonly label?: string; readonly linkUrl?: string; readonly logoUrl?: string; readonly sortOrder?: number; };

/** Okta schema `AssociatedServerMediated` (see https://developer.okta.com/docs/api/). */
export type AssociatedServerMediated = { trusted?: string[]; };

/** Okta schema `AssuranceMethod` (see https://developer.okta.com/docs/api/). */
export type AssuranceMethod = (VerificationMethodBase & { constraints?: AccessPolicyConstraints[]; factorMode?: AssuranceMethodFactorMode; inactivityPeriod?: string; reauthenticateIn?: string; });

/** Okta schema `AssuranceMethodFactorMode` (see https://developer.okta.com/docs/api/). */
export type AssuranceMethodFactorMode = ("1FA" | "2FA" | UnknownEnumValue);

/** Okta schema `AttackProtectionAuthenticatorSettings` (see https://developer.okta.com/docs/api/). */
export type AttackProtectionAuthenticatorSettings = { verifyKnowledgeSecondWhen2faRequired?: boolean; };

/** Okta schema `AttestationRootCertificatesRequest` (see https://developer.okta.com/docs/api/). */
export type AttestationRootCertificatesRequest = { x5c?: string; }[];

/** Okta schema `AttestationRootCertificatesResponse` (see https://developer.okta.com/docs/api/). */
export type AttestationRootCertificatesResponse = { x5c?: string; "x5t#S256"?: string; iss?: string; exp?: string; }[];

/** Okta schema `AuthServerLinks` (see https://developer.okta.com/docs/api/). */
export type AuthServerLinks = (LinksSelf & { claims?: (unknown & HrefObject); deactivate?: (HrefObjectDeactivateLink); metadata?: HrefObject[]; policies?: (unknown & HrefObject); rotateKey?: (unknown & HrefObject); scopes?: (unknown & HrefObject); });

/** Okta schema `AuthSettings` (see https://developer.okta.com/docs/api/). */
export type AuthSettingsSchema = { authType: AuthType; customSettings?: CustomAuthSettings; oAuth2Settings?: OAuth2Settings; };

/** Okta schema `AuthType` (see https://developer.okta.com/docs/api/). */
export type AuthType = ("BASIC" | "CUSTOM" | "OAUTH2" | "SCIM_BEARER" | "SCIM_HEADER" | UnknownEnumValue);

/** Okta schema `AuthenticationMethod` (see https://developer.okta.com/docs/api/). */
export type AuthenticationMethod = { hardwareProtection?: ("OPTIONAL" | "REQUIRED" | UnknownEnumValue); id?: string; key: string; method: string; phishingResistant?: ("OPTIONAL" | "REQUIRED" | UnknownEnumValue); userVerification?: ("OPTIONAL" | "REQUIRED" | UnknownEnumValue); userVerificationMethods?: ("BIOMETRICS" | "PIN" | UnknownEnumValue)[]; };

/** Okta schema `AuthenticationMethodChain` (see https://developer.okta.com/docs/api/). */
export type AuthenticationMethodChain = { authenticationMethods?: AuthenticationMethod[]; next?: (Record<string, unknown>)[]; reauthenticateIn?: string; };

/** Okta schema `AuthenticationMethodChainMethod` (see https://developer.okta.com/docs/api/). */
export type AuthenticationMethodChainMethod = (VerificationMethodBase & { chains?: AuthenticationMethodChain[]; reauthenticateIn?: string; });

/** Okta schema `AuthenticationMethodObject` (see https://developer.okta.com/docs/api/). */
export type AuthenticationMethodObject = { id?: string; key: string; method?: string; };

/** Okta schema `AuthenticationProvider` (see https://developer.okta.com/docs/api/). */
export type AuthenticationProvider = { readonly name?: string; type?: AuthenticationProviderType; };

/** Okta schema `AuthenticationProviderType` (see https://developer.okta.com/docs/api/). */
export type AuthenticationProviderType = ("ACTIVE_DIRECTORY" | "FEDERATION" | "IMPORT" | "LDAP" | "OKTA" | "SOCIAL" | UnknownEnumValue);

/** Okta schema `AuthenticationProviderTypeWritable` (see https://developer.okta.com/docs/api/). */
export type AuthenticationProviderTypeWritable = ("ACTIVE_DIRECTORY" | "FEDERATION" | "IMPORT" | "LDAP" | "OKTA" | "SOCIAL" | UnknownEnumValue);

/** Okta schema `AuthenticationProviderWritable` (see https://developer.okta.com/docs/api/). */
export type AuthenticationProviderWritable = { name?: string; type?: AuthenticationProviderTypeWritable; };

/** Okta schema `Authenticator` (see https://developer.okta.com/docs/api/). */
export type Authenticator = { readonly created?: string; readonly id?: string; key?: string; readonly lastUpdated?: string; name?: string; provider?: AuthenticatorProvider; settings?: AuthenticatorSettings; status?: AuthenticatorStatus; type?: AuthenticatorType; readonly _links?: { [key: string]: Record<string, unknown>; }; };

/** Okta schema `AuthenticatorBase` (see https://developer.okta.com/docs/api/). */
export type AuthenticatorBaseBase = { readonly created?: string; description?: string; readonly id?: string; key?: ("custom_app" | "custom_otp" | "duo" | "okta_email" | "google_otp" | "external_idp" | "okta_password" | "okta_verify" | "onprem_mfa" | "phone_number" | "security_key" | "security_question" | "symantec_vip" | "smart_card_idp" | "webauthn" | "yubikey_token" | "tac"); readonly lastUpdated?: string; name?: string; status?: (LifecycleStatus & unknown); type?: AuthenticatorType; _links?: AuthenticatorLinks; };
/** Okta schema `AuthenticatorBase` (see https://developer.okta.com/docs/api/). */
export type AuthenticatorBase = (AuthenticatorKeyCustomApp & { key: "custom_app" }) | (AuthenticatorKeyCustomOtp & { key: "custom_otp" }) | (AuthenticatorKeyDuo & { key: "duo" }) | (AuthenticatorKeyEmail & { key: "okta_email" }) | (AuthenticatorKeyGoogleOtp & { key: "google_otp" }) | (AuthenticatorKeyExternalIdp & { key: "external_idp" }) | (AuthenticatorKeyPassword & { key: "okta_password" }) | (AuthenticatorKeyOktaVerify & { key: "okta_verify" }) | (AuthenticatorKeyOnprem & { key: "onprem_mfa" }) | (AuthenticatorKeyPhone & { key: "phone_number" }) | (AuthenticatorKeySecurityKey & { key: "security_key" }) | (AuthenticatorKeySecurityQuestion & { key: "security_question" }) | (AuthenticatorKeySymantecVip & { key: "symantec_vip" }) | (AuthenticatorKeySmartCard & { key: "smart_card_idp" }) | (AuthenticatorKeyWebauthn & { key: "webauthn" }) | (AuthenticatorKeyYubikey & { key: "yubikey_token" }) | (AuthenticatorKeyTac & { key: "tac" });

/** Okta schema `AuthenticatorEnrollment` (see https://developer.okta.com/docs/api/). */
export type AuthenticatorEnrollment = { created?: string; id?: string; key?: string; lastUpdated?: string; name?: string; profile?: AuthenticatorProfile; status?: string; type?: AuthenticatorType; _links?: AuthenticatorEnrollmentLinks; };

/** Okta schema `AuthenticatorEnrollmentCreateRequest` (see https://developer.okta.com/docs/api/). */
export type AuthenticatorEnrollmentCreateRequest = { authenticatorId: string; profile: AuthenticatorProfile; };

/** Okta schema `AuthenticatorEnrollmentCreateRequestTac` (see https://developer.okta.com/docs/api/). */
export type AuthenticatorEnrollmentCreateRequestTac = { authenticatorId: string; profile?: AuthenticatorProfileTacRequest; };

/** Okta schema `AuthenticatorEnrollmentLinks` (see https://developer.okta.com/docs/api/). */
export type AuthenticatorEnrollmentLinks = (LinksSelf & LinksUserAuthenticators & LinksAuthenticator);

/** Okta schema `AuthenticatorEnrollmentPolicy` (see https://developer.okta.com/docs/api/). */
export type AuthenticatorEnrollmentPolicy = (PolicyBase & { conditions?: AuthenticatorEnrollmentPolicyConditions; settings?: AuthenticatorEnrollmentPolicySettings; });

/** Okta schema `AuthenticatorEnrollmentPolicyAuthenticatorSettings` (see https://developer.okta.com/docs/api/). */
export type AuthenticatorEnrollmentPolicyAuthenticatorSettings = { constraints?: { aaguidGroups?: string[]; } | null; enroll?: { self?: AuthenticatorEnrollmentPolicyAuthenticatorStatus; autoEnroll?: boolean | null; gracePeriod?: EnrollmentPolicyAuthenticatorGracePeriod; }; id?: string; key?: AuthenticatorEnrollmentPolicyAuthenticatorType; };

/** Okta schema `AuthenticatorEnrollmentPolicyAuthenticatorStatus` (see https://developer.okta.com/docs/api/). */
export type AuthenticatorEnrollmentPolicyAuthenticatorStatus = ("NOT_ALLOWED" | "OPTIONAL" | "REQUIRED" | UnknownEnumValue);

/** Okta schema `AuthenticatorEnrollmentPolicyAuthenticatorType` (see https://developer.okta.com/docs/api/). */
export type AuthenticatorEnrollmentPolicyAuthenticatorType = ("custom_app" | "custom_otp" | "duo" | "external_idp" | "google_otp" | "okta_email" | "okta_password" | "okta_verify" | "onprem_mfa" | "phone_number" | "rsa_token" | "security_question" | "symantec_vip" | "webauthn" | "yubikey_token" | UnknownEnumValue);

/** Okta schema `AuthenticatorEnrollmentPolicyConditions` (see https://developer.okta.com/docs/api/). */
export type AuthenticatorEnrollmentPolicyConditions = (Record<string, unknown> & unknown & { people?: { groups?: { include?: string[]; }; }; });

/** Okta schema `AuthenticatorEnrollmentPolicyRule` (see https://developer.okta.com/docs/api/). */
export type AuthenticatorEnrollmentPolicyRule = (PolicyRuleBase & { actions?: AuthenticatorEnrollmentPolicyRuleActions; conditions?: AuthenticatorEnrollmentPolicyRuleConditions; });

/** Okta schema `AuthenticatorEnrollmentPolicyRuleActionEnroll` (see https://developer.okta.com/docs/api/). */
export type AuthenticatorEnrollmentPolicyRuleActionEnroll = { self?: ("CHALLENGE" | "LOGIN" | "NEVER" | "NEVER_INCLUDING_RECOVERY" | UnknownEnumValue); };

/** Okta schema `AuthenticatorEnrollmentPolicyRuleActions` (see https://developer.okta.com/docs/api/). */
export type AuthenticatorEnrollmentPolicyRuleActions = (PolicyRuleActions & Record<string, unknown> & { enroll?: AuthenticatorEnrollmentPolicyRuleActionEnroll; });

/** Okta schema `AuthenticatorEnrollmentPolicyRuleConditions` (see https://developer.okta.com/docs/api/). */
export type AuthenticatorEnrollmentPolicyRuleConditions = { app?: AppAndInstancePolicyRuleCondition; network?: PolicyNetworkCondition; people?: { users?: { exclude?: string[]; }; }; };

/** Okta schema `AuthenticatorEnrollmentPolicySettings` (see https://developer.okta.com/docs/api/). */
export type AuthenticatorEnrollmentPolicySettings = { authenticators?: AuthenticatorEnrollmentPolicyAuthenticatorSettings[]; type?: AuthenticatorEnrollmentPolicySettingsType; };

/** Okta schema `AuthenticatorEnrollmentPolicySettingsType` (see https://developer.okta.com/docs/api/). */
export type AuthenticatorEnrollmentPolicySettingsType = ("AUTHENTICATORS" | "FACTORS" | UnknownEnumValue);

/** Okta schema `AuthenticatorIdentity` (see https://developer.okta.com/docs/api/). */
export type AuthenticatorIdentity = { key?: string; };

/** Okta schema `AuthenticatorKeyCustomApp` (see https://developer.okta.com/docs/api/). */
export type AuthenticatorKeyCustomApp = (AuthenticatorSimple & { agreeToTerms?: boolean; provider?: { type?: ("PUSH" | UnknownEnumValue); configuration?: { apns?: { id?: string; appBundleId?: string; debugAppBundleId?: string; }; fcm?: { id?: string; }; }; }; settings?: { userVerification?: CustomAppUserVerificationEnum; appInstanceId?: string; }; });

/** Okta schema `AuthenticatorKeyCustomOtp` (see https://developer.okta.com/docs/api/). */
export type AuthenticatorKeyCustomOtp = (AuthenticatorSimple);

/** Okta schema `AuthenticatorKeyDuo` (see https://developer.okta.com/docs/api/). */
export type AuthenticatorKeyDuo = (AuthenticatorSimple & { provider?: { type?: ("DUO" | UnknownEnumValue); configuration?: { host?: string; integrationKey?: string; secretKey?: string; userNameTemplate?: { template?: string; }; }; }; });

/** Okta schema `AuthenticatorKeyEmail` (see https://developer.okta.com/docs/api/). */
export type AuthenticatorKeyEmail = (AuthenticatorSimple & { settings?: { allowedFor?: AllowedForEnum; tokenLifetimeInMinutes?: number; }; });

/** Okta schema `AuthenticatorKeyEnum` (see https://developer.okta.com/docs/api/). */
export type AuthenticatorKeyEnum = ("custom_app" | "duo" | "external_idp" | "google_otp" | "okta_email" | "okta_password" | "okta_verify" | "onprem_mfa" | "phone_number" | "security_key" | "security_question" | "smart_card_idp" | "symantec_vip" | "webauthn" | "yubikey_token" | "tac" | UnknownEnumValue);

/** Okta schema `AuthenticatorKeyExternalIdp` (see https://developer.okta.com/docs/api/). */
export type AuthenticatorKeyExternalIdp = (AuthenticatorSimple);

/** Okta schema `AuthenticatorKeyGoogleOtp` (see https://developer.okta.com/docs/api/). */
export type AuthenticatorKeyGoogleOtp = (AuthenticatorSimple);

/** Okta schema `AuthenticatorKeyOktaVerify` (see https://developer.okta.com/docs/api/). */
export type AuthenticatorKeyOktaVerify = (AuthenticatorSimple & { settings?: { channelBinding?: ChannelBinding; compliance?: Compliance; userVerification?: UserVerificationEnum; appInstanceId?: string; }; });

/** Okta schema `AuthenticatorKeyOnprem` (see https://developer.okta.com/docs/api/). */
export type AuthenticatorKeyOnprem = (AuthenticatorSimple);

/** Okta schema `AuthenticatorKeyPassword` (see https://developer.okta.com/docs/api/). */
export type AuthenticatorKeyPassword = (AuthenticatorSimple);

/** Okta schema `AuthenticatorKeyPhone` (see https://developer.okta.com/docs/api/). */
export type AuthenticatorKeyPhone = (AuthenticatorSimple & { settings?: { allowedFor?: AllowedForEnum; }; });

/** Okta schema `AuthenticatorKeySecurityKey` (see https://developer.okta.com/docs/api/). */
export type AuthenticatorKeySecurityKey = (AuthenticatorSimple);

/** Okta schema `AuthenticatorKeySecurityQuestion` (see https://developer.okta.com/docs/api/). */
export type AuthenticatorKeySecurityQuestion = (AuthenticatorSimple & { settings?: { allowedFor?: AllowedForEnum; }; });

/** Okta schema `AuthenticatorKeySmartCard` (see https://developer.okta.com/docs/api/). */
export type AuthenticatorKeySmartCard = (AuthenticatorSimple);

/** Okta schema `AuthenticatorKeySymantecVip` (see https://developer.okta.com/docs/api/). */
export type AuthenticatorKeySymantecVip = (AuthenticatorSimple);

/** Okta schema `AuthenticatorKeyTac` (see https://developer.okta.com/docs/api/). */
export type AuthenticatorKeyTac = (AuthenticatorSimple & { provider?: { type?: ("tac" | UnknownEnumValue); configuration?: { minTtl: number; maxTtl: number; defaultTtl: number; length: number; complexity: { numbers?: boolean; letters?: boolean; specialCharacters?: boolean; }; multiUseAllowed?: boolean; }; }; });

/** Okta schema `AuthenticatorKeyWebauthn` (see https://developer.okta.com/docs/api/). */
export type AuthenticatorKeyWebauthn = (AuthenticatorSimple);

/** Okta schema `AuthenticatorKeyYubikey` (see https://developer.okta.com/docs/api/). */
export type AuthenticatorKeyYubikey = (AuthenticatorSimple);

/** Okta schema `AuthenticatorLinks` (see https://developer.okta.com/docs/api/). */
export type AuthenticatorLinks = (LinksSelfAndLifecycle & { methods?: (HrefObject); });

/** Okta schema `AuthenticatorMethodAlgorithm` (see https://developer.okta.com/docs/api/). */
export type AuthenticatorMethodAlgorithm = ("ES256" | "RS256" | UnknownEnumValue);

/** Okta schema `AuthenticatorMethodBase` (see https://developer.okta.com/docs/api/). */
export type AuthenticatorMethodBaseBase = { status?: (unknown & LifecycleStatus); type?: ("sms" | "voice" | "email" | "push" | "signed_nonce" | "totp" | "otp" | "password" | "webauthn" | "security_question" | "idp" | "duo" | "cert" | "tac"); _links?: LinksSelfAndLifecycle; };
/** Okta schema `AuthenticatorMethodBase` (see https://developer.okta.com/docs/api/). */
export type AuthenticatorMethodBase = (AuthenticatorMethodSimple & { type: "sms" | "voice" | "email" | "password" | "security_question" }) | (AuthenticatorMethodPush & { type: "push" }) | (AuthenticatorMethodSignedNonce & { type: "signed_nonce" }) | (AuthenticatorMethodTotp & { type: "totp" }) | (AuthenticatorMethodOtp & { type: "otp" }) | (AuthenticatorMethodWebAuthn & { type: "webauthn" }) | (AuthenticatorMethodWithVerifiableProperties & { type: "idp" | "duo" | "cert" }) | (AuthenticatorMethodTac & { type: "tac" });

/** Okta schema `AuthenticatorMethodConstraint` (see https://developer.okta.com/docs/api/). */
export type AuthenticatorMethodConstraint = { allowedAuthenticators?: AuthenticatorIdentity[]; method?: ("otp" | UnknownEnumValue); };

/** Okta schema `AuthenticatorMethodOtp` (see https://developer.okta.com/docs/api/). */
export type AuthenticatorMethodOtp = (AuthenticatorMethodWithVerifiableProperties & { acceptableAdjacentIntervals?: number; algorithm?: OtpTotpAlgorithm; encoding?: OtpTotpEncoding; factorProfileId?: string; passCodeLength?: OtpTotpPassCodeLength; protocol?: OtpProtocol; timeIntervalInSeconds?: OtpTotpTimeIntervalInSeconds; });

/** Okta schema `AuthenticatorMethodProperty` (see https://developer.okta.com/docs/api/). */
export type AuthenticatorMethodProperty = ("DEVICE_BOUND" | "HARDWARE_PROTECTED" | "PHISHING_RESISTANT" | "USER_PRESENCE" | "USER_VERIFYING" | UnknownEnumValue);

/** Okta schema `AuthenticatorMethodPush` (see https://developer.okta.com/docs/api/). */
export type AuthenticatorMethodPush = (AuthenticatorMethodBaseBase & { settings?: { algorithms?: AuthenticatorMethodAlgorithm[]; keyProtection?: PushMethodKeyProtection; transactionTypes?: AuthenticatorMethodTransactionType[]; }; });

/** Okta schema `AuthenticatorMethodSignedNonce` (see https://developer.okta.com/docs/api/). */
export type AuthenticatorMethodSignedNonce = (AuthenticatorMethodBaseBase & { settings?: { algorithms?: AuthenticatorMethodAlgorithm[]; keyProtection?: PushMethodKeyProtection; showSignInWithOV?: ShowSignInWithOV; }; });

/** Okta schema `AuthenticatorMethodSimple` (see https://developer.okta.com/docs/api/). */
export type AuthenticatorMethodSimple = (AuthenticatorMethodBaseBase);

/** Okta schema `AuthenticatorMethodTac` (see https://developer.okta.com/docs/api/). */
export type AuthenticatorMethodTac = { status?: (unknown & LifecycleStatus); type?: AuthenticatorMethodType; _links?: LinksSelfAndLifecycle; };

/** Okta schema `AuthenticatorMethodTotp` (see https://developer.okta.com/docs/api/). */
export type AuthenticatorMethodTotp = (AuthenticatorMethodBaseBase & { settings?: { timeIntervalInSeconds?: OtpTotpTimeIntervalInSeconds; encoding?: OtpTotpEncoding; algorithm?: OtpTotpAlgorithm; passCodeLength?: OtpTotpPassCodeLength; }; });

/** Okta schema `AuthenticatorMethodTransactionType` (see https://developer.okta.com/docs/api/). */
export type AuthenticatorMethodTransactionType = ("CIBA" | "LOGIN" | UnknownEnumValue);

/** Okta schema `AuthenticatorMethodType` (see https://developer.okta.com/docs/api/). */
export type AuthenticatorMethodType = ("cert" | "duo" | "email" | "idp" | "otp" | "password" | "push" | "security_question" | "signed_nonce" | "sms" | "totp" | "voice" | "webauthn" | "tac" | UnknownEnumValue);

/** Okta schema `AuthenticatorMethodTypeWebAuthn` (see https://developer.okta.com/docs/api/). */
export type AuthenticatorMethodTypeWebAuthn = ("webauthn" | UnknownEnumValue);

/** Okta schema `AuthenticatorMethodWebAuthn` (see https://developer.okta.com/docs/api/). */
export type AuthenticatorMethodWebAuthn = (AuthenticatorMethodBaseBase & { settings?: { aaguidGroups?: AAGUIDGroupObject[]; userVerification?: UserVerificationEnumEnrollment; userVerificationForVerify?: UserVerificationEnumForVerify; attachment?: WebAuthnAttachmentEnum; rpId?: WebAuthnRpId; enableAutofillUI?: WebAuthnSettingEnableAutofillUI; residentKeyRequirement?: WebAuthnSettingResidentKeyRequirement; showSignInWithAPasskeyButton?: WebAuthnSettingShowSignInWithAPasskeyButton; certBasedAttestationValidation?: WebAuthnSettingCertBasedAttestationValidation; hardwareProtected?: WebAuthnSettingHardwareProtected; fipsCompliant?: WebAuthnSettingFipsCompliant; allowSyncablePasskeys?: WebAuthnSettingAllowSyncablePasskeys; }; });

/** Okta schema `AuthenticatorMethodWithVerifiableProperties` (see https://developer.okta.com/docs/api/). */
export type AuthenticatorMethodWithVerifiableProperties = (AuthenticatorMethodBaseBase & { verifiableProperties?: AuthenticatorMethodProperty[]; });

/** Okta schema `AuthenticatorProfile` (see https://developer.okta.com/docs/api/). */
export type AuthenticatorProfile = { phoneNumber: string; [key: string]: unknown; };

/** Okta schema `AuthenticatorProfileTacRequest` (see https://developer.okta.com/docs/api/). */
export type AuthenticatorProfileTacRequest = { multiUse?: boolean; ttl?: string; };

/** Okta schema `AuthenticatorProfileTacResponsePost` (see https://developer.okta.com/docs/api/). */
export type AuthenticatorProfileTacResponsePost = { expiresAt?: string; multiUse?: boolean; tac?: string; };

/** Okta schema `AuthenticatorProvider` (see https://developer.okta.com/docs/api/). */
export type AuthenticatorProvider = { configuration?: AuthenticatorProviderConfiguration; type?: string; };

/** Okta schema `AuthenticatorProviderConfiguration` (see https://developer.okta.com/docs/api/). */
export type AuthenticatorProviderConfiguration = { authPort?: number; hostName?: string; instanceId?: string; sharedSecret?: string; userNameTemplate?: AuthenticatorProviderConfigurationUserNameTemplate; };

/** Okta schema `AuthenticatorProviderConfigurationUserNameTemplate` (see https://developer.okta.com/docs/api/). */
export type AuthenticatorProviderConfigurationUserNameTemplate = { template?: string; };

/** Okta schema `AuthenticatorSettings` (see https://developer.okta.com/docs/api/). */
export type AuthenticatorSettings = { allowedFor?: AllowedForEnum; appInstanceId?: string; channelBinding?: ChannelBinding; compliance?: Compliance; tokenLifetimeInMinutes?: number; userVerification?: UserVerificationEnum; };

/** Okta schema `AuthenticatorSimple` (see https://developer.okta.com/docs/api/). */
export type AuthenticatorSimple = (AuthenticatorBaseBase);

/** Okta schema `AuthenticatorStatus` (see https://developer.okta.com/docs/api/). */
export type AuthenticatorStatus = ("ACTIVE" | "INACTIVE" | UnknownEnumValue);

/** Okta schema `AuthenticatorType` (see https://developer.okta.com/docs/api/). */
export type AuthenticatorType = ("app" | "email" | "federated" | "password" | "phone" | "security_key" | "security_question" | "tac" | UnknownEnumValue);

/** Okta schema `AuthorizationServer` (see https://developer.okta.com/docs/api/). */
export type AuthorizationServer = { accessTokenEncryptedResponseAlgorithm?: AccessTokenKeyEncryptionAlgorithm; audiences?: string[]; readonly created?: string; credentials?: AuthorizationServerCredentials; description?: string; readonly id?: string; issuer?: string; issuerMode?: string; jwks?: ResourceServerJsonWebKeys; jwks_uri?: string; readonly lastUpdated?: string; name?: string; status?: LifecycleStatus; _links?: AuthServerLinks; };

/** Okta schema `AuthorizationServerCredentials` (see https://developer.okta.com/docs/api/). */
export type AuthorizationServerCredentials = { signing?: AuthorizationServerCredentialsSigningConfig; };

/** Okta schema `AuthorizationServerCredentialsRotationMode` (see https://developer.okta.com/docs/api/). */
export type AuthorizationServerCredentialsRotationMode = ("AUTO" | "MANUAL" | UnknownEnumValue);

/** Okta schema `AuthorizationServerCredentialsSigningConfig` (see https://developer.okta.com/docs/api/). */
export type AuthorizationServerCredentialsSigningConfig = { readonly kid?: string; readonly lastRotated?: string; readonly nextRotation?: string; rotationMode?: AuthorizationServerCredentialsRotationMode; use?: AuthorizationServerCredentialsUse; };

/** Okta schema `AuthorizationServerCredentialsUse` (see https://developer.okta.com/docs/api/). */
export type AuthorizationServerCredentialsUse = ("sig" | UnknownEnumValue);

/** Okta schema `AuthorizationServerJsonWebKey` (see https://developer.okta.com/docs/api/). */
export type AuthorizationServerJsonWebKey = { alg?: string; readonly e?: string; readonly kid?: string; readonly kty?: string; n?: string; status?: string; readonly use?: string; _links?: LinksSelf; };

/** Okta schema `AuthorizationServerLinks` (see https://developer.okta.com/docs/api/). */
export type AuthorizationServerLinks = { self: HrefObjectSelfLink; web?: HrefObjectWebLink; };

/** Okta schema `AuthorizationServerOrn` (see https://developer.okta.com/docs/api/). */
export type AuthorizationServerOrn = string;

/** Okta schema `AuthorizationServerPolicy` (see https://developer.okta.com/docs/api/). */
export type AuthorizationServerPolicy = ({ id?: string; type?: ("OAUTH_AUTHORIZATION_POLICY" | UnknownEnumValue); name?: string; conditions?: AuthorizationServerPolicyConditions; description?: string; priority?: number; status?: ("ACTIVE" | "INACTIVE" | UnknownEnumValue); system?: boolean; readonly created?: string; readonly lastUpdated?: string; _links?: (LinksSelfAndLifecycle & { rules?: (unknown & HrefObject); }); });

/** Okta schema `AuthorizationServerPolicyConditions` (see https://developer.okta.com/docs/api/). */
export type AuthorizationServerPolicyConditions = { clients?: ClientPolicyCondition; };

/** Okta schema `AuthorizationServerPolicyPeopleCondition` (see https://developer.okta.com/docs/api/). */
export type AuthorizationServerPolicyPeopleCondition = { groups?: AuthorizationServerPolicyRuleGroupCondition; users?: AuthorizationServerPolicyRuleUserCondition; };

/** Okta schema `AuthorizationServerPolicyRule` (see https://developer.okta.com/docs/api/). */
export type AuthorizationServerPolicyRule = { actions?: AuthorizationServerPolicyRuleActions; conditions?: AuthorizationServerPolicyRuleConditions; readonly created?: string; readonly id?: string; readonly lastUpdated?: string; name?: string; priority?: number; status?: ("ACTIVE" | "INACTIVE" | UnknownEnumValue); system?: boolean; type?: ("RESOURCE_ACCESS" | UnknownEnumValue); _links?: (LinksSelfAndLifecycle); };

/** Okta schema `AuthorizationServerPolicyRuleActions` (see https://developer.okta.com/docs/api/). */
export type AuthorizationServerPolicyRuleActions = (PolicyRuleActions & { token?: TokenAuthorizationServerPolicyRuleAction; });

/** Okta schema `AuthorizationServerPolicyRuleConditions` (see https://developer.okta.com/docs/api/). */
export type AuthorizationServerPolicyRuleConditions = { grantTypes?: GrantTypePolicyRuleCondition; people?: AuthorizationServerPolicyPeopleCondition; scopes?: OAuth2ScopesMediationPolicyRuleCondition; };

/** Okta schema `AuthorizationServerPolicyRuleGroupCondition` (see https://developer.okta.com/docs/api/). */
export type AuthorizationServerPolicyRuleGroupCondition = { include?: string[]; };

/** Okta schema `AuthorizationServerPolicyRuleRequest` (see https://developer.okta.com/docs/api/). */
export type AuthorizationServerPolicyRuleRequest = (AuthorizationServerPolicyRule & Record<string, unknown>);

/** Okta schema `AuthorizationServerPolicyRuleUserCondition` (see https://developer.okta.com/docs/api/). */
export type AuthorizationServerPolicyRuleUserCondition = { include?: string[]; };

/** Okta schema `AuthorizationServerResourceHrefObject` (see https://developer.okta.com/docs/api/). */
export type AuthorizationServerResourceHrefObject = { href?: string; title?: string; };

/** Okta schema `AutoAssignAdminAppSetting` (see https://developer.okta.com/docs/api/). */
export type AutoAssignAdminAppSetting = { autoAssignAdminAppSetting?: boolean; };

/** Okta schema `AutoLoginApplication` (see https://developer.okta.com/docs/api/). */
export type AutoLoginApplication = (ApplicationBase & { credentials?: SchemeApplicationCredentials; readonly name?: string; settings?: AutoLoginApplicationSettings; });

/** Okta schema `AutoLoginApplicationSettings` (see https://developer.okta.com/docs/api/). */
export type AutoLoginApplicationSettings = (ApplicationSettings & { signOn?: AutoLoginApplicationSettingsSignOn; });

/** Okta schema `AutoLoginApplicationSettingsSignOn` (see https://developer.okta.com/docs/api/). */
export type AutoLoginApplicationSettingsSignOn = { loginUrl: string; redirectUrl?: string; };

/** Okta schema `AutoUpdateSchedule` (see https://developer.okta.com/docs/api/). */
export type AutoUpdateSchedule = { cron?: string; delay?: number; duration?: number; lastUpdated?: string; timezone?: string; };

/** Okta schema `AvailableAction` (see https://developer.okta.com/docs/api/). */
export type AvailableAction = { id: string; provider: WorkflowAvailableActionProvider; };

/** Okta schema `AvailableActionProvider` (see https://developer.okta.com/docs/api/). */
export type AvailableActionProviderBase = { actionName: string; externalId: string; link: string; type: ("WORKFLOWS"); };
/** Okta schema `AvailableActionProvider` (see https://developer.okta.com/docs/api/). */
export type AvailableActionProvider = (WorkflowAvailableActionProvider & { type: "WORKFLOWS" });

/** Okta schema `AvailableActions` (see https://developer.okta.com/docs/api/). */
export type AvailableActions = { actions?: AvailableAction[]; };

/** Okta schema `AwsAccountId` (see https://developer.okta.com/docs/api/). */
export type AwsAccountId = string;

/** Okta schema `AwsEventSourceName` (see https://developer.okta.com/docs/api/). */
export type AwsEventSourceName = string;

/** Okta schema `AwsRegion` (see https://developer.okta.com/docs/api/). */
export type AwsRegion = ("ap-northeast-1" | "ap-northeast-2" | "ap-northeast-3" | "ap-south-1" | "ap-southeast-1" | "ap-southeast-2" | "ca-central-1" | "eu-central-1" | "eu-north-1" | "eu-west-1" | "eu-west-2" | "eu-west-3" | "sa-east-1" | "us-east-1" | "us-east-2" | "us-west-1" | "us-west-2" | UnknownEnumValue);

/** Okta schema `BASIC_SMTP_AUTH` (see https://developer.okta.com/docs/api/). */
export type BASIC_SMTP_AUTH = (BaseEmailServerBase & { password?: string; });

/** Okta schema `BASIC_SMTP_AUTH_CREATE` (see https://developer.okta.com/docs/api/). */
export type BASIC_SMTP_AUTH_CREATE = (BaseEmailServerCreateBase & { password: string; });

/** Okta schema `BaseContext` (see https://developer.okta.com/docs/api/). */
export type BaseContext = { request?: InlineHookRequestObject; session?: { id?: string; userId?: string; login?: string; createdAt?: string; expiresAt?: string; status?: string; lastPasswordVerification?: string; amr?: string[]; idp?: SessionIdentityProvider; mfaActive?: boolean; }; user?: { id?: string; passwordChanged?: string; profile?: { login?: string; firstName?: string; lastName?: string; locale?: string; timeZone?: string; }; _links?: { groups?: (HrefObject); factors?: (HrefObject); }; }; };

/** Okta schema `BaseEmailDomain` (see https://developer.okta.com/docs/api/). */
export type BaseEmailDomain = { displayName: string; userName: string; };

/** Okta schema `BaseEmailServer` (see https://developer.okta.com/docs/api/). */
export type BaseEmailServerBase = { alias?: string; authType: ("BASIC_SMTP_AUTH" | "OAUTH2_CLIENT_CREDENTIALS" | "OAUTH2_JWT_BEARER_GRANT"); enabled?: boolean; host?: string; readonly id?: string; port?: number; username?: string; };
/** Okta schema `BaseEmailServer` (see https://developer.okta.com/docs/api/). */
export type BaseEmailServer = (BASIC_SMTP_AUTH & { authType: "BASIC_SMTP_AUTH" }) | (OAUTH2_CLIENT_CREDENTIALS & { authType: "OAUTH2_CLIENT_CREDENTIALS" }) | (OAUTH2_JWT_BEARER_GRANT & { authType: "OAUTH2_JWT_BEARER_GRANT" });

/** Okta schema `BaseEmailServerCreate` (see https://developer.okta.com/docs/api/). */
export type BaseEmailServerCreateBase = { alias: string; authType: ("BASIC_SMTP_AUTH" | "OAUTH2_CLIENT_CREDENTIALS" | "OAUTH2_JWT_BEARER_GRANT"); enabled: boolean; host: string; readonly id?: string; port: number; username: string; };
/** Okta schema `BaseEmailServerCreate` (see https://developer.okta.com/docs/api/). */
export type BaseEmailServerCreate = (BASIC_SMTP_AUTH_CREATE & { authType: "BASIC_SMTP_AUTH" }) | (OAUTH2_CLIENT_CREDENTIALS_CREATE & { authType: "OAUTH2_CLIENT_CREDENTIALS" }) | (OAUTH2_JWT_BEARER_GRANT_CREATE & { authType: "OAUTH2_JWT_BEARER_GRANT" });

/** Okta schema `BaseToken` (see https://developer.okta.com/docs/api/). */
export type BaseToken = { claims?: Record<string, unknown>; token?: { lifetime?: { expiration?: number; }; }; };

/** Okta schema `BasicApplicationSettings` (see https://developer.okta.com/docs/api/). */
export type BasicApplicationSettings = (ApplicationSettings & { app?: BasicApplicationSettingsApplication; });

/** Okta schema `BasicApplicationSettingsApplication` (see https://developer.okta.com/docs/api/). */
export type BasicApplicationSettingsApplication = { authURL: string; url: string; };

/** Okta schema `BasicAuthApplication` (see https://developer.okta.com/docs/api/). */
export type BasicAuthApplication = (ApplicationBase & { credentials?: SchemeApplicationCredentials; name: ("template_basic_auth" | UnknownEnumValue); settings: BasicApplicationSettings; });

/** Okta schema `BeforeScheduledActionPolicyRuleCondition` (see https://developer.okta.com/docs/api/). */
export type BeforeScheduledActionPolicyRuleCondition = { duration?: Duration; lifecycleAction?: ScheduledUserLifecycleAction; };

/** Okta schema `BehaviorRule` (see https://developer.okta.com/docs/api/). */
export type BehaviorRuleBase = { readonly created?: string; readonly id?: string; readonly lastUpdated?: string; name: string; status?: LifecycleStatus; type: ("ANOMALOUS_LOCATION" | "ANOMALOUS_IP" | "ANOMALOUS_DEVICE" | "VELOCITY" | "ANOMALOUS_ASN"); _link?: LinksSelf; };
/** Okta schema `BehaviorRule` (see https://developer.okta.com/docs/api/). */
export type BehaviorRule = (BehaviorRuleAnomalousLocation & { type: "ANOMALOUS_LOCATION" }) | (BehaviorRuleAnomalousIP & { type: "ANOMALOUS_IP" }) | (BehaviorRuleAnomalousDevice & { type: "ANOMALOUS_DEVICE" }) | (BehaviorRuleVelocity & { type: "VELOCITY" }) | (BehaviorRuleASN & { type: "ANOMALOUS_ASN" });

/** Okta schema `BehaviorRuleASN` (see https://developer.okta.com/docs/api/). */
export type BehaviorRuleASN = (BehaviorRuleBase & { settings?: BehaviorRuleSettingsAnomalousASN; });

/** Okta schema `BehaviorRuleAnomalousDevice` (see https://developer.okta.com/docs/api/). */
export type BehaviorRuleAnomalousDevice = (BehaviorRuleBase & { settings?: BehaviorRuleSettingsAnomalousDevice; });

/** Okta schema `BehaviorRuleAnomalousIP` (see https://developer.okta.com/docs/api/). */
export type BehaviorRuleAnomalousIP = (BehaviorRuleBase & { settings?: BehaviorRuleSettingsAnomalousIP; });

/** Okta schema `BehaviorRuleAnomalousLocation` (see https://developer.okta.com/docs/api/). */
export type BehaviorRuleAnomalousLocation = (BehaviorRuleBase & { settings?: BehaviorRuleSettingsAnomalousLocation; });

/** Okta schema `BehaviorRuleSettings` (see https://developer.okta.com/docs/api/). */
export type BehaviorRuleSettings = Record<string, unknown>;

/** Okta schema `BehaviorRuleSettingsAnomalousASN` (see https://developer.okta.com/docs/api/). */
export type BehaviorRuleSettingsAnomalousASN = (BehaviorRuleSettingsHistoryBased);

/** Okta schema `BehaviorRuleSettingsAnomalousDevice` (see https://developer.okta.com/docs/api/). */
export type BehaviorRuleSettingsAnomalousDevice = (BehaviorRuleSettingsHistoryBased);

/** Okta schema `BehaviorRuleSettingsAnomalousIP` (see https://developer.okta.com/docs/api/). */
export type BehaviorRuleSettingsAnomalousIP = (BehaviorRuleSettingsHistoryBased & { maxEventsUsedForEvaluation?: number; });

/** Okta schema `BehaviorRuleSettingsAnomalousLocation` (see https://developer.okta.com/docs/api/). */
export type BehaviorRuleSettingsAnomalousLocation = (BehaviorRuleSettingsHistoryBased & { granularity: LocationGranularity; radiusKilometers?: number; });

/** Okta schema `BehaviorRuleSettingsHistoryBased` (see https://developer.okta.com/docs/api/). */
export type BehaviorRuleSettingsHistoryBased = (BehaviorRuleSettings & { maxEventsUsedForEvaluation?: number; minEventsNeededForEvaluation?: number; });

/** Okta schema `BehaviorRuleSettingsVelocity` (see https://developer.okta.com/docs/api/). */
export type BehaviorRuleSettingsVelocity = (BehaviorRuleSettings & { velocityKph: number; });

/** Okta schema `BehaviorRuleType` (see https://developer.okta.com/docs/api/). */
export type BehaviorRuleType = ("ANOMALOUS_DEVICE" | "ANOMALOUS_IP" | "ANOMALOUS_LOCATION" | "VELOCITY" | "ANOMALOUS_ASN" | UnknownEnumValue);

/** Okta schema `BehaviorRuleVelocity` (see https://developer.okta.com/docs/api/). */
export type BehaviorRuleVelocity = (BehaviorRuleBase & { settings?: BehaviorRuleSettingsVelocity; });

/** Okta schema `BindingMethod` (see https://developer.okta.com/docs/api/). */
export type BindingMethod = ("none" | "prompt" | "transfer" | UnknownEnumValue);

/** Okta schema `BookmarkApplication` (see https://developer.okta.com/docs/api/). */
export type BookmarkApplication = (ApplicationBase & { credentials?: ApplicationCredentials; name: ("bookmark" | UnknownEnumValue); settings: BookmarkApplicationSettings; });

/** Okta schema `BookmarkApplicationSettings` (see https://developer.okta.com/docs/api/). */
export type BookmarkApplicationSettings = (ApplicationSettings & { app?: BookmarkApplicationSettingsApplication; });

/** Okta schema `BookmarkApplicationSettingsApplication` (see https://developer.okta.com/docs/api/). */
export type BookmarkApplicationSettingsApplication = { requestIntegration?: boolean; url: string; };

/** Okta schema `BotProtectionConfiguration` (see https://developer.okta.com/docs/api/). */
export type BotProtectionConfiguration = { enforcementType?: BotProtectionEnforcementType; level: BotProtectionLevel; mode: BotProtectionMode; supportedFlows?: BotProtectionSupportedFlow[]; _links?: LinksSelf; };

/** Okta schema `BotProtectionEnforcementType` (see https://developer.okta.com/docs/api/). */
export type BotProtectionEnforcementType = ("OKTA_CHALLENGE" | UnknownEnumValue);

/** Okta schema `BotProtectionLevel` (see https://developer.okta.com/docs/api/). */
export type BotProtectionLevel = ("ANY" | "HIGH" | "LOW" | "MEDIUM" | UnknownEnumValue);

/** Okta schema `BotProtectionMode` (see https://developer.okta.com/docs/api/). */
export type BotProtectionMode = ("DISABLED" | "ENFORCED" | "LOG_ONLY" | UnknownEnumValue);

/** Okta schema `BotProtectionSupportedFlow` (see https://developer.okta.com/docs/api/). */
export type BotProtectionSupportedFlow = ("SIGN_IN" | "SSPR" | "SSR" | UnknownEnumValue);

/** Okta schema `BouncesRemoveListError` (see https://developer.okta.com/docs/api/). */
export type BouncesRemoveListError = { emailAddress?: string; reason?: string; };

/** Okta schema `BouncesRemoveListObj` (see https://developer.okta.com/docs/api/). */
export type BouncesRemoveListObj = { emailAddresses?: string[]; };

/** Okta schema `BouncesRemoveListResult` (see https://developer.okta.com/docs/api/). */
export type BouncesRemoveListResult = { errors?: BouncesRemoveListError[]; };

/** Okta schema `Brand` (see https://developer.okta.com/docs/api/). */
export type Brand = { agreeToCustomPrivacyPolicy?: boolean; customPrivacyPolicyUrl?: string; defaultApp?: DefaultApp; emailDomainId?: string; readonly id?: string; readonly isDefault?: boolean; locale?: Language; name?: string; removePoweredByOkta?: boolean; };

/** Okta schema `BrandDomain` (see https://developer.okta.com/docs/api/). */
export type BrandDomain = { readonly domainId?: string; readonly _links?: { self?: HrefObject; brand?: HrefObject; domain?: HrefObject; }; };

/** Okta schema `BrandDomains` (see https://developer.okta.com/docs/api/). */
export type BrandDomains = { domains?: DomainResponse[]; };

/** Okta schema `BrandRequest` (see https://developer.okta.com/docs/api/). */
export type BrandRequest = { agreeToCustomPrivacyPolicy?: boolean; customPrivacyPolicyUrl?: string; defaultApp?: DefaultApp; emailDomainId?: string; locale?: Language; name: string; removePoweredByOkta?: boolean; };

/** Okta schema `BrandWithEmbedded` (see https://developer.okta.com/docs/api/). */
export type BrandWithEmbedded = (Brand & { readonly _embedded?: { themes?: ThemeResponse[]; domains?: DomainResponse[]; emailDomain?: EmailDomainResponse; }; _links?: (LinksSelf & { themes?: HrefObject; }); });

/** Okta schema `BrowserPluginApplication` (see https://developer.okta.com/docs/api/). */
export type BrowserPluginApplication = (ApplicationBase & { credentials?: SchemeApplicationCredentials; name: ("template_swa" | "template_swa3field" | UnknownEnumValue); settings: SwaApplicationSettings; });

/** Okta schema `BulkDeleteRequestBody` (see https://developer.okta.com/docs/api/). */
export type BulkDeleteRequestBody = { entityType?: ("USERS" | UnknownEnumValue); profiles?: IdentitySourceUserProfileForDelete[]; };

/** Okta schema `BulkGroupDeleteRequestBody` (see https://developer.okta.com/docs/api/). */
export type BulkGroupDeleteRequestBody = { externalIds?: string[]; };

/** Okta schema `BulkGroupMembershipsDeleteRequestBody` (see https://developer.okta.com/docs/api/). */
export type BulkGroupMembershipsDeleteRequestBody = { memberships?: IdentitySourceGroupMembershipsDeleteProfile; };

/** Okta schema `BulkGroupMembershipsUpsertRequestBody` (see https://developer.okta.com/docs/api/). */
export type BulkGroupMembershipsUpsertRequestBody = { memberships?: IdentitySourceGroupMembershipsUpsertProfile; };

/** Okta schema `BulkGroupUpsertRequestBody` (see https://developer.okta.com/docs/api/). */
export type BulkGroupUpsertRequestBody = { profiles?: { externalId?: string; profile?: IdentitySourceGroupProfileForUpsert; }[]; };

/** Okta schema `BulkUpsertRequestBody` (see https://developer.okta.com/docs/api/). */
export type BulkUpsertRequestBody = { entityType?: ("USERS" | UnknownEnumValue); profiles?: { externalId?: string; profile?: IdentitySourceUserProfileForUpsert; }[]; };

/** Okta schema `BundleEntitlement` (see https://developer.okta.com/docs/api/). */
export type BundleEntitlement = { description?: string; id?: string; name?: string; role?: string; _links?: { values?: (HrefObject & unknown); }; };

/** Okta schema `BundleEntitlementsResponse` (see https://developer.okta.com/docs/api/). */
export type BundleEntitlementsResponse = { entitlements?: BundleEntitlement[]; _links?: (LinksSelf & unknown & { next?: HrefObjectNextLink; bundle?: BundleLink; }); };

/** Okta schema `BundleLink` (see https://developer.okta.com/docs/api/). */
export type BundleLink = (HrefObject & unknown);

/** Okta schema `ByDateTimeAuthenticatorGracePeriodExpiry` (see https://developer.okta.com/docs/api/). */
export type ByDateTimeAuthenticatorGracePeriodExpiry = (EnrollmentPolicyAuthenticatorGracePeriodBase & { expiry?: string; });

/** Okta schema `ByDateTimeExpiry` (see https://developer.okta.com/docs/api/). */
export type ByDateTimeExpiry = (DateTime & unknown);

/** Okta schema `ByDurationExpiry` (see https://developer.okta.com/docs/api/). */
export type ByDurationExpiry = (TimeDuration & unknown);

/** Okta schema `BySkipCountAuthenticatorGracePeriod` (see https://developer.okta.com/docs/api/). */
export type BySkipCountAuthenticatorGracePeriod = (EnrollmentPolicyAuthenticatorGracePeriodBase & { skipCount?: number; });

/** Okta schema `CAPTCHAInstance` (see https://developer.okta.com/docs/api/). */
export type CAPTCHAInstance = { readonly id?: string; name?: string; secretKey?: string; siteKey?: string; type?: CAPTCHAType; _links?: LinksSelf; };

/** Okta schema `CAPTCHAType` (see https://developer.okta.com/docs/api/). */
export type CAPTCHAType = ("HCAPTCHA" | "RECAPTCHA_V2" | UnknownEnumValue);

/** Okta schema `CSRLinks` (see https://developer.okta.com/docs/api/). */
export type CSRLinks = { publish?: HrefCsrPublishLink; self?: HrefCsrSelfLink; };

/** Okta schema `CaepCredentialChangeEvent` (see https://developer.okta.com/docs/api/). */
export type CaepCredentialChangeEvent = { change_type: ("create" | "revoke" | "update" | "delete" | UnknownEnumValue); credential_type: ("password" | "pin" | "x509" | "fido2-platform" | "fido2-roaming" | "fido-u2f" | "verifiable-credential" | "phone-voice" | "phone-sms" | "app" | "SECURITY_QUESTION" | "SOFT_TOKEN" | "OKTA_SOFT_TOKEN" | "VIP_FACTOR" | "EMAIL_FACTOR" | "SECUREID_FACTOR" | "DUO_SECURITY" | "OKTA_VERIFY_PUSH" | "YUBIKEY_OTP_FACTOR" | "FIDO_WEBAUTHN" | "CUSTOM_APP_PUSH" | "CLAIMS_AS_FACTOR" | "HOTP_FACTOR" | "SIGNED_NONCE" | "ALL_FACTORS" | "TOTP" | UnknownEnumValue); event_timestamp?: number; fido2_aaguid?: string; friendly_name?: string; initiating_entity?: ("admin" | "user" | "policy" | "system" | UnknownEnumValue); reason_admin?: (SecurityEventReason & Record<string, unknown>); reason_user?: (SecurityEventReason & Record<string, unknown>); subject?: SsfTransmitterSecurityEventSubject; };

/** Okta schema `CaepDeviceComplianceChangeEvent` (see https://developer.okta.com/docs/api/). */
export type CaepDeviceComplianceChangeEvent = { current_status: ("compliant" | "not-compliant" | UnknownEnumValue); event_timestamp: number; initiating_entity?: ("admin" | "user" | "policy" | "system" | UnknownEnumValue); previous_status: ("compliant" | "not-compliant" | UnknownEnumValue); reason_admin?: (SecurityEventReason & Record<string, unknown>); reason_user?: (SecurityEventReason & Record<string, unknown>); subject: SecurityEventSubject; };

/** Okta schema `CaepEvent` (see https://developer.okta.com/docs/api/). */
export type CaepEvent = { event_timestamp?: number; reason_admin?: (SecurityEventReason & Record<string, unknown>); reason_user?: (SecurityEventReason & Record<string, unknown>); subject?: SsfTransmitterSecurityEventSubject; };

/** Okta schema `CaepSecurityEvent` (see https://developer.okta.com/docs/api/). */
export type CaepSecurityEvent = { event_timestamp: number; initiating_entity?: ("admin" | "user" | "policy" | "system" | UnknownEnumValue); reason_admin?: (SecurityEventReason & Record<string, unknown>); reason_user?: (SecurityEventReason & Record<string, unknown>); subject: SecurityEventSubject; };

/** Okta schema `CaepSessionRevokedEvent` (see https://developer.okta.com/docs/api/). */
export type CaepSessionRevokedEvent = { current_ip?: string; current_user_agent?: string; event_timestamp: number; initiating_entity?: ("admin" | "user" | "policy" | "system" | UnknownEnumValue); last_known_ip?: string; last_known_user_agent?: string; reason_admin?: (SecurityEventReason & Record<string, unknown>); reason_user?: (SecurityEventReason & Record<string, unknown>); subject: SecurityEventSubject; };

/** Okta schema `CallUserFactor` (see https://developer.okta.com/docs/api/). */
export type CallUserFactor = (UserFactorBase & { profile?: CallUserFactorProfile; });

/** Okta schema `CallUserFactorProfile` (see https://developer.okta.com/docs/api/). */
export type CallUserFactorProfile = { phoneExtension?: string; phoneNumber?: string; [key: string]: unknown; };

/** Okta schema `CallerContext` (see https://developer.okta.com/docs/api/). */
export type CallerContext = { managedApp?: (true); };

/** Okta schema `CapabilitiesCreateObject` (see https://developer.okta.com/docs/api/). */
export type CapabilitiesCreateObject = { lifecycleCreate?: LifecycleCreateSettingObject; };

/** Okta schema `CapabilitiesImportRulesObject` (see https://developer.okta.com/docs/api/). */
export type CapabilitiesImportRulesObject = { userCreateAndMatch?: CapabilitiesImportRulesUserCreateAndMatchObject; };

/** Okta schema `CapabilitiesImportRulesUserCreateAndMatchObject` (see https://developer.okta.com/docs/api/). */
export type CapabilitiesImportRulesUserCreateAndMatchObject = { allowPartialMatch?: boolean; autoActivateNewUsers?: boolean; autoConfirmExactMatch?: boolean; autoConfirmNewUsers?: boolean; autoConfirmPartialMatch?: boolean; exactMatchCriteria?: ("EMAIL" | "USERNAME" | UnknownEnumValue); };

/** Okta schema `CapabilitiesImportSettingsObject` (see https://developer.okta.com/docs/api/). */
export type CapabilitiesImportSettingsObject = { schedule?: ImportScheduleObject; username?: ImportUsernameObject; };

/** Okta schema `CapabilitiesInboundProvisioningObject` (see https://developer.okta.com/docs/api/). */
export type CapabilitiesInboundProvisioningObject = { importRules: CapabilitiesImportRulesObject; importSettings: CapabilitiesImportSettingsObject; };

/** Okta schema `CapabilitiesObject` (see https://developer.okta.com/docs/api/). */
export type CapabilitiesObject = { create?: CapabilitiesCreateObject; update?: CapabilitiesUpdateObject; };

/** Okta schema `CapabilitiesUpdateObject` (see https://developer.okta.com/docs/api/). */
export type CapabilitiesUpdateObject = { lifecycleDeactivate?: LifecycleDeactivateSettingObject; password?: PasswordSettingObject; profile?: ProfileSettingObject; };

/** Okta schema `Capability` (see https://developer.okta.com/docs/api/). */
export type Capability = ("API_SERVICE" | "ENTITLEMENTS" | "IDV" | "PROVISIONING" | "SSO" | "UNIVERSAL_LOGOUT" | UnknownEnumValue);

/** Okta schema `CapabilityType` (see https://developer.okta.com/docs/api/). */
export type CapabilityType = ("PROVISIONING" | "SSO" | UnknownEnumValue);

/** Okta schema `CatalogApplication` (see https://developer.okta.com/docs/api/). */
export type CatalogApplication = { readonly category?: string; readonly description?: string; readonly displayName?: string; readonly features?: string[]; readonly id?: string; readonly lastUpdated?: string; name?: string; signOnModes?: string[]; status?: CatalogApplicationStatus; verificationStatus?: string; website?: string; readonly _links?: { logo?: HrefObjectLogoLink[]; self?: HrefObjectSelfLink; }; };

/** Okta schema `CatalogApplicationStatus` (see https://developer.okta.com/docs/api/). */
export type CatalogApplicationStatus = ("ACTIVE" | "INACTIVE" | UnknownEnumValue);

/** Okta schema `ChallengeType` (see https://developer.okta.com/docs/api/). */
export type ChallengeType = ("http://auth0.com/oauth/grant-type/mfa-oob" | "http://auth0.com/oauth/grant-type/mfa-otp" | UnknownEnumValue);

/** Okta schema `ChangeEnum` (see https://developer.okta.com/docs/api/). */
export type ChangeEnum = ("CHANGE" | "KEEP_EXISTING" | UnknownEnumValue);

/** Okta schema `ChangePasswordRequest` (see https://developer.okta.com/docs/api/). */
export type ChangePasswordRequest = { newPassword?: PasswordCredential; oldPassword?: PasswordCredential; revokeSessions?: boolean; };

/** Okta schema `Channel` (see https://developer.okta.com/docs/api/). */
export type Channel = ("push" | "sms" | "voice" | UnknownEnumValue);

/** Okta schema `ChannelBinding` (see https://developer.okta.com/docs/api/). */
export type ChannelBinding = { required?: RequiredEnum; style?: ("NUMBER_CHALLENGE" | UnknownEnumValue); };

/** Okta schema `ChildOrg` (see https://developer.okta.com/docs/api/). */
export type ChildOrg = { admin: OrgCreationAdmin; readonly created?: string; edition: ("SKU" | UnknownEnumValue); readonly id?: string; readonly lastUpdated?: string; name: string; readonly settings?: { [key: string]: unknown; }; readonly status?: ("ACTIVE" | UnknownEnumValue); subdomain: string; readonly token?: string; readonly tokenType?: ("SSWS" | UnknownEnumValue); website?: string; readonly _links?: { [key: string]: unknown; }; };

/** Okta schema `ChromeBrowserVersion` (see https://developer.okta.com/docs/api/). */
export type ChromeBrowserVersion = { minimum?: string; };

/** Okta schema `Claim` (see https://developer.okta.com/docs/api/). */
export type Claim = string;

/** Okta schema `ClassificationType` (see https://developer.okta.com/docs/api/). */
export type ClassificationType = ("LITE" | "STANDARD" | UnknownEnumValue);

/** Okta schema `Client` (see https://developer.okta.com/docs/api/). */
export type Client = { application_type?: ApplicationType; readonly client_id?: string; readonly client_id_issued_at?: number; client_name?: string; readonly client_secret?: string | null; readonly client_secret_expires_at?: number | null; frontchannel_logout_session_required?: boolean; frontchannel_logout_uri?: string | null; grant_types?: GrantType[]; initiate_login_uri?: string; jwks_uri?: string; logo_uri?: string | null; policy_uri?: string | null; post_logout_redirect_uris?: string; redirect_uris?: string[]; request_object_signing_alg?: SigningAlgorithm[]; response_types?: ResponseType[]; token_endpoint_auth_method?: EndpointAuthMethod; tos_uri?: string | null; };

/** Okta schema `ClientPolicyCondition` (see https://developer.okta.com/docs/api/). */
export type ClientPolicyCondition = { include?: string[]; };

/** Okta schema `ClientPrivilegesSetting` (see https://developer.okta.com/docs/api/). */
export type ClientPrivilegesSetting = { clientPrivilegesSetting?: boolean; };

/** Okta schema `ClientUpdatePolicy` (see https://developer.okta.com/docs/api/). */
export type ClientUpdatePolicy = (PolicyBase & { conditions?: string | null; });

/** Okta schema `ClientUpdatePolicyRule` (see https://developer.okta.com/docs/api/). */
export type ClientUpdatePolicyRule = (PolicyRuleBase & { actions?: { updateControls?: { actions?: ClientUpdatePolicyRuleActionsObject[]; }; }; conditions?: string | null; });

/** Okta schema `ClientUpdatePolicyRuleActionsObject` (see https://developer.okta.com/docs/api/). */
export type ClientUpdatePolicyRuleActionsObject = { action?: ("OKTA_VERIFY_UPDATE" | UnknownEnumValue); value?: ("ALLOW" | "HOTFIX_ONLY" | "DENY" | UnknownEnumValue); };

/** Okta schema `CodeChallengeMethod` (see https://developer.okta.com/docs/api/). */
export type CodeChallengeMethod = ("S256" | UnknownEnumValue);

/** Okta schema `Compliance` (see https://developer.okta.com/docs/api/). */
export type Compliance = { fips?: FipsEnum; };

/** Okta schema `Conditions` (see https://developer.okta.com/docs/api/). */
export type Conditions = { expression?: Expression; profileSourceId?: string; };

/** Okta schema `ConnectionScopes` (see https://developer.okta.com/docs/api/). */
export type ConnectionScopes = string[];

/** Okta schema `ConnectionType` (see https://developer.okta.com/docs/api/). */
export type ConnectionType = ("IDENTITY_ASSERTION_CUSTOM_AS" | "STS_SERVICE_ACCOUNT" | "STS_VAULT_SECRET" | "IDENTITY_ASSERTION_APP_INSTANCE" | UnknownEnumValue);

/** Okta schema `ConnectionsSigningRotationMode` (see https://developer.okta.com/docs/api/). */
export type ConnectionsSigningRotationMode = ("AUTO" | "MANUAL" | UnknownEnumValue);

/** Okta schema `ContentSecurityPolicySetting` (see https://developer.okta.com/docs/api/). */
export type ContentSecurityPolicySetting = { mode?: ("enforced" | "report_only" | UnknownEnumValue); reportUri?: string; srcList?: string[]; };

/** Okta schema `ContextPolicyRuleCondition` (see https://developer.okta.com/docs/api/). */
export type ContextPolicyRuleCondition = (DevicePolicyRuleCondition & { expression?: string; });

/** Okta schema `CreateAIAgentRequest` (see https://developer.okta.com/docs/api/). */
export type CreateAIAgentRequest = { appId?: string; profile?: AIAgentProfile; };

/** Okta schema `CreateBrandDomainRequest` (see https://developer.okta.com/docs/api/). */
export type CreateBrandDomainRequest = { domainId?: string; };

/** Okta schema `CreateBrandRequest` (see https://developer.okta.com/docs/api/). */
export type CreateBrandRequest = { name: string; };

/** Okta schema `CreateGroupPushMappingRequest` (see https://developer.okta.com/docs/api/). */
export type CreateGroupPushMappingRequest = { appConfig?: AppConfig; sourceGroupId: string; status?: GroupPushMappingStatusUpsert; targetGroupId?: string; targetGroupName?: string; };

/** Okta schema `CreateGroupRuleRequest` (see https://developer.okta.com/docs/api/). */
export type CreateGroupRuleRequest = { actions?: GroupRuleAction; conditions?: GroupRuleConditions; name?: string; type?: ("group_rule" | UnknownEnumValue); };

/** Okta schema `CreateIamRoleRequest` (see https://developer.okta.com/docs/api/). */
export type CreateIamRoleRequest = { description: string; label: string; permissions: string[]; };

/** Okta schema `CreateOrUpdatePolicy` (see https://developer.okta.com/docs/api/). */
export type CreateOrUpdatePolicyBase = { readonly created?: string; description?: string; readonly id?: string; readonly lastUpdated?: string; name: string; priority?: number; status?: (LifecycleStatus & unknown); system?: boolean; type: ("ACCESS_POLICY" | "MFA_ENROLL" | "OKTA_SIGN_ON" | "PASSWORD" | "PROFILE_ENROLLMENT" | "DEVICE_SIGNAL_COLLECTION"); readonly _embedded?: { [key: string]: Record<string, unknown>; }; _links?: PolicyLinks; };
/** Okta schema `CreateOrUpdatePolicy` (see https://developer.okta.com/docs/api/). */
export type CreateOrUpdatePolicy = (AccessPolicy & { type: "ACCESS_POLICY" }) | (AuthenticatorEnrollmentPolicy & { type: "MFA_ENROLL" }) | (OktaSignOnPolicy & { type: "OKTA_SIGN_ON" }) | (PasswordPolicy & { type: "PASSWORD" }) | (ProfileEnrollmentPolicy & { type: "PROFILE_ENROLLMENT" }) | (DeviceSignalCollectionPolicy & { type: "DEVICE_SIGNAL_COLLECTION" });

/** Okta schema `CreateRealmAssignmentRequest` (see https://developer.okta.com/docs/api/). */
export type CreateRealmAssignmentRequest = { actions?: Actions; conditions?: Conditions; name?: string; priority?: number; };

/** Okta schema `CreateRealmRequest` (see https://developer.okta.com/docs/api/). */
export type CreateRealmRequest = { profile?: RealmProfile; };

/** Okta schema `CreateResourceSetRequest` (see https://developer.okta.com/docs/api/). */
export type CreateResourceSetRequest = { description: string; label: string; resources: string[]; };

/** Okta schema `CreateSessionRequest` (see https://developer.okta.com/docs/api/). */
export type CreateSessionRequest = { sessionToken?: string; };

/** Okta schema `CreateUISchema` (see https://developer.okta.com/docs/api/). */
export type CreateUISchema = { uiSchema?: UISchemaObject; };

/** Okta schema `CreateUpdateIamRolePermissionRequest` (see https://developer.okta.com/docs/api/). */
export type CreateUpdateIamRolePermissionRequest = { conditions?: PermissionConditions; };

/** Okta schema `CreateUserRequest` (see https://developer.okta.com/docs/api/). */
export type CreateUserRequest = { credentials?: UserCredentialsWritable; groupIds?: string[]; profile: UserProfile; realmId?: string; type?: { id?: string; }; };

/** Okta schema `Created` (see https://developer.okta.com/docs/api/). */
export type Created = string;

/** Okta schema `CredentialSyncInfo` (see https://developer.okta.com/docs/api/). */
export type CredentialSyncInfo = { readonly errorCode?: string; readonly errorReason?: string; secretVersionId?: string; syncState?: CredentialSyncState; readonly syncTime?: string; };

/** Okta schema `CredentialSyncState` (see https://developer.okta.com/docs/api/). */
export type CredentialSyncState = ("NOT_SYNCED" | "SYNCED" | "SYNCING" | "SYNC_FAILED" | UnknownEnumValue);

/** Okta schema `Csr` (see https://developer.okta.com/docs/api/). */
export type Csr = { created?: createdProperty; readonly csr?: string; readonly id?: string; readonly kty?: string; readonly _links?: CSRLinks; };

/** Okta schema `CsrMetadata` (see https://developer.okta.com/docs/api/). */
export type CsrMetadata = { subject?: CsrMetadataSubject; subjectAltNames?: CsrMetadataSubjectAltNames; };

/** Okta schema `CsrMetadataSubject` (see https://developer.okta.com/docs/api/). */
export type CsrMetadataSubject = { commonName?: string; countryName?: string; localityName?: string; organizationalUnitName?: string; organizationName?: string; stateOrProvinceName?: string; };

/** Okta schema `CsrMetadataSubjectAltNames` (see https://developer.okta.com/docs/api/). */
export type CsrMetadataSubjectAltNames = { dnsNames?: string[]; };

/** Okta schema `CsrPublishHrefHints` (see https://developer.okta.com/docs/api/). */
export type CsrPublishHrefHints = { allow?: ("POST" | UnknownEnumValue)[]; };

/** Okta schema `CsrSelfHrefHints` (see https://developer.okta.com/docs/api/). */
export type CsrSelfHrefHints = { allow?: ("GET" | "DELETE" | UnknownEnumValue)[]; };

/** Okta schema `CustomAAGUIDCreateRequestObject` (see https://developer.okta.com/docs/api/). */
export type CustomAAGUIDCreateRequestObject = { aaguid?: string; attestationRootCertificates?: AttestationRootCertificatesRequest; authenticatorCharacteristics?: AAGUIDAuthenticatorCharacteristics; };

/** Okta schema `CustomAAGUIDResponseObject` (see https://developer.okta.com/docs/api/). */
export type CustomAAGUIDResponseObject = { aaguid?: string; attestationRootCertificates?: AttestationRootCertificatesResponse; authenticatorCharacteristics?: AAGUIDAuthenticatorCharacteristics; name?: string; _links?: LinksSelf; };

/** Okta schema `CustomAAGUIDUpdateRequestObject` (see https://developer.okta.com/docs/api/). */
export type CustomAAGUIDUpdateRequestObject = { attestationRootCertificates?: AttestationRootCertificatesRequest; authenticatorCharacteristics?: AAGUIDAuthenticatorCharacteristics; name?: string; };

/** Okta schema `CustomAppUserVerificationEnum` (see https://developer.okta.com/docs/api/). */
export type CustomAppUserVerificationEnum = ("PREFERRED" | "REQUIRED" | UnknownEnumValue);

/** Okta schema `CustomAuthSettings` (see https://developer.okta.com/docs/api/). */
export type CustomAuthSettings = { appInstanceProperties?: AppInstanceProperty[]; };

/** Okta schema `CustomHotpUserFactor` (see https://developer.okta.com/docs/api/). */
export type CustomHotpUserFactor = (UserFactorBase & { factorProfileId?: string; profile?: CustomHotpUserFactorProfile; });

/** Okta schema `CustomHotpUserFactorProfile` (see https://developer.okta.com/docs/api/). */
export type CustomHotpUserFactorProfile = { sharedSecret?: string; [key: string]: unknown; };

/** Okta schema `CustomRole` (see https://developer.okta.com/docs/api/). */
export type CustomRole = { assignmentType?: RoleAssignmentType; readonly created?: string; readonly id?: string; readonly label?: string; readonly lastUpdated?: string; readonly "resource-set"?: string; readonly role?: string; status?: (LifecycleStatus & unknown); type: RoleType; _links?: LinksCustomRoleResponse; };

/** Okta schema `CustomRoleAssignmentSchema` (see https://developer.okta.com/docs/api/). */
export type CustomRoleAssignmentSchema = { "resource-set": string; role: string; type: ("CUSTOM" | UnknownEnumValue); };

/** Okta schema `CustomTelephonyProviderCredentialCreateRequest` (see https://developer.okta.com/docs/api/). */
export type CustomTelephonyProviderCredentialCreateRequest = { providerAuthToken?: string; providerCapability?: ("ALL" | UnknownEnumValue); providerName?: ("TWILIO" | "TELESIGN" | UnknownEnumValue); providerSettings?: CustomTelephonyProviderSettings; providerSid?: string; };

/** Okta schema `CustomTelephonyProviderCredentialResponse` (see https://developer.okta.com/docs/api/). */
export type CustomTelephonyProviderCredentialResponse = { enabled?: boolean; id?: string; isPrimaryProvider?: boolean; providerCapability?: ("ALL" | UnknownEnumValue); providerName?: ("TWILIO" | "TELESIGN" | UnknownEnumValue); providerSettings?: CustomTelephonyProviderSettings; providerSid?: string; };

/** Okta schema `CustomTelephonyProviderCredentialSendTestRequest` (see https://developer.okta.com/docs/api/). */
export type CustomTelephonyProviderCredentialSendTestRequest = { countryCodeIso2?: string; factor?: ("SMS" | "CALL" | UnknownEnumValue); phoneNumber?: string; };

/** Okta schema `CustomTelephonyProviderCredentialUpdateRequest` (see https://developer.okta.com/docs/api/). */
export type CustomTelephonyProviderCredentialUpdateRequest = { id?: string; providerAuthToken?: string; providerSettings?: CustomTelephonyProviderSettings; providerSid?: string; };

/** Okta schema `CustomTelephonyProviderCredentialsResponse` (see https://developer.okta.com/docs/api/). */
export type CustomTelephonyProviderCredentialsResponse = CustomTelephonyProviderCredentialResponse[];

/** Okta schema `CustomTelephonyProviderSettings` (see https://developer.okta.com/docs/api/). */
export type CustomTelephonyProviderSettings = { call?: (CustomTelephonyProviderSettingsTwilioVerify | CustomTelephonyProviderSettingsTwilioPhoneNumber | CustomTelephonyProviderSettingsTwilioCallerId | CustomTelephonyProviderSettingsTelesignServiceCall); sms?: (CustomTelephonyProviderSettingsTwilioVerify | CustomTelephonyProviderSettingsTwilioPhoneNumber | CustomTelephonyProviderSettingsTwilioMessagingService | CustomTelephonyProviderSettingsTelesignServiceSms); };

/** Okta schema `CustomTelephonyProviderSettingsTelesignServiceCall` (see https://developer.okta.com/docs/api/). */
export type CustomTelephonyProviderSettingsTelesignServiceCall = { telesignService?: ("telesignVoiceService" | "telesignVerifyService" | UnknownEnumValue); };

/** Okta schema `CustomTelephonyProviderSettingsTelesignServiceSms` (see https://developer.okta.com/docs/api/). */
export type CustomTelephonyProviderSettingsTelesignServiceSms = { telesignService?: ("telesignMessagingService" | "telesignVerifyService" | UnknownEnumValue); };

/** Okta schema `CustomTelephonyProviderSettingsTwilioCallerId` (see https://developer.okta.com/docs/api/). */
export type CustomTelephonyProviderSettingsTwilioCallerId = { twilioCallerId?: string; };

/** Okta schema `CustomTelephonyProviderSettingsTwilioMessagingService` (see https://developer.okta.com/docs/api/). */
export type CustomTelephonyProviderSettingsTwilioMessagingService = { twilioMessageSid?: string; };

/** Okta schema `CustomTelephonyProviderSettingsTwilioPhoneNumber` (see https://developer.okta.com/docs/api/). */
export type CustomTelephonyProviderSettingsTwilioPhoneNumber = { twilioPhoneNumber?: string; };

/** Okta schema `CustomTelephonyProviderSettingsTwilioVerify` (see https://developer.okta.com/docs/api/). */
export type CustomTelephonyProviderSettingsTwilioVerify = { twilioVerifySid?: string; };

/** Okta schema `CustomizablePage` (see https://developer.okta.com/docs/api/). */
export type CustomizablePage = { pageContent?: string; };

/** Okta schema `DNSRecord` (see https://developer.okta.com/docs/api/). */
export type DNSRecord = { expiration?: string; fqdn?: string; recordType?: DNSRecordType; values?: string[]; };

/** Okta schema `DNSRecordAuthenticators` (see https://developer.okta.com/docs/api/). */
export type DNSRecordAuthenticators = { fqdn?: string; recordType?: DNSRecordTypeAuthenticators; verificationValue?: string; };

/** Okta schema `DNSRecordDomains` (see https://developer.okta.com/docs/api/). */
export type DNSRecordDomains = { expiration?: string; fqdn?: string; recordType?: DNSRecordTypeDomains; values?: string[]; };

/** Okta schema `DNSRecordType` (see https://developer.okta.com/docs/api/). */
export type DNSRecordType = ("CNAME" | "TXT" | UnknownEnumValue);

/** Okta schema `DNSRecordTypeAuthenticators` (see https://developer.okta.com/docs/api/). */
export type DNSRecordTypeAuthenticators = ("TXT" | UnknownEnumValue);

/** Okta schema `DNSRecordTypeDomains` (see https://developer.okta.com/docs/api/). */
export type DNSRecordTypeDomains = ("CAA" | "CNAME" | "TXT" | UnknownEnumValue);

/** Okta schema `DRStatusItem` (see https://developer.okta.com/docs/api/). */
export type DRStatusItem = { domain?: string; isFailedOver?: boolean; };

/** Okta schema `DTCChromeOS` (see https://developer.okta.com/docs/api/). */
export type DTCChromeOS = { allowScreenLock?: boolean; browserVersion?: ChromeBrowserVersion; builtInDnsClientEnabled?: boolean; chromeRemoteDesktopAppBlocked?: boolean; deviceEnrollmentDomain?: string; diskEncrypted?: boolean; keyTrustLevel?: KeyTrustLevelOSMode; managedDevice?: boolean; osFirewall?: boolean; osVersion?: OSVersionFourComponents; passwordProtectionWarningTrigger?: PasswordProtectionWarningTrigger; realtimeUrlCheckMode?: boolean; safeBrowsingProtectionLevel?: SafeBrowsingProtectionLevel; screenLockSecured?: boolean; siteIsolationEnabled?: boolean; };

/** Okta schema `DTCMacOS` (see https://developer.okta.com/docs/api/). */
export type DTCMacOS = { browserVersion?: ChromeBrowserVersion; builtInDnsClientEnabled?: boolean; chromeRemoteDesktopAppBlocked?: boolean; deviceEnrollmentDomain?: string; diskEncrypted?: boolean; keyTrustLevel?: KeyTrustLevelBrowserKey; osFirewall?: boolean; osVersion?: OSVersionThreeComponents; passwordProtectionWarningTrigger?: PasswordProtectionWarningTrigger; realtimeUrlCheckMode?: boolean; safeBrowsingProtectionLevel?: SafeBrowsingProtectionLevel; screenLockSecured?: boolean; siteIsolationEnabled?: boolean; };

/** Okta schema `DTCWindows` (see https://developer.okta.com/docs/api/). */
export type DTCWindows = { antivirusEnabled?: boolean; browserVersion?: ChromeBrowserVersion; builtInDnsClientEnabled?: boolean; chromeRemoteDesktopAppBlocked?: boolean; crowdStrikeAgentId?: string; crowdStrikeCustomerId?: string; deviceEnrollmentDomain?: string; diskEncrypted?: boolean; keyTrustLevel?: KeyTrustLevelBrowserKey; osFirewall?: boolean; osVersion?: OSVersionFourComponents; passwordProtectionWarningTrigger?: PasswordProtectionWarningTrigger; realtimeUrlCheckMode?: boolean; safeBrowsingProtectionLevel?: SafeBrowsingProtectionLevel; screenLockSecured?: boolean; secureBootEnabled?: boolean; siteIsolationEnabled?: boolean; thirdPartyBlockingEnabled?: boolean; windowsMachineDomain?: string; windowsUserDomain?: string; };

/** Okta schema `DateTime` (see https://developer.okta.com/docs/api/). */
export type DateTime = string;

/** Okta schema `DbscCredential` (see https://developer.okta.com/docs/api/). */
export type DbscCredential = { readonly attributes: string; readonly name: ("dbsc" | UnknownEnumValue); readonly type: ("cookie" | UnknownEnumValue); };

/** Okta schema `DbscRefreshResponse` (see https://developer.okta.com/docs/api/). */
export type DbscRefreshResponse = { readonly credentials: DbscCredential[]; readonly refresh_url: string; scope: DbscScope; readonly session_identifier: string; };

/** Okta schema `DbscScope` (see https://developer.okta.com/docs/api/). */
export type DbscScope = { readonly include_site: boolean; readonly origin: string; };

/** Okta schema `DbscStartResponse` (see https://developer.okta.com/docs/api/). */
export type DbscStartResponse = { readonly credentials: DbscCredential[]; readonly refresh_url: string; scope: DbscScope; readonly session_identifier: string; };

/** Okta schema `DefaultApp` (see https://developer.okta.com/docs/api/). */
export type DefaultApp = { appInstanceId?: string; appLinkName?: string; classicApplicationUri?: string; };

/** Okta schema `DesktopMFAEnforceNumberMatchingChallengeOrgSetting` (see https://developer.okta.com/docs/api/). */
export type DesktopMFAEnforceNumberMatchingChallengeOrgSetting = { desktopMFAEnforceNumberMatchingChallengeEnabled?: boolean; };

/** Okta schema `DesktopMFARecoveryPinOrgSetting` (see https://developer.okta.com/docs/api/). */
export type DesktopMFARecoveryPinOrgSetting = { desktopMFARecoveryPinEnabled?: boolean; };

/** Okta schema `DetailedHookKeyInstance` (see https://developer.okta.com/docs/api/). */
export type DetailedHookKeyInstance = { readonly created?: string | null; readonly id?: string; readonly isUsed?: string; readonly keyId?: string; readonly lastUpdated?: string | null; name?: string; _embedded?: _embedded; };

/** Okta schema `DetectedRiskEvents` (see https://developer.okta.com/docs/api/). */
export type DetectedRiskEvents = ("ADMIN_REPORTED_USER_RISK" | "BRUTE_FORCE_ATTACK" | "ENTITY_CRITICAL_ACTION_FROM_HIGH_THREAT_IP" | "OKTA_THREAT_INTELLIGENCE" | "SECURITY_EVENTS_PROVIDER_REPORTED_RISK" | "SESSION_INFLUENCED_USER_RISK" | "SUSPICIOUS_APP_ACCESS" | "USER_REPORTED_SUSPICIOUS_ACTIVITY" | UnknownEnumValue);

/** Okta schema `Device` (see https://developer.okta.com/docs/api/). */
export type Device = { readonly created?: string; readonly id?: string; readonly lastUpdated?: string; profile?: DeviceProfile; readonly resourceAlternateId?: string; resourceDisplayName?: DeviceDisplayName; readonly resourceId?: string; readonly resourceType?: string; status?: DeviceStatus; _links?: LinksSelfAndFullUsersLifecycle; };

/** Okta schema `DeviceAccessPolicyRuleCondition` (see https://developer.okta.com/docs/api/). */
export type DeviceAccessPolicyRuleCondition = { assurance?: DevicePolicyRuleConditionAssurance; managed?: boolean; registered?: boolean; };

/** Okta schema `DeviceAssurance` (see https://developer.okta.com/docs/api/). */
export type DeviceAssuranceBase = { readonly createdBy?: string; readonly createdDate?: string; devicePostureChecks?: DevicePostureChecks; displayRemediationMode?: ("HIDE" | "SHOW" | UnknownEnumValue); gracePeriod?: GracePeriod; readonly id?: string; readonly lastUpdate?: string; readonly lastUpdatedBy?: string; name?: string; platform?: ("WINDOWS" | "MACOS" | "CHROMEOS" | "IOS" | "ANDROID"); _links?: LinksSelf; };
/** Okta schema `DeviceAssurance` (see https://developer.okta.com/docs/api/). */
export type DeviceAssurance = (DeviceAssuranceWindowsPlatform & { platform: "WINDOWS" }) | (DeviceAssuranceMacOSPlatform & { platform: "MACOS" }) | (DeviceAssuranceChromeOSPlatform & { platform: "CHROMEOS" }) | (DeviceAssuranceIOSPlatform & { platform: "IOS" }) | (DeviceAssuranceAndroidPlatform & { platform: "ANDROID" });

/** Okta schema `DeviceAssuranceAndroidPlatform` (see https://developer.okta.com/docs/api/). */
export type DeviceAssuranceAndroidPlatform = (DeviceAssuranceBase & { callerContext?: CallerContext; diskEncryptionType?: { include?: DiskEncryptionTypeAndroid[]; }; jailbreak?: boolean; osVersion?: OSVersion; screenLockType?: { include?: ScreenLockType[]; }; secureHardwarePresent?: boolean; thirdPartySignalProviders?: { androidDeviceTrust?: AndroidDeviceTrust; devicePostureIdP?: DevicePostureIdP; }; });

/** Okta schema `DeviceAssuranceChromeOSPlatform` (see https://developer.okta.com/docs/api/). */
export type DeviceAssuranceChromeOSPlatform = (DeviceAssuranceBase & { thirdPartySignalProviders?: { dtc?: DTCChromeOS; devicePostureIdP?: DevicePostureIdP; }; });

/** Okta schema `DeviceAssuranceIOSPlatform` (see https://developer.okta.com/docs/api/). */
export type DeviceAssuranceIOSPlatform = (DeviceAssuranceBase & { jailbreak?: boolean; osVersion?: OSVersion; screenLockType?: { include?: ScreenLockType[]; }; thirdPartySignalProviders?: { devicePostureIdP?: DevicePostureIdP; }; });

/** Okta schema `DeviceAssuranceMacOSPlatform` (see https://developer.okta.com/docs/api/). */
export type DeviceAssuranceMacOSPlatform = (DeviceAssuranceBase & { diskEncryptionType?: { include?: DiskEncryptionTypeDesktop[]; }; osVersion?: OSVersion; screenLockType?: { include?: ScreenLockType[]; }; secureHardwarePresent?: boolean; thirdPartySignalProviders?: { dtc?: DTCMacOS; devicePostureIdP?: DevicePostureIdP; }; });

/** Okta schema `DeviceAssuranceWindowsPlatform` (see https://developer.okta.com/docs/api/). */
export type DeviceAssuranceWindowsPlatform = (DeviceAssuranceBase & { diskEncryptionType?: { include?: DiskEncryptionTypeDesktop[]; }; osVersion?: OSVersionFourComponents; osVersionConstraints?: OSVersionConstraint[]; screenLockType?: { include?: ScreenLockType[]; }; secureHardwarePresent?: boolean; thirdPartySignalProviders?: { dtc?: DTCWindows; devicePostureIdP?: DevicePostureIdP; }; });

/** Okta schema `DeviceContextProvider` (see https://developer.okta.com/docs/api/). */
export type DeviceContextProvider = { id?: string; key: ("OKTA_VERIFY" | "CHROME_DEVICE_TRUST" | "DEVICE_POSTURE_IDP" | UnknownEnumValue); userIdentification?: ("ALLOW" | "IGNORE" | UnknownEnumValue); };

/** Okta schema `DeviceDisplayName` (see https://developer.okta.com/docs/api/). */
export type DeviceDisplayName = { sensitive?: boolean; value?: string; };

/** Okta schema `DeviceIntegrations` (see https://developer.okta.com/docs/api/). */
export type DeviceIntegrations = { displayName?: string; readonly id?: string; metadata?: DeviceIntegrationsMetadata; name?: DeviceIntegrationsName; platform?: DeviceIntegrationsPlatform; status?: DeviceIntegrationsStatus; _links?: LinksSelfAndLifecycle; };

/** Okta schema `DeviceIntegrationsMetadata` (see https://developer.okta.com/docs/api/). */
export type DeviceIntegrationsMetadata = ({ type: ("CHROME" | UnknownEnumValue); serviceAccountName: string; serviceAccountEmail: string; } | { type: ("WORKSPACE_ONE" | UnknownEnumValue); provider: string; enrollmentUrl: string; idpId: string; } | { type: ("DEVICE_IDP" | UnknownEnumValue); idpId: string; });

/** Okta schema `DeviceIntegrationsName` (see https://developer.okta.com/docs/api/). */
export type DeviceIntegrationsName = ("com.android.zero.trust" | "com.crowdstrike.zta" | "com.google.dtc" | "com.okta.device.osquery" | "com.okta.deviceidp" | "com.okta.windowssecuritycenter" | "com.okta.workspaceone" | UnknownEnumValue);

/** Okta schema `DeviceIntegrationsPlatform` (see https://developer.okta.com/docs/api/). */
export type DeviceIntegrationsPlatform = ("ANDROID" | "CHROMEOS" | "IOS" | "MACOS" | "WINDOWS" | UnknownEnumValue);

/** Okta schema `DeviceIntegrationsStatus` (see https://developer.okta.com/docs/api/). */
export type DeviceIntegrationsStatus = ("ACTIVE" | "DEACTIVATED" | UnknownEnumValue);

/** Okta schema `DeviceIntegrity` (see https://developer.okta.com/docs/api/). */
export type DeviceIntegrity = ("MEETS_BASIC_INTEGRITY" | "MEETS_DEVICE_INTEGRITY" | "MEETS_STRONG_INTEGRITY" | UnknownEnumValue);

/** Okta schema `DeviceList` (see https://developer.okta.com/docs/api/). */
export type DeviceList = (Device & { readonly _embedded?: { users?: DeviceUser[]; }; });

/** Okta schema `DevicePlatform` (see https://developer.okta.com/docs/api/). */
export type DevicePlatform = ("ANDROID" | "IOS" | "MACOS" | "WINDOWS" | UnknownEnumValue);

/** Okta schema `DevicePolicyMDMFramework` (see https://developer.okta.com/docs/api/). */
export type DevicePolicyMDMFramework = ("AFW" | "NATIVE" | "SAFE" | UnknownEnumValue);

/** Okta schema `DevicePolicyPlatformType` (see https://developer.okta.com/docs/api/). */
export type DevicePolicyPlatformType = ("ANDROID" | "IOS" | "OSX" | "WINDOWS" | UnknownEnumValue);

/** Okta schema `DevicePolicyRuleCondition` (see https://developer.okta.com/docs/api/). */
export type DevicePolicyRuleCondition = { migrated?: boolean; platform?: DevicePolicyRuleConditionPlatform; rooted?: boolean; trustLevel?: DevicePolicyTrustLevel; };

/** Okta schema `DevicePolicyRuleConditionAssurance` (see https://developer.okta.com/docs/api/). */
export type DevicePolicyRuleConditionAssurance = { include?: string[]; };

/** Okta schema `DevicePolicyRuleConditionPlatform` (see https://developer.okta.com/docs/api/). */
export type DevicePolicyRuleConditionPlatform = { supportedMDMFrameworks?: DevicePolicyMDMFramework[]; types?: DevicePolicyPlatformType[]; };

/** Okta schema `DevicePolicyTrustLevel` (see https://developer.okta.com/docs/api/). */
export type DevicePolicyTrustLevel = ("ANY" | "TRUSTED" | UnknownEnumValue);

/** Okta schema `DevicePostureCheck` (see https://developer.okta.com/docs/api/). */
export type DevicePostureCheck = { readonly createdBy?: string; readonly createdDate?: string; description?: string; readonly id?: string; readonly lastUpdate?: string; readonly lastUpdatedBy?: string; mappingType?: DevicePostureChecksMappingType; name?: string; platform?: DevicePostureChecksPlatform; query?: string; remediationSettings?: DevicePostureChecksRemediationSettings; type?: DevicePostureChecksType; variableName?: string; _links?: LinksSelf; };

/** Okta schema `DevicePostureChecks` (see https://developer.okta.com/docs/api/). */
export type DevicePostureChecks = { include?: { variableName?: string; value?: string; }[]; };

/** Okta schema `DevicePostureChecksMappingType` (see https://developer.okta.com/docs/api/). */
export type DevicePostureChecksMappingType = ("CHECKBOX" | "TEXTBOX" | UnknownEnumValue);

/** Okta schema `DevicePostureChecksPlatform` (see https://developer.okta.com/docs/api/). */
export type DevicePostureChecksPlatform = ("MACOS" | "WINDOWS" | UnknownEnumValue);

/** Okta schema `DevicePostureChecksRemediationSettings` (see https://developer.okta.com/docs/api/). */
export type DevicePostureChecksRemediationSettings = { link?: { defaultUrl?: string; customUrl?: string; }; message?: { defaultI18nKey?: string; customText?: string; }; };

/** Okta schema `DevicePostureChecksType` (see https://developer.okta.com/docs/api/). */
export type DevicePostureChecksType = ("BUILTIN" | "CUSTOM" | UnknownEnumValue);

/** Okta schema `DevicePostureIdP` (see https://developer.okta.com/docs/api/). */
export type DevicePostureIdP = { compliant?: boolean; managed?: boolean; };

/** Okta schema `DeviceProfile` (see https://developer.okta.com/docs/api/). */
export type DeviceProfile = { diskEncryptionType?: DiskEncryptionTypeDef; displayName: string; imei?: string; integrityJailbreak?: boolean; managed?: boolean; manufacturer?: string; meid?: string; model?: string; osVersion?: string; platform: DevicePlatform; registered: boolean; secureHardwarePresent?: boolean; serialNumber?: string; sid?: string; tpmPublicKeyHash?: string; udid?: string; [key: string]: unknown; };

/** Okta schema `DeviceProvider` (see https://developer.okta.com/docs/api/). */
export type DeviceProvider = { payload?: OktaVerifyPayload; payloadVersion?: string; provider?: string; };

/** Okta schema `DeviceSignalCollectionPlatformConditionEvaluatorPlatform` (see https://developer.okta.com/docs/api/). */
export type DeviceSignalCollectionPlatformConditionEvaluatorPlatform = { os?: DeviceSignalCollectionPlatformConditionEvaluatorPlatformOperatingSystem; type?: DeviceSignalCollectionPolicyPlatformType; };

/** Okta schema `DeviceSignalCollectionPlatformConditionEvaluatorPlatformOperatingSystem` (see https://developer.okta.com/docs/api/). */
export type DeviceSignalCollectionPlatformConditionEvaluatorPlatformOperatingSystem = { expression?: string; type?: DeviceSignalCollectionPolicyPlatformOperatingSystemType; version?: PlatformConditionEvaluatorPlatformOperatingSystemVersion; };

/** Okta schema `DeviceSignalCollectionPlatformPolicyRuleCondition` (see https://developer.okta.com/docs/api/). */
export type DeviceSignalCollectionPlatformPolicyRuleCondition = { exclude?: DeviceSignalCollectionPlatformConditionEvaluatorPlatform[]; include?: DeviceSignalCollectionPlatformConditionEvaluatorPlatform[]; };

/** Okta schema `DeviceSignalCollectionPolicy` (see https://developer.okta.com/docs/api/). */
export type DeviceSignalCollectionPolicy = (PolicyBase & { conditions?: string | null; _embedded?: { resourceType?: string; [key: string]: unknown; }; });

/** Okta schema `DeviceSignalCollectionPolicyPlatformOperatingSystemType` (see https://developer.okta.com/docs/api/). */
export type DeviceSignalCollectionPolicyPlatformOperatingSystemType = ("ANDROID" | "CHROMEOS" | "IOS" | "MACOS" | "WINDOWS" | UnknownEnumValue);

/** Okta schema `DeviceSignalCollectionPolicyPlatformType` (see https://developer.okta.com/docs/api/). */
export type DeviceSignalCollectionPolicyPlatformType = ("DESKTOP" | "MOBILE" | UnknownEnumValue);

/** Okta schema `DeviceSignalCollectionPolicyRule` (see https://developer.okta.com/docs/api/). */
export type DeviceSignalCollectionPolicyRule = (PolicyRuleBase & { actions?: DeviceSignalCollectionPolicyRuleActions; conditions?: DeviceSignalCollectionPolicyRuleConditions; });

/** Okta schema `DeviceSignalCollectionPolicyRuleActions` (see https://developer.okta.com/docs/api/). */
export type DeviceSignalCollectionPolicyRuleActions = { deviceSignalCollection?: DeviceSignalCollectionPolicyRuleDeviceSignalCollection; };

/** Okta schema `DeviceSignalCollectionPolicyRuleConditions` (see https://developer.okta.com/docs/api/). */
export type DeviceSignalCollectionPolicyRuleConditions = { network?: PolicyNetworkCondition; platform?: DeviceSignalCollectionPlatformPolicyRuleCondition; };

/** Okta schema `DeviceSignalCollectionPolicyRuleDeviceSignalCollection` (see https://developer.okta.com/docs/api/). */
export type DeviceSignalCollectionPolicyRuleDeviceSignalCollection = { deviceContextProviders?: DeviceContextProvider[]; };

/** Okta schema `DeviceStatus` (see https://developer.okta.com/docs/api/). */
export type DeviceStatus = ("ACTIVE" | "DEACTIVATED" | "SUSPENDED" | "UNSUSPENDED" | UnknownEnumValue);

/** Okta schema `DeviceUser` (see https://developer.okta.com/docs/api/). */
export type DeviceUser = { created?: string; managementStatus?: ("MANAGED" | "NOT_MANAGED" | UnknownEnumValue); screenLockType?: ("NONE" | "PASSCODE" | "BIOMETRIC" | UnknownEnumValue); user?: User; };

/** Okta schema `DeviceWithProviders` (see https://developer.okta.com/docs/api/). */
export type DeviceWithProviders = (Device & { readonly providers?: DeviceProvider[]; });

/** Okta schema `DigestAlgorithm` (see https://developer.okta.com/docs/api/). */
export type DigestAlgorithm = ("SHA256_HMAC" | "SHA512_HMAC" | UnknownEnumValue);

/** Okta schema `DiskEncryptionType` (see https://developer.okta.com/docs/api/). */
export type DiskEncryptionType = ("ALL_INTERNAL_VOLUMES" | "FULL" | "USER" | UnknownEnumValue);

/** Okta schema `DiskEncryptionTypeAndroid` (see https://developer.okta.com/docs/api/). */
export type DiskEncryptionTypeAndroid = ("FULL" | "USER" | UnknownEnumValue);

/** Okta schema `DiskEncryptionTypeDef` (see https://developer.okta.com/docs/api/). */
export type DiskEncryptionTypeDef = ("ALL_INTERNAL_VOLUMES" | "FULL" | "NONE" | "SYSTEM_VOLUME" | "USER" | UnknownEnumValue);

/** Okta schema `DiskEncryptionTypeDesktop` (see https://developer.okta.com/docs/api/). */
export type DiskEncryptionTypeDesktop = ("ALL_INTERNAL_VOLUMES" | UnknownEnumValue);

/** Okta schema `Domain` (see https://developer.okta.com/docs/api/). */
export type Domain = { brandId?: string; certificateSourceType?: DomainCertificateSourceType; dnsRecords?: DNSRecord[]; domain?: string; id?: string; publicCertificate?: DomainCertificateMetadata; validationStatus?: DomainValidationStatus; };

/** Okta schema `DomainCertificate` (see https://developer.okta.com/docs/api/). */
export type DomainCertificate = { certificate: string; certificateChain: string; privateKey: string; type: DomainCertificateType; };

/** Okta schema `DomainCertificateMetadata` (see https://developer.okta.com/docs/api/). */
export type DomainCertificateMetadata = { expiration?: string; fingerprint?: string; subject?: string; };

/** Okta schema `DomainCertificateSourceType` (see https://developer.okta.com/docs/api/). */
export type DomainCertificateSourceType = ("MANUAL" | "OKTA_MANAGED" | UnknownEnumValue);

/** Okta schema `DomainCertificateType` (see https://developer.okta.com/docs/api/). */
export type DomainCertificateType = ("PEM" | UnknownEnumValue);

/** Okta schema `DomainLinks` (see https://developer.okta.com/docs/api/). */
export type DomainLinks = (LinksSelf & { brand?: (HrefObject & unknown); certificate?: (HrefObject & unknown); verify?: (HrefObject & unknown); });

/** Okta schema `DomainListResponse` (see https://developer.okta.com/docs/api/). */
export type DomainListResponse = { domains?: DomainResponse[]; };

/** Okta schema `DomainRequest` (see https://developer.okta.com/docs/api/). */
export type DomainRequest = { certificateSourceType: DomainCertificateSourceType; domain: string; };

/** Okta schema `DomainResponse` (see https://developer.okta.com/docs/api/). */
export type DomainResponse = { brandId?: string; certificateSourceType?: DomainCertificateSourceType; dnsRecords?: DNSRecordDomains[]; domain?: string; id?: string; publicCertificate?: DomainCertificateMetadata; validationStatus?: DomainValidationStatus; _links?: DomainLinks; };

/** Okta schema `DomainValidationStatus` (see https://developer.okta.com/docs/api/). */
export type DomainValidationStatus = ("COMPLETED" | "IN_PROGRESS" | "NOT_STARTED" | "VERIFIED" | UnknownEnumValue);

/** Okta schema `Duration` (see https://developer.okta.com/docs/api/). */
export type Duration = { number?: number; unit?: string; };

/** Okta schema `DynamicNetworkZone` (see https://developer.okta.com/docs/api/). */
export type DynamicNetworkZone = (NetworkZoneBase & unknown & { asns?: (NetworkZoneAsns & unknown); proxyType?: ("null" | "Any" | "Tor" | "NotTorAnonymizer" | UnknownEnumValue); locations?: (NetworkZoneLocationArray & unknown); });

/** Okta schema `ECKeyJWK` (see https://developer.okta.com/docs/api/). */
export type ECKeyJWK = { crv: ("P-384" | UnknownEnumValue); kid: string; kty: ("EC" | UnknownEnumValue); use: ("enc" | "sig" | UnknownEnumValue); x: string; y: string; };

/** Okta schema `ETag` (see https://developer.okta.com/docs/api/). */
export type ETag = string;

/** Okta schema `EmailContent` (see https://developer.okta.com/docs/api/). */
export type EmailContent = { body: string; subject: string; };

/** Okta schema `EmailCustomization` (see https://developer.okta.com/docs/api/). */
export type EmailCustomization = (EmailContent & { readonly created?: string; readonly id?: string; isDefault?: boolean; language: Language; readonly lastUpdated?: string; _links?: (LinksSelf & { self?: HrefObject; template?: HrefObject; preview?: HrefObject; test?: HrefObject; }); });

/** Okta schema `EmailDefaultContent` (see https://developer.okta.com/docs/api/). */
export type EmailDefaultContent = (EmailContent & { _links?: (LinksSelf & { template?: HrefObject; preview?: HrefObject; test?: HrefObject; }); });

/** Okta schema `EmailDomain` (see https://developer.okta.com/docs/api/). */
export type EmailDomain = (BaseEmailDomain & { brandId: string; domain: string; validationSubdomain?: string; });

/** Okta schema `EmailDomainDNSRecord` (see https://developer.okta.com/docs/api/). */
export type EmailDomainDNSRecord = { fqdn?: string; recordType?: EmailDomainDNSRecordType; verificationValue?: string; };

/** Okta schema `EmailDomainDNSRecordType` (see https://developer.okta.com/docs/api/). */
export type EmailDomainDNSRecordType = ("CNAME" | "TXT" | UnknownEnumValue);

/** Okta schema `EmailDomainListResponse` (see https://developer.okta.com/docs/api/). */
export type EmailDomainListResponse = { "email-domains"?: EmailDomainResponse[]; };

/** Okta schema `EmailDomainResponse` (see https://developer.okta.com/docs/api/). */
export type EmailDomainResponse = (BaseEmailDomain & { dnsValidationRecords?: EmailDomainDNSRecord[]; domain?: string; id?: string; validationStatus?: EmailDomainStatus; validationSubdomain?: string; });

/** Okta schema `EmailDomainResponseWithEmbedded` (see https://developer.okta.com/docs/api/). */
export type EmailDomainResponseWithEmbedded = (EmailDomainResponse & { readonly _embedded?: { brands?: Brand[]; }; });

/** Okta schema `EmailDomainStatus` (see https://developer.okta.com/docs/api/). */
export type EmailDomainStatus = ("DELETED" | "ERROR" | "NOT_STARTED" | "POLLING" | "VERIFIED" | UnknownEnumValue);

/** Okta schema `EmailPreview` (see https://developer.okta.com/docs/api/). */
export type EmailPreview = { readonly body?: string; readonly subject?: string; _links?: (LinksSelf & { contentSource?: HrefObject; template?: HrefObject; test?: HrefObject; defaultContent?: HrefObject; }); };

/** Okta schema `EmailServerListResponse` (see https://developer.okta.com/docs/api/). */
export type EmailServerListResponse = { "email-servers"?: BaseEmailServer[]; };

/** Okta schema `EmailServerPost` (see https://developer.okta.com/docs/api/). */
export type EmailServerPost = (EmailServerRequest & unknown);

/** Okta schema `EmailServerRequest` (see https://developer.okta.com/docs/api/). */
export type EmailServerRequest = (BaseEmailServerBase & { password?: string; });

/** Okta schema `EmailServerResponse` (see https://developer.okta.com/docs/api/). */
export type EmailServerResponse = (BaseEmailServerBase & { id?: string; });

/** Okta schema `EmailSettings` (see https://developer.okta.com/docs/api/). */
export type EmailSettings = { recipients: ("ALL_USERS" | "ADMINS_ONLY" | "NO_USERS" | UnknownEnumValue); };

/** Okta schema `EmailSettingsResponse` (see https://developer.okta.com/docs/api/). */
export type EmailSettingsResponse = { recipients?: ("ALL_USERS" | "ADMINS_ONLY" | "NO_USERS" | UnknownEnumValue); _links?: (LinksSelf & { self?: HrefObject; template?: HrefObject; }); };

/** Okta schema `EmailTemplate` (see https://developer.okta.com/docs/api/). */
export type EmailTemplate = { readonly name?: string; readonly _embedded?: { settings?: EmailSettings; customizationCount?: number; }; readonly _links?: { self?: HrefObject; settings?: HrefObject; defaultContent?: HrefObject; customizations?: HrefObject; test?: HrefObject; }; };

/** Okta schema `EmailTemplateResponse` (see https://developer.okta.com/docs/api/). */
export type EmailTemplateResponse = { readonly name?: string; readonly _embedded?: { settings?: EmailSettingsResponse; customizationCount?: number; }; _links?: (LinksSelf & { settings?: HrefObject; defaultContent?: HrefObject; customizations?: HrefObject; test?: HrefObject; }); };

/** Okta schema `EmailTemplateTouchPointVariant` (see https://developer.okta.com/docs/api/). */
export type EmailTemplateTouchPointVariant = ("FULL_THEME" | "OKTA_DEFAULT" | UnknownEnumValue);

/** Okta schema `EmailTestAddresses` (see https://developer.okta.com/docs/api/). */
export type EmailTestAddresses = { fromAddress: string; toAddress: string; };

/** Okta schema `EmailUserFactor` (see https://developer.okta.com/docs/api/). */
export type EmailUserFactor = (UserFactorBase & { profile?: EmailUserFactorProfile; });

/** Okta schema `EmailUserFactorProfile` (see https://developer.okta.com/docs/api/). */
export type EmailUserFactorProfile = { email?: string; [key: string]: unknown; };

/** Okta schema `EmptyRequestSchema` (see https://developer.okta.com/docs/api/). */
export type EmptyRequestSchema = Record<string, unknown>;

/** Okta schema `EnabledStatus` (see https://developer.okta.com/docs/api/). */
export type EnabledStatus = ("DISABLED" | "ENABLED" | UnknownEnumValue);

/** Okta schema `EndUserDashboardTouchPointVariant` (see https://developer.okta.com/docs/api/). */
export type EndUserDashboardTouchPointVariant = ("FULL_THEME" | "LOGO_ON_FULL_WHITE_BACKGROUND" | "OKTA_DEFAULT" | "WHITE_LOGO_BACKGROUND" | UnknownEnumValue);

/** Okta schema `EndpointAuthMethod` (see https://developer.okta.com/docs/api/). */
export type EndpointAuthMethod = ("client_secret_basic" | "client_secret_jwt" | "client_secret_post" | "none" | "private_key_jwt" | UnknownEnumValue);

/** Okta schema `EnhancedDynamicNetworkZone` (see https://developer.okta.com/docs/api/). */
export type EnhancedDynamicNetworkZone = (NetworkZoneBase & unknown & { asns?: { include?: (NetworkZoneAsns & unknown); exclude?: (NetworkZoneAsns & unknown); }; locations?: { include?: (NetworkZoneLocationArray & unknown); exclude?: (NetworkZoneLocationArray & unknown); }; ipServiceCategories?: { include?: IPServiceCategory[]; exclude?: IPServiceCategory[]; }; });

/** Okta schema `EnrollmentActivationRequest` (see https://developer.okta.com/docs/api/). */
export type EnrollmentActivationRequest = { credResponses?: WebAuthnCredResponse[]; fulfillmentProvider?: ("yubico" | UnknownEnumValue); pinResponseJwe?: string; serial?: string; userId?: string; version?: string; yubicoSigningJwks?: ECKeyJWK[]; };

/** Okta schema `EnrollmentActivationResponse` (see https://developer.okta.com/docs/api/). */
export type EnrollmentActivationResponse = { authenticatorEnrollmentIds?: string[]; fulfillmentProvider?: ("yubico" | UnknownEnumValue); userId?: string; };

/** Okta schema `EnrollmentInitializationRequest` (see https://developer.okta.com/docs/api/). */
export type EnrollmentInitializationRequest = { enrollmentRpIds?: string[]; fulfillmentProvider?: ("yubico" | UnknownEnumValue); userId?: string; yubicoTransportKeyJWK?: ECKeyJWK; };

/** Okta schema `EnrollmentInitializationResponse` (see https://developer.okta.com/docs/api/). */
export type EnrollmentInitializationResponse = { credRequests?: WebAuthnCredRequest[]; fulfillmentProvider?: ("yubico" | UnknownEnumValue); pinRequestJwe?: string; userId?: string; };

/** Okta schema `EnrollmentPolicyAuthenticatorGracePeriod` (see https://developer.okta.com/docs/api/). */
export type EnrollmentPolicyAuthenticatorGracePeriodBase = { type?: ("BY_DATE_TIME" | "BY_SKIP_COUNT"); };
/** Okta schema `EnrollmentPolicyAuthenticatorGracePeriod` (see https://developer.okta.com/docs/api/). */
export type EnrollmentPolicyAuthenticatorGracePeriod = (ByDateTimeAuthenticatorGracePeriodExpiry & { type: "BY_DATE_TIME" }) | (BySkipCountAuthenticatorGracePeriod & { type: "BY_SKIP_COUNT" });

/** Okta schema `EntitlementValue` (see https://developer.okta.com/docs/api/). */
export type EntitlementValue = { id?: string; name?: string; value?: string; readonly _links?: { group?: HrefObjectGroupLink; app?: HrefObjectAppLink; "resource-set"?: HrefObjectResourceSetLink; }; };

/** Okta schema `EntitlementValuesResponse` (see https://developer.okta.com/docs/api/). */
export type EntitlementValuesResponse = { entitlementValues?: EntitlementValue[]; _links?: (LinksSelf & { bundle?: BundleLink; entitlements?: EntitlementsLink; next?: HrefObjectNextLink; }); };

/** Okta schema `EntitlementsCapability` (see https://developer.okta.com/docs/api/). */
export type EntitlementsCapability = { actions?: SubmissionAction[]; capability: ("ENTITLEMENTS" | UnknownEnumValue); supportedProtocols: ("ACTIONS" | UnknownEnumValue)[]; };

/** Okta schema `EntitlementsLink` (see https://developer.okta.com/docs/api/). */
export type EntitlementsLink = (HrefObject & unknown);

/** Okta schema `EntityRiskPolicy` (see https://developer.okta.com/docs/api/). */
export type EntityRiskPolicy = (PolicyBase & Record<string, unknown> & { conditions?: string | null; });

/** Okta schema `EntityRiskPolicyRule` (see https://developer.okta.com/docs/api/). */
export type EntityRiskPolicyRule = (PolicyRuleBase & { actions?: { entityRisk?: { actions?: EntityRiskPolicyRuleActionsObject[]; }; }; conditions?: EntityRiskPolicyRuleConditions; });

/** Okta schema `EntityRiskPolicyRuleActionRunWorkflow` (see https://developer.okta.com/docs/api/). */
export type EntityRiskPolicyRuleActionRunWorkflow = { action?: ("RUN_WORKFLOW" | UnknownEnumValue); workflow?: { id?: number; }; };

/** Okta schema `EntityRiskPolicyRuleActionTerminateAllSessions` (see https://developer.okta.com/docs/api/). */
export type EntityRiskPolicyRuleActionTerminateAllSessions = { action?: ("TERMINATE_ALL_SESSIONS" | UnknownEnumValue); };

/** Okta schema `EntityRiskPolicyRuleActionsObject` (see https://developer.okta.com/docs/api/). */
export type EntityRiskPolicyRuleActionsObjectBase = { action?: ("RUN_WORKFLOW" | "TERMINATE_ALL_SESSIONS"); };
/** Okta schema `EntityRiskPolicyRuleActionsObject` (see https://developer.okta.com/docs/api/). */
export type EntityRiskPolicyRuleActionsObject = (EntityRiskPolicyRuleActionRunWorkflow & { action: "RUN_WORKFLOW" }) | (EntityRiskPolicyRuleActionTerminateAllSessions & { action: "TERMINATE_ALL_SESSIONS" });

/** Okta schema `EntityRiskPolicyRuleConditions` (see https://developer.okta.com/docs/api/). */
export type EntityRiskPolicyRuleConditions = (Record<string, unknown> & { entityRisk?: EntityRiskScorePolicyRuleCondition; people?: PolicyPeopleCondition; riskDetectionTypes?: RiskDetectionTypesPolicyRuleCondition; });

/** Okta schema `EntityRiskScorePolicyRuleCondition` (see https://developer.okta.com/docs/api/). */
export type EntityRiskScorePolicyRuleCondition = { level: ("ANY" | "LOW" | "MEDIUM" | "HIGH" | UnknownEnumValue); };

/** Okta schema `Error` (see https://developer.okta.com/docs/api/). */
export type Error = { errorCauses?: ErrorCause[]; errorCode?: string; errorId?: string; errorLink?: string; errorSummary?: string; };

/** Okta schema `Error409` (see https://developer.okta.com/docs/api/). */
export type Error409 = { readonly errorCauses?: string[]; readonly errorCode?: string; readonly errorId?: string; readonly errorLink?: string; readonly errorSummary?: string; };

/** Okta schema `ErrorCause` (see https://developer.okta.com/docs/api/). */
export type ErrorCause = { errorSummary?: string; };

/** Okta schema `ErrorDetails` (see https://developer.okta.com/docs/api/). */
export type ErrorDetails = { code?: string; message?: string; };

/** Okta schema `ErrorPage` (see https://developer.okta.com/docs/api/). */
export type ErrorPage = (CustomizablePage & { contentSecurityPolicySetting?: ContentSecurityPolicySetting; });

/** Okta schema `ErrorPageTouchPointVariant` (see https://developer.okta.com/docs/api/). */
export type ErrorPageTouchPointVariant = ("BACKGROUND_IMAGE" | "BACKGROUND_SECONDARY_COLOR" | "OKTA_DEFAULT" | UnknownEnumValue);

/** Okta schema `EventHook` (see https://developer.okta.com/docs/api/). */
export type EventHook = { channel: EventHookChannel; readonly created?: string; readonly createdBy?: string; description?: string | null; events: EventSubscriptions; readonly id?: string; readonly lastUpdated?: string; name: string; readonly status?: ("ACTIVE" | "INACTIVE" | UnknownEnumValue); verificationStatus?: EventHookVerificationStatus; _links?: (LinksSelf & { deactivate?: HrefObject; verify?: HrefObject; }); };

/** Okta schema `EventHookChannel` (see https://developer.okta.com/docs/api/). */
export type EventHookChannel = { config: EventHookChannelConfig; type: EventHookChannelType; version: string; };

/** Okta schema `EventHookChannelConfig` (see https://developer.okta.com/docs/api/). */
export type EventHookChannelConfig = { authScheme?: EventHookChannelConfigAuthScheme; headers?: EventHookChannelConfigHeader[]; readonly method?: string; uri: string; };

/** Okta schema `EventHookChannelConfigAuthScheme` (see https://developer.okta.com/docs/api/). */
export type EventHookChannelConfigAuthScheme = { key?: string; type?: EventHookChannelConfigAuthSchemeType; value?: string; };

/** Okta schema `EventHookChannelConfigAuthSchemeType` (see https://developer.okta.com/docs/api/). */
export type EventHookChannelConfigAuthSchemeType = ("HEADER" | UnknownEnumValue);

/** Okta schema `EventHookChannelConfigHeader` (see https://developer.okta.com/docs/api/). */
export type EventHookChannelConfigHeader = { key?: string; value?: string; } | null;

/** Okta schema `EventHookChannelType` (see https://developer.okta.com/docs/api/). */
export type EventHookChannelType = ("HTTP" | UnknownEnumValue);

/** Okta schema `EventHookFilterMap` (see https://developer.okta.com/docs/api/). */
export type EventHookFilterMap = EventHookFilterMapObject[];

/** Okta schema `EventHookFilterMapObject` (see https://developer.okta.com/docs/api/). */
export type EventHookFilterMapObject = { condition?: EventHookFilterMapObjectCondition; event?: string; };

/** Okta schema `EventHookFilterMapObjectCondition` (see https://developer.okta.com/docs/api/). */
export type EventHookFilterMapObjectCondition = { expression?: string; readonly version?: string | null; };

/** Okta schema `EventHookFilters` (see https://developer.okta.com/docs/api/). */
export type EventHookFilters = { eventFilterMap?: EventHookFilterMap; readonly type?: string; } | null;

/** Okta schema `EventHookSubscribedEventTypes` (see https://developer.okta.com/docs/api/). */
export type EventHookSubscribedEventTypes = string[];

/** Okta schema `EventHookVerificationStatus` (see https://developer.okta.com/docs/api/). */
export type EventHookVerificationStatus = ("UNVERIFIED" | "VERIFIED" | UnknownEnumValue);

/** Okta schema `EventSubscriptionType` (see https://developer.okta.com/docs/api/). */
export type EventSubscriptionType = ("EVENT_TYPE" | UnknownEnumValue);

/** Okta schema `EventSubscriptions` (see https://developer.okta.com/docs/api/). */
export type EventSubscriptions = { filter?: EventHookFilters; items: EventHookSubscribedEventTypes; type: EventSubscriptionType; };

/** Okta schema `ExpiresAt` (see https://developer.okta.com/docs/api/). */
export type ExpiresAt = string;

/** Okta schema `ExpressConfiguration` (see https://developer.okta.com/docs/api/). */
export type ExpressConfiguration = { applicationClientId: string; capabilities?: ExpressConfigureCapabilityType[]; initiateLoginUriTemplate?: string; loginDomain: string; oinClientId: string; tenantDomain: string; };

/** Okta schema `ExpressConfigureCapabilityType` (see https://developer.okta.com/docs/api/). */
export type ExpressConfigureCapabilityType = ("PROVISIONING" | "SSO" | "UNIVERSAL_LOGOUT" | UnknownEnumValue);

/** Okta schema `Expression` (see https://developer.okta.com/docs/api/). */
export type Expression = { value?: string; };

/** Okta schema `FCMConfiguration` (see https://developer.okta.com/docs/api/). */
export type FCMConfiguration = { fileName?: string; readonly projectId?: string; serviceAccountJson?: Record<string, unknown>; };

/** Okta schema `FCMPushProvider` (see https://developer.okta.com/docs/api/). */
export type FCMPushProvider = (PushProviderBase & { configuration?: FCMConfiguration; });

/** Okta schema `FactorProvider` (see https://developer.okta.com/docs/api/). */
export type FactorProvider = ("CUSTOM" | "DUO" | "FIDO" | "GOOGLE" | "OKTA" | "RSA" | "SYMANTEC" | "YUBICO" | UnknownEnumValue);

/** Okta schema `FactorResultType` (see https://developer.okta.com/docs/api/). */
export type FactorResultType = ("CANCELLED" | "CHALLENGE" | "ERROR" | "FAILED" | "PASSCODE_REPLAYED" | "REJECTED" | "SUCCESS" | "TIMEOUT" | "TIME_WINDOW_EXCEEDED" | "WAITING" | UnknownEnumValue);

/** Okta schema `FactorStatus` (see https://developer.okta.com/docs/api/). */
export type FactorStatus = ("ACTIVE" | "DISABLED" | "ENROLLED" | "EXPIRED" | "INACTIVE" | "NOT_SETUP" | "PENDING_ACTIVATION" | UnknownEnumValue);

/** Okta schema `FactorType` (see https://developer.okta.com/docs/api/). */
export type FactorType = ("call" | "email" | "hotp" | "push" | "question" | "sms" | "token" | "token:hardware" | "token:hotp" | "token:software:totp" | "u2f" | "web" | "webauthn" | UnknownEnumValue);

/** Okta schema `FailbackRequestSchema` (see https://developer.okta.com/docs/api/). */
export type FailbackRequestSchema = { domains?: string[]; };

/** Okta schema `FailoverRequestSchema` (see https://developer.okta.com/docs/api/). */
export type FailoverRequestSchema = { domains?: string[]; };

/** Okta schema `Feature` (see https://developer.okta.com/docs/api/). */
export type Feature = { description?: string; readonly id?: string; name?: string; stage?: FeatureStage; status?: EnabledStatus; type?: FeatureType; _links?: (LinksSelf & { readonly dependents?: { readonly href?: string; }; readonly dependencies?: { readonly href?: string; }; }); };

/** Okta schema `FeatureLifecycle` (see https://developer.okta.com/docs/api/). */
export type FeatureLifecycle = ("DISABLE" | "ENABLE" | UnknownEnumValue);

/** Okta schema `FeatureStage` (see https://developer.okta.com/docs/api/). */
export type FeatureStage = { state?: FeatureStageState; value?: FeatureStageValue; };

/** Okta schema `FeatureStageState` (see https://developer.okta.com/docs/api/). */
export type FeatureStageState = ("CLOSED" | "OPEN" | UnknownEnumValue);

/** Okta schema `FeatureStageValue` (see https://developer.okta.com/docs/api/). */
export type FeatureStageValue = ("BETA" | "EA" | UnknownEnumValue);

/** Okta schema `FeatureType` (see https://developer.okta.com/docs/api/). */
export type FeatureType = ("self-service" | UnknownEnumValue);

/** Okta schema `FederatedClaim` (see https://developer.okta.com/docs/api/). */
export type FederatedClaim = { readonly created?: string; expression?: string; readonly id?: string; readonly lastUpdated?: string; name?: string; };

/** Okta schema `FederatedClaimRequestBody` (see https://developer.okta.com/docs/api/). */
export type FederatedClaimRequestBody = { expression?: string; name?: string; };

/** Okta schema `FipsEnum` (see https://developer.okta.com/docs/api/). */
export type FipsEnum = ("OPTIONAL" | "REQUIRED" | UnknownEnumValue);

/** Okta schema `ForgotPasswordResponse` (see https://developer.okta.com/docs/api/). */
export type ForgotPasswordResponse = { readonly resetPasswordUrl?: string; };

/** Okta schema `FulfillmentData` (see https://developer.okta.com/docs/api/). */
export type FulfillmentData = FulfillmentDataOrderDetails[];

/** Okta schema `FulfillmentDataOrderDetails` (see https://developer.okta.com/docs/api/). */
export type FulfillmentDataOrderDetails = { customizationId?: string; inventoryProductId?: string; productId?: string; };

/** Okta schema `FulfillmentRequest` (see https://developer.okta.com/docs/api/). */
export type FulfillmentRequest = { fulfillmentData?: FulfillmentData; fulfillmentProvider?: ("yubico" | UnknownEnumValue); userId?: string; };

/** Okta schema `GlobalTokenRevocation` (see https://developer.okta.com/docs/api/). */
export type GlobalTokenRevocation = { authMethod: ("SIGNED_JWT" | UnknownEnumValue); endpoint: string; partialLogout?: boolean; subjectFormat: ("EMAIL" | "ISS_SUB" | UnknownEnumValue); };

/** Okta schema `GoogleApplication` (see https://developer.okta.com/docs/api/). */
export type GoogleApplication = (OINApplication & Record<string, unknown> & { name: ("google" | UnknownEnumValue); signOnMode?: ("BROWSER_PLUGIN" | "SAML_2_0" | UnknownEnumValue); settings: GoogleApplicationSettings; });

/** Okta schema `GoogleApplicationSettings` (see https://developer.okta.com/docs/api/). */
export type GoogleApplicationSettings = (ApplicationSettings & Record<string, unknown> & { app: GoogleApplicationSettingsApplication; signOn?: OINSaml20ApplicationSettingsSignOn; });

/** Okta schema `GoogleApplicationSettingsApplication` (see https://developer.okta.com/docs/api/). */
export type GoogleApplicationSettingsApplication = { domain: string; rpId?: string; };

/** Okta schema `GovernanceBundle` (see https://developer.okta.com/docs/api/). */
export type GovernanceBundle = { description?: string; id?: string; name?: string; orn?: string; status?: string; _links?: { entitlements?: EntitlementsLink; self?: HrefObjectSelfLink; }; };

/** Okta schema `GovernanceBundleCreateRequest` (see https://developer.okta.com/docs/api/). */
export type GovernanceBundleCreateRequest = { description?: string; entitlements?: IAMBundleEntitlement[]; name?: string; };

/** Okta schema `GovernanceBundleUpdateRequest` (see https://developer.okta.com/docs/api/). */
export type GovernanceBundleUpdateRequest = { description?: string; entitlements?: IAMBundleEntitlement[]; name?: string; };

/** Okta schema `GovernanceBundlesResponse` (see https://developer.okta.com/docs/api/). */
export type GovernanceBundlesResponse = { bundles?: GovernanceBundle[]; _links?: (LinksSelf & unknown & { next?: HrefObjectNextLink; }); };

/** Okta schema `GovernanceSourceType` (see https://developer.okta.com/docs/api/). */
export type GovernanceSourceType = ("CUSTOM" | "ENTITLEMENT-BUNDLE" | UnknownEnumValue);

/** Okta schema `GracePeriod` (see https://developer.okta.com/docs/api/). */
export type GracePeriod = { expiry?: (DateTime | TimeDuration); type?: ("BY_DATE_TIME" | "BY_DURATION" | UnknownEnumValue); };

/** Okta schema `GracePeriodRequiredSoon` (see https://developer.okta.com/docs/api/). */
export type GracePeriodRequiredSoon = { gracePeriodRequiredSoonCustomLinkLabel?: string; gracePeriodRequiredSoonCustomLinkUrl?: string; gracePeriodRequiredSoonDescription?: string; };

/** Okta schema `GrantOrTokenStatus` (see https://developer.okta.com/docs/api/). */
export type GrantOrTokenStatus = ("ACTIVE" | "REVOKED" | UnknownEnumValue);

/** Okta schema `GrantResourcesHrefObject` (see https://developer.okta.com/docs/api/). */
export type GrantResourcesHrefObject = { href?: string; };

/** Okta schema `GrantType` (see https://developer.okta.com/docs/api/). */
export type GrantType = ("authorization_code" | "client_credentials" | "implicit" | "interaction_code" | "password" | "refresh_token" | "urn:ietf:params:oauth:grant-type:device_code" | "urn:ietf:params:oauth:grant-type:jwt-bearer" | "urn:ietf:params:oauth:grant-type:saml2-bearer" | "urn:ietf:params:oauth:grant-type:token-exchange" | "urn:openid:params:grant-type:ciba" | "urn:okta:params:oauth:grant-type:otp" | "urn:okta:params:oauth:grant-type:oob" | "http://auth0.com/oauth/grant-type/mfa-otp" | "http://auth0.com/oauth/grant-type/mfa-oob" | UnknownEnumValue);

/** Okta schema `GrantTypePolicyRuleCondition` (see https://developer.okta.com/docs/api/). */
export type GrantTypePolicyRuleCondition = { include?: string[]; };

/** Okta schema `Group` (see https://developer.okta.com/docs/api/). */
export type Group = { readonly created?: string; readonly id?: string; readonly lastMembershipUpdated?: string; readonly lastUpdated?: string; readonly objectClass?: string[]; profile?: GroupProfile; type?: GroupType; readonly _embedded?: { stats?: { usersCount?: number; appsCount?: number; groupPushMappingsCount?: number; hasAdminPrivlege?: boolean; }; app?: { id?: string; name?: string; label?: string; signOnMode?: string; }; }; _links?: (LinksSelf & { apps?: HrefObject; logo?: HrefObject[]; source?: HrefObject; users?: HrefObject; }); };

/** Okta schema `GroupAssignmentProfile` (see https://developer.okta.com/docs/api/). */
export type GroupAssignmentProfile = { [key: string]: unknown; };

/** Okta schema `GroupCondition` (see https://developer.okta.com/docs/api/). */
export type GroupCondition = { exclude?: string[]; include?: string[]; };

/** Okta schema `GroupMembershipsRequestSchema` (see https://developer.okta.com/docs/api/). */
export type GroupMembershipsRequestSchema = { memberExternalIds?: string[]; };

/** Okta schema `GroupMembershipsResponseSchema` (see https://developer.okta.com/docs/api/). */
export type GroupMembershipsResponseSchema = { memberExternalIds?: string[]; };

/** Okta schema `GroupOwner` (see https://developer.okta.com/docs/api/). */
export type GroupOwner = { readonly displayName?: string; id?: string; readonly lastUpdated?: string; originId?: string; originType?: GroupOwnerOriginType; resolved?: boolean; type?: GroupOwnerType; };

/** Okta schema `GroupOwnerOriginType` (see https://developer.okta.com/docs/api/). */
export type GroupOwnerOriginType = ("APPLICATION" | "OKTA_DIRECTORY" | UnknownEnumValue);

/** Okta schema `GroupOwnerType` (see https://developer.okta.com/docs/api/). */
export type GroupOwnerType = ("GROUP" | "USER" | UnknownEnumValue);

/** Okta schema `GroupPolicyRuleCondition` (see https://developer.okta.com/docs/api/). */
export type GroupPolicyRuleCondition = { exclude?: string[]; include?: string[]; };

/** Okta schema `GroupProfile` (see https://developer.okta.com/docs/api/). */
export type GroupProfile = (OktaUserGroupProfile | OktaActiveDirectoryGroupProfile);

/** Okta schema `GroupProfileResult` (see https://developer.okta.com/docs/api/). */
export type GroupProfileResult = { id?: string; profile?: { [key: string]: unknown; }; };

/** Okta schema `GroupPushMapping` (see https://developer.okta.com/docs/api/). */
export type GroupPushMapping = { readonly appConfig?: AppConfig; readonly created?: string; readonly errorSummary?: string; readonly id?: string; readonly lastPush?: string; readonly lastUpdated?: string; readonly sourceGroupId?: string; readonly status?: GroupPushMappingStatus; readonly targetGroupId?: string; _links?: GroupPushMappingLinks; };

/** Okta schema `GroupPushMappingLinks` (see https://developer.okta.com/docs/api/). */
export type GroupPushMappingLinks = { app?: HrefObjectAppLink; sourceGroup?: HrefObjectGroupLink; targetGroup?: HrefObjectGroupLink; };

/** Okta schema `GroupPushMappingStatus` (see https://developer.okta.com/docs/api/). */
export type GroupPushMappingStatus = ("ACTIVE" | "ERROR" | "INACTIVE" | UnknownEnumValue);

/** Okta schema `GroupPushMappingStatusUpsert` (see https://developer.okta.com/docs/api/). */
export type GroupPushMappingStatusUpsert = ("ACTIVE" | "INACTIVE" | UnknownEnumValue);

/** Okta schema `GroupQueryRequest` (see https://developer.okta.com/docs/api/). */
export type GroupQueryRequest = { attributes: string[]; };

/** Okta schema `GroupQueryResponse` (see https://developer.okta.com/docs/api/). */
export type GroupQueryResponse = { resultId?: string; };

/** Okta schema `GroupRule` (see https://developer.okta.com/docs/api/). */
export type GroupRule = { actions?: GroupRuleAction; conditions?: GroupRuleConditions; readonly created?: string; readonly id?: string; readonly lastUpdated?: string; name?: string; status?: GroupRuleStatus; type?: string; readonly _embedded?: { readonly groupIdToGroupNameMap?: { [key: string]: string; }; }; };

/** Okta schema `GroupRuleAction` (see https://developer.okta.com/docs/api/). */
export type GroupRuleAction = { assignUserToGroups?: GroupRuleGroupAssignment; };

/** Okta schema `GroupRuleConditions` (see https://developer.okta.com/docs/api/). */
export type GroupRuleConditions = { expression?: GroupRuleExpression; people?: GroupRulePeopleCondition; };

/** Okta schema `GroupRuleExpression` (see https://developer.okta.com/docs/api/). */
export type GroupRuleExpression = { type?: string; value?: string; };

/** Okta schema `GroupRuleGroupAssignment` (see https://developer.okta.com/docs/api/). */
export type GroupRuleGroupAssignment = { groupIds?: string[]; };

/** Okta schema `GroupRuleGroupCondition` (see https://developer.okta.com/docs/api/). */
export type GroupRuleGroupCondition = { exclude?: string[]; };

/** Okta schema `GroupRulePeopleCondition` (see https://developer.okta.com/docs/api/). */
export type GroupRulePeopleCondition = { groups?: GroupRuleGroupCondition; users?: GroupRuleUserCondition; };

/** Okta schema `GroupRuleStatus` (see https://developer.okta.com/docs/api/). */
export type GroupRuleStatus = ("ACTIVE" | "INACTIVE" | "INVALID" | UnknownEnumValue);

/** Okta schema `GroupRuleUserCondition` (see https://developer.okta.com/docs/api/). */
export type GroupRuleUserCondition = { exclude?: string[]; };

/** Okta schema `GroupSchema` (see https://developer.okta.com/docs/api/). */
export type GroupSchema = { readonly $schema?: string; readonly created?: string; definitions?: GroupSchemaDefinitions; description?: string; readonly id?: string; readonly lastUpdated?: string; readonly name?: string; properties?: UserSchemaProperties; title?: string; readonly type?: string; _links?: LinksSelf; };

/** Okta schema `GroupSchemaAttribute` (see https://developer.okta.com/docs/api/). */
export type GroupSchemaAttribute = { description?: string; enum?: (string | number)[] | null; externalName?: string; externalNamespace?: string; format?: (UserSchemaAttributeFormat); items?: UserSchemaAttributeItems; master?: (UserSchemaAttributeMaster); maxLength?: number | null; minLength?: number | null; mutability?: (UserSchemaAttributeMutabilityString); oneOf?: UserSchemaAttributeEnum[] | null; permissions?: UserSchemaAttributePermission[] | null; required?: boolean | null; scope?: (UserSchemaAttributeScope); title?: string; type?: (UserSchemaAttributeType); unique?: boolean | null; };

/** Okta schema `GroupSchemaBase` (see https://developer.okta.com/docs/api/). */
export type GroupSchemaBase = { readonly id?: string; properties?: (GroupSchemaBaseProperties); readonly required?: string[]; readonly type?: string; };

/** Okta schema `GroupSchemaBaseProperties` (see https://developer.okta.com/docs/api/). */
export type GroupSchemaBaseProperties = { description?: (GroupSchemaAttribute); name?: (GroupSchemaAttribute); };

/** Okta schema `GroupSchemaCustom` (see https://developer.okta.com/docs/api/). */
export type GroupSchemaCustom = { readonly id?: string; properties?: { [key: string]: GroupSchemaAttribute; }; readonly required?: string[]; readonly type?: string; };

/** Okta schema `GroupSchemaDefinitions` (see https://developer.okta.com/docs/api/). */
export type GroupSchemaDefinitions = { base?: GroupSchemaBase; custom?: GroupSchemaCustom; };

/** Okta schema `GroupType` (see https://developer.okta.com/docs/api/). */
export type GroupType = ("APP_GROUP" | "BUILT_IN" | "OKTA_GROUP" | UnknownEnumValue);

/** Okta schema `GroupsLink` (see https://developer.okta.com/docs/api/). */
export type GroupsLink = (HrefObject & unknown);

/** Okta schema `GroupsRequestSchema` (see https://developer.okta.com/docs/api/). */
export type GroupsRequestSchema = { externalId?: string; profile?: IdentitySourceGroupProfileForUpsert; };

/** Okta schema `GroupsResponseSchema` (see https://developer.okta.com/docs/api/). */
export type GroupsResponseSchema = { externalId?: string; readonly id?: string; profile?: { profile?: IdentitySourceGroupProfileForUpsert; }; };

/** Okta schema `HardwareUserFactor` (see https://developer.okta.com/docs/api/). */
export type HardwareUserFactor = (UserFactorBase & { profile?: HardwareUserFactorProfile; });

/** Okta schema `HardwareUserFactorProfile` (see https://developer.okta.com/docs/api/). */
export type HardwareUserFactorProfile = { credentialId?: string; [key: string]: unknown; };

/** Okta schema `HelpLink` (see https://developer.okta.com/docs/api/). */
export type HelpLink = (HrefObject & unknown);

/** Okta schema `HookKey` (see https://developer.okta.com/docs/api/). */
export type HookKey = { readonly created?: string | null; readonly id?: string; readonly isUsed?: string; readonly keyId?: string; readonly lastUpdated?: string | null; name?: string; };

/** Okta schema `HostedPage` (see https://developer.okta.com/docs/api/). */
export type HostedPage = { type: HostedPageType; url?: string; };

/** Okta schema `HostedPageType` (see https://developer.okta.com/docs/api/). */
export type HostedPageType = ("EXTERNALLY_HOSTED" | "OKTA_DEFAULT" | UnknownEnumValue);

/** Okta schema `HrefCsrPublishLink` (see https://developer.okta.com/docs/api/). */
export type HrefCsrPublishLink = { hints?: CsrPublishHrefHints; href: string; };

/** Okta schema `HrefCsrSelfLink` (see https://developer.okta.com/docs/api/). */
export type HrefCsrSelfLink = { hints?: CsrSelfHrefHints; href: string; };

/** Okta schema `HrefHints` (see https://developer.okta.com/docs/api/). */
export type HrefHints = { allow?: HttpMethodSchema[]; };

/** Okta schema `HrefHintsGuidanceObject` (see https://developer.okta.com/docs/api/). */
export type HrefHintsGuidanceObject = (HrefHints & unknown & { guidance?: string[]; });

/** Okta schema `HrefObject` (see https://developer.okta.com/docs/api/). */
export type HrefObject = { readonly hints?: HrefHints; href: string; readonly name?: string; readonly templated?: boolean; readonly type?: string; [key: string]: unknown; };

/** Okta schema `HrefObjectActivateLink` (see https://developer.okta.com/docs/api/). */
export type HrefObjectActivateLink = (HrefObject & unknown);

/** Okta schema `HrefObjectAppLink` (see https://developer.okta.com/docs/api/). */
export type HrefObjectAppLink = (HrefObject & unknown);

/** Okta schema `HrefObjectAssigneeLink` (see https://developer.okta.com/docs/api/). */
export type HrefObjectAssigneeLink = (HrefObject & unknown);

/** Okta schema `HrefObjectAuthorizeLink` (see https://developer.okta.com/docs/api/). */
export type HrefObjectAuthorizeLink = { hints?: HrefHintsGuidanceObject; href: string; };

/** Okta schema `HrefObjectBindingLink` (see https://developer.okta.com/docs/api/). */
export type HrefObjectBindingLink = (HrefObject & unknown);

/** Okta schema `HrefObjectBindingsLink` (see https://developer.okta.com/docs/api/). */
export type HrefObjectBindingsLink = (HrefObject & unknown);

/** Okta schema `HrefObjectClientLink` (see https://developer.okta.com/docs/api/). */
export type HrefObjectClientLink = (HrefObject & unknown);

/** Okta schema `HrefObjectDeactivateLink` (see https://developer.okta.com/docs/api/). */
export type HrefObjectDeactivateLink = (HrefObject & unknown);

/** Okta schema `HrefObjectDeleteLink` (see https://developer.okta.com/docs/api/). */
export type HrefObjectDeleteLink = (HrefObject & unknown);

/** Okta schema `HrefObjectGovernanceResourcesLink` (see https://developer.okta.com/docs/api/). */
export type HrefObjectGovernanceResourcesLink = (HrefObject & unknown);

/** Okta schema `HrefObjectGrantAerialConsent` (see https://developer.okta.com/docs/api/). */
export type HrefObjectGrantAerialConsent = (HrefObject & unknown);

/** Okta schema `HrefObjectGroupLink` (see https://developer.okta.com/docs/api/). */
export type HrefObjectGroupLink = (HrefObject & unknown);

/** Okta schema `HrefObjectLogoLink` (see https://developer.okta.com/docs/api/). */
export type HrefObjectLogoLink = (HrefObject & unknown);

/** Okta schema `HrefObjectMappingsLink` (see https://developer.okta.com/docs/api/). */
export type HrefObjectMappingsLink = (HrefObject & unknown);

/** Okta schema `HrefObjectMemberLink` (see https://developer.okta.com/docs/api/). */
export type HrefObjectMemberLink = (HrefObject & unknown);

/** Okta schema `HrefObjectMembersLink` (see https://developer.okta.com/docs/api/). */
export type HrefObjectMembersLink = (HrefObject & unknown);

/** Okta schema `HrefObjectNextLink` (see https://developer.okta.com/docs/api/). */
export type HrefObjectNextLink = (HrefObject & unknown);

/** Okta schema `HrefObjectPermissionsLink` (see https://developer.okta.com/docs/api/). */
export type HrefObjectPermissionsLink = (HrefObject & unknown);

/** Okta schema `HrefObjectResourceSetLink` (see https://developer.okta.com/docs/api/). */
export type HrefObjectResourceSetLink = (HrefObject & unknown);

/** Okta schema `HrefObjectResourceSetResourcesLink` (see https://developer.okta.com/docs/api/). */
export type HrefObjectResourceSetResourcesLink = (HrefObject & unknown);

/** Okta schema `HrefObjectRetrieveAerialConsent` (see https://developer.okta.com/docs/api/). */
export type HrefObjectRetrieveAerialConsent = (HrefObject & unknown);

/** Okta schema `HrefObjectRevokeAerialConsent` (see https://developer.okta.com/docs/api/). */
export type HrefObjectRevokeAerialConsent = (HrefObject & unknown);

/** Okta schema `HrefObjectRoleLink` (see https://developer.okta.com/docs/api/). */
export type HrefObjectRoleLink = (HrefObject & unknown);

/** Okta schema `HrefObjectRulesLink` (see https://developer.okta.com/docs/api/). */
export type HrefObjectRulesLink = (HrefObject & unknown);

/** Okta schema `HrefObjectSelfLink` (see https://developer.okta.com/docs/api/). */
export type HrefObjectSelfLink = (HrefObject & unknown);

/** Okta schema `HrefObjectSuspendLink` (see https://developer.okta.com/docs/api/). */
export type HrefObjectSuspendLink = (HrefObject & unknown);

/** Okta schema `HrefObjectUnsuspendLink` (see https://developer.okta.com/docs/api/). */
export type HrefObjectUnsuspendLink = (HrefObject & unknown);

/** Okta schema `HrefObjectUserLink` (see https://developer.okta.com/docs/api/). */
export type HrefObjectUserLink = (HrefObject & unknown);

/** Okta schema `HrefObjectWebLink` (see https://developer.okta.com/docs/api/). */
export type HrefObjectWebLink = (HrefObject & unknown);

/** Okta schema `HttpMethod` (see https://developer.okta.com/docs/api/). */
export type HttpMethodSchema = ("DELETE" | "GET" | "POST" | "PUT" | UnknownEnumValue);

/** Okta schema `IAMBundleEntitlement` (see https://developer.okta.com/docs/api/). */
export type IAMBundleEntitlement = { resourceSets?: string[]; role?: string; targets?: string[]; };

/** Okta schema `IDVAuthorizationEndpoint` (see https://developer.okta.com/docs/api/). */
export type IDVAuthorizationEndpoint = { binding?: ("HTTP-REDIRECT" | UnknownEnumValue); url?: string; };

/** Okta schema `IDVCredentials` (see https://developer.okta.com/docs/api/). */
export type IDVCredentials = { bearer?: { apiKey: string; }; client?: { client_id: string; client_secret: string; }; };

/** Okta schema `IDVEndpoints` (see https://developer.okta.com/docs/api/). */
export type IDVEndpoints = { authorization: IDVAuthorizationEndpoint; jwks: OidcJwksEndpoint; par: IDVParEndpoint; token: IDVTokenEndpoint; };

/** Okta schema `IDVParEndpoint` (see https://developer.okta.com/docs/api/). */
export type IDVParEndpoint = { binding?: ("HTTP-POST" | UnknownEnumValue); url?: string; };

/** Okta schema `IDVTokenEndpoint` (see https://developer.okta.com/docs/api/). */
export type IDVTokenEndpoint = { binding?: ("HTTP-POST" | UnknownEnumValue); url?: string; };

/** Okta schema `IPNetworkZone` (see https://developer.okta.com/docs/api/). */
export type IPNetworkZone = (NetworkZoneBase & unknown & { useAsExemptList?: boolean; gateways?: NetworkZoneAddress[]; proxies?: NetworkZoneAddress[] | null; });

/** Okta schema `IPServiceCategory` (see https://developer.okta.com/docs/api/). */
export type IPServiceCategory = ("ABCPROXY_PROXY" | "ALL_ANONYMIZERS" | "ALL_ANONYMIZERS_EXCEPT_TOR" | "ALL_IP_SERVICES" | "ALL_PROXIES_VPNS" | "ANONYMIZER_TOR" | "APPLE_ICLOUD_RELAY_PROXY" | "ASTRILL_VPN" | "AVAST_VPN" | "BIGMAMA_PROXY" | "CYBERGHOST_VPN" | "DATAIMPULSE_PROXY" | "EXPRESS_VPN" | "FACELESS_PROXY" | "FROXY_PROXY" | "GEONODE_PROXY" | "GLOBALPROTECT_VPN" | "GOOGLE_VPN" | "IPCOLA_PROXY" | "IPIDEA_PROXY" | "IPROXYSHOP_PROXY" | "LUMINATI_PROXY" | "MULLVAD_VPN" | "NETNUT_PROXY" | "NEXUS_PROXY" | "NORD_VPN" | "OCULUS_PROXY" | "OXYLABS_PROXY" | "PIA_VPN" | "PROXYRACK_PROXY" | "SAMSUNG_VPN" | "SPACEPROXIES_PROXY" | "SURFSHARK_VPN" | "SYMANTEC_VPN" | "TRENDMICRO_VPN" | "ULTRASURF_VPN" | "WARP_VPN" | "YILU_PROXY" | UnknownEnumValue);

/** Okta schema `IamRole` (see https://developer.okta.com/docs/api/). */
export type IamRole = { readonly created?: string; description: string; readonly id?: string; label: string; readonly lastUpdated?: string; _links?: (LinksSelf & { permissions?: HrefObject; }); };

/** Okta schema `IamRoles` (see https://developer.okta.com/docs/api/). */
export type IamRoles = { roles?: IamRole[]; _links?: LinksNext; };

/** Okta schema `IdPCertificateCredential` (see https://developer.okta.com/docs/api/). */
export type IdPCertificateCredential = { x5c: X5c; };

/** Okta schema `IdPCsr` (see https://developer.okta.com/docs/api/). */
export type IdPCsr = { created?: Created; readonly csr?: string; readonly id?: string; kty?: string; _links?: (LinksSelf & { publish?: (HrefObject); }); };

/** Okta schema `IdPCsrPkcs10` (see https://developer.okta.com/docs/api/). */
export type IdPCsrPkcs10 = string;

/** Okta schema `IdPKeyCredential` (see https://developer.okta.com/docs/api/). */
export type IdPKeyCredential = { created?: Created; e?: string; expiresAt?: ExpiresAt; kid?: string; kty?: string; lastUpdated?: LastUpdated; n?: string; use?: string; x5c?: X5c; "x5t#S256"?: string; [key: string]: unknown; };

/** Okta schema `IdProofingMethod` (see https://developer.okta.com/docs/api/). */
export type IdProofingMethod = (VerificationMethodBase & { id?: string; });

/** Okta schema `IdTokenKeyEncryptionAlgorithm` (see https://developer.okta.com/docs/api/). */
export type IdTokenKeyEncryptionAlgorithm = ("RSA-OAEP-256" | "RSA-OAEP-384" | "RSA-OAEP-512" | UnknownEnumValue);

/** Okta schema `IdentityAssertionAppInstanceConnection` (see https://developer.okta.com/docs/api/). */
export type IdentityAssertionAppInstanceConnection = { app: ManagedConnectionAppInstance; authorizationServer?: AppInstanceAuthorizationServer; connectionType: ("IDENTITY_ASSERTION_APP_INSTANCE" | UnknownEnumValue); id: ManagedConnectionId; orn: ManagedConnectionOrn; resourceIndicator: ManagedConnectionResourceIndicator; scopeCondition?: ScopeCondition; scopes?: ConnectionScopes; status: ManagedConnectionStatus; _links: ManagedConnectionLinks; };

/** Okta schema `IdentityAssertionAppInstanceConnectionCreatable` (see https://developer.okta.com/docs/api/). */
export type IdentityAssertionAppInstanceConnectionCreatable = { app: { orn: AppInstanceOrn; }; connectionType: ("IDENTITY_ASSERTION_APP_INSTANCE" | UnknownEnumValue); issuerUrl: string; resourceIndicator?: string; scopeCondition: ScopeCondition; scopes: ConnectionScopes; };

/** Okta schema `IdentityAssertionCustomASConnection` (see https://developer.okta.com/docs/api/). */
export type IdentityAssertionCustomASConnection = { authorizationServer: ManagedConnectionCustomAuthorizationServer; connectionType: ("IDENTITY_ASSERTION_CUSTOM_AS" | UnknownEnumValue); id: ManagedConnectionId; orn: ManagedConnectionOrn; resourceIndicator: ManagedConnectionResourceIndicator; scopeCondition?: ScopeCondition; scopes?: ConnectionScopes; status: ManagedConnectionStatus; _links: ManagedConnectionLinks; };

/** Okta schema `IdentityAssertionCustomASConnectionCreatable` (see https://developer.okta.com/docs/api/). */
export type IdentityAssertionCustomASConnectionCreatable = { authorizationServer: { orn: AuthorizationServerOrn; }; connectionType: ("IDENTITY_ASSERTION_CUSTOM_AS" | UnknownEnumValue); resourceIndicator?: string; scopeCondition: ScopeCondition; scopes: ConnectionScopes; };

/** Okta schema `IdentityClaimSourcingPolicy` (see https://developer.okta.com/docs/api/). */
export type IdentityClaimSourcingPolicy = (PolicyBase & { conditions?: string | null; });

/** Okta schema `IdentityClaimSourcingPolicyRule` (see https://developer.okta.com/docs/api/). */
export type IdentityClaimSourcingPolicyRule = (PolicyRuleBase & { actions?: IdentityClaimSourcingPolicyRuleAction; conditions?: string | null; });

/** Okta schema `IdentityClaimSourcingPolicyRuleAction` (see https://developer.okta.com/docs/api/). */
export type IdentityClaimSourcingPolicyRuleAction = { claimSourcing?: { redirectType: ("IDP_DISCOVERY" | UnknownEnumValue); refresh?: { redirectType: ("NONE" | "FIXED" | UnknownEnumValue); filter?: { include?: { id?: string; name?: string; }[]; }; }; }; };

/** Okta schema `IdentityProvider` (see https://developer.okta.com/docs/api/). */
export type IdentityProvider = { created?: Created; readonly id?: string; issuerMode?: IdentityProviderIssuerMode; lastUpdated?: LastUpdated; name?: string; policy?: IdentityProviderPolicy; properties?: IdentityProviderProperties; protocol?: ((ProtocolSaml & { type: "SAML2" }) | (ProtocolOAuth & { type: "OAUTH2" }) | (ProtocolOidc & { type: "OIDC" }) | (ProtocolMtls & { type: "MTLS" }) | (ProtocolIdVerification & { type: "ID_PROOFING" })); status?: LifecycleStatus; type?: IdentityProviderType; _links?: (LinksSelf & { acs?: (HrefObject); authorize?: (HrefObject); clientRedirectUri?: (HrefObject); metadata?: (HrefObject); users?: (HrefObject); deactivate?: (HrefObject); activate?: (HrefObject); keys?: (HrefObject); }); };

/** Okta schema `IdentityProviderApplicationUser` (see https://developer.okta.com/docs/api/). */
export type IdentityProviderApplicationUser = { created?: Created; readonly externalId?: string; readonly id?: string; lastUpdated?: LastUpdated; profile?: { [key: string]: Record<string, unknown>; }; readonly _embedded?: { [key: string]: Record<string, unknown>; }; _links?: (LinksSelf & LinksNext & { idp?: (HrefObject); user?: (HrefObject); }); };

/** Okta schema `IdentityProviderCredentials` (see https://developer.okta.com/docs/api/). */
export type IdentityProviderCredentials = { client?: IdentityProviderCredentialsClient; signing?: IdentityProviderCredentialsSigning; trust?: IdentityProviderCredentialsTrust; };

/** Okta schema `IdentityProviderCredentialsClient` (see https://developer.okta.com/docs/api/). */
export type IdentityProviderCredentialsClient = { client_id?: string; client_secret?: string; };

/** Okta schema `IdentityProviderCredentialsSigning` (see https://developer.okta.com/docs/api/). */
export type IdentityProviderCredentialsSigning = { kid?: string; };

/** Okta schema `IdentityProviderCredentialsTrust` (see https://developer.okta.com/docs/api/). */
export type IdentityProviderCredentialsTrust = { audience?: string; issuer?: string; kid?: string; revocation?: IdentityProviderCredentialsTrustRevocation; revocationCacheLifetime?: number; };

/** Okta schema `IdentityProviderCredentialsTrustRevocation` (see https://developer.okta.com/docs/api/). */
export type IdentityProviderCredentialsTrustRevocation = ("CRL" | "DELTA_CRL" | "OCSP" | UnknownEnumValue);

/** Okta schema `IdentityProviderIssuerMode` (see https://developer.okta.com/docs/api/). */
export type IdentityProviderIssuerMode = ("CUSTOM_URL" | "DYNAMIC" | "ORG_URL" | UnknownEnumValue);

/** Okta schema `IdentityProviderPolicy` (see https://developer.okta.com/docs/api/). */
export type IdentityProviderPolicy = ({ accountLink?: PolicyAccountLink; maxClockSkew?: number; trustClaims?: boolean; provisioning?: Provisioning; subject?: PolicySubject; });

/** Okta schema `IdentityProviderPolicyProvider` (see https://developer.okta.com/docs/api/). */
export type IdentityProviderPolicyProvider = ("ANY" | "OKTA" | "SPECIFIC_IDP" | UnknownEnumValue);

/** Okta schema `IdentityProviderPolicyRuleCondition` (see https://developer.okta.com/docs/api/). */
export type IdentityProviderPolicyRuleCondition = { idpIds?: string[]; provider?: IdentityProviderPolicyProvider; };

/** Okta schema `IdentityProviderProperties` (see https://developer.okta.com/docs/api/). */
export type IdentityProviderProperties = { aalValue?: string | null; additionalAmr?: ("sc" | "hwk" | "pin" | "mfa" | UnknownEnumValue)[] | null; allowDynamicUserMatching?: boolean; allowUserUpdates?: boolean; ialValue?: string | null; idvMetadata?: { vendorDisplayName?: string; termsOfUse?: string; privacyPolicy?: string; }; inquiryTemplateId: string; } | null;

/** Okta schema `IdentityProviderType` (see https://developer.okta.com/docs/api/). */
export type IdentityProviderType = ("AMAZON" | "APPLE" | "DISCORD" | "FACEBOOK" | "GITHUB" | "GITLAB" | "GOOGLE" | "IDV_CLEAR" | "IDV_INCODE" | "IDV_PERSONA" | "IDV_STANDARD" | "LINKEDIN" | "LOGINGOV" | "LOGINGOV_SANDBOX" | "MICROSOFT" | "OIDC" | "OKTA_INTEGRATION" | "PAYPAL" | "PAYPAL_SANDBOX" | "SALESFORCE" | "SAML2" | "SPOTIFY" | "X509" | "XERO" | "YAHOO" | "YAHOOJP" | UnknownEnumValue);

/** Okta schema `IdentitySourceGroupMembershipsDeleteProfile` (see https://developer.okta.com/docs/api/). */
export type IdentitySourceGroupMembershipsDeleteProfile = { groupExternalId?: string; memberExternalIds?: string[]; }[];

/** Okta schema `IdentitySourceGroupMembershipsUpsertProfile` (see https://developer.okta.com/docs/api/). */
export type IdentitySourceGroupMembershipsUpsertProfile = { groupExternalId?: string; memberExternalIds?: string[]; }[];

/** Okta schema `IdentitySourceGroupProfileForUpsert` (see https://developer.okta.com/docs/api/). */
export type IdentitySourceGroupProfileForUpsert = { description?: string | null; displayName?: string; };

/** Okta schema `IdentitySourceSession` (see https://developer.okta.com/docs/api/). */
export type IdentitySourceSession = { readonly created?: string; readonly id?: string; readonly identitySourceId?: string; readonly importType?: string; readonly lastUpdated?: string; status?: IdentitySourceSessionStatus; };

/** Okta schema `IdentitySourceSessionStatus` (see https://developer.okta.com/docs/api/). */
export type IdentitySourceSessionStatus = ("CLOSED" | "COMPLETED" | "CREATED" | "ERROR" | "EXPIRED" | "IN_PROGRESS" | "TRIGGERED" | UnknownEnumValue);

/** Okta schema `IdentitySourceUserProfileForDelete` (see https://developer.okta.com/docs/api/). */
export type IdentitySourceUserProfileForDelete = { externalId?: string; };

/** Okta schema `IdentitySourceUserProfileForUpsert` (see https://developer.okta.com/docs/api/). */
export type IdentitySourceUserProfileForUpsert = { email?: string; firstName?: string | null; homeAddress?: string | null; lastName?: string | null; mobilePhone?: string | null; secondEmail?: string; userName?: string; };

/** Okta schema `IdentitySourceUserProfileForUpsertRequired` (see https://developer.okta.com/docs/api/). */
export type IdentitySourceUserProfileForUpsertRequired = (IdentitySourceUserProfileForUpsert & Record<string, unknown>);

/** Okta schema `IdpDiscoveryPlatformConditionEvaluatorPlatform` (see https://developer.okta.com/docs/api/). */
export type IdpDiscoveryPlatformConditionEvaluatorPlatform = { os?: IdpDiscoveryPlatformConditionEvaluatorPlatformOperatingSystem; type?: PolicyPlatformType; };

/** Okta schema `IdpDiscoveryPlatformConditionEvaluatorPlatformOperatingSystem` (see https://developer.okta.com/docs/api/). */
export type IdpDiscoveryPlatformConditionEvaluatorPlatformOperatingSystem = { expression?: string; type?: IdpDiscoveryPolicyPlatformOperatingSystemType; version?: PlatformConditionEvaluatorPlatformOperatingSystemVersion; };

/** Okta schema `IdpDiscoveryPlatformPolicyRuleCondition` (see https://developer.okta.com/docs/api/). */
export type IdpDiscoveryPlatformPolicyRuleCondition = { exclude?: IdpDiscoveryPlatformConditionEvaluatorPlatform[]; include?: IdpDiscoveryPlatformConditionEvaluatorPlatform[]; };

/** Okta schema `IdpDiscoveryPolicy` (see https://developer.okta.com/docs/api/). */
export type IdpDiscoveryPolicy = (PolicyBase & { conditions?: string | null; });

/** Okta schema `IdpDiscoveryPolicyPlatformOperatingSystemType` (see https://developer.okta.com/docs/api/). */
export type IdpDiscoveryPolicyPlatformOperatingSystemType = ("ANDROID" | "ANY" | "CHROMEOS" | "IOS" | "OSX" | "OTHER" | "WINDOWS" | "LINUX" | UnknownEnumValue);

/** Okta schema `IdpDiscoveryPolicyRule` (see https://developer.okta.com/docs/api/). */
export type IdpDiscoveryPolicyRule = (PolicyRuleBase & { actions?: IdpPolicyRuleAction; conditions?: IdpDiscoveryPolicyRuleCondition; });

/** Okta schema `IdpDiscoveryPolicyRuleCondition` (see https://developer.okta.com/docs/api/). */
export type IdpDiscoveryPolicyRuleCondition = (unknown & { app?: AppAndInstancePolicyRuleCondition; network?: PolicyNetworkCondition; platform?: IdpDiscoveryPlatformPolicyRuleCondition; userIdentifier?: UserIdentifierPolicyRuleCondition; });

/** Okta schema `IdpPolicyRuleAction` (see https://developer.okta.com/docs/api/). */
export type IdpPolicyRuleAction = { idp?: { providers?: IdpPolicyRuleActionProvider[]; idpSelectionType?: IdpSelectionType; matchCriteria?: IdpPolicyRuleActionMatchCriteria[]; shouldFallBackToOkta?: boolean; }; };

/** Okta schema `IdpPolicyRuleActionMatchCriteria` (see https://developer.okta.com/docs/api/). */
export type IdpPolicyRuleActionMatchCriteria = { propertyName?: string; providerExpression?: string; };

/** Okta schema `IdpPolicyRuleActionProvider` (see https://developer.okta.com/docs/api/). */
export type IdpPolicyRuleActionProvider = { id?: string; name?: string; type?: IdentityProviderType; };

/** Okta schema `IdpSelectionType` (see https://developer.okta.com/docs/api/). */
export type IdpSelectionType = ("DYNAMIC" | "SPECIFIC" | UnknownEnumValue);

/** Okta schema `Idv` (see https://developer.okta.com/docs/api/). */
export type Idv = { authorizeUrl?: string; configUrl?: string; issuerUrl?: string; jwksUrl?: string; parUrl?: string; privacyPolicyUrl?: string; termsOfUseUrl?: string; tokenUrl?: string; };

/** Okta schema `IdvCapability` (see https://developer.okta.com/docs/api/). */
export type IdvCapability = { capability: ("IDV" | UnknownEnumValue); supportedProtocols: ("ID_PROOFING" | UnknownEnumValue)[]; };

/** Okta schema `IframeEmbedScopeAllowedApps` (see https://developer.okta.com/docs/api/). */
export type IframeEmbedScopeAllowedApps = ("OKTA_ENDUSER" | UnknownEnumValue);

/** Okta schema `ImageUploadResponse` (see https://developer.okta.com/docs/api/). */
export type ImageUploadResponse = { readonly url?: string; };

/** Okta schema `ImportScheduleObject` (see https://developer.okta.com/docs/api/). */
export type ImportScheduleObject = { fullImport?: (ImportScheduleSettings & unknown); incrementalImport?: (ImportScheduleSettings & unknown); status?: EnabledStatus; };

/** Okta schema `ImportScheduleSettings` (see https://developer.okta.com/docs/api/). */
export type ImportScheduleSettings = { expression: string; timezone?: string; };

/** Okta schema `ImportUsernameObject` (see https://developer.okta.com/docs/api/). */
export type ImportUsernameObject = { userNameExpression?: string; usernameFormat: ("EMAIL" | "CUSTOM" | UnknownEnumValue); };

/** Okta schema `InactivityPolicyRuleCondition` (see https://developer.okta.com/docs/api/). */
export type InactivityPolicyRuleCondition = { number?: number; unit?: string; };

/** Okta schema `InboundProvisioningApplicationFeature` (see https://developer.okta.com/docs/api/). */
export type InboundProvisioningApplicationFeature = (ApplicationFeatureBase & Record<string, unknown> & { capabilities?: CapabilitiesInboundProvisioningObject; });

/** Okta schema `InlineHook` (see https://developer.okta.com/docs/api/). */
export type InlineHook = { channel?: InlineHookChannel; readonly created?: string; readonly id?: string; readonly lastUpdated?: string; name?: string; status?: InlineHookStatus; type?: InlineHookType; readonly version?: string; _links?: InlineHookLinks; };

/** Okta schema `InlineHookBasePayload` (see https://developer.okta.com/docs/api/). */
export type InlineHookBasePayload = { cloudEventVersion?: string; contentType?: string; eventId?: string; eventTime?: string; eventTypeVersion?: string; };

/** Okta schema `InlineHookChannel` (see https://developer.okta.com/docs/api/). */
export type InlineHookChannelBase = { type?: ("HTTP" | "OAUTH"); version?: string; };
/** Okta schema `InlineHookChannel` (see https://developer.okta.com/docs/api/). */
export type InlineHookChannel = (InlineHookChannelHttp & { type: "HTTP" }) | (InlineHookChannelOAuth & { type: "OAUTH" });

/** Okta schema `InlineHookChannelConfig` (see https://developer.okta.com/docs/api/). */
export type InlineHookChannelConfig = { headers?: InlineHookChannelConfigHeaders[]; method?: string; uri?: string; };

/** Okta schema `InlineHookChannelConfigAuthScheme` (see https://developer.okta.com/docs/api/). */
export type InlineHookChannelConfigAuthScheme = { key?: string; type?: string; value?: string; };

/** Okta schema `InlineHookChannelConfigAuthSchemeBody` (see https://developer.okta.com/docs/api/). */
export type InlineHookChannelConfigAuthSchemeBody = { key?: string; type?: string; value?: string; } | null;

/** Okta schema `InlineHookChannelConfigAuthSchemeResponse` (see https://developer.okta.com/docs/api/). */
export type InlineHookChannelConfigAuthSchemeResponse = { key?: string; type?: string; } | null;

/** Okta schema `InlineHookChannelConfigCreate` (see https://developer.okta.com/docs/api/). */
export type InlineHookChannelConfigCreate = { headers?: InlineHookChannelConfigHeaders[]; method?: string; uri?: string; };

/** Okta schema `InlineHookChannelConfigHeaders` (see https://developer.okta.com/docs/api/). */
export type InlineHookChannelConfigHeaders = { key?: string; value?: string; };

/** Okta schema `InlineHookChannelCreate` (see https://developer.okta.com/docs/api/). */
export type InlineHookChannelCreateBase = { type?: ("HTTP" | "OAUTH"); version?: string; };
/** Okta schema `InlineHookChannelCreate` (see https://developer.okta.com/docs/api/). */
export type InlineHookChannelCreate = (InlineHookChannelHttpCreate & { type: "HTTP" }) | (InlineHookChannelOAuthCreate & { type: "OAUTH" });

/** Okta schema `InlineHookChannelHttp` (see https://developer.okta.com/docs/api/). */
export type InlineHookChannelHttp = (InlineHookChannelBase & { config?: InlineHookHttpConfig; });

/** Okta schema `InlineHookChannelHttpCreate` (see https://developer.okta.com/docs/api/). */
export type InlineHookChannelHttpCreate = (InlineHookChannelCreateBase & { config?: InlineHookHttpConfigCreate; });

/** Okta schema `InlineHookChannelOAuth` (see https://developer.okta.com/docs/api/). */
export type InlineHookChannelOAuth = (InlineHookChannelBase & { config?: InlineHookOAuthChannelConfig; });

/** Okta schema `InlineHookChannelOAuthCreate` (see https://developer.okta.com/docs/api/). */
export type InlineHookChannelOAuthCreate = (InlineHookChannelCreateBase & { config?: InlineHookOAuthChannelConfigCreate; });

/** Okta schema `InlineHookChannelType` (see https://developer.okta.com/docs/api/). */
export type InlineHookChannelType = ("HTTP" | "OAUTH" | UnknownEnumValue);

/** Okta schema `InlineHookCreate` (see https://developer.okta.com/docs/api/). */
export type InlineHookCreate = { channel?: InlineHookChannelCreate; name?: string; type?: InlineHookType; version?: string; };

/** Okta schema `InlineHookCreateResponse` (see https://developer.okta.com/docs/api/). */
export type InlineHookCreateResponse = { channel?: InlineHookChannel; readonly created?: string; readonly id?: string; readonly lastUpdated?: string; name?: string; status?: InlineHookStatus; type?: InlineHookType; readonly version?: string; _links?: InlineHookLinksCreate; };

/** Okta schema `InlineHookHttpConfig` (see https://developer.okta.com/docs/api/). */
export type InlineHookHttpConfig = (InlineHookChannelConfig & { authScheme?: InlineHookChannelConfigAuthSchemeResponse; });

/** Okta schema `InlineHookHttpConfigCreate` (see https://developer.okta.com/docs/api/). */
export type InlineHookHttpConfigCreate = (InlineHookChannelConfigCreate & { authScheme?: InlineHookChannelConfigAuthSchemeBody; });

/** Okta schema `InlineHookLinks` (see https://developer.okta.com/docs/api/). */
export type InlineHookLinks = (LinksSelf & { activate?: (HrefObject); deactivate?: (HrefObject); delete?: (HrefObject); execute?: (HrefObject); });

/** Okta schema `InlineHookLinksCreate` (see https://developer.okta.com/docs/api/). */
export type InlineHookLinksCreate = (LinksSelf & { deactivate?: (HrefObject); execute?: (HrefObject); });

/** Okta schema `InlineHookOAuthBasicConfig` (see https://developer.okta.com/docs/api/). */
export type InlineHookOAuthBasicConfig = (InlineHookChannelConfig & { authType?: string; clientId?: string; scope?: string; tokenUrl?: string; });

/** Okta schema `InlineHookOAuthChannelConfig` (see https://developer.okta.com/docs/api/). */
export type InlineHookOAuthChannelConfigBase = { authType?: ("client_secret_post" | "private_key_jwt"); };
/** Okta schema `InlineHookOAuthChannelConfig` (see https://developer.okta.com/docs/api/). */
export type InlineHookOAuthChannelConfig = (InlineHookOAuthClientSecretConfig & { authType: "client_secret_post" }) | (InlineHookOAuthPrivateKeyJwtConfig & { authType: "private_key_jwt" });

/** Okta schema `InlineHookOAuthChannelConfigCreate` (see https://developer.okta.com/docs/api/). */
export type InlineHookOAuthChannelConfigCreateBase = { authType?: ("client_secret_post" | "private_key_jwt"); };
/** Okta schema `InlineHookOAuthChannelConfigCreate` (see https://developer.okta.com/docs/api/). */
export type InlineHookOAuthChannelConfigCreate = (InlineHookOAuthClientSecretConfigCreate & { authType: "client_secret_post" }) | (InlineHookOAuthPrivateKeyJwtConfig & { authType: "private_key_jwt" });

/** Okta schema `InlineHookOAuthClientSecretConfig` (see https://developer.okta.com/docs/api/). */
export type InlineHookOAuthClientSecretConfig = (InlineHookOAuthBasicConfig & { authScheme?: string | null; });

/** Okta schema `InlineHookOAuthClientSecretConfigCreate` (see https://developer.okta.com/docs/api/). */
export type InlineHookOAuthClientSecretConfigCreate = (InlineHookOAuthBasicConfig & { clientSecret?: string; method?: string; });

/** Okta schema `InlineHookOAuthPrivateKeyJwtConfig` (see https://developer.okta.com/docs/api/). */
export type InlineHookOAuthPrivateKeyJwtConfig = (InlineHookOAuthBasicConfig & { authScheme?: string | null; hookKeyId?: string; method?: string; });

/** Okta schema `InlineHookPayload` (see https://developer.okta.com/docs/api/). */
export type InlineHookPayload = Record<string, unknown>;

/** Okta schema `InlineHookReplace` (see https://developer.okta.com/docs/api/). */
export type InlineHookReplace = { channel?: InlineHookChannelCreate; name?: string; version?: string; };

/** Okta schema `InlineHookRequestObject` (see https://developer.okta.com/docs/api/). */
export type InlineHookRequestObject = { id?: string; ipAddress?: string; method?: string; url?: { value?: string; }; };

/** Okta schema `InlineHookResponse` (see https://developer.okta.com/docs/api/). */
export type InlineHookResponse = { commands?: InlineHookResponseCommands[]; };

/** Okta schema `InlineHookResponseCommandValue` (see https://developer.okta.com/docs/api/). */
export type InlineHookResponseCommandValue = { op?: string; path?: string; value?: string; };

/** Okta schema `InlineHookResponseCommands` (see https://developer.okta.com/docs/api/). */
export type InlineHookResponseCommands = { type?: string; value?: InlineHookResponseCommandValue[]; };

/** Okta schema `InlineHookStatus` (see https://developer.okta.com/docs/api/). */
export type InlineHookStatus = ("ACTIVE" | "INACTIVE" | UnknownEnumValue);

/** Okta schema `InlineHookType` (see https://developer.okta.com/docs/api/). */
export type InlineHookType = ("com.okta.import.transform" | "com.okta.oauth2.tokens.transform" | "com.okta.saml.tokens.transform" | "com.okta.telephony.provider" | "com.okta.user.credential.password.import" | "com.okta.user.pre-registration" | UnknownEnumValue);

/** Okta schema `IntegrationCapability` (see https://developer.okta.com/docs/api/). */
export type IntegrationCapability = { description?: string; helpUrl?: string; id?: string; name?: string; readonly releaseDate?: string; status?: ("upcoming" | "released" | "deprecated" | "unknown" | UnknownEnumValue); };

/** Okta schema `InterclientTrustMapping` (see https://developer.okta.com/docs/api/). */
export type InterclientTrustMapping = { readonly appInstanceId?: string; readonly created?: string; readonly id?: string; readonly lastUpdated?: string; readonly lastUpdatedBy?: string; readonly orgId?: string; readonly trustedAppInstanceId?: string; };

/** Okta schema `InterclientTrustMappingRequestBody` (see https://developer.okta.com/docs/api/). */
export type InterclientTrustMappingRequestBody = { id?: string; };

/** Okta schema `IssuerMode` (see https://developer.okta.com/docs/api/). */
export type IssuerMode = ("CUSTOM_URL" | "DYNAMIC" | "ORG_URL" | UnknownEnumValue);

/** Okta schema `JsonPatchOperation` (see https://developer.okta.com/docs/api/). */
export type JsonPatchOperation = { op?: PatchAction; path?: string; value?: Record<string, unknown>; };

/** Okta schema `JsonWebKey` (see https://developer.okta.com/docs/api/). */
export type JsonWebKey = { created?: createdProperty; readonly e?: string; readonly expiresAt?: string; readonly kid?: string; readonly kty?: string; lastUpdated?: lastUpdatedProperty; n?: string; readonly use?: string; readonly x5c?: string[]; readonly "x5t#S256"?: string; };

/** Okta schema `JsonWebKeyStatus` (see https://developer.okta.com/docs/api/). */
export type JsonWebKeyStatus = ("ACTIVE" | "INACTIVE" | UnknownEnumValue);

/** Okta schema `JsonWebKeyType` (see https://developer.okta.com/docs/api/). */
export type JsonWebKeyType = ("RSA" | UnknownEnumValue);

/** Okta schema `JsonWebKeyUse` (see https://developer.okta.com/docs/api/). */
export type JsonWebKeyUse = ("enc" | UnknownEnumValue);

/** Okta schema `JwkUse` (see https://developer.okta.com/docs/api/). */
export type JwkUse = { use?: JwkUseType; };

/** Okta schema `JwkUseType` (see https://developer.okta.com/docs/api/). */
export type JwkUseType = ("sig" | UnknownEnumValue);

/** Okta schema `KeepCurrent` (see https://developer.okta.com/docs/api/). */
export type KeepCurrent = { keepCurrent?: boolean; };

/** Okta schema `KeepMeSignedIn` (see https://developer.okta.com/docs/api/). */
export type KeepMeSignedIn = { postAuth?: ("ALLOWED" | "NOT_ALLOWED" | UnknownEnumValue); postAuthPromptFrequency?: TimeDuration; };

/** Okta schema `KeyRequest` (see https://developer.okta.com/docs/api/). */
export type KeyRequest = { name?: string; };

/** Okta schema `KeyTrustLevelBrowserKey` (see https://developer.okta.com/docs/api/). */
export type KeyTrustLevelBrowserKey = ("CHROME_BROWSER_HW_KEY" | "CHROME_BROWSER_OS_KEY" | UnknownEnumValue);

/** Okta schema `KeyTrustLevelOSMode` (see https://developer.okta.com/docs/api/). */
export type KeyTrustLevelOSMode = ("CHROME_OS_DEVELOPER_MODE" | "CHROME_OS_VERIFIED_MODE" | UnknownEnumValue);

/** Okta schema `KnowledgeConstraint` (see https://developer.okta.com/docs/api/). */
export type KnowledgeConstraint = (AccessPolicyConstraint);

/** Okta schema `Language` (see https://developer.okta.com/docs/api/). */
export type Language = string;

/** Okta schema `LastUpdated` (see https://developer.okta.com/docs/api/). */
export type LastUpdated = string;

/** Okta schema `LifecycleCreateSettingObject` (see https://developer.okta.com/docs/api/). */
export type LifecycleCreateSettingObject = { status?: (EnabledStatus & unknown); };

/** Okta schema `LifecycleDeactivateSettingObject` (see https://developer.okta.com/docs/api/). */
export type LifecycleDeactivateSettingObject = { status?: (EnabledStatus & unknown); };

/** Okta schema `LifecycleExpirationPolicyRuleCondition` (see https://developer.okta.com/docs/api/). */
export type LifecycleExpirationPolicyRuleCondition = { lifecycleStatus?: string; number?: number; unit?: string; };

/** Okta schema `LifecycleStatus` (see https://developer.okta.com/docs/api/). */
export type LifecycleStatus = ("ACTIVE" | "INACTIVE" | UnknownEnumValue);

/** Okta schema `LinkedHrefObject` (see https://developer.okta.com/docs/api/). */
export type LinkedHrefObject = { href: string; [key: string]: unknown; };

/** Okta schema `LinkedObject` (see https://developer.okta.com/docs/api/). */
export type LinkedObject = { associated?: LinkedObjectDetails; primary?: LinkedObjectDetails; _links?: LinkedObjectLinksSelf; };

/** Okta schema `LinkedObjectDetails` (see https://developer.okta.com/docs/api/). */
export type LinkedObjectDetails = { description?: string; name: string; title: string; type: LinkedObjectDetailsType; };

/** Okta schema `LinkedObjectDetailsType` (see https://developer.okta.com/docs/api/). */
export type LinkedObjectDetailsType = ("USER" | UnknownEnumValue);

/** Okta schema `LinkedObjectLinksSelf` (see https://developer.okta.com/docs/api/). */
export type LinkedObjectLinksSelf = { self?: LinkedHrefObject; };

/** Okta schema `LinksActivate` (see https://developer.okta.com/docs/api/). */
export type LinksActivate = { activate?: (unknown & HrefObject); };

/** Okta schema `LinksAerialConsentGranted` (see https://developer.okta.com/docs/api/). */
export type LinksAerialConsentGranted = (LinksSelf & { revoke?: HrefObjectRevokeAerialConsent; });

/** Okta schema `LinksAerialConsentRevoked` (see https://developer.okta.com/docs/api/). */
export type LinksAerialConsentRevoked = ({ grant?: HrefObjectGrantAerialConsent; });

/** Okta schema `LinksAppAndUser` (see https://developer.okta.com/docs/api/). */
export type LinksAppAndUser = { app?: HrefObjectAppLink; group?: HrefObjectGroupLink; user?: HrefObjectUserLink; };

/** Okta schema `LinksAssignee` (see https://developer.okta.com/docs/api/). */
export type LinksAssignee = { assignee?: HrefObjectAssigneeLink; };

/** Okta schema `LinksAuthenticator` (see https://developer.okta.com/docs/api/). */
export type LinksAuthenticator = { authenticator?: (unknown & HrefObject); };

/** Okta schema `LinksCancel` (see https://developer.okta.com/docs/api/). */
export type LinksCancel = { cancel?: (unknown & HrefObject); };

/** Okta schema `LinksCustomRoleResponse` (see https://developer.okta.com/docs/api/). */
export type LinksCustomRoleResponse = { assignee?: HrefObjectAssigneeLink; member?: HrefObjectMemberLink; permissions?: HrefObjectPermissionsLink; "resource-set"?: HrefObjectResourceSetLink; role?: HrefObjectRoleLink; };

/** Okta schema `LinksDeactivate` (see https://developer.okta.com/docs/api/). */
export type LinksDeactivate = { deactivate?: (unknown & HrefObject); };

/** Okta schema `LinksEnroll` (see https://developer.okta.com/docs/api/). */
export type LinksEnroll = { enroll?: (unknown & HrefObject); };

/** Okta schema `LinksFactor` (see https://developer.okta.com/docs/api/). */
export type LinksFactor = { factor?: (unknown & HrefObject); };

/** Okta schema `LinksGovernanceResources` (see https://developer.okta.com/docs/api/). */
export type LinksGovernanceResources = { resources?: HrefObjectGovernanceResourcesLink; };

/** Okta schema `LinksGovernanceSources` (see https://developer.okta.com/docs/api/). */
export type LinksGovernanceSources = { assignee?: HrefObjectUserLink; self?: HrefObjectSelfLink; };

/** Okta schema `LinksNext` (see https://developer.okta.com/docs/api/). */
export type LinksNext = { next?: HrefObjectNextLink; };

/** Okta schema `LinksNextForRoleAssignments` (see https://developer.okta.com/docs/api/). */
export type LinksNextForRoleAssignments = { next?: (HrefObject & unknown); };

/** Okta schema `LinksPoll` (see https://developer.okta.com/docs/api/). */
export type LinksPoll = { poll?: (unknown & HrefObject); };

/** Okta schema `LinksQrcode` (see https://developer.okta.com/docs/api/). */
export type LinksQrcode = { qrcode?: (unknown & HrefObject); };

/** Okta schema `LinksQuestions` (see https://developer.okta.com/docs/api/). */
export type LinksQuestions = { question?: (unknown & HrefObject); };

/** Okta schema `LinksResend` (see https://developer.okta.com/docs/api/). */
export type LinksResend = { resend?: (unknown & HrefObject); };

/** Okta schema `LinksSelf` (see https://developer.okta.com/docs/api/). */
export type LinksSelf = { self?: HrefObjectSelfLink; };

/** Okta schema `LinksSelfAndFullUsersLifecycle` (see https://developer.okta.com/docs/api/). */
export type LinksSelfAndFullUsersLifecycle = (LinksSelfAndLifecycle & { suspend?: HrefObjectSuspendLink; unsuspend?: HrefObjectUnsuspendLink; users?: (HrefObject); });

/** Okta schema `LinksSelfAndLifecycle` (see https://developer.okta.com/docs/api/). */
export type LinksSelfAndLifecycle = (LinksSelf & { activate?: HrefObjectActivateLink; deactivate?: HrefObjectDeactivateLink; });

/** Okta schema `LinksSelfAndRoles` (see https://developer.okta.com/docs/api/). */
export type LinksSelfAndRoles = (LinksSelf & { roles?: HrefObjectRoleLink; });

/** Okta schema `LinksSelfForRoleAssignment` (see https://developer.okta.com/docs/api/). */
export type LinksSelfForRoleAssignment = { self?: HrefObjectSelfLink; };

/** Okta schema `LinksSelfLifecycleAndAuthorize` (see https://developer.okta.com/docs/api/). */
export type LinksSelfLifecycleAndAuthorize = (LinksSelfAndLifecycle & { authorize?: HrefObjectAuthorizeLink; });

/** Okta schema `LinksSend` (see https://developer.okta.com/docs/api/). */
export type LinksSend = { send?: (unknown & HrefObject); };

/** Okta schema `LinksUserAuthenticators` (see https://developer.okta.com/docs/api/). */
export type LinksUserAuthenticators = { user?: (unknown & HrefObject); };

/** Okta schema `LinksUserFactors` (see https://developer.okta.com/docs/api/). */
export type LinksUserFactors = { user?: (unknown & HrefObject); };

/** Okta schema `LinksUserRef` (see https://developer.okta.com/docs/api/). */
export type LinksUserRef = { user?: HrefObjectUserLink; };

/** Okta schema `LinksVerify` (see https://developer.okta.com/docs/api/). */
export type LinksVerify = { verify?: (unknown & HrefObject); };

/** Okta schema `ListProfileMappings` (see https://developer.okta.com/docs/api/). */
export type ListProfileMappings = { readonly id?: string; source?: ProfileMappingSource; target?: ProfileMappingTarget; _links?: LinksSelf; };

/** Okta schema `LoadingPageTouchPointVariant` (see https://developer.okta.com/docs/api/). */
export type LoadingPageTouchPointVariant = ("NONE" | "OKTA_DEFAULT" | UnknownEnumValue);

/** Okta schema `LocationGranularity` (see https://developer.okta.com/docs/api/). */
export type LocationGranularity = ("CITY" | "COUNTRY" | "LAT_LONG" | "SUBDIVISION" | UnknownEnumValue);

/** Okta schema `LogActor` (see https://developer.okta.com/docs/api/). */
export type LogActor = { readonly alternateId?: string; readonly detailEntry?: { [key: string]: unknown; }; readonly displayName?: string; readonly id?: string; readonly type?: string; };

/** Okta schema `LogAuthenticationContext` (see https://developer.okta.com/docs/api/). */
export type LogAuthenticationContext = { authenticationProvider?: LogAuthenticationProvider; readonly authenticationStep?: number; credentialProvider?: LogCredentialProvider; credentialType?: LogCredentialType; readonly externalSessionId?: string; readonly interface?: string; issuer?: LogIssuer; };

/** Okta schema `LogAuthenticationProvider` (see https://developer.okta.com/docs/api/). */
export type LogAuthenticationProvider = ("ACTIVE_DIRECTORY" | "FACTOR_PROVIDER" | "FEDERATION" | "LDAP" | "OKTA_AUTHENTICATION_PROVIDER" | "SOCIAL" | UnknownEnumValue);

/** Okta schema `LogBotProtection` (see https://developer.okta.com/docs/api/). */
export type LogBotProtection = { readonly level?: ("NONE" | "LOW" | "MEDIUM" | "HIGH" | UnknownEnumValue | null); } | null;

/** Okta schema `LogClient` (see https://developer.okta.com/docs/api/). */
export type LogClient = { readonly device?: string; geographicalContext?: LogGeographicalContext; readonly id?: string; readonly ipAddress?: string; userAgent?: LogUserAgent; readonly zone?: string; };

/** Okta schema `LogCredentialProvider` (see https://developer.okta.com/docs/api/). */
export type LogCredentialProvider = ("DUO" | "GOOGLE" | "OKTA_AUTHENTICATION_PROVIDER" | "OKTA_CREDENTIAL_PROVIDER" | "RSA" | "SYMANTEC" | "YUBIKEY" | UnknownEnumValue);

/** Okta schema `LogCredentialType` (see https://developer.okta.com/docs/api/). */
export type LogCredentialType = ("ASSERTION" | "CERTIFICATE" | "DEVICE_UDID" | "EMAIL" | "IWA" | "JWT" | "OAuth 2.0" | "OKTA_CLIENT_SESSION" | "OTP" | "PASSWORD" | "PRE_SHARED_SYMMETRIC_KEY" | "SMS" | UnknownEnumValue);

/** Okta schema `LogDebugContext` (see https://developer.okta.com/docs/api/). */
export type LogDebugContext = { readonly debugData?: { [key: string]: unknown; }; };

/** Okta schema `LogDevice` (see https://developer.okta.com/docs/api/). */
export type LogDevice = { readonly device_integrator?: Record<string, unknown>; disk_encryption_type?: LogDiskEncryptionType; readonly id?: string; readonly jailbreak?: boolean; readonly managed?: boolean; readonly name?: string; readonly os_platform?: string; readonly os_version?: string; readonly registered?: boolean; screen_lock_type?: LogScreenLockType; readonly secure_hardware_present?: boolean; };

/** Okta schema `LogDiskEncryptionType` (see https://developer.okta.com/docs/api/). */
export type LogDiskEncryptionType = ("ALL_INTERNAL_VALUES" | "FULL" | "NONE" | "SYSTEM_VOLUME" | "USER" | UnknownEnumValue);

/** Okta schema `LogEvent` (see https://developer.okta.com/docs/api/). */
export type LogEvent = { actor?: LogActor; authenticationContext?: LogAuthenticationContext; client?: LogClient; debugContext?: LogDebugContext; readonly displayMessage?: string; readonly eventType?: string; readonly legacyEventType?: string; outcome?: LogOutcome; readonly published?: string; request?: LogRequest; securityContext?: LogSecurityContext; severity?: LogSeverity; readonly target?: LogTarget[]; transaction?: LogTransaction; readonly uuid?: string; readonly version?: string; };

/** Okta schema `LogGeographicalContext` (see https://developer.okta.com/docs/api/). */
export type LogGeographicalContext = { readonly city?: string; readonly country?: string; geolocation?: LogGeolocation; readonly postalCode?: string; readonly state?: string; };

/** Okta schema `LogGeolocation` (see https://developer.okta.com/docs/api/). */
export type LogGeolocation = { readonly lat?: number; readonly lon?: number; };

/** Okta schema `LogIpAddress` (see https://developer.okta.com/docs/api/). */
export type LogIpAddress = { geographicalContext?: LogGeographicalContext; readonly ip?: string; ipDetails?: LogIpDetails; readonly source?: string; readonly version?: string; };

/** Okta schema `LogIpDetails` (see https://developer.okta.com/docs/api/). */
export type LogIpDetails = { readonly asNumber?: number | null; readonly asOrg?: string | null; readonly domain?: string | null; readonly ipServiceCategories?: LogIpServiceCategory[] | null; readonly isp?: string | null; } | null;

/** Okta schema `LogIpServiceCategory` (see https://developer.okta.com/docs/api/). */
export type LogIpServiceCategory = { readonly isAnonymous?: boolean | null; readonly operator?: string | null; readonly type?: ("VPN" | "Proxy" | "Tor" | "Residential Proxy" | "Blockchain VPN" | UnknownEnumValue | null); };

/** Okta schema `LogIssuer` (see https://developer.okta.com/docs/api/). */
export type LogIssuer = { readonly id?: string; readonly type?: string; };

/** Okta schema `LogOutcome` (see https://developer.okta.com/docs/api/). */
export type LogOutcome = { readonly reason?: string; readonly result?: ("SUCCESS" | "FAILURE" | "SKIPPED" | "ALLOW" | "DENY" | "CHALLENGE" | "UNKNOWN" | "RATE_LIMIT" | "DEFERRED" | "SCHEDULED" | "ABANDONED" | "UNANSWERED" | UnknownEnumValue); };

/** Okta schema `LogRequest` (see https://developer.okta.com/docs/api/). */
export type LogRequest = { readonly ipChain?: LogIpAddress[]; };

/** Okta schema `LogRisk` (see https://developer.okta.com/docs/api/). */
export type LogRisk = { readonly detectionName?: string | null; readonly issuer?: string | null; readonly level?: ("LOW" | "MEDIUM" | "HIGH" | UnknownEnumValue | null); readonly previousLevel?: ("LOW" | "MEDIUM" | "HIGH" | UnknownEnumValue | null); readonly reasons?: string[] | null; } | null;

/** Okta schema `LogScreenLockType` (see https://developer.okta.com/docs/api/). */
export type LogScreenLockType = ("BIOMETRIC" | "NONE" | "PASSCODE" | UnknownEnumValue);

/** Okta schema `LogSecurityContext` (see https://developer.okta.com/docs/api/). */
export type LogSecurityContext = { readonly asNumber?: number | null; readonly asOrg?: string | null; botProtection?: LogBotProtection; readonly domain?: string | null; ipDetails?: LogIpDetails; readonly isp?: string | null; readonly isProxy?: boolean | null; risk?: LogRisk; readonly userBehaviors?: LogUserBehavior[] | null; };

/** Okta schema `LogSeverity` (see https://developer.okta.com/docs/api/). */
export type LogSeverity = ("DEBUG" | "ERROR" | "INFO" | "WARN" | UnknownEnumValue);

/** Okta schema `LogStream` (see https://developer.okta.com/docs/api/). */
export type LogStreamBase = { readonly created: string; readonly id: string; readonly lastUpdated: string; name: LogStreamName; readonly status: ("ACTIVE" | "INACTIVE" | UnknownEnumValue); type: ("aws_eventbridge" | "splunk_cloud_logstreaming"); _links: LogStreamLinksSelfAndLifecycle; };
/** Okta schema `LogStream` (see https://developer.okta.com/docs/api/). */
export type LogStream = (LogStreamAws & { type: "aws_eventbridge" }) | (LogStreamSplunk & { type: "splunk_cloud_logstreaming" });

/** Okta schema `LogStreamActivateLink` (see https://developer.okta.com/docs/api/). */
export type LogStreamActivateLink = (LogStreamLinkObject & unknown);

/** Okta schema `LogStreamAws` (see https://developer.okta.com/docs/api/). */
export type LogStreamAws = (LogStreamBase & { settings: LogStreamSettingsAws; });

/** Okta schema `LogStreamAwsPutSchema` (see https://developer.okta.com/docs/api/). */
export type LogStreamAwsPutSchema = (LogStreamPutSchemaBase & { settings: LogStreamSettingsAws; });

/** Okta schema `LogStreamDeactivateLink` (see https://developer.okta.com/docs/api/). */
export type LogStreamDeactivateLink = (LogStreamLinkObject & unknown);

/** Okta schema `LogStreamLinkObject` (see https://developer.okta.com/docs/api/). */
export type LogStreamLinkObject = { href: string; method?: ("GET" | "POST" | UnknownEnumValue); };

/** Okta schema `LogStreamLinksSelfAndLifecycle` (see https://developer.okta.com/docs/api/). */
export type LogStreamLinksSelfAndLifecycle = { activate?: LogStreamActivateLink; deactivate?: LogStreamDeactivateLink; self: LogStreamSelfLink; };

/** Okta schema `LogStreamName` (see https://developer.okta.com/docs/api/). */
export type LogStreamName = string;

/** Okta schema `LogStreamPutSchema` (see https://developer.okta.com/docs/api/). */
export type LogStreamPutSchemaBase = { name: LogStreamName; type: ("aws_eventbridge" | "splunk_cloud_logstreaming"); };
/** Okta schema `LogStreamPutSchema` (see https://developer.okta.com/docs/api/). */
export type LogStreamPutSchema = (LogStreamAwsPutSchema & { type: "aws_eventbridge" }) | (LogStreamSplunkPutSchema & { type: "splunk_cloud_logstreaming" });

/** Okta schema `LogStreamSchema` (see https://developer.okta.com/docs/api/). */
export type LogStreamSchema = { readonly $schema?: string; errorMessage?: Record<string, unknown>; readonly id?: string; oneOf?: UserSchemaAttributeEnum[] | null; pattern?: string; properties?: Record<string, unknown>; required?: string[]; title?: string; readonly type?: string; _links?: LinksSelf; };

/** Okta schema `LogStreamSelfLink` (see https://developer.okta.com/docs/api/). */
export type LogStreamSelfLink = (LogStreamLinkObject & unknown);

/** Okta schema `LogStreamSettings` (see https://developer.okta.com/docs/api/). */
export type LogStreamSettings = Record<string, unknown>;

/** Okta schema `LogStreamSettingsAws` (see https://developer.okta.com/docs/api/). */
export type LogStreamSettingsAws = { accountId: AwsAccountId; eventSourceName: AwsEventSourceName; region: AwsRegion; };

/** Okta schema `LogStreamSettingsSplunk` (see https://developer.okta.com/docs/api/). */
export type LogStreamSettingsSplunk = { edition: SplunkEdition; host: SplunkHost; token: SplunkToken; };

/** Okta schema `LogStreamSettingsSplunkPut` (see https://developer.okta.com/docs/api/). */
export type LogStreamSettingsSplunkPut = { edition: SplunkEdition; host: SplunkHost; };

/** Okta schema `LogStreamSplunk` (see https://developer.okta.com/docs/api/). */
export type LogStreamSplunk = (LogStreamBase & { settings: LogStreamSettingsSplunk; });

/** Okta schema `LogStreamSplunkPutSchema` (see https://developer.okta.com/docs/api/). */
export type LogStreamSplunkPutSchema = (LogStreamPutSchemaBase & { settings: LogStreamSettingsSplunkPut; });

/** Okta schema `LogStreamType` (see https://developer.okta.com/docs/api/). */
export type LogStreamType = ("aws_eventbridge" | "splunk_cloud_logstreaming" | UnknownEnumValue);

/** Okta schema `LogTarget` (see https://developer.okta.com/docs/api/). */
export type LogTarget = { readonly alternateId?: string; changeDetails?: { from?: { [key: string]: unknown; }; to?: { [key: string]: unknown; }; }; readonly detailEntry?: { [key: string]: unknown; }; readonly displayName?: string; readonly id?: string; readonly type?: string; };

/** Okta schema `LogTransaction` (see https://developer.okta.com/docs/api/). */
export type LogTransaction = { readonly detail?: { [key: string]: unknown; }; readonly id?: string; readonly type?: string; };

/** Okta schema `LogUserAgent` (see https://developer.okta.com/docs/api/). */
export type LogUserAgent = { readonly browser?: string; readonly os?: string; readonly rawUserAgent?: string; };

/** Okta schema `LogUserBehavior` (see https://developer.okta.com/docs/api/). */
export type LogUserBehavior = { readonly id?: string | null; readonly name?: string | null; readonly result?: ("UNKNOWN" | "POSITIVE" | "NEGATIVE" | "BAD_REQUEST" | UnknownEnumValue | null); };

/** Okta schema `MDMEnrollmentPolicyEnrollment` (see https://developer.okta.com/docs/api/). */
export type MDMEnrollmentPolicyEnrollment = ("ANY_OR_NONE" | "OMM" | UnknownEnumValue);

/** Okta schema `MDMEnrollmentPolicyRuleCondition` (see https://developer.okta.com/docs/api/). */
export type MDMEnrollmentPolicyRuleCondition = { blockNonSafeAndroid?: boolean; enrollment?: MDMEnrollmentPolicyEnrollment; };

/** Okta schema `MacOSAccountProfile` (see https://developer.okta.com/docs/api/). */
export type MacOSAccountProfile = { accountUuid?: string; fullName?: string; type?: ("MACOS" | UnknownEnumValue); username?: string; [key: string]: unknown; };

/** Okta schema `ManagedConnection` (see https://developer.okta.com/docs/api/). */
export type ManagedConnection = ((IdentityAssertionCustomASConnection & { connectionType: "IDENTITY_ASSERTION_CUSTOM_AS" }) | (STSVaultSecretConnection & { connectionType: "STS_VAULT_SECRET" }) | (STSServiceAccountConnection & { connectionType: "STS_SERVICE_ACCOUNT" }) | (IdentityAssertionAppInstanceConnection & { connectionType: "IDENTITY_ASSERTION_APP_INSTANCE" }));

/** Okta schema `ManagedConnectionAppInstance` (see https://developer.okta.com/docs/api/). */
export type ManagedConnectionAppInstance = { logo?: string; name: string; orn: AppInstanceOrn; _links: AppInstanceLinks; };

/** Okta schema `ManagedConnectionCreatable` (see https://developer.okta.com/docs/api/). */
export type ManagedConnectionCreatable = ((IdentityAssertionCustomASConnectionCreatable & { connectionType: "IDENTITY_ASSERTION_CUSTOM_AS" }) | (STSVaultSecretConnectionCreatable & { connectionType: "STS_VAULT_SECRET" }) | (STSServiceAccountConnectionCreatable & { connectionType: "STS_SERVICE_ACCOUNT" }) | (IdentityAssertionAppInstanceConnectionCreatable & { connectionType: "IDENTITY_ASSERTION_APP_INSTANCE" }));

/** Okta schema `ManagedConnectionCustomAuthorizationServer` (see https://developer.okta.com/docs/api/). */
export type ManagedConnectionCustomAuthorizationServer = { issuerUrl: string; logo?: string; name: string; orn: AuthorizationServerOrn; _links: AuthorizationServerLinks; };

/** Okta schema `ManagedConnectionId` (see https://developer.okta.com/docs/api/). */
export type ManagedConnectionId = string;

/** Okta schema `ManagedConnectionLinks` (see https://developer.okta.com/docs/api/). */
export type ManagedConnectionLinks = { self: HrefObjectSelfLink; };

/** Okta schema `ManagedConnectionList` (see https://developer.okta.com/docs/api/). */
export type ManagedConnectionList = { data: ManagedConnection[]; _links: (LinksSelf & LinksNext); };

/** Okta schema `ManagedConnectionOrn` (see https://developer.okta.com/docs/api/). */
export type ManagedConnectionOrn = string;

/** Okta schema `ManagedConnectionPatchable` (see https://developer.okta.com/docs/api/). */
export type ManagedConnectionPatchable = { resourceIndicator?: ManagedConnectionPatchableResourceIndicator; scopeCondition?: ManagedConnectionPatchableScopeCondition; scopes?: ManagedConnectionPatchableScopes; };

/** Okta schema `ManagedConnectionPatchableResourceIndicator` (see https://developer.okta.com/docs/api/). */
export type ManagedConnectionPatchableResourceIndicator = string | null;

/** Okta schema `ManagedConnectionPatchableScopeCondition` (see https://developer.okta.com/docs/api/). */
export type ManagedConnectionPatchableScopeCondition = ("ALL_SCOPES" | "EXCLUDE" | "INCLUDE_ONLY" | UnknownEnumValue | null);

/** Okta schema `ManagedConnectionPatchableScopes` (see https://developer.okta.com/docs/api/). */
export type ManagedConnectionPatchableScopes = string[] | null;

/** Okta schema `ManagedConnectionResourceIndicator` (see https://developer.okta.com/docs/api/). */
export type ManagedConnectionResourceIndicator = string;

/** Okta schema `ManagedConnectionServiceAccount` (see https://developer.okta.com/docs/api/). */
export type ManagedConnectionServiceAccount = { name: string; orn: ServiceAccountOrn; _links: ServiceAccountLinks; };

/** Okta schema `ManagedConnectionStatus` (see https://developer.okta.com/docs/api/). */
export type ManagedConnectionStatus = ("ACTIVE" | "INACTIVE" | UnknownEnumValue);

/** Okta schema `ManagedConnectionVaultedSecret` (see https://developer.okta.com/docs/api/). */
export type ManagedConnectionVaultedSecret = { description?: string; name: string; orn: VaultedSecretOrn; path?: string; _links: VaultedSecretLinks; };

/** Okta schema `MembershipRequestSchema` (see https://developer.okta.com/docs/api/). */
export type MembershipRequestSchema = { memberExternalId?: string; };

/** Okta schema `MetadataLink` (see https://developer.okta.com/docs/api/). */
export type MetadataLink = (HrefObject & unknown);

/** Okta schema `ModelError` (see https://developer.okta.com/docs/api/). */
export type ModelError = { errorCauses?: ErrorCause[]; errorCode?: string; errorId?: string; errorLink?: string; errorSummary?: string; };

/** Okta schema `MtlsCredentials` (see https://developer.okta.com/docs/api/). */
export type MtlsCredentials = { trust?: MtlsTrustCredentials; };

/** Okta schema `MtlsEndpoints` (see https://developer.okta.com/docs/api/). */
export type MtlsEndpoints = { sso?: MtlsSsoEndpoint; };

/** Okta schema `MtlsSsoEndpoint` (see https://developer.okta.com/docs/api/). */
export type MtlsSsoEndpoint = { url?: string; };

/** Okta schema `MtlsTrustCredentials` (see https://developer.okta.com/docs/api/). */
export type MtlsTrustCredentials = { audience?: string; issuer?: string; kid?: ProtocolCredentialsKeyId; revocation?: MtlsTrustCredentialsRevocation; revocationCacheLifetime?: number; };

/** Okta schema `MtlsTrustCredentialsRevocation` (see https://developer.okta.com/docs/api/). */
export type MtlsTrustCredentialsRevocation = ("CRL" | "DELTA_CRL" | "OCSP" | UnknownEnumValue);

/** Okta schema `MultifactorEnrollmentPolicy` (see https://developer.okta.com/docs/api/). */
export type MultifactorEnrollmentPolicy = (PolicyBase & { conditions?: PolicyRuleConditions; settings?: MultifactorEnrollmentPolicySettings; });

/** Okta schema `MultifactorEnrollmentPolicyAuthenticatorSettings` (see https://developer.okta.com/docs/api/). */
export type MultifactorEnrollmentPolicyAuthenticatorSettings = { enroll?: { self?: MultifactorEnrollmentPolicyAuthenticatorStatus; }; key?: MultifactorEnrollmentPolicyAuthenticatorType; };

/** Okta schema `MultifactorEnrollmentPolicyAuthenticatorStatus` (see https://developer.okta.com/docs/api/). */
export type MultifactorEnrollmentPolicyAuthenticatorStatus = ("NOT_ALLOWED" | "OPTIONAL" | "REQUIRED" | UnknownEnumValue);

/** Okta schema `MultifactorEnrollmentPolicyAuthenticatorType` (see https://developer.okta.com/docs/api/). */
export type MultifactorEnrollmentPolicyAuthenticatorType = ("custom_app" | "custom_otp" | "duo" | "external_idp" | "google_otp" | "okta_email" | "okta_password" | "okta_verify" | "onprem_mfa" | "phone_number" | "rsa_token" | "security_question" | "symantec_vip" | "webauthn" | "yubikey_token" | UnknownEnumValue);

/** Okta schema `MultifactorEnrollmentPolicySettings` (see https://developer.okta.com/docs/api/). */
export type MultifactorEnrollmentPolicySettings = { authenticators?: MultifactorEnrollmentPolicyAuthenticatorSettings[]; type?: MultifactorEnrollmentPolicySettingsType; };

/** Okta schema `MultifactorEnrollmentPolicySettingsType` (see https://developer.okta.com/docs/api/). */
export type MultifactorEnrollmentPolicySettingsType = ("AUTHENTICATORS" | UnknownEnumValue);

/** Okta schema `NetworkZone` (see https://developer.okta.com/docs/api/). */
export type NetworkZoneBase = { readonly created?: string; readonly id?: string; readonly lastUpdated?: string; name: string; status?: NetworkZoneStatus; readonly system?: boolean; type: ("IP" | "DYNAMIC" | "DYNAMIC_V2"); usage?: NetworkZoneUsage; _links?: LinksSelfAndLifecycle; };
/** Okta schema `NetworkZone` (see https://developer.okta.com/docs/api/). */
export type NetworkZone = (IPNetworkZone & { type: "IP" }) | (DynamicNetworkZone & { type: "DYNAMIC" }) | (EnhancedDynamicNetworkZone & { type: "DYNAMIC_V2" });

/** Okta schema `NetworkZoneAddress` (see https://developer.okta.com/docs/api/). */
export type NetworkZoneAddress = { type?: NetworkZoneAddressType; value?: string; };

/** Okta schema `NetworkZoneAddressType` (see https://developer.okta.com/docs/api/). */
export type NetworkZoneAddressType = ("CIDR" | "RANGE" | UnknownEnumValue);

/** Okta schema `NetworkZoneAsns` (see https://developer.okta.com/docs/api/). */
export type NetworkZoneAsns = string[];

/** Okta schema `NetworkZoneLocation` (see https://developer.okta.com/docs/api/). */
export type NetworkZoneLocation = { country?: string; region?: string; };

/** Okta schema `NetworkZoneLocationArray` (see https://developer.okta.com/docs/api/). */
export type NetworkZoneLocationArray = NetworkZoneLocation[] | null;

/** Okta schema `NetworkZoneStatus` (see https://developer.okta.com/docs/api/). */
export type NetworkZoneStatus = ("ACTIVE" | "INACTIVE" | UnknownEnumValue);

/** Okta schema `NetworkZoneType` (see https://developer.okta.com/docs/api/). */
export type NetworkZoneType = ("DYNAMIC" | "IP" | "DYNAMIC_V2" | UnknownEnumValue);

/** Okta schema `NetworkZoneUsage` (see https://developer.okta.com/docs/api/). */
export type NetworkZoneUsage = ("BLOCKLIST" | "POLICY" | UnknownEnumValue);

/** Okta schema `NotificationType` (see https://developer.okta.com/docs/api/). */
export type NotificationType = ("AD_AGENT" | "AGENT_AUTO_UPDATE_NOTIFICATION" | "AGENT_AUTO_UPDATE_NOTIFICATION_LDAP" | "APP_IMPORT" | "CONNECTOR_AGENT" | "IWA_AGENT" | "LDAP_AGENT" | "OKTA_ANNOUNCEMENT" | "OKTA_UPDATE" | "RATELIMIT_NOTIFICATION" | "REPORT_SUSPICIOUS_ACTIVITY" | "USER_DEPROVISION" | "USER_LOCKED_OUT" | UnknownEnumValue);

/** Okta schema `NumberFactorChallengeEmbeddedLinks` (see https://developer.okta.com/docs/api/). */
export type NumberFactorChallengeEmbeddedLinks = { challenge?: { correctAnswer?: number; } | null; };

/** Okta schema `OAUTH2_CLIENT_CREDENTIALS` (see https://developer.okta.com/docs/api/). */
export type OAUTH2_CLIENT_CREDENTIALS = (BaseEmailServerBase & { clientId?: string; clientSecret?: string; scopes?: string[]; tokenEndpoint?: string; tokenEndpointAuthMethod?: ("CLIENT_SECRET_BASIC" | "CLIENT_SECRET_POST" | UnknownEnumValue); });

/** Okta schema `OAUTH2_CLIENT_CREDENTIALS_CREATE` (see https://developer.okta.com/docs/api/). */
export type OAUTH2_CLIENT_CREDENTIALS_CREATE = (BaseEmailServerCreateBase & { clientId: string; clientSecret: string; scopes: string[]; tokenEndpoint: string; tokenEndpointAuthMethod: ("CLIENT_SECRET_BASIC" | "CLIENT_SECRET_POST" | UnknownEnumValue); });

/** Okta schema `OAUTH2_JWT_BEARER_GRANT` (see https://developer.okta.com/docs/api/). */
export type OAUTH2_JWT_BEARER_GRANT = (BaseEmailServerBase & { audience?: string; clientId?: string; issuer?: string; keyId?: string; privateKey?: string; scopes?: string[]; signingAlgorithm?: ("RS256" | UnknownEnumValue); subject?: string; tokenEndpoint?: string; });

/** Okta schema `OAUTH2_JWT_BEARER_GRANT_CREATE` (see https://developer.okta.com/docs/api/). */
export type OAUTH2_JWT_BEARER_GRANT_CREATE = (BaseEmailServerCreateBase & { audience: string; clientId: string; issuer: string; keyId: string; privateKey: string; scopes: string[]; signingAlgorithm: ("RS256" | UnknownEnumValue); subject: string; tokenEndpoint: string; });

/** Okta schema `OAuth2Actor` (see https://developer.okta.com/docs/api/). */
export type OAuth2Actor = { readonly id?: string; type?: string; };

/** Okta schema `OAuth2Claim` (see https://developer.okta.com/docs/api/). */
export type OAuth2Claim = { alwaysIncludeInToken?: boolean; claimType?: OAuth2ClaimType; conditions?: OAuth2ClaimConditions; group_filter_type?: OAuth2ClaimGroupFilterType; readonly id?: string; name?: string; status?: LifecycleStatus; system?: boolean; value?: string; valueType?: OAuth2ClaimValueType; _links?: LinksSelf; };

/** Okta schema `OAuth2ClaimConditions` (see https://developer.okta.com/docs/api/). */
export type OAuth2ClaimConditions = { scopes?: string[]; };

/** Okta schema `OAuth2ClaimGroupFilterType` (see https://developer.okta.com/docs/api/). */
export type OAuth2ClaimGroupFilterType = ("CONTAINS" | "EQUALS" | "REGEX" | "STARTS_WITH" | UnknownEnumValue);

/** Okta schema `OAuth2ClaimType` (see https://developer.okta.com/docs/api/). */
export type OAuth2ClaimType = ("IDENTITY" | "RESOURCE" | UnknownEnumValue);

/** Okta schema `OAuth2ClaimValueType` (see https://developer.okta.com/docs/api/). */
export type OAuth2ClaimValueType = ("EXPRESSION" | "GROUPS" | "SYSTEM" | UnknownEnumValue);

/** Okta schema `OAuth2Client` (see https://developer.okta.com/docs/api/). */
export type OAuth2Client = { readonly client_id?: string; readonly client_name?: string; readonly client_uri?: string; readonly logo_uri?: string; _links?: (LinksSelf & { grants?: (GrantResourcesHrefObject); tokens?: (TokenResourcesHrefObject); }); };

/** Okta schema `OAuth2ClientJsonEncryptionKeyRequest` (see https://developer.okta.com/docs/api/). */
export type OAuth2ClientJsonEncryptionKeyRequest = (OAuth2ClientJsonWebKeyRequestBase & { alg?: string; e?: string; kty?: ("RSA" | UnknownEnumValue); n?: string; use?: ("enc" | UnknownEnumValue); });

/** Okta schema `OAuth2ClientJsonEncryptionKeyResponse` (see https://developer.okta.com/docs/api/). */
export type OAuth2ClientJsonEncryptionKeyResponse = (OAuth2ClientJsonWebKeyRequestBase & OAuth2ClientJsonWebKeyResponseBase & { e?: string; kty?: ("RSA" | UnknownEnumValue); n?: string; use?: ("enc" | UnknownEnumValue); });

/** Okta schema `OAuth2ClientJsonSigningKeyRequest` (see https://developer.okta.com/docs/api/). */
export type OAuth2ClientJsonSigningKeyRequestBase = { alg?: string; use?: ("sig" | UnknownEnumValue); kty?: ("RSA" | "EC"); };
/** Okta schema `OAuth2ClientJsonSigningKeyRequest` (see https://developer.okta.com/docs/api/). */
export type OAuth2ClientJsonSigningKeyRequest = (OAuth2ClientJsonWebKeyRsaRequest & { kty: "RSA" }) | (OAuth2ClientJsonWebKeyECRequest & { kty: "EC" });

/** Okta schema `OAuth2ClientJsonSigningKeyResponse` (see https://developer.okta.com/docs/api/). */
export type OAuth2ClientJsonSigningKeyResponse = ((OAuth2ClientJsonWebKeyRsaResponse & { kty: "RSA" }) | (OAuth2ClientJsonWebKeyECResponse & { kty: "EC" }));

/** Okta schema `OAuth2ClientJsonWebKeyECRequest` (see https://developer.okta.com/docs/api/). */
export type OAuth2ClientJsonWebKeyECRequest = (OAuth2ClientJsonWebKeyRequestBase & { kty?: ("EC" | UnknownEnumValue); x?: string; y?: string; });

/** Okta schema `OAuth2ClientJsonWebKeyECResponse` (see https://developer.okta.com/docs/api/). */
export type OAuth2ClientJsonWebKeyECResponse = (OAuth2ClientJsonWebKeyRequestBase & OAuth2ClientJsonWebKeyResponseBase & { kty?: ("EC" | UnknownEnumValue); x?: string; y?: string; });

/** Okta schema `OAuth2ClientJsonWebKeyRequestBase` (see https://developer.okta.com/docs/api/). */
export type OAuth2ClientJsonWebKeyRequestBase = { kid?: string | null; status?: ("ACTIVE" | "INACTIVE" | UnknownEnumValue); };

/** Okta schema `OAuth2ClientJsonWebKeyRequestBody` (see https://developer.okta.com/docs/api/). */
export type OAuth2ClientJsonWebKeyRequestBody = { alg?: string; e?: string; kid?: string | null; kty?: string; n?: string; status?: ("ACTIVE" | "INACTIVE" | UnknownEnumValue); use?: string; };

/** Okta schema `OAuth2ClientJsonWebKeyResponseBase` (see https://developer.okta.com/docs/api/). */
export type OAuth2ClientJsonWebKeyResponseBase = { readonly created?: string; readonly id?: string; readonly lastUpdated?: string; readonly _links?: OAuthClientSecretLinks; };

/** Okta schema `OAuth2ClientJsonWebKeyRsaRequest` (see https://developer.okta.com/docs/api/). */
export type OAuth2ClientJsonWebKeyRsaRequest = (OAuth2ClientJsonWebKeyRequestBase & { e?: string; kty?: ("RSA" | UnknownEnumValue); n?: string; });

/** Okta schema `OAuth2ClientJsonWebKeyRsaResponse` (see https://developer.okta.com/docs/api/). */
export type OAuth2ClientJsonWebKeyRsaResponse = (OAuth2ClientJsonWebKeyRequestBase & OAuth2ClientJsonWebKeyResponseBase & { e?: string; kty?: ("RSA" | UnknownEnumValue); n?: string; });

/** Okta schema `OAuth2ClientSecret` (see https://developer.okta.com/docs/api/). */
export type OAuth2ClientSecret = { readonly client_secret?: string; readonly created?: string; readonly id?: string; readonly lastUpdated?: string; readonly secret_hash?: string; status?: ("ACTIVE" | "INACTIVE" | UnknownEnumValue); readonly _links?: OAuthClientSecretLinks; };

/** Okta schema `OAuth2ClientSecretRequestBody` (see https://developer.okta.com/docs/api/). */
export type OAuth2ClientSecretRequestBody = { client_secret?: string; status?: ("ACTIVE" | "INACTIVE" | UnknownEnumValue); };

/** Okta schema `OAuth2RefreshToken` (see https://developer.okta.com/docs/api/). */
export type OAuth2RefreshToken = { clientId?: string; created?: createdProperty; readonly expiresAt?: string; readonly id?: string; issuer?: string; lastUpdated?: lastUpdatedProperty; scopes?: string[]; status?: GrantOrTokenStatus; userId?: string; readonly _embedded?: { scopes?: OAuth2RefreshTokenScope[]; }; _links?: (LinksSelf & { app?: (AppResourceHrefObject); revoke?: (RevokeRefreshTokenHrefObject & { hints?: { allow?: unknown; }; }); client?: (AppResourceHrefObject); user?: (UserResourceHrefObject); authorizationServer?: (AuthorizationServerResourceHrefObject); }); };

/** Okta schema `OAuth2RefreshTokenScope` (see https://developer.okta.com/docs/api/). */
export type OAuth2RefreshTokenScope = { description?: string; displayName?: string; readonly id?: string; name?: string; _links?: { scope?: (OfflineAccessScopeResourceHrefObject); }; };

/** Okta schema `OAuth2ResourceServerJsonWebKey` (see https://developer.okta.com/docs/api/). */
export type OAuth2ResourceServerJsonWebKey = { readonly created?: string; e?: string; readonly id?: string; kid?: string | null; kty?: string; readonly lastUpdated?: string; n?: string; status?: ("ACTIVE" | "INACTIVE" | UnknownEnumValue); use?: string; readonly _links?: OAuthResourceServerKeyLinks; };

/** Okta schema `OAuth2ResourceServerJsonWebKeyRequestBody` (see https://developer.okta.com/docs/api/). */
export type OAuth2ResourceServerJsonWebKeyRequestBody = { e?: string; kid?: string | null; kty?: string; n?: string; status?: ("ACTIVE" | "INACTIVE" | UnknownEnumValue); use?: string; };

/** Okta schema `OAuth2Scope` (see https://developer.okta.com/docs/api/). */
export type OAuth2Scope = { consent?: OAuth2ScopeConsentType; default?: boolean; description?: string; displayName?: string; readonly id?: string; metadataPublish?: OAuth2ScopeMetadataPublish; name: string; optional?: boolean; system?: boolean; _links?: LinksSelf; };

/** Okta schema `OAuth2ScopeConsentGrant` (see https://developer.okta.com/docs/api/). */
export type OAuth2ScopeConsentGrant = { readonly clientId?: string; created?: createdProperty; createdBy?: OAuth2Actor; readonly id?: string; issuer: string; lastUpdated?: lastUpdatedProperty; scopeId: string; source?: OAuth2ScopeConsentGrantSource; status?: GrantOrTokenStatus; readonly userId?: string; readonly _embedded?: { scope?: { id?: string; }; }; _links?: (LinksSelf & { app?: (AppResourceHrefObject); client?: (AppResourceHrefObject); scope?: (ScopeResourceHrefObject); user?: (UserResourceHrefObject); authorizationServer?: (AuthorizationServerResourceHrefObject); } & unknown); };

/** Okta schema `OAuth2ScopeConsentGrantSource` (see https://developer.okta.com/docs/api/). */
export type OAuth2ScopeConsentGrantSource = ("ADMIN" | "END_USER" | UnknownEnumValue);

/** Okta schema `OAuth2ScopeConsentType` (see https://developer.okta.com/docs/api/). */
export type OAuth2ScopeConsentType = ("FLEXIBLE" | "IMPLICIT" | "REQUIRED" | UnknownEnumValue);

/** Okta schema `OAuth2ScopeMetadataPublish` (see https://developer.okta.com/docs/api/). */
export type OAuth2ScopeMetadataPublish = ("ALL_CLIENTS" | "NO_CLIENTS" | UnknownEnumValue);

/** Okta schema `OAuth2ScopesMediationPolicyRuleCondition` (see https://developer.okta.com/docs/api/). */
export type OAuth2ScopesMediationPolicyRuleCondition = { include?: string[]; };

/** Okta schema `OAuth2Settings` (see https://developer.okta.com/docs/api/). */
export type OAuth2Settings = { authorizeEndpoint: string; clientId: string; clientSecret: string; readonly publicKey?: { kty?: string; kid?: string; e?: string; n?: string; [key: string]: unknown; }; scopes?: string[]; tokenEndpoint: string; };

/** Okta schema `OAuth2Token` (see https://developer.okta.com/docs/api/). */
export type OAuth2Token = { readonly clientId?: string; created?: createdProperty; readonly expiresAt?: string; readonly id?: string; issuer?: string; lastUpdated?: lastUpdatedProperty; scopes?: string[]; status?: GrantOrTokenStatus; userId?: string; readonly _embedded?: { [key: string]: Record<string, unknown>; }; _links?: LinksSelf; };

/** Okta schema `OAuthApplicationCredentials` (see https://developer.okta.com/docs/api/). */
export type OAuthApplicationCredentials = (ApplicationCredentials & { oauthClient?: ApplicationCredentialsOAuthClient; });

/** Okta schema `OAuthAuthorizationEndpoint` (see https://developer.okta.com/docs/api/). */
export type OAuthAuthorizationEndpoint = { binding?: ProtocolEndpointBinding; url?: string; };

/** Okta schema `OAuthClientSecretLinks` (see https://developer.okta.com/docs/api/). */
export type OAuthClientSecretLinks = { activate?: HrefObjectActivateLink; deactivate?: HrefObjectDeactivateLink; delete?: HrefObjectDeleteLink; };

/** Okta schema `OAuthCredentials` (see https://developer.okta.com/docs/api/). */
export type OAuthCredentials = { client?: OAuthCredentialsClient; signing?: AppleClientSigning; };

/** Okta schema `OAuthCredentialsClient` (see https://developer.okta.com/docs/api/). */
export type OAuthCredentialsClient = { client_id?: string; client_secret?: string; pkce_required?: boolean; token_endpoint_auth_method?: ("private_key_jwt" | UnknownEnumValue); };

/** Okta schema `OAuthEndpointAuthenticationMethod` (see https://developer.okta.com/docs/api/). */
export type OAuthEndpointAuthenticationMethod = ("client_secret_basic" | "client_secret_jwt" | "client_secret_post" | "none" | "private_key_jwt" | UnknownEnumValue);

/** Okta schema `OAuthEndpoints` (see https://developer.okta.com/docs/api/). */
export type OAuthEndpoints = { authorization?: OAuthAuthorizationEndpoint; jwks?: OidcJwksEndpoint; slo?: OidcSloEndpoint; token?: OAuthTokenEndpoint; userInfo?: OidcUserInfoEndpoint; };

/** Okta schema `OAuthGrantType` (see https://developer.okta.com/docs/api/). */
export type OAuthGrantType = ("authorization_code" | "client_credentials" | "implicit" | "interaction_code" | "password" | "refresh_token" | UnknownEnumValue);

/** Okta schema `OAuthMetadata` (see https://developer.okta.com/docs/api/). */
export type OAuthMetadata = { authorization_endpoint?: string; backchannel_authentication_request_signing_alg_values_supported?: SigningAlgorithm[]; backchannel_token_delivery_modes_supported?: TokenDeliveryMode[]; claims_supported?: Claim[]; code_challenge_methods_supported?: CodeChallengeMethod[]; device_authorization_endpoint?: string; dpop_signing_alg_values_supported?: ("ES256" | "ES384" | "ES512" | "RS256" | "RS384" | "RS512" | UnknownEnumValue)[]; end_session_endpoint?: string; grant_types_supported?: GrantType[]; introspection_endpoint?: string; introspection_endpoint_auth_methods_supported?: EndpointAuthMethod[]; issuer?: string; jwks_uri?: string; pushed_authorization_request_endpoint?: string; registration_endpoint?: string; request_object_signing_alg_values_supported?: SigningAlgorithm[]; request_parameter_supported?: boolean; response_modes_supported?: ResponseMode[]; response_types_supported?: ResponseTypesSupported[]; revocation_endpoint?: string; revocation_endpoint_auth_methods_supported?: EndpointAuthMethod[]; scopes_supported?: Scope[]; subject_types_supported?: SubjectType[]; token_endpoint?: string; token_endpoint_auth_methods_supported?: EndpointAuthMethod[]; };

/** Okta schema `OAuthProvisioningEnabledApp` (see https://developer.okta.com/docs/api/). */
export type OAuthProvisioningEnabledApp = ("google" | "office365" | "slack" | "zoomus" | UnknownEnumValue);

/** Okta schema `OAuthResourceServerKeyLinks` (see https://developer.okta.com/docs/api/). */
export type OAuthResourceServerKeyLinks = { activate?: HrefObjectActivateLink; delete?: HrefObjectDeleteLink; };

/** Okta schema `OAuthResponseType` (see https://developer.okta.com/docs/api/). */
export type OAuthResponseType = ("code" | "id_token" | "token" | UnknownEnumValue);

/** Okta schema `OAuthScopes` (see https://developer.okta.com/docs/api/). */
export type OAuthScopes = string[];

/** Okta schema `OAuthTokenEndpoint` (see https://developer.okta.com/docs/api/). */
export type OAuthTokenEndpoint = { binding?: ProtocolEndpointBinding; url?: string; };

/** Okta schema `OINApplication` (see https://developer.okta.com/docs/api/). */
export type OINApplication = { accessibility?: ApplicationAccessibility; credentials?: SchemeApplicationCredentials; label?: ApplicationLabel; licensing?: ApplicationLicensing; name?: string; profile?: { [key: string]: Record<string, unknown>; }; signOnMode?: string; status?: ApplicationLifecycleStatus; visibility?: ApplicationVisibility; };

/** Okta schema `OINSaml11ApplicationSettingsSignOn` (see https://developer.okta.com/docs/api/). */
export type OINSaml11ApplicationSettingsSignOn = { audienceOverride?: string; defaultRelayState?: string; recipientOverride?: string; ssoAcsUrlOverride?: string; };

/** Okta schema `OINSaml20ApplicationSettingsSignOn` (see https://developer.okta.com/docs/api/). */
export type OINSaml20ApplicationSettingsSignOn = { attributeStatements?: SamlAttributeStatement[]; audienceOverride?: string | null; defaultRelayState?: string | null; destinationOverride?: string | null; recipientOverride?: string | null; samlAssertionLifetimeSeconds?: number; ssoAcsUrlOverride?: string | null; };

/** Okta schema `OSAccount` (see https://developer.okta.com/docs/api/). */
export type OSAccountBase = { readonly created: string; readonly deviceId: string; readonly id: string; lastSeenAt?: string | null; readonly lastUpdated: string; platform: ("WINDOWS" | "MACOS"); readonly resourceAlternateId?: string | null; resourceDisplayName?: OSAccountDisplayName; readonly resourceId?: string; readonly resourceType?: string; status: ("ACTIVE" | "DELETED" | UnknownEnumValue); _embedded?: OSAccountEmbedded; _links: OSAccountLinks; };
/** Okta schema `OSAccount` (see https://developer.okta.com/docs/api/). */
export type OSAccount = (OSAccountWindows & { platform: "WINDOWS" }) | (OSAccountMacOS & { platform: "MACOS" });

/** Okta schema `OSAccountDisplayName` (see https://developer.okta.com/docs/api/). */
export type OSAccountDisplayName = { sensitive?: boolean; value?: string; };

/** Okta schema `OSAccountEmbedded` (see https://developer.okta.com/docs/api/). */
export type OSAccountEmbedded = { accountLinkedEnrollments?: AccountLinkedEnrollment[]; users?: User[]; };

/** Okta schema `OSAccountLinks` (see https://developer.okta.com/docs/api/). */
export type OSAccountLinks = { device?: HrefObject; self?: HrefObject; };

/** Okta schema `OSAccountMacOS` (see https://developer.okta.com/docs/api/). */
export type OSAccountMacOS = (OSAccountBase & { profile: MacOSAccountProfile; });

/** Okta schema `OSAccountPlatform` (see https://developer.okta.com/docs/api/). */
export type OSAccountPlatform = ("MACOS" | "WINDOWS" | UnknownEnumValue);

/** Okta schema `OSAccountWindows` (see https://developer.okta.com/docs/api/). */
export type OSAccountWindows = (OSAccountBase & { profile: WindowsOSAccountProfile; });

/** Okta schema `OSVersion` (see https://developer.okta.com/docs/api/). */
export type OSVersion = { dynamicVersionRequirement?: { type?: ("MINIMUM" | "EXACT" | "EXACT_ANY_SUPPORTED" | UnknownEnumValue); distanceFromLatestMajor?: number; latestSecurityPatch?: boolean; }; minimum?: string; };

/** Okta schema `OSVersionConstraint` (see https://developer.okta.com/docs/api/). */
export type OSVersionConstraint = { dynamicVersionRequirement?: { type?: ("MINIMUM" | "EXACT" | "EXACT_ANY_SUPPORTED" | "NOT_ALLOWED" | UnknownEnumValue); distanceFromLatestMajor?: number; latestSecurityPatch?: boolean; }; majorVersionConstraint: ("WINDOWS_11" | "WINDOWS_10" | UnknownEnumValue); minimum?: string; };

/** Okta schema `OSVersionFourComponents` (see https://developer.okta.com/docs/api/). */
export type OSVersionFourComponents = { minimum?: string; };

/** Okta schema `OSVersionThreeComponents` (see https://developer.okta.com/docs/api/). */
export type OSVersionThreeComponents = { minimum?: string; };

/** Okta schema `Office365Application` (see https://developer.okta.com/docs/api/). */
export type Office365Application = (OINApplication & Record<string, unknown> & { name: ("office365" | UnknownEnumValue); signOnMode?: ("BROWSER_PLUGIN" | "SAML_1_1" | UnknownEnumValue); settings: Office365ApplicationSettings; });

/** Okta schema `Office365ApplicationSettings` (see https://developer.okta.com/docs/api/). */
export type Office365ApplicationSettings = (ApplicationSettings & Record<string, unknown> & { app: Office365ApplicationSettingsApplication; signOn?: OINSaml11ApplicationSettingsSignOn; });

/** Okta schema `Office365ApplicationSettingsApplication` (see https://developer.okta.com/docs/api/). */
export type Office365ApplicationSettingsApplication = { domain: string; msftTenant: string; };

/** Okta schema `Office365ProvisioningSettings` (see https://developer.okta.com/docs/api/). */
export type Office365ProvisioningSettings = { adminPassword: string; adminUsername: string; };

/** Okta schema `OfflineAccessScopeResourceHrefObject` (see https://developer.okta.com/docs/api/). */
export type OfflineAccessScopeResourceHrefObject = { href?: string; title?: string; };

/** Okta schema `Oidc` (see https://developer.okta.com/docs/api/). */
export type Oidc = { doc: string; initiateLoginUri?: string; postLogoutUris?: string[]; redirectUris: string[]; };

/** Okta schema `OidcAlgorithms` (see https://developer.okta.com/docs/api/). */
export type OidcAlgorithms = { request?: OidcRequestAlgorithm; };

/** Okta schema `OidcIssuer` (see https://developer.okta.com/docs/api/). */
export type OidcIssuer = { url?: string; };

/** Okta schema `OidcJwksEndpoint` (see https://developer.okta.com/docs/api/). */
export type OidcJwksEndpoint = { binding?: ProtocolEndpointBinding; url?: string; };

/** Okta schema `OidcRequestAlgorithm` (see https://developer.okta.com/docs/api/). */
export type OidcRequestAlgorithm = { signature?: OidcRequestSignatureAlgorithm; };

/** Okta schema `OidcRequestSignatureAlgorithm` (see https://developer.okta.com/docs/api/). */
export type OidcRequestSignatureAlgorithm = { algorithm?: OidcSigningAlgorithm; scope?: ProtocolAlgorithmRequestScope; };

/** Okta schema `OidcSettings` (see https://developer.okta.com/docs/api/). */
export type OidcSettings = { participateSlo?: boolean; sendApplicationContext?: boolean; };

/** Okta schema `OidcSigningAlgorithm` (see https://developer.okta.com/docs/api/). */
export type OidcSigningAlgorithm = ("HS256" | "HS384" | "HS512" | "RS256" | "RS384" | "RS512" | UnknownEnumValue);

/** Okta schema `OidcSloEndpoint` (see https://developer.okta.com/docs/api/). */
export type OidcSloEndpoint = { url?: string; };

/** Okta schema `OidcUserInfoEndpoint` (see https://developer.okta.com/docs/api/). */
export type OidcUserInfoEndpoint = { binding?: ProtocolEndpointBinding; url?: string; };

/** Okta schema `OktaActiveDirectoryGroupProfile` (see https://developer.okta.com/docs/api/). */
export type OktaActiveDirectoryGroupProfile = { description?: string; dn?: string; externalId?: string; name?: string; samAccountName?: string; windowsDomainQualifiedName?: string; [key: string]: unknown; };

/** Okta schema `OktaDeviceRiskChangeEvent` (see https://developer.okta.com/docs/api/). */
export type OktaDeviceRiskChangeEvent = { current_level: ("low" | "medium" | "high" | "secure" | "none" | UnknownEnumValue); event_timestamp: number; initiating_entity?: ("admin" | "user" | "policy" | "system" | UnknownEnumValue); previous_level: ("low" | "medium" | "high" | "secure" | "none" | UnknownEnumValue); reason_admin?: (SecurityEventReason & Record<string, unknown>); reason_user?: (SecurityEventReason & Record<string, unknown>); subject: SecurityEventSubject; };

/** Okta schema `OktaIpChangeEvent` (see https://developer.okta.com/docs/api/). */
export type OktaIpChangeEvent = { current_ip_address: string; event_timestamp: number; initiating_entity?: ("admin" | "user" | "policy" | "system" | UnknownEnumValue); previous_ip_address: string; reason_admin?: (SecurityEventReason & Record<string, unknown>); reason_user?: (SecurityEventReason & Record<string, unknown>); subject: SecurityEventSubject; };

/** Okta schema `OktaManagedUserAccount` (see https://developer.okta.com/docs/api/). */
export type OktaManagedUserAccount = { readonly created?: string; description?: string; readonly email?: string; readonly id?: string; readonly lastUpdated?: string; name?: string; oktaUserId?: string; ownerGroupIds?: string[]; ownerUserIds?: string[]; status?: ServiceAccountStatus; statusDetail?: ServiceAccountStatusDetail; readonly username?: string; };

/** Okta schema `OktaManagedUserAccountForUpdate` (see https://developer.okta.com/docs/api/). */
export type OktaManagedUserAccountForUpdate = { description?: string; name?: string; ownerGroupIds?: string[]; ownerUserIds?: string[]; };

/** Okta schema `OktaManagedUserAccountRequest` (see https://developer.okta.com/docs/api/). */
export type OktaManagedUserAccountRequest = { description?: string; name: string; oktaUserId: string; ownerGroupIds?: string[]; ownerUserIds?: string[]; };

/** Okta schema `OktaManagedUserAccountResponse` (see https://developer.okta.com/docs/api/). */
export type OktaManagedUserAccountResponse = { readonly created?: string; description?: string; readonly email: string; readonly id: string; readonly lastUpdated?: string; name: string; oktaUserId: string; ownerGroupIds?: string[]; ownerUserIds?: string[]; status?: ServiceAccountStatus; statusDetail?: ServiceAccountStatusDetail; readonly username: string; };

/** Okta schema `OktaPersonalAdminFeatureSettings` (see https://developer.okta.com/docs/api/). */
export type OktaPersonalAdminFeatureSettings = { enableEnduserEntryPoints?: boolean; enableExportApps?: boolean; };

/** Okta schema `OktaSignOnPolicy` (see https://developer.okta.com/docs/api/). */
export type OktaSignOnPolicy = (PolicyBase & { conditions?: OktaSignOnPolicyConditions; });

/** Okta schema `OktaSignOnPolicyConditions` (see https://developer.okta.com/docs/api/). */
export type OktaSignOnPolicyConditions = (Record<string, unknown> & { people?: { groups?: { include?: string[]; }; }; });

/** Okta schema `OktaSignOnPolicyFactorPromptMode` (see https://developer.okta.com/docs/api/). */
export type OktaSignOnPolicyFactorPromptMode = ("ALWAYS" | "DEVICE" | "SESSION" | UnknownEnumValue);

/** Okta schema `OktaSignOnPolicyRule` (see https://developer.okta.com/docs/api/). */
export type OktaSignOnPolicyRule = (PolicyRuleBase & { actions?: OktaSignOnPolicyRuleActions; conditions?: OktaSignOnPolicyRuleConditions; });

/** Okta schema `OktaSignOnPolicyRuleActions` (see https://developer.okta.com/docs/api/). */
export type OktaSignOnPolicyRuleActions = (PolicyRuleActions & Record<string, unknown> & { signon?: OktaSignOnPolicyRuleSignonActions; });

/** Okta schema `OktaSignOnPolicyRuleConditions` (see https://developer.okta.com/docs/api/). */
export type OktaSignOnPolicyRuleConditions = (Record<string, unknown> & { authContext?: PolicyRuleAuthContextCondition; identityProvider?: IdentityProviderPolicyRuleCondition; network?: PolicyNetworkCondition; people?: PolicyPeopleCondition; });

/** Okta schema `OktaSignOnPolicyRuleSignonActions` (see https://developer.okta.com/docs/api/). */
export type OktaSignOnPolicyRuleSignonActions = { access?: ("ALLOW" | "DENY" | UnknownEnumValue); factorLifetime?: number; factorPromptMode?: OktaSignOnPolicyFactorPromptMode; primaryFactor?: OktaSignOnPolicyRuleSignonPrimaryFactor; rememberDeviceByDefault?: boolean; requireFactor?: boolean; session?: OktaSignOnPolicyRuleSignonSessionActions; };

/** Okta schema `OktaSignOnPolicyRuleSignonPrimaryFactor` (see https://developer.okta.com/docs/api/). */
export type OktaSignOnPolicyRuleSignonPrimaryFactor = ("PASSWORD_IDP" | "PASSWORD_IDP_ANY_FACTOR" | UnknownEnumValue);

/** Okta schema `OktaSignOnPolicyRuleSignonSessionActions` (see https://developer.okta.com/docs/api/). */
export type OktaSignOnPolicyRuleSignonSessionActions = { maxSessionIdleMinutes?: number; maxSessionLifetimeMinutes?: number; usePersistentCookie?: boolean; };

/** Okta schema `OktaSupportAccessStatus` (see https://developer.okta.com/docs/api/). */
export type OktaSupportAccessStatus = ("DISABLED" | "ENABLED" | "NOT_REQUESTED" | "REQUESTED" | UnknownEnumValue);

/** Okta schema `OktaSupportCase` (see https://developer.okta.com/docs/api/). */
export type OktaSupportCase = { readonly caseNumber?: string; impersonation?: { status?: OktaSupportAccessStatus; expiration?: string | null; }; selfAssigned?: { status?: SelfAssignedStatus; }; readonly subject?: string; };

/** Okta schema `OktaSupportCases` (see https://developer.okta.com/docs/api/). */
export type OktaSupportCases = { supportCases?: OktaSupportCase[]; };

/** Okta schema `OktaUserGroupProfile` (see https://developer.okta.com/docs/api/). */
export type OktaUserGroupProfile = { description?: string; name?: string; [key: string]: unknown; };

/** Okta schema `OktaUserRiskChangeEvent` (see https://developer.okta.com/docs/api/). */
export type OktaUserRiskChangeEvent = { current_level: ("low" | "medium" | "high" | "secure" | "none" | UnknownEnumValue); event_timestamp: number; initiating_entity?: ("admin" | "user" | "policy" | "system" | UnknownEnumValue); previous_level: ("low" | "medium" | "high" | "secure" | "none" | UnknownEnumValue); reason_admin?: (SecurityEventReason & Record<string, unknown>); reason_user?: (SecurityEventReason & Record<string, unknown>); subject: SecurityEventSubject; };

/** Okta schema `OktaUserServiceAccountCredentials` (see https://developer.okta.com/docs/api/). */
export type OktaUserServiceAccountCredentials = { readonly username?: string; };

/** Okta schema `OktaVerifyPayload` (see https://developer.okta.com/docs/api/). */
export type OktaVerifyPayload = { clientVersion?: string; };

/** Okta schema `OpenIdConnectApplication` (see https://developer.okta.com/docs/api/). */
export type OpenIdConnectApplication = (ApplicationBase & { credentials: OAuthApplicationCredentials; name: ("oidc_client" | UnknownEnumValue); settings: OpenIdConnectApplicationSettings; });

/** Okta schema `OpenIdConnectApplicationConsentMethod` (see https://developer.okta.com/docs/api/). */
export type OpenIdConnectApplicationConsentMethod = ("REQUIRED" | "TRUSTED" | UnknownEnumValue);

/** Okta schema `OpenIdConnectApplicationIdpInitiatedLogin` (see https://developer.okta.com/docs/api/). */
export type OpenIdConnectApplicationIdpInitiatedLogin = { default_scope?: string[]; mode: ("DISABLED" | "SPEC" | "OKTA" | UnknownEnumValue); };

/** Okta schema `OpenIdConnectApplicationIssuerMode` (see https://developer.okta.com/docs/api/). */
export type OpenIdConnectApplicationIssuerMode = ("CUSTOM_URL" | "DYNAMIC" | "ORG_URL" | UnknownEnumValue);

/** Okta schema `OpenIdConnectApplicationNetwork` (see https://developer.okta.com/docs/api/). */
export type OpenIdConnectApplicationNetwork = { connection: ("ANYWHERE" | "ZONE" | UnknownEnumValue); exclude?: string[]; include?: string[]; };

/** Okta schema `OpenIdConnectApplicationSettings` (see https://developer.okta.com/docs/api/). */
export type OpenIdConnectApplicationSettings = (ApplicationSettings & { oauthClient?: OpenIdConnectApplicationSettingsClient; });

/** Okta schema `OpenIdConnectApplicationSettingsClient` (see https://developer.okta.com/docs/api/). */
export type OpenIdConnectApplicationSettingsClient = { application_type?: OpenIdConnectApplicationType; backchannel_authentication_request_signing_alg?: ("HS256" | "HS384" | "HS512" | "RS256" | "RS384" | "RS512" | "ES256" | "ES384" | "ES512" | UnknownEnumValue); backchannel_custom_authenticator_id?: string; backchannel_token_delivery_mode?: ("poll" | "ping" | "push" | UnknownEnumValue); client_uri?: string; consent_method?: OpenIdConnectApplicationConsentMethod; dpop_bound_access_tokens?: boolean; frontchannel_logout_session_required?: boolean; frontchannel_logout_uri?: string; grant_types: GrantType[]; id_token_encrypted_response_alg?: IdTokenKeyEncryptionAlgorithm; idp_initiated_login?: OpenIdConnectApplicationIdpInitiatedLogin; initiate_login_uri?: string; issuer_mode?: OpenIdConnectApplicationIssuerMode; jwks?: OpenIdConnectApplicationSettingsClientKeys; jwks_uri?: string; logo_uri?: string; network?: OpenIdConnectApplicationNetwork; participate_slo?: boolean; policy_uri?: string; post_logout_redirect_uris?: string[]; redirect_uris?: string[]; refresh_token?: OpenIdConnectApplicationSettingsRefreshToken; request_object_signing_alg?: ("HS256" | "HS384" | "HS512" | "RS256" | "RS384" | "RS512" | "ES256" | "ES384" | "ES512" | UnknownEnumValue); response_types?: OAuthResponseType[]; sector_identifier_uri?: string; subject_type?: ("public" | "pairwise" | UnknownEnumValue); tos_uri?: string; wildcard_redirect?: ("DISABLED" | "SUBDOMAIN" | UnknownEnumValue); };

/** Okta schema `OpenIdConnectApplicationSettingsClientKeys` (see https://developer.okta.com/docs/api/). */
export type OpenIdConnectApplicationSettingsClientKeys = { keys?: (OAuth2ClientJsonSigningKeyResponse | OAuth2ClientJsonEncryptionKeyResponse)[]; };

/** Okta schema `OpenIdConnectApplicationSettingsRefreshToken` (see https://developer.okta.com/docs/api/). */
export type OpenIdConnectApplicationSettingsRefreshToken = { leeway?: number; rotation_type: OpenIdConnectRefreshTokenRotationType; };

/** Okta schema `OpenIdConnectApplicationType` (see https://developer.okta.com/docs/api/). */
export type OpenIdConnectApplicationType = ("browser" | "native" | "service" | "web" | UnknownEnumValue);

/** Okta schema `OpenIdConnectRefreshTokenRotationType` (see https://developer.okta.com/docs/api/). */
export type OpenIdConnectRefreshTokenRotationType = ("ROTATE" | "STATIC" | UnknownEnumValue);

/** Okta schema `OperationRequest` (see https://developer.okta.com/docs/api/). */
export type OperationRequest = { assignmentId?: string; };

/** Okta schema `OperationResponse` (see https://developer.okta.com/docs/api/). */
export type OperationResponse = { completed?: string; created: string; id: string; started?: string; status: ("COMPLETED" | "SCHEDULED" | "IN_PROGRESS" | "FAILED" | UnknownEnumValue); type: string; };

/** Okta schema `OperationalStatus` (see https://developer.okta.com/docs/api/). */
export type OperationalStatus = ("DEGRADED" | "DISRUPTED" | "INACTIVE" | "OPERATIONAL" | UnknownEnumValue);

/** Okta schema `OptInStatusResponse` (see https://developer.okta.com/docs/api/). */
export type OptInStatusResponse = { optInStatus?: ("OPTING_IN" | "OPTED_IN" | "OPTING_OUT" | "OPTED_OUT" | UnknownEnumValue); _links?: { optInStatus?: (HrefObject & unknown); }; };

/** Okta schema `Org2OrgApplication` (see https://developer.okta.com/docs/api/). */
export type Org2OrgApplication = (OINApplication & Record<string, unknown> & { name: ("okta_org2org" | UnknownEnumValue); signOnMode?: ("SAML_2_0" | "AUTO_LOGIN" | UnknownEnumValue); settings: Org2OrgApplicationSettings; });

/** Okta schema `Org2OrgApplicationSettings` (see https://developer.okta.com/docs/api/). */
export type Org2OrgApplicationSettings = (ApplicationSettings & Record<string, unknown> & { app: Org2OrgApplicationSettingsApplication; signOn?: OINSaml20ApplicationSettingsSignOn; });

/** Okta schema `Org2OrgApplicationSettingsApplication` (see https://developer.okta.com/docs/api/). */
export type Org2OrgApplicationSettingsApplication = { acsUrl?: string; audRestriction?: string; baseUrl: string; creationState?: string; preferUsernameOverEmail?: boolean; token?: string; tokenEncrypted?: string; };

/** Okta schema `Org2OrgProvisioningOAuthSigningSettings` (see https://developer.okta.com/docs/api/). */
export type Org2OrgProvisioningOAuthSigningSettings = { rotationMode: ConnectionsSigningRotationMode; };

/** Okta schema `OrgAerialConsent` (see https://developer.okta.com/docs/api/). */
export type OrgAerialConsent = { accountId: string; };

/** Okta schema `OrgAerialConsentDetails` (see https://developer.okta.com/docs/api/). */
export type OrgAerialConsentDetails = { accountId: string; grantedBy?: string; grantedDate?: string; _links?: LinksAerialConsentGranted; };

/** Okta schema `OrgAerialConsentRevoked` (see https://developer.okta.com/docs/api/). */
export type OrgAerialConsentRevoked = { _links?: LinksAerialConsentRevoked; };

/** Okta schema `OrgAerialGrantNotFound` (see https://developer.okta.com/docs/api/). */
export type OrgAerialGrantNotFound = { accountId?: string; grantedBy?: string; grantedDate?: string; _links?: LinksAerialConsentGranted; };

/** Okta schema `OrgCAPTCHASettings` (see https://developer.okta.com/docs/api/). */
export type OrgCAPTCHASettings = { captchaId?: string; enabledPages?: enabledPagesType[]; readonly _links?: { self?: HrefObject; }; };

/** Okta schema `OrgContactType` (see https://developer.okta.com/docs/api/). */
export type OrgContactType = ("BILLING" | "TECHNICAL" | UnknownEnumValue);

/** Okta schema `OrgContactTypeObj` (see https://developer.okta.com/docs/api/). */
export type OrgContactTypeObjBase = { contactType?: ("BILLING" | "TECHNICAL"); };
/** Okta schema `OrgContactTypeObj` (see https://developer.okta.com/docs/api/). */
export type OrgContactTypeObj = (orgBillingContactType & { contactType: "BILLING" }) | (orgTechnicalContactType & { contactType: "TECHNICAL" });

/** Okta schema `OrgContactUser` (see https://developer.okta.com/docs/api/). */
export type OrgContactUser = { userId?: string; readonly _links?: { user?: HrefObjectUserLink; }; };

/** Okta schema `OrgCreationAdmin` (see https://developer.okta.com/docs/api/). */
export type OrgCreationAdmin = { credentials?: { password?: { value?: string; }; recovery_question?: RecoveryQuestionCredential; }; profile: { firstName: string | null; lastName: string | null; email: string; login: string; [key: string]: unknown; }; };

/** Okta schema `OrgCrossAppAccessConnection` (see https://developer.okta.com/docs/api/). */
export type OrgCrossAppAccessConnection = { readonly created?: string; readonly id?: string; readonly lastUpdated?: string; requestingAppInstanceId?: string; resourceAppInstanceId?: string; status?: ("ACTIVE" | "INACTIVE" | UnknownEnumValue); };

/** Okta schema `OrgCrossAppAccessConnectionPatchRequest` (see https://developer.okta.com/docs/api/). */
export type OrgCrossAppAccessConnectionPatchRequest = { status: ("ACTIVE" | "INACTIVE" | UnknownEnumValue); };

/** Okta schema `OrgOktaCommunicationSetting` (see https://developer.okta.com/docs/api/). */
export type OrgOktaCommunicationSetting = { readonly optOutEmailUsers?: boolean; readonly _links?: { optIn?: (HrefObject & unknown); optOut?: (HrefObject & unknown); }; };

/** Okta schema `OrgOktaSupportSetting` (see https://developer.okta.com/docs/api/). */
export type OrgOktaSupportSetting = ("DISABLED" | "ENABLED" | UnknownEnumValue);

/** Okta schema `OrgOktaSupportSettingsObj` (see https://developer.okta.com/docs/api/). */
export type OrgOktaSupportSettingsObj = { readonly caseNumber?: string | null; readonly expiration?: string | null; support?: OrgOktaSupportSetting; readonly _links?: { extend?: (HrefObject & unknown); revoke?: (HrefObject & unknown); grant?: (HrefObject & unknown); case?: (HrefObject & unknown); cases?: (HrefObject & unknown); }; };

/** Okta schema `OrgPreferences` (see https://developer.okta.com/docs/api/). */
export type OrgPreferences = { readonly showEndUserFooter?: boolean; readonly _links?: { hideEndUserFooter?: (HrefObject & unknown); showEndUserFooter?: (HrefObject & unknown); }; };

/** Okta schema `OrgSetting` (see https://developer.okta.com/docs/api/). */
export type OrgSetting = { address1?: string; address2?: string; city?: string; companyName?: string; country?: string; readonly created?: string; endUserSupportHelpURL?: string; readonly expiresAt?: string; readonly id?: string; readonly lastUpdated?: string; phoneNumber?: string; postalCode?: string; state?: string; readonly status?: ("ACTIVE" | "INACTIVE" | UnknownEnumValue); readonly subdomain?: string; supportPhoneNumber?: string; website?: string; _links?: orgGeneralSettingLinks; };

/** Okta schema `OrganizationalUnit` (see https://developer.okta.com/docs/api/). */
export type OrganizationalUnit = { name: string; };

/** Okta schema `OtpProtocol` (see https://developer.okta.com/docs/api/). */
export type OtpProtocol = ("SYMANTEC" | "TOTP" | "YUBICO" | UnknownEnumValue);

/** Okta schema `OtpTotpAlgorithm` (see https://developer.okta.com/docs/api/). */
export type OtpTotpAlgorithm = ("HMacSHA1" | "HMacSHA256" | "HMacSHA512" | UnknownEnumValue);

/** Okta schema `OtpTotpEncoding` (see https://developer.okta.com/docs/api/). */
export type OtpTotpEncoding = ("base32" | "base64" | "hexadecimal" | UnknownEnumValue);

/** Okta schema `OtpTotpPassCodeLength` (see https://developer.okta.com/docs/api/). */
export type OtpTotpPassCodeLength = number;

/** Okta schema `OtpTotpTimeIntervalInSeconds` (see https://developer.okta.com/docs/api/). */
export type OtpTotpTimeIntervalInSeconds = number;

/** Okta schema `PageRoot` (see https://developer.okta.com/docs/api/). */
export type PageRoot = { readonly _embedded?: { default?: CustomizablePage; customized?: CustomizablePage; customizedUrl?: string; preview?: CustomizablePage; previewUrl?: string; }; _links?: (LinksSelf & { default?: HrefObject; customized?: HrefObject; preview?: HrefObject; }); };

/** Okta schema `Parameters` (see https://developer.okta.com/docs/api/). */
export type Parameters = { action: ("ADD" | "REMOVE" | UnknownEnumValue); attribute: string; values: string[]; };

/** Okta schema `PasswordCredential` (see https://developer.okta.com/docs/api/). */
export type PasswordCredential = { hash?: PasswordCredentialHash; hook?: PasswordCredentialHook; value?: string; };

/** Okta schema `PasswordCredentialHash` (see https://developer.okta.com/docs/api/). */
export type PasswordCredentialHash = { algorithm?: PasswordCredentialHashAlgorithm; digestAlgorithm?: DigestAlgorithm; iterationCount?: number; keySize?: number; salt?: string; saltOrder?: string; value?: string; workFactor?: number; };

/** Okta schema `PasswordCredentialHashAlgorithm` (see https://developer.okta.com/docs/api/). */
export type PasswordCredentialHashAlgorithm = ("BCRYPT" | "MD5" | "PBKDF2" | "SHA-1" | "SHA-256" | "SHA-512" | UnknownEnumValue);

/** Okta schema `PasswordCredentialHook` (see https://developer.okta.com/docs/api/). */
export type PasswordCredentialHook = { type?: string; };

/** Okta schema `PasswordDictionary` (see https://developer.okta.com/docs/api/). */
export type PasswordDictionary = { common?: PasswordDictionaryCommon; };

/** Okta schema `PasswordDictionaryCommon` (see https://developer.okta.com/docs/api/). */
export type PasswordDictionaryCommon = { exclude?: boolean; };

/** Okta schema `PasswordExpirationPolicyRuleCondition` (see https://developer.okta.com/docs/api/). */
export type PasswordExpirationPolicyRuleCondition = { number?: number; unit?: string; };

/** Okta schema `PasswordImportRequest` (see https://developer.okta.com/docs/api/). */
export type PasswordImportRequest = { data?: PasswordImportRequestData; eventType?: string; source?: string; };

/** Okta schema `PasswordImportRequestData` (see https://developer.okta.com/docs/api/). */
export type PasswordImportRequestData = { action?: { credential?: string; }; context?: { request?: InlineHookRequestObject; credential?: { username?: string; password?: string; }; }; };

/** Okta schema `PasswordImportRequestExecute` (see https://developer.okta.com/docs/api/). */
export type PasswordImportRequestExecute = (InlineHookBasePayload & PasswordImportRequest);

/** Okta schema `PasswordImportResponse` (see https://developer.okta.com/docs/api/). */
export type PasswordImportResponse = { commands?: { type?: unknown; value?: { credential?: ("UNVERIFIED" | "VERIFIED" | UnknownEnumValue); }; }[]; };

/** Okta schema `PasswordPolicy` (see https://developer.okta.com/docs/api/). */
export type PasswordPolicy = (PolicyBase & { conditions?: PasswordPolicyConditions; settings?: PasswordPolicySettings; });

/** Okta schema `PasswordPolicyAuthenticationProviderCondition` (see https://developer.okta.com/docs/api/). */
export type PasswordPolicyAuthenticationProviderCondition = { include?: string[]; provider?: PasswordPolicyAuthenticationProviderType; };

/** Okta schema `PasswordPolicyAuthenticationProviderType` (see https://developer.okta.com/docs/api/). */
export type PasswordPolicyAuthenticationProviderType = ("ACTIVE_DIRECTORY" | "ANY" | "LDAP" | "OKTA" | UnknownEnumValue);

/** Okta schema `PasswordPolicyConditions` (see https://developer.okta.com/docs/api/). */
export type PasswordPolicyConditions = (Record<string, unknown> & unknown & { authProvider?: PasswordPolicyAuthenticationProviderCondition; people?: { groups?: { include?: string[]; }; }; });

/** Okta schema `PasswordPolicyDelegationSettings` (see https://developer.okta.com/docs/api/). */
export type PasswordPolicyDelegationSettings = { options?: PasswordPolicyDelegationSettingsOptions; };

/** Okta schema `PasswordPolicyDelegationSettingsOptions` (see https://developer.okta.com/docs/api/). */
export type PasswordPolicyDelegationSettingsOptions = { skipUnlock?: boolean; };

/** Okta schema `PasswordPolicyPasswordSettings` (see https://developer.okta.com/docs/api/). */
export type PasswordPolicyPasswordSettings = { age?: PasswordPolicyPasswordSettingsAge; complexity?: PasswordPolicyPasswordSettingsComplexity; lockout?: PasswordPolicyPasswordSettingsLockout; breachedProtection?: PasswordPolicyPasswordSettingsBreachedProtection; };

/** Okta schema `PasswordPolicyPasswordSettingsAge` (see https://developer.okta.com/docs/api/). */
export type PasswordPolicyPasswordSettingsAge = { expireWarnDays?: number; historyCount?: number; maxAgeDays?: number; minAgeMinutes?: number; };

/** Okta schema `PasswordPolicyPasswordSettingsBreachedProtection` (see https://developer.okta.com/docs/api/). */
export type PasswordPolicyPasswordSettingsBreachedProtection = { delegatedWorkflowId?: string | null; expireAfterDays?: number | null; logoutEnabled?: boolean | null; };

/** Okta schema `PasswordPolicyPasswordSettingsComplexity` (see https://developer.okta.com/docs/api/). */
export type PasswordPolicyPasswordSettingsComplexity = { dictionary?: PasswordDictionary; excludeAttributes?: string[]; excludeUsername?: boolean; maxConsecutiveCharacters?: number; minLength?: number; minLowerCase?: number; minNumber?: number; minSymbol?: number; minUpperCase?: number; oelStatement?: string; };

/** Okta schema `PasswordPolicyPasswordSettingsLockout` (see https://developer.okta.com/docs/api/). */
export type PasswordPolicyPasswordSettingsLockout = { autoUnlockMinutes?: number; maxAttempts?: number; showLockoutFailures?: boolean; userLockoutNotificationChannels?: string[]; };

/** Okta schema `PasswordPolicyRecoveryEmail` (see https://developer.okta.com/docs/api/). */
export type PasswordPolicyRecoveryEmail = { properties?: PasswordPolicyRecoveryEmailProperties; status?: (LifecycleStatus & unknown); };

/** Okta schema `PasswordPolicyRecoveryEmailProperties` (see https://developer.okta.com/docs/api/). */
export type PasswordPolicyRecoveryEmailProperties = { recoveryToken?: PasswordPolicyRecoveryEmailRecoveryToken; };

/** Okta schema `PasswordPolicyRecoveryEmailRecoveryToken` (see https://developer.okta.com/docs/api/). */
export type PasswordPolicyRecoveryEmailRecoveryToken = { tokenLifetimeMinutes?: number; };

/** Okta schema `PasswordPolicyRecoveryFactorSettings` (see https://developer.okta.com/docs/api/). */
export type PasswordPolicyRecoveryFactorSettings = { status?: (LifecycleStatus & unknown); };

/** Okta schema `PasswordPolicyRecoveryFactors` (see https://developer.okta.com/docs/api/). */
export type PasswordPolicyRecoveryFactors = { okta_call?: PasswordPolicyRecoveryFactorSettings; okta_email?: PasswordPolicyRecoveryEmail; okta_sms?: PasswordPolicyRecoveryFactorSettings; recovery_question?: PasswordPolicyRecoveryQuestion; };

/** Okta schema `PasswordPolicyRecoveryQuestion` (see https://developer.okta.com/docs/api/). */
export type PasswordPolicyRecoveryQuestion = { properties?: PasswordPolicyRecoveryQuestionProperties; status?: (LifecycleStatus & unknown); };

/** Okta schema `PasswordPolicyRecoveryQuestionComplexity` (see https://developer.okta.com/docs/api/). */
export type PasswordPolicyRecoveryQuestionComplexity = { readonly minLength?: number; };

/** Okta schema `PasswordPolicyRecoveryQuestionProperties` (see https://developer.okta.com/docs/api/). */
export type PasswordPolicyRecoveryQuestionProperties = { complexity?: PasswordPolicyRecoveryQuestionComplexity; };

/** Okta schema `PasswordPolicyRecoverySettings` (see https://developer.okta.com/docs/api/). */
export type PasswordPolicyRecoverySettings = { factors?: PasswordPolicyRecoveryFactors; };

/** Okta schema `PasswordPolicyRule` (see https://developer.okta.com/docs/api/). */
export type PasswordPolicyRule = (PolicyRuleBase & { actions?: PasswordPolicyRuleActions; conditions?: PasswordPolicyRuleConditions; });

/** Okta schema `PasswordPolicyRuleAction` (see https://developer.okta.com/docs/api/). */
export type PasswordPolicyRuleAction = { access?: PolicyAccess; };

/** Okta schema `PasswordPolicyRuleActions` (see https://developer.okta.com/docs/api/). */
export type PasswordPolicyRuleActions = (PolicyRuleActions & Record<string, unknown> & { passwordChange?: PasswordPolicyRuleAction; selfServicePasswordReset?: SelfServicePasswordResetAction; selfServiceUnlock?: PasswordPolicyRuleAction; });

/** Okta schema `PasswordPolicyRuleConditions` (see https://developer.okta.com/docs/api/). */
export type PasswordPolicyRuleConditions = { network?: PolicyNetworkCondition; people?: PolicyPeopleCondition; };

/** Okta schema `PasswordPolicySettings` (see https://developer.okta.com/docs/api/). */
export type PasswordPolicySettings = { delegation?: PasswordPolicyDelegationSettings; password?: PasswordPolicyPasswordSettings; recovery?: PasswordPolicyRecoverySettings; };

/** Okta schema `PasswordProtectionWarningTrigger` (see https://developer.okta.com/docs/api/). */
export type PasswordProtectionWarningTrigger = ("PASSWORD_PROTECTION_OFF" | "PASSWORD_REUSE" | "PHISHING_REUSE" | UnknownEnumValue);

/** Okta schema `PasswordSettingObject` (see https://developer.okta.com/docs/api/). */
export type PasswordSettingObject = { change?: ChangeEnum; seed?: SeedEnum; status?: (EnabledStatus & unknown & unknown); };

/** Okta schema `PatchAIAgentProfile` (see https://developer.okta.com/docs/api/). */
export type PatchAIAgentProfile = { description?: string | null; name?: string | null; [key: string]: unknown; };

/** Okta schema `PatchAIAgentRequest` (see https://developer.okta.com/docs/api/). */
export type PatchAIAgentRequest = { appId?: string | null; profile?: PatchAIAgentProfile; };

/** Okta schema `PatchAction` (see https://developer.okta.com/docs/api/). */
export type PatchAction = ("remove" | "replace" | UnknownEnumValue);

/** Okta schema `PerClientRateLimitMode` (see https://developer.okta.com/docs/api/). */
export type PerClientRateLimitMode = ("DISABLE" | "ENFORCE" | "PREVIEW" | UnknownEnumValue);

/** Okta schema `PerClientRateLimitSettings` (see https://developer.okta.com/docs/api/). */
export type PerClientRateLimitSettings = { defaultMode: PerClientRateLimitMode; useCaseModeOverrides?: { LOGIN_PAGE?: PerClientRateLimitMode; OAUTH2_AUTHORIZE?: PerClientRateLimitMode; OIE_APP_INTENT?: PerClientRateLimitMode; }; };

/** Okta schema `Permission` (see https://developer.okta.com/docs/api/). */
export type Permission = { conditions?: PermissionConditions; readonly created?: string; readonly label?: string; readonly lastUpdated?: string; _links?: (LinksSelf & { role?: HrefObjectRoleLink; }); };

/** Okta schema `PermissionConditions` (see https://developer.okta.com/docs/api/). */
export type PermissionConditions = { exclude?: { [key: string]: Record<string, unknown>; } | null; include?: { [key: string]: Record<string, unknown>; } | null; } | null;

/** Okta schema `Permissions` (see https://developer.okta.com/docs/api/). */
export type Permissions = { permissions?: Permission[]; };

/** Okta schema `PersonalAppsBlockList` (see https://developer.okta.com/docs/api/). */
export type PersonalAppsBlockList = { domains?: string[]; };

/** Okta schema `PinRequest` (see https://developer.okta.com/docs/api/). */
export type PinRequest = { authenticatorEnrollmentId?: string; fulfillmentProvider?: ("yubico" | UnknownEnumValue); userId?: string; };

/** Okta schema `PipelineType` (see https://developer.okta.com/docs/api/). */
export type PipelineType = ("idx" | "v1" | UnknownEnumValue);

/** Okta schema `Platform` (see https://developer.okta.com/docs/api/). */
export type Platform = ("ANDROID" | "CHROMEOS" | "IOS" | "MACOS" | "WINDOWS" | UnknownEnumValue);

/** Okta schema `PlatformConditionEvaluatorPlatform` (see https://developer.okta.com/docs/api/). */
export type PlatformConditionEvaluatorPlatform = { os?: PlatformConditionEvaluatorPlatformOperatingSystem; type?: PolicyPlatformType; };

/** Okta schema `PlatformConditionEvaluatorPlatformOperatingSystem` (see https://developer.okta.com/docs/api/). */
export type PlatformConditionEvaluatorPlatformOperatingSystem = { expression?: string; type?: PolicyPlatformOperatingSystemType; version?: PlatformConditionEvaluatorPlatformOperatingSystemVersion; };

/** Okta schema `PlatformConditionEvaluatorPlatformOperatingSystemVersion` (see https://developer.okta.com/docs/api/). */
export type PlatformConditionEvaluatorPlatformOperatingSystemVersion = { matchType?: PlatformConditionOperatingSystemVersionMatchType; value?: string; };

/** Okta schema `PlatformConditionOperatingSystemVersionMatchType` (see https://developer.okta.com/docs/api/). */
export type PlatformConditionOperatingSystemVersionMatchType = ("EXPRESSION" | "SEMVER" | UnknownEnumValue);

/** Okta schema `PlatformPolicyRuleCondition` (see https://developer.okta.com/docs/api/). */
export type PlatformPolicyRuleCondition = { exclude?: PlatformConditionEvaluatorPlatform[]; include?: PlatformConditionEvaluatorPlatform[]; };

/** Okta schema `PlayProtectVerdict` (see https://developer.okta.com/docs/api/). */
export type PlayProtectVerdict = ("HIGH" | "LOW" | "MEDIUM" | UnknownEnumValue);

/** Okta schema `Policy` (see https://developer.okta.com/docs/api/). */
export type PolicyBase = { readonly created?: string; description?: string; readonly id?: string; readonly lastUpdated?: string; name: string; priority?: number; status?: (LifecycleStatus & unknown); system?: boolean; type: ("ACCESS_POLICY" | "IDP_DISCOVERY" | "MFA_ENROLL" | "OKTA_SIGN_ON" | "PASSWORD" | "PROFILE_ENROLLMENT" | "POST_AUTH_SESSION" | "ENTITY_RISK" | "SESSION_VIOLATION_DETECTION" | "DEVICE_SIGNAL_COLLECTION" | "CLIENT_UPDATE" | "IDENTITY_CLAIM_SOURCING"); readonly _embedded?: { [key: string]: Record<string, unknown>; }; _links?: PolicyLinks; };
/** Okta schema `Policy` (see https://developer.okta.com/docs/api/). */
export type Policy = (AccessPolicy & { type: "ACCESS_POLICY" }) | (IdpDiscoveryPolicy & { type: "IDP_DISCOVERY" }) | (AuthenticatorEnrollmentPolicy & { type: "MFA_ENROLL" }) | (OktaSignOnPolicy & { type: "OKTA_SIGN_ON" }) | (PasswordPolicy & { type: "PASSWORD" }) | (ProfileEnrollmentPolicy & { type: "PROFILE_ENROLLMENT" }) | (PostAuthSessionPolicy & { type: "POST_AUTH_SESSION" }) | (EntityRiskPolicy & { type: "ENTITY_RISK" }) | (SessionViolationDetectionPolicy & { type: "SESSION_VIOLATION_DETECTION" }) | (DeviceSignalCollectionPolicy & { type: "DEVICE_SIGNAL_COLLECTION" }) | (ClientUpdatePolicy & { type: "CLIENT_UPDATE" }) | (IdentityClaimSourcingPolicy & { type: "IDENTITY_CLAIM_SOURCING" });

/** Okta schema `PolicyAccess` (see https://developer.okta.com/docs/api/). */
export type PolicyAccess = ("ALLOW" | "DENY" | UnknownEnumValue);

/** Okta schema `PolicyAccountLink` (see https://developer.okta.com/docs/api/). */
export type PolicyAccountLink = { action?: PolicyAccountLinkAction; filter?: PolicyAccountLinkFilter; };

/** Okta schema `PolicyAccountLinkAction` (see https://developer.okta.com/docs/api/). */
export type PolicyAccountLinkAction = ("AUTO" | "DISABLED" | UnknownEnumValue);

/** Okta schema `PolicyAccountLinkFilter` (see https://developer.okta.com/docs/api/). */
export type PolicyAccountLinkFilter = { groups?: PolicyAccountLinkFilterGroups; users?: PolicyAccountLinkFilterUsers; };

/** Okta schema `PolicyAccountLinkFilterGroups` (see https://developer.okta.com/docs/api/). */
export type PolicyAccountLinkFilterGroups = { include?: string[]; };

/** Okta schema `PolicyAccountLinkFilterUsers` (see https://developer.okta.com/docs/api/). */
export type PolicyAccountLinkFilterUsers = { exclude?: string[]; excludeAdmins?: boolean; };

/** Okta schema `PolicyCommon` (see https://developer.okta.com/docs/api/). */
export type PolicyCommon = { readonly created?: string; description?: string; readonly id?: string; readonly lastUpdated?: string; name: string; priority?: number; status?: (LifecycleStatus & unknown); system?: boolean; type: PolicyType; readonly _embedded?: { [key: string]: Record<string, unknown>; }; _links?: PolicyLinks; };

/** Okta schema `PolicyContext` (see https://developer.okta.com/docs/api/). */
export type PolicyContext = { device?: { platform?: string; registered?: boolean; managed?: boolean; assuranceId?: string; }; groups: { ids: string[]; }; ip?: string; risk?: { level?: ("LOW" | "MEDIUM" | "HIGH" | UnknownEnumValue); minRiskLevel?: ("LOW" | "MEDIUM" | "HIGH" | UnknownEnumValue); }; user: { id: string; }; zones?: { ids?: string[]; }; };

/** Okta schema `PolicyLinks` (see https://developer.okta.com/docs/api/). */
export type PolicyLinks = { activate?: HrefObjectActivateLink; deactivate?: HrefObjectDeactivateLink; mappings?: HrefObjectMappingsLink; rules?: HrefObjectRulesLink; self?: HrefObjectSelfLink; };

/** Okta schema `PolicyMapping` (see https://developer.okta.com/docs/api/). */
export type PolicyMapping = { id?: string; _links?: (LinksSelf & { application?: (HrefObject & unknown); policy?: (HrefObject & unknown); }); };

/** Okta schema `PolicyMappingRequest` (see https://developer.okta.com/docs/api/). */
export type PolicyMappingRequest = { resourceId?: string; resourceType?: PolicyMappingResourceType; };

/** Okta schema `PolicyMappingResourceType` (see https://developer.okta.com/docs/api/). */
export type PolicyMappingResourceType = ("ACCESS_POLICY" | UnknownEnumValue);

/** Okta schema `PolicyNetworkCondition` (see https://developer.okta.com/docs/api/). */
export type PolicyNetworkCondition = { connection?: PolicyNetworkConnection; exclude?: string[]; include?: string[]; };

/** Okta schema `PolicyNetworkConnection` (see https://developer.okta.com/docs/api/). */
export type PolicyNetworkConnection = ("ANYWHERE" | "ZONE" | UnknownEnumValue);

/** Okta schema `PolicyPeopleCondition` (see https://developer.okta.com/docs/api/). */
export type PolicyPeopleCondition = { groups?: GroupCondition; users?: UserCondition; };

/** Okta schema `PolicyPlatformOperatingSystemType` (see https://developer.okta.com/docs/api/). */
export type PolicyPlatformOperatingSystemType = ("ANDROID" | "ANY" | "CHROMEOS" | "IOS" | "MACOS" | "OTHER" | "WINDOWS" | "LINUX" | UnknownEnumValue);

/** Okta schema `PolicyPlatformType` (see https://developer.okta.com/docs/api/). */
export type PolicyPlatformType = ("ANY" | "DESKTOP" | "MOBILE" | "OTHER" | UnknownEnumValue);

/** Okta schema `PolicyRule` (see https://developer.okta.com/docs/api/). */
export type PolicyRuleBase = { readonly created?: string | null; readonly id?: string; readonly lastUpdated?: string | null; name?: string; priority?: number | null; status?: (LifecycleStatus & unknown); system?: boolean; type?: ("ACCESS_POLICY" | "PASSWORD" | "PROFILE_ENROLLMENT" | "SIGN_ON" | "IDP_DISCOVERY" | "POST_AUTH_SESSION" | "ENTITY_RISK" | "MFA_ENROLL" | "SESSION_VIOLATION_DETECTION" | "DEVICE_SIGNAL_COLLECTION" | "CLIENT_UPDATE" | "IDENTITY_CLAIM_SOURCING"); _links?: PolicyLinks; };
/** Okta schema `PolicyRule` (see https://developer.okta.com/docs/api/). */
export type PolicyRule = (AccessPolicyRule & { type: "ACCESS_POLICY" }) | (PasswordPolicyRule & { type: "PASSWORD" }) | (ProfileEnrollmentPolicyRule & { type: "PROFILE_ENROLLMENT" }) | (OktaSignOnPolicyRule & { type: "SIGN_ON" }) | (IdpDiscoveryPolicyRule & { type: "IDP_DISCOVERY" }) | (PostAuthSessionPolicyRule & { type: "POST_AUTH_SESSION" }) | (EntityRiskPolicyRule & { type: "ENTITY_RISK" }) | (AuthenticatorEnrollmentPolicyRule & { type: "MFA_ENROLL" }) | (SessionViolationDetectionPolicyRule & { type: "SESSION_VIOLATION_DETECTION" }) | (DeviceSignalCollectionPolicyRule & { type: "DEVICE_SIGNAL_COLLECTION" }) | (ClientUpdatePolicyRule & { type: "CLIENT_UPDATE" }) | (IdentityClaimSourcingPolicyRule & { type: "IDENTITY_CLAIM_SOURCING" });

/** Okta schema `PolicyRuleActions` (see https://developer.okta.com/docs/api/). */
export type PolicyRuleActions = Record<string, unknown>;

/** Okta schema `PolicyRuleActionsEnroll` (see https://developer.okta.com/docs/api/). */
export type PolicyRuleActionsEnroll = { self?: PolicyRuleActionsEnrollSelf; };

/** Okta schema `PolicyRuleActionsEnrollSelf` (see https://developer.okta.com/docs/api/). */
export type PolicyRuleActionsEnrollSelf = ("CHALLENGE" | "LOGIN" | "NEVER" | "NEVER_INCLUDING_RECOVERY" | UnknownEnumValue);

/** Okta schema `PolicyRuleAuthContextCondition` (see https://developer.okta.com/docs/api/). */
export type PolicyRuleAuthContextCondition = { authType?: PolicyRuleAuthContextType; };

/** Okta schema `PolicyRuleAuthContextType` (see https://developer.okta.com/docs/api/). */
export type PolicyRuleAuthContextType = ("ANY" | "LDAP_INTERFACE" | "RADIUS" | UnknownEnumValue);

/** Okta schema `PolicyRuleConditions` (see https://developer.okta.com/docs/api/). */
export type PolicyRuleConditions = { app?: AppAndInstancePolicyRuleCondition; apps?: AppInstancePolicyRuleCondition; authContext?: PolicyRuleAuthContextCondition; authProvider?: PasswordPolicyAuthenticationProviderCondition; beforeScheduledAction?: BeforeScheduledActionPolicyRuleCondition; clients?: ClientPolicyCondition; context?: ContextPolicyRuleCondition; device?: DevicePolicyRuleCondition; grantTypes?: GrantTypePolicyRuleCondition; groups?: GroupPolicyRuleCondition; identityProvider?: IdentityProviderPolicyRuleCondition; mdmEnrollment?: MDMEnrollmentPolicyRuleCondition; network?: PolicyNetworkCondition; people?: PolicyPeopleCondition; platform?: PlatformPolicyRuleCondition; risk?: RiskPolicyRuleCondition; riskScore?: RiskScorePolicyRuleCondition; scopes?: OAuth2ScopesMediationPolicyRuleCondition; userIdentifier?: UserIdentifierPolicyRuleCondition; users?: UserPolicyRuleCondition; userStatus?: UserStatusPolicyRuleCondition; };

/** Okta schema `PolicyRuleType` (see https://developer.okta.com/docs/api/). */
export type PolicyRuleType = ("ACCESS_POLICY" | "DEVICE_SIGNAL_COLLECTION" | "ENTITY_RISK" | "IDP_DISCOVERY" | "MFA_ENROLL" | "PASSWORD" | "POST_AUTH_SESSION" | "PROFILE_ENROLLMENT" | "SIGN_ON" | "SESSION_VIOLATION_DETECTION" | "CLIENT_UPDATE" | "IDENTITY_CLAIM_SOURCING" | UnknownEnumValue);

/** Okta schema `PolicyRuleVerificationMethodType` (see https://developer.okta.com/docs/api/). */
export type PolicyRuleVerificationMethodType = ("ASSURANCE" | "AUTH_METHOD_CHAIN" | "ID_PROOFING" | UnknownEnumValue);

/** Okta schema `PolicySubject` (see https://developer.okta.com/docs/api/). */
export type PolicySubject = { filter?: string; matchAttribute?: string; matchType?: PolicySubjectMatchType; userNameTemplate?: PolicyUserNameTemplate; };

/** Okta schema `PolicySubjectMatchType` (see https://developer.okta.com/docs/api/). */
export type PolicySubjectMatchType = ("CUSTOM_ATTRIBUTE" | "EMAIL" | "USERNAME" | "USERNAME_OR_EMAIL" | UnknownEnumValue);

/** Okta schema `PolicyType` (see https://developer.okta.com/docs/api/). */
export type PolicyType = ("ACCESS_POLICY" | "ENTITY_RISK" | "IDP_DISCOVERY" | "MFA_ENROLL" | "OKTA_SIGN_ON" | "PASSWORD" | "POST_AUTH_SESSION" | "PROFILE_ENROLLMENT" | "DEVICE_SIGNAL_COLLECTION" | "SESSION_VIOLATION_DETECTION" | "CLIENT_UPDATE" | "IDENTITY_CLAIM_SOURCING" | UnknownEnumValue);

/** Okta schema `PolicyTypeSimulation` (see https://developer.okta.com/docs/api/). */
export type PolicyTypeSimulation = ("ACCESS_POLICY" | "MFA_ENROLL" | "OKTA_SIGN_ON" | "PROFILE_ENROLLMENT" | UnknownEnumValue);

/** Okta schema `PolicyUserNameTemplate` (see https://developer.okta.com/docs/api/). */
export type PolicyUserNameTemplate = { template?: string; };

/** Okta schema `PolicyUserStatus` (see https://developer.okta.com/docs/api/). */
export type PolicyUserStatus = ("ACTIVATING" | "ACTIVE" | "DELETED" | "DELETING" | "EXPIRED_PASSWORD" | "INACTIVE" | "PENDING" | "SUSPENDED" | UnknownEnumValue);

/** Okta schema `PossessionConstraint` (see https://developer.okta.com/docs/api/). */
export type PossessionConstraint = (AccessPolicyConstraint & { deviceBound?: ("OPTIONAL" | "REQUIRED" | UnknownEnumValue); hardwareProtection?: ("OPTIONAL" | "REQUIRED" | UnknownEnumValue); phishingResistant?: ("OPTIONAL" | "REQUIRED" | UnknownEnumValue); userPresence?: ("OPTIONAL" | "REQUIRED" | UnknownEnumValue); userVerification?: ("OPTIONAL" | "REQUIRED" | UnknownEnumValue); userVerificationMethods?: ("BIOMETRICS" | "PIN" | UnknownEnumValue)[]; });

/** Okta schema `PostAuthKeepMeSignedInPrompt` (see https://developer.okta.com/docs/api/). */
export type PostAuthKeepMeSignedInPrompt = { acceptButtonText?: string; rejectButtonText?: string; subtitle?: string; title?: string; };

/** Okta schema `PostAuthSessionFailureActionsObject` (see https://developer.okta.com/docs/api/). */
export type PostAuthSessionFailureActionsObjectBase = { action?: ("RUN_WORKFLOW" | "TERMINATE_SESSION"); };
/** Okta schema `PostAuthSessionFailureActionsObject` (see https://developer.okta.com/docs/api/). */
export type PostAuthSessionFailureActionsObject = (PostAuthSessionPolicyRuleRunWorkflow & { action: "RUN_WORKFLOW" }) | (PostAuthSessionPolicyRuleTerminateSession & { action: "TERMINATE_SESSION" });

/** Okta schema `PostAuthSessionPolicy` (see https://developer.okta.com/docs/api/). */
export type PostAuthSessionPolicy = (PolicyBase & { conditions?: string | null; });

/** Okta schema `PostAuthSessionPolicyRule` (see https://developer.okta.com/docs/api/). */
export type PostAuthSessionPolicyRule = (PolicyRuleBase & { actions?: { postAuthSession?: { failureActions?: PostAuthSessionFailureActionsObject[]; }; }; conditions?: { people?: PolicyPeopleCondition; }; });

/** Okta schema `PostAuthSessionPolicyRuleRunWorkflow` (see https://developer.okta.com/docs/api/). */
export type PostAuthSessionPolicyRuleRunWorkflow = { action?: ("RUN_WORKFLOW" | UnknownEnumValue); workflow?: { id?: number; }; };

/** Okta schema `PostAuthSessionPolicyRuleTerminateSession` (see https://developer.okta.com/docs/api/). */
export type PostAuthSessionPolicyRuleTerminateSession = { action?: ("TERMINATE_SESSION" | UnknownEnumValue); };

/** Okta schema `PotentialConnection` (see https://developer.okta.com/docs/api/). */
export type PotentialConnection = ((PotentialIdentityAssertionCustomASConnection & { connectionType: "IDENTITY_ASSERTION_CUSTOM_AS" }) | (PotentialSTSVaultSecretConnection & { connectionType: "STS_VAULT_SECRET" }) | (PotentialSTSServiceAccountConnection & { connectionType: "STS_SERVICE_ACCOUNT" }) | (PotentialIdentityAssertionAppInstanceConnection & { connectionType: "IDENTITY_ASSERTION_APP_INSTANCE" }));

/** Okta schema `PotentialConnectionAppInstance` (see https://developer.okta.com/docs/api/). */
export type PotentialConnectionAppInstance = { logo?: string; name: string; orn: AppInstanceOrn; _links: AppInstanceLinks; };

/** Okta schema `PotentialConnectionCustomAuthorizationServer` (see https://developer.okta.com/docs/api/). */
export type PotentialConnectionCustomAuthorizationServer = { issuerUrl: string; logo?: string; name: string; orn: AuthorizationServerOrn; _links: AuthorizationServerLinks; };

/** Okta schema `PotentialConnectionList` (see https://developer.okta.com/docs/api/). */
export type PotentialConnectionList = { data: PotentialConnection[]; _links: { self: HrefObjectSelfLink; next?: HrefObjectNextLink; }; };

/** Okta schema `PotentialConnectionResourceIndicator` (see https://developer.okta.com/docs/api/). */
export type PotentialConnectionResourceIndicator = string;

/** Okta schema `PotentialConnectionServiceAccount` (see https://developer.okta.com/docs/api/). */
export type PotentialConnectionServiceAccount = { name: string; orn: ServiceAccountOrn; _links: ServiceAccountLinks; };

/** Okta schema `PotentialConnectionVaultedSecret` (see https://developer.okta.com/docs/api/). */
export type PotentialConnectionVaultedSecret = { description?: string; name: string; orn: VaultedSecretOrn; path?: string; _links: VaultedSecretLinks; };

/** Okta schema `PotentialIdentityAssertionAppInstanceConnection` (see https://developer.okta.com/docs/api/). */
export type PotentialIdentityAssertionAppInstanceConnection = { app: PotentialConnectionAppInstance; authorizationServer?: AppInstanceAuthorizationServer; connectionType: ("IDENTITY_ASSERTION_APP_INSTANCE" | UnknownEnumValue); resourceIndicator: PotentialConnectionResourceIndicator; };

/** Okta schema `PotentialIdentityAssertionCustomASConnection` (see https://developer.okta.com/docs/api/). */
export type PotentialIdentityAssertionCustomASConnection = { authorizationServer: PotentialConnectionCustomAuthorizationServer; connectionType: ("IDENTITY_ASSERTION_CUSTOM_AS" | UnknownEnumValue); resourceIndicator: PotentialConnectionResourceIndicator; };

/** Okta schema `PotentialSTSServiceAccountConnection` (see https://developer.okta.com/docs/api/). */
export type PotentialSTSServiceAccountConnection = { app: PotentialConnectionAppInstance; connectionType: ("STS_SERVICE_ACCOUNT" | UnknownEnumValue); resourceIndicator: PotentialConnectionResourceIndicator; serviceAccount: PotentialConnectionServiceAccount; };

/** Okta schema `PotentialSTSVaultSecretConnection` (see https://developer.okta.com/docs/api/). */
export type PotentialSTSVaultSecretConnection = { connectionType: ("STS_VAULT_SECRET" | UnknownEnumValue); resourceIndicator: PotentialConnectionResourceIndicator; secret: PotentialConnectionVaultedSecret; };

/** Okta schema `PreRegistrationInlineHook` (see https://developer.okta.com/docs/api/). */
export type PreRegistrationInlineHook = { inlineHookId?: string; };

/** Okta schema `PrincipalRateLimitEntity` (see https://developer.okta.com/docs/api/). */
export type PrincipalRateLimitEntity = { readonly createdBy?: string; readonly createdDate?: string; defaultConcurrencyPercentage?: number; defaultPercentage?: number; readonly id?: string; readonly lastUpdate?: string; readonly lastUpdatedBy?: string; readonly orgId?: string; principalId: string; principalType: PrincipalType; };

/** Okta schema `PrincipalType` (see https://developer.okta.com/docs/api/). */
export type PrincipalType = ("OAUTH_CLIENT" | "SSWS_TOKEN" | UnknownEnumValue);

/** Okta schema `PrivilegedResource` (see https://developer.okta.com/docs/api/). */
export type PrivilegedResourceBase = { readonly created?: string; credentialSyncInfo?: CredentialSyncInfo; readonly id?: string; readonly lastUpdated?: string; resourceType: ("APP_ACCOUNT" | "OKTA_USER_ACCOUNT"); status?: PrivilegedResourceStatus; };
/** Okta schema `PrivilegedResource` (see https://developer.okta.com/docs/api/). */
export type PrivilegedResource = (PrivilegedResourceAccountAppRequest & { resourceType: "APP_ACCOUNT" }) | (PrivilegedResourceAccountOkta & { resourceType: "OKTA_USER_ACCOUNT" });

/** Okta schema `PrivilegedResourceAccountAppRequest` (see https://developer.okta.com/docs/api/). */
export type PrivilegedResourceAccountAppRequest = ({ containerDetails?: AppAccountContainerDetails; credentials?: PrivilegedResourceCredentials; } & PrivilegedResourceBase);

/** Okta schema `PrivilegedResourceAccountAppResponse` (see https://developer.okta.com/docs/api/). */
export type PrivilegedResourceAccountAppResponse = ({ credentials?: PrivilegedResourceCredentials; profile?: profile; } & PrivilegedResourceBase);

/** Okta schema `PrivilegedResourceAccountOkta` (see https://developer.okta.com/docs/api/). */
export type PrivilegedResourceAccountOkta = ({ resourceId?: string; credentials?: PrivilegedResourceCredentials; profile?: profile; } & PrivilegedResourceBase);

/** Okta schema `PrivilegedResourceCredentials` (see https://developer.okta.com/docs/api/). */
export type PrivilegedResourceCredentials = { password?: string; userName: string; };

/** Okta schema `PrivilegedResourceFilters` (see https://developer.okta.com/docs/api/). */
export type PrivilegedResourceFilters = { appGroups?: AppGroup[]; organizationalUnits?: OrganizationalUnit[]; };

/** Okta schema `PrivilegedResourceStatus` (see https://developer.okta.com/docs/api/). */
export type PrivilegedResourceStatus = ("ACTIVE" | "CREATED" | "CREATION_FAILED" | "INACTIVE" | "PENDING" | UnknownEnumValue);

/** Okta schema `PrivilegedResourceType` (see https://developer.okta.com/docs/api/). */
export type PrivilegedResourceType = ("APP_ACCOUNT" | "OKTA_USER_ACCOUNT" | UnknownEnumValue);

/** Okta schema `PrivilegedResourceUpdateRequest` (see https://developer.okta.com/docs/api/). */
export type PrivilegedResourceUpdateRequest = { profile?: profile; userName?: string; };

/** Okta schema `ProfileEnrollmentPolicy` (see https://developer.okta.com/docs/api/). */
export type ProfileEnrollmentPolicy = (PolicyBase & { conditions?: string | null; });

/** Okta schema `ProfileEnrollmentPolicyRule` (see https://developer.okta.com/docs/api/). */
export type ProfileEnrollmentPolicyRule = (PolicyRuleBase & { actions?: ProfileEnrollmentPolicyRuleActions; conditions?: string | null; });

/** Okta schema `ProfileEnrollmentPolicyRuleAction` (see https://developer.okta.com/docs/api/). */
export type ProfileEnrollmentPolicyRuleAction = { access?: ("ALLOW" | "DENY" | UnknownEnumValue); activationRequirements?: ProfileEnrollmentPolicyRuleActivationRequirement; allowedIdentifiers?: string[]; enrollAuthenticatorTypes?: string[]; preRegistrationInlineHooks?: PreRegistrationInlineHook[]; profileAttributes?: ProfileEnrollmentPolicyRuleProfileAttribute[]; progressiveProfilingAction?: ("ENABLED" | "DISABLED" | UnknownEnumValue); targetGroupIds?: string[]; uiSchemaId?: string; unknownUserAction?: ("DENY" | "REGISTER" | UnknownEnumValue); };

/** Okta schema `ProfileEnrollmentPolicyRuleActions` (see https://developer.okta.com/docs/api/). */
export type ProfileEnrollmentPolicyRuleActions = (PolicyRuleActions & Record<string, unknown> & { profileEnrollment?: ProfileEnrollmentPolicyRuleAction; });

/** Okta schema `ProfileEnrollmentPolicyRuleActivationRequirement` (see https://developer.okta.com/docs/api/). */
export type ProfileEnrollmentPolicyRuleActivationRequirement = { emailVerification?: boolean; };

/** Okta schema `ProfileEnrollmentPolicyRuleProfileAttribute` (see https://developer.okta.com/docs/api/). */
export type ProfileEnrollmentPolicyRuleProfileAttribute = { label?: string; name?: string; required?: boolean; };

/** Okta schema `ProfileMapping` (see https://developer.okta.com/docs/api/). */
export type ProfileMapping = { readonly id?: string; properties?: ProfileMappingProperty; source?: ProfileMappingSource; target?: ProfileMappingTarget; _links?: LinksSelf; };

/** Okta schema `ProfileMappingProperty` (see https://developer.okta.com/docs/api/). */
export type ProfileMappingProperty = { expression?: string; pushStatus?: ProfileMappingPropertyPushStatus; };

/** Okta schema `ProfileMappingPropertyPushStatus` (see https://developer.okta.com/docs/api/). */
export type ProfileMappingPropertyPushStatus = ("DONT_PUSH" | "PUSH" | UnknownEnumValue);

/** Okta schema `ProfileMappingRequest` (see https://developer.okta.com/docs/api/). */
export type ProfileMappingRequest = { properties: ProfileMappingProperty; };

/** Okta schema `ProfileMappingSource` (see https://developer.okta.com/docs/api/). */
export type ProfileMappingSource = { readonly id?: string; readonly name?: string; readonly type?: string; _links?: SourceLinks; };

/** Okta schema `ProfileMappingTarget` (see https://developer.okta.com/docs/api/). */
export type ProfileMappingTarget = { readonly id?: string; readonly name?: string; readonly type?: string; _links?: SourceLinks; };

/** Okta schema `ProfileSettingObject` (see https://developer.okta.com/docs/api/). */
export type ProfileSettingObject = { status?: (EnabledStatus & unknown & unknown); };

/** Okta schema `Protocol` (see https://developer.okta.com/docs/api/). */
export type Protocol = ("ACTIONS" | "GTR" | "ID_PROOFING" | "OAUTH2" | "OIDC" | "SAML" | "SCIM" | UnknownEnumValue);

/** Okta schema `ProtocolAlgorithmRequestScope` (see https://developer.okta.com/docs/api/). */
export type ProtocolAlgorithmRequestScope = ("NONE" | "REQUEST" | UnknownEnumValue);

/** Okta schema `ProtocolAlgorithmResponseScope` (see https://developer.okta.com/docs/api/). */
export type ProtocolAlgorithmResponseScope = ("ANY" | "RESPONSE" | "TOKEN" | UnknownEnumValue);

/** Okta schema `ProtocolAlgorithmType` (see https://developer.okta.com/docs/api/). */
export type ProtocolAlgorithmType = { signature?: ProtocolAlgorithmTypeSignature; };

/** Okta schema `ProtocolAlgorithmTypeSignature` (see https://developer.okta.com/docs/api/). */
export type ProtocolAlgorithmTypeSignature = { algorithm?: string; scope?: ProtocolAlgorithmTypeSignatureScope; };

/** Okta schema `ProtocolAlgorithmTypeSignatureScope` (see https://developer.okta.com/docs/api/). */
export type ProtocolAlgorithmTypeSignatureScope = ("ANY" | "NONE" | "REQUEST" | "RESPONSE" | "TOKEN" | UnknownEnumValue);

/** Okta schema `ProtocolAlgorithms` (see https://developer.okta.com/docs/api/). */
export type ProtocolAlgorithms = { request?: ProtocolAlgorithmType; response?: ProtocolAlgorithmType; };

/** Okta schema `ProtocolCredentialsKeyId` (see https://developer.okta.com/docs/api/). */
export type ProtocolCredentialsKeyId = string;

/** Okta schema `ProtocolEndpoint` (see https://developer.okta.com/docs/api/). */
export type ProtocolEndpoint = { binding?: ProtocolEndpointBinding; destination?: string; type?: ProtocolEndpointType; url?: string; };

/** Okta schema `ProtocolEndpointBinding` (see https://developer.okta.com/docs/api/). */
export type ProtocolEndpointBinding = ("HTTP-POST" | "HTTP-REDIRECT" | UnknownEnumValue);

/** Okta schema `ProtocolEndpointType` (see https://developer.okta.com/docs/api/). */
export type ProtocolEndpointType = ("INSTANCE" | "ORG" | UnknownEnumValue);

/** Okta schema `ProtocolEndpoints` (see https://developer.okta.com/docs/api/). */
export type ProtocolEndpoints = { acs?: ProtocolEndpoint; authorization?: ProtocolEndpoint; jwks?: ProtocolEndpoint; metadata?: ProtocolEndpoint; slo?: ProtocolEndpoint; sso?: ProtocolEndpoint; token?: ProtocolEndpoint; userInfo?: ProtocolEndpoint; };

/** Okta schema `ProtocolIdVerification` (see https://developer.okta.com/docs/api/). */
export type ProtocolIdVerification = { credentials?: IDVCredentials; endpoints?: IDVEndpoints; scopes?: OAuthScopes; type?: ("ID_PROOFING" | UnknownEnumValue); };

/** Okta schema `ProtocolMtls` (see https://developer.okta.com/docs/api/). */
export type ProtocolMtls = { credentials?: MtlsCredentials; endpoints?: MtlsEndpoints; type?: ("MTLS" | UnknownEnumValue); };

/** Okta schema `ProtocolOAuth` (see https://developer.okta.com/docs/api/). */
export type ProtocolOAuth = { credentials?: OAuthCredentials; endpoints?: OAuthEndpoints; scopes?: OAuthScopes; type?: ("OAUTH2" | UnknownEnumValue); };

/** Okta schema `ProtocolOidc` (see https://developer.okta.com/docs/api/). */
export type ProtocolOidc = { algorithms?: OidcAlgorithms; credentials?: OAuthCredentials; endpoints?: OAuthEndpoints; issuer?: OidcIssuer; oktaIdpOrgUrl?: string; scopes?: string[]; settings?: OidcSettings; type?: ("OIDC" | UnknownEnumValue); };

/** Okta schema `ProtocolRelayState` (see https://developer.okta.com/docs/api/). */
export type ProtocolRelayState = { format?: ProtocolRelayStateFormat; };

/** Okta schema `ProtocolRelayStateFormat` (see https://developer.okta.com/docs/api/). */
export type ProtocolRelayStateFormat = ("FROM_URL" | "OPAQUE" | UnknownEnumValue);

/** Okta schema `ProtocolSaml` (see https://developer.okta.com/docs/api/). */
export type ProtocolSaml = { algorithms?: SamlAlgorithms; credentials?: SamlCredentials; endpoints?: SamlEndpoints; relayState?: SamlRelayState; settings?: SamlSettings; type?: ("SAML2" | UnknownEnumValue); };

/** Okta schema `ProtocolSettings` (see https://developer.okta.com/docs/api/). */
export type ProtocolSettings = { nameFormat?: string; };

/** Okta schema `ProtocolType` (see https://developer.okta.com/docs/api/). */
export type ProtocolType = ("MTLS" | "OAUTH2" | "OIDC" | "SAML2" | UnknownEnumValue);

/** Okta schema `ProviderType` (see https://developer.okta.com/docs/api/). */
export type ProviderType = ("APNS" | "FCM" | UnknownEnumValue);

/** Okta schema `Provisioning` (see https://developer.okta.com/docs/api/). */
export type Provisioning = { action?: ProvisioningAction; conditions?: ProvisioningConditions; groups?: ProvisioningGroups; profileMaster?: boolean; };

/** Okta schema `ProvisioningAction` (see https://developer.okta.com/docs/api/). */
export type ProvisioningAction = ("AUTO" | "DISABLED" | UnknownEnumValue);

/** Okta schema `ProvisioningCapability` (see https://developer.okta.com/docs/api/). */
export type ProvisioningCapability = { actions?: SubmissionAction[]; capability: ("PROVISIONING" | UnknownEnumValue); supportedProtocols: ("SCIM" | "ACTIONS" | "OAUTH2" | UnknownEnumValue)[]; };

/** Okta schema `ProvisioningConditions` (see https://developer.okta.com/docs/api/). */
export type ProvisioningConditions = { deprovisioned?: ProvisioningDeprovisionedCondition; suspended?: ProvisioningSuspendedCondition; };

/** Okta schema `ProvisioningConnection` (see https://developer.okta.com/docs/api/). */
export type ProvisioningConnection = { authScheme?: ProvisioningConnectionAuthScheme; status?: ProvisioningConnectionStatus; readonly _links?: { [key: string]: Record<string, unknown>; }; };

/** Okta schema `ProvisioningConnectionAuthScheme` (see https://developer.okta.com/docs/api/). */
export type ProvisioningConnectionAuthScheme = ("OAUTH2" | "TOKEN" | "UNKNOWN" | UnknownEnumValue);

/** Okta schema `ProvisioningConnectionOauthAuthScheme` (see https://developer.okta.com/docs/api/). */
export type ProvisioningConnectionOauthAuthScheme = ("OAUTH2" | UnknownEnumValue);

/** Okta schema `ProvisioningConnectionOauthRequest` (see https://developer.okta.com/docs/api/). */
export type ProvisioningConnectionOauthRequest = (ProvisioningConnectionRequest & { profile: ProvisioningConnectionOauthRequestProfile; });

/** Okta schema `ProvisioningConnectionOauthRequestProfile` (see https://developer.okta.com/docs/api/). */
export type ProvisioningConnectionOauthRequestProfile = { authScheme: ProvisioningConnectionOauthAuthScheme; clientId?: string; settings?: Office365ProvisioningSettings; signing?: Org2OrgProvisioningOAuthSigningSettings; [key: string]: unknown; };

/** Okta schema `ProvisioningConnectionProfile` (see https://developer.okta.com/docs/api/). */
export type ProvisioningConnectionProfile = { authScheme?: ProvisioningConnectionAuthScheme; token?: string; [key: string]: unknown; };

/** Okta schema `ProvisioningConnectionProfileOauth` (see https://developer.okta.com/docs/api/). */
export type ProvisioningConnectionProfileOauth = { authScheme: ProvisioningConnectionOauthAuthScheme; clientId?: string; };

/** Okta schema `ProvisioningConnectionRequest` (see https://developer.okta.com/docs/api/). */
export type ProvisioningConnectionRequest = Record<string, unknown>;

/** Okta schema `ProvisioningConnectionRequestAuthScheme` (see https://developer.okta.com/docs/api/). */
export type ProvisioningConnectionRequestAuthScheme = ("OAUTH2" | "TOKEN" | UnknownEnumValue);

/** Okta schema `ProvisioningConnectionResponse` (see https://developer.okta.com/docs/api/). */
export type ProvisioningConnectionResponse = { authScheme?: ProvisioningConnectionTokenAuthScheme; baseUrl?: string; profile: ProvisioningConnectionResponseProfile; status: ProvisioningConnectionStatus; _links?: LinksSelfLifecycleAndAuthorize; };

/** Okta schema `ProvisioningConnectionResponseProfile` (see https://developer.okta.com/docs/api/). */
export type ProvisioningConnectionResponseProfile = { authScheme: ProvisioningConnectionAuthScheme; signing?: Org2OrgProvisioningOAuthSigningSettings; [key: string]: unknown; };

/** Okta schema `ProvisioningConnectionStatus` (see https://developer.okta.com/docs/api/). */
export type ProvisioningConnectionStatus = ("DISABLED" | "ENABLED" | "UNKNOWN" | UnknownEnumValue);

/** Okta schema `ProvisioningConnectionTokenAuthScheme` (see https://developer.okta.com/docs/api/). */
export type ProvisioningConnectionTokenAuthScheme = ("TOKEN" | UnknownEnumValue);

/** Okta schema `ProvisioningConnectionTokenRequest` (see https://developer.okta.com/docs/api/). */
export type ProvisioningConnectionTokenRequest = (ProvisioningConnectionRequest & { baseUrl?: string; profile: ProvisioningConnectionTokenRequestProfile; });

/** Okta schema `ProvisioningConnectionTokenRequestProfile` (see https://developer.okta.com/docs/api/). */
export type ProvisioningConnectionTokenRequestProfile = { authScheme: ProvisioningConnectionTokenAuthScheme; token?: string; [key: string]: unknown; };

/** Okta schema `ProvisioningDeprovisionedAction` (see https://developer.okta.com/docs/api/). */
export type ProvisioningDeprovisionedAction = ("NONE" | "REACTIVATE" | UnknownEnumValue);

/** Okta schema `ProvisioningDeprovisionedCondition` (see https://developer.okta.com/docs/api/). */
export type ProvisioningDeprovisionedCondition = { action?: ProvisioningDeprovisionedAction; };

/** Okta schema `ProvisioningDetails` (see https://developer.okta.com/docs/api/). */
export type ProvisioningDetails = { features: ("CREATE_USER" | "READ_USER" | "UPDATE_USER" | "DEACTIVATE_USER" | "IMPORT_USER_SCHEMA" | "CREATE_GROUP" | "READ_GROUP" | "UPDATE_GROUP" | "DEACTIVATE_GROUP" | UnknownEnumValue)[]; scim: Scim; };

/** Okta schema `ProvisioningGroups` (see https://developer.okta.com/docs/api/). */
export type ProvisioningGroups = { action?: ProvisioningGroupsAction; assignments?: string[]; filter?: string[]; sourceAttributeName?: string; };

/** Okta schema `ProvisioningGroupsAction` (see https://developer.okta.com/docs/api/). */
export type ProvisioningGroupsAction = ("APPEND" | "ASSIGN" | "NONE" | "SYNC" | UnknownEnumValue);

/** Okta schema `ProvisioningSuspendedAction` (see https://developer.okta.com/docs/api/). */
export type ProvisioningSuspendedAction = ("NONE" | "UNSUSPEND" | UnknownEnumValue);

/** Okta schema `ProvisioningSuspendedCondition` (see https://developer.okta.com/docs/api/). */
export type ProvisioningSuspendedCondition = { action?: ProvisioningSuspendedAction; };

/** Okta schema `PublicAppleAppSiteWellKnownURI` (see https://developer.okta.com/docs/api/). */
export type PublicAppleAppSiteWellKnownURI = Record<string, unknown>;

/** Okta schema `PublicAssetLinksWellKnownURI` (see https://developer.okta.com/docs/api/). */
export type PublicAssetLinksWellKnownURI = (Record<string, unknown>)[];

/** Okta schema `PublicWebauthnSiteWellKnownURI` (see https://developer.okta.com/docs/api/). */
export type PublicWebauthnSiteWellKnownURI = Record<string, unknown>;

/** Okta schema `PushMethodKeyProtection` (see https://developer.okta.com/docs/api/). */
export type PushMethodKeyProtection = ("ANY" | "HARDWARE" | UnknownEnumValue);

/** Okta schema `PushProvider` (see https://developer.okta.com/docs/api/). */
export type PushProviderBase = { readonly id?: string; readonly lastUpdatedDate?: string; name?: string; providerType?: ("APNS" | "FCM"); _links?: LinksSelf; };
/** Okta schema `PushProvider` (see https://developer.okta.com/docs/api/). */
export type PushProvider = (APNSPushProvider & { providerType: "APNS" }) | (FCMPushProvider & { providerType: "FCM" });

/** Okta schema `PushUserFactor` (see https://developer.okta.com/docs/api/). */
export type PushUserFactor = (UserFactorBase & { expiresAt?: string; factorResult?: FactorResultType; profile?: PushUserFactorProfile; });

/** Okta schema `PushUserFactorProfile` (see https://developer.okta.com/docs/api/). */
export type PushUserFactorProfile = { credentialId?: string; deviceToken?: string; deviceType?: string; name?: string; platform?: string; version?: string; [key: string]: unknown; };

/** Okta schema `RateLimitAdminNotifications` (see https://developer.okta.com/docs/api/). */
export type RateLimitAdminNotifications = { notificationsEnabled: boolean; };

/** Okta schema `RateLimitWarningThresholdRequest` (see https://developer.okta.com/docs/api/). */
export type RateLimitWarningThresholdRequest = { warningThreshold: number; };

/** Okta schema `RateLimitWarningThresholdResponse` (see https://developer.okta.com/docs/api/). */
export type RateLimitWarningThresholdResponse = { warningThreshold?: number; };

/** Okta schema `Realm` (see https://developer.okta.com/docs/api/). */
export type Realm = { readonly created?: string; readonly id?: string; readonly isDefault?: boolean; readonly lastUpdated?: string; profile?: RealmProfile; _links?: LinksSelf; };

/** Okta schema `RealmAssignment` (see https://developer.okta.com/docs/api/). */
export type RealmAssignment = { actions?: Actions; conditions?: Conditions; readonly created?: string; domains?: string[]; readonly id?: string; readonly isDefault?: boolean; readonly lastUpdated?: string; name?: string; priority?: number; status?: LifecycleStatus; _links?: LinksSelf; };

/** Okta schema `RealmAssignmentOperationResponse` (see https://developer.okta.com/docs/api/). */
export type RealmAssignmentOperationResponse = (OperationResponse & { assignmentOperation?: { configuration?: { actions?: { assignUserToRealm?: { realmId?: string; }; }; conditions?: Conditions; id?: string; name?: string; }; }; readonly numUserMoved?: number; readonly realmId?: string; readonly realmName?: string; _links?: LinksSelf; });

/** Okta schema `RealmProfile` (see https://developer.okta.com/docs/api/). */
export type RealmProfile = { domains?: string[]; name: string; realmType?: ("PARTNER" | "DEFAULT" | UnknownEnumValue); [key: string]: unknown; };

/** Okta schema `RecoveryQuestionCredential` (see https://developer.okta.com/docs/api/). */
export type RecoveryQuestionCredential = { answer?: string; question?: string; };

/** Okta schema `RefreshToken` (see https://developer.okta.com/docs/api/). */
export type RefreshToken = { jti?: string; };

/** Okta schema `RegistrationInlineHook` (see https://developer.okta.com/docs/api/). */
export type RegistrationInlineHook = (InlineHook & Record<string, unknown>);

/** Okta schema `RegistrationInlineHookCommand` (see https://developer.okta.com/docs/api/). */
export type RegistrationInlineHookCommand = { type?: ("com.okta.user.profile.update" | "com.okta.action.update" | "com.okta.user.progressive.profile.update" | UnknownEnumValue); };

/** Okta schema `RegistrationInlineHookPPData` (see https://developer.okta.com/docs/api/). */
export type RegistrationInlineHookPPData = (InlineHookBasePayload & RegistrationInlineHookRequestBase & { data?: { context?: { request?: InlineHookRequestObject; user?: { passwordChanged?: string; _links?: { groups?: (HrefObject); factors?: (HrefObject); }; profile?: { [key: string]: unknown; }; id?: string; }; }; action?: string; userProfileUpdate?: { [key: string]: unknown; }; }; });

/** Okta schema `RegistrationInlineHookRequest` (see https://developer.okta.com/docs/api/). */
export type RegistrationInlineHookRequestBase = { eventType?: string; requestType?: ("self.service.registration" | "progressive.profile"); source?: string; };
/** Okta schema `RegistrationInlineHookRequest` (see https://developer.okta.com/docs/api/). */
export type RegistrationInlineHookRequest = (RegistrationInlineHookSSRData & { requestType: "self.service.registration" }) | (RegistrationInlineHookPPData & { requestType: "progressive.profile" });

/** Okta schema `RegistrationInlineHookRequestType` (see https://developer.okta.com/docs/api/). */
export type RegistrationInlineHookRequestType = ("progressive.profile" | "self.service.registration" | UnknownEnumValue);

/** Okta schema `RegistrationInlineHookResponse` (see https://developer.okta.com/docs/api/). */
export type RegistrationInlineHookResponse = { commands?: unknown[]; };

/** Okta schema `RegistrationInlineHookSSRData` (see https://developer.okta.com/docs/api/). */
export type RegistrationInlineHookSSRData = (InlineHookBasePayload & RegistrationInlineHookRequestBase & { data?: { context?: { request?: InlineHookRequestObject; }; action?: string; userProfile?: { [key: string]: unknown; }; }; });

/** Okta schema `RegistrationResponse` (see https://developer.okta.com/docs/api/). */
export type RegistrationResponse = { commands?: { type?: string; value?: { [key: string]: unknown; }; }[]; Error?: { errorSummary?: string; errorCauses?: { errorSummary?: string; reason?: string; locationType?: string; location?: string; domain?: string; }[]; }; };

/** Okta schema `ReleaseChannel` (see https://developer.okta.com/docs/api/). */
export type ReleaseChannel = ("BETA" | "EA" | "GA" | "TEST" | UnknownEnumValue);

/** Okta schema `ReplaceUserClassification` (see https://developer.okta.com/docs/api/). */
export type ReplaceUserClassification = { type?: ClassificationType; };

/** Okta schema `RequiredEnum` (see https://developer.okta.com/docs/api/). */
export type RequiredEnum = ("ALWAYS" | "HIGH_RISK_ONLY" | "NEVER" | UnknownEnumValue);

/** Okta schema `ResendUserFactor` (see https://developer.okta.com/docs/api/). */
export type ResendUserFactorBase = { factorType?: ("call" | "email" | "sms"); };
/** Okta schema `ResendUserFactor` (see https://developer.okta.com/docs/api/). */
export type ResendUserFactor = (UserFactorCall & { factorType: "call" }) | (UserFactorEmail & { factorType: "email" }) | (UserFactorSMS & { factorType: "sms" });

/** Okta schema `ResetPasswordToken` (see https://developer.okta.com/docs/api/). */
export type ResetPasswordToken = { readonly resetPasswordUrl?: string; };

/** Okta schema `ResourceConditions` (see https://developer.okta.com/docs/api/). */
export type ResourceConditions = { Exclude?: { "okta:ORN"?: string[]; }; };

/** Okta schema `ResourceServerJsonWebKey` (see https://developer.okta.com/docs/api/). */
export type ResourceServerJsonWebKey = { e?: string; kid?: string; kty?: JsonWebKeyType; n?: string; status?: JsonWebKeyStatus; use?: JsonWebKeyUse; };

/** Okta schema `ResourceServerJsonWebKeys` (see https://developer.okta.com/docs/api/). */
export type ResourceServerJsonWebKeys = { keys?: ResourceServerJsonWebKey[]; };

/** Okta schema `ResourceSet` (see https://developer.okta.com/docs/api/). */
export type ResourceSet = { readonly created?: string; description?: string; readonly id?: string; label?: string; readonly lastUpdated?: string; _links?: (LinksSelf & { resources?: HrefObjectResourceSetResourcesLink; bindings?: HrefObjectBindingsLink; }); };

/** Okta schema `ResourceSetBindingAddMembersRequest` (see https://developer.okta.com/docs/api/). */
export type ResourceSetBindingAddMembersRequest = { additions?: string[]; };

/** Okta schema `ResourceSetBindingCreateRequest` (see https://developer.okta.com/docs/api/). */
export type ResourceSetBindingCreateRequest = { members?: string[]; role?: string; };

/** Okta schema `ResourceSetBindingEditResponse` (see https://developer.okta.com/docs/api/). */
export type ResourceSetBindingEditResponse = { _links?: (LinksSelf & { "resource-set"?: HrefObjectResourceSetLink; bindings?: HrefObjectBindingsLink; }); };

/** Okta schema `ResourceSetBindingMember` (see https://developer.okta.com/docs/api/). */
export type ResourceSetBindingMember = { readonly created?: string; readonly id?: string; readonly lastUpdated?: string; _links?: LinksSelf; };

/** Okta schema `ResourceSetBindingMembers` (see https://developer.okta.com/docs/api/). */
export type ResourceSetBindingMembers = { members?: ResourceSetBindingMember[]; _links?: (LinksSelf & { next?: (HrefObject & unknown); binding?: HrefObjectBindingLink; }); };

/** Okta schema `ResourceSetBindingResponse` (see https://developer.okta.com/docs/api/). */
export type ResourceSetBindingResponse = { id?: string; _links?: (LinksSelf & { "resource-set"?: HrefObjectResourceSetLink; members?: HrefObjectMembersLink; }); };

/** Okta schema `ResourceSetBindingRole` (see https://developer.okta.com/docs/api/). */
export type ResourceSetBindingRole = { id?: string; _links?: (LinksSelf & { members?: HrefObjectMembersLink; }); };

/** Okta schema `ResourceSetBindings` (see https://developer.okta.com/docs/api/). */
export type ResourceSetBindings = { roles?: ResourceSetBindingRole[]; _links?: (LinksSelf & { next?: (HrefObject & unknown); "resource-set"?: HrefObjectResourceSetLink; }); };

/** Okta schema `ResourceSetResource` (see https://developer.okta.com/docs/api/). */
export type ResourceSetResource = { conditions?: ResourceConditions; readonly created?: string; readonly id?: string; readonly lastUpdated?: string; orn?: string; readonly _links?: { self?: (HrefObject & unknown); resource?: (HrefObject & unknown); groups?: (HrefObject & unknown); users?: (HrefObject & unknown); }; };

/** Okta schema `ResourceSetResourcePatchRequest` (see https://developer.okta.com/docs/api/). */
export type ResourceSetResourcePatchRequest = { additions?: string[]; };

/** Okta schema `ResourceSetResourcePostRequest` (see https://developer.okta.com/docs/api/). */
export type ResourceSetResourcePostRequest = { conditions: ResourceConditions; resourceOrnOrUrl: string; };

/** Okta schema `ResourceSetResourcePutRequest` (see https://developer.okta.com/docs/api/). */
export type ResourceSetResourcePutRequest = { conditions?: ResourceConditions; };

/** Okta schema `ResourceSetResources` (see https://developer.okta.com/docs/api/). */
export type ResourceSetResources = { resources?: ResourceSetResource[]; _links?: (LinksNext & { "resource-set"?: HrefObject; }); };

/** Okta schema `ResourceSets` (see https://developer.okta.com/docs/api/). */
export type ResourceSets = { "resource-sets"?: ResourceSet[]; _links?: LinksNext; };

/** Okta schema `ResponseLinks` (see https://developer.okta.com/docs/api/). */
export type ResponseLinks = { _links?: LinksSelf; };

/** Okta schema `ResponseMode` (see https://developer.okta.com/docs/api/). */
export type ResponseMode = ("form_post" | "fragment" | "okta_post_message" | "query" | UnknownEnumValue);

/** Okta schema `ResponseType` (see https://developer.okta.com/docs/api/). */
export type ResponseType = ("code" | "id_token" | "none" | "token" | UnknownEnumValue);

/** Okta schema `ResponseTypesSupported` (see https://developer.okta.com/docs/api/). */
export type ResponseTypesSupported = ("code" | "code id_token" | "code id_token token" | "code token" | "id_token" | "id_token token" | "token" | UnknownEnumValue);

/** Okta schema `RevokeRefreshTokenHrefObject` (see https://developer.okta.com/docs/api/). */
export type RevokeRefreshTokenHrefObject = { href?: string; };

/** Okta schema `RiscIdentifierChangedEvent` (see https://developer.okta.com/docs/api/). */
export type RiscIdentifierChangedEvent = { event_timestamp: number; "new-value"?: string; subject: SecurityEventSubject; };

/** Okta schema `RiskDetectionTypesPolicyRuleCondition` (see https://developer.okta.com/docs/api/). */
export type RiskDetectionTypesPolicyRuleCondition = { exclude?: DetectedRiskEvents[]; include?: DetectedRiskEvents[]; };

/** Okta schema `RiskEvent` (see https://developer.okta.com/docs/api/). */
export type RiskEvent = { expiresAt?: string; subjects: RiskEventSubject[]; timestamp?: string; };

/** Okta schema `RiskEventSubject` (see https://developer.okta.com/docs/api/). */
export type RiskEventSubject = { ip: string; message?: string; riskLevel: RiskEventSubjectRiskLevel; };

/** Okta schema `RiskEventSubjectRiskLevel` (see https://developer.okta.com/docs/api/). */
export type RiskEventSubjectRiskLevel = ("HIGH" | "LOW" | "MEDIUM" | UnknownEnumValue);

/** Okta schema `RiskPolicyRuleCondition` (see https://developer.okta.com/docs/api/). */
export type RiskPolicyRuleCondition = { behaviors?: string[]; };

/** Okta schema `RiskProvider` (see https://developer.okta.com/docs/api/). */
export type RiskProvider = { action: RiskProviderAction; clientId: string; readonly created?: string; readonly id: string; readonly lastUpdated?: string; name: string; _links: LinksSelf; };

/** Okta schema `RiskProviderAction` (see https://developer.okta.com/docs/api/). */
export type RiskProviderAction = ("enforce_and_log" | "log_only" | "none" | UnknownEnumValue);

/** Okta schema `RiskScorePolicyRuleCondition` (see https://developer.okta.com/docs/api/). */
export type RiskScorePolicyRuleCondition = { level: ("ANY" | "LOW" | "MEDIUM" | "HIGH" | UnknownEnumValue); };

/** Okta schema `Role` (see https://developer.okta.com/docs/api/). */
export type Role = { assignmentType?: RoleAssignmentType; readonly created?: string; description?: string; readonly id?: string; readonly label?: string; readonly lastUpdated?: string; status?: LifecycleStatus; type?: RoleType; readonly _embedded?: { [key: string]: Record<string, unknown>; }; _links?: LinksSelf; };

/** Okta schema `RoleAssignedUser` (see https://developer.okta.com/docs/api/). */
export type RoleAssignedUser = { readonly id?: string; readonly orn?: string; _links?: LinksSelfAndRoles; };

/** Okta schema `RoleAssignedUsers` (see https://developer.okta.com/docs/api/). */
export type RoleAssignedUsers = { value?: RoleAssignedUser[]; _links?: LinksNextForRoleAssignments; };

/** Okta schema `RoleAssignmentType` (see https://developer.okta.com/docs/api/). */
export type RoleAssignmentType = ("CLIENT" | "GROUP" | "USER" | UnknownEnumValue);

/** Okta schema `RoleGovernance` (see https://developer.okta.com/docs/api/). */
export type RoleGovernance = { grants?: RoleGovernanceSource[]; _links?: LinksGovernanceSources; };

/** Okta schema `RoleGovernanceResource` (see https://developer.okta.com/docs/api/). */
export type RoleGovernanceResource = { label?: string; resource?: string; };

/** Okta schema `RoleGovernanceResources` (see https://developer.okta.com/docs/api/). */
export type RoleGovernanceResources = { resources?: RoleGovernanceResource[]; _links?: (LinksSelf & LinksNext); };

/** Okta schema `RoleGovernanceSource` (see https://developer.okta.com/docs/api/). */
export type RoleGovernanceSource = { readonly bundleId?: string; readonly expirationDate?: string; readonly grantId: string; type: GovernanceSourceType; _links?: (LinksGovernanceResources & LinksSelf); };

/** Okta schema `RoleId` (see https://developer.okta.com/docs/api/). */
export type RoleId = string;

/** Okta schema `RolePermissionType` (see https://developer.okta.com/docs/api/). */
export type RolePermissionType = ("okta.apps.assignment.manage" | "okta.apps.manage" | "okta.apps.manageFirstPartyApps" | "okta.apps.read" | "okta.authzServers.manage" | "okta.authzServers.read" | "okta.customizations.manage" | "okta.customizations.read" | "okta.governance.accessCertifications.manage" | "okta.governance.accessRequests.manage" | "okta.groups.appAssignment.manage" | "okta.groups.create" | "okta.groups.manage" | "okta.groups.members.manage" | "okta.groups.read" | "okta.profilesources.import.run" | "okta.users.appAssignment.manage" | "okta.users.create" | "okta.users.credentials.expirePassword" | "okta.users.credentials.manage" | "okta.users.credentials.resetFactors" | "okta.users.credentials.resetPassword" | "okta.users.groupMembership.manage" | "okta.users.lifecycle.activate" | "okta.users.lifecycle.clearSessions" | "okta.users.lifecycle.deactivate" | "okta.users.lifecycle.delete" | "okta.users.lifecycle.manage" | "okta.users.lifecycle.suspend" | "okta.users.lifecycle.unlock" | "okta.users.lifecycle.unsuspend" | "okta.users.manage" | "okta.users.read" | "okta.users.userprofile.manage" | UnknownEnumValue);

/** Okta schema `RoleTarget` (see https://developer.okta.com/docs/api/). */
export type RoleTarget = { readonly assignmentType?: string; readonly expiration?: string; readonly orn?: string; _links?: LinksSelf; };

/** Okta schema `RoleType` (see https://developer.okta.com/docs/api/). */
export type RoleType = ("ACCESS_CERTIFICATIONS_ADMIN" | "ACCESS_REQUESTS_ADMIN" | "API_ACCESS_MANAGEMENT_ADMIN" | "APP_ADMIN" | "CUSTOM" | "GROUP_MEMBERSHIP_ADMIN" | "HELP_DESK_ADMIN" | "ORG_ADMIN" | "READ_ONLY_ADMIN" | "REPORT_ADMIN" | "SUPER_ADMIN" | "USER_ADMIN" | "WORKFLOWS_ADMIN" | UnknownEnumValue);

/** Okta schema `RotatePasswordRequest` (see https://developer.okta.com/docs/api/). */
export type RotatePasswordRequest = { password: string; secretVersionId: string; };

/** Okta schema `SAMLHookResponse` (see https://developer.okta.com/docs/api/). */
export type SAMLHookResponse = { commands?: { type?: string; value?: { op?: string; path?: string; value?: (string | number | Record<string, unknown>); }[]; }[]; error?: { errorSummary?: string; }; };

/** Okta schema `SAMLPayLoad` (see https://developer.okta.com/docs/api/). */
export type SAMLPayLoad = { data?: { context?: (BaseContext & { protocol?: { type?: string; issuer?: { id?: string; name?: string; uri?: string; }; }; }); assertion?: { subject?: { nameId?: string; nameFormat?: string; confirmation?: { method?: string; data?: { recipient?: string; }; }; }; authentication?: { sessionIndex?: string; authnContext?: { authnContextClassRef?: string; }; }; conditions?: { audienceRestriction?: string[]; }; claims?: { [key: string]: { attributes?: { NameFormat?: string; }; attributeValues?: { attributes?: { "xsi:type"?: string; }; value?: string; }[]; }; }; lifetime?: { expiration?: number; }; }; }; eventType?: string; source?: string; };

/** Okta schema `SAMLPayloadExecute` (see https://developer.okta.com/docs/api/). */
export type SAMLPayloadExecute = (InlineHookBasePayload & SAMLPayLoad);

/** Okta schema `STSServiceAccountConnection` (see https://developer.okta.com/docs/api/). */
export type STSServiceAccountConnection = { app: ManagedConnectionAppInstance; connectionType: ("STS_SERVICE_ACCOUNT" | UnknownEnumValue); id: ManagedConnectionId; orn: ManagedConnectionOrn; resourceIndicator: ManagedConnectionResourceIndicator; serviceAccount: ManagedConnectionServiceAccount; status: ManagedConnectionStatus; _links: ManagedConnectionLinks; };

/** Okta schema `STSServiceAccountConnectionCreatable` (see https://developer.okta.com/docs/api/). */
export type STSServiceAccountConnectionCreatable = { app: { orn: AppInstanceOrn; }; connectionType: ("STS_SERVICE_ACCOUNT" | UnknownEnumValue); resourceIndicator?: string; serviceAccount: { orn: ServiceAccountOrn; }; };

/** Okta schema `STSVaultSecretConnection` (see https://developer.okta.com/docs/api/). */
export type STSVaultSecretConnection = { connectionType: ("STS_VAULT_SECRET" | UnknownEnumValue); id: ManagedConnectionId; orn: ManagedConnectionOrn; resourceIndicator: ManagedConnectionResourceIndicator; secret: ManagedConnectionVaultedSecret; status: ManagedConnectionStatus; _links: ManagedConnectionLinks; };

/** Okta schema `STSVaultSecretConnectionCreatable` (see https://developer.okta.com/docs/api/). */
export type STSVaultSecretConnectionCreatable = { connectionType: ("STS_VAULT_SECRET" | UnknownEnumValue); resourceIndicator?: string; secret: { orn: VaultedSecretOrn; }; };

/** Okta schema `SafeBrowsingProtectionLevel` (see https://developer.okta.com/docs/api/). */
export type SafeBrowsingProtectionLevel = ("ENHANCED_PROTECTION" | "NO_SAFE_BROWSING" | "STANDARD_PROTECTION" | UnknownEnumValue);

/** Okta schema `SalesforceApplication` (see https://developer.okta.com/docs/api/). */
export type SalesforceApplication = (OINApplication & Record<string, unknown> & { name: ("salesforce" | UnknownEnumValue); signOnMode?: ("BROWSER_PLUGIN" | "BOOKMARK" | "SAML_2_0" | UnknownEnumValue); settings: SalesforceApplicationSettings; });

/** Okta schema `SalesforceApplicationSettings` (see https://developer.okta.com/docs/api/). */
export type SalesforceApplicationSettings = (ApplicationSettings & Record<string, unknown> & { app: SalesforceApplicationSettingsApplication; signOn?: OINSaml20ApplicationSettingsSignOn; });

/** Okta schema `SalesforceApplicationSettingsApplication` (see https://developer.okta.com/docs/api/). */
export type SalesforceApplicationSettingsApplication = { instanceType: ("SANDBOX" | "PRODUCTION" | "GOVERNMENT" | UnknownEnumValue); integrationType: ("STANDARD" | "PORTAL" | "COMMUNITY" | UnknownEnumValue); loginUrl?: string; logoutUrl?: string; };

/** Okta schema `Saml` (see https://developer.okta.com/docs/api/). */
export type Saml = { acs: { index?: number; url?: string; }[]; claims?: { name?: string; values?: string[]; }[]; doc: string; entityId: string; groups?: string[]; };

/** Okta schema `Saml11Application` (see https://developer.okta.com/docs/api/). */
export type Saml11Application = (ApplicationBase & { credentials?: ApplicationCredentials; name: string; settings?: Saml11ApplicationSettings; });

/** Okta schema `Saml11ApplicationSettings` (see https://developer.okta.com/docs/api/). */
export type Saml11ApplicationSettings = (ApplicationSettings & { app?: { [key: string]: unknown; }; signOn?: Saml11ApplicationSettingsSignOn; });

/** Okta schema `Saml11ApplicationSettingsSignOn` (see https://developer.okta.com/docs/api/). */
export type Saml11ApplicationSettingsSignOn = { audienceOverride?: string; defaultRelayState?: string; recipientOverride?: string; ssoAcsUrlOverride?: string; };

/** Okta schema `SamlAcsEndpoint` (see https://developer.okta.com/docs/api/). */
export type SamlAcsEndpoint = { binding?: ProtocolEndpointBinding; type?: SamlEndpointType; };

/** Okta schema `SamlAlgorithms` (see https://developer.okta.com/docs/api/). */
export type SamlAlgorithms = { request?: SamlRequestAlgorithm; response?: SamlResponseAlgorithm; };

/** Okta schema `SamlApplication` (see https://developer.okta.com/docs/api/). */
export type SamlApplication = (ApplicationBase & { credentials?: ApplicationCredentials; readonly name?: string; settings?: SamlApplicationSettings; });

/** Okta schema `SamlApplicationSettings` (see https://developer.okta.com/docs/api/). */
export type SamlApplicationSettings = (ApplicationSettings & { signOn?: SamlApplicationSettingsSignOn; });

/** Okta schema `SamlApplicationSettingsApplication` (see https://developer.okta.com/docs/api/). */
export type SamlApplicationSettingsApplication = { acsUrl?: string; audRestriction?: string; baseUrl?: string; };

/** Okta schema `SamlApplicationSettingsSignOn` (see https://developer.okta.com/docs/api/). */
export type SamlApplicationSettingsSignOn = { acsEndpoints?: AcsEndpoint[]; allowMultipleAcsEndpoints: boolean; assertionEncryption?: SamlAssertionEncryption; assertionSigned: boolean; attributeStatements?: SamlAttributeStatement[]; audience?: string; audienceOverride?: string; authnContextClassRef?: ("urn:federation:authentication:windows" | "oasis:names:tc:SAML:2.0:ac:classes:Kerberos" | "urn:oasis:names:tc:SAML:2.0:ac:classes:Password" | "urn:oasis:names:tc:SAML:2.0:ac:classes:PasswordProtectedTransport" | "urn:oasis:names:tc:SAML:2.0:ac:classes:TLSClient" | "urn:oasis:names:tc:SAML:2.0:ac:classes:unspecified" | "urn:oasis:names:tc:SAML:2.0:ac:classes:X509" | UnknownEnumValue); configuredAttributeStatements?: SamlAttributeStatement[]; defaultRelayState?: string; destination?: string; destinationOverride?: string; digestAlgorithm?: ("SHA1" | "SHA256" | UnknownEnumValue); honorForceAuthn: boolean; idpIssuer?: string; inlineHooks?: SignOnInlineHook[]; participateSlo?: SloParticipate; recipient?: string; recipientOverride?: string; requestCompressed: boolean; responseSigned: boolean; samlAssertionLifetimeSeconds?: number; signatureAlgorithm?: ("RSA_SHA1" | "RSA_SHA256" | UnknownEnumValue); slo?: SingleLogout; spCertificate?: SamlSpCertificate; spIssuer?: string; ssoAcsUrl?: string; ssoAcsUrlOverride?: string; subjectNameIdFormat?: ("urn:oasis:names:tc:SAML:1.1:nameid-format:emailAddress" | "urn:oasis:names:tc:SAML:2.0:nameid-format:persistent" | "urn:oasis:names:tc:SAML:2.0:nameid-format:transient" | "urn:oasis:names:tc:SAML:1.1:nameid-format:unspecified" | "urn:oasis:names:tc:SAML:1.1:nameid-format:x509SubjectName" | UnknownEnumValue); subjectNameIdTemplate?: string; };

/** Okta schema `SamlAssertionEncryption` (see https://developer.okta.com/docs/api/). */
export type SamlAssertionEncryption = { enabled?: boolean; encryptionAlgorithm?: ("AES128_CBC" | "AES256_CBC" | "AES256_CBC" | "AES256_GCM" | UnknownEnumValue); keyTransportAlgorithm?: ("RSA_OAEP" | "RSA_15" | UnknownEnumValue); x5c?: string[]; };

/** Okta schema `SamlAttributeStatement` (see https://developer.okta.com/docs/api/). */
export type SamlAttributeStatementBase = { type?: ("EXPRESSION" | "GROUP"); };
/** Okta schema `SamlAttributeStatement` (see https://developer.okta.com/docs/api/). */
export type SamlAttributeStatement = (SamlAttributeStatementExpression & { type: "EXPRESSION" }) | (SamlAttributeStatementGroup & { type: "GROUP" });

/** Okta schema `SamlAttributeStatementExpression` (see https://developer.okta.com/docs/api/). */
export type SamlAttributeStatementExpression = { name?: string; namespace?: ("urn:oasis:names:tc:SAML:2.0:attrname-format:basic" | "urn:oasis:names:tc:SAML:2.0:attrname-format:uri" | "urn:oasis:names:tc:SAML:2.0:attrname-format:unspecified" | UnknownEnumValue); type?: string; values?: string[]; };

/** Okta schema `SamlAttributeStatementGroup` (see https://developer.okta.com/docs/api/). */
export type SamlAttributeStatementGroup = { filterType?: ("STARTS_WITH" | "EQUALS" | "CONTAINS" | "REGEX" | UnknownEnumValue); filterValue?: string; name?: string; namespace?: ("urn:oasis:names:tc:SAML:2.0:attrname-format:basic" | "urn:oasis:names:tc:SAML:2.0:attrname-format:uri" | "urn:oasis:names:tc:SAML:2.0:attrname-format:unspecified" | UnknownEnumValue); type?: string; };

/** Okta schema `SamlCredentials` (see https://developer.okta.com/docs/api/). */
export type SamlCredentials = { signing?: SamlSigningCredentials; trust?: SamlTrustCredentials; };

/** Okta schema `SamlEndpointType` (see https://developer.okta.com/docs/api/). */
export type SamlEndpointType = ("INSTANCE" | "ORG" | UnknownEnumValue);

/** Okta schema `SamlEndpoints` (see https://developer.okta.com/docs/api/). */
export type SamlEndpoints = { acs?: SamlAcsEndpoint; slo?: SamlSloEndpoint; sso?: SamlSsoEndpoint; };

/** Okta schema `SamlNameIdFormat` (see https://developer.okta.com/docs/api/). */
export type SamlNameIdFormat = ("urn:oasis:names:tc:SAML:1.1:nameid-format:emailAddress" | "urn:oasis:names:tc:SAML:1.1:nameid-format:unspecified" | "urn:oasis:names:tc:SAML:2.0:nameid-format:persistent" | "urn:oasis:names:tc:SAML:2.0:nameid-format:transient" | UnknownEnumValue);

/** Okta schema `SamlRelayState` (see https://developer.okta.com/docs/api/). */
export type SamlRelayState = { format?: SamlRelayStateFormat; };

/** Okta schema `SamlRelayStateFormat` (see https://developer.okta.com/docs/api/). */
export type SamlRelayStateFormat = ("FROM_URL" | "OPAQUE" | UnknownEnumValue);

/** Okta schema `SamlRequestAlgorithm` (see https://developer.okta.com/docs/api/). */
export type SamlRequestAlgorithm = { digest?: SamlRequestDigestAlgorithm; signature?: SamlRequestSignatureAlgorithm; };

/** Okta schema `SamlRequestDigestAlgorithm` (see https://developer.okta.com/docs/api/). */
export type SamlRequestDigestAlgorithm = ("SHA-1" | "SHA-256" | UnknownEnumValue);

/** Okta schema `SamlRequestSignatureAlgorithm` (see https://developer.okta.com/docs/api/). */
export type SamlRequestSignatureAlgorithm = { algorithm?: SamlSigningAlgorithm; scope?: ProtocolAlgorithmRequestScope; };

/** Okta schema `SamlResponseAlgorithm` (see https://developer.okta.com/docs/api/). */
export type SamlResponseAlgorithm = { signature?: SamlResponseSignatureAlgorithm; };

/** Okta schema `SamlResponseSignatureAlgorithm` (see https://developer.okta.com/docs/api/). */
export type SamlResponseSignatureAlgorithm = { algorithm?: SamlSigningAlgorithm; scope?: ProtocolAlgorithmResponseScope; };

/** Okta schema `SamlSettings` (see https://developer.okta.com/docs/api/). */
export type SamlSettings = { honorPersistentNameId?: boolean; nameFormat?: SamlNameIdFormat; participateSlo?: boolean; sendApplicationContext?: boolean; };

/** Okta schema `SamlSigningAlgorithm` (see https://developer.okta.com/docs/api/). */
export type SamlSigningAlgorithm = ("SHA-1" | "SHA-256" | UnknownEnumValue);

/** Okta schema `SamlSigningCredentials` (see https://developer.okta.com/docs/api/). */
export type SamlSigningCredentials = { kid?: ProtocolCredentialsKeyId; };

/** Okta schema `SamlSloEndpoint` (see https://developer.okta.com/docs/api/). */
export type SamlSloEndpoint = { binding?: ProtocolEndpointBinding; url?: string; };

/** Okta schema `SamlSpCertificate` (see https://developer.okta.com/docs/api/). */
export type SamlSpCertificate = { x5c?: string[]; };

/** Okta schema `SamlSsoEndpoint` (see https://developer.okta.com/docs/api/). */
export type SamlSsoEndpoint = { binding?: ProtocolEndpointBinding; destination?: string; url?: string; };

/** Okta schema `SamlTrustCredentials` (see https://developer.okta.com/docs/api/). */
export type SamlTrustCredentials = { additionalKids?: ProtocolCredentialsKeyId[]; audience?: string; issuer?: string; kid?: ProtocolCredentialsKeyId; };

/** Okta schema `ScheduledUserLifecycleAction` (see https://developer.okta.com/docs/api/). */
export type ScheduledUserLifecycleAction = { status?: PolicyUserStatus; };

/** Okta schema `SchemeApplicationCredentials` (see https://developer.okta.com/docs/api/). */
export type SchemeApplicationCredentials = (ApplicationCredentials & { password?: PasswordCredential; revealPassword?: boolean; scheme?: ApplicationCredentialsScheme; signing?: ApplicationCredentialsSigning; userName?: string; });

/** Okta schema `Scim` (see https://developer.okta.com/docs/api/). */
export type Scim = { authMode: string; baseUri: string; entitlementTypes?: entitlementTypes; scimServerConfig: { patch?: { supported?: boolean; }; changePassword?: { supported?: boolean; }; }; setupInstructionsUri: string; };

/** Okta schema `Scope` (see https://developer.okta.com/docs/api/). */
export type Scope = string;

/** Okta schema `ScopeCondition` (see https://developer.okta.com/docs/api/). */
export type ScopeCondition = ("ALL_SCOPES" | "EXCLUDE" | "INCLUDE_ONLY" | UnknownEnumValue);

/** Okta schema `ScopeResourceHrefObject` (see https://developer.okta.com/docs/api/). */
export type ScopeResourceHrefObject = { href?: string; title?: string; };

/** Okta schema `ScreenLockComplexity` (see https://developer.okta.com/docs/api/). */
export type ScreenLockComplexity = ("HIGH" | "LOW" | "MEDIUM" | UnknownEnumValue);

/** Okta schema `ScreenLockType` (see https://developer.okta.com/docs/api/). */
export type ScreenLockType = ("BIOMETRIC" | "NONE" | "PASSCODE" | UnknownEnumValue);

/** Okta schema `SecurePasswordStoreApplication` (see https://developer.okta.com/docs/api/). */
export type SecurePasswordStoreApplication = (ApplicationBase & { credentials?: SchemeApplicationCredentials; name: ("template_sps" | UnknownEnumValue); settings: SecurePasswordStoreApplicationSettings; });

/** Okta schema `SecurePasswordStoreApplicationSettings` (see https://developer.okta.com/docs/api/). */
export type SecurePasswordStoreApplicationSettings = (ApplicationSettings & { app?: SecurePasswordStoreApplicationSettingsApplication; });

/** Okta schema `SecurePasswordStoreApplicationSettingsApplication` (see https://developer.okta.com/docs/api/). */
export type SecurePasswordStoreApplicationSettingsApplication = { optionalField1?: string; optionalField1Value?: string; optionalField2?: string; optionalField2Value?: string; optionalField3?: string; optionalField3Value?: string; passwordField: string; url: string; usernameField: string; };

/** Okta schema `SecurityEvent` (see https://developer.okta.com/docs/api/). */
export type SecurityEvent = { event_timestamp: number; subject: SecurityEventSubject; };

/** Okta schema `SecurityEventReason` (see https://developer.okta.com/docs/api/). */
export type SecurityEventReason = { en: string; };

/** Okta schema `SecurityEventSubject` (see https://developer.okta.com/docs/api/). */
export type SecurityEventSubject = { device?: Record<string, unknown>; user?: Record<string, unknown>; };

/** Okta schema `SecurityEventTokenError` (see https://developer.okta.com/docs/api/). */
export type SecurityEventTokenError = { description?: string; err?: ("authentication_failed" | "invalid_audience" | "invalid_issuer" | "invalid_key" | "invalid_request" | UnknownEnumValue); };

/** Okta schema `SecurityEventTokenJwtBody` (see https://developer.okta.com/docs/api/). */
export type SecurityEventTokenJwtBody = { aud: string; events: SecurityEventTokenJwtEvents; iat: number; iss: string; jti: string; };

/** Okta schema `SecurityEventTokenJwtEvents` (see https://developer.okta.com/docs/api/). */
export type SecurityEventTokenJwtEvents = { "https://schemas.openid.net/secevent/caep/event-type/credential-change"?: CaepCredentialChangeEvent; "https://schemas.openid.net/secevent/caep/event-type/session-revoked"?: SsfTransmitterCaepSessionRevokedEvent; };

/** Okta schema `SecurityEventTokenJwtHeader` (see https://developer.okta.com/docs/api/). */
export type SecurityEventTokenJwtHeader = { alg: string; kid: string; typ: string; };

/** Okta schema `SecurityEventTokenRequestJwtBody` (see https://developer.okta.com/docs/api/). */
export type SecurityEventTokenRequestJwtBody = { aud: string; events: SecurityEventTokenRequestJwtEvents; iat: number; iss: string; jti: string; };

/** Okta schema `SecurityEventTokenRequestJwtEvents` (see https://developer.okta.com/docs/api/). */
export type SecurityEventTokenRequestJwtEvents = { "https://schemas.okta.com/secevent/okta/event-type/device-risk-change"?: OktaDeviceRiskChangeEvent; "https://schemas.okta.com/secevent/okta/event-type/ip-change"?: OktaIpChangeEvent; "https://schemas.okta.com/secevent/okta/event-type/user-risk-change"?: OktaUserRiskChangeEvent; "https://schemas.openid.net/secevent/caep/event-type/device-compliance-change"?: CaepDeviceComplianceChangeEvent; "https://schemas.openid.net/secevent/caep/event-type/session-revoked"?: CaepSessionRevokedEvent; "https://schemas.openid.net/secevent/risc/event-type/identifier-changed"?: RiscIdentifierChangedEvent; };

/** Okta schema `SecurityEventTokenRequestJwtHeader` (see https://developer.okta.com/docs/api/). */
export type SecurityEventTokenRequestJwtHeader = { alg: string; kid: string; typ: string; };

/** Okta schema `SecurityEventsProviderRequest` (see https://developer.okta.com/docs/api/). */
export type SecurityEventsProviderRequest = { name: string; settings: (SecurityEventsProviderSettingsSSFCompliant | SecurityEventsProviderSettingsNonSSFCompliant); type: string; };

/** Okta schema `SecurityEventsProviderResponse` (see https://developer.okta.com/docs/api/). */
export type SecurityEventsProviderResponse = { readonly id?: string; name?: string; settings?: SecurityEventsProviderSettingsResponse; readonly status?: ("ACTIVE" | "INACTIVE" | UnknownEnumValue); type?: string; _links?: LinksSelfAndLifecycle; };

/** Okta schema `SecurityEventsProviderSettingsNonSSFCompliant` (see https://developer.okta.com/docs/api/). */
export type SecurityEventsProviderSettingsNonSSFCompliant = { issuer: string; jwks_url: string; };

/** Okta schema `SecurityEventsProviderSettingsResponse` (see https://developer.okta.com/docs/api/). */
export type SecurityEventsProviderSettingsResponse = { issuer?: string; jwks_url?: string; well_known_url?: string | null; };

/** Okta schema `SecurityEventsProviderSettingsSSFCompliant` (see https://developer.okta.com/docs/api/). */
export type SecurityEventsProviderSettingsSSFCompliant = { well_known_url: string; };

/** Okta schema `SecurityQuestion` (see https://developer.okta.com/docs/api/). */
export type SecurityQuestion = { answer?: string; question?: string; questionText?: string; };

/** Okta schema `SecurityQuestionUserFactor` (see https://developer.okta.com/docs/api/). */
export type SecurityQuestionUserFactor = (UserFactorBase & { profile?: SecurityQuestionUserFactorProfile; });

/** Okta schema `SecurityQuestionUserFactorProfile` (see https://developer.okta.com/docs/api/). */
export type SecurityQuestionUserFactorProfile = { answer?: string; question?: string; questionText?: string; [key: string]: unknown; };

/** Okta schema `SeedEnum` (see https://developer.okta.com/docs/api/). */
export type SeedEnum = ("OKTA" | "RANDOM" | UnknownEnumValue);

/** Okta schema `SelfAssignedStatus` (see https://developer.okta.com/docs/api/). */
export type SelfAssignedStatus = ("APPROVED" | "NOT_REQUIRED" | "REQUESTED" | UnknownEnumValue);

/** Okta schema `SelfServicePasswordResetAction` (see https://developer.okta.com/docs/api/). */
export type SelfServicePasswordResetAction = { access?: PolicyAccess; requirement?: SsprRequirement; settings?: SsprSettings; type?: ("selfServicePasswordReset" | UnknownEnumValue); };

/** Okta schema `ServiceAccount` (see https://developer.okta.com/docs/api/). */
export type ServiceAccountBase = { accountType: ("APP_ACCOUNT" | "OKTA_USER_ACCOUNT"); readonly created?: string; description?: string; readonly id?: string; readonly lastUpdated?: string; name: string; ownerGroupIds?: string[]; ownerUserIds?: string[]; status?: ServiceAccountStatus; statusDetail?: ServiceAccountStatusDetail; };
/** Okta schema `ServiceAccount` (see https://developer.okta.com/docs/api/). */
export type ServiceAccount = (ServiceAccountDetailsAppAccount & { accountType: "APP_ACCOUNT" }) | (ServiceAccountDetailsOktaUserAccount & { accountType: "OKTA_USER_ACCOUNT" });

/** Okta schema `ServiceAccountDetailsAppAccount` (see https://developer.okta.com/docs/api/). */
export type ServiceAccountDetailsAppAccount = (ServiceAccountBase & { details: ServiceAccountDetailsAppAccountSub; });

/** Okta schema `ServiceAccountDetailsAppAccountSub` (see https://developer.okta.com/docs/api/). */
export type ServiceAccountDetailsAppAccountSub = { readonly appGlobalName?: string; readonly appInstanceName?: string; credentials: AppServiceAccountCredentials; oktaApplicationId: string; };

/** Okta schema `ServiceAccountDetailsOktaUserAccount` (see https://developer.okta.com/docs/api/). */
export type ServiceAccountDetailsOktaUserAccount = (ServiceAccountBase & { details: ServiceAccountDetailsOktaUserAccountSub; });

/** Okta schema `ServiceAccountDetailsOktaUserAccountSub` (see https://developer.okta.com/docs/api/). */
export type ServiceAccountDetailsOktaUserAccountSub = { credentials?: OktaUserServiceAccountCredentials; readonly email?: string; oktaUserId: string; };

/** Okta schema `ServiceAccountForUpdate` (see https://developer.okta.com/docs/api/). */
export type ServiceAccountForUpdate = { description?: string; name?: string; ownerGroupIds?: string[]; ownerUserIds?: string[]; };

/** Okta schema `ServiceAccountLinks` (see https://developer.okta.com/docs/api/). */
export type ServiceAccountLinks = { self: HrefObjectSelfLink; web?: HrefObjectWebLink; };

/** Okta schema `ServiceAccountOrn` (see https://developer.okta.com/docs/api/). */
export type ServiceAccountOrn = string;

/** Okta schema `ServiceAccountStatus` (see https://developer.okta.com/docs/api/). */
export type ServiceAccountStatus = ("ALERT" | "ERROR" | "INFO" | "NO_ISSUES" | "UNSECURED" | UnknownEnumValue);

/** Okta schema `ServiceAccountStatusDetail` (see https://developer.okta.com/docs/api/). */
export type ServiceAccountStatusDetail = ("CREATION_FAILED" | "MISSING_PASSWORD" | "PENDING" | "ROTATED" | "ROTATING" | "ROTATION_FAILED" | "STAGED" | "UNMANAGED" | "VAULTED" | UnknownEnumValue);

/** Okta schema `ServiceAccountType` (see https://developer.okta.com/docs/api/). */
export type ServiceAccountType = ("APP_ACCOUNT" | "OKTA_USER_ACCOUNT" | UnknownEnumValue);

/** Okta schema `Session` (see https://developer.okta.com/docs/api/). */
export type Session = { readonly amr?: SessionAuthenticationMethod[]; readonly createdAt?: string; readonly expiresAt?: string; readonly id?: string; idp?: SessionIdentityProvider; readonly lastFactorVerification?: string; readonly lastPasswordVerification?: string; readonly login?: string; status?: SessionStatus; readonly userId?: string; _links?: LinksSelf; };

/** Okta schema `SessionAuthenticationMethod` (see https://developer.okta.com/docs/api/). */
export type SessionAuthenticationMethod = ("fpt" | "geo" | "hwk" | "kba" | "mca" | "mfa" | "otp" | "pwd" | "sc" | "sms" | "swk" | "tel" | UnknownEnumValue);

/** Okta schema `SessionIdentityProvider` (see https://developer.okta.com/docs/api/). */
export type SessionIdentityProvider = { readonly id?: string; type?: SessionIdentityProviderType; };

/** Okta schema `SessionIdentityProviderType` (see https://developer.okta.com/docs/api/). */
export type SessionIdentityProviderType = ("ACTIVE_DIRECTORY" | "FEDERATION" | "LDAP" | "OKTA" | "SOCIAL" | UnknownEnumValue);

/** Okta schema `SessionStatus` (see https://developer.okta.com/docs/api/). */
export type SessionStatus = ("ACTIVE" | "MFA_ENROLL" | "MFA_REQUIRED" | UnknownEnumValue);

/** Okta schema `SessionViolationDetectionPolicy` (see https://developer.okta.com/docs/api/). */
export type SessionViolationDetectionPolicy = (PolicyBase & { conditions?: string | null; });

/** Okta schema `SessionViolationDetectionPolicyEvaluation` (see https://developer.okta.com/docs/api/). */
export type SessionViolationDetectionPolicyEvaluation = { enabled?: boolean; };

/** Okta schema `SessionViolationDetectionPolicyRule` (see https://developer.okta.com/docs/api/). */
export type SessionViolationDetectionPolicyRule = (PolicyRuleBase & { actions?: { sessionViolationDetection?: { policyEvaluation?: SessionViolationDetectionPolicyEvaluation; }; }; conditions?: { network?: PolicyNetworkCondition; riskScore?: SessionViolationDetectionRiskScoreCondition; }; });

/** Okta schema `SessionViolationDetectionRiskScoreCondition` (see https://developer.okta.com/docs/api/). */
export type SessionViolationDetectionRiskScoreCondition = { minRiskLevel: ("LOW" | "MEDIUM" | "HIGH" | UnknownEnumValue); };

/** Okta schema `ShowSignInWithOV` (see https://developer.okta.com/docs/api/). */
export type ShowSignInWithOV = ("ALWAYS" | "NEVER" | UnknownEnumValue);

/** Okta schema `SignInPage` (see https://developer.okta.com/docs/api/). */
export type SignInPage = (CustomizablePage & { contentSecurityPolicySetting?: ContentSecurityPolicySetting; widgetCustomizations?: { signInLabel?: string; usernameLabel?: string; usernameInfoTip?: string; passwordLabel?: string; passwordInfoTip?: string; showPasswordVisibilityToggle?: boolean; showUserIdentifier?: boolean; forgotPasswordLabel?: string; forgotPasswordUrl?: string; unlockAccountLabel?: string; unlockAccountUrl?: string; helpLabel?: string; helpUrl?: string; customLink1Label?: string; customLink1Url?: string; customLink2Label?: string; customLink2Url?: string; authenticatorPageCustomLinkLabel?: string; authenticatorPageCustomLinkUrl?: string; classicRecoveryFlowEmailOrUsernameLabel?: string; widgetGeneration?: WidgetGeneration; postAuthKeepMeSignedInPrompt?: PostAuthKeepMeSignedInPrompt; classicFooterHelpTitle?: string; gracePeriodRequiredSoon?: GracePeriodRequiredSoon; }; widgetVersion?: Version; });

/** Okta schema `SignInPageTouchPointVariant` (see https://developer.okta.com/docs/api/). */
export type SignInPageTouchPointVariant = ("BACKGROUND_IMAGE" | "BACKGROUND_SECONDARY_COLOR" | "OKTA_DEFAULT" | UnknownEnumValue);

/** Okta schema `SignOnInlineHook` (see https://developer.okta.com/docs/api/). */
export type SignOnInlineHook = { id?: string; };

/** Okta schema `SigningAlgorithm` (see https://developer.okta.com/docs/api/). */
export type SigningAlgorithm = ("ES256" | "ES384" | "ES512" | "HS256" | "HS384" | "HS512" | "RS256" | "RS384" | "RS512" | UnknownEnumValue);

/** Okta schema `SimulatePolicyBody` (see https://developer.okta.com/docs/api/). */
export type SimulatePolicyBody = { appInstance: string; policyContext?: PolicyContext; policyTypes?: PolicyTypeSimulation[]; };

/** Okta schema `SimulatePolicyEvaluations` (see https://developer.okta.com/docs/api/). */
export type SimulatePolicyEvaluations = { evaluated?: { policies?: SimulateResultPolicies; }; policyType?: PolicyTypeSimulation[]; result?: SimulatePolicyResult; status?: SimulateResultStatus; undefined?: { policies?: SimulateResultPolicies; }; };

/** Okta schema `SimulatePolicyResponse` (see https://developer.okta.com/docs/api/). */
export type SimulatePolicyResponse = SimulatePolicyEvaluations[];

/** Okta schema `SimulatePolicyResult` (see https://developer.okta.com/docs/api/). */
export type SimulatePolicyResult = { policies?: SimulateResultPolicies; };

/** Okta schema `SimulateResultConditions` (see https://developer.okta.com/docs/api/). */
export type SimulateResultConditions = { status?: SimulateResultStatus; type?: string; };

/** Okta schema `SimulateResultPolicies` (see https://developer.okta.com/docs/api/). */
export type SimulateResultPolicies = SimulateResultPoliciesItems[];

/** Okta schema `SimulateResultPoliciesItems` (see https://developer.okta.com/docs/api/). */
export type SimulateResultPoliciesItems = { conditions?: SimulateResultConditions[]; id?: string; name?: string; rules?: SimulateResultRules[]; status?: SimulateResultStatus; };

/** Okta schema `SimulateResultRules` (see https://developer.okta.com/docs/api/). */
export type SimulateResultRules = { conditions?: SimulateResultConditions[]; id?: string; name?: string; status?: SimulateResultStatus; };

/** Okta schema `SimulateResultStatus` (see https://developer.okta.com/docs/api/). */
export type SimulateResultStatus = ("MATCH" | "NOT_MATCH" | "UNDEFINED" | UnknownEnumValue);

/** Okta schema `SingleLogout` (see https://developer.okta.com/docs/api/). */
export type SingleLogout = { enabled?: boolean; issuer?: string; logoutUrl?: string; };

/** Okta schema `SlackApplication` (see https://developer.okta.com/docs/api/). */
export type SlackApplication = (OINApplication & Record<string, unknown> & { name: ("slack" | UnknownEnumValue); signOnMode?: ("BROWSER_PLUGIN" | "SAML_2_0" | UnknownEnumValue); settings: SlackApplicationSettings; });

/** Okta schema `SlackApplicationSettings` (see https://developer.okta.com/docs/api/). */
export type SlackApplicationSettings = (ApplicationSettings & Record<string, unknown> & { app: SlackApplicationSettingsApplication; signOn?: OINSaml20ApplicationSettingsSignOn; });

/** Okta schema `SlackApplicationSettingsApplication` (see https://developer.okta.com/docs/api/). */
export type SlackApplicationSettingsApplication = { domain: string; userEmailValue?: string; };

/** Okta schema `SloParticipate` (see https://developer.okta.com/docs/api/). */
export type SloParticipate = { bindingType?: ("POST" | "REDIRECT" | UnknownEnumValue); enabled?: boolean; logoutRequestUrl?: string; sessionIndexRequired?: boolean; };

/** Okta schema `SmsTemplate` (see https://developer.okta.com/docs/api/). */
export type SmsTemplate = { readonly created?: string; readonly id?: string; readonly lastUpdated?: string; name?: string; template?: string; translations?: SmsTemplateTranslations; type?: SmsTemplateType; };

/** Okta schema `SmsTemplateTranslations` (see https://developer.okta.com/docs/api/). */
export type SmsTemplateTranslations = Record<string, unknown>;

/** Okta schema `SmsTemplateType` (see https://developer.okta.com/docs/api/). */
export type SmsTemplateType = ("SMS_VERIFY_CODE" | UnknownEnumValue);

/** Okta schema `SmsUserFactor` (see https://developer.okta.com/docs/api/). */
export type SmsUserFactor = (UserFactorBase & { profile?: SmsUserFactorProfile; });

/** Okta schema `SmsUserFactorProfile` (see https://developer.okta.com/docs/api/). */
export type SmsUserFactorProfile = { phoneNumber?: string; [key: string]: unknown; };

/** Okta schema `SmtpAuthType` (see https://developer.okta.com/docs/api/). */
export type SmtpAuthType = ("BASIC_SMTP_AUTH" | "OAUTH2_CLIENT_CREDENTIALS" | "OAUTH2_JWT_BEARER_GRANT" | UnknownEnumValue);

/** Okta schema `SocialAuthToken` (see https://developer.okta.com/docs/api/). */
export type SocialAuthToken = { expiresAt?: ExpiresAt; readonly id?: string; readonly scopes?: string[]; readonly token?: string; readonly tokenAuthScheme?: string; readonly tokenType?: string; };

/** Okta schema `SourceLinks` (see https://developer.okta.com/docs/api/). */
export type SourceLinks = (LinksSelf & { schema?: (HrefObject & unknown); });

/** Okta schema `SpCertificate` (see https://developer.okta.com/docs/api/). */
export type SpCertificate = { x5c?: string[]; };

/** Okta schema `SplunkEdition` (see https://developer.okta.com/docs/api/). */
export type SplunkEdition = ("aws" | "aws_govcloud" | "gcp" | UnknownEnumValue);

/** Okta schema `SplunkHost` (see https://developer.okta.com/docs/api/). */
export type SplunkHost = string;

/** Okta schema `SplunkToken` (see https://developer.okta.com/docs/api/). */
export type SplunkToken = string;

/** Okta schema `SsfTransmitterCaepSessionRevokedEvent` (see https://developer.okta.com/docs/api/). */
export type SsfTransmitterCaepSessionRevokedEvent = { event_timestamp?: number; reason_admin?: (SecurityEventReason & Record<string, unknown>); reason_user?: (SecurityEventReason & Record<string, unknown>); subject?: SsfTransmitterSecurityEventSubject; };

/** Okta schema `SsfTransmitterSecurityEventSubject` (see https://developer.okta.com/docs/api/). */
export type SsfTransmitterSecurityEventSubject = { format?: string; iss?: string; sub?: string; };

/** Okta schema `Sso` (see https://developer.okta.com/docs/api/). */
export type Sso = { oidc?: Oidc; saml?: Saml; };

/** Okta schema `SsoCapability` (see https://developer.okta.com/docs/api/). */
export type SsoCapability = { capability: ("SSO" | UnknownEnumValue); supportedProtocols: ("OIDC" | "SAML" | "GTR" | UnknownEnumValue)[]; };

/** Okta schema `SsprPrimaryRequirement` (see https://developer.okta.com/docs/api/). */
export type SsprPrimaryRequirement = { methodConstraints?: AuthenticatorMethodConstraint[]; methods?: ("push" | "sms" | "voice" | "email" | "otp" | UnknownEnumValue)[]; };

/** Okta schema `SsprRequirement` (see https://developer.okta.com/docs/api/). */
export type SsprRequirement = { accessControl?: ("AUTH_POLICY" | "LEGACY" | UnknownEnumValue); primary?: SsprPrimaryRequirement; stepUp?: SsprStepUpRequirement; };

/** Okta schema `SsprSettings` (see https://developer.okta.com/docs/api/). */
export type SsprSettings = { allowRecoveryEmailWithoutEnrollment?: boolean | null; };

/** Okta schema `SsprStepUpRequirement` (see https://developer.okta.com/docs/api/). */
export type SsprStepUpRequirement = { methods?: ("security_question" | UnknownEnumValue)[]; required?: boolean; };

/** Okta schema `StandardRole` (see https://developer.okta.com/docs/api/). */
export type StandardRole = { assignmentType?: RoleAssignmentType; readonly created?: string; readonly id?: string; readonly label?: string; readonly lastUpdated?: string; status?: (LifecycleStatus & unknown); type: RoleType; _embedded?: { targets?: { groups?: Group[]; catalog?: { apps?: CatalogApplication[]; }; }; }; _links?: LinksAssignee; };

/** Okta schema `StandardRoleAssignmentSchema` (see https://developer.okta.com/docs/api/). */
export type StandardRoleAssignmentSchema = { type: ("ACCESS_CERTIFICATIONS_ADMIN" | "ACCESS_REQUESTS_ADMIN" | "API_ACCESS_MANAGEMENT_ADMIN" | "APP_ADMIN" | "GROUP_MEMBERSHIP_ADMIN" | "HELP_DESK_ADMIN" | "ORG_ADMIN" | "READ_ONLY_ADMIN" | "REPORT_ADMIN" | "SUPER_ADMIN" | "USER_ADMIN" | "WORKFLOWS_ADMIN" | UnknownEnumValue); };

/** Okta schema `StreamConfiguration` (see https://developer.okta.com/docs/api/). */
export type StreamConfiguration = { aud?: (string | string[]); delivery: StreamConfigurationDelivery; events_delivered?: string[]; events_requested: string[]; events_supported?: string[]; format?: ("iss_sub" | UnknownEnumValue); iss?: string; min_verification_interval?: number | null; stream_id?: string; };

/** Okta schema `StreamConfigurationCreateRequest` (see https://developer.okta.com/docs/api/). */
export type StreamConfigurationCreateRequest = { delivery: StreamConfigurationDelivery; events_requested: string[]; format?: ("iss_sub" | UnknownEnumValue); };

/** Okta schema `StreamConfigurationDelivery` (see https://developer.okta.com/docs/api/). */
export type StreamConfigurationDelivery = { authorization_header?: string | null; endpoint_url: string; method: ("https://schemas.openid.net/secevent/risc/delivery-method/push" | "urn:ietf:rfc:8935" | UnknownEnumValue); };

/** Okta schema `StreamStatus` (see https://developer.okta.com/docs/api/). */
export type StreamStatus = { status?: ("enabled" | "disabled" | UnknownEnumValue); stream_id?: string; };

/** Okta schema `StreamVerificationRequest` (see https://developer.okta.com/docs/api/). */
export type StreamVerificationRequest = { state?: string; stream_id: string; };

/** Okta schema `SubjectType` (see https://developer.okta.com/docs/api/). */
export type SubjectType = ("pairwise" | "public" | UnknownEnumValue);

/** Okta schema `SubmissionAction` (see https://developer.okta.com/docs/api/). */
export type SubmissionAction = { id: string; provider: WorkflowActionProvider; };

/** Okta schema `SubmissionActions` (see https://developer.okta.com/docs/api/). */
export type SubmissionActions = { actions?: SubmissionAction[]; };

/** Okta schema `SubmissionCapabilities` (see https://developer.okta.com/docs/api/). */
export type SubmissionCapabilities = { capabilities: SubmissionCapability[]; };

/** Okta schema `SubmissionCapability` (see https://developer.okta.com/docs/api/). */
export type SubmissionCapability = { capability: Capability; supportedProtocols: Protocol[]; };

/** Okta schema `SubmissionCapabilityEnhanced` (see https://developer.okta.com/docs/api/). */
export type SubmissionCapabilityEnhanced = ((SsoCapability & { capability: "SSO" }) | (UniversalLogoutCapability & { capability: "UNIVERSAL_LOGOUT" }) | (ProvisioningCapability & { capability: "PROVISIONING" }) | (EntitlementsCapability & { capability: "ENTITLEMENTS" }) | (ApiServiceCapability & { capability: "API_SERVICE" }) | (IdvCapability & { capability: "IDV" }));

/** Okta schema `SubmissionRequest` (see https://developer.okta.com/docs/api/). */
export type SubmissionRequest = (SubmissionResponse);

/** Okta schema `SubmissionResponse` (see https://developer.okta.com/docs/api/). */
export type SubmissionResponse = { appContactDetails?: { contactType: ("CUSTOMER_SUPPORT" | "ESCALATION_SUPPORT" | UnknownEnumValue); contactValueType: ("URL" | "EMAIL" | "PHONE" | UnknownEnumValue); contact: string; }[]; authSettings?: AuthSettingsSchema; capabilities?: SubmissionCapabilityEnhanced[]; readonly caseLastUpdated?: string; config?: { label?: string; name?: string; }[]; defaultLogo?: boolean; description?: string; globalTokenRevocation?: GlobalTokenRevocation; readonly id?: string; readonly isNonFunctionalOnlySubmission?: boolean; readonly lastPublished?: string; readonly lastUpdated?: string; readonly lastUpdatedBy?: string; logo?: string; name?: string; readonly oinFeatures?: string; provisioning?: ProvisioningDetails; sso?: Sso; readonly status?: string; useCases?: string[]; };

/** Okta schema `SubmissionResponseWithApiResponse` (see https://developer.okta.com/docs/api/). */
export type SubmissionResponseWithApiResponse = (SubmissionResponse & { apiService?: ApiService; idv?: Idv; });

/** Okta schema `Subscription` (see https://developer.okta.com/docs/api/). */
export type Subscription = { channels?: string[]; notificationType?: NotificationType; status?: SubscriptionStatus; readonly _links?: { self?: HrefObject; }; };

/** Okta schema `SubscriptionStatus` (see https://developer.okta.com/docs/api/). */
export type SubscriptionStatus = ("subscribed" | "unsubscribed" | UnknownEnumValue);

/** Okta schema `SupportedMethods` (see https://developer.okta.com/docs/api/). */
export type SupportedMethods = { settings?: { keyProtection?: PushMethodKeyProtection; algorithms?: AuthenticatorMethodAlgorithm[]; transactionTypes?: AuthenticatorMethodTransactionType[]; }; status?: (LifecycleStatus & unknown); type?: ("push" | UnknownEnumValue); };

/** Okta schema `SwaApplicationSettings` (see https://developer.okta.com/docs/api/). */
export type SwaApplicationSettings = (ApplicationSettings & { app?: SwaApplicationSettingsApplication; });

/** Okta schema `SwaApplicationSettingsApplication` (see https://developer.okta.com/docs/api/). */
export type SwaApplicationSettingsApplication = { buttonField: string; buttonSelector?: string; extraFieldSelector?: string; extraFieldValue?: string; loginUrlRegex?: string; passwordField: string; passwordSelector?: string; targetURL?: string; url: string; usernameField: string; userNameSelector?: string; };

/** Okta schema `TacAuthenticatorEnrollment` (see https://developer.okta.com/docs/api/). */
export type TacAuthenticatorEnrollment = { created?: string; id?: string; key?: string; lastUpdated?: string; name?: string; nickname?: string; profile?: AuthenticatorProfileTacResponsePost; status?: string; type?: AuthenticatorType; _links?: AuthenticatorEnrollmentLinks; };

/** Okta schema `TelephonyRequest` (see https://developer.okta.com/docs/api/). */
export type TelephonyRequest = { data?: TelephonyRequestData; eventType?: string; requestType?: string; source?: string; };

/** Okta schema `TelephonyRequestData` (see https://developer.okta.com/docs/api/). */
export type TelephonyRequestData = { context?: { request?: InlineHookRequestObject; }; messageProfile?: { msgTemplate?: string; phoneNumber?: string; otpExpires?: string; deliveryChannel?: string; otpCode?: string; locale?: string; }; userProfile?: { firstName?: string; lastName?: string; login?: string; userId?: string; }; };

/** Okta schema `TelephonyRequestExecute` (see https://developer.okta.com/docs/api/). */
export type TelephonyRequestExecute = (InlineHookBasePayload & TelephonyRequest);

/** Okta schema `TelephonyResponse` (see https://developer.okta.com/docs/api/). */
export type TelephonyResponse = { commands?: { type?: string; value?: { status?: ("SUCCESSFUL" | "PENDING" | "FAILED" | UnknownEnumValue); provider?: string; transactionId?: string; transactionMetadata?: string; }[]; }[]; };

/** Okta schema `TempPassword` (see https://developer.okta.com/docs/api/). */
export type TempPassword = { readonly tempPassword?: string; };

/** Okta schema `TenantSettings` (see https://developer.okta.com/docs/api/). */
export type TenantSettings = { appInstanceProperties?: AppInstanceProperty[]; };

/** Okta schema `TestInfo` (see https://developer.okta.com/docs/api/). */
export type TestInfo = { apiServiceTestConfiguration?: { scopeExplanation?: string; }; escalationSupportContact?: string; oidcTestConfiguration?: { readonly idp?: boolean; readonly sp?: boolean; jit?: boolean; spInitiateUrl: string; }; samlTestConfiguration?: { idp?: boolean; sp?: boolean; jit?: boolean; spInitiateUrl: string; spInitiateDescription?: string; }; scimTestConfiguration?: { specTestResults: string; crudTestResults: string; entitlementsTestResults?: string; }; testAccount?: { url: string; username: string; password: string; instructions?: string; }; };

/** Okta schema `Theme` (see https://developer.okta.com/docs/api/). */
export type Theme = { readonly backgroundImage?: string; emailTemplateTouchPointVariant?: EmailTemplateTouchPointVariant; endUserDashboardTouchPointVariant?: EndUserDashboardTouchPointVariant; errorPageTouchPointVariant?: ErrorPageTouchPointVariant; loadingPageTouchPointVariant?: LoadingPageTouchPointVariant; primaryColorContrastHex?: string; primaryColorHex?: string; secondaryColorContrastHex?: string; secondaryColorHex?: string; signInPageTouchPointVariant?: SignInPageTouchPointVariant; readonly _links?: { [key: string]: Record<string, unknown>; }; };

/** Okta schema `ThemeResponse` (see https://developer.okta.com/docs/api/). */
export type ThemeResponse = { readonly backgroundImage?: string; emailTemplateTouchPointVariant?: EmailTemplateTouchPointVariant; endUserDashboardTouchPointVariant?: EndUserDashboardTouchPointVariant; errorPageTouchPointVariant?: ErrorPageTouchPointVariant; readonly favicon?: string; readonly id?: string; loadingPageTouchPointVariant?: LoadingPageTouchPointVariant; readonly logo?: string; primaryColorContrastHex?: string; primaryColorHex?: string; secondaryColorContrastHex?: string; secondaryColorHex?: string; signInPageTouchPointVariant?: SignInPageTouchPointVariant; _links?: LinksSelf; };

/** Okta schema `ThirdPartyAdminSetting` (see https://developer.okta.com/docs/api/). */
export type ThirdPartyAdminSetting = { thirdPartyAdmin?: boolean; };

/** Okta schema `ThreatInsightConfiguration` (see https://developer.okta.com/docs/api/). */
export type ThreatInsightConfiguration = { action: ("none" | "audit" | "block" | UnknownEnumValue); readonly created?: string; excludeZones?: string[]; readonly lastUpdated?: string; _links?: LinksSelf; };

/** Okta schema `TimeDuration` (see https://developer.okta.com/docs/api/). */
export type TimeDuration = string;

/** Okta schema `TokenAuthorizationServerPolicyRuleAction` (see https://developer.okta.com/docs/api/). */
export type TokenAuthorizationServerPolicyRuleAction = { accessTokenLifetimeMinutes?: number; inlineHook?: TokenAuthorizationServerPolicyRuleActionInlineHook; refreshTokenLifetimeMinutes?: number; refreshTokenWindowMinutes?: number; };

/** Okta schema `TokenAuthorizationServerPolicyRuleActionInlineHook` (see https://developer.okta.com/docs/api/). */
export type TokenAuthorizationServerPolicyRuleActionInlineHook = { id?: string; };

/** Okta schema `TokenDeliveryMode` (see https://developer.okta.com/docs/api/). */
export type TokenDeliveryMode = ("poll" | UnknownEnumValue);

/** Okta schema `TokenHookResponse` (see https://developer.okta.com/docs/api/). */
export type TokenHookResponse = { commands?: { type?: string; value?: { op?: string; path?: string; value?: (string | number | Record<string, unknown>); }[]; }[]; error?: { errorSummary?: string; }; };

/** Okta schema `TokenPayLoad` (see https://developer.okta.com/docs/api/). */
export type TokenPayLoad = { data?: { context?: (BaseContext & { protocol?: { type?: string; request?: TokenProtocolRequest; OriginalGrant?: { authorization?: TokenProtocolRequest; refresh_token?: RefreshToken; }; issuer?: { uri?: string; }; client?: { id?: string; name?: string; type?: string; }; }; policy?: { id?: string; rule?: { id?: string; }; }; }); identity?: (unknown & BaseToken); access?: (unknown & BaseToken & { scopes?: Record<string, unknown>; }); refresh_token?: RefreshToken; }; eventType?: string; source?: string; };

/** Okta schema `TokenProtocolRequest` (see https://developer.okta.com/docs/api/). */
export type TokenProtocolRequest = { client_id?: string; grant_type?: GrantType; redirect_uri?: string; response_mode?: ("form_post" | "fragment" | "okta_post_message" | "query" | UnknownEnumValue); response_type?: ("code" | "id_token" | "token" | "none" | UnknownEnumValue); scope?: string; state?: string; };

/** Okta schema `TokenRequest` (see https://developer.okta.com/docs/api/). */
export type TokenRequest = (InlineHookBasePayload & TokenPayLoad);

/** Okta schema `TokenResourcesHrefObject` (see https://developer.okta.com/docs/api/). */
export type TokenResourcesHrefObject = { href?: string; };

/** Okta schema `TokenResponse` (see https://developer.okta.com/docs/api/). */
export type TokenResponse = { access_token?: string; device_secret?: string; expires_in?: number; id_token?: string; issued_token_type?: TokenType; refresh_token?: string; scope?: string; token_type?: TokenResponseTokenType; };

/** Okta schema `TokenResponseTokenType` (see https://developer.okta.com/docs/api/). */
export type TokenResponseTokenType = ("Bearer" | "N_A" | UnknownEnumValue);

/** Okta schema `TokenType` (see https://developer.okta.com/docs/api/). */
export type TokenType = ("urn:ietf:params:oauth:token-type:access_token" | "urn:ietf:params:oauth:token-type:id_token" | "urn:ietf:params:oauth:token-type:jwt" | "urn:ietf:params:oauth:token-type:refresh_token" | "urn:ietf:params:oauth:token-type:saml1" | "urn:ietf:params:oauth:token-type:saml2" | "urn:okta:oauth:token-type:web_sso_token" | "urn:okta:params:oauth:token-type:interclient_token" | "urn:x-oath:params:oauth:token-type:device-secret" | UnknownEnumValue);

/** Okta schema `TokenUserFactor` (see https://developer.okta.com/docs/api/). */
export type TokenUserFactor = (UserFactorBase & { profile?: TokenUserFactorProfile; });

/** Okta schema `TokenUserFactorProfile` (see https://developer.okta.com/docs/api/). */
export type TokenUserFactorProfile = { credentialId?: string; [key: string]: unknown; };

/** Okta schema `TotpUserFactor` (see https://developer.okta.com/docs/api/). */
export type TotpUserFactor = (UserFactorBase & { profile?: TotpUserFactorProfile; });

/** Okta schema `TotpUserFactorProfile` (see https://developer.okta.com/docs/api/). */
export type TotpUserFactorProfile = { credentialId?: string; [key: string]: unknown; };

/** Okta schema `TrendMicroApexOneServiceApplication` (see https://developer.okta.com/docs/api/). */
export type TrendMicroApexOneServiceApplication = (OINApplication & Record<string, unknown> & { name: ("trendmicroapexoneservice" | UnknownEnumValue); signOnMode?: ("SAML_2_0" | UnknownEnumValue); settings: TrendMicroApexOneServiceApplicationSettings; });

/** Okta schema `TrendMicroApexOneServiceApplicationSettings` (see https://developer.okta.com/docs/api/). */
export type TrendMicroApexOneServiceApplicationSettings = (ApplicationSettings & Record<string, unknown> & { app: TrendMicroApexOneServiceApplicationSettingsApplication; signOn?: OINSaml20ApplicationSettingsSignOn; });

/** Okta schema `TrendMicroApexOneServiceApplicationSettingsApplication` (see https://developer.okta.com/docs/api/). */
export type TrendMicroApexOneServiceApplicationSettingsApplication = { baseURL: string; };

/** Okta schema `TrustedOrigin` (see https://developer.okta.com/docs/api/). */
export type TrustedOrigin = { readonly created?: string; createdBy?: string; readonly id?: string; readonly lastUpdated?: string; lastUpdatedBy?: string; name?: TrustedOriginName; origin?: TrustedOriginOrigin; scopes?: TrustedOriginScopes; status?: LifecycleStatus; _links?: LinksSelfAndLifecycle; };

/** Okta schema `TrustedOriginName` (see https://developer.okta.com/docs/api/). */
export type TrustedOriginName = string;

/** Okta schema `TrustedOriginOrigin` (see https://developer.okta.com/docs/api/). */
export type TrustedOriginOrigin = string;

/** Okta schema `TrustedOriginScope` (see https://developer.okta.com/docs/api/). */
export type TrustedOriginScope = { allowedOktaApps?: IframeEmbedScopeAllowedApps[]; type?: TrustedOriginScopeType; };

/** Okta schema `TrustedOriginScopeType` (see https://developer.okta.com/docs/api/). */
export type TrustedOriginScopeType = ("CORS" | "IFRAME_EMBED" | "REDIRECT" | UnknownEnumValue);

/** Okta schema `TrustedOriginScopes` (see https://developer.okta.com/docs/api/). */
export type TrustedOriginScopes = TrustedOriginScope[];

/** Okta schema `TrustedOriginWrite` (see https://developer.okta.com/docs/api/). */
export type TrustedOriginWrite = { name?: TrustedOriginName; origin?: TrustedOriginOrigin; scopes?: TrustedOriginScopes; };

/** Okta schema `U2fUserFactor` (see https://developer.okta.com/docs/api/). */
export type U2fUserFactor = (UserFactorBase & { profile?: U2fUserFactorProfile; });

/** Okta schema `U2fUserFactorProfile` (see https://developer.okta.com/docs/api/). */
export type U2fUserFactorProfile = { credentialId?: string; [key: string]: unknown; };

/** Okta schema `UIElement` (see https://developer.okta.com/docs/api/). */
export type UIElement = { label?: string; options?: { format?: ("text" | "radio" | "select" | "checkbox" | "radio_yes_no" | "radio_true_false" | UnknownEnumValue); }; scope?: string; type?: string; };

/** Okta schema `UISchemaObject` (see https://developer.okta.com/docs/api/). */
export type UISchemaObject = { buttonLabel?: string; elements?: UIElement[]; label?: string; type?: string; };

/** Okta schema `UISchemasResponseObject` (see https://developer.okta.com/docs/api/). */
export type UISchemasResponseObject = { readonly created: string; readonly id: string; readonly lastUpdated: string; uiSchema: UISchemaObject; _links: LinksSelf; };

/** Okta schema `UnconfirmedUserResponseSchema` (see https://developer.okta.com/docs/api/). */
export type UnconfirmedUserResponseSchema = { users: { readonly externalId?: string; credentials?: AppUserCredentials; profile?: AppUserProfile; }[]; };

/** Okta schema `UniversalLogoutCapability` (see https://developer.okta.com/docs/api/). */
export type UniversalLogoutCapability = { actions?: SubmissionAction[]; capability: ("UNIVERSAL_LOGOUT" | UnknownEnumValue); supportedProtocols: ("GTR" | "ACTIONS" | UnknownEnumValue)[]; };

/** Okta schema `UpdateAIAgentRequest` (see https://developer.okta.com/docs/api/). */
export type UpdateAIAgentRequest = { appId?: string; profile?: AIAgentProfile; };

/** Okta schema `UpdateDomain` (see https://developer.okta.com/docs/api/). */
export type UpdateDomain = { brandId: string; };

/** Okta schema `UpdateEmailDomain` (see https://developer.okta.com/docs/api/). */
export type UpdateEmailDomain = (BaseEmailDomain);

/** Okta schema `UpdateGroupPushMappingRequest` (see https://developer.okta.com/docs/api/). */
export type UpdateGroupPushMappingRequest = { status: GroupPushMappingStatusUpsert; };

/** Okta schema `UpdateIamRoleRequest` (see https://developer.okta.com/docs/api/). */
export type UpdateIamRoleRequest = { description: string; label: string; };

/** Okta schema `UpdateRealmAssignmentRequest` (see https://developer.okta.com/docs/api/). */
export type UpdateRealmAssignmentRequest = { actions?: Actions; conditions?: Conditions; name?: string; priority?: number; };

/** Okta schema `UpdateRealmRequest` (see https://developer.okta.com/docs/api/). */
export type UpdateRealmRequest = { profile?: RealmProfile; };

/** Okta schema `UpdateThemeRequest` (see https://developer.okta.com/docs/api/). */
export type UpdateThemeRequest = { emailTemplateTouchPointVariant: EmailTemplateTouchPointVariant; endUserDashboardTouchPointVariant: EndUserDashboardTouchPointVariant; errorPageTouchPointVariant: ErrorPageTouchPointVariant; loadingPageTouchPointVariant?: LoadingPageTouchPointVariant; primaryColorContrastHex?: string; primaryColorHex: string; secondaryColorContrastHex?: string; secondaryColorHex: string; signInPageTouchPointVariant: SignInPageTouchPointVariant; _links?: LinksSelf; };

/** Okta schema `UpdateUISchema` (see https://developer.okta.com/docs/api/). */
export type UpdateUISchema = { uiSchema?: UISchemaObject; };

/** Okta schema `UpdateUserRequest` (see https://developer.okta.com/docs/api/). */
export type UpdateUserRequest = { credentials?: UserCredentials; profile?: UserProfile; realmId?: string; type?: { id?: string; }; };

/** Okta schema `User` (see https://developer.okta.com/docs/api/). */
export type User = { readonly activated?: string | null; readonly created?: string; credentials?: UserCredentials; readonly id?: string; readonly lastLogin?: string | null; readonly lastUpdated?: string; readonly passwordChanged?: string | null; profile?: UserProfile; readonly realmId?: string; status?: UserStatus; readonly statusChanged?: string | null; readonly transitioningToStatus?: ("ACTIVE" | "DEPROVISIONED" | "PROVISIONED" | UnknownEnumValue | null); type?: { id?: string; }; readonly _embedded?: { [key: string]: Record<string, unknown>; }; _links?: (LinksSelf & { self?: (HrefObject); activate?: (HrefObject); resetPassword?: (HrefObject); resetFactors?: (HrefObject); expirePassword?: (HrefObject); forgotPassword?: (HrefObject); changeRecoveryQuestion?: (HrefObject); deactivate?: (HrefObject); reactivate?: (HrefObject); changePassword?: (HrefObject); schema?: (HrefObject); suspend?: (HrefObject); unsuspend?: (HrefObject); unlock?: (HrefObject); type?: (HrefObject); } & unknown); };

/** Okta schema `UserActivationToken` (see https://developer.okta.com/docs/api/). */
export type UserActivationToken = { readonly activationToken?: string; readonly activationUrl?: string; };

/** Okta schema `UserBlock` (see https://developer.okta.com/docs/api/). */
export type UserBlock = { readonly appliesTo?: ("ANY_DEVICES" | "UNKNOWN_DEVICES" | UnknownEnumValue); readonly type?: ("DEVICE_BASED" | UnknownEnumValue); };

/** Okta schema `UserClassification` (see https://developer.okta.com/docs/api/). */
export type UserClassification = { readonly lastUpdated?: string; type?: ClassificationType; };

/** Okta schema `UserCondition` (see https://developer.okta.com/docs/api/). */
export type UserCondition = { exclude?: string[]; include?: string[]; };

/** Okta schema `UserCredentials` (see https://developer.okta.com/docs/api/). */
export type UserCredentials = { password?: PasswordCredential; provider?: AuthenticationProvider; recovery_question?: RecoveryQuestionCredential; };

/** Okta schema `UserCredentialsWritable` (see https://developer.okta.com/docs/api/). */
export type UserCredentialsWritable = { password?: PasswordCredential; provider?: AuthenticationProviderWritable; recovery_question?: RecoveryQuestionCredential; };

/** Okta schema `UserDevice` (see https://developer.okta.com/docs/api/). */
export type UserDevice = { readonly created?: string; device?: Device; deviceUserId?: string; };

/** Okta schema `UserFactor` (see https://developer.okta.com/docs/api/). */
export type UserFactorBase = { readonly created?: string; factorType?: ("call" | "email" | "push" | "question" | "sms" | "token" | "token:hardware" | "token:hotp" | "token:software:totp" | "u2f" | "web" | "webauthn"); readonly id?: string; readonly lastUpdated?: string; profile?: Record<string, unknown>; provider?: string; status?: UserFactorStatus; readonly vendorName?: string; readonly _embedded?: { [key: string]: Record<string, unknown>; }; _links?: UserFactorLinks; };
/** Okta schema `UserFactor` (see https://developer.okta.com/docs/api/). */
export type UserFactor = (UserFactorCall & { factorType: "call" }) | (UserFactorEmail & { factorType: "email" }) | (UserFactorPush & { factorType: "push" }) | (UserFactorSecurityQuestion & { factorType: "question" }) | (UserFactorSMS & { factorType: "sms" }) | (UserFactorToken & { factorType: "token" }) | (UserFactorTokenHardware & { factorType: "token:hardware" }) | (UserFactorTokenHOTP & { factorType: "token:hotp" }) | (UserFactorTokenSoftwareTOTP & { factorType: "token:software:totp" }) | (UserFactorU2F & { factorType: "u2f" }) | (UserFactorWeb & { factorType: "web" }) | (UserFactorWebAuthn & { factorType: "webauthn" });

/** Okta schema `UserFactorActivatePush` (see https://developer.okta.com/docs/api/). */
export type UserFactorActivatePush = { readonly expiresAt?: string; readonly factorResult?: UserFactorActivatePushResult; };

/** Okta schema `UserFactorActivatePushResult` (see https://developer.okta.com/docs/api/). */
export type UserFactorActivatePushResult = ("CANCELLED" | "ERROR" | "TIMEOUT" | "WAITING" | UnknownEnumValue);

/** Okta schema `UserFactorActivateRequest` (see https://developer.okta.com/docs/api/). */
export type UserFactorActivateRequest = ({ passCode?: UserFactorPassCode; } | { passCode?: UserFactorPassCode; } | { useNumberMatchingChallenge?: useNumberMatchingChallenge; } | null | { passCode?: UserFactorPassCode; } | { passCode?: UserFactorPassCode; } | { clientData?: string; registrationData?: string; } | { attestation?: string; clientData?: string; });

/** Okta schema `UserFactorActivateResponse` (see https://developer.okta.com/docs/api/). */
export type UserFactorActivateResponseBase = { factorType?: ("call" | "email" | "sms" | "push" | "token:software:totp" | "u2f" | "webauthn"); _links?: (LinksSelf & LinksUserFactors & LinksVerify); };
/** Okta schema `UserFactorActivateResponse` (see https://developer.okta.com/docs/api/). */
export type UserFactorActivateResponse = (UserFactorCall & { factorType: "call" }) | (UserFactorEmail & { factorType: "email" }) | (UserFactorSMS & { factorType: "sms" }) | (UserFactorPush & { factorType: "push" }) | (UserFactorTokenSoftwareTOTP & { factorType: "token:software:totp" }) | (UserFactorU2F & { factorType: "u2f" }) | (UserFactorWebAuthn & { factorType: "webauthn" });

/** Okta schema `UserFactorCall` (see https://developer.okta.com/docs/api/). */
export type UserFactorCall = (UserFactorBase & { factorType?: unknown; profile?: UserFactorCallProfile; provider?: ("OKTA" | UnknownEnumValue); });

/** Okta schema `UserFactorCallProfile` (see https://developer.okta.com/docs/api/). */
export type UserFactorCallProfile = { phoneExtension?: string | null; phoneNumber?: string; [key: string]: unknown; };

/** Okta schema `UserFactorEmail` (see https://developer.okta.com/docs/api/). */
export type UserFactorEmail = (UserFactorBase & { factorType?: unknown; profile?: UserFactorEmailProfile; provider?: ("OKTA" | UnknownEnumValue); });

/** Okta schema `UserFactorEmailProfile` (see https://developer.okta.com/docs/api/). */
export type UserFactorEmailProfile = { email?: string; [key: string]: unknown; };

/** Okta schema `UserFactorLinks` (see https://developer.okta.com/docs/api/). */
export type UserFactorLinks = (LinksActivate & LinksCancel & LinksDeactivate & LinksEnroll & LinksFactor & LinksPoll & LinksQrcode & LinksQuestions & LinksResend & LinksSend & LinksSelf & LinksUserFactors & LinksVerify);

/** Okta schema `UserFactorPassCode` (see https://developer.okta.com/docs/api/). */
export type UserFactorPassCode = string;

/** Okta schema `UserFactorProvider` (see https://developer.okta.com/docs/api/). */
export type UserFactorProvider = ("CUSTOM" | "DUO" | "FIDO" | "GOOGLE" | "OKTA" | "RSA" | "SYMANTEC" | "YUBICO" | UnknownEnumValue);

/** Okta schema `UserFactorPush` (see https://developer.okta.com/docs/api/). */
export type UserFactorPush = (UserFactorBase & { profile?: UserFactorPushProfile; provider?: ("OKTA" | UnknownEnumValue); });

/** Okta schema `UserFactorPushProfile` (see https://developer.okta.com/docs/api/). */
export type UserFactorPushProfile = { credentialId?: string; deviceToken?: string; deviceType?: string; name?: string; platform?: string; version?: string; [key: string]: unknown; };

/** Okta schema `UserFactorPushTransaction` (see https://developer.okta.com/docs/api/). */
export type UserFactorPushTransactionBase = { factorResult?: ("WAITING" | "WAITING (with number matching challenge)" | "SUCCESS" | "REJECTED" | "TIMEOUT"); };
/** Okta schema `UserFactorPushTransaction` (see https://developer.okta.com/docs/api/). */
export type UserFactorPushTransaction = (UserFactorPushTransactionWaitingNoNMC & { factorResult: "WAITING" }) | (UserFactorPushTransactionWaitingNMC & { factorResult: "WAITING (with number matching challenge)" }) | (UserFactorPushTransactionBase & { factorResult: "SUCCESS" }) | (UserFactorPushTransactionRejected & { factorResult: "REJECTED" }) | (UserFactorPushTransactionTimeout & { factorResult: "TIMEOUT" });

/** Okta schema `UserFactorPushTransactionRejected` (see https://developer.okta.com/docs/api/). */
export type UserFactorPushTransactionRejected = (UserFactorPushTransactionBase & { profile?: { credentialId?: string; }; _links?: (LinksVerify & { factor?: UserFactor; }); });

/** Okta schema `UserFactorPushTransactionSuccess` (see https://developer.okta.com/docs/api/). */
export type UserFactorPushTransactionSuccess = UserFactorPushTransaction;

/** Okta schema `UserFactorPushTransactionTimeout` (see https://developer.okta.com/docs/api/). */
export type UserFactorPushTransactionTimeout = (UserFactorPushTransactionBase & { profile?: { credentialId?: string; }; _links?: (LinksVerify & { factor?: UserFactor; }); });

/** Okta schema `UserFactorPushTransactionWaitingNMC` (see https://developer.okta.com/docs/api/). */
export type UserFactorPushTransactionWaitingNMC = (UserFactorPushTransactionBase & { profile?: { credentialId?: string; }; _embedded?: NumberFactorChallengeEmbeddedLinks; _links?: (LinksPoll & LinksCancel); });

/** Okta schema `UserFactorPushTransactionWaitingNoNMC` (see https://developer.okta.com/docs/api/). */
export type UserFactorPushTransactionWaitingNoNMC = (UserFactorPushTransactionBase & { profile?: { credentialId?: string; }; _links?: (LinksPoll & LinksCancel); });

/** Okta schema `UserFactorResultType` (see https://developer.okta.com/docs/api/). */
export type UserFactorResultType = ("CANCELLED" | "CHALLENGE" | "ERROR" | "FAILED" | "PASSCODE_REPLAYED" | "REJECTED" | "SUCCESS" | "TIMEOUT" | "TIME_WINDOW_EXCEEDED" | "WAITING" | UnknownEnumValue);

/** Okta schema `UserFactorSMS` (see https://developer.okta.com/docs/api/). */
export type UserFactorSMS = (UserFactorBase & { factorType?: unknown; profile?: UserFactorSMSProfile; provider?: ("OKTA" | UnknownEnumValue); });

/** Okta schema `UserFactorSMSProfile` (see https://developer.okta.com/docs/api/). */
export type UserFactorSMSProfile = { phoneNumber?: string; [key: string]: unknown; };

/** Okta schema `UserFactorSecurityQuestion` (see https://developer.okta.com/docs/api/). */
export type UserFactorSecurityQuestion = (UserFactorBase & { factorType?: unknown; profile?: UserFactorSecurityQuestionProfile; provider?: ("OKTA" | UnknownEnumValue); });

/** Okta schema `UserFactorSecurityQuestionProfile` (see https://developer.okta.com/docs/api/). */
export type UserFactorSecurityQuestionProfile = { answer?: string; question?: ("disliked_food" | "name_of_first_plush_toy" | "first_award" | "favorite_security_question" | "favorite_toy" | "first_computer_game" | "favorite_movie_quote" | "first_sports_team_mascot" | "first_music_purchase" | "favorite_art_piece" | "grandmother_favorite_desert" | "first_thing_cooked" | "childhood_dream_job" | "first_kiss_location" | "place_where_significant_other_was_met" | "favorite_vacation_location" | "new_years_two_thousand" | "favorite_speaker_actor" | "favorite_book_movie_character" | "favorite_sports_player" | UnknownEnumValue); readonly questionText?: string; [key: string]: unknown; };

/** Okta schema `UserFactorSignatureData` (see https://developer.okta.com/docs/api/). */
export type UserFactorSignatureData = string;

/** Okta schema `UserFactorStatus` (see https://developer.okta.com/docs/api/). */
export type UserFactorStatus = ("ACTIVE" | "DISABLED" | "ENROLLED" | "EXPIRED" | "INACTIVE" | "NOT_SETUP" | "PENDING_ACTIVATION" | UnknownEnumValue);

/** Okta schema `UserFactorSupported` (see https://developer.okta.com/docs/api/). */
export type UserFactorSupported = { enrollment?: ("OPTIONAL" | "REQUIRED" | UnknownEnumValue); factorType?: UserFactorType; provider?: UserFactorProvider; status?: UserFactorStatus; readonly vendorName?: string; readonly _embedded?: { [key: string]: Record<string, unknown>; }; _links?: UserFactorLinks; };

/** Okta schema `UserFactorToken` (see https://developer.okta.com/docs/api/). */
export type UserFactorToken = (UserFactorBase & { factorType?: unknown; profile?: UserFactorTokenProfile; provider?: ("RSA" | "SYMANTEC" | UnknownEnumValue); verify?: (UserFactorTokenVerifyRSA | UserFactorTokenVerifySymantec); });

/** Okta schema `UserFactorTokenFactorVerificationObject` (see https://developer.okta.com/docs/api/). */
export type UserFactorTokenFactorVerificationObject = { nextPassCode?: string; passCode?: string; };

/** Okta schema `UserFactorTokenHOTP` (see https://developer.okta.com/docs/api/). */
export type UserFactorTokenHOTP = (UserFactorBase & { factorProfileId?: string; factorType?: unknown; profile?: UserFactorTokenHOTPProfile; provider?: ("CUSTOM" | UnknownEnumValue); });

/** Okta schema `UserFactorTokenHOTPProfile` (see https://developer.okta.com/docs/api/). */
export type UserFactorTokenHOTPProfile = { sharedSecret?: string; [key: string]: unknown; };

/** Okta schema `UserFactorTokenHardware` (see https://developer.okta.com/docs/api/). */
export type UserFactorTokenHardware = (UserFactorBase & { factorType?: unknown; profile?: UserFactorTokenProfile; provider?: ("YUBICO" | UnknownEnumValue); verify?: { passCode?: string; }; });

/** Okta schema `UserFactorTokenProfile` (see https://developer.okta.com/docs/api/). */
export type UserFactorTokenProfile = { credentialId?: string; [key: string]: unknown; };

/** Okta schema `UserFactorTokenSoftwareTOTP` (see https://developer.okta.com/docs/api/). */
export type UserFactorTokenSoftwareTOTP = (UserFactorBase & { factorType?: unknown; profile?: UserFactorTokenProfile; provider?: ("OKTA" | "GOOGLE" | UnknownEnumValue); });

/** Okta schema `UserFactorTokenVerifyRSA` (see https://developer.okta.com/docs/api/). */
export type UserFactorTokenVerifyRSA = { passCode?: string; };

/** Okta schema `UserFactorTokenVerifySymantec` (see https://developer.okta.com/docs/api/). */
export type UserFactorTokenVerifySymantec = { nextPassCode?: number; passCode?: string; };

/** Okta schema `UserFactorType` (see https://developer.okta.com/docs/api/). */
export type UserFactorType = ("call" | "email" | "push" | "question" | "signed_nonce" | "sms" | "token" | "token:hardware" | "token:hotp" | "token:software:totp" | "u2f" | "web" | "webauthn" | UnknownEnumValue);

/** Okta schema `UserFactorU2F` (see https://developer.okta.com/docs/api/). */
export type UserFactorU2F = (UserFactorBase & { factorType?: unknown; profile?: UserFactorU2FProfile; provider?: ("FIDO" | UnknownEnumValue); });

/** Okta schema `UserFactorU2FProfile` (see https://developer.okta.com/docs/api/). */
export type UserFactorU2FProfile = { credentialId?: string; [key: string]: unknown; };

/** Okta schema `UserFactorVerifyRequest` (see https://developer.okta.com/docs/api/). */
export type UserFactorVerifyRequest = ({ passCode?: UserFactorPassCode; } | { passCode?: UserFactorPassCode; } | { useNumberMatchingChallenge?: useNumberMatchingChallenge; } | null | { passCode?: UserFactorPassCode; } | { answer?: string; } | { passCode?: UserFactorPassCode; } | { passCode?: UserFactorPassCode; } | { passCode?: UserFactorPassCode; } | { passCode?: UserFactorPassCode; } | { clientData?: string; signatureData?: unknown; } | { authenticatorData?: string; clientData?: string; signatureData?: string; });

/** Okta schema `UserFactorVerifyResponse` (see https://developer.okta.com/docs/api/). */
export type UserFactorVerifyResponse = { readonly expiresAt?: string; readonly factorMessage?: string | null; readonly factorResult?: UserFactorVerifyResult; readonly profile?: { [key: string]: Record<string, unknown>; }; _embedded?: ({ [key: string]: Record<string, unknown> | null; }); _links?: UserFactorLinks; };

/** Okta schema `UserFactorVerifyResponseWaiting` (see https://developer.okta.com/docs/api/). */
export type UserFactorVerifyResponseWaiting = { readonly expiresAt?: string; readonly factorMessage?: string | null; readonly factorResult?: UserFactorVerifyResultWaiting; readonly profile?: { [key: string]: Record<string, unknown>; }; _embedded?: (NumberFactorChallengeEmbeddedLinks & { [key: string]: Record<string, unknown> | null; }); _links?: UserFactorLinks; };

/** Okta schema `UserFactorVerifyResult` (see https://developer.okta.com/docs/api/). */
export type UserFactorVerifyResult = ("CHALLENGE" | "ERROR" | "EXPIRED" | "FAILED" | "PASSCODE_REPLAYED" | "REJECTED" | "SUCCESS" | "TIMEOUT" | "TIME_WINDOW_EXCEEDED" | UnknownEnumValue);

/** Okta schema `UserFactorVerifyResultWaiting` (see https://developer.okta.com/docs/api/). */
export type UserFactorVerifyResultWaiting = ("WAITING" | UnknownEnumValue);

/** Okta schema `UserFactorWeb` (see https://developer.okta.com/docs/api/). */
export type UserFactorWeb = (UserFactorBase & { factorType?: unknown; profile?: UserFactorWebProfile; provider?: ("DUO" | UnknownEnumValue); });

/** Okta schema `UserFactorWebAuthn` (see https://developer.okta.com/docs/api/). */
export type UserFactorWebAuthn = (UserFactorBase & { factorType?: unknown; profile?: UserFactorWebAuthnProfile; provider?: ("FIDO" | UnknownEnumValue); });

/** Okta schema `UserFactorWebAuthnProfile` (see https://developer.okta.com/docs/api/). */
export type UserFactorWebAuthnProfile = { authenticatorName?: string; credentialId?: string; [key: string]: unknown; };

/** Okta schema `UserFactorWebProfile` (see https://developer.okta.com/docs/api/). */
export type UserFactorWebProfile = { credentialId?: string; [key: string]: unknown; };

/** Okta schema `UserFactorYubikeyOtpToken` (see https://developer.okta.com/docs/api/). */
export type UserFactorYubikeyOtpToken = { readonly created?: string; readonly id?: string; readonly lastUpdated?: string; readonly lastVerified?: string; profile?: { [key: string]: Record<string, unknown>; }; status?: ("BLOCKED" | "UNASSIGNED" | "ACTIVE" | "REVOKED" | "DELETED" | "INACTIVE" | UnknownEnumValue); _embedded?: { [key: string]: Record<string, unknown>; }; _links?: UserFactorLinks; };

/** Okta schema `UserGetSingleton` (see https://developer.okta.com/docs/api/). */
export type UserGetSingleton = (User & { _embedded?: { blocks?: UserBlock[]; }; });

/** Okta schema `UserIdentifierConditionEvaluatorPattern` (see https://developer.okta.com/docs/api/). */
export type UserIdentifierConditionEvaluatorPattern = { matchType?: UserIdentifierMatchType; value?: string; };

/** Okta schema `UserIdentifierMatchType` (see https://developer.okta.com/docs/api/). */
export type UserIdentifierMatchType = ("CONTAINS" | "EQUALS" | "EXPRESSION" | "STARTS_WITH" | "SUFFIX" | UnknownEnumValue);

/** Okta schema `UserIdentifierPolicyRuleCondition` (see https://developer.okta.com/docs/api/). */
export type UserIdentifierPolicyRuleCondition = { attribute?: string; patterns?: UserIdentifierConditionEvaluatorPattern[]; type?: UserIdentifierType; };

/** Okta schema `UserIdentifierType` (see https://developer.okta.com/docs/api/). */
export type UserIdentifierType = ("ATTRIBUTE" | "IDENTIFIER" | UnknownEnumValue);

/** Okta schema `UserIdentityProviderLinkRequest` (see https://developer.okta.com/docs/api/). */
export type UserIdentityProviderLinkRequest = { externalId?: string; };

/** Okta schema `UserImportRequest` (see https://developer.okta.com/docs/api/). */
export type UserImportRequest = { data?: UserImportRequestData; eventType?: string; source?: string; };

/** Okta schema `UserImportRequestData` (see https://developer.okta.com/docs/api/). */
export type UserImportRequestData = { action?: { result?: ("CREATE_USER" | "LINK_USER" | UnknownEnumValue); }; appUser?: { profile?: { [key: string]: string; }; }; context?: { conflicts?: string[]; application?: { name?: string; id?: string; label?: string; status?: ("ACTIVE" | "INACTIVE" | UnknownEnumValue); }; job?: { id?: string; type?: string; }; matches?: string[]; policy?: string[]; }; user?: { profile?: { [key: string]: string; }; }; };

/** Okta schema `UserImportRequestExecute` (see https://developer.okta.com/docs/api/). */
export type UserImportRequestExecute = (InlineHookBasePayload & UserImportRequest);

/** Okta schema `UserImportResponse` (see https://developer.okta.com/docs/api/). */
export type UserImportResponse = { commands?: { type?: ("com.okta.appUser.profile.update" | "com.okta.user.profile.update" | "com.okta.action.update" | "com.okta.user.update" | UnknownEnumValue); value?: { [key: string]: string; }; }[]; error?: { errorSummary?: string; }; };

/** Okta schema `UserLifecycleAttributePolicyRuleCondition` (see https://developer.okta.com/docs/api/). */
export type UserLifecycleAttributePolicyRuleCondition = { attributeName?: string; matchingValue?: string; };

/** Okta schema `UserLockoutSettings` (see https://developer.okta.com/docs/api/). */
export type UserLockoutSettings = { preventBruteForceLockoutFromUnknownDevices?: boolean; };

/** Okta schema `UserNextLogin` (see https://developer.okta.com/docs/api/). */
export type UserNextLogin = ("changePassword" | UnknownEnumValue);

/** Okta schema `UserPolicyRuleCondition` (see https://developer.okta.com/docs/api/). */
export type UserPolicyRuleCondition = { exclude?: string[]; inactivity?: InactivityPolicyRuleCondition; include?: string[]; lifecycleExpiration?: LifecycleExpirationPolicyRuleCondition; passwordExpiration?: PasswordExpirationPolicyRuleCondition; userLifecycleAttribute?: UserLifecycleAttributePolicyRuleCondition; };

/** Okta schema `UserProfile` (see https://developer.okta.com/docs/api/). */
export type UserProfile = { city?: string | null; costCenter?: string | null; countryCode?: string | null; department?: string; displayName?: string | null; division?: string | null; email?: string; employeeNumber?: string; firstName?: string | null; honorificPrefix?: string | null; honorificSuffix?: string | null; lastName?: string | null; locale?: string; login?: string; manager?: string | null; managerId?: string | null; middleName?: string | null; mobilePhone?: string | null; nickName?: string | null; organization?: string | null; postalAddress?: string | null; preferredLanguage?: string | null; primaryPhone?: string | null; profileUrl?: string | null; secondEmail?: string | null; state?: string | null; streetAddress?: string | null; timezone?: string | null; title?: string | null; userType?: string | null; zipCode?: string | null; [key: string]: unknown; };

/** Okta schema `UserProvisioningApplicationFeature` (see https://developer.okta.com/docs/api/). */
export type UserProvisioningApplicationFeature = (ApplicationFeatureBase & Record<string, unknown> & { capabilities?: CapabilitiesObject; });

/** Okta schema `UserRequestSchema` (see https://developer.okta.com/docs/api/). */
export type UserRequestSchema = { externalId?: string; profile?: IdentitySourceUserProfileForUpsertRequired; };

/** Okta schema `UserResourceHrefObject` (see https://developer.okta.com/docs/api/). */
export type UserResourceHrefObject = { href?: string; title?: string; };

/** Okta schema `UserResponseSchema` (see https://developer.okta.com/docs/api/). */
export type UserResponseSchema = { readonly created?: string; readonly externalId?: string; readonly id?: string; readonly lastUpdated?: string; profile?: IdentitySourceUserProfileForUpsert; };

/** Okta schema `UserRiskGetResponse` (see https://developer.okta.com/docs/api/). */
export type UserRiskGetResponseBase = { riskLevel?: ("HIGH" | "MEDIUM" | "LOW" | "NONE"); _links?: (LinksSelf & LinksUserRef); };
/** Okta schema `UserRiskGetResponse` (see https://developer.okta.com/docs/api/). */
export type UserRiskGetResponse = (UserRiskLevelExists & { riskLevel: "HIGH" | "MEDIUM" | "LOW" }) | (UserRiskLevelNone & { riskLevel: "NONE" });

/** Okta schema `UserRiskLevelAll` (see https://developer.okta.com/docs/api/). */
export type UserRiskLevelAll = ("HIGH" | "LOW" | "MEDIUM" | "NONE" | UnknownEnumValue);

/** Okta schema `UserRiskLevelExists` (see https://developer.okta.com/docs/api/). */
export type UserRiskLevelExists = (UserRiskGetResponseBase & { reason?: UserRiskReason; });

/** Okta schema `UserRiskLevelNone` (see https://developer.okta.com/docs/api/). */
export type UserRiskLevelNone = (UserRiskGetResponseBase);

/** Okta schema `UserRiskLevelPut` (see https://developer.okta.com/docs/api/). */
export type UserRiskLevelPut = ("HIGH" | "LOW" | "MEDIUM" | UnknownEnumValue);

/** Okta schema `UserRiskPutResponse` (see https://developer.okta.com/docs/api/). */
export type UserRiskPutResponse = { reason?: UserRiskReason; riskLevel?: UserRiskLevelPut; _links?: (LinksSelf & LinksUserRef); };

/** Okta schema `UserRiskReason` (see https://developer.okta.com/docs/api/). */
export type UserRiskReason = string;

/** Okta schema `UserRiskRequest` (see https://developer.okta.com/docs/api/). */
export type UserRiskRequest = { riskLevel: ("HIGH" | "MEDIUM" | "LOW" | UnknownEnumValue); riskReason?: string; };

/** Okta schema `UserSchema` (see https://developer.okta.com/docs/api/). */
export type UserSchema = { readonly $schema?: string; readonly created?: string; definitions?: (UserSchemaDefinitions); readonly id?: string; readonly lastUpdated?: string; readonly name?: string; properties?: (UserSchemaProperties); title?: string; readonly type?: string; _links?: LinksSelf; };

/** Okta schema `UserSchemaAttribute` (see https://developer.okta.com/docs/api/). */
export type UserSchemaAttribute = { default?: (string | boolean | number | unknown[] | Record<string, unknown> | number); description?: string; enum?: (string | number)[] | null; externalName?: string; externalNamespace?: string; format?: (UserSchemaAttributeFormat); master?: (UserSchemaAttributeMaster); maxLength?: number | null; minLength?: number | null; mutability?: (UserSchemaAttributeMutabilityString); oneOf?: UserSchemaAttributeEnum[] | null; pattern?: string; permissions?: UserSchemaAttributePermission[] | null; required?: boolean | null; scope?: UserSchemaAttributeScope; title?: string; type?: (UserSchemaAttributeType); unique?: boolean | null; };

/** Okta schema `UserSchemaAttributeEnum` (see https://developer.okta.com/docs/api/). */
export type UserSchemaAttributeEnum = { const?: string; title?: string; };

/** Okta schema `UserSchemaAttributeFormat` (see https://developer.okta.com/docs/api/). */
export type UserSchemaAttributeFormat = ("country-code" | "date-time" | "email" | "encrypted" | "hashed" | "language-code" | "locale" | "ref-id" | "timezone" | "uri" | UnknownEnumValue);

/** Okta schema `UserSchemaAttributeItems` (see https://developer.okta.com/docs/api/). */
export type UserSchemaAttributeItems = { enum?: string[]; oneOf?: UserSchemaAttributeEnum[]; type?: string; };

/** Okta schema `UserSchemaAttributeMaster` (see https://developer.okta.com/docs/api/). */
export type UserSchemaAttributeMaster = { priority?: UserSchemaAttributeMasterPriority[]; type?: UserSchemaAttributeMasterType; } | null;

/** Okta schema `UserSchemaAttributeMasterPriority` (see https://developer.okta.com/docs/api/). */
export type UserSchemaAttributeMasterPriority = { type?: string; value?: string; };

/** Okta schema `UserSchemaAttributeMasterType` (see https://developer.okta.com/docs/api/). */
export type UserSchemaAttributeMasterType = ("OKTA" | "OVERRIDE" | "PROFILE_MASTER" | UnknownEnumValue);

/** Okta schema `UserSchemaAttributeMutabilityString` (see https://developer.okta.com/docs/api/). */
export type UserSchemaAttributeMutabilityString = ("IMMUTABLE" | "READ_ONLY" | "READ_WRITE" | "WRITE_ONLY" | UnknownEnumValue);

/** Okta schema `UserSchemaAttributePermission` (see https://developer.okta.com/docs/api/). */
export type UserSchemaAttributePermission = { action?: string; principal?: string; };

/** Okta schema `UserSchemaAttributeScope` (see https://developer.okta.com/docs/api/). */
export type UserSchemaAttributeScope = ("NONE" | "SELF" | UnknownEnumValue);

/** Okta schema `UserSchemaAttributeType` (see https://developer.okta.com/docs/api/). */
export type UserSchemaAttributeType = ("array" | "boolean" | "integer" | "number" | "string" | UnknownEnumValue);

/** Okta schema `UserSchemaAttributeUnion` (see https://developer.okta.com/docs/api/). */
export type UserSchemaAttributeUnion = ("DISABLE" | "ENABLE" | UnknownEnumValue);

/** Okta schema `UserSchemaBase` (see https://developer.okta.com/docs/api/). */
export type UserSchemaBase = { readonly id?: string; properties?: (UserSchemaBaseProperties); readonly required?: string[]; readonly type?: string; };

/** Okta schema `UserSchemaBaseProperties` (see https://developer.okta.com/docs/api/). */
export type UserSchemaBaseProperties = { city?: (UserSchemaAttribute); costCenter?: (UserSchemaAttribute); countryCode?: (UserSchemaAttribute); department?: (UserSchemaAttribute); displayName?: (UserSchemaAttribute); division?: (UserSchemaAttribute); email?: (UserSchemaAttribute); employeeNumber?: (UserSchemaAttribute); firstName?: (UserSchemaAttribute); honorificPrefix?: (UserSchemaAttribute); honorificSuffix?: (UserSchemaAttribute); lastName?: (UserSchemaAttribute); locale?: (UserSchemaAttribute); login?: (UserSchemaAttribute); manager?: (UserSchemaAttribute); managerId?: (UserSchemaAttribute); middleName?: (UserSchemaAttribute); mobilePhone?: (UserSchemaAttribute); nickName?: (UserSchemaAttribute); organization?: (UserSchemaAttribute); postalAddress?: (UserSchemaAttribute); preferredLanguage?: (UserSchemaAttribute); primaryPhone?: (UserSchemaAttribute); profileUrl?: (UserSchemaAttribute); secondEmail?: (UserSchemaAttribute); state?: (UserSchemaAttribute); streetAddress?: (UserSchemaAttribute); timezone?: (UserSchemaAttribute); title?: (UserSchemaAttribute); userType?: (UserSchemaAttribute); zipCode?: (UserSchemaAttribute); };

/** Okta schema `UserSchemaDefinitions` (see https://developer.okta.com/docs/api/). */
export type UserSchemaDefinitions = { base?: UserSchemaBase; custom?: UserSchemaPublic; };

/** Okta schema `UserSchemaProperties` (see https://developer.okta.com/docs/api/). */
export type UserSchemaProperties = { profile?: UserSchemaPropertiesProfile; };

/** Okta schema `UserSchemaPropertiesProfile` (see https://developer.okta.com/docs/api/). */
export type UserSchemaPropertiesProfile = { allOf?: UserSchemaPropertiesProfileItem[]; [key: string]: unknown; };

/** Okta schema `UserSchemaPropertiesProfileItem` (see https://developer.okta.com/docs/api/). */
export type UserSchemaPropertiesProfileItem = { $ref?: string; };

/** Okta schema `UserSchemaPublic` (see https://developer.okta.com/docs/api/). */
export type UserSchemaPublic = { readonly id?: string; properties?: { [key: string]: UserSchemaAttribute; }; readonly required?: string[]; readonly type?: string; };

/** Okta schema `UserStatus` (see https://developer.okta.com/docs/api/). */
export type UserStatus = ("ACTIVE" | "DEPROVISIONED" | "LOCKED_OUT" | "PASSWORD_EXPIRED" | "PROVISIONED" | "RECOVERY" | "STAGED" | "SUSPENDED" | UnknownEnumValue);

/** Okta schema `UserStatusPolicyRuleCondition` (see https://developer.okta.com/docs/api/). */
export type UserStatusPolicyRuleCondition = { value?: PolicyUserStatus; };

/** Okta schema `UserType` (see https://developer.okta.com/docs/api/). */
export type UserType = { readonly created?: string; readonly createdBy?: string; readonly default?: boolean; description?: string; displayName: string; readonly id?: string; readonly lastUpdated?: string; readonly lastUpdatedBy?: string; name: string; _links?: UserTypeLinks; };

/** Okta schema `UserTypeCondition` (see https://developer.okta.com/docs/api/). */
export type UserTypeCondition = { exclude: string[]; include: string[]; };

/** Okta schema `UserTypeLinks` (see https://developer.okta.com/docs/api/). */
export type UserTypeLinks = (LinksSelf & { schema?: (HrefObject & unknown); });

/** Okta schema `UserTypePostRequest` (see https://developer.okta.com/docs/api/). */
export type UserTypePostRequest = { description?: string; displayName?: string; };

/** Okta schema `UserTypePutRequest` (see https://developer.okta.com/docs/api/). */
export type UserTypePutRequest = { description: string; displayName: string; name: string; };

/** Okta schema `UserVerificationEnum` (see https://developer.okta.com/docs/api/). */
export type UserVerificationEnum = ("DISCOURAGED" | "PREFERRED" | "REQUIRED" | UnknownEnumValue);

/** Okta schema `UserVerificationEnumEnrollment` (see https://developer.okta.com/docs/api/). */
export type UserVerificationEnumEnrollment = ("DISCOURAGED" | "PREFERRED" | "REQUIRED" | UnknownEnumValue);

/** Okta schema `UserVerificationEnumForVerify` (see https://developer.okta.com/docs/api/). */
export type UserVerificationEnumForVerify = ("DISCOURAGED" | "PREFERRED" | "REQUIRED" | UnknownEnumValue);

/** Okta schema `UsersLink` (see https://developer.okta.com/docs/api/). */
export type UsersLink = (HrefObject & unknown);

/** Okta schema `UsersUpdateRequestSchema` (see https://developer.okta.com/docs/api/). */
export type UsersUpdateRequestSchema = { profile?: IdentitySourceUserProfileForUpsertRequired; };

/** Okta schema `ValidationDetail` (see https://developer.okta.com/docs/api/). */
export type ValidationDetail = { id: string; provider: WorkflowsValidationDetailProvider; };

/** Okta schema `ValidationDetailProvider` (see https://developer.okta.com/docs/api/). */
export type ValidationDetailProviderBase = { externalId: string; type: ("WORKFLOWS"); };
/** Okta schema `ValidationDetailProvider` (see https://developer.okta.com/docs/api/). */
export type ValidationDetailProvider = (WorkflowsValidationDetailProvider & { type: "WORKFLOWS" });

/** Okta schema `VaultedSecretLinks` (see https://developer.okta.com/docs/api/). */
export type VaultedSecretLinks = { self: HrefObjectSelfLink; web?: HrefObjectWebLink; };

/** Okta schema `VaultedSecretOrn` (see https://developer.okta.com/docs/api/). */
export type VaultedSecretOrn = string;

/** Okta schema `VerificationMethod` (see https://developer.okta.com/docs/api/). */
export type VerificationMethodBase = { type?: ("ASSURANCE" | "AUTH_METHOD_CHAIN" | "ID_PROOFING"); };
/** Okta schema `VerificationMethod` (see https://developer.okta.com/docs/api/). */
export type VerificationMethod = (AssuranceMethod & { type: "ASSURANCE" }) | (AuthenticationMethodChainMethod & { type: "AUTH_METHOD_CHAIN" }) | (IdProofingMethod & { type: "ID_PROOFING" });

/** Okta schema `VerifyFactorRequest` (see https://developer.okta.com/docs/api/). */
export type VerifyFactorRequest = { activationToken?: string; answer?: string; attestation?: string; clientData?: string; nextPassCode?: string; passCode?: string; registrationData?: string; stateToken?: string; };

/** Okta schema `VerifyUserFactorResponse` (see https://developer.okta.com/docs/api/). */
export type VerifyUserFactorResponse = { readonly expiresAt?: string; factorResult?: VerifyUserFactorResult; factorResultMessage?: string; readonly _embedded?: { [key: string]: Record<string, unknown>; }; readonly _links?: { [key: string]: Record<string, unknown>; }; };

/** Okta schema `VerifyUserFactorResult` (see https://developer.okta.com/docs/api/). */
export type VerifyUserFactorResult = ("CHALLENGE" | "ERROR" | "EXPIRED" | "FAILED" | "PASSCODE_REPLAYED" | "REJECTED" | "SUCCESS" | "TIMEOUT" | "TIME_WINDOW_EXCEEDED" | "WAITING" | UnknownEnumValue);

/** Okta schema `Version` (see https://developer.okta.com/docs/api/). */
export type Version = string;

/** Okta schema `VersionObject` (see https://developer.okta.com/docs/api/). */
export type VersionObject = { minimum?: string; };

/** Okta schema `WebAuthnAttachmentEnum` (see https://developer.okta.com/docs/api/). */
export type WebAuthnAttachmentEnum = ("ANY" | "BUILT_IN" | "ROAMING" | UnknownEnumValue);

/** Okta schema `WebAuthnCredRequest` (see https://developer.okta.com/docs/api/). */
export type WebAuthnCredRequest = { authenticatorEnrollmentId?: string; credRequestJwe?: string; keyId?: string; };

/** Okta schema `WebAuthnCredResponse` (see https://developer.okta.com/docs/api/). */
export type WebAuthnCredResponse = { authenticatorEnrollmentId?: string; credResponseJwe?: string; };

/** Okta schema `WebAuthnPreregistrationFactor` (see https://developer.okta.com/docs/api/). */
export type WebAuthnPreregistrationFactor = { readonly created?: string; factorType?: UserFactorType; readonly id?: string; readonly lastUpdated?: string; profile?: Record<string, unknown>; provider?: UserFactorProvider; status?: UserFactorStatus; readonly vendorName?: string; _links?: LinksSelf; };

/** Okta schema `WebAuthnRpId` (see https://developer.okta.com/docs/api/). */
export type WebAuthnRpId = { domain?: WebAuthnRpIdDomain; enabled?: boolean; };

/** Okta schema `WebAuthnRpIdDomain` (see https://developer.okta.com/docs/api/). */
export type WebAuthnRpIdDomain = { dnsRecord?: (unknown & DNSRecordAuthenticators); name?: string; readonly validationStatus?: ("NOT_STARTED" | "IN_PROGRESS" | "VERIFIED" | "ERROR" | UnknownEnumValue); };

/** Okta schema `WebAuthnSettingAllowSyncablePasskeys` (see https://developer.okta.com/docs/api/). */
export type WebAuthnSettingAllowSyncablePasskeys = boolean;

/** Okta schema `WebAuthnSettingCertBasedAttestationValidation` (see https://developer.okta.com/docs/api/). */
export type WebAuthnSettingCertBasedAttestationValidation = boolean;

/** Okta schema `WebAuthnSettingEnableAutofillUI` (see https://developer.okta.com/docs/api/). */
export type WebAuthnSettingEnableAutofillUI = boolean;

/** Okta schema `WebAuthnSettingFipsCompliant` (see https://developer.okta.com/docs/api/). */
export type WebAuthnSettingFipsCompliant = boolean;

/** Okta schema `WebAuthnSettingHardwareProtected` (see https://developer.okta.com/docs/api/). */
export type WebAuthnSettingHardwareProtected = boolean;

/** Okta schema `WebAuthnSettingResidentKeyRequirement` (see https://developer.okta.com/docs/api/). */
export type WebAuthnSettingResidentKeyRequirement = ("DISCOURAGED" | "PREFERRED" | "REQUIRED" | UnknownEnumValue);

/** Okta schema `WebAuthnSettingShowSignInWithAPasskeyButton` (see https://developer.okta.com/docs/api/). */
export type WebAuthnSettingShowSignInWithAPasskeyButton = boolean;

/** Okta schema `WebAuthnUserFactor` (see https://developer.okta.com/docs/api/). */
export type WebAuthnUserFactor = (UserFactorBase & { profile?: WebAuthnUserFactorProfile; });

/** Okta schema `WebAuthnUserFactorProfile` (see https://developer.okta.com/docs/api/). */
export type WebAuthnUserFactorProfile = { authenticatorName?: string; credentialId?: string; [key: string]: unknown; };

/** Okta schema `WebUserFactor` (see https://developer.okta.com/docs/api/). */
export type WebUserFactor = (UserFactorBase & { profile?: WebUserFactorProfile; });

/** Okta schema `WebUserFactorProfile` (see https://developer.okta.com/docs/api/). */
export type WebUserFactorProfile = { credentialId?: string; [key: string]: unknown; };

/** Okta schema `WellKnownAppAuthenticatorConfiguration` (see https://developer.okta.com/docs/api/). */
export type WellKnownAppAuthenticatorConfiguration = { appAuthenticatorEnrollEndpoint?: string; authenticatorId?: string; createdDate?: string; key?: AuthenticatorKeyEnum; lastUpdated?: string; name?: string; orgId?: string; settings?: { userVerification?: CustomAppUserVerificationEnum; }; supportedMethods?: SupportedMethods[]; type?: ("app" | UnknownEnumValue); };

/** Okta schema `WellKnownOrgMetadata` (see https://developer.okta.com/docs/api/). */
export type WellKnownOrgMetadata = { id?: string; pipeline?: PipelineType; readonly _links?: { alternate?: (HrefObject & unknown); organization?: (HrefObject & unknown); }; };

/** Okta schema `WellKnownOrgMetadataSettings` (see https://developer.okta.com/docs/api/). */
export type WellKnownOrgMetadataSettings = { analyticsCollectionEnabled?: boolean; bugReportingEnabled?: boolean; omEnabled?: boolean; };

/** Okta schema `WellKnownSSFMetadata` (see https://developer.okta.com/docs/api/). */
export type WellKnownSSFMetadata = { authorization_schemes?: WellKnownSSFMetadataSpecUrn[]; configuration_endpoint?: string; default_subjects?: ("ALL" | "NONE" | UnknownEnumValue); delivery_methods_supported?: string[]; issuer?: string; jwks_uri?: string; spec_version?: string; verification_endpoint?: string; };

/** Okta schema `WellKnownSSFMetadataSpecUrn` (see https://developer.okta.com/docs/api/). */
export type WellKnownSSFMetadataSpecUrn = { spec_urn?: string; };

/** Okta schema `WellKnownURIArrayResponse` (see https://developer.okta.com/docs/api/). */
export type WellKnownURIArrayResponse = { representation?: unknown[]; _links?: (LinksSelf & { self?: HrefObject; }); };

/** Okta schema `WellKnownURIObjectResponse` (see https://developer.okta.com/docs/api/). */
export type WellKnownURIObjectResponse = { representation?: Record<string, unknown>; _links?: (LinksSelf & { self?: HrefObject; }); };

/** Okta schema `WellKnownURIRequest` (see https://developer.okta.com/docs/api/). */
export type WellKnownURIRequest = { representation: Record<string, unknown>; };

/** Okta schema `WellKnownURIsRoot` (see https://developer.okta.com/docs/api/). */
export type WellKnownURIsRoot = { readonly _embedded?: { "apple-app-site-association"?: { customized?: WellKnownURIObjectResponse; }; "assetlinks.json"?: { customized?: WellKnownURIArrayResponse; }; webauthn?: { customized?: WellKnownURIObjectResponse; }; }; _links?: (LinksSelf & { "apple-app-site-association"?: HrefObject; "assetlinks.json"?: HrefObject; webauthn?: HrefObject; }); };

/** Okta schema `WidgetConfigurationI18n` (see https://developer.okta.com/docs/api/). */
export type WidgetConfigurationI18n = { [key: string]: { [key: string]: string; }; };

/** Okta schema `WidgetConfigurationThemeTokens` (see https://developer.okta.com/docs/api/). */
export type WidgetConfigurationThemeTokens = { BorderColorDangerControl?: string; BorderColorDangerDark?: string; BorderColorDangerLight?: string; BorderColorDisabled?: string; BorderColorDisplay?: string; BorderColorPrimaryControl?: string; BorderColorPrimaryDark?: string; BorderRadiusMain?: string; BorderRadiusTight?: string; BorderStyleMain?: string; BorderWidthMain?: string; FocusOutlineColorPrimary?: string; FocusOutlineOffsetMain?: string; FocusOutlineOffsetTight?: string; FocusOutlineStyle?: string; FocusOutlineWidthMain?: string; FocusOutlineWidthTight?: string; HueBlue100?: string; HueBlue200?: string; HueBlue300?: string; HueBlue400?: string; HueBlue50?: string; HueBlue500?: string; HueBlue600?: string; HueBlue700?: string; HueBlue800?: string; HueBlue900?: string; HueGreen100?: string; HueGreen200?: string; HueGreen300?: string; HueGreen400?: string; HueGreen50?: string; HueGreen500?: string; HueGreen600?: string; HueGreen700?: string; HueGreen800?: string; HueGreen900?: string; HueNeutral100?: string; HueNeutral200?: string; HueNeutral300?: string; HueNeutral400?: string; HueNeutral50?: string; HueNeutral500?: string; HueNeutral600?: string; HueNeutral700?: string; HueNeutral800?: string; HueNeutral900?: string; HueNeutralWhite?: string; HueRed100?: string; HueRed200?: string; HueRed300?: string; HueRed400?: string; HueRed50?: string; HueRed500?: string; HueRed600?: string; HueRed700?: string; HueRed800?: string; HueRed900?: string; HueYellow100?: string; HueYellow200?: string; HueYellow300?: string; HueYellow400?: string; HueYellow50?: string; HueYellow500?: string; HueYellow600?: string; HueYellow700?: string; HueYellow800?: string; HueYellow900?: string; PaletteDangerDark?: string; PaletteDangerDarker?: string; PaletteDangerHeading?: string; PaletteDangerHighlight?: string; PaletteDangerLight?: string; PaletteDangerLighter?: string; PaletteDangerMain?: string; PaletteDangerText?: string; PalettePrimaryDark?: string; PalettePrimaryDarker?: string; PalettePrimaryHeading?: string; PalettePrimaryHighlight?: string; PalettePrimaryLight?: string; PalettePrimaryLighter?: string; PalettePrimaryMain?: string; PalettePrimaryText?: string; PaletteSuccessDark?: string; PaletteSuccessDarker?: string; PaletteSuccessHeading?: string; PaletteSuccessHighlight?: string; PaletteSuccessLight?: string; PaletteSuccessLighter?: string; PaletteSuccessMain?: string; PaletteSuccessText?: string; PaletteWarningDark?: string; PaletteWarningDarker?: string; PaletteWarningHeading?: string; PaletteWarningHighlight?: string; PaletteWarningLight?: string; PaletteWarningLighter?: string; PaletteWarningMain?: string; PaletteWarningText?: string; Spacing0?: string; Spacing1?: string; Spacing2?: string; Spacing3?: string; Spacing4?: string; Spacing5?: string; Spacing6?: string; Spacing7?: string; Spacing8?: string; Spacing9?: string; TransitionDurationMain?: string; TypographyColorAction?: string; TypographyColorBody?: string; TypographyColorDanger?: string; TypographyColorDisabled?: string; TypographyColorHeading?: string; TypographyColorInverse?: string; TypographyColorSubordinate?: string; TypographyColorSuccess?: string; TypographyColorSupport?: string; TypographyColorWarning?: string; TypographyFamilyBody?: string; TypographyFamilyButton?: string; TypographyFamilyHeading?: string; TypographyLineHeightBody?: number; TypographyLineHeightHeading1?: number; TypographyLineHeightHeading2?: number; TypographyLineHeightHeading3?: number; TypographyLineHeightHeading4?: number; TypographyLineHeightHeading5?: number; TypographyLineHeightHeading6?: number; TypographyLineHeightOverline?: number; TypographyLineHeightUi?: number; TypographyLineLengthMax?: string; TypographySizeBody?: string; TypographySizeHeading1?: string; TypographySizeHeading2?: string; TypographySizeHeading3?: string; TypographySizeHeading4?: string; TypographySizeHeading5?: string; TypographySizeHeading6?: string; TypographySizeSubordinate?: string; TypographyWeightBody?: string; TypographyWeightBodyBold?: string; TypographyWeightHeading?: string; TypographyWeightHeadingBold?: string; };

/** Okta schema `WidgetGeneration` (see https://developer.okta.com/docs/api/). */
export type WidgetGeneration = ("G2" | "G3" | UnknownEnumValue);

/** Okta schema `WindowsOSAccountProfile` (see https://developer.okta.com/docs/api/). */
export type WindowsOSAccountProfile = { directoryJoinStatus?: string; downLevelUsername?: string; fullName?: string; GUID?: string; qualifiedUsername?: string; securityId?: string; type?: ("WINDOWS" | UnknownEnumValue); upn?: string; [key: string]: unknown; };

/** Okta schema `WorkflowActionProvider` (see https://developer.okta.com/docs/api/). */
export type WorkflowActionProvider = (ActionProviderBase);

/** Okta schema `WorkflowAvailableActionProvider` (see https://developer.okta.com/docs/api/). */
export type WorkflowAvailableActionProvider = (AvailableActionProviderBase);

/** Okta schema `WorkflowsValidationDetailProvider` (see https://developer.okta.com/docs/api/). */
export type WorkflowsValidationDetailProvider = (ValidationDetailProviderBase & { code: string; flowName: string; link: string; message: string; });

/** Okta schema `WorkflowsValidationErrorType` (see https://developer.okta.com/docs/api/). */
export type WorkflowsValidationErrorType = ("DUPLICATE_FLOW_NAME" | "INVALID_CHAR_IN_AUTH_PARAM_LABEL" | "INVALID_DEPENDENT_OPTIONS" | "INVALID_DYNAMIC_INPUT_FLOW" | "INVALID_DYNAMIC_OUTPUT_FLOW" | "INVALID_EVENT_CARD" | "INVALID_FLOW_NAME" | "INVALID_FLOW_REFERENCE" | "MISSING_FIELDS" | "NO_CHILD_FLOW_FOR_AUTH_PARAM_LABEL" | "PROHIBITED_CHAR_IN_OPTION_LABEL" | UnknownEnumValue);

/** Okta schema `WsFederationApplication` (see https://developer.okta.com/docs/api/). */
export type WsFederationApplication = (ApplicationBase & { credentials?: ApplicationCredentials; name: ("template_wsfed" | UnknownEnumValue); settings: WsFederationApplicationSettings; });

/** Okta schema `WsFederationApplicationSettings` (see https://developer.okta.com/docs/api/). */
export type WsFederationApplicationSettings = (ApplicationSettings & { app?: WsFederationApplicationSettingsApplication; });

/** Okta schema `WsFederationApplicationSettingsApplication` (see https://developer.okta.com/docs/api/). */
export type WsFederationApplicationSettingsApplication = { attributeStatements?: string; audienceRestriction: string; authnContextClassRef: string; groupFilter?: string; groupName?: string; groupValueFormat: ("windowsDomainQualifiedName" | "samAccountName" | "dn" | UnknownEnumValue); nameIDFormat: string; realm?: string; siteURL: string; usernameAttribute: ("username" | "upn" | "upnAndUsername" | "none" | UnknownEnumValue); wReplyOverride?: boolean; wReplyURL: string; };

/** Okta schema `X5c` (see https://developer.okta.com/docs/api/). */
export type X5c = string[];

/** Okta schema `ZoomUsApplication` (see https://developer.okta.com/docs/api/). */
export type ZoomUsApplication = (OINApplication & Record<string, unknown> & { name: ("zoomus" | UnknownEnumValue); signOnMode?: ("SAML_2_0" | UnknownEnumValue); settings: ZoomUsApplicationSettings; });

/** Okta schema `ZoomUsApplicationSettings` (see https://developer.okta.com/docs/api/). */
export type ZoomUsApplicationSettings = (ApplicationSettings & Record<string, unknown> & { app: ZoomUsApplicationSettingsApplication; signOn?: OINSaml20ApplicationSettingsSignOn; });

/** Okta schema `ZoomUsApplicationSettingsApplication` (see https://developer.okta.com/docs/api/). */
export type ZoomUsApplicationSettingsApplication = { subDomain: string; };

/** Okta schema `ZscalerbyzApplication` (see https://developer.okta.com/docs/api/). */
export type ZscalerbyzApplication = (OINApplication & Record<string, unknown> & { name: ("zscalerbyz" | UnknownEnumValue); signOnMode?: ("BROWSER_PLUGIN" | "SAML_2_0" | UnknownEnumValue); settings: ZscalerbyzApplicationSettings; });

/** Okta schema `ZscalerbyzApplicationSettings` (see https://developer.okta.com/docs/api/). */
export type ZscalerbyzApplicationSettings = (ApplicationSettings & Record<string, unknown> & { app: ZscalerbyzApplicationSettingsApplication; signOn?: OINSaml20ApplicationSettingsSignOn; });

/** Okta schema `ZscalerbyzApplicationSettingsApplication` (see https://developer.okta.com/docs/api/). */
export type ZscalerbyzApplicationSettingsApplication = { siteDomain?: string; };

/** Okta schema `_embedded` (see https://developer.okta.com/docs/api/). */
export type _embedded = { readonly alg?: string; readonly e?: string; readonly kid?: string; readonly kty?: string; readonly n?: string; readonly use?: string | null; };

/** Okta schema `createdProperty` (see https://developer.okta.com/docs/api/). */
export type createdProperty = string;

/** Okta schema `enabledPagesType` (see https://developer.okta.com/docs/api/). */
export type enabledPagesType = ("SIGN_IN" | "SSPR" | "SSR" | UnknownEnumValue);

/** Okta schema `entitlementTypes` (see https://developer.okta.com/docs/api/). */
export type entitlementTypes = { name: string; description?: string; endpoint: string; attributes: { required?: boolean; multivalued?: boolean; }; mappings: { id: string; displayName: string; description?: string; }; }[];

/** Okta schema `lastUpdatedProperty` (see https://developer.okta.com/docs/api/). */
export type lastUpdatedProperty = string;

/** Okta schema `orgBillingContactType` (see https://developer.okta.com/docs/api/). */
export type orgBillingContactType = { contactType?: OrgContactType; readonly _links?: { billing?: (HrefObject & unknown); }; };

/** Okta schema `orgGeneralSettingLinks` (see https://developer.okta.com/docs/api/). */
export type orgGeneralSettingLinks = { contacts?: (HrefObject & unknown); logo?: (HrefObject & unknown); oktaCommunication?: (HrefObject & unknown); oktaSupport?: (HrefObject & unknown); preferences?: (HrefObject & unknown); uploadLogo?: (HrefObject & unknown); };

/** Okta schema `orgTechnicalContactType` (see https://developer.okta.com/docs/api/). */
export type orgTechnicalContactType = { contactType?: OrgContactType; readonly _links?: { technical?: (HrefObject & unknown); }; };

/** Okta schema `postAPIServiceIntegrationInstance` (see https://developer.okta.com/docs/api/). */
export type postAPIServiceIntegrationInstance = (APIServiceIntegrationInstance & { readonly clientSecret?: string; });

/** Okta schema `postAPIServiceIntegrationInstanceRequest` (see https://developer.okta.com/docs/api/). */
export type postAPIServiceIntegrationInstanceRequest = { grantedScopes: string[]; properties?: AppProperties; type: string; };

/** Okta schema `profile` (see https://developer.okta.com/docs/api/). */
export type profile = { [key: string]: unknown; };

/** Okta schema `subject` (see https://developer.okta.com/docs/api/). */
export type subject = { format?: ("opaque" | UnknownEnumValue); id?: string; };

/** Okta schema `tempPassword` (see https://developer.okta.com/docs/api/). */
export type tempPassword = { readonly tempPassword?: string; };

/** Okta schema `useNumberMatchingChallenge` (see https://developer.okta.com/docs/api/). */
export type useNumberMatchingChallenge = boolean;

/** Okta schema `userLink` (see https://developer.okta.com/docs/api/). */
export type userLink = { user?: HrefObjectUserLink; };
