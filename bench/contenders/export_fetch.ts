// x: a plain fetch loop writing the same CSV as users-export (same columns, same CSV library).
import { args, measure } from "../_measure.ts";
import { stringify } from "../../tasks/_framework/deps.ts";
import { DEFAULT_USER_COLUMNS } from "../../tasks/users_export.ts";

const { orgUrl, token, out } = args<{ orgUrl: string; token: string; out: string }>();
const headers = { Authorization: `SSWS ${token}`, Accept: "application/json" };

function pick(value: unknown, path: string): string {
  let node = value;
  for (const key of path.split(".")) node = (node as Record<string, unknown> | null)?.[key];
  return node === null || node === undefined ? "" : String(node);
}

await measure(async () => {
  const file = await Deno.open(out, { write: true, create: true, truncate: true });
  const encoder = new TextEncoder();
  const write = async (text: string) => {
    let bytes = encoder.encode(text);
    while (bytes.length) bytes = bytes.subarray(await file.write(bytes));
  };
  await write(stringify([[...DEFAULT_USER_COLUMNS]]));
  let items = 0;
  let url: string | undefined = `${orgUrl}/api/v1/users?limit=200`;
  while (url) {
    const response: Response = await fetch(url, { headers });
    if (!response.ok) throw new Error(`HTTP ${response.status}`);
    const users = await response.json() as unknown[];
    const link = response.headers.get("link") ?? "";
    url = /<([^>]+)>\s*;\s*rel="?next"?/.exec(link)?.[1];
    await write(stringify(users.map((u) => DEFAULT_USER_COLUMNS.map((c) => pick(u, c)))));
    items += users.length;
  }
  file.close();
  return { items };
});
