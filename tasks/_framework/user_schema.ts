/**
 * Checking a CSV row against the org's user schema before anything is sent, the way Okta checks
 * a profile: every attribute must be defined (base or custom) and writable, required ones must
 * not be blank, and each value must have the attribute's type, length, allowed values, pattern
 * and format (`email`; a `login` without a pattern must look like an email address). CSV cells
 * are text, so values are also converted to the attribute's type (integer, number, boolean,
 * array) here, and the converted profile is what gets sent.
 *
 * @module
 */
import type { Okta } from "../../src/core/client.ts";

/** One attribute definition, as the schema document has it. */
export type SchemaAttribute = Record<string, unknown>;

/** The org's user schema: every attribute by name, with whether it is required. */
export interface UserSchema {
  /** Attribute definitions by name (base and custom). */
  attributes: Map<string, SchemaAttribute>;
  /** Names of the required attributes. */
  required: Set<string>;
}

/** Why one value (or a missing one) would be refused. */
export interface ProfileProblem {
  /** The profile attribute. */
  attribute: string;
  /** The CSV column it came from (absent when the file has no column for it). */
  column?: string;
  /** A short code: REQUIRED, UNKNOWN_ATTRIBUTE, READ_ONLY, INVALID_TYPE, INVALID_VALUE, INVALID_FORMAT, TOO_SHORT, TOO_LONG. */
  code: string;
  /** What is wrong and how to fix it. */
  reason: string;
}

/** Fetches the user schema `schemaId` (`default` unless users have another type). */
export async function loadUserSchema(okta: Okta, schemaId = "default"): Promise<UserSchema> {
  const document = await okta.schemas.getUser(schemaId);
  return userSchemaFrom(document);
}

/** Reads a schema document (`definitions.base` and `definitions.custom`). */
export function userSchemaFrom(document: Record<string, unknown>): UserSchema {
  const schema: UserSchema = { attributes: new Map(), required: new Set() };
  const definitions = (document.definitions ?? {}) as Record<string, Record<string, unknown>>;
  for (const part of ["base", "custom"]) {
    const definition = definitions[part] ?? {};
    const properties = (definition.properties ?? {}) as Record<string, SchemaAttribute>;
    for (const [name, attribute] of Object.entries(properties)) {
      schema.attributes.set(name, attribute);
      if (attribute.required === true) schema.required.add(name);
    }
    const required = Array.isArray(definition.required) ? definition.required : [];
    for (const name of required) if (typeof name === "string") schema.required.add(name);
  }
  return schema;
}

const EMAIL = /^[^@\s]+@[^@\s]+$/;

/**
 * Checks a row's profile (attribute → CSV text) against the schema and converts each value to
 * its attribute's type. `columns` maps each attribute to the CSV column it came from.
 * `partial` (an update of an existing user) skips the required check: only sent values change.
 */
export function checkProfile(
  schema: UserSchema,
  profile: Readonly<Record<string, string>>,
  columns: ReadonlyMap<string, string>,
  options: { partial?: boolean } = {},
): { profile: Record<string, unknown>; problems: ProfileProblem[] } {
  const problems: ProfileProblem[] = [];
  const typed: Record<string, unknown> = {};
  const problem = (attribute: string, code: string, reason: string): void => {
    problems.push({ attribute, column: columns.get(attribute), code, reason });
  };
  if (!options.partial) {
    for (const name of schema.required) {
      if ((profile[name] ?? "").trim() !== "") continue;
      problem(
        name,
        "REQUIRED",
        columns.has(name)
          ? "required by the org's user schema, and empty"
          : "required by the org's user schema, and the file has no column for it " +
            `(add one, or --map COLUMN=${name})`,
      );
    }
  }
  for (const [name, text] of Object.entries(profile)) {
    const attribute = schema.attributes.get(name);
    if (!attribute) {
      problem(
        name,
        "UNKNOWN_ATTRIBUTE",
        "not an attribute of the org's user schema (rename it with --map COLUMN=ATTRIBUTE, " +
          "or leave it out with --map COLUMN=-)",
      );
      continue;
    }
    if (attribute.mutability === "READ_ONLY") {
      problem(name, "READ_ONLY", "read-only in the org's user schema: leave it out");
      continue;
    }
    const converted = convert(attribute, text);
    if ("reason" in converted) {
      problem(name, "INVALID_TYPE", converted.reason);
      continue;
    }
    const values = Array.isArray(converted.value) ? converted.value : [converted.value];
    const itemDefinition = attribute.type === "array" && isObject(attribute.items)
      ? attribute.items as SchemaAttribute
      : attribute;
    const failure = values.map((v) => valueProblem(name, itemDefinition, v)).find(Boolean);
    if (failure) problem(name, failure.code, failure.reason);
    else typed[name] = converted.value;
  }
  return { profile: typed, problems };
}

/** One line naming each problem's column and why (`email (column E-mail): must be …`). */
export function describeProblems(problems: readonly ProfileProblem[]): string {
  return problems.map((p) =>
    `${p.attribute}${
      p.column && p.column !== p.attribute ? ` (column ${p.column})` : ""
    }: ${p.reason}`
  ).join("; ");
}

function isObject(value: unknown): boolean {
  return typeof value === "object" && value !== null;
}

/** Converts CSV text to the attribute's type. */
function convert(
  attribute: SchemaAttribute,
  text: string,
): { value: unknown } | { reason: string } {
  switch (attribute.type) {
    case "integer":
      return /^[+-]?\d+$/.test(text.trim())
        ? { value: Number(text.trim()) }
        : { reason: `must be a whole number: got "${text}"` };
    case "number": {
      const value = Number(text.trim());
      return text.trim() !== "" && Number.isFinite(value)
        ? { value }
        : { reason: `must be a number: got "${text}"` };
    }
    case "boolean": {
      const lower = text.trim().toLowerCase();
      if (lower === "true" || lower === "false") return { value: lower === "true" };
      return { reason: `must be true or false: got "${text}"` };
    }
    case "array": {
      // Cells list several values separated by ';' (as the groups column does).
      const items = text.split(";").map((t) => t.trim()).filter(Boolean);
      const itemDefinition = isObject(attribute.items) ? attribute.items as SchemaAttribute : {};
      const values: unknown[] = [];
      for (const item of items) {
        const one = convert(itemDefinition, item);
        if ("reason" in one) return { reason: `each value ${one.reason}` };
        values.push(one.value);
      }
      return { value: values };
    }
    default:
      return { value: text };
  }
}

/** Allowed values of an attribute (`enum`, or the `const`s of `oneOf`), when it limits them. */
function allowedValues(attribute: SchemaAttribute): unknown[] | undefined {
  if (Array.isArray(attribute.enum)) return attribute.enum;
  if (Array.isArray(attribute.oneOf)) {
    return attribute.oneOf.map((o) => (o as Record<string, unknown>)?.const);
  }
  return undefined;
}

function valueProblem(
  name: string,
  attribute: SchemaAttribute,
  value: unknown,
): { code: string; reason: string } | undefined {
  const allowed = allowedValues(attribute);
  if (allowed && !allowed.some((a) => a === value)) {
    return {
      code: "INVALID_VALUE",
      reason: `must be one of ${allowed.map(String).join(", ")}: got "${String(value)}"`,
    };
  }
  if (typeof value !== "string") return undefined;
  if (typeof attribute.minLength === "number" && value.length < attribute.minLength) {
    return {
      code: "TOO_SHORT",
      reason: `at least ${attribute.minLength} characters: "${value}" has ${value.length}`,
    };
  }
  if (typeof attribute.maxLength === "number" && value.length > attribute.maxLength) {
    return {
      code: "TOO_LONG",
      reason: `at most ${attribute.maxLength} characters: the value has ${value.length}`,
    };
  }
  if (typeof attribute.pattern === "string") {
    const pattern = compile(attribute.pattern);
    if (pattern && !pattern.test(value)) {
      return {
        code: "INVALID_FORMAT",
        reason: `does not match the schema's pattern ${attribute.pattern}: got "${value}"`,
      };
    }
  }
  if (attribute.format === "email" && !EMAIL.test(value)) {
    return { code: "INVALID_FORMAT", reason: `must be an email address: got "${value}"` };
  }
  if (name === "login" && attribute.pattern === undefined && !EMAIL.test(value)) {
    return {
      code: "INVALID_FORMAT",
      reason: `must be in the form of an email address: got "${value}"`,
    };
  }
  return undefined;
}

/** A schema pattern as a whole-value match; undefined when it is not a valid regex here. */
function compile(pattern: string): RegExp | undefined {
  try {
    return new RegExp(`^(?:${pattern})$`, "u");
  } catch {
    return undefined;
  }
}
