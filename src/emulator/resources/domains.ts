/**
 * Custom domains (`/api/v1/domains`): `domain` + `certificateSourceType`; created NOT_STARTED
 * with the TXT and CNAME records to publish; `verify` completes the validation (no DNS lookup);
 * the list is `{domains: […]}`; unique domain names.
 *
 * @module
 */
import { OktaHttpError } from "../errors.ts";
import type { Kind } from "../long_tail/mod.ts";
import { requireField, requireOneOf, requireUnique } from "../validate.ts";
import { link } from "../links.ts";

const BASE = "/api/v1/domains";
const HOST = /^(?=.{1,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/i;

/** Custom domains. */
export const domainsKind: Kind = {
  collection: BASE,
  idPrefix: "OcD",
  targetType: "Domain",
  initialStatus: null,
  validate(body, ctx, existing) {
    const domain = String(existing?.data.domain ?? requireField(body, "domain")).toLowerCase();
    if (!HOST.test(domain)) {
      throw new OktaHttpError("E0000001", "Api validation failed: domain", {
        causes: ["domain: must be a fully qualified host name."],
      });
    }
    requireUnique(ctx, "domain", domain, existing?.id);
    body.domain = domain;
    body.certificateSourceType ??= existing?.data.certificateSourceType ?? "MANUAL";
    requireOneOf(body, "certificateSourceType", ["MANUAL", "OKTA_MANAGED"]);
    if (!existing) {
      body.validationStatus = "NOT_STARTED";
      body.dnsRecords = [
        {
          recordType: "TXT",
          fqdn: `_oktaverification.${domain}`,
          values: [ctx.org.ids.next("").slice(0, 32)],
        },
        {
          recordType: "CNAME",
          fqdn: domain,
          values: [`${domain.split(".")[0]}.customdomains.okta.com`],
        },
      ];
    } else {
      body.validationStatus = existing.data.validationStatus;
      body.dnsRecords = existing.data.dnsRecords;
    }
  },
  list: (items) => ({ domains: items }),
  actions: {
    verify(item, ctx) {
      item.data.validationStatus = "VERIFIED";
      if (item.data.certificateSourceType === "OKTA_MANAGED") {
        item.data.publicCertificate = {
          subject: `CN=${item.data.domain}`,
          fingerprint: ctx.org.ids.next("").slice(0, 20),
          expiration: new Date(ctx.org.now() + 90 * 86_400_000).toISOString(),
        };
        item.data.validationStatus = "COMPLETED";
      }
      ctx.org.emit("system.custom_url_domain.verify", "Verify custom domain", [{
        id: item.id,
        type: "Domain",
        alternateId: String(item.data.domain),
        displayName: String(item.data.domain),
      }], ctx.info);
      return undefined;
    },
  },
  render(item, ctx) {
    return {
      ...structuredClone(item.data),
      _links: {
        self: link(ctx.info, `${BASE}/${item.id}`),
        verify: { ...link(ctx.info, `${BASE}/${item.id}/verify`), hints: { allow: ["POST"] } },
        certificate: {
          ...link(ctx.info, `${BASE}/${item.id}/certificate`),
          hints: { allow: ["PUT"] },
        },
      },
    };
  },
  events: {
    create: "system.custom_url_domain.initiate",
    update: "system.custom_url_domain.update",
    delete: "system.custom_url_domain.delete",
  },
};
