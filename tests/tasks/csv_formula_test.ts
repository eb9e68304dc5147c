// CSV output that a spreadsheet opens never runs a cell as a formula (CSV injection).
import assert from "node:assert/strict";
import { parse } from "../../tasks/_framework/deps.ts";
import { createRowWriter, spreadsheetSafe } from "../../tasks/_framework/output.ts";

Deno.test("cells starting with = + - @ tab or CR get a leading quote; numbers and plain text do not", () => {
  for (
    const risky of ["=1+1", "+cmd", "-2+3", "@SUM(A1)", "\tx", "\rx", '=HYPERLINK("http://e")']
  ) {
    assert.equal(spreadsheetSafe(risky), `'${risky}`);
  }
  for (const safe of ["jane@example.com", "Jane", "-5", "+1.5", "1e3", "", "a=b"]) {
    assert.equal(spreadsheetSafe(safe), safe);
  }
});

Deno.test("the tasks' CSV writer neutralizes header and cells, and the file still parses", async () => {
  let text = "";
  const writer = createRowWriter("csv", {
    write: (t) => Promise.resolve(void (text += t)),
    close: () => Promise.resolve(),
  });
  await writer.write({ login: "jane@example.com", firstName: "=cmd|' /C calc'!A0", count: -3 });
  await writer.write({ login: "@evil", firstName: 'Jo, "Jr"', count: 4 });
  await writer.close();
  const rows = parse(text) as string[][];
  assert.deepEqual(rows, [
    ["login", "firstName", "count"],
    ["jane@example.com", "'=cmd|' /C calc'!A0", "-3"],
    ["'@evil", 'Jo, "Jr"', "4"],
  ]);
});
