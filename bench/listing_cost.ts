/**
 * Where a listing's client-side time goes, with the network taken out: 500 pages of 200 users
 * answered at once by a fake fetch from one prebuilt body, in one process, rounds interleaved,
 * medians. Three contenders: a plain fetch loop, oktakit's `.pages()` (requests, ky, transport,
 * page iterator) and oktakit's `for await` over items (the same plus per-item iteration). Not
 * part of `deno task bench` (which measures against the served emulator); the figures are in
 * bench/README.md.
 *
 * `deno run bench/listing_cost.ts [rounds]`
 *
 * @module
 */
import { createOkta } from "../mod.ts";

const PAGES = 500;
const ORIGIN = "http://127.0.0.1:9";
const rounds = Number(Deno.args[0] ?? 9);

const body = JSON.stringify(
  Array.from({ length: 200 }, (_, i) => ({
    id: `00u${i}`,
    status: "ACTIVE",
    created: "2020-01-01T00:00:00.000Z",
    profile: { login: `u${i}@example.com`, email: `u${i}@example.com`, firstName: "A" },
  })),
);

function answer(url: string): Response {
  const page = Number(new URL(url).searchParams.get("after") ?? 0);
  const headers: Record<string, string> = { "content-type": "application/json" };
  if (page + 1 < PAGES) {
    headers.link = `<${ORIGIN}/api/v1/users?limit=200&after=${page + 1}>; rel="next"`;
  }
  return new Response(body, { headers });
}

const fakeFetch = (input: Request | string | URL): Promise<Response> =>
  Promise.resolve(answer(input instanceof Request ? input.url : String(input)));
const okta = createOkta({
  orgUrl: ORIGIN,
  apiToken: "00" + "a".repeat(40),
  fetch: fakeFetch as typeof fetch,
});

const contenders: Record<string, () => Promise<number>> = {
  async "plain fetch loop"() {
    let count = 0;
    let url: string | undefined = `${ORIGIN}/api/v1/users?limit=200`;
    while (url) {
      const response: Response = await fakeFetch(url);
      const users = await response.json() as { id: string }[];
      const link = response.headers.get("link");
      url = link ? /<([^>]+)>/.exec(link)?.[1] : undefined;
      for (const user of users) if (user.id) count++;
    }
    return count;
  },
  async "oktakit .pages()"() {
    let count = 0;
    for await (const page of okta.users.list().limit(200).pages()) {
      for (const user of page.data) if (user.id) count++;
    }
    return count;
  },
  async "oktakit for await (items)"() {
    let count = 0;
    for await (const user of okta.users.list().limit(200)) if (user.id) count++;
    return count;
  },
};

const times: Record<string, number[]> = {};
for (const name of Object.keys(contenders)) {
  times[name] = [];
  await contenders[name](); // warm-up: JIT, ky's lazy load
}
for (let round = 0; round < rounds; round++) {
  for (const [name, run] of Object.entries(contenders)) {
    const t0 = performance.now();
    const count = await run();
    times[name].push(performance.now() - t0);
    if (count !== PAGES * 200) throw new Error(`${name} counted ${count}`);
  }
}
const median = (values: number[]) => [...values].sort((a, b) => a - b)[values.length >> 1];
const base = median(times["plain fetch loop"]);
for (const [name, values] of Object.entries(times)) {
  const ms = median(values);
  console.log(
    `${name.padEnd(28)} ${ms.toFixed(1).padStart(7)} ms  ${
      ((ms - base) * 1000 / PAGES).toFixed(0).padStart(4)
    } µs a page over the loop`,
  );
}
