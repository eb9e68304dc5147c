/**
 * The System Log: polling queries (no `until`, ascending: every page has a next link) and
 * bounded queries (`until` given: ordered by `published`, finite), `filter` and `q`.
 *
 * @module
 */
import type { Hono } from "../hono.ts";
import { OktaHttpError } from "../errors.ts";
import { evaluate } from "../filter.ts";
import { listResponse } from "../links.ts";
import type { EmulatorEnv, LogEventRecord, Org, RequestInfo } from "../org.ts";
import { decodeCursor, encodeCursor, readAfter, readLimit } from "../paging.ts";
import type { EmulatorResource } from "../resource.ts";
import { compileExpression } from "../rules.ts";

const ALL_OPS = ["eq", "co", "sw", "ew", "pr", "gt", "ge", "lt", "le"];
const NO_CO = ["debugContext.debugData.url", "debugContext.debugData.requestUri"];
const DAY = 86_400_000;

function readTime(params: URLSearchParams, name: string): number | undefined {
  const raw = params.get(name);
  if (raw === null || raw === "") return undefined;
  const t = /^\d{4}-\d{2}-\d{2}(T[\d:.]+(Z|[+-]\d{2}:?\d{2})?)?$/.test(raw) ? Date.parse(raw) : NaN;
  if (Number.isNaN(t)) {
    throw new OktaHttpError("E0000030", undefined, {
      causes: [`${name}: '${raw}' is not an ISO 8601 date.`],
    });
  }
  return t;
}

function buildMatcher(org: Org, q: URLSearchParams): (e: LogEventRecord) => boolean {
  const tests: ((e: LogEventRecord) => boolean)[] = [];
  const filter = q.get("filter");
  if (filter) {
    const node = compileExpression("filter", filter, {
      allowNot: true,
      operators: (attr) => {
        if (attr === "published") return undefined;
        if (NO_CO.includes(attr)) return ALL_OPS.filter((op) => op !== "co");
        return /^[A-Za-z][A-Za-z0-9_.]*$/.test(attr) ? ALL_OPS : undefined;
      },
    }, "E0000053");
    tests.push((e) => evaluate(node, e.event, false));
  }
  const text = q.get("q");
  if (text) {
    const words = text.split(/\s+/).filter((w) => w !== "");
    if (words.length > 10 || words.some((w) => w.length > 40)) {
      throw new OktaHttpError("E0000053", "Invalid filter parameter.", {
        causes: ["q: at most 10 keywords of at most 40 characters each."],
      });
    }
    const lowered = words.map((w) => w.toLowerCase());
    tests.push((e) => {
      const haystack = JSON.stringify(e.event).toLowerCase();
      return lowered.every((w) => haystack.includes(w));
    });
  }
  void org;
  return (e) => tests.every((t) => t(e));
}

function listLogs(org: Org, info: RequestInfo): Response {
  const q = info.query;
  const limit = readLimit(q, { default: 100, max: 1000 });
  const sortOrder = (q.get("sortOrder") ?? "ASCENDING").toUpperCase();
  if (sortOrder !== "ASCENDING" && sortOrder !== "DESCENDING") {
    throw new OktaHttpError("E0000001", "Api validation failed: sortOrder", {
      causes: ["sortOrder: must be ASCENDING or DESCENDING."],
    });
  }
  const now = org.now();
  const until = readTime(q, "until");
  const since = readTime(q, "since");
  if (since !== undefined && q.get("after") && until === undefined) {
    throw new OktaHttpError("E0000001", "Api validation failed: since", {
      causes: ["since: since and after are mutually exclusive; follow the next link instead."],
    });
  }
  if (since !== undefined && since < now - 180 * DAY) {
    throw new OktaHttpError("E0000053", "Invalid filter parameter.", {
      causes: ["since: must be within the last 180 days."],
    });
  }
  const match = buildMatcher(org, q);
  const polling = until === undefined && sortOrder === "ASCENDING";
  if (polling) {
    const after = readAfter(q);
    const from = since ?? now - 7 * DAY;
    const page = org.logs.page(
      after,
      limit,
      (e) => (after !== undefined || e.time >= from) && match(e),
    );
    const last = page.items.length > 0
      ? page.items[page.items.length - 1].seq
      : after ?? org.logs.values()[org.logs.size - 1]?.seq ?? 0;
    const url = new URL(info.url.href);
    url.searchParams.delete("since");
    return listResponseWithNext(info, url, page.items.map((e) => e.event), last);
  }
  const end = until ?? now;
  const start = since ?? end - 7 * DAY;
  const all = org.logs.values().filter((e) => e.time >= start && e.time < end && match(e));
  all.sort((a, b) => a.time - b.time || a.seq - b.seq);
  if (sortOrder === "DESCENDING") all.reverse();
  const afterRaw = q.get("after");
  const offset = afterRaw ? decodeCursor(afterRaw) : 0;
  const items = all.slice(offset, offset + limit);
  if (offset + limit < all.length) {
    const url = new URL(info.url.href);
    url.searchParams.delete("since");
    if (!url.searchParams.has("until")) url.searchParams.set("until", new Date(end).toISOString());
    url.searchParams.set("since", new Date(start).toISOString());
    return listResponseWithNext(info, url, items.map((e) => e.event), offset + limit, true);
  }
  return listResponse(info, items.map((e) => e.event));
}

/** A page whose next link carries `after` (and, for bounded pages, the fixed window). */
function listResponseWithNext(
  info: RequestInfo,
  nextBase: URL,
  items: unknown[],
  cursor: number,
  keepSince = false,
): Response {
  const headers = new Headers({ "Content-Type": "application/json" });
  headers.append("Link", `<${info.url.href}>; rel="self"`);
  const next = new URL(nextBase.href);
  if (!keepSince) next.searchParams.delete("since");
  next.searchParams.set("after", encodeCursor(cursor));
  headers.append("Link", `<${next.href}>; rel="next"`);
  return new Response(JSON.stringify(items), { status: 200, headers });
}

/** Routes of `/api/v1/logs`. */
export const logsResource: EmulatorResource = {
  name: "logs",
  register(app: Hono<EmulatorEnv>, org: Org): void {
    app.get("/api/v1/logs", (c) => listLogs(org, c.env));
  },
};
