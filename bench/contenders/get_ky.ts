// b: sequential GETs of single users with plain fetch, each request sent through oktakit's
// own ky instance (`createHttp()`, the same options): what ky alone adds per request.
import { createHttp } from "../../src/core/http.ts";
import { args, measure } from "../_measure.ts";

const { orgUrl, token, count } = args<{ orgUrl: string; token: string; count: number }>();
const headers = { Authorization: `SSWS ${token}`, Accept: "application/json" };
const http = await createHttp((request) => fetch(request));
const list = await http(`${orgUrl}/api/v1/users?limit=200`, { method: "GET", headers });
const ids = (await list.json() as { id: string }[]).map((u) => u.id);
for (const id of ids.slice(0, 50)) {
  await (await http(`${orgUrl}/api/v1/users/${id}`, { method: "GET", headers })).json();
}
await measure(async () => {
  let ok = 0;
  for (let i = 0; i < count; i++) {
    const response = await http(
      `${orgUrl}/api/v1/users/${encodeURIComponent(ids[i % ids.length])}`,
      { method: "GET", headers },
    );
    if (!response.ok) throw new Error(`HTTP ${response.status}`);
    const user = await response.json() as { id: string };
    if (user.id) ok++;
  }
  return { items: ok };
});
