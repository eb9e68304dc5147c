// m: the same user updates as bulk_oktakit with plain fetch: one after another, or from a pool of
// `concurrency` workers (the floor the server and the latency allow).
import { args, measure } from "../_measure.ts";

const { orgUrl, token, count, workers = 1 } = args<
  { orgUrl: string; token: string; count: number; workers?: number }
>();
const headers = {
  Authorization: `SSWS ${token}`,
  Accept: "application/json",
  "Content-Type": "application/json",
};
const ids: string[] = [];
let url: string | undefined = `${orgUrl}/api/v1/users?limit=200`;
while (url && ids.length < count) {
  const response: Response = await fetch(url, { headers });
  for (const user of await response.json() as { id: string }[]) ids.push(user.id);
  url = /<([^>]+)>\s*;\s*rel="?next"?/.exec(response.headers.get("link") ?? "")?.[1];
}
ids.length = Math.min(ids.length, count);
await measure(async () => {
  let items = 0;
  let next = 0;
  await Promise.all(Array.from({ length: workers }, async () => {
    while (next < ids.length) {
      const i = next++;
      const response = await fetch(`${orgUrl}/api/v1/users/${ids[i]}`, {
        method: "POST",
        headers,
        body: JSON.stringify({ profile: { title: `Bench ${i}` } }),
      });
      if (!response.ok) throw new Error(`HTTP ${response.status}`);
      await response.body?.cancel();
      items++;
    }
  }));
  return { items };
});
