// `okta shell` starts a Deno REPL in which `okta` is a ready client (here on a throwaway org).
import assert from "node:assert/strict";
import { ROOT } from "../docs/_run.ts";

Deno.test("okta shell: a REPL with okta and scim in scope", async () => {
  const child = new Deno.Command(Deno.execPath(), {
    args: ["run", "-A", "cli/main.ts", "shell", "--emulator"],
    cwd: ROOT,
    env: { NO_COLOR: "1" },
    stdin: "piped",
    stdout: "piped",
    stderr: "piped",
  }).spawn();
  const writer = child.stdin.getWriter();
  await writer.write(
    new TextEncoder().encode(
      'JSON.stringify((await okta.users.list().search(scim`profile.login eq ${"ava.nguyen@example.com"}`)).map((u) => u.profile.firstName))\n',
    ),
  );
  await writer.close();
  const out = await child.output();
  const text = new TextDecoder().decode(out.stdout) + new TextDecoder().decode(out.stderr);
  assert.equal(out.code, 0, text);
  assert.match(text, /okta, scim and OktaApiError are ready/);
  assert.match(text, /\["Ava"\]/);
});
