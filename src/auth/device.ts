/**
 * The OAuth 2.0 device authorization grant (RFC 8628) against the org authorization server:
 * show the code, optionally open the browser, poll at `interval` (+5 s on `slow_down`) and stop
 * with a typed error on `expired_token` / `access_denied`.
 *
 * @module
 */
import type { AuthClock } from "./clock.ts";
import { OktaAuthError } from "./errors.ts";
import type { OAuthClient, TokenSet } from "./oauth_client.ts";

/** What the user must be shown to sign in. */
export interface DeviceCodePrompt {
  /** The code to type at the verification page. */
  userCode: string;
  /** The verification page. */
  verificationUri: string;
  /** The verification page with the code already filled in, when the server gives one. */
  verificationUriComplete?: string;
  /** Seconds until the code expires. */
  expiresIn: number;
}

/** Shows a device code to the user. */
export type DeviceCodeHandler = (prompt: DeviceCodePrompt) => void | Promise<void>;

/** The default prompt: two lines on stderr. */
export function printDeviceCode(prompt: DeviceCodePrompt): void {
  const minutes = Math.max(1, Math.round(prompt.expiresIn / 60));
  const lines = [
    `To sign in to Okta, open ${prompt.verificationUri} and enter the code ${prompt.userCode}`,
    prompt.verificationUriComplete
      ? `(or open ${prompt.verificationUriComplete}). The code expires in ${minutes} min.`
      : `The code expires in ${minutes} min.`,
  ];
  console.error(lines.join("\n"));
}

/** Opens a URL in the default browser; failures are ignored (the URL was printed). */
export async function openBrowser(url: string): Promise<void> {
  const os = Deno.build.os;
  const [cmd, args] = os === "darwin"
    ? ["open", [url]]
    : os === "windows"
    ? ["cmd", ["/c", "start", "", url]]
    : ["xdg-open", [url]];
  try {
    const child = new Deno.Command(cmd, { args, stdin: "null", stdout: "null", stderr: "null" })
      .spawn();
    await child.status;
  } catch {
    // No browser or no --allow-run: the prompt already shows the URL.
  }
}

/** Options for one device sign-in. */
export interface DeviceFlowOptions {
  client: OAuthClient;
  clientId: string;
  scopes: string[];
  clock: AuthClock;
  onDeviceCode: DeviceCodeHandler;
  openBrowser: boolean;
  signal?: AbortSignal;
}

const DEVICE_GRANT = "urn:ietf:params:oauth:grant-type:device_code";
const SLOW_DOWN_STEP_S = 5;

/** Runs the device grant to completion (or to a typed error). */
export async function runDeviceFlow(options: DeviceFlowOptions): Promise<TokenSet> {
  const { client, clock, signal } = options;
  signal?.throwIfAborted();
  const auth = await client.deviceAuthorize(options.scopes);
  const prompt: DeviceCodePrompt = {
    userCode: auth.userCode,
    verificationUri: auth.verificationUri,
    expiresIn: auth.expiresIn,
  };
  if (auth.verificationUriComplete) prompt.verificationUriComplete = auth.verificationUriComplete;
  await options.onDeviceCode(prompt);
  if (options.openBrowser) await openBrowser(auth.verificationUriComplete ?? auth.verificationUri);

  const deadline = clock.now() + auth.expiresIn * 1000;
  let interval = auth.interval;
  for (;;) {
    await clock.sleep(interval * 1000, signal);
    if (clock.now() >= deadline) {
      throw new OktaAuthError({
        error: "expired_token",
        errorDescription: "The device code expired before the sign-in was approved",
      });
    }
    try {
      return await client.token({
        grant_type: DEVICE_GRANT,
        device_code: auth.deviceCode,
        client_id: options.clientId,
      });
    } catch (e) {
      if (!(e instanceof OktaAuthError)) throw e;
      if (e.error === "authorization_pending") continue;
      if (e.error === "slow_down") {
        interval += SLOW_DOWN_STEP_S;
        continue;
      }
      throw e;
    }
  }
}
