// d: user updates through okta.bulk() against a rate-limited bucket.
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
