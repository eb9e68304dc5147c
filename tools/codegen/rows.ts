/**
 * Turns merged spec operations into `Operation` rows (without fluent names).
 *
 * @module
 */
import type {
  BodyKind,
  HttpMethod,
  Operation,
  OperationParameter,
  PagingStyle,
  ResponseKind,
} from "../../src/core/operation.ts";
import { deref, type Node, type RawOperation, refName } from "./spec.ts";

/** A row plus generator-only facts (never shipped in the row type). */
export interface BuiltRow {
  /** The row as shipped. */
  row: Operation;
  /** Request content type when it is not plain JSON/multipart. */
  contentType?: string;
  /** The resolved request body schema node (for types). */
  bodySchema?: Node;
  /** The resolved success response schema node (for types). */
  responseSchemaNode?: Node;
  /** Parameter schemas by name (for typed query setters). */
  paramSchemas: Map<string, Node>;
  /** The document the row's refs resolve against. */
  doc: Node;
}

function bodyInfo(
  raw: RawOperation,
): { kind: BodyKind; required: boolean; schema?: Node; contentType?: string } {
  const rbRaw = raw.op.requestBody;
  if (!rbRaw) return { kind: "none", required: false };
  const rb = deref(raw.doc, rbRaw);
  const content = rb.content ?? {};
  const types = Object.keys(content);
  const required = rb.required === true;
  if (types.includes("application/json")) {
    return { kind: "json", required, schema: content["application/json"].schema };
  }
  if (types.includes("application/merge-patch+json")) {
    return {
      kind: "json",
      required,
      schema: content["application/merge-patch+json"].schema,
      contentType: "application/merge-patch+json",
    };
  }
  if (types.includes("multipart/form-data")) {
    return { kind: "multipart", required, schema: content["multipart/form-data"].schema };
  }
  if (types.includes("application/x-www-form-urlencoded")) {
    return { kind: "form", required, schema: content["application/x-www-form-urlencoded"].schema };
  }
  if (types.some((t) => /x509|pkix|pem/.test(t))) {
    return { kind: "certificate", required, contentType: "application/x-x509-ca-cert" };
  }
  // Any other media type (e.g. a security event token) travels as raw text with its type.
  return { kind: "certificate", required, contentType: types[0] };
}

function successOf(raw: RawOperation): { status: number; node?: Node } {
  const responses = raw.op.responses ?? {};
  const codes = Object.keys(responses).sort();
  const ok = codes.find((c) => /^2\d\d$/.test(c));
  if (ok) return { status: Number(ok), node: deref(raw.doc, responses[ok]) };
  const redirect = codes.find((c) => /^3\d\d$/.test(c));
  return { status: redirect ? Number(redirect) : 200 };
}

function responseInfo(node: Node | undefined): { kind: ResponseKind; schema?: Node } {
  const content = node?.content;
  if (!content || Object.keys(content).length === 0) return { kind: "empty" };
  if (content["application/json"]) {
    return { kind: "json", schema: content["application/json"].schema };
  }
  const types = Object.keys(content);
  const xml = types.find((t) => /xml/.test(t));
  if (xml) return { kind: "xml" };
  const jsonish = types.find((t) => /json/.test(t));
  if (jsonish) return { kind: "json", schema: content[jsonish].schema };
  if (types.some((t) => t.startsWith("text/"))) return { kind: "text" };
  return { kind: "binary" };
}

function pathOrder(path: string): string[] {
  return [...path.matchAll(/\{([^}]+)\}/g)].map((m) => m[1]);
}

/** Builds one row from a merged operation. */
export function buildRow(raw: RawOperation): BuiltRow {
  const doc = raw.doc;
  const byName = new Map<string, Node>();
  for (const p of [...raw.pathParams, ...(raw.op.parameters ?? [])]) {
    const d = deref(doc, p);
    if (!d?.name || !d.in) continue;
    byName.set(`${d.in}:${d.name}`, d); // operation-level params override path-level ones
  }
  const order = pathOrder(raw.path);
  const params: OperationParameter[] = [];
  const paramSchemas = new Map<string, Node>();
  for (const name of order) {
    const d = byName.get(`path:${name}`);
    params.push({ name, in: "path", required: true, array: false });
    paramSchemas.set(name, d?.schema ?? { type: "string" });
  }
  for (const [key, d] of byName) {
    if (d.in === "path" || d.in === "cookie") continue;
    const schema = deref(doc, d.schema ?? {});
    params.push({
      name: d.name,
      in: d.in,
      required: d.required === true,
      array: schema.type === "array",
    });
    paramSchemas.set(key.startsWith("header:") ? d.name : d.name, d.schema ?? { type: "string" });
  }
  const body = bodyInfo(raw);
  const success = successOf(raw);
  const resp = responseInfo(success.node);
  const respSchema = resp.schema ? deref(doc, resp.schema) : undefined;
  const returnsArray = respSchema?.type === "array";
  const method = raw.method.toUpperCase() as HttpMethod;
  const queryNames = params.filter((p) => p.in === "query").map((p) => p.name);
  let paging: PagingStyle = "none";
  let itemsProperty: string | undefined;
  const pages = queryNames.includes("after") || queryNames.includes("limit");
  if (method === "GET" && returnsArray && pages) paging = "link";
  if (method === "GET" && !returnsArray && pages && respSchema?.properties) {
    const props = respSchema.properties;
    const arrays = Object.keys(props).filter((k) => deref(doc, props[k]).type === "array");
    if (props._links && arrays.length === 1) {
      paging = "body";
      itemsProperty = arrays[0];
    }
  }
  const security: Node[] = raw.op.security ?? doc.security ?? [];
  const scopes = new Set<string>();
  let apiToken = false;
  let anonymous = security.length === 0;
  for (const s of security) {
    if (Object.keys(s).length === 0) anonymous = true;
    if ("apiToken" in s) apiToken = true;
    for (const sc of s.oauth2 ?? []) scopes.add(sc);
  }
  const reqName = body.schema ? refName(body.schema) : undefined;
  const itemSchema = returnsArray ? resp.schema && deref(doc, resp.schema).items : resp.schema;
  const resName = itemSchema ? refName(itemSchema) : undefined;
  const lifecycle = raw.op["x-okta-lifecycle"]?.lifecycle;
  const row: Operation = {
    id: raw.op.operationId,
    method,
    path: raw.path,
    params,
    body: body.kind,
    bodyRequired: body.required,
    response: resp.kind,
    returnsArray,
    ...(itemsProperty ? { itemsProperty } : {}),
    paging,
    successStatus: success.status,
    scopes: [...scopes].sort(),
    apiToken,
    anonymous,
    tag: (raw.op.tags ?? ["Untagged"])[0],
    ...(reqName ? { requestSchema: reqName } : {}),
    ...(resName ? { responseSchema: resName } : {}),
    fluent: "",
    source: raw.source,
    ...(lifecycle && lifecycle !== "GA" ? { lifecycle: String(lifecycle) } : {}),
  };
  return {
    row,
    contentType: body.contentType,
    bodySchema: body.schema,
    responseSchemaNode: resp.schema,
    paramSchemas,
    doc,
  };
}
