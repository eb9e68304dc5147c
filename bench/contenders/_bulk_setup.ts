/**
 * What the bulk contenders (d) share before their measured work: a client with retries on and
 * the ids of the first `count` users to update.
 *
 * @module
 */
import { createOkta } from "../../mod.ts";
import { args } from "../_measure.ts";

/** The harness's arguments, a client with 10 retries and the ids of the users to update. */
export async function bulkSetup(): Promise<{
  okta: ReturnType<typeof createOkta>;
  ids: string[];
  concurrency: number;
}> {
  const { orgUrl, token, count, concurrency } = args<
    { orgUrl: string; token: string; count: number; concurrency: number }
  >();
  const okta = createOkta({ orgUrl, apiToken: token, maxRetries: 10 });
  const ids: string[] = [];
  for await (const user of okta.users.list().limit(200)) {
    ids.push(user.id!);
    if (ids.length >= count) break;
  }
  return { okta, ids, concurrency };
}
