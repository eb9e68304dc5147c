// Run under a task's own sandbox flags (see permissions_test.ts, which writes a main module that
// statically imports the task and calls probe()): runs the task against the in-process emulator,
// then tries what the sandbox must refuse, and prints the results as JSON.
import { runTask } from "../../tasks/_framework/mod.ts";
import type { ArgSpecs, TaskDefinition } from "../../tasks/_framework/mod.ts";

async function attempt(action: () => unknown): Promise<string> {
  try {
    await action();
    return "allowed";
  } catch (error) {
    return error instanceof Deno.errors.NotCapable ? "NotCapable" : `other: ${error}`;
  }
}

export async function probe<A extends ArgSpecs>(
  task: TaskDefinition<A>,
  args: string[],
): Promise<void> {
  let output = "";
  let messages = "";
  const outcome = await runTask(task, [...args, "--emulator"], {
    terminal: false,
    stdout: {
      write(text) {
        output += text;
        return Promise.resolve();
      },
      close: () => Promise.resolve(),
    },
    stderr: (text) => void (messages += text),
  });
  const results = {
    code: outcome.code,
    messages,
    outputBytes: output.length,
    envOkta: await attempt(() => Deno.env.get("OKTA_PROBE")),
    envOther: await attempt(() => Deno.env.get("HOME")),
    writeOutside: await attempt(() => Deno.writeTextFile("outside.txt", "x")),
    writeTmp: await attempt(() => Deno.writeTextFile("/tmp/oktakit-probe.txt", "x")),
    writeInside: await attempt(async () => {
      await Deno.mkdir("out", { recursive: true });
      await Deno.writeTextFile("out/inside.txt", "x");
    }),
    readProject: await attempt(() =>
      Deno.readTextFile(new URL("../../deno.json", import.meta.url))
    ),
    netOther: await attempt(() => fetch("https://example.com/")),
    netOktaLookalike: await attempt(() => fetch("https://evilokta.com/")),
    connectOther: await attempt(() => Deno.connect({ hostname: "10.0.0.1", port: 443 })),
    run: await attempt(() => new Deno.Command("true").output()),
  };
  console.log(JSON.stringify(results));
}
