// mod.ts imported by URL, the way a script with no deno.json and no import map uses it: the
// repository served on 127.0.0.1, a temp folder holding only the script, a call to an emulator.
import assert from "node:assert/strict";
import { join } from "node:path";
import { startEmulator } from "../../emulator.ts";
import { describe, ROOT, runDeno } from "./_run.ts";

const TYPES: Record<string, string> = {
  ".ts": "application/typescript; charset=utf-8",
  ".json": "application/json",
};

/** A static file server of the repository, recording each path asked for. */
function serveRepo(): { url: string; served: string[]; server: Deno.HttpServer } {
  const served: string[] = [];
  const server = Deno.serve(
    { hostname: "127.0.0.1", port: 0, onListen: () => {} },
    async (request) => {
      const path = decodeURIComponent(new URL(request.url).pathname);
      if (path.includes("..")) return new Response("bad path", { status: 400 });
      served.push(path);
      try {
        const body = await Deno.readFile(join(ROOT, path));
        const type = TYPES[path.slice(path.lastIndexOf("."))] ?? "application/octet-stream";
        return new Response(body, { headers: { "content-type": type } });
      } catch {
        return new Response("not found", { status: 404 });
      }
    },
  );
  return { url: `http://127.0.0.1:${server.addr.port}`, served, server };
}

Deno.test("docs: mod.ts imported by URL from a folder without deno.json calls an org", async () => {
  const repo = serveRepo();
  const emulator = await startEmulator({ seed: "demo", port: 0 });
  const dir = await Deno.makeTempDir({ prefix: "oktakit-url-import-" });
  // The npm versions come from a copy of the project's lock, kept outside the script's folder: the
  // child resolves what `deno task install:frozen` cached, never "the newest on the registry".
  const lock = await Deno.makeTempFile({ prefix: "oktakit-url-import-", suffix: ".lock" });
  try {
    await Deno.copyFile(join(ROOT, "deno.lock"), lock);
    await Deno.writeTextFile(
      join(dir, "main.ts"),
      [
        `import { createOkta, OktaApiError, scim, VERSION } from "${repo.url}/mod.ts";`,
        `const okta = createOkta();`,
        `const groups = await okta.groups.list().search(scim\`type eq \${"OKTA_GROUP"}\`);`,
        `console.log("oktakit", VERSION, "groups:", groups.map((g) => g.profile?.name).join(","));`,
        `try { await okta.users.get("nobody@example.com"); } catch (e) {`,
        `  console.log("error:", e instanceof OktaApiError ? e.errorCode : String(e));`,
        `}`,
      ].join("\n"),
    );
    const result = await runDeno(
      [
        "run",
        `--allow-import=127.0.0.1:${new URL(repo.url).port}`,
        "--allow-net=127.0.0.1",
        "--allow-env=OKTA_*",
        `--lock=${lock}`,
        "main.ts",
      ],
      { OKTA_ORG_URL: emulator.url, OKTA_API_TOKEN: emulator.apiToken },
      dir,
    );
    assert.equal(result.code, 0, describe(result));
    assert.doesNotMatch(result.stderr, /Download https?:\/\/(?!127\.0\.0\.1)/, describe(result));
    assert.deepEqual(await Array.fromAsync(Deno.readDir(dir), (entry) => entry.name), ["main.ts"]);
    const names = (await Array.fromAsync(
      (await import("../../mod.ts")).createOkta({
        orgUrl: emulator.url,
        apiToken: emulator.apiToken,
        env: {},
      }).groups.list().search('type eq "OKTA_GROUP"'),
    )).map((g) => g.profile?.name).join(",");
    assert.match(result.stdout, new RegExp(`^oktakit \\S+ groups: ${names}$`, "m"));
    assert.match(result.stdout, /^error: E0000007$/m);
    // Everything came from the served repository: mod.ts and the src/ files it imports.
    assert.ok(repo.served.includes("/mod.ts"));
    assert.ok(repo.served.some((p) => p.startsWith("/src/core/")), repo.served.join(" "));
    assert.ok(
      repo.served.every((p) => p === "/mod.ts" || p.startsWith("/src/")),
      repo.served.join(" "),
    );
  } finally {
    await Deno.remove(dir, { recursive: true });
    await Deno.remove(lock);
    await emulator.close();
    await repo.server.shutdown();
  }
});
