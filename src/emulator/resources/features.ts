/**
 * Features (`/api/v1/features`): a seeded catalogue of self-service features with
 * dependencies; `POST /features/{id}/enable|disable` (with `mode=force` enabling the
 * dependencies or disabling the dependents, otherwise refusing), dependency and dependent lists.
 *
 * @module
 */
import { touch } from "../undo.ts";
import type { Hono } from "../hono.ts";
import { notFound, OktaHttpError } from "../errors.ts";
import { type GenericItem, type Kind, type KindContext, storeOf } from "../long_tail/mod.ts";
import { json, link } from "../links.ts";
import type { EmulatorEnv, Org, RequestInfo } from "../org.ts";
import type { EmulatorResource } from "../resource.ts";

const BASE = "/api/v1/features";

/** Seeded features: [name, description, stage, status, dependency names]. */
const CATALOGUE: readonly [string, string, string, string, string[]][] = [
  ["Device Assurance", "Device assurance policies", "EA", "ENABLED", []],
  ["Okta Identity Engine Feature", "Identity engine capabilities", "EA", "ENABLED", []],
  ["Phishing Resistant Authenticators", "Phishing-resistant enrollment", "BETA", "DISABLED", [
    "Device Assurance",
  ]],
  ["Passkey Autofill", "Passkeys offered by autofill", "BETA", "DISABLED", [
    "Phishing Resistant Authenticators",
  ]],
  ["Custom Admin Roles", "Custom administrator roles", "EA", "ENABLED", []],
  ["Early Access Realms", "Realms for user partitioning", "EA", "DISABLED", []],
];

function deps(item: GenericItem): string[] {
  return (item.data._deps as string[] | undefined) ?? [];
}

function render(item: GenericItem, info: Pick<RequestInfo, "origin">): Record<string, unknown> {
  const { _deps: _, ...data } = item.data;
  return {
    ...structuredClone(data),
    _links: {
      self: link(info, `${BASE}/${item.id}`),
      dependencies: link(info, `${BASE}/${item.id}/dependencies`),
      dependents: link(info, `${BASE}/${item.id}/dependents`),
    },
  };
}

/** Features (read-only collection; lifecycle through the routes below). */
export const featuresKind: Kind = {
  collection: BASE,
  idPrefix: "ftr",
  targetType: "Feature",
  seed(org: Org) {
    const ids = new Map(CATALOGUE.map(([name]) => [name, org.ids.next("ftr")]));
    return CATALOGUE.map(([name, description, stage, status, dependsOn]) => ({
      id: ids.get(name),
      name,
      description,
      type: "self-service",
      status,
      stage: { value: stage, state: "OPEN" },
      _deps: dependsOn.map((d) => ids.get(d)),
    }));
  },
  render: (item, ctx: KindContext) => render(item, ctx.info),
};

function feature(org: Org, id: string): GenericItem {
  const item = storeOf(org).collection(BASE).get(id);
  if (!item) throw notFound(id, "Feature");
  return item;
}

function setStatus(org: Org, info: RequestInfo, item: GenericItem, status: string): void {
  if (item.data.status === status) return;
  touch(item); // dependents come from values(), not get(): save them before the change
  item.data.status = status;
  org.emit(
    status === "ENABLED" ? "system.feature.enable" : "system.feature.disable",
    `${status === "ENABLED" ? "Enable" : "Disable"} feature`,
    [{
      id: item.id,
      type: "Feature",
      alternateId: String(item.data.name),
      displayName: String(item.data.name),
    }],
    info,
  );
}

function dependents(org: Org, id: string): GenericItem[] {
  return storeOf(org).collection(BASE).values().filter((f) => deps(f).includes(id));
}

/** Transitive closure of a relation, excluding the start. */
function closure(start: GenericItem, next: (f: GenericItem) => GenericItem[]): GenericItem[] {
  const seen = new Map<string, GenericItem>();
  const stack = [start];
  while (stack.length) {
    for (const f of next(stack.pop()!)) {
      if (!seen.has(f.id) && f.id !== start.id) {
        seen.set(f.id, f);
        stack.push(f);
      }
    }
  }
  return [...seen.values()];
}

function lifecycle(org: Org, info: RequestInfo, id: string, verb: string): Response {
  const item = feature(org, id);
  const force = info.query.get("mode") === "force";
  const store = storeOf(org).collection(BASE);
  const up = (f: GenericItem) => deps(f).map((d) => store.get(d)).filter((d) => d !== undefined);
  if (verb === "enable") {
    const blockers = closure(item, up).filter((d) => d.data.status !== "ENABLED");
    if (blockers.length > 0 && !force) {
      throw new OktaHttpError("E0000001", "Api validation failed: dependencies", {
        causes: blockers.map((b) =>
          `Feature '${b.data.name}' must be enabled first (or use mode=force).`
        ),
      });
    }
    for (const b of blockers) setStatus(org, info, b, "ENABLED");
    setStatus(org, info, item, "ENABLED");
  } else if (verb === "disable") {
    const blockers = closure(item, (f) => dependents(org, f.id)).filter((d) =>
      d.data.status === "ENABLED"
    );
    if (blockers.length > 0 && !force) {
      throw new OktaHttpError("E0000001", "Api validation failed: dependents", {
        causes: blockers.map((b) => `Feature '${b.data.name}' depends on it (use mode=force).`),
      });
    }
    for (const b of blockers) setStatus(org, info, b, "DISABLED");
    setStatus(org, info, item, "DISABLED");
  } else {
    throw new OktaHttpError("E0000001", "Api validation failed: lifecycle", {
      causes: ["lifecycle: must be enable or disable."],
    });
  }
  org.changed();
  return json(render(item, info));
}

/** Feature lifecycle and dependency routes (the plain reads are the long tail's). */
export const featuresResource: EmulatorResource = {
  name: "features",
  register(app: Hono<EmulatorEnv>, org: Org): void {
    app.get(`${BASE}/:id/dependencies`, (c) => {
      const store = storeOf(org).collection(BASE);
      const item = feature(org, c.req.param("id"));
      const list = closure(item, (f) => deps(f).map((d) => store.get(d)!).filter(Boolean));
      return json(list.map((f) => render(f, c.env)));
    });
    app.get(`${BASE}/:id/dependents`, (c) => {
      const item = feature(org, c.req.param("id"));
      return json(closure(item, (f) => dependents(org, f.id)).map((f) => render(f, c.env)));
    });
    app.post(
      `${BASE}/:id/:lifecycle`,
      (c) => lifecycle(org, c.env, c.req.param("id"), c.req.param("lifecycle")),
    );
  },
};
