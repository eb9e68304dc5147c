// a/e: the plain fetch loop, sending each request through oktakit's own ky instance
// (`createHttp()`, the same options): what ky alone adds to the loop.
import { createHttp } from "../../src/core/http.ts";
import { args, measure, work } from "../_measure.ts";

const { orgUrl, token, max, workMs = 0 } = args<
  { orgUrl: string; token: string; max: number; workMs?: number }
>();
const headers = { Authorization: `SSWS ${token}`, Accept: "application/json" };
const http = await createHttp((request) => fetch(request));

function nextLink(link: string | null): string | undefined {
  if (!link) return undefined;
  for (const part of link.split(",")) {
    const m = /<([^>]+)>\s*;\s*rel="?next"?/.exec(part);
    if (m) return m[1];
  }
  return undefined;
}

// Untimed warm-up, the same for every contender: one first page (connection, JIT).
await (await http(`${orgUrl}/api/v1/users?limit=200`, { method: "GET", headers })).json();
await measure(async () => {
  let items = 0;
  let url: string | undefined = `${orgUrl}/api/v1/users?limit=200`;
  outer: while (url) {
    const response: Response = await http(url, { method: "GET", headers });
    if (!response.ok) throw new Error(`HTTP ${response.status}`);
    const users = await response.json() as { id: string }[];
    url = nextLink(response.headers.get("link"));
    for (const user of users) {
      if (user.id) items++;
      work(workMs);
      if (items >= max) break outer;
    }
  }
  return { items };
});
