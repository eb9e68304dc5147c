// d (context) and m: the same updates from a plain pool of workers, no pacing (the client still
// retries each 429 after the reset).
import { measure } from "../_measure.ts";
import { bulkSetup } from "./_bulk_setup.ts";

const { okta, ids, concurrency } = await bulkSetup();
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
