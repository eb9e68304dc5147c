// x: the users-export task writing every user to a CSV file, in-process as `deno task` runs it.
import { args, measure } from "../_measure.ts";
import { createOkta } from "../../mod.ts";
import { runTask } from "../../tasks/_framework/mod.ts";
import { task } from "../../tasks/users_export.ts";

const { orgUrl, token, out } = args<{ orgUrl: string; token: string; out: string }>();
await measure(async () => {
  const okta = createOkta({ orgUrl, apiToken: token });
  const outcome = await runTask(task, ["--format", "csv", "--out", out], {
    okta: okta as never,
    stderr: () => {},
  });
  if (outcome.code !== 0) throw new Error(`users-export exited ${outcome.code}`);
  okta.close();
  // The task counts what it wrote; reading the file back here would add its size to the figures.
  return { items: outcome.succeeded };
});
