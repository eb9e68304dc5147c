/**
 * `deno task logs-tail`: follows the System Log by polling its next links (every page of a
 * polling query has one), or reads a bounded window with `--until`. Ctrl-C stops cleanly.
 *
 * @module
 */
import { defineTask, main, UsageError } from "./_framework/mod.ts";
import type { ArgSpecs, TaskDefinition } from "./_framework/mod.ts";
import { cell } from "./_framework/output.ts";
import { sleep } from "../src/core/sleep.ts";
import { parseTime, pick } from "./_framework/util.ts";
import type { LogEvent } from "../mod.ts";

/** Columns of the flat (table, csv, pretty) form of an event. */
export const LOG_COLUMNS: readonly string[] = [
  "published",
  "severity",
  "eventType",
  "actor",
  "outcome",
  "targets",
  "displayMessage",
  "ipAddress",
  "uuid",
];

/** The arguments of the logs-tail task. */
export const ARGS = {
  since: {
    type: "string",
    description: "start: ISO 8601 time or a duration ago (15m, 2h, 7d)",
    default: "15m",
    placeholder: "TIME",
  },
  until: {
    type: "string",
    description: "end: ISO 8601 time or duration ago; makes the query bounded",
    placeholder: "TIME",
  },
  filter: {
    type: "string",
    description: 'System Log filter, e.g. eventType eq "user.session.start"',
    placeholder: "EXPR",
  },
  q: { type: "string", description: "keywords that must all match", placeholder: "WORDS" },
  interval: { type: "number", description: "seconds between polls of an empty page", default: 5 },
  limit: { type: "number", description: "page size (1-1000)", default: 100 },
  max: { type: "number", description: "stop after this many events", placeholder: "N" },
} as const satisfies ArgSpecs;

/** The logs-tail task. */
export const task: TaskDefinition<typeof ARGS> = defineTask({
  name: "logs-tail",
  description: "Follow the System Log (polling next links), or read a window with --until",
  details: "Without --until it keeps polling: each page's next link is requested again after " +
    "--interval seconds when it brought nothing new, until Ctrl-C or --max events. With --until it " +
    "reads the window from --since to --until and stops. json/ndjson write whole events; table, " +
    "csv and pretty write one flat line per event.",
  args: ARGS,
  scopes: ["okta.logs.read"],
  permissions: { write: ["out"] },
  formats: ["pretty", "ndjson", "json", "csv", "table"],
  defaultFormat: "pretty",
  columns: LOG_COLUMNS,
  pretty: (row) =>
    [
      cell(row.published),
      String(row.severity ?? "").padEnd(5),
      cell(row.eventType),
      cell(row.actor),
      row.targets ? `-> ${cell(row.targets)}` : "",
      cell(row.outcome),
      cell(row.displayMessage),
    ].filter(Boolean).join("  "),
  examples: [
    "deno task logs-tail                                   # follow, from 15 minutes ago",
    "deno task logs-tail --filter 'eventType sw \"user.lifecycle\"' --format ndjson",
    "deno task logs-tail --since 2026-11-01T00:00:00Z --until 2026-11-02T00:00:00Z --format csv --out out/day.csv",
  ],
  async run(ctx) {
    const now = Date.now();
    const since = parseTime(ctx.args.since, now);
    if (!since) throw new UsageError(`--since must be an ISO 8601 time or a duration like 15m`);
    const until = ctx.args.until === undefined ? undefined : parseTime(ctx.args.until, now);
    if (ctx.args.until !== undefined && !until) {
      throw new UsageError(`--until must be an ISO 8601 time or a duration like 15m`);
    }
    const { limit, interval, max } = ctx.args;
    if (!Number.isInteger(limit) || limit < 1 || limit > 1000) {
      throw new UsageError(`--limit must be an integer from 1 to 1000: got ${limit}`);
    }
    if (!(interval >= 0)) throw new UsageError(`--interval must be 0 or more seconds`);
    if (max !== undefined && !(max >= 1)) throw new UsageError(`--max must be at least 1`);
    const whole = ctx.options.format === "json" || ctx.options.format === "ndjson";

    let count = 0;
    const seen = new Set<string>();
    try {
      let page = await ctx.okta.logs.list().query({
        since: since.toISOString(),
        until: until?.toISOString(),
        filter: ctx.args.filter,
        q: ctx.args.q,
        limit,
        sortOrder: "ASCENDING",
      }).withResponse();
      while (true) {
        let fresh = 0;
        for (const event of page.data) {
          // A polling page can repeat an event already seen; print each once.
          if (event.uuid) {
            if (seen.has(event.uuid)) continue;
            seen.add(event.uuid);
            if (seen.size > 10_000) seen.delete(seen.values().next().value!);
          }
          await ctx.emit(whole ? { ...event } : flatten(event));
          ctx.succeeded();
          fresh++;
          if (max !== undefined && ++count >= max) return;
        }
        if (!page.nextUrl || ctx.signal.aborted) return;
        if (fresh === 0 && until === undefined) {
          // Rejects when Ctrl-C aborts the wait: the catch below turns that into a clean stop.
          await sleep(interval * 1000, ctx.signal);
        }
        page = await ctx.okta.paginate<LogEvent>(page.nextUrl).withResponse();
      }
    } catch (error) {
      // Ctrl-C while a request is in flight: a clean stop, not a failure.
      if (ctx.signal.aborted) return;
      throw error;
    }
  },
});

/** The flat form of an event, for table, csv and pretty output. */
export function flatten(event: LogEvent): Record<string, unknown> {
  return {
    published: event.published,
    severity: event.severity,
    eventType: event.eventType,
    actor: event.actor?.alternateId ?? event.actor?.displayName,
    outcome: event.outcome?.result,
    targets: (event.target ?? []).map((t) => t.alternateId ?? t.displayName ?? "").filter(Boolean),
    displayMessage: event.displayMessage,
    ipAddress: pick(event, "client.ipAddress"),
    uuid: event.uuid,
  };
}

if (import.meta.main) await main(task);
