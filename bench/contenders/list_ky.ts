// a/e: the plain fetch loop, sending each request through oktakit's own ky instance
// (`createHttp()`, the same options): what ky alone adds to the loop.
import { createHttp } from "../../src/core/http.ts";
import { listUsersLoop } from "./_fetch_loop.ts";

const http = await createHttp((request) => fetch(request));
await listUsersLoop((url, headers) => http(url, { method: "GET", headers }));
