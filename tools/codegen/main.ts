/**
 * The code generator: Okta's OpenAPI descriptions → `src/generated/` and `docs/API.md`.
 *
 * Usage: `deno task codegen [--check] [--spec-dir DIR] [--primary FILE] [--powershell FILE]
 * [--nodejs FILE]`. With `--check` nothing is written and the exit code is 1 when the committed
 * output differs from what the specs produce.
 *
 * @module
 */
import { parseArgs } from "node:util";
import { loadSpec, mergeOperations, routeKey } from "./spec.ts";
import { emitApiDoc } from "./emit_docs.ts";
import { emitApi } from "./emit_api.ts";
import { buildRow } from "./rows.ts";
import { assignFluentNames } from "./naming.ts";
import { emitOperations } from "./emit_operations.ts";
import { emitTypes, TypeWriter } from "./emit_types.ts";
import { buildSchemaFacts, emitSchemaFacts } from "./facts.ts";
import { emitShapes } from "./shapes.ts";
import { buildProfileSchemas, emitProfileSchemas } from "./profile_schemas.ts";
import { buildWriteOnlyFields, emitWriteOnly } from "./write_only.ts";
import { emitCliFacts } from "./emit_cli.ts";

const ROOT = new URL("../../", import.meta.url);

function main(): number {
  const { values } = parseArgs({
    args: Deno.args,
    options: {
      check: { type: "boolean", default: false },
      "spec-dir": { type: "string", default: new URL("../shared/okta-openapi/", ROOT).pathname },
      primary: { type: "string" },
      powershell: { type: "string" },
      nodejs: { type: "string" },
    },
  });
  const dir = values["spec-dir"].endsWith("/") ? values["spec-dir"] : values["spec-dir"] + "/";
  const primary = loadSpec(values.primary ?? dir + "management-minimal.yaml", "primary");
  const ps = loadSpec(
    values.powershell ?? dir + "supplements/okta-powershell-management.yaml",
    "powershell",
  );
  const nj = loadSpec(
    values.nodejs ?? dir + "supplements/okta-sdk-nodejs-management.yaml",
    "nodejs",
  );
  const raws = mergeOperations([primary, ps, nj]);
  const built = raws.map(buildRow);
  const names = assignFluentNames(built.map((b) => b.row));
  for (const b of built) b.row.fluent = names.get(b.row.id)!;

  const files = new Map<string, string>();
  files.set("src/generated/operations.ts", emitOperations(built));
  const types = new TypeWriter();
  for (const spec of [primary, ps, nj]) types.add(spec.doc);
  types.seal();
  files.set("src/generated/types.ts", emitTypes(types));
  files.set("src/generated/api.ts", emitApi(built, types));
  // Prose-free schema facts (tests: validation, minimal requests) and the emulator's shapes.
  const rows = built.map((b) => b.row);
  const facts = buildSchemaFacts([primary, ps, nj], rows);
  files.set("src/generated/schemas.json", emitSchemaFacts(facts));
  files.set("src/generated/schema_shapes.ts", emitShapes(rows, facts));
  files.set("src/generated/profile_schemas.ts", emitProfileSchemas(buildProfileSchemas(primary)));
  files.set("src/generated/write_only.ts", emitWriteOnly(buildWriteOnlyFields([primary, ps, nj])));
  // PowerShell cmdlets exist only for operations of the PowerShell spec (matched by route).
  const psIds = new Map<string, string>();
  for (const raw of mergeOperations([ps])) {
    psIds.set(routeKey(raw.method, raw.path), raw.op.operationId);
  }
  const cmdlets = new Map<string, string>();
  for (const b of built) {
    const id = psIds.get(routeKey(b.row.method, b.row.path));
    if (id) cmdlets.set(b.row.id, id);
  }
  files.set("docs/API.md", emitApiDoc(built.map((b) => b.row), cmdlets));
  const cli = emitCliFacts(built, cmdlets);
  files.set("src/generated/cli_facts.ts", cli.facts);
  files.set("src/generated/cli_bodies.ts", cli.bodies);
  files.set(
    "src/generated/README.md",
    [
      "# src/generated — DO NOT EDIT",
      "",
      "Everything here is written by `deno task codegen` (tools/codegen/) from Okta's OpenAPI",
      "descriptions in ../shared/okta-openapi/. CI runs `deno task codegen --check` and fails when",
      "these files differ from what the specs produce. Change the generator, never these files.",
      "",
      "- `operations.ts`: the runtime operation table (data, decoded once at load)",
      "- `types.ts`: one type per schema (types only)",
      "- `api.ts`: the typed fluent surface (types only)",
      "- `schema_shapes.ts`: the emulator's minimal response per response schema (runtime data)",
      "- `profile_schemas.ts`: Okta's default user and group profile schemas' base properties",
      "  (runtime data; the emulator serves and enforces them)",
      "- `write_only.ts`: the fields the specs mark `writeOnly` (plus an OAuth hook channel's",
      "  `clientSecret`) as (parent key, field) pairs; the emulator never returns them",
      "- `cli_facts.ts`, `cli_bodies.ts`: for the `okta` command line: PowerShell cmdlet names and",
      "  parameter types; request body field shapes (runtime data)",
      "- `schemas.json`: the component schemas the operations name, per spec, without prose",
      "  (descriptions, summaries, titles, examples, `x-*`); used by the tests, not published",
      "",
      "`types.ts` and `api.ts` start with `// @ts-nocheck`: a user's `deno check` then resolves only",
      "the declarations their script reaches instead of checking all ~800 KB every time.",
      "`tests/api/generated_check_test.ts` checks both strictly (copies without the line) instead.",
      "",
    ].join("\n"),
  );

  let stale = 0;
  for (const [rel, text] of files) {
    const url = new URL(rel, ROOT);
    let current: string | undefined;
    try {
      current = Deno.readTextFileSync(url);
    } catch {
      current = undefined;
    }
    if (current === text) continue;
    if (values.check) {
      console.error(`stale: ${rel} (run \`deno task codegen\`)`);
      stale++;
    } else {
      Deno.writeTextFileSync(url, text);
      console.log(`wrote ${rel} (${new TextEncoder().encode(text).length} bytes)`);
    }
  }
  if (values.check) {
    if (stale) return 1;
    console.log(`generated output is up to date (${files.size} files, ${built.length} operations)`);
  }
  return 0;
}

Deno.exit(main());
