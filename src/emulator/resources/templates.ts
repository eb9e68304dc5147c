/**
 * SMS templates (`/api/v1/templates/sms`): name, type `SMS_VERIFY_CODE`, a template that
 * contains `${code}`, translations; POST partial update, PUT replace; `templateType` filter.
 *
 * @module
 */
import { OktaHttpError } from "../errors.ts";
import type { Kind } from "../long_tail/mod.ts";
import { isObject, requireField, requireOneOf } from "../validate.ts";

/** SMS templates. */
export const smsTemplatesKind: Kind = {
  collection: "/api/v1/templates/sms",
  idPrefix: "cst",
  targetType: "SmsTemplate",
  initialStatus: null,
  validate(body) {
    requireField(body, "name");
    requireOneOf(body, "type", ["SMS_VERIFY_CODE"]);
    const template = String(requireField(body, "template"));
    const texts = [
      template,
      ...Object.values(isObject(body.translations) ? body.translations : {}),
    ];
    for (const text of texts) {
      if (!String(text).includes("${code}") || String(text).length > 160) {
        throw new OktaHttpError("E0000001", "Api validation failed: template", {
          causes: ["template: must contain ${code} and be at most 160 characters."],
        });
      }
    }
  },
  filter: (item, q) => !q.get("templateType") || item.data.type === q.get("templateType"),
};
