// a/e/l: the plain fetch loop following Link rel="next".
import { listUsersLoop } from "./_fetch_loop.ts";

await listUsersLoop((url, headers) => fetch(url, { headers }));
