// m: the same user updates with Okta's Node.js SDK, one after another (it has no bulk helper).
import { args, measure } from "../_measure.ts";

// Loaded by a computed specifier, as in list_sdk.ts (its @types/node breaks the project check).
const SDK = ["npm:@okta", "okta-sdk-nodejs@8.1.0"].join("/");
// deno-lint-ignore no-explicit-any
const okta: any = (await import(SDK)).default;

const { orgUrl, token, count } = args<{ orgUrl: string; token: string; count: number }>();
const client = new okta.Client({ orgUrl, token });
const ids: string[] = [];
for await (const user of await client.userApi.listUsers({ limit: 200 })) {
  ids.push(user.id);
  if (ids.length >= count) break;
}
await measure(async () => {
  let items = 0;
  for (const [i, id] of ids.entries()) {
    await client.userApi.updateUser({ userId: id, user: { profile: { title: `Bench ${i}` } } });
    items++;
  }
  return { items };
});
