// c: import mod.ts and make one request.
import { createOkta } from "../../mod.ts";

const { orgUrl, token } = JSON.parse(Deno.args[0]);
const okta = createOkta({ orgUrl, apiToken: token });
const me = await okta.users.get("me");
if (!me.id) Deno.exit(1);
