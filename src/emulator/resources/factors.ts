/**
 * Factors of a user (`/api/v1/users/{userId}/factors`): enroll from the catalogue (one factor
 * per type and provider), PENDING_ACTIVATION until activated with a passcode (security
 * questions are ACTIVE at once, `activate=true` skips the step), verify (answer or passcode,
 * push answers WAITING then SUCCESS through the transaction), unenroll, the catalogue and the
 * question list, and `lifecycle/reset_factors` removing every enrollment.
 *
 * Passcodes cannot be checked against a real device: any 6-digit code is accepted, anything
 * else is 403 E0000068. Answers are kept (hashed) only to verify them, never rendered.
 *
 * @module
 */
import type { Hono } from "../hono.ts";
import { OktaHttpError } from "../errors.ts";
import {
  type GenericItem,
  type Kind,
  type KindContext,
  recordOf,
  storeOf,
} from "../long_tail/mod.ts";
import { isObject, requireField } from "../validate.ts";
import { json, link } from "../links.ts";
import type { EmulatorEnv, Org } from "../org.ts";
import type { EmulatorResource } from "../resource.ts";

/** factorType → [providers, id prefix, profile fields required]. */
const CATALOGUE: Record<string, [string[], string, string[]]> = {
  question: [["OKTA"], "ufs", ["question"]],
  sms: [["OKTA"], "sms", ["phoneNumber"]],
  call: [["OKTA"], "clf", ["phoneNumber"]],
  email: [["OKTA"], "emf", ["email"]],
  push: [["OKTA"], "opf", []],
  "token:software:totp": [["OKTA", "GOOGLE"], "ost", []],
  "token:hotp": [["CUSTOM"], "chf", []],
  token: [["RSA", "SYMANTEC"], "rsa", ["credentialId"]],
  "token:hardware": [["YUBICO"], "ykf", []],
  webauthn: [["FIDO"], "fwf", []],
  u2f: [["FIDO"], "fuf", []],
};

const QUESTIONS: [string, string][] = [
  ["disliked_food", "What is the food you least liked as a child?"],
  ["name_of_first_plush_toy", "What is the name of your first stuffed animal?"],
  ["first_award", "What did you earn your first medal or award for?"],
  ["favorite_security_question", "What is your favorite security question?"],
  ["favorite_toy", "What is the toy/stuffed animal you liked the most as a kid?"],
  ["first_computer_game", "What was the first computer game you played?"],
  ["favorite_movie_quote", "What is your favorite movie quote?"],
  ["first_sports_team_mascot", "What was the mascot of the first sports team you played on?"],
];

/** Hashed security answers: factor id → digest (saved with the store, never rendered). */
function answers(org: Org): Record<string, string> {
  return recordOf(org, "#factorAnswers");
}

async function digest(text: string): Promise<string> {
  const bytes = await crypto.subtle.digest(
    "SHA-256",
    new TextEncoder().encode(text.trim().toLowerCase()),
  );
  return Array.from(new Uint8Array(bytes), (b) => b.toString(16).padStart(2, "0")).join("");
}

function invalidPasscode(): OktaHttpError {
  return new OktaHttpError("E0000068", "Invalid Passcode/Answer", {
    status: 403,
    causes: ["Your passcode doesn't match our records. Please try again."],
  });
}

function target(
  ctx: KindContext,
): { id: string; type: string; alternateId: string; displayName: string } {
  const user = ctx.org.findUser(ctx.params.userId === "me" ? ctx.info.actor.id : ctx.params.userId);
  return user
    ? ctx.org.userTarget(user)
    : { id: "", type: "User", alternateId: "", displayName: "" };
}

const PASSCODE = /^\d{6}$/;

/** Factors. */
export const factorsKind: Kind = {
  collection: "/api/v1/users/{userId}/factors",
  idPrefix: "ufs",
  targetType: "Factor",
  initialStatus: (body) =>
    body.factorType === "question" ? "ACTIVE" : body._activate ? "ACTIVE" : "PENDING_ACTIVATION",
  validate(body, ctx) {
    const type = String(requireField(body, "factorType"));
    const entry = CATALOGUE[type];
    if (!entry) {
      throw new OktaHttpError("E0000001", "Api validation failed: factorType", {
        causes: [`factorType: '${type}' is not a supported factor type.`],
      });
    }
    body.provider ??= entry[0][0];
    if (!entry[0].includes(String(body.provider))) {
      throw new OktaHttpError("E0000001", "Api validation failed: provider", {
        causes: [`provider: ${type} factors use ${entry[0].join(" or ")}.`],
      });
    }
    const profile = isObject(body.profile) ? body.profile : {};
    for (const field of entry[2]) requireField({ profile }, `profile.${field}`);
    if (type === "question") {
      if (!QUESTIONS.some(([q]) => q === profile.question)) {
        throw new OktaHttpError("E0000001", "Api validation failed: profile.question", {
          causes: ["profile.question: not one of the questions of /factors/questions."],
        });
      }
      const answer = String(profile.answer ?? "");
      if (answer.trim().length < 4) {
        throw new OktaHttpError("E0000001", "Api validation failed: profile.answer", {
          causes: ["profile.answer: The security question answer must be at least 4 characters."],
        });
      }
      profile.questionText = QUESTIONS.find(([q]) => q === profile.question)![1];
    }
    const taken = ctx.store.collection(ctx.collection).values().some((f) =>
      f.data.factorType === type && f.data.provider === body.provider
    );
    if (taken) {
      throw new OktaHttpError("E0000001", "Api validation failed: factorType", {
        causes: ["factorType: A factor of this type is already set up."],
      });
    }
    body._activate = ctx.info.query.get("activate") === "true";
  },
  onCreate(item, ctx) {
    const type = String(item.data.factorType);
    const prefix = CATALOGUE[type][1];
    item.id = prefix + item.id.slice(3);
    item.data.id = item.id;
    delete item.data._activate;
    item.data.vendorName = item.data.provider;
    ctx.org.emit(
      item.data.status === "ACTIVE" ? "user.mfa.factor.activate" : "system.mfa.factor.activate",
      "Enroll factor",
      [target(ctx)],
      ctx.info,
    );
  },
  render(item, ctx) {
    const self = `${ctx.collection}/${item.id}`;
    const links: Record<string, unknown> = {
      self: link(ctx.info, self),
      user: link(ctx.info, ctx.collection.replace(/\/factors$/, "")),
    };
    if (item.data.status === "PENDING_ACTIVATION") {
      links.activate = {
        ...link(ctx.info, `${self}/lifecycle/activate`),
        hints: { allow: ["POST"] },
      };
    } else links.verify = { ...link(ctx.info, `${self}/verify`), hints: { allow: ["POST"] } };
    return { ...structuredClone(item.data), _links: links };
  },
  guard(verb, item, ctx) {
    if (verb === "update") {
      throw new OktaHttpError("E0000038", undefined, { causes: ["Factors cannot be edited."] });
    }
    if (verb === "delete") {
      delete answers(ctx.org)[item.id];
      ctx.org.emit("user.mfa.factor.deactivate", "Reset factor for user", [target(ctx)], ctx.info);
    }
  },
  actions: {
    activate(item, ctx) {
      if (item.data.status !== "PENDING_ACTIVATION") {
        throw new OktaHttpError("E0000038", undefined, {
          causes: ["The factor is not pending activation."],
        });
      }
      const code = (ctx as KindContext & { body?: Record<string, unknown> }).body?.passCode;
      if (!PASSCODE.test(String(code ?? ""))) throw invalidPasscode();
      item.data.status = "ACTIVE";
      item.data.lastUpdated = ctx.org.timestamp();
      ctx.org.emit("user.mfa.factor.activate", "Activate factor", [target(ctx)], ctx.info);
      return undefined;
    },
  },
};

async function verify(
  org: Org,
  ctx: KindContext,
  item: GenericItem,
  body: Record<string, unknown>,
): Promise<Response> {
  if (item.data.status !== "ACTIVE") {
    throw new OktaHttpError("E0000038", undefined, { causes: ["The factor is not active."] });
  }
  const self = `${ctx.collection}/${item.id}`;
  if (item.data.factorType === "push") {
    const tx = org.ids.next("v2m");
    pushes(org).set(tx, org.now());
    return json({
      factorResult: "WAITING",
      expiresAt: new Date(org.now() + 300_000).toISOString(),
      _links: { poll: link(ctx.info, `${self}/transactions/${tx}`) },
    }, 201);
  }
  let ok: boolean;
  if (item.data.factorType === "question") {
    const want = answers(org)[item.id];
    ok = want !== undefined && typeof body.answer === "string" &&
      await digest(body.answer) === want;
  } else ok = PASSCODE.test(String(body.passCode ?? ""));
  org.emit(
    "user.authentication.auth_via_mfa",
    "Authentication of user via MFA",
    [target(ctx)],
    ctx.info,
    {
      outcome: ok ? "SUCCESS" : "FAILURE",
    },
  );
  if (!ok) throw invalidPasscode();
  return json({ factorResult: "SUCCESS" });
}

const PUSHES = new WeakMap<Org, Map<string, number>>();
function pushes(org: Org): Map<string, number> {
  let m = PUSHES.get(org);
  if (!m) PUSHES.set(org, m = new Map());
  return m;
}

function context(org: Org, info: KindContext["info"], userId: string): KindContext {
  const user = org.findUser(userId === "me" ? info.actor.id : userId);
  if (!user) throw new OktaHttpError("E0000007", `Not found: Resource not found: ${userId} (User)`);
  const collection = `/api/v1/users/${user.id}/factors`;
  return { org, info, store: storeOf(org), collection, params: { userId: user.id } };
}

function requireFactor(ctx: KindContext, id: string): GenericItem {
  const item = ctx.store.collection(ctx.collection).get(id);
  if (!item) {
    throw new OktaHttpError("E0000007", `Not found: Resource not found: ${id} (UserFactor)`);
  }
  return item;
}

/** Factor routes beyond plain storage (registered before the users resource). */
export const factorsResource: EmulatorResource = {
  name: "factors",
  register(app: Hono<EmulatorEnv>, org: Org): void {
    // Enrollment keeps the security answer (hashed) before the generic store drops it.
    app.post("/api/v1/users/:userId/factors", async (c, next) => {
      const text = await c.req.raw.clone().text().catch(() => "");
      let answer: unknown;
      try {
        answer = JSON.parse(text)?.profile?.answer;
      } catch { /* the long tail reports malformed JSON */ }
      await next();
      if (c.res.status < 300 && typeof answer === "string") {
        const id = JSON.parse(await c.res.clone().text()).id;
        answers(org)[id] = await digest(answer);
      }
    });
    app.post("/api/v1/users/:userId/factors/:factorId/lifecycle/activate", async (c) => {
      const ctx = context(org, c.env, c.req.param("userId"));
      const item = requireFactor(ctx, c.req.param("factorId"));
      const body = await c.env.body();
      factorsKind.actions!.activate(item, Object.assign(ctx, { body }));
      org.changed();
      return json(factorsKind.render!(item, ctx));
    });
    app.post("/api/v1/users/:userId/factors/:factorId/verify", async (c) => {
      const ctx = context(org, c.env, c.req.param("userId"));
      const item = requireFactor(ctx, c.req.param("factorId"));
      return verify(org, ctx, item, await c.env.body());
    });
    app.get("/api/v1/users/:userId/factors/:factorId/transactions/:tx", (c) => {
      const ctx = context(org, c.env, c.req.param("userId"));
      requireFactor(ctx, c.req.param("factorId"));
      const started = pushes(org).get(c.req.param("tx"));
      if (started === undefined) {
        throw new OktaHttpError(
          "E0000007",
          `Not found: Resource not found: ${c.req.param("tx")} (Transaction)`,
        );
      }
      // The emulated device approves the push on the first poll.
      return json({ factorResult: org.now() - started > 300_000 ? "TIMEOUT" : "SUCCESS" });
    });
    app.get("/api/v1/users/:userId/factors/catalog", (c) => {
      const ctx = context(org, c.env, c.req.param("userId"));
      const enrolled = ctx.store.collection(ctx.collection).values();
      const out = Object.entries(CATALOGUE).flatMap(([factorType, [providers]]) =>
        providers.map((provider) => ({
          factorType,
          provider,
          vendorName: provider,
          status: enrolled.some((f) =>
              f.data.factorType === factorType && f.data.provider === provider
            )
            ? "ACTIVE"
            : "NOT_SETUP",
          enrollment: "OPTIONAL",
          _links: { enroll: { ...link(c.env, ctx.collection), hints: { allow: ["POST"] } } },
        }))
      );
      return json(out);
    });
    app.get("/api/v1/users/:userId/factors/questions", (c) => {
      context(org, c.env, c.req.param("userId"));
      return json(QUESTIONS.map(([question, questionText]) => ({ question, questionText })));
    });
    // Same parameter name as the users route it runs before (Hono keeps the first route's names).
    app.post("/api/v1/users/:id/lifecycle/reset_factors", async (c, next) => {
      await next();
      if (c.res.status >= 300) return;
      const user = org.findUser(c.req.param("id") === "me" ? c.env.actor.id : c.req.param("id"));
      if (!user) return;
      const store = storeOf(org);
      const col = store.collections.get(`/api/v1/users/${user.id}/factors`);
      if (col) { for (const f of [...col.values()]) col.delete(f.id); }
    });
  },
};
