// Shared helpers for the emulator tests: one call() over the in-process fetch.
import { createEmulator, type Emulator, type EmulatorOptions } from "../../emulator.ts";

export interface Reply {
  status: number;
  headers: Headers;
  // deno-lint-ignore no-explicit-any
  body: any;
  text: string;
}

export function emulator(options: EmulatorOptions = {}): Emulator {
  return createEmulator({ rateLimits: false, ...options });
}

export async function call(
  emu: Emulator,
  method: string,
  path: string,
  options: {
    body?: unknown;
    raw?: string;
    auth?: string | null;
    headers?: Record<string, string>;
  } = {},
): Promise<Reply> {
  const headers = new Headers(options.headers);
  const auth = options.auth === undefined ? `SSWS ${emu.apiToken}` : options.auth;
  if (auth !== null) headers.set("Authorization", auth);
  headers.set("Accept", "application/json");
  let body: string | undefined = options.raw;
  if (options.body !== undefined) body = JSON.stringify(options.body);
  if (body !== undefined) headers.set("Content-Type", "application/json");
  const url = path.startsWith("http") ? path : `${emu.orgUrl}${path}`;
  const res = await emu.fetch(new Request(url, { method, headers, body }));
  const text = await res.text();
  let parsed: unknown = undefined;
  try {
    parsed = text === "" ? undefined : JSON.parse(text);
  } catch {
    parsed = undefined;
  }
  return { status: res.status, headers: res.headers, body: parsed, text };
}

/** The `rel="next"` URL of a response, if any. */
export function nextLink(headers: Headers): string | undefined {
  const value = headers.get("link") ?? "";
  return /<([^>]+)>; rel="next"/.exec(value)?.[1];
}

/** Every Link header value as a list (Headers joins lines with ", "). */
export function linkRels(headers: Headers): string[] {
  return [...(headers.get("link") ?? "").matchAll(/rel="([^"]+)"/g)].map((m) => m[1]);
}

export function newUser(
  login: string,
  extra: Record<string, unknown> = {},
): Record<string, unknown> {
  const [first] = login.split("@");
  return {
    profile: { login, email: login, firstName: first, lastName: "Tester", ...extra },
  };
}
