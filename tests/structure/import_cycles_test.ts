// Layers point one way: no import cycle in the hand-written code (mod.ts, emulator.ts, src/,
// tasks/). Type-only imports count too: a cycle of types still means two modules that cannot be
// read, or changed, one without the other.
import assert from "node:assert/strict";
import { dirname, join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const ROOT = fileURLToPath(new URL("../../", import.meta.url));
const IMPORT =
  /^\s*(?:import|export)\s[^'";]*?from\s*["']([^"']+)["']|^\s*import\s*["']([^"']+)["']/gm;
const COMMENTS = /\/\*[\s\S]*?\*\/|^\s*\/\/.*$/gm;

async function* sources(dir: string): AsyncGenerator<string> {
  for await (const entry of Deno.readDir(dir)) {
    const path = join(dir, entry.name);
    if (entry.isDirectory) {
      if (entry.name !== "generated") yield* sources(path);
    } else if (entry.name.endsWith(".ts") && !entry.name.endsWith("_test.ts")) {
      yield path;
    }
  }
}

/** Every hand-written module and the local modules it imports. */
async function importGraph(): Promise<Map<string, string[]>> {
  const files = [join(ROOT, "mod.ts"), join(ROOT, "emulator.ts")];
  for (const dir of ["src", "tasks"]) {
    for await (const file of sources(join(ROOT, dir))) files.push(file);
  }
  const graph = new Map<string, string[]>();
  for (const file of files) {
    // Examples in doc comments import too; only the code counts.
    const text = (await Deno.readTextFile(file)).replace(COMMENTS, "");
    const targets: string[] = [];
    for (const match of text.matchAll(IMPORT)) {
      const specifier = match[1] ?? match[2];
      if (!specifier.startsWith(".")) continue;
      const target = resolve(dirname(file), specifier);
      if (!target.includes(`${join("src", "generated")}/`)) targets.push(relative(ROOT, target));
    }
    graph.set(relative(ROOT, file), targets);
  }
  return graph;
}

/** The cycles found by a depth-first walk, each as the list of modules around it. */
function findCycles(graph: Map<string, string[]>): string[][] {
  const cycles: string[][] = [];
  const state = new Map<string, "open" | "done">();
  const stack: string[] = [];
  const visit = (node: string) => {
    state.set(node, "open");
    stack.push(node);
    for (const next of graph.get(node) ?? []) {
      if (state.get(next) === "open") cycles.push([...stack.slice(stack.indexOf(next)), next]);
      else if (!state.has(next)) visit(next);
    }
    stack.pop();
    state.set(node, "done");
  };
  for (const node of graph.keys()) if (!state.has(node)) visit(node);
  return cycles;
}

Deno.test("the cycle finder finds a cycle", () => {
  const graph = new Map([["a", ["b"]], ["b", ["c"]], ["c", ["a"]], ["d", ["a"]]]);
  assert.deepEqual(findCycles(graph), [["a", "b", "c", "a"]]);
  assert.deepEqual(findCycles(new Map([["a", ["b"]], ["b", []]])), []);
});

Deno.test("no import cycle in the hand-written code", async () => {
  const graph = await importGraph();
  assert.ok(graph.size > 100, `only ${graph.size} modules found`);
  const cycles = findCycles(graph);
  assert.deepEqual(cycles.map((c) => c.join(" → ")), []);
});
