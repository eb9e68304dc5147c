/**
 * The one place the emulator imports Hono (fully qualified, so `emulator.ts` can be imported
 * by URL without an import map).
 *
 * @module
 */
export { Hono } from "npm:hono@^4.13.19";
