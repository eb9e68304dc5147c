// Each task runs under exactly its deno.json sandbox flags: it works (against the in-process
// emulator) and reading another env var, writing outside its output folder and connecting to
// another host all fail with NotCapable.
import assert from "node:assert/strict";
import { TASK_MODULES } from "../../tasks/_framework/registry.ts";
import { denoFlags, denoTaskCommand } from "../../tasks/_framework/permissions.ts";
import { tempDir } from "./_helpers.ts";

const ROOT = new URL("../../", import.meta.url);

const ARGS: Record<string, string[]> = {
  "login": ["--cache", "home/.config/oktakit/tokens.json", "--scopes", "okta.users.read"],
  "logout": ["--cache", "home/.config/oktakit/tokens.json"],
  "users-export": ["--format", "csv", "--out", "out/users.csv"],
  "users-import": ["--file", "in/people.csv"],
  "users-deactivate-stale": ["--days", "1"],
  "users-lifecycle": ["--action", "suspend", "--file", "in/members.txt"],
  "groups-sync": ["--group", "Engineering", "--file", "in/members.txt"],
  "groups-export": ["--search", 'profile.name eq "Sales"', "--out", "out/groups.csv"],
  "apps-assignments-report": ["--format", "json"],
  "admins-report": ["--no-groups"],
  "logs-tail": ["--since", "30d", "--max", "3", "--format", "ndjson"],
  "user-offboard": ["--user", "admin@example.com"],
  "config-backup": ["--kinds", "group-rules"],
  "config-diff": ["--kinds", "group-rules"],
  "config-apply": ["--kinds", "group-rules"],
};

const config = JSON.parse(await Deno.readTextFile(new URL("deno.json", ROOT)));

for (const [name, file] of Object.entries(TASK_MODULES)) {
  Deno.test(`${name} runs under its own sandbox, which refuses env, files and hosts beyond it`, async () => {
    const { task } = await import(new URL(file, ROOT).href);
    // The deno.json entry grants exactly these flags, and nothing else.
    assert.equal(config.tasks[name].command, denoTaskCommand(task, file));
    const dir = await tempDir();
    // deno task expands $HOME; here HOME is a folder inside the test's temporary folder.
    const flags = denoFlags(task).map((f) => f.replaceAll("$HOME", `${dir.path}/home`));
    try {
      await Deno.mkdir(`${dir.path}/in`);
      await Deno.writeTextFile(
        `${dir.path}/in/people.csv`,
        "login,email,firstName,lastName\np1@perm.example,p1@perm.example,P,One\n",
      );
      await Deno.writeTextFile(`${dir.path}/in/members.txt`, "admin@example.com\n");
      if (name === "config-diff" || name === "config-apply") {
        await Deno.mkdir(`${dir.path}/out/config-backup`, { recursive: true });
        await Deno.writeTextFile(`${dir.path}/out/config-backup/group-rules.json`, "[]\n");
      }
      await writeProbeMain(dir.path, file, ARGS[name]);
      const command = new Deno.Command(Deno.execPath(), {
        args: ["run", "--config", new URL("deno.json", ROOT).pathname, ...flags, "probe_main.ts"],
        cwd: dir.path,
        env: { OKTA_PROBE: "1", NO_COLOR: "1", DENO_NO_UPDATE_CHECK: "1" },
        stdout: "piped",
        stderr: "piped",
      });
      const { code, stdout, stderr } = await command.output();
      const err = new TextDecoder().decode(stderr);
      assert.equal(code, 0, err);
      const results = JSON.parse(new TextDecoder().decode(stdout).trim().split("\n").at(-1)!);
      assert.equal(results.code, 0, `task exit code under its sandbox: ${results.messages}`);
      assert.equal(results.envOkta, "allowed");
      assert.equal(results.envOther, "NotCapable");
      assert.equal(results.writeOutside, "NotCapable");
      assert.equal(results.writeTmp, "NotCapable");
      assert.equal(
        results.writeInside,
        task.permissions.write?.includes("out") ? "allowed" : "NotCapable",
      );
      assert.equal(results.readProject, "NotCapable");
      assert.equal(results.netOther, "NotCapable");
      assert.equal(results.netOktaLookalike, "NotCapable");
      assert.equal(results.connectOther, "NotCapable");
      assert.equal(results.run, "NotCapable");
      if (name === "users-export") {
        const csv = await Deno.readTextFile(`${dir.path}/out/users.csv`);
        assert.match(csv, /^id,status,/);
      }
      if (name === "config-backup") {
        await Deno.stat(`${dir.path}/out/config-backup/group-rules.json`);
      }
    } finally {
      await dir.remove();
    }
  });
}

/**
 * Writes `<dir>/probe_main.ts`, a main module that imports the task statically (a dynamic
 * import would need read access) and probes it with `args`.
 */
async function writeProbeMain(dir: string, file: string, args: readonly string[]): Promise<void> {
  await Deno.writeTextFile(
    `${dir}/probe_main.ts`,
    `import { task } from ${JSON.stringify(new URL(file, ROOT).href)};\n` +
      `import { probe } from ${
        JSON.stringify(new URL("permission_probe.ts", import.meta.url).href)
      };\n` +
      `await probe(task, ${JSON.stringify(args)});\n`,
  );
}

Deno.test("--out outside the task's output folder fails with a clear sandbox message (exit 1)", async () => {
  const file = TASK_MODULES["users-export"];
  const { task } = await import(new URL(file, ROOT).href);
  const dir = await tempDir();
  try {
    await writeProbeMain(dir.path, file, ["--out", "elsewhere/users.csv"]);
    const { code, stdout, stderr } = await new Deno.Command(Deno.execPath(), {
      args: [
        "run",
        "--config",
        new URL("deno.json", ROOT).pathname,
        ...denoFlags(task),
        "probe_main.ts",
      ],
      cwd: dir.path,
      env: { NO_COLOR: "1", DENO_NO_UPDATE_CHECK: "1" },
      stdout: "piped",
      stderr: "piped",
    }).output();
    assert.equal(code, 0, new TextDecoder().decode(stderr));
    const results = JSON.parse(new TextDecoder().decode(stdout).trim().split("\n").at(-1)!);
    assert.equal(results.code, 1);
    assert.match(
      results.messages,
      /Requires write access to "elsewhere.*the task's sandbox does not allow it/,
    );
    await assert.rejects(Deno.stat(`${dir.path}/elsewhere`), Deno.errors.NotFound);
  } finally {
    await dir.remove();
  }
});
