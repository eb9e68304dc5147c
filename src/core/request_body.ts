/**
 * Request body encoding per body kind (JSON with deep null stripping, multipart, form,
 * certificate) and the Content-Type that goes with it.
 *
 * @module
 */
import type { BodyKind, HttpMethod } from "./operation.ts";
import { stripNulls } from "./body.ts";

const BODY_METHODS: ReadonlySet<string> = new Set(["POST", "PUT", "PATCH"]);

/** Whether `headers` holds `name`, in any letter case. */
export function hasHeader(headers: Record<string, string> | undefined, name: string): boolean {
  if (headers === undefined) return false;
  const lower = name.toLowerCase();
  for (const key in headers) if (key.toLowerCase() === lower) return true;
  return false;
}

/**
 * A multipart body: a `FormData` as it is, else one field per property of an object (`Blob`s as
 * files, other values as strings, `null`/`undefined` left out).
 */
export function toFormData(body: unknown): FormData {
  if (body instanceof FormData) return body;
  const form = new FormData();
  if (body !== null && typeof body === "object") {
    for (const [key, value] of Object.entries(body)) {
      if (value instanceof Blob) form.append(key, value);
      else if (value !== undefined && value !== null) form.append(key, String(value));
    }
  }
  return form;
}

function toSearchParams(body: unknown): URLSearchParams {
  if (body instanceof URLSearchParams) return body;
  const params = new URLSearchParams();
  if (body !== null && typeof body === "object") {
    for (const [key, value] of Object.entries(body)) {
      if (Array.isArray(value)) { for (const v of value) params.append(key, String(v)); }
      else if (value !== undefined && value !== null) params.append(key, String(value));
    }
  }
  return params;
}

/** What a body is encoded from. */
export interface BodySource {
  /** The request method (an empty POST/PUT/PATCH still sends `Content-Length: 0`). */
  method: HttpMethod;
  /** The body value. */
  body: unknown;
  /** How to encode it (default: `json` when a body is given, else `none`). */
  kind: BodyKind | undefined;
  /** The caller's own headers (a certificate body keeps its Content-Type). */
  headers: Record<string, string> | undefined;
  /** Keep `null` properties in JSON bodies. */
  includeNullValues: boolean;
}

/**
 * Encodes a body and sets its `Content-Type` in `headers` (except for multipart, where fetch
 * writes it with the boundary). Returns `undefined` when no body is sent.
 */
export function encodeBody(
  source: BodySource,
  headers: Record<string, string>,
): BodyInit | undefined {
  const { method, body } = source;
  const kind: BodyKind = source.kind ?? (body === undefined ? "none" : "json");
  switch (kind) {
    case "json": {
      const value = source.includeNullValues ? body : stripNulls(body);
      headers["Content-Type"] = "application/json";
      if (value !== undefined) return JSON.stringify(value);
      return BODY_METHODS.has(method) ? "" : undefined;
    }
    case "multipart":
      return toFormData(body);
    case "form":
      headers["Content-Type"] = "application/x-www-form-urlencoded";
      return toSearchParams(body);
    case "certificate":
      if (!hasHeader(source.headers, "content-type")) {
        headers["Content-Type"] = "application/x-pem-file";
      }
      return body as BodyInit;
    default:
      headers["Content-Type"] = "application/json";
      // Okta answers 411 to a POST/PUT without Content-Length; "" sends Content-Length: 0.
      return BODY_METHODS.has(method) ? "" : undefined;
  }
}
