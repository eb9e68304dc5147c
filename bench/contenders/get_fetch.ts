// b: sequential GETs of single users with plain fetch.
import { args, measure } from "../_measure.ts";

const { orgUrl, token, count } = args<{ orgUrl: string; token: string; count: number }>();
const headers = { Authorization: `SSWS ${token}`, Accept: "application/json" };
const list = await fetch(`${orgUrl}/api/v1/users?limit=200`, { headers });
const ids = (await list.json() as { id: string }[]).map((u) => u.id);
for (const id of ids.slice(0, 50)) {
  await (await fetch(`${orgUrl}/api/v1/users/${id}`, { headers })).json();
}
await measure(async () => {
  let ok = 0;
  for (let i = 0; i < count; i++) {
    const response = await fetch(
      `${orgUrl}/api/v1/users/${encodeURIComponent(ids[i % ids.length])}`,
      {
        headers,
      },
    );
    if (!response.ok) throw new Error(`HTTP ${response.status}`);
    const user = await response.json() as { id: string };
    if (user.id) ok++;
  }
  return { items: ok };
});
