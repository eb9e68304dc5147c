// Every npm dependency the project uses, so `deno task install:frozen` caches them
// all from deno.lock in one step. Not shipped; type-only imports do not count.
import "npm:ky@^2.1.0";
import "npm:hono@^4.13.19";
import "npm:jose@^6.2.18";
import "npm:yaml@^2.9.1";
import "npm:csv-parse@^7.0.3/sync";
import "npm:csv-stringify@^6.9.0/sync";
import "npm:@sinonjs/fake-timers@^15.5.0";
import "npm:ajv@^8.20.0";
import "npm:ajv-formats@^3.0.1";
import "npm:@okta/okta-sdk-nodejs@8.1.0";
import "npm:openid-client@^6.8.9";
