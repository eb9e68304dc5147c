/**
 * The npm packages the tasks use, imported in one place (fully qualified, as the project requires).
 *
 * The packages' own type declarations reference an old `@types/node` (resolved through the
 * lockfile) that breaks `node:` imports in the same type-check, so local minimal types are used.
 *
 * @module
 */
// @ts-types="./csv_stringify.d.ts"
import { stringify } from "npm:csv-stringify@^6.9.0/sync";
// @ts-types="./csv_parse.d.ts"
import { parse } from "npm:csv-parse@^7.0.3/sync";

export { parse, stringify };
