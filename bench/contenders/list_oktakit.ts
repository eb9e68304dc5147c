// a/e: stream users with `for await` through oktakit, counting them.
import { createOkta } from "../../mod.ts";
import { args, measure, work } from "../_measure.ts";

const { orgUrl, token, max, workMs = 0 } = args<
  { orgUrl: string; token: string; max: number; workMs?: number }
>();
const okta = createOkta({ orgUrl, apiToken: token });
// Untimed warm-up, the same for every contender: one first page (connection, lazy setup, JIT).
await okta.users.list().limit(200);
await measure(async () => {
  let items = 0;
  for await (const user of okta.users.list().limit(200)) {
    if (user.id) items++;
    work(workMs);
    if (items >= max) break;
  }
  return { items };
});
