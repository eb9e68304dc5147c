/**
 * Small helpers shared by the tasks.
 *
 * @module
 */

/** Reads a dotted path (`profile.login`) from an object. */
export function pick(value: unknown, path: string): unknown {
  let current: unknown = value;
  for (const key of path.split(".")) {
    if (current === null || typeof current !== "object") return undefined;
    current = (current as Record<string, unknown>)[key];
  }
  return current;
}

/** Quotes a value for an Okta search/filter expression (a JSON string: quotes and backslashes escaped). */
export function quote(value: string): string {
  return JSON.stringify(value);
}

/** Whether an error is an Okta API error with this HTTP status. */
export function isStatus(error: unknown, status: number): boolean {
  return Boolean(error) && typeof error === "object" &&
    (error as { status?: unknown }).status === status;
}

/** Parses a duration like `15m`, `2h`, `7d`, `30s` into milliseconds (undefined if not one). */
export function parseDuration(text: string): number | undefined {
  const match = /^(\d+(?:\.\d+)?)\s*(ms|s|m|h|d)$/.exec(text.trim());
  if (!match) return undefined;
  const unit = { ms: 1, s: 1_000, m: 60_000, h: 3_600_000, d: 86_400_000 }[match[2]]!;
  return Number(match[1]) * unit;
}

/** Parses an ISO 8601 time or a duration ago (`15m` = 15 minutes before `now`). */
export function parseTime(text: string, now: number): Date | undefined {
  const ago = parseDuration(text);
  if (ago !== undefined) return new Date(now - ago);
  if (!/^\d{4}-\d{2}-\d{2}/.test(text)) return undefined;
  const date = new Date(text);
  return Number.isNaN(date.getTime()) ? undefined : date;
}

/**
 * An Okta object as the API answers with it: with its id. The generated types mark `id` optional
 * (it is read-only, so request bodies leave it out), but every user and group Okta returns has one.
 */
export type WithId<T> = T & { readonly id: string };

/** An error for an item the task could not find (reported with a code, like Okta errors). */
export function notFound(code: string, message: string): Error {
  return Object.assign(new Error(message), { errorCode: code, errorSummary: message });
}

/**
 * The id of an object Okta sent: every user, group or app has one, though the generated types
 * mark `id` optional (it is read-only in requests). Throws when it is missing.
 */
export function requireId(value: { id?: string }): string {
  if (typeof value.id !== "string" || value.id === "") {
    throw new Error("Okta sent an object without an id");
  }
  return value.id;
}

/** Matches an Okta group id. */
export const GROUP_ID_REGEXP: RegExp = /^00g[A-Za-z0-9]{17}$/;

/** Creates the folder a file path lies in, when the path has one. */
export async function ensureParentDir(path: string): Promise<void> {
  const dir = path.replace(/[\\/][^\\/]*$/, "");
  if (dir && dir !== path) await Deno.mkdir(dir, { recursive: true });
}
