// a: Okta's Node.js SDK (its defaults), `for await` over userApi.listUsers().
import { args, measure, work } from "../_measure.ts";

// Loaded by a computed specifier so `deno check` of the project does not pull the SDK's
// @types/node into the same program as oktakit (that combination fails to type-check).
const SDK = ["npm:@okta", "okta-sdk-nodejs@8.1.0"].join("/");
// deno-lint-ignore no-explicit-any
const okta: any = (await import(SDK)).default;

const { orgUrl, token, max, workMs = 0 } = args<
  { orgUrl: string; token: string; max: number; workMs?: number }
>();
const client = new okta.Client({ orgUrl, token });
// Untimed warm-up, the same for every contender: one first page (connection, JIT).
for await (const _user of await client.userApi.listUsers({ limit: 200 })) break;
await measure(async () => {
  let items = 0;
  const collection = await client.userApi.listUsers({ limit: 200 });
  for await (const user of collection) {
    if (user?.id) items++;
    work(workMs);
    if (items >= max) break;
  }
  return { items };
});
