// A recording stand-in for the client's call()/callList(): returns a chainable builder whose
// query setters (one per spec.queryNames entry) record values, like the core builders do.
import type { RequestSpec } from "../../src/core/request_spec.ts";
import type { ApiHost } from "../../src/api/mod.ts";

export interface Recorded {
  kind: "call" | "callList";
  spec: RequestSpec;
  query: Record<string, unknown>;
}

export function fakeHost(): ApiHost & { calls: Recorded[] } {
  const calls: Recorded[] = [];
  const make = (kind: Recorded["kind"], spec: RequestSpec): unknown => {
    const rec: Recorded = { kind, spec, query: { ...spec.query } };
    calls.push(rec);
    const builder: Record<string, unknown> = {};
    for (const name of spec.queryNames ?? []) {
      builder[name] = (value: unknown) => {
        rec.query[name] = value;
        return builder;
      };
    }
    return builder;
  };
  return {
    calls,
    call: (spec: RequestSpec) => make("call", spec),
    callList: (spec: RequestSpec) => make("callList", spec),
  };
}
