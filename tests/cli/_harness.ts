// Runs the `okta` command line in-process against an emulator and captures what it prints.
import { createEmulator, type Emulator, type EmulatorOptions } from "../../emulator.ts";
import { createOkta, type Okta } from "../../mod.ts";
import { type CliClient, runCli } from "../../cli/run.ts";

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

export interface CliOrg {
  emulator: Emulator;
  okta: Okta;
  /** Runs `okta …argv` with `stdin` as standard input. */
  run(argv: string[], options?: { stdin?: string; terminal?: boolean }): Promise<CliRun>;
  /** How many requests reached the org so far. */
  readonly requests: number;
  close(): Promise<void>;
}

export async function openCliOrg(options: EmulatorOptions = {}): Promise<CliOrg> {
  const emulator = createEmulator({ seed: "demo", rateLimits: false, ...options });
  await emulator.ready;
  let requests = 0;
  const okta = createOkta({
    orgUrl: emulator.orgUrl,
    apiToken: emulator.apiToken,
    fetch: (request) => {
      requests++;
      return emulator.fetch(request);
    },
  });
  return {
    emulator,
    okta,
    get requests() {
      return requests;
    },
    async run(argv, { stdin, terminal = false } = {}) {
      let stdout = "";
      let stderr = "";
      const code = await runCli(argv, {
        okta: okta as unknown as CliClient,
        terminal,
        stdout: {
          write: (text) => Promise.resolve(void (stdout += text)),
          close: () => Promise.resolve(),
        },
        stderr: (text) => void (stderr += text),
        stdin: new Blob([stdin ?? ""]).stream(),
      });
      return { code, stdout, stderr };
    },
    async close() {
      okta.close();
      await emulator.close();
    },
  };
}

/** Parses NDJSON output. */
export function ndjson(text: string): Record<string, unknown>[] {
  return text.split("\n").filter(Boolean).map((line) => JSON.parse(line));
}
