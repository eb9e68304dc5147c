/**
 * Building request URLs: path parameters percent-encoded as exactly one segment each, and
 * query values form-encoded the way Okta decodes them.
 *
 * @module
 */
import type { QueryValue } from "./request_spec.ts";

/** Encodes one path segment: `/`, `?`, `#`, `%` and spaces are escaped, never `+`. */
export function encodePathSegment(value: string): string {
  return encodeURIComponent(value);
}

/**
 * Fills `{name}` placeholders of a path template. Each value becomes exactly one segment:
 * `a/../b` is sent as `a%2F..%2Fb`. Empty values and the dot segments `.`/`..` are refused
 * because URL parsing would turn them into a different path.
 */
export function expandPath(
  template: string,
  params: Readonly<Record<string, string | number>> | undefined,
): string {
  let open = template.indexOf("{");
  if (open < 0) return template;
  // A plain scan instead of a replace callback: this runs once per request.
  let out = "";
  let from = 0;
  while (open >= 0) {
    const close = template.indexOf("}", open + 1);
    const name = close < 0 ? "" : template.slice(open + 1, close);
    if (close < 0 || name === "" || name.includes("{")) {
      // Not a placeholder: keep the text as it is (as the former pattern did).
      open = template.indexOf("{", open + 1);
      continue;
    }
    out += template.slice(from, open) + expandParam(template, name, params?.[name]);
    from = close + 1;
    open = template.indexOf("{", from);
  }
  return out + template.slice(from);
}

function expandParam(
  template: string,
  name: string,
  raw: string | number | undefined | null,
): string {
  if (raw === undefined || raw === null) {
    throw new TypeError(
      `Cannot build the request path ${template}: path parameter ${name} is missing`,
    );
  }
  const value = String(raw);
  if (value === "" || value === "." || value === "..") {
    throw new TypeError(
      `Cannot build the request path ${template}: path parameter ${name} must not be empty, "." or ".."`,
    );
  }
  return encodePathSegment(value);
}

function queryString(value: Exclude<QueryValue, undefined | null>): string {
  if (value instanceof Date) return value.toISOString();
  return String(value);
}

/**
 * Form-encodes query values (`+` for spaces, `%2B` for a literal plus). `false`, `0` and `""`
 * are sent; `undefined` and `null` are left out; arrays become repeated keys; dates are sent
 * as ISO 8601. Returns the string without the leading `?` (empty when there is nothing).
 */
export function encodeQuery(query: Readonly<Record<string, QueryValue>> | undefined): string {
  if (!query) return "";
  const params = new URLSearchParams();
  for (const key in query) {
    const value = query[key];
    if (value === undefined || value === null) continue;
    if (Array.isArray(value)) {
      for (const item of value) {
        if (item !== undefined && item !== null) params.append(key, queryString(item));
      }
    } else {
      params.append(key, queryString(value as Exclude<QueryValue, undefined | null>));
    }
  }
  return params.toString();
}

/** Appends an encoded query string to a path or URL that may already have one. */
export function appendQuery(pathOrUrl: string, encoded: string): string {
  if (encoded === "") return pathOrUrl;
  return pathOrUrl + (pathOrUrl.includes("?") ? "&" : "?") + encoded;
}
