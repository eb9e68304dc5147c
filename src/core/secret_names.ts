/**
 * The one list of secret field names for the whole project: the debug log, errors and
 * config-backup's masking all ask {@link isSecretFieldName}. Names compare case- and
 * style-insensitively (`clientSecret`, `client_secret`, `CLIENT-SECRET` are one name).
 *
 * The list holds the names the spec marks `writeOnly` or `format: password` that are secrets by
 * themselves (`password`, `secretKey`, `tokenSigningKey`, `serviceAccountJson`), the OAuth and
 * Okta token names that travel in URLs, forms and bodies, and credentials of hooks and apps.
 * (`value` and `answer` are write-only too, but secret only in context: see the callers.)
 *
 * @module
 */

/** Secret field names, as Okta and OAuth spell them. */
export const SECRET_FIELD_NAMES: readonly string[] = [
  // writeOnly / format: password in the Management API spec
  "password",
  "secretKey",
  "tokenSigningKey",
  "serviceAccountJson",
  // Okta tokens carried in URLs and bodies
  "sessionToken",
  "recoveryToken",
  "activationToken",
  "stateToken",
  "passCode",
  "token",
  "apiToken",
  "apiKey",
  // OAuth
  "clientSecret",
  "access_token",
  "refresh_token",
  "id_token",
  "client_assertion",
  "device_code",
  "code_verifier",
  // keys and shared secrets
  "privateKey",
  "sharedSecret",
  "secret",
];

/** `client_secret`, `clientSecret`, `Client-Secret` → `clientsecret`. */
function fold(name: string): string {
  return name.replace(/[-_\s]/g, "").toLowerCase();
}

const FOLDED = new Set(SECRET_FIELD_NAMES.map(fold));

/**
 * A regexp source matching any secret name in any case or style: `clientSecret` →
 * `client[-_]?secret` (use with the `i` flag), longest names first.
 */
export function secretNamePattern(): string {
  return [...SECRET_FIELD_NAMES]
    .map((n) => n.replace(/([a-z0-9])([A-Z])/g, "$1_$2").toLowerCase().split(/[-_]/))
    .sort((a, b) => b.join("").length - a.join("").length)
    .map((words) => words.join("[-_]?"))
    .join("|");
}

/**
 * Whether a field, query parameter or form field of this name holds a secret.
 *
 * @example
 * ```ts
 * isSecretFieldName("client_secret"); // true
 * isSecretFieldName("ClientSecret"); // true
 * isSecretFieldName("clientId"); // false
 * ```
 */
export function isSecretFieldName(name: string): boolean {
  return FOLDED.has(fold(name));
}
