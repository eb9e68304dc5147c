// d (context): the same updates from a plain pool of workers, no pacing (the client still
// retries each 429 after the reset).
import { createOkta } from "../../mod.ts";
import { args, measure } from "../_measure.ts";

const { orgUrl, token, count, concurrency } = args<
  { orgUrl: string; token: string; count: number; concurrency: number }
>();
const okta = createOkta({ orgUrl, apiToken: token, maxRetries: 10 });
const ids: string[] = [];
for await (const user of okta.users.list().limit(200)) {
  ids.push(user.id!);
  if (ids.length >= count) break;
}
await measure(async () => {
  let ok = 0;
  let failed = 0;
  let next = 0;
  await Promise.all(Array.from({ length: concurrency }, async () => {
    while (next < ids.length) {
      const i = next++;
      try {
        await okta.users.update(ids[i], { profile: { title: `Bench ${i}` } });
        ok++;
      } catch {
        failed++;
      }
    }
  }));
  return { items: ok, failed };
});
