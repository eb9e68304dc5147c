/**
 * The plain listing loop a/e/l compare against: GET a page, follow `Link: rel="next"`, count
 * the users. `send` is what sends each request, so the loop on `fetch` and the same loop
 * through oktakit's ky instance differ in nothing else.
 *
 * @module
 */
import { args, measure, work } from "../_measure.ts";

function nextLink(link: string | null): string | undefined {
  if (!link) return undefined;
  for (const part of link.split(",")) {
    const m = /<([^>]+)>\s*;\s*rel="?next"?/.exec(part);
    if (m) return m[1];
  }
  return undefined;
}

/** Runs the measured listing with `send(url, headers)` and reports (see `_measure.ts`). */
export async function listUsersLoop(
  send: (url: string, headers: Record<string, string>) => Promise<Response>,
): Promise<never> {
  const { orgUrl, token, max, workMs = 0 } = args<
    { orgUrl: string; token: string; max: number; workMs?: number }
  >();
  const headers = { Authorization: `SSWS ${token}`, Accept: "application/json" };
  // Untimed warm-up, the same for every contender: one first page (connection, JIT).
  await (await send(`${orgUrl}/api/v1/users?limit=200`, headers)).json();
  return await measure(async () => {
    let items = 0;
    let url: string | undefined = `${orgUrl}/api/v1/users?limit=200`;
    outer: while (url) {
      const response: Response = await send(url, headers);
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
}
