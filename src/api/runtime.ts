/**
 * Runtime glue between the generated operation table and the client's builders: request specs
 * from fluent arguments, lazy namespaces, lookup by operationId, scopes.
 *
 * @module
 */
import type { Operation } from "../core/operation.ts";
import type { QueryValue, RequestSpec } from "../core/request_spec.ts";
import { toFormData } from "../core/request_body.ts";
import { CONTENT_TYPES, OPERATIONS } from "../core/operation_table.ts";

/** The two client members the fluent surface calls. */
export interface ApiHost {
  /** Starts a single request. */
  call(spec: RequestSpec): unknown;
  /** Starts a list request (awaitable and async-iterable). */
  callList(spec: RequestSpec): unknown;
}

/** Per-call extras accepted after the positional arguments. */
export interface CallOptions {
  /** Extra request headers (e.g. `If-Match`, `Accept-Language`). */
  headers?: Record<string, string>;
}

let byId: Map<string, Operation> | undefined;

/** The operation with this operationId, or a TypeError naming the unknown id. */
export function operationById(id: string): Operation {
  byId ??= new Map(OPERATIONS.map((op) => [op.id, op]));
  const op = byId.get(id);
  if (!op) {
    throw new TypeError(
      `Unknown Okta operationId "${id}": see docs/API.md for the ${OPERATIONS.length} operations`,
    );
  }
  return op;
}

/** The OAuth scopes that allow an operation (any one suffices); `[]` when none is needed. */
export function scopesFor(operationId: string): readonly string[] {
  return operationById(operationId).scopes;
}

/** Whether an operation's result is consumed through a list builder. */
export function isList(op: Operation): boolean {
  return op.returnsArray || op.paging !== "none";
}

function toMultipart(body: unknown): unknown {
  if (body instanceof Blob) {
    const form = new FormData();
    form.append("file", body);
    return form;
  }
  return body !== null && typeof body === "object" ? toFormData(body) : body;
}

// One array per operation: the builder caches its setter class by this array's identity.
const queryNamesCache = new WeakMap<Operation, readonly string[]>();

function queryNamesOf(op: Operation): readonly string[] {
  let names = queryNamesCache.get(op);
  if (names === undefined) {
    names = op.params.filter((p) => p.in === "query").map((p) => p.name);
    queryNamesCache.set(op, names);
  }
  return names;
}

/** Builds the RequestSpec of one operation from its parts. */
export function buildSpec(
  op: Operation,
  pathParams: Record<string, string | number>,
  query: Record<string, QueryValue> | undefined,
  body: unknown,
  headers: Record<string, string> | undefined,
): RequestSpec {
  const spec: RequestSpec = {
    method: op.method,
    path: op.path,
    pathParams,
    operationId: op.id,
    response: op.response,
    queryNames: queryNamesOf(op),
  };
  if (op.itemsProperty) spec.itemsProperty = op.itemsProperty;
  if (query && Object.keys(query).length) spec.query = query;
  if (op.body !== "none" && body !== undefined) {
    spec.body = op.body === "multipart" ? toMultipart(body) : body;
    spec.bodyKind = op.body;
  }
  const contentType = CONTENT_TYPES[op.id];
  const merged = contentType && spec.body !== undefined
    ? { "Content-Type": contentType, ...headers }
    : headers;
  if (merged && Object.keys(merged).length) spec.headers = merged;
  return spec;
}

function send(host: ApiHost, op: Operation, spec: RequestSpec): unknown {
  return isList(op) ? host.callList(spec) : host.call(spec);
}

/** A fluent method: path params positionally (path order), then the body, then options. */
function fluentMethod(host: ApiHost, op: Operation): (...args: unknown[]) => unknown {
  const names = op.params.filter((p) => p.in === "path").map((p) => p.name);
  const hasBody = op.body !== "none";
  return (...args: unknown[]): unknown => {
    const pathParams: Record<string, string | number> = {};
    names.forEach((name, i) => {
      const v = args[i];
      if (typeof v !== "string" && typeof v !== "number" || v === "") {
        throw new TypeError(
          `okta.${op.fluent}(${names.join(", ")}${hasBody ? ", body" : ""}): ` +
            `argument ${i + 1} (${name}) must be a non-empty string, got ${
              v === "" ? '""' : typeof v
            }`,
        );
      }
      pathParams[name] = v;
    });
    const body = hasBody ? args[names.length] : undefined;
    if (hasBody && op.bodyRequired && (body === undefined || body === null)) {
      throw new TypeError(`okta.${op.fluent}(): the request body is required`);
    }
    const options = args[names.length + (hasBody ? 1 : 0)] as CallOptions | undefined;
    return send(host, op, buildSpec(op, pathParams, undefined, body, options?.headers));
  };
}

/** Arguments of `okta.operation(id, args)`: path and query params by name, plus `body`/`headers`. */
export type OperationCallArgs = Record<string, unknown> & {
  /** The request body. */
  body?: unknown;
  /** Extra request headers. */
  headers?: Record<string, string>;
};

/** Starts any operation by operationId (the shape other Okta SDKs use). */
export function callOperation(host: ApiHost, id: string, args: OperationCallArgs = {}): unknown {
  const op = operationById(id);
  const pathParams: Record<string, string | number> = {};
  const query: Record<string, QueryValue> = {};
  const headers: Record<string, string> = { ...args.headers };
  const known = new Set(["body", "headers"]);
  for (const p of op.params) {
    known.add(p.name);
    const v = args[p.name];
    if (p.in === "path") {
      if (typeof v !== "string" && typeof v !== "number" || v === "") {
        throw new TypeError(`okta.operation("${id}"): path parameter "${p.name}" is required`);
      }
      pathParams[p.name] = v;
    } else if (p.in === "query" && v !== undefined) {
      query[p.name] = v as QueryValue;
    } else if (p.in === "header" && typeof v === "string") {
      headers[p.name] = v;
    }
  }
  for (const key of Object.keys(args)) {
    if (!known.has(key)) {
      throw new TypeError(`okta.operation("${id}"): unknown parameter "${key}"`);
    }
  }
  if (op.bodyRequired && args.body === undefined) {
    throw new TypeError(`okta.operation("${id}"): the request body is required`);
  }
  return send(host, op, buildSpec(op, pathParams, query, args.body, headers));
}

let tree: Map<string, Operation[]> | undefined;

/** Top-level namespace name → its operations (computed once). */
export function namespaceIndex(): Map<string, Operation[]> {
  if (tree) return tree;
  tree = new Map();
  for (const op of OPERATIONS) {
    const top = op.fluent.slice(0, op.fluent.indexOf("."));
    const list = tree.get(top);
    if (list) list.push(op);
    else tree.set(top, [op]);
  }
  return tree;
}

/** Builds one top-level namespace object (plain nested objects of functions). */
export function buildNamespace(host: ApiHost, top: string): Record<string, unknown> {
  const root: Record<string, unknown> = {};
  for (const op of namespaceIndex().get(top) ?? []) {
    const parts = op.fluent.split(".").slice(1);
    let node = root;
    for (const part of parts.slice(0, -1)) {
      node = (node[part] ??= {}) as Record<string, unknown>;
    }
    node[parts[parts.length - 1]] = fluentMethod(host, op);
  }
  return root;
}

/** Defines one lazy getter per top-level namespace; each builds its namespace on first access. */
export function defineNamespaces(host: ApiHost & object): void {
  for (const top of namespaceIndex().keys()) {
    if (top in host) {
      throw new TypeError(`okta.${top}: the generated namespace collides with a client member`);
    }
    Object.defineProperty(host, top, {
      configurable: true,
      enumerable: true,
      get(this: ApiHost) {
        const ns = buildNamespace(host, top);
        Object.defineProperty(host, top, { value: ns, enumerable: true, configurable: true });
        return ns;
      },
    });
  }
}
