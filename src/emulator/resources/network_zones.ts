/**
 * Network zones (`/api/v1/zones`): IP and dynamic zones, the three system zones, activate /
 * deactivate, delete only when INACTIVE, system zones never deleted, `filter` on id and usage.
 *
 * @module
 */
import { OktaHttpError } from "../errors.ts";
import type { GenericItem, Kind } from "../long_tail/mod.ts";
import { isObject, requireField, requireOneOf, requireUnique, simpleFilter } from "../validate.ts";
import type { Org } from "../org.ts";

const CIDR = /^(\d{1,3}\.){3}\d{1,3}(\/\d{1,2})?$/;
const RANGE = /^(\d{1,3}\.){3}\d{1,3}-(\d{1,3}\.){3}\d{1,3}$/;

function checkAddresses(body: Record<string, unknown>, field: string): void {
  const list = body[field];
  if (list === undefined || list === null) return;
  if (!Array.isArray(list)) throw bad(field, "must be an array");
  list.forEach((entry, i) => {
    if (!isObject(entry)) throw bad(`${field}[${i}]`, "must be an object");
    const type = String(entry.type ?? "");
    const value = String(entry.value ?? "");
    const ok = type === "CIDR" ? CIDR.test(value) : type === "RANGE" ? RANGE.test(value) : false;
    if (!ok) throw bad(`${field}[${i}].value`, `'${value}' is not a valid ${type || "CIDR"}`);
  });
}

function bad(field: string, cause: string): OktaHttpError {
  return new OktaHttpError("E0000001", `Api validation failed: ${field}`, {
    causes: [`${field}: ${cause}`],
  });
}

function seed(org: Org): Record<string, unknown>[] {
  const now = new Date(org.now()).toISOString();
  const zone = (name: string, type: string, usage: string, extra: Record<string, unknown>) => ({
    id: org.ids.next("nzo"),
    name,
    type,
    usage,
    status: "ACTIVE",
    system: true,
    created: now,
    lastUpdated: now,
    ...extra,
  });
  return [
    zone("LegacyIpZone", "IP", "POLICY", { gateways: [], proxies: [] }),
    zone("BlockedIpZone", "IP", "BLOCKLIST", { gateways: [], proxies: [] }),
    zone("DefaultEnhancedDynamicZone", "DYNAMIC_V2", "BLOCKLIST", {}),
  ];
}

/** Network zones. */
export const networkZonesKind: Kind = {
  collection: "/api/v1/zones",
  idPrefix: "nzo",
  targetType: "NetworkZone",
  seed,
  limits: { default: 200, max: 200 },
  validate(body, ctx, existing) {
    requireField(body, "name");
    requireOneOf(body, "type", ["IP", "DYNAMIC", "DYNAMIC_V2"]);
    if (body.usage !== undefined) requireOneOf(body, "usage", ["POLICY", "BLOCKLIST"]);
    checkAddresses(body, "gateways");
    checkAddresses(body, "proxies");
    requireUnique(ctx, "name", body.name, existing?.id);
    if (existing && existing.data.type !== body.type) throw bad("type", "cannot be changed");
    body.usage ??= "POLICY";
    body.system = existing?.data.system ?? false;
  },
  guard(verb, item: GenericItem) {
    if (verb === "delete" && item.data.system === true) {
      throw new OktaHttpError("E0000006", undefined, {
        causes: ["System network zones cannot be deleted."],
      });
    }
  },
  deleteActive: new OktaHttpError("E0000001", "Api validation failed: status", {
    causes: ["status: Deactivate the network zone before deleting it."],
  }),
  filter: (item, q) => simpleFilter(q.get("filter"), (f) => item.data[f]),
  events: {
    create: "zone.create",
    update: "zone.update",
    delete: "zone.delete",
    activate: "zone.activate",
    deactivate: "zone.deactivate",
  },
};
