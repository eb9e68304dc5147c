// d: user updates through okta.bulk() against a rate-limited bucket.
import { measure } from "../_measure.ts";
import { bulkSetup } from "./_bulk_setup.ts";

const { okta, ids, concurrency } = await bulkSetup();
await measure(async () => {
  const summary = await okta.bulk(
    ids,
    (id, i, signal) => okta.users.update(id, { profile: { title: `Bench ${i}` } }).signal(signal),
    { concurrency },
  );
  return {
    items: summary.succeeded,
    failed: summary.failed,
    requests: summary.requests,
    rateLimited: summary.rateLimited,
    firstError: summary.errors[0] ? String(summary.errors[0].error) : undefined,
  };
});
