/**
 * Loads jose on first use. Only the OAuth strategies (PrivateKey, DPoP, Device) sign or
 * import keys, so importing mod.ts for an API token does not pay for jose and Node's crypto.
 *
 * @module
 */

/** The jose module. */
export type Jose = typeof import("npm:jose@^6.2.18");

let loading: Promise<Jose> | undefined;

/** jose, imported once on the first call. */
export function jose(): Promise<Jose> {
  return loading ??= import("npm:jose@^6.2.18");
}

/** `node:crypto`'s `createPrivateKey`, imported on the first call (PEM keys only). */
export async function createPrivateKey(
  ...args: Parameters<typeof import("node:crypto").createPrivateKey>
): Promise<ReturnType<typeof import("node:crypto").createPrivateKey>> {
  const crypto = await import("node:crypto");
  return crypto.createPrivateKey(...args);
}
