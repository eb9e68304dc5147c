/**
 * The generated type modules (src/generated/api.ts, types.ts) carry `// @ts-nocheck`, so a
 * user's `deno check` resolves only the declarations their script reaches instead of checking
 * ~800 KB of declarations every time. This test checks them strictly once instead: copies
 * without the directive must pass `deno check`, and a copy with a broken reference must fail
 * (so the harness cannot pass vacuously).
 */
import assert from "node:assert/strict";

const ROOT = new URL("../../", import.meta.url);
const DIRECTIVE = "// @ts-nocheck\n";

async function checkCopies(edit: (api: string) => string): Promise<{ ok: boolean; err: string }> {
  const dir = await Deno.makeTempDir({ prefix: "oktakit-generated-check-" });
  try {
    await Deno.mkdir(`${dir}/generated`);
    await Deno.mkdir(`${dir}/api`);
    for (const name of ["api.ts", "types.ts"]) {
      const text = await Deno.readTextFile(new URL(`src/generated/${name}`, ROOT));
      assert.ok(text.includes(DIRECTIVE), `${name} lost its @ts-nocheck line`);
      const strict = text.replace(DIRECTIVE, "");
      await Deno.writeTextFile(
        `${dir}/generated/${name}`,
        name === "api.ts" ? edit(strict) : strict,
      );
    }
    // api.ts imports ../api/shapes.ts: point it at the real one.
    const shapes = new URL("src/api/shapes.ts", ROOT).href;
    await Deno.writeTextFile(
      `${dir}/api/shapes.ts`,
      `export type { Call, CallOptions, ListCall } from "${shapes}";\n`,
    );
    await Deno.copyFile(new URL("deno.lock", ROOT), `${dir}/deno.lock`);
    const out = await new Deno.Command(Deno.execPath(), {
      args: [
        "check",
        "--quiet",
        `--lock=${dir}/deno.lock`,
        `${dir}/generated/api.ts`,
        `${dir}/generated/types.ts`,
      ],
      cwd: dir,
      stdout: "piped",
      stderr: "piped",
    }).output();
    return { ok: out.success, err: new TextDecoder().decode(out.stderr) };
  } finally {
    await Deno.remove(dir, { recursive: true });
  }
}

Deno.test("generated api.ts and types.ts pass a strict deno check without @ts-nocheck", async () => {
  const { ok, err } = await checkCopies((api) => api);
  assert.ok(ok, err);
});

Deno.test("the strict check of the generated types catches a broken reference", async () => {
  const { ok, err } = await checkCopies((api) =>
    api.replace("result: Call<T.User,", "result: Call<T.NoSuchSchema,")
  );
  assert.ok(!ok, "a reference to a missing schema passed the check");
  assert.match(err, /NoSuchSchema/);
});
