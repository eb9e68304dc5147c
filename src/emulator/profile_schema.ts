/**
 * The org's user and group profile schemas: Okta's base (generated from the spec, see
 * {@link USER_BASE_SCHEMA}) plus the custom properties and the few base edits made through the
 * schema API. Kept in the long tail's store, so `--state` saves them.
 *
 * @module
 */
import { touch } from "./undo.ts";
import {
  type BaseProfileSchema,
  GROUP_BASE_SCHEMA,
  USER_BASE_SCHEMA,
} from "../generated/profile_schemas.ts";
import { storeOf } from "./long_tail/mod.ts";
import type { Org } from "./org.ts";

/** A schema property definition (`definitions.*.properties.<name>`). */
export type SchemaProperty = Record<string, unknown>;

/** Which profile a schema describes. */
export type ProfileKind = "user" | "group";

/** What the schema API changed, stored per schema. */
export interface SchemaEdits {
  /** When the schema was first read or written. */
  created: string;
  /** When it last changed. */
  lastUpdated: string;
  /** Custom properties in insertion order. */
  custom: Record<string, SchemaProperty>;
  /** Changed attributes of base properties (permissions, `required`, `pattern`). */
  base: Record<string, SchemaProperty>;
}

/** A schema as enforced: every property (base and custom) with its definition. */
export interface EffectiveSchema {
  /** Base properties after edits. */
  base: Record<string, SchemaProperty>;
  /** Custom properties. */
  custom: Record<string, SchemaProperty>;
}

/** The generated base of a kind. */
export function baseSchemaOf(kind: ProfileKind): BaseProfileSchema {
  return kind === "user" ? USER_BASE_SCHEMA : GROUP_BASE_SCHEMA;
}

/** Store key of a schema's edits (`#…` keys never collide with paths). */
function key(kind: ProfileKind, schemaId: string): `#${string}` {
  return `#schema:${kind}:${schemaId}`;
}

/**
 * The edits of one schema. Reads of a schema never written get a fresh, unsaved record stamped
 * with the org's creation time; `persist` stores it (for writes).
 */
export function schemaEdits(
  org: Org,
  kind: ProfileKind,
  schemaId: string,
  persist = false,
): SchemaEdits {
  const singletons = storeOf(org).singletons;
  const stored = singletons.get(key(kind, schemaId)) as SchemaEdits | undefined;
  if (stored) {
    if (persist) touch(stored); // the write changes it in place
    return stored;
  }
  const created = org.users.get(org.adminId)?.created ?? new Date(org.now()).toISOString();
  const edits: SchemaEdits = { created, lastUpdated: created, custom: {}, base: {} };
  if (persist) singletons.set(key(kind, schemaId), edits as unknown as Record<string, unknown>);
  return edits;
}

/** Base and custom properties of a schema as enforced. */
export function effectiveSchema(edits: SchemaEdits, kind: ProfileKind): EffectiveSchema {
  const base: Record<string, SchemaProperty> = {};
  for (const [name, p] of Object.entries(baseSchemaOf(kind).base.properties)) {
    base[name] = structuredClone({ ...p, ...edits.base[name] });
    if (base[name].required !== true) delete base[name].required;
  }
  return { base, custom: structuredClone(edits.custom) };
}

/** Names of the required properties of a definition. */
function requiredOf(properties: Record<string, SchemaProperty>): string[] {
  return Object.entries(properties).filter(([, p]) => p.required === true).map(([n]) => n);
}

/** The schema in Okta's wire shape. */
export function renderSchema(
  edits: SchemaEdits,
  kind: ProfileKind,
  schemaId: string,
  origin: string,
): Record<string, unknown> {
  const template = baseSchemaOf(kind);
  const { base, custom } = effectiveSchema(edits, kind);
  const id = `${origin}/meta/schemas/${kind}/${schemaId}`;
  const definitions = {
    base: { id: "#base", type: "object", properties: base, required: requiredOf(base) },
    custom: { id: "#custom", type: "object", properties: custom, required: requiredOf(custom) },
  };
  const body: Record<string, unknown> = {
    id,
    $schema: "http://json-schema.org/draft-04/schema#",
    name: template.name,
    title: template.title,
    description: template.description,
    lastUpdated: edits.lastUpdated,
    created: edits.created,
    definitions,
    type: "object",
    properties: { profile: { allOf: template.allOf.map(($ref) => ({ $ref })) } },
  };
  if (kind === "group") {
    body._links = {
      self: { href: `${origin}/api/v1/meta/schemas/group/${schemaId}`, method: "GET", rel: "self" },
    };
  }
  return body;
}
