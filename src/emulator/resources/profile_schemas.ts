/**
 * The user and group profile schemas (`/api/v1/meta/schemas/user/{schemaId}`,
 * `/api/v1/meta/schemas/group/default`): Okta's base plus custom properties. `POST` is a partial
 * update: a custom property given replaces its definition, `null` removes it; base properties
 * accept only Okta's limited changes (permissions, `required` of `firstName`/`lastName`, the
 * `pattern` of `login`). A schema update is checked whole before anything changes.
 *
 * @module
 */
import type { Hono } from "../hono.ts";
import { notFound, OktaHttpError } from "../errors.ts";
import { storeOf } from "../long_tail/mod.ts";
import { json } from "../links.ts";
import type { EmulatorEnv, Org, RequestInfo } from "../org.ts";
import type { EmulatorResource } from "../resource.ts";
import { compilePattern } from "../profile_check.ts";
import {
  baseSchemaOf,
  type ProfileKind,
  renderSchema,
  type SchemaEdits,
  schemaEdits,
  type SchemaProperty,
} from "../profile_schema.ts";
import { DEFAULT_USER_TYPE } from "./users.ts";

const USER_TYPES = "/api/v1/meta/types/user";
const PROPERTY_NAME = /^[A-Za-z][A-Za-z0-9_]*$/;
const TYPES = new Set(["string", "boolean", "number", "integer", "array"]);
const ITEM_TYPES = new Set(["string", "number", "integer"]);
/** Base attributes the schema API may change, by property (`*`: every base property). */
const BASE_CHANGES: Record<string, readonly string[]> = {
  "*": ["permissions"],
  firstName: ["permissions", "required"],
  lastName: ["permissions", "required"],
  login: ["permissions", "pattern"],
};

/** The stored schema id of a user schema id: `default` for the default type. */
export function userSchemaId(org: Org, schemaId: string): string {
  if (schemaId === "default" || schemaId === DEFAULT_USER_TYPE) return "default";
  if (storeOf(org).collection(USER_TYPES).get(schemaId)) return schemaId;
  throw notFound(schemaId, "UserSchema");
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}

function isLength(v: unknown): boolean {
  return v === undefined || v === null || (Number.isInteger(v) && (v as number) >= 0);
}

/** The causes of one custom property definition (empty when valid). */
function customCauses(name: string, def: Record<string, unknown>, kind: ProfileKind): string[] {
  const causes: string[] = [];
  if (!PROPERTY_NAME.test(name)) {
    causes.push(`${name}: A property name starts with a letter and has only letters, digits and _`);
  }
  if (baseSchemaOf(kind).base.properties[name]) {
    causes.push(`${name}: A base property of this name exists; custom properties need another`);
  }
  if (typeof def.title !== "string" || def.title.trim() === "") {
    causes.push(`${name}.title: The field cannot be left blank`);
  }
  if (!TYPES.has(String(def.type))) {
    causes.push(`${name}.type: Must be one of ${[...TYPES].join(", ")}`);
  }
  if (def.type === "array" && !(isObject(def.items) && ITEM_TYPES.has(String(def.items.type)))) {
    causes.push(
      `${name}.items.type: An array property needs items of ${[...ITEM_TYPES].join(", ")}`,
    );
  }
  for (const key of ["minLength", "maxLength"]) {
    if (!isLength(def[key])) causes.push(`${name}.${key}: Must be a non-negative integer`);
  }
  if (
    typeof def.minLength === "number" && typeof def.maxLength === "number" &&
    def.minLength > def.maxLength
  ) causes.push(`${name}.minLength: Must not exceed maxLength`);
  if (
    def.pattern !== undefined && (typeof def.pattern !== "string" || !compilePattern(def.pattern))
  ) {
    causes.push(`${name}.pattern: Must be a valid regular expression`);
  }
  if (def.enum !== undefined && def.enum !== null && !Array.isArray(def.enum)) {
    causes.push(`${name}.enum: Must be an array`);
  }
  if (def.required !== undefined && def.required !== null && typeof def.required !== "boolean") {
    causes.push(`${name}.required: Must be a boolean`);
  }
  return causes;
}

/** The definition as stored: `unique: true` is shown as Okta's `UNIQUE_VALIDATED`. */
function storedCustom(def: Record<string, unknown>): SchemaProperty {
  const out: SchemaProperty = structuredClone(def);
  if (out.unique === true) out.unique = "UNIQUE_VALIDATED";
  else delete out.unique;
  for (const [k, v] of Object.entries(out)) if (v === null) delete out[k];
  return out;
}

/** Applies a schema POST body to a copy of the edits; throws before anything changes. */
function applyUpdate(
  current: SchemaEdits,
  body: Record<string, unknown>,
  kind: ProfileKind,
): SchemaEdits {
  const next: SchemaEdits = structuredClone(current);
  const causes: string[] = [];
  const definitions = body.definitions ?? {};
  if (!isObject(definitions)) throw invalid(["definitions: Must be an object"]);
  const custom = isObject(definitions.custom) ? definitions.custom.properties : undefined;
  if (custom !== undefined && !isObject(custom)) {
    causes.push("definitions.custom.properties: Must be an object");
  }
  for (const [name, def] of Object.entries(isObject(custom) ? custom : {})) {
    if (def === null) {
      delete next.custom[name];
      continue;
    }
    if (!isObject(def)) {
      causes.push(`${name}: A property definition must be an object or null`);
      continue;
    }
    const found = customCauses(name, def, kind);
    if (found.length > 0) causes.push(...found);
    else next.custom[name] = storedCustom(def);
  }
  const baseProps = isObject(definitions.base) ? definitions.base.properties : undefined;
  const template = baseSchemaOf(kind).base.properties;
  for (const [name, def] of Object.entries(isObject(baseProps) ? baseProps : {})) {
    const shipped = template[name];
    if (!shipped) {
      causes.push(`${name}: Not a base property; add custom properties under definitions.custom`);
      continue;
    }
    if (!isObject(def)) {
      causes.push(`${name}: Base properties cannot be removed`);
      continue;
    }
    const allowed = [...BASE_CHANGES["*"], ...(BASE_CHANGES[name] ?? [])];
    const effective = { ...shipped, ...next.base[name] };
    for (const [attr, value] of Object.entries(def)) {
      if (JSON.stringify(value) === JSON.stringify(effective[attr])) continue;
      if (!allowed.includes(attr)) {
        causes.push(`${name}.${attr}: This attribute of a base property cannot be changed`);
      } else if (
        attr === "pattern" && value !== null &&
        (typeof value !== "string" || !compilePattern(value))
      ) {
        causes.push(`${name}.pattern: Must be a valid regular expression`);
      } else if (attr === "required" && typeof value !== "boolean") {
        causes.push(`${name}.required: Must be a boolean`);
      } else {
        next.base[name] = { ...next.base[name], [attr]: value };
      }
    }
  }
  if (causes.length > 0) throw invalid(causes);
  return next;
}

function invalid(causes: string[]): OktaHttpError {
  return new OktaHttpError("E0000001", "Api validation failed: definitions", { causes });
}

async function update(
  org: Org,
  info: RequestInfo,
  kind: ProfileKind,
  schemaId: string,
): Promise<Response> {
  const body = await info.body();
  const current = schemaEdits(org, kind, schemaId);
  const next = applyUpdate(current, body, kind);
  next.lastUpdated = org.timestamp();
  const stored = schemaEdits(org, kind, schemaId, true);
  Object.assign(stored, next);
  org.emit(
    `${kind === "user" ? "user" : "group"}.schema.update`,
    `Update ${kind} profile schema`,
    [{
      id: schemaId,
      type: kind === "user" ? "UserSchema" : "GroupSchema",
      alternateId: schemaId,
      displayName: schemaId,
    }],
    info,
  );
  org.changed();
  return json(renderSchema(stored, kind, schemaId, info.origin));
}

/** The profile schema routes. */
export const profileSchemasResource: EmulatorResource = {
  name: "profile schemas",
  register(app: Hono<EmulatorEnv>, org: Org): void {
    app.get(
      "/api/v1/meta/schemas/group/default",
      (c) =>
        json(renderSchema(schemaEdits(org, "group", "default"), "group", "default", c.env.origin)),
    );
    app.post("/api/v1/meta/schemas/group/default", (c) => update(org, c.env, "group", "default"));
    // `linkedObjects` is a sibling resource (answered further down the chain), not a schema id.
    const LINKED = "linkedObjects";
    app.get("/api/v1/meta/schemas/user/:schemaId", async (c, next) => {
      if (c.req.param("schemaId") === LINKED) return await next();
      const id = userSchemaId(org, c.req.param("schemaId"));
      return json(renderSchema(schemaEdits(org, "user", id), "user", id, c.env.origin));
    });
    app.post("/api/v1/meta/schemas/user/:schemaId", async (c, next) => {
      if (c.req.param("schemaId") === LINKED) return await next();
      const id = userSchemaId(org, c.req.param("schemaId"));
      return await update(org, c.env, "user", id);
    });
  },
};
