/**
 * Write-only fields: stored, never returned. The spec marks these `writeOnly` (or shows them
 * absent, like an OAuth hook channel's `clientSecret`); each entry is the key path's tail that
 * identifies the field inside any stored object of the long tail.
 *
 * @module
 */

/** Key-path tails (parent key → field) of the write-only fields the long tail stores. */
export const WRITE_ONLY_TAILS: readonly (readonly [parent: string | undefined, field: string])[] = [
  ["authScheme", "value"], // EventHookChannelConfigAuthScheme.value (inline hooks share it)
  ["config", "clientSecret"], // the OAuth inline hook channel's client secret
  [undefined, "secretKey"], // CAPTCHAInstance.secretKey
  [undefined, "tokenSigningKey"], // APNSConfiguration.tokenSigningKey
  [undefined, "serviceAccountJson"], // FCMConfiguration.serviceAccountJson
];

/** A copy of `value` without write-only fields (objects and arrays at any depth). */
export function withoutWriteOnly<T>(value: T, parent?: string): T {
  if (Array.isArray(value)) return value.map((v) => withoutWriteOnly(v, parent)) as T;
  if (value === null || typeof value !== "object") return value;
  const out: Record<string, unknown> = {};
  for (const [key, v] of Object.entries(value as Record<string, unknown>)) {
    if (WRITE_ONLY_TAILS.some(([p, f]) => f === key && (p === undefined || p === parent))) continue;
    out[key] = withoutWriteOnly(v, key);
  }
  return out as T;
}
