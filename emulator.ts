/**
 * A local Okta org emulator: a Management API that behaves like Okta on the wire (error
 * objects, rate-limit headers, `Link` pagination, filters, lifecycle rules, System Log) plus
 * the org authorization server, with seeded demo data and fault injection. Run demos and tests
 * offline, or point any Okta client (including Okta's own SDKs) at it.
 *
 * - {@link createEmulator}: an in-process org; its `fetch` needs no sockets.
 * - {@link startEmulator}: the same org served on 127.0.0.1.
 * - `deno task emulator [--port 8787] [--token T] [--seed demo|empty] [--users N] [--state FILE]`
 *   prints the `OKTA_ORG_URL=…` and `OKTA_API_TOKEN=…` lines to use.
 *
 * In tests: `emulator.seed` creates users, groups, apps and assignments; `emulator.state` and
 * `emulator.snapshot()` return the org as plain API objects, the System Log included
 * (`emulator.state.logs()`); `emulator.oauth` approves or denies device sign-ins and registers
 * clients; `emulator.faults` and `emulator.rateLimits` shape failures; the `now` option is the
 * clock.
 *
 * @example In-process, with the oktakit client
 * ```ts
 * import { createEmulator } from "@oktakit/okta/emulator";
 *
 * const emulator = createEmulator({ seed: "demo" });
 * const res = await emulator.fetch(
 *   new Request(`${emulator.orgUrl}/api/v1/groups?q=Eng`, {
 *     headers: { Authorization: `SSWS ${emulator.apiToken}` },
 *   }),
 * );
 * console.log(await res.json());
 * await emulator.close();
 * ```
 *
 * @example In a test: seed, run, inspect
 * ```ts
 * import { createEmulator } from "@oktakit/okta/emulator";
 *
 * const emulator = createEmulator({ seed: "empty" });
 * const ann = await emulator.seed.user({ profile: { login: "ann@example.com" } });
 * await emulator.seed.group({ name: "Sales", members: [ann.id] });
 * // … run the code under test with emulator.fetch …
 * console.log(emulator.state.members("Sales").map((u) => u.profile.login));
 * console.log(emulator.state.logs({ eventType: "group.user_membership.add" }).length);
 * await emulator.close();
 * ```
 *
 * @example Served on loopback
 * ```ts
 * import { startEmulator } from "@oktakit/okta/emulator";
 *
 * const emulator = await startEmulator({ port: 0, users: 1000 });
 * console.log(`OKTA_ORG_URL=${emulator.url}`);
 * await emulator.close();
 * ```
 *
 * @module
 */
export {
  createEmulator,
  type Emulator,
  type EmulatorApp,
  type EmulatorAppAssignment,
  type EmulatorCounts,
  type EmulatorGroup,
  type EmulatorLogEvent,
  type EmulatorOAuth,
  type EmulatorOAuthClient,
  type EmulatorOptions,
  type EmulatorSeeder,
  type EmulatorSnapshot,
  type EmulatorState,
  type EmulatorUser,
  type LogQuery,
  type RateLimitControls,
  type SeedAssignments,
  type SeedGroup,
  type SeedUser,
  type ServedEmulator,
  type ServeOptions,
  startEmulator,
  type UserFacts,
  type UserStatus,
} from "./src/emulator/mod.ts";
export type {
  FaultInjector,
  FaultKind,
  FaultOptions,
  InjectedFault,
} from "./src/emulator/faults.ts";
export type { RateLimitBucket, RateLimitOptions } from "./src/emulator/rate_limit.ts";
export type { SeedName } from "./src/emulator/seed.ts";
export type {
  AccessTokenCheck,
  GrantType,
  OAuthServerSettings,
  OAuthServerStats,
  PresentedToken,
} from "./src/emulator/oauth/mod.ts";
export type {
  BodyKind,
  HttpMethod,
  Operation,
  OperationParameter,
  OperationSource,
  PagingStyle,
  ParameterLocation,
  ResponseKind,
} from "./src/core/operation.ts";
