/**
 * Authentication, after routing and before anything reads the body: an operation that is not
 * anonymous needs `SSWS <API token>` (which acts as the seeded admin) or an OAuth access token
 * (`Bearer`, or `DPoP` with its proof) whose scopes include one the operation requires. A
 * missing or wrong credential is 401 E0000011/E0000005 (or the token check's own answer), a
 * token without the scope 403 E0000006 with the `WWW-Authenticate` Okta sends.
 *
 * @module
 */
import { OktaHttpError } from "../errors.ts";
import type { Exchange, Pipeline } from "./context.ts";

/** Sets the exchange's caller (left undefined for an anonymous operation) or throws the 401/403. */
export async function authenticate(pipeline: Pipeline, exchange: Exchange): Promise<void> {
  const op = exchange.operation;
  if (!op || op.anonymous) return;
  const { org, oauth, apiToken } = pipeline.parts;
  const { request, url } = exchange;
  const header = request.headers.get("Authorization") ?? "";
  const space = header.indexOf(" ");
  const scheme = space > 0 ? header.slice(0, space) : header;
  const credential = space > 0 ? header.slice(space + 1).trim() : "";
  if (scheme.toUpperCase() === "SSWS") {
    if (!constantTimeEqual(credential, apiToken())) throw new OktaHttpError("E0000011");
    // The API token is the seeded admin's and acts with that admin's roles.
    const admin = org.users.get(org.adminId);
    exchange.caller = {
      principal: { user: org.adminId },
      actor: {
        id: org.adminId,
        type: "User",
        alternateId: String(admin?.profile.login ?? "admin"),
        displayName: "Org Admin",
      },
    };
    return;
  }
  if (/^(bearer|dpop)$/i.test(scheme) && credential !== "") {
    const check = await oauth.verifyAccessToken({
      scheme,
      token: credential,
      dpopProof: request.headers.get("DPoP"),
      method: request.method,
      url: url.origin + url.pathname,
    });
    if (!check.ok) {
      throw new OktaHttpError(
        check.status === 401 ? "E0000011" : "E0000002",
        check.status === 401 ? "Invalid token provided" : check.description,
        { status: check.status, headers: check.headers },
      );
    }
    if (op.scopes.length > 0 && !op.scopes.some((s) => check.scopes.includes(s))) {
      const origin = url.origin;
      throw new OktaHttpError("E0000006", undefined, {
        headers: {
          "WWW-Authenticate": `${
            scheme.toLowerCase() === "dpop" ? "DPoP" : "Bearer"
          } authorization_uri="${origin}/oauth2/v1/authorize", realm="${origin}", scope="${
            op.scopes.join(" ")
          }", error="insufficient_scope", error_description="The access token provided does not contain the required scopes.", resource="${url.pathname}"`,
        },
      });
    }
    const subject = check.subject ? org.users.get(check.subject) : undefined;
    // A user's token acts with that user's roles, a service app's with the app's.
    exchange.caller = subject
      ? {
        principal: { user: subject.id },
        actor: {
          id: subject.id,
          type: "User",
          alternateId: String(subject.profile.login ?? ""),
          displayName: `${subject.profile.firstName ?? ""} ${subject.profile.lastName ?? ""}`
            .trim(),
        },
      }
      : {
        principal: { client: check.clientId },
        actor: {
          id: check.clientId,
          type: "PublicClientApp",
          alternateId: check.clientId,
          displayName: check.clientId,
        },
      };
    return;
  }
  throw new OktaHttpError("E0000005");
}

/** `a === b` in time that does not depend on where they differ (and never for an empty `b`). */
function constantTimeEqual(a: string, b: string): boolean {
  if (a.length !== b.length || b === "") return false;
  let diff = 0;
  for (let i = 0; i < a.length; i++) diff |= a.charCodeAt(i) ^ b.charCodeAt(i);
  return diff === 0;
}
