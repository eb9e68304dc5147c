/**
 * One redaction function, used by errors, the debug log and `inspect`/`toJSON` output.
 *
 * Two layers: every secret value the client knows of (API token, access token, private key…)
 * is replaced wherever it appears, and anything that looks like a credential in an
 * `Authorization`-style header or a token-bearing form field is masked even when the value is
 * not known (a renewed token, a token typed into a URL by mistake).
 *
 * @module
 */
import { secretNamePattern } from "./secret_names.ts";

/** What a redacted value is replaced with. */
export const REDACTED = "[REDACTED]";

/** Secrets shorter than this are ignored: masking "ab" everywhere would garble the text. */
const MIN_SECRET_LENGTH = 6;

const AUTH_SCHEME_REGEXP = /\b(SSWS|Bearer|DPoP|Basic)(\s+)[A-Za-z0-9._~+/=-]{6,}/gi;
/**
 * `name=value`, `"name":"value"`, `name:value` for every secret name ({@link secretNamePattern}),
 * any case or style. No space after the separator, so prose such as
 * `password: Password requirements were not met` stays readable.
 */
const FIELD_REGEXP = new RegExp(
  `(?<![A-Za-z0-9_-])(${secretNamePattern()})(["']?\\s*[:=]["']?)[^\\s&"',;}]+`,
  "gi",
);

/**
 * Returns `text` with every known secret and every credential-looking value masked.
 *
 * @example Mask a token
 * ```ts
 * redact("Authorization: SSWS 00abcdefgh", ["00abcdefgh"]); // "Authorization: SSWS [REDACTED]"
 * ```
 */
export function redact(text: string, secrets: Iterable<string> = []): string {
  let out = text;
  for (const secret of secrets) {
    if (secret && secret.length >= MIN_SECRET_LENGTH && out.includes(secret)) {
      out = out.replaceAll(secret, REDACTED);
    }
  }
  if (out.length === 0) return out;
  return out
    .replace(
      AUTH_SCHEME_REGEXP,
      (_m, scheme: string, space: string) => `${scheme}${space}${REDACTED}`,
    )
    .replace(
      FIELD_REGEXP,
      (_m, field: string, sep: string) => `${field}${sep}${REDACTED}`,
    );
}

/** Header names whose values are always credentials. */
const SENSITIVE_HEADER_REGEXP =
  /^(authorization|proxy-authorization|cookie|set-cookie|dpop|x-api-key)$/i;

/** Whether a header's value must never be shown. */
export function isSensitiveHeader(name: string): boolean {
  return SENSITIVE_HEADER_REGEXP.test(name);
}

/** A copy of `headers` as a plain record with sensitive values masked and the rest redacted. */
export function redactHeaders(
  headers: Headers | Record<string, string>,
  secrets: Iterable<string> = [],
): Record<string, string> {
  const list = [...secrets];
  const out: Record<string, string> = {};
  const entries = headers instanceof Headers ? headers.entries() : Object.entries(headers);
  for (const [name, value] of entries) {
    out[name] = isSensitiveHeader(name) ? REDACTED : redact(value, list);
  }
  return out;
}

/** The URL without user info, with secrets and token-like query values masked. */
export function redactUrl(url: string | URL, secrets: Iterable<string> = []): string {
  let text = String(url);
  try {
    const parsed = new URL(text);
    if (parsed.username || parsed.password) {
      parsed.username = "";
      parsed.password = "";
      text = parsed.href;
    }
  } catch {
    // Not a URL: redact it as text, dropping anything that looks like user info.
    text = text.replace(/\/\/[^/?#\s]*@/, "//");
  }
  return redact(text, secrets);
}
