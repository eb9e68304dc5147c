// Helpers of the docs tests: run a script or task in a child Deno with a clean environment.
import { fileURLToPath } from "node:url";

export const ROOT: string = fileURLToPath(new URL("../../", import.meta.url));

/** The flags the examples document for a real org, narrowed to loopback. */
export const EXAMPLE_FLAGS: readonly string[] = ["--allow-net=127.0.0.1", "--allow-env=OKTA_*"];

export interface RunResult {
  code: number;
  stdout: string;
  stderr: string;
}

/** The child's environment: only what Deno needs to find its cache, plus `env`. */
export function childEnv(env: Record<string, string>): Record<string, string> {
  const keep: Record<string, string> = { NO_COLOR: "1", DENO_NO_UPDATE_CHECK: "1" };
  for (const name of ["HOME", "DENO_DIR", "XDG_CACHE_HOME", "PATH", "TMPDIR"]) {
    const value = Deno.env.get(name);
    if (value !== undefined) keep[name] = value;
  }
  return { ...keep, ...env };
}

/** Runs `deno <args>` in the project root (writing `stdin` to it, if given) and collects its output. */
export async function runDeno(
  args: string[],
  env: Record<string, string> = {},
  cwd: string = ROOT,
  stdin?: string,
): Promise<RunResult> {
  const child = new Deno.Command(Deno.execPath(), {
    args,
    cwd,
    env: childEnv(env),
    clearEnv: true,
    stdin: stdin === undefined ? "null" : "piped",
    stdout: "piped",
    stderr: "piped",
  }).spawn();
  if (stdin !== undefined) {
    const writer = child.stdin.getWriter();
    await writer.write(new TextEncoder().encode(stdin));
    await writer.close();
  }
  const out = await child.output();
  const decoder = new TextDecoder();
  return {
    code: out.code,
    stdout: decoder.decode(out.stdout),
    stderr: decoder.decode(out.stderr),
  };
}

/** A readable failure message for a child that did not do what was expected. */
export function describe(result: RunResult): string {
  return `exit ${result.code}\n--- stdout\n${result.stdout}\n--- stderr\n${result.stderr}`;
}
