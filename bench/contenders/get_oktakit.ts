// b: sequential GETs of single users through oktakit.
import { createOkta } from "../../mod.ts";
import { args, measure } from "../_measure.ts";

const { orgUrl, token, count } = args<{ orgUrl: string; token: string; count: number }>();
const okta = createOkta({ orgUrl, apiToken: token });
const ids = (await okta.users.list().limit(200)).map((u) => u.id!);
// Warm-up, untimed: the first requests pay for connection setup and JIT.
for (const id of ids.slice(0, 50)) await okta.users.get(id);
await measure(async () => {
  let ok = 0;
  for (let i = 0; i < count; i++) {
    const user = await okta.users.get(ids[i % ids.length]);
    if (user.id) ok++;
  }
  return { items: ok };
});
