/**
 * Form-style query decoding (`+` is a space) and small readers for boolean parameters.
 *
 * @module
 */

/** Decodes a URL's query the way HTML forms do: `+` is a space, `%2B` a plus. */
export function formQuery(url: URL): URLSearchParams {
  // URLSearchParams already treats "+" as a space; parsing the raw string keeps that rule.
  return new URLSearchParams(url.search);
}

/** Reads a boolean query parameter (`true`/`false`, any case); absent gives `fallback`. */
export function readBool(params: URLSearchParams, name: string, fallback: boolean): boolean {
  const raw = params.get(name);
  if (raw === null || raw === "") return fallback;
  return raw.toLowerCase() === "true";
}
