/**
 * Profile validation as Okta does it: every property must be defined by the schema (base or
 * custom) and match its `type`, `minLength`/`maxLength`, `enum`/`oneOf`, `pattern` and `format`;
 * required properties cannot be blank; a `login` without a schema `pattern` must be in email form.
 * All violations are reported at once as one 400 E0000001 with one cause each.
 *
 * @module
 */
import { OktaHttpError } from "./errors.ts";
import type { EffectiveSchema, SchemaProperty } from "./profile_schema.ts";

/** One failed check: the property and the cause's text after `name: `. */
export interface ProfileViolation {
  /** Property name. */
  field: string;
  /** Cause text (`Property name 'x' is not defined in profile` has no field prefix). */
  cause: string;
  /** True for an undefined property (the summary then names the object). */
  unknown?: boolean;
}

const EMAIL = /^[^@\s]+@[^@\s]+$/;

/** Compiles a schema `pattern` as a whole-value match; undefined when it is not a valid regex. */
export function compilePattern(pattern: string): RegExp | undefined {
  try {
    return new RegExp(`^(?:${pattern})$`, "u");
  } catch {
    return undefined;
  }
}

function typeMatches(type: unknown, value: unknown): boolean {
  switch (type) {
    case "string":
      return typeof value === "string";
    case "boolean":
      return typeof value === "boolean";
    case "number":
      return typeof value === "number" && Number.isFinite(value);
    case "integer":
      return Number.isInteger(value);
    case "array":
      return Array.isArray(value);
    default:
      return true;
  }
}

/** Allowed values of a property (`enum`, or the `const`s of `oneOf`), if it limits them. */
function allowedValues(p: SchemaProperty): unknown[] | undefined {
  if (Array.isArray(p.enum)) return p.enum;
  if (Array.isArray(p.oneOf)) return p.oneOf.map((o) => (o as Record<string, unknown>)?.const);
  return undefined;
}

/** Checks one scalar (a property value or an array item) against a definition. */
function scalarViolation(p: SchemaProperty, value: unknown, name: string): string | undefined {
  if (!typeMatches(p.type, value)) return `The value must be of type ${String(p.type)}`;
  const allowed = allowedValues(p);
  if (allowed && !allowed.some((a) => a === value)) {
    return `Does not match one of the allowed values (${allowed.map(String).join(", ")})`;
  }
  if (typeof value !== "string") return undefined;
  if (typeof p.minLength === "number" && value.length < p.minLength) {
    return `The field is too short (at least ${p.minLength} characters)`;
  }
  if (typeof p.maxLength === "number" && value.length > p.maxLength) {
    return `The field is too long (at most ${p.maxLength} characters)`;
  }
  if (typeof p.pattern === "string" && !compilePattern(p.pattern)?.test(value)) {
    return "Does not match required pattern";
  }
  if (p.format === "email" && !EMAIL.test(value)) return "Does not match required pattern";
  if (name === "login" && p.pattern === undefined && !EMAIL.test(value)) {
    return "Username must be in the form of an email address";
  }
  return undefined;
}

function isBlank(value: unknown): boolean {
  return value === undefined || value === null ||
    (typeof value === "string" && value.trim() === "");
}

/**
 * The violations of `profile` against `schema`. `changed` limits the type/length/unknown checks
 * to the properties a partial update sends (required ones are checked on the whole profile).
 */
export function profileViolations(
  schema: EffectiveSchema,
  profile: Record<string, unknown>,
  changed?: Iterable<string>,
): ProfileViolation[] {
  const out: ProfileViolation[] = [];
  const all = { ...schema.base, ...schema.custom };
  for (const [name, p] of Object.entries(all)) {
    if (p.required === true && isBlank(profile[name])) {
      out.push({ field: name, cause: "The field cannot be left blank" });
    }
  }
  for (const name of changed ?? Object.keys(profile)) {
    const value = profile[name];
    const p = all[name];
    if (!p) {
      out.push({
        field: name,
        cause: `Property name '${name}' is not defined in profile`,
        unknown: true,
      });
      continue;
    }
    if (value === null || value === undefined || (value === "" && p.required !== true)) continue;
    if (isBlank(value)) continue; // reported above as blank
    let cause = scalarViolation(p, value, name);
    if (!cause && Array.isArray(value) && typeof p.items === "object" && p.items !== null) {
      const items = p.items as SchemaProperty;
      for (const item of value) {
        cause = scalarViolation(items, item, name);
        if (cause) break;
      }
    }
    if (cause) out.push({ field: name, cause });
  }
  return out;
}

/**
 * Throws Okta's `400 E0000001` when the profile violates the schema. `objectName` names the
 * whole object in the summary when a property is undefined (`newUser`, `user`, `group`).
 */
export function checkProfile(
  schema: EffectiveSchema,
  profile: Record<string, unknown>,
  objectName: string,
  changed?: Iterable<string>,
): void {
  const violations = profileViolations(schema, profile, changed);
  if (violations.length === 0) return;
  const first = violations[0];
  throw new OktaHttpError(
    "E0000001",
    `Api validation failed: ${first.unknown ? objectName : first.field}`,
    { causes: violations.map((v) => v.unknown ? v.cause : `${v.field}: ${v.cause}`) },
  );
}
