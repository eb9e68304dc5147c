/**
 * Request bodies on the command line: `--data @file.json`, `--data -` (stdin) or inline JSON,
 * then `--set profile.firstName=Jane` edits on top, then a check of every field against the
 * body's generated shape so a misspelled field is refused before anything is sent.
 *
 * @module
 */
import type { Operation } from "../src/core/operation.ts";
import { nearest } from "./commands.ts";
import { UsageError } from "./flags.ts";

/** Where `--data` reads from. */
export interface BodySources {
  /** Reads a file (`@file`). */
  readFile(path: string): Promise<string>;
  /** Reads all of stdin (`-`). */
  readStdin(): Promise<string>;
}

/** Builds the body from `--data` and `--set`; `undefined` when neither was given. */
export async function buildBody(
  operation: Operation,
  data: string | undefined,
  sets: readonly string[],
  sources: BodySources,
): Promise<unknown> {
  let body: unknown;
  if (data !== undefined) {
    const [text, origin] = data === "-"
      ? [await sources.readStdin(), "stdin"]
      : data.startsWith("@")
      ? [await readDataFile(data.slice(1), sources), data.slice(1)]
      : [data, "--data"];
    try {
      body = JSON.parse(text);
    } catch (error) {
      throw new UsageError(`${origin} is not valid JSON: ${(error as Error).message}`);
    }
  }
  for (const assignment of sets) {
    const eq = assignment.indexOf("=");
    if (eq <= 0) {
      throw new UsageError(
        `--set takes path=value (e.g. profile.firstName=Jane), got "${assignment}"`,
      );
    }
    body ??= {};
    if (body === null || typeof body !== "object" || Array.isArray(body)) {
      throw new UsageError("--set needs a JSON object body; --data is not an object");
    }
    const path = assignment.slice(0, eq);
    const text = assignment.slice(eq + 1);
    // A field the spec types as a string keeps its text (`employeeNumber=0042` stays "0042").
    const value = (await fieldCode(operation, path)) === "s" ? text : parseValue(text);
    setPath(body as Record<string, unknown>, path, value);
  }
  return body;
}

/** The generated type code of a dotted field path of the operation's body (`?` when unknown). */
async function fieldCode(operation: Operation, path: string): Promise<string> {
  const { BODY_SHAPES, SHAPES } = await import("../src/generated/cli_bodies.ts");
  let code = BODY_SHAPES[operation.id] ?? "?";
  for (const key of path.split(".")) {
    const fields = code.startsWith("@") ? shapeFields(SHAPES[code.slice(1)]) : undefined;
    code = fields?.get(key) ?? "?";
  }
  return code;
}

function shapeFields(list: string | undefined): Map<string, string> | undefined {
  if (list === undefined) return undefined;
  const fields = new Map<string, string>();
  for (const pair of list.split(" ")) {
    const colon = pair.lastIndexOf(":");
    fields.set(pair.slice(0, colon), pair.slice(colon + 1));
  }
  return fields;
}

async function readDataFile(path: string, sources: BodySources): Promise<string> {
  try {
    return await sources.readFile(path);
  } catch (error) {
    if (error instanceof Deno.errors.NotFound) throw new UsageError(`--data: no file ${path}`);
    if (error instanceof Deno.errors.NotCapable || error instanceof Deno.errors.PermissionDenied) {
      throw new UsageError(
        `--data: no permission to read ${path}; grant it (--allow-read=${path}) or pipe it: --data - < ${path}`,
      );
    }
    throw error;
  }
}

/** `--set` values: JSON when they parse as JSON (numbers, booleans, null, arrays, objects, "strings"), else text. */
export function parseValue(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

function setPath(target: Record<string, unknown>, path: string, value: unknown): void {
  const keys = path.split(".");
  if (keys.some((k) => k === "" || k === "__proto__" || k === "constructor" || k === "prototype")) {
    throw new UsageError(`--set: "${path}" is not a valid field path`);
  }
  let node = target;
  for (const key of keys.slice(0, -1)) {
    const next = node[key];
    if (next === undefined) node = (node[key] = {}) as Record<string, unknown>;
    else if (next !== null && typeof next === "object" && !Array.isArray(next)) {
      node = next as Record<string, unknown>;
    } else throw new UsageError(`--set ${path}: ${key} is not an object in the body`);
  }
  node[keys[keys.length - 1]] = value;
}

/**
 * Checks a body against the operation's generated shape: an unknown field, or a value of the
 * wrong JSON type, is a UsageError naming the field and the nearest valid names. Shapes the
 * specs leave open (profiles, `additionalProperties`) are not checked.
 */
export async function checkBody(operation: Operation, body: unknown): Promise<void> {
  const { BODY_SHAPES, SHAPES } = await import("../src/generated/cli_bodies.ts");
  const code = BODY_SHAPES[operation.id];
  if (!code) return;
  const problems: string[] = [];
  walk(body, code, "", SHAPES, problems);
  if (problems.length) {
    const schema = operation.requestSchema ? ` (${operation.requestSchema})` : "";
    throw new UsageError(
      `the request body${schema} was not sent:\n  ${problems.slice(0, 10).join("\n  ")}`,
    );
  }
}

const TYPE_NAMES: Record<string, string> = { s: "a string", n: "a number", b: "true or false" };

function walk(
  value: unknown,
  code: string,
  path: string,
  shapes: Readonly<Record<string, string>>,
  problems: string[],
): void {
  if (value === null || value === undefined || code === "?") return;
  const at = path || "the body";
  if (code.startsWith("[")) {
    if (!Array.isArray(value)) return void problems.push(`${at} must be an array`);
    value.forEach((item, i) => walk(item, code.slice(1), `${path}[${i}]`, shapes, problems));
    return;
  }
  if (code in TYPE_NAMES) {
    const ok = code === "s"
      ? typeof value === "string"
      : code === "n"
      ? typeof value === "number"
      : typeof value === "boolean";
    if (!ok) problems.push(`${at} must be ${TYPE_NAMES[code]}, got ${JSON.stringify(value)}`);
    return;
  }
  const fields = code.startsWith("@") ? shapeFields(shapes[code.slice(1)]) : undefined;
  if (fields === undefined) return;
  if (typeof value !== "object" || Array.isArray(value)) {
    return void problems.push(`${at} must be an object`);
  }
  const open = fields.has("*");
  for (const [key, child] of Object.entries(value as Record<string, unknown>)) {
    const childPath = path ? `${path}.${key}` : key;
    const childCode = fields.get(key);
    if (childCode === undefined) {
      if (open) continue;
      const valid = [...fields.keys()].filter((f) => f !== "*");
      const near = nearest(key, valid);
      problems.push(
        `unknown field "${childPath}"` +
          (near.length ? `; did you mean ${near.map((n) => `"${n}"`).join(" or ")}?` : "") +
          ` (fields here: ${valid.join(", ")})`,
      );
      continue;
    }
    walk(child, childCode, childPath, shapes, problems);
  }
}
