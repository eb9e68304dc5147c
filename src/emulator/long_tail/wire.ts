/**
 * The long tail's wire details: reading a request body, the schema's minimal response shape,
 * dropping write-only secrets, merging patches, stamping new items, and the response an
 * operation's table row calls for (JSON, empty, XML, text, binary, redirect).
 *
 * @module
 */
import type { Operation } from "../../core/operation.ts";
import { SCHEMA_SHAPES } from "../../generated/schema_shapes.ts";
import { OktaHttpError } from "../errors.ts";
import { json } from "../links.ts";
import { isObject } from "../validate.ts";

/** A schema's minimal object (`d`, a fresh copy) and the server stamps it carries (`s`). */
export function shapeOf(name: string | undefined): { d: Record<string, unknown>; s: string[] } {
  const shape = name ? SCHEMA_SHAPES[name] : undefined;
  const d = shape?.d;
  return {
    d: isObject(d) ? structuredClone(d) : {},
    s: shape?.s ?? ["id", "created", "lastUpdated", "status", "_links"],
  };
}

/** A response body for an operation whose schema is not the item's: the schema's minimum. */
export function shaped(
  op: Operation,
  extra: Record<string, unknown> = {},
): Record<string, unknown> {
  const shape = shapeOf(op.responseSchema);
  return { ...shape.d, ...extra };
}

/** Deep merge of plain objects (arrays and scalars replace). */
export function merge(
  base: Record<string, unknown>,
  patch: Record<string, unknown>,
): Record<string, unknown> {
  const out: Record<string, unknown> = { ...base };
  for (const [k, v] of Object.entries(patch)) {
    out[k] = isObject(v) && isObject(out[k]) ? merge(out[k] as Record<string, unknown>, v) : v;
  }
  return out;
}

/** Write-only fields never stored or echoed. */
const SECRET_KEYS = new Set(["password", "passCode", "answer", "sharedSecret", "privateKey"]);

/** A copy of a body without its write-only fields, at any depth. */
export function stripSecrets(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(stripSecrets);
  if (!isObject(v)) return v;
  const out: Record<string, unknown> = {};
  for (const [k, val] of Object.entries(v)) {
    if (SECRET_KEYS.has(k)) continue;
    out[k] = stripSecrets(val);
  }
  return out;
}

/** Reads a JSON body (object or array); malformed → 400 E0000003. */
export async function readBody(request: Request, op: Operation): Promise<unknown> {
  if (op.body !== "json" && op.body !== "form") {
    if (op.body !== "none") await request.arrayBuffer().catch(() => undefined);
    return {};
  }
  const text = await request.text();
  if (text.trim() === "") {
    if (op.bodyRequired) {
      throw new OktaHttpError("E0000003", undefined, {
        causes: ["The request body is required and was empty."],
      });
    }
    return {};
  }
  if (op.body === "form") return Object.fromEntries(new URLSearchParams(text));
  try {
    return JSON.parse(text);
  } catch {
    throw new OktaHttpError("E0000003", undefined, {
      causes: ["The request body was not well-formed JSON."],
    });
  }
}

/** Sets the server stamps the schema carries on a new item's data. */
export function stampNew(
  data: Record<string, unknown>,
  stamps: string[],
  now: string,
  id: string,
  status: string | null,
): void {
  if (stamps.includes("id")) data.id = id;
  if (stamps.includes("created")) data.created ??= now;
  if (stamps.includes("lastUpdated")) data.lastUpdated = now;
  if (status && stamps.includes("status") && data.status === undefined) data.status = status;
}

/** The response an operation's row calls for, with `payload` as its body. */
export function respond(op: Operation, payload: unknown, headers?: HeadersInit): Response {
  if (op.successStatus === 301 || op.successStatus === 302) {
    return new Response(null, { status: op.successStatus, headers: { Location: "/" } });
  }
  if (op.response === "empty" || op.successStatus === 204) {
    return new Response(null, { status: op.successStatus });
  }
  if (op.response === "xml") {
    return new Response(
      '<?xml version="1.0"?><md:EntityDescriptor xmlns:md="urn:oasis:names:tc:SAML:2.0:metadata"/>',
      {
        status: op.successStatus,
        headers: { "Content-Type": "application/xml" },
      },
    );
  }
  if (op.response === "text") {
    return new Response(typeof payload === "string" ? payload : "", {
      status: op.successStatus,
      headers: { "Content-Type": "text/plain" },
    });
  }
  if (op.response === "binary") {
    return new Response(new Uint8Array(0), {
      status: op.successStatus,
      headers: { "Content-Type": "application/octet-stream" },
    });
  }
  return json(
    op.returnsArray && !Array.isArray(payload) ? [payload] : payload,
    op.successStatus,
    headers,
  );
}
