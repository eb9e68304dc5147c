// README.md stays true: every TypeScript block is mirrored by an example CI runs (or is marked
// as needing a real org), commands name real tasks and files, and the tables match tasks/ and
// docs/API.md.
import assert from "node:assert/strict";
import { join } from "node:path";
import { TASK_MODULES } from "../../tasks/_framework/registry.ts";
import { denoFlags, OKTA_NET_HOSTS } from "../../tasks/_framework/permissions.ts";
import type { TaskDefinition } from "../../tasks/_framework/types.ts";
import { ROOT } from "./_run.ts";

const README = await Deno.readTextFile(join(ROOT, "README.md"));

interface Block {
  lang: string;
  code: string;
  line: number;
}

function codeBlocks(markdown: string): Block[] {
  const blocks: Block[] = [];
  const re = /^```(\w*)\n([\s\S]*?)^```$/gm;
  for (const m of markdown.matchAll(re)) {
    blocks.push({ lang: m[1], code: m[2], line: markdown.slice(0, m.index).split("\n").length });
  }
  return blocks;
}

/** Code lines that carry meaning: trimmed, without blank lines. */
function meaningfulLines(code: string): string[] {
  return code.split("\n").map((l) => l.trim()).filter((l) => l !== "");
}

/** The body rows (cells trimmed) of the README table whose header starts with `firstHeader`. */
function table(markdown: string, firstHeader: string): string[][] {
  const lines = markdown.split("\n");
  const cells = (line: string) => line.slice(1, -1).split("|").map((c) => c.trim());
  const start = lines.findIndex((l) => l.startsWith("|") && cells(l)[0] === firstHeader);
  assert.notEqual(start, -1, `no table headed "${firstHeader}"`);
  const rows: string[][] = [];
  for (const line of lines.slice(start + 2)) {
    if (!line.startsWith("|")) break;
    rows.push(cells(line));
  }
  return rows;
}

/** The `code` spans of a cell. */
function spans(cell: string): string[] {
  return [...cell.matchAll(/`([^`]+)`/g)].map((m) => m[1]);
}

const BLOCKS = codeBlocks(README);
const TS_BLOCKS = BLOCKS.filter((b) => b.lang === "ts" || b.lang === "typescript");
const MARKER = /^\/\/ example: (examples\/[\w./-]+\.ts)$/;
const REAL_ORG = /^\/\/ needs a real org\b/;

Deno.test("docs: README has TypeScript blocks and every one is mirrored or marked", () => {
  assert.ok(TS_BLOCKS.length >= 15, `only ${TS_BLOCKS.length} ts blocks`);
  assert.ok(BLOCKS.every((b) => b.lang !== ""), "every block names its language");
  for (const block of TS_BLOCKS) {
    const first = block.code.split("\n")[0];
    assert.ok(
      MARKER.test(first) || REAL_ORG.test(first),
      `README line ${block.line}: a ts block must start with "// example: examples/…" or "// needs a real org"`,
    );
  }
});

Deno.test("docs: each mirrored README block appears, line by line and in order, in its example", async () => {
  let mirrored = 0;
  for (const block of TS_BLOCKS) {
    const [first, ...rest] = block.code.split("\n");
    const file = MARKER.exec(first)?.[1];
    if (!file) continue;
    mirrored++;
    const source = meaningfulLines(await Deno.readTextFile(join(ROOT, file)));
    let at = 0;
    for (const line of meaningfulLines(rest.join("\n"))) {
      const found = source.indexOf(line, at);
      assert.notEqual(
        found,
        -1,
        `README line ${block.line}: "${line}" is not in ${file} (after its line ${at})`,
      );
      at = found + 1;
    }
  }
  assert.ok(mirrored >= 15, `only ${mirrored} mirrored blocks`);
});

Deno.test("docs: every example is shown or linked in the README", async () => {
  for await (const entry of Deno.readDir(join(ROOT, "examples"))) {
    if (!entry.name.endsWith(".ts")) continue;
    assert.ok(README.includes(`examples/${entry.name}`), `examples/${entry.name} is not in README`);
  }
});

Deno.test("docs: README commands name real tasks, files and the pinned Deno", async () => {
  const config = JSON.parse(await Deno.readTextFile(join(ROOT, "deno.json")));
  const tasks = new Set(Object.keys(config.tasks));
  const commands = BLOCKS.filter((b) => b.lang === "sh").flatMap((b) => b.code.split("\n"));
  const inline = [...README.matchAll(/`([^`\n]*deno task [^`\n]*)`/g)].map((m) => m[1]);
  let named = 0;
  for (const line of [...commands, ...inline]) {
    for (const m of line.matchAll(/deno(?:@[\d.]+)? task (?:--?[\w-]+(?:=\S+)? )*([\w:-]+)/g)) {
      assert.ok(tasks.has(m[1]), `"${line}" names task ${m[1]}, which deno.json does not have`);
      named++;
    }
    for (const m of line.matchAll(/(examples\/[\w.-]+\.ts)/g)) {
      await Deno.stat(join(ROOT, m[1]));
    }
  }
  assert.ok(named >= 6, `only ${named} task commands found`);
  for (const name of ["demo", "test"]) {
    assert.match(README, new RegExp(`^deno task ${name}\\b`, "m"));
  }
  // The npx commands pin the toolchain version CONTRIBUTING.md installs.
  const pinned = /deno@(\d+\.\d+\.\d+)/.exec(await Deno.readTextFile(join(ROOT, "CONTRIBUTING.md")))
    ?.[1];
  assert.ok(pinned, "CONTRIBUTING.md pins a Deno version");
  for (const name of ["demo", "test"]) {
    assert.match(
      README,
      new RegExp(`^npx -y deno@${pinned.replaceAll(".", "\\.")} task ${name}$`, "m"),
    );
  }
  assert.ok(!/deno@(?!\d)/.test(README.replace(/deno@\d+\.\d+\.\d+/g, "")));
});

Deno.test("docs: README relative links point at files that exist", async () => {
  const links = [...README.matchAll(/\]\(((?!https?:|#)[^)\s]+)\)/g)].map((m) => m[1]);
  assert.ok(links.length >= 8);
  for (const link of links) await Deno.stat(join(ROOT, link.split("#")[0]));
});

Deno.test("docs: the README tasks table matches every task's definition", async () => {
  const rows = table(README, "task");
  assert.deepEqual(rows.map((r) => spans(r[0])[0]), Object.keys(TASK_MODULES));
  for (const [name, file] of Object.entries(TASK_MODULES)) {
    const { task } = (await import(join(ROOT, file))) as { task: TaskDefinition };
    const [, description, scopes, permissions] = rows.find((r) => r[0] === `\`${name}\``)!;
    assert.equal(description, task.description, `${name}: description`);
    if (task.scopes.length > 0) {
      assert.deepEqual(spans(scopes), [...task.scopes], `${name}: scopes`);
    } else assert.deepEqual(spans(scopes), [], `${name}: a task without fixed scopes lists none`);
    const flags = denoFlags(task);
    assert.equal(flags[0], `--allow-net=${OKTA_NET_HOSTS.join(",")}`, `${name}: net`);
    assert.equal(flags[1], "--allow-env=OKTA_*", `${name}: env`);
    assert.deepEqual(spans(permissions), flags.slice(2), `${name}: Deno permissions`);
  }
  for (const host of OKTA_NET_HOSTS) assert.ok(README.includes(`\`${host}\``), host);
});

Deno.test("docs: the README's PowerShell rows agree with docs/API.md", async () => {
  const api = await Deno.readTextFile(join(ROOT, "docs/API.md"));
  let checked = 0;
  for (const [powershell, oktakit] of table(README, "PowerShell")) {
    const cmdlet = /^`((?:Get|New|Add|Remove|Invoke|Update|Set)-Okta\w+)`$/.exec(powershell)?.[1];
    // Rows mapping a cmdlet to one fluent call; the others map concepts (auth, paging, errors).
    if (!cmdlet || !/^`okta\.[^`]+`$/.test(oktakit)) continue;
    const row = api.split("\n").find((l) => l.endsWith(`| \`${cmdlet}\` |`));
    assert.ok(row, `${cmdlet} is not in docs/API.md`);
    assert.ok(
      row.includes(`| ${oktakit} |`),
      `${cmdlet}: README says ${oktakit}, docs/API.md ${row}`,
    );
    checked++;
  }
  assert.ok(checked >= 12, `only ${checked} PowerShell rows checked`);
});
