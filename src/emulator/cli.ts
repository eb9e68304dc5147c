/**
 * `deno task emulator`: serves a local Okta org and prints the environment lines to use.
 *
 * ```sh
 * deno task emulator [--port 8787] [--host 127.0.0.1] [--token T] [--seed demo|empty] [--users N]
 *                    [--state FILE] [--no-rate-limits]
 * ```
 *
 * @module
 */
import { parseArgs } from "node:util";
import { startEmulator } from "./mod.ts";

const USAGE =
  "usage: deno task emulator [--port 8787] [--host 127.0.0.1] [--token T] [--seed demo|empty] [--users N] [--state FILE] [--no-rate-limits]";

function fail(message: string): never {
  console.error(`emulator: ${message}\n${USAGE}`);
  Deno.exit(2);
}

async function main(): Promise<void> {
  let values;
  try {
    ({ values } = parseArgs({
      args: Deno.args,
      options: {
        port: { type: "string", default: "8787" },
        host: { type: "string" },
        token: { type: "string" },
        seed: { type: "string", default: "demo" },
        users: { type: "string", default: "0" },
        state: { type: "string" },
        "no-rate-limits": { type: "boolean", default: false },
        help: { type: "boolean", short: "h", default: false },
      },
    }));
  } catch (error) {
    fail((error as Error).message);
  }
  if (values.help) {
    console.log(USAGE);
    return;
  }
  const port = Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    fail(`--port must be 0–65535: got ${values.port}`);
  }
  const users = Number(values.users);
  if (!Number.isInteger(users) || users < 0) {
    fail(`--users must be a non-negative integer: got ${values.users}`);
  }
  if (values.seed !== "demo" && values.seed !== "empty") {
    fail(`--seed must be demo or empty: got ${values.seed}`);
  }
  const started = performance.now();
  const emulator = await startEmulator({
    port,
    hostname: values.host,
    apiToken: values.token,
    seed: values.seed,
    users,
    state: values.state,
    rateLimits: values["no-rate-limits"] ? false : undefined,
  }).catch((error): never => {
    // One line (a state file that cannot be read, a port in use), never a stack trace.
    console.error(`emulator: ${(error as Error).message}`);
    Deno.exit(1);
  });
  const ms = Math.round(performance.now() - started);
  const counts = emulator.state.counts();
  console.log(`OKTA_ORG_URL=${emulator.url}`);
  console.log(`OKTA_API_TOKEN=${emulator.apiToken}`);
  console.error(
    `emulator: ${counts.users} users, ${counts.groups} groups, ${counts.apps} apps; ready in ${ms} ms. Ctrl-C to stop.`,
  );
  let stopping = false;
  const stop = async () => {
    if (stopping) return;
    stopping = true;
    try {
      await emulator.close();
    } catch (error) {
      // The last save failed: say so and exit non-zero (the file holds the last good save).
      console.error(`emulator: ${(error as Error).message}`);
      Deno.exit(1);
    }
    Deno.exit(0);
  };
  Deno.addSignalListener("SIGINT", stop);
  Deno.addSignalListener("SIGTERM", stop);
}

if (import.meta.main) await main();
