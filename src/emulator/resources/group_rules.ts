/**
 * Group rules: create (INACTIVE), replace while inactive, activate (evaluates every user),
 * deactivate, delete, and re-evaluation when users are created or updated.
 *
 * The expression language is a small subset of Okta EL: `user.attr == "v"`, `!=`, `&&`, `||`,
 * `!`, parentheses, `String.startsWith(user.attr, "v")`, `String.stringContains(user.attr, "v")`
 * and `isMemberOfAnyGroup("00g…", …)`.
 *
 * @module
 */
import type { Hono } from "../hono.ts";
import { notFound, OktaHttpError, validation } from "../errors.ts";
import { json, link, listResponse, noContent } from "../links.ts";
import type { EmulatorEnv, GroupRuleRecord, Org, RequestInfo, UserRecord } from "../org.ts";
import { readAfter, readLimit } from "../paging.ts";
import { readBool } from "../query.ts";
import type { EmulatorResource } from "../resource.ts";

type Value = string | boolean | string[] | null;
type Expr = (user: UserRecord, org: Org) => Value;

/** Deepest nesting of `(` and `!` in a rule expression (parsing recurses on them). */
export const MAX_RULE_NESTING = 100;
/** Most `&&`/`||` in a rule expression (evaluation recurses once per operator). */
export const MAX_RULE_OPERATORS = 1000;

/** Compiles a group-rule expression; throws a message on a syntax error. */
export function compileRuleExpression(source: string): (user: UserRecord, org: Org) => boolean {
  const tokens =
    source.match(/"(?:[^"\\]|\\.)*"|'(?:[^'\\]|\\.)*'|==|!=|&&|\|\||[!(),]|[A-Za-z_][\w.]*|\S/g) ??
      [];
  let p = 0;
  let nesting = 0;
  const fail = (what: string): never => {
    throw new Error(`Invalid expression: ${what} at token ${p + 1}.`);
  };
  // Bounded so a hostile expression is a 400, never a stack overflow while parsing or evaluating.
  if (tokens.filter((t) => t === "&&" || t === "||").length > MAX_RULE_OPERATORS) {
    fail(`more than ${MAX_RULE_OPERATORS} && and || operators`);
  }
  function or(): Expr {
    let left = and();
    while (tokens[p] === "||") {
      p++;
      const l = left, r = and();
      left = (u, o) => truthy(l(u, o)) || truthy(r(u, o));
    }
    return left;
  }
  function and(): Expr {
    let left = cmp();
    while (tokens[p] === "&&") {
      p++;
      const l = left, r = cmp();
      left = (u, o) => truthy(l(u, o)) && truthy(r(u, o));
    }
    return left;
  }
  function cmp(): Expr {
    const left = unary();
    const op = tokens[p];
    if (op === "==" || op === "!=") {
      p++;
      const right = unary();
      return (u, o) => (String(left(u, o)) === String(right(u, o))) === (op === "==");
    }
    return left;
  }
  function unary(): Expr {
    const tok = tokens[p++];
    if (tok === undefined) return fail("unexpected end");
    if (tok === "!" || tok === "(") {
      if (++nesting > MAX_RULE_NESTING) fail(`nesting deeper than ${MAX_RULE_NESTING} levels`);
      let inner: Expr;
      if (tok === "!") {
        const negated = unary();
        inner = (u, o) => !truthy(negated(u, o));
      } else {
        inner = or();
        if (tokens[p++] !== ")") fail("missing ')'");
      }
      nesting--;
      return inner;
    }
    if (/^["']/.test(tok)) {
      const s = tok.slice(1, -1).replace(/\\(.)/g, "$1");
      return () => s;
    }
    if (tok === "true" || tok === "false") return () => tok === "true";
    if (tok === "null") return () => null;
    if (/^[A-Za-z_]/.test(tok)) {
      if (tokens[p] === "(") {
        p++;
        const args: Expr[] = [];
        while (tokens[p] !== ")") {
          args.push(or());
          if (tokens[p] === ",") p++;
          else if (tokens[p] !== ")") fail("expected ',' or ')'");
        }
        p++;
        return call(tok, args);
      }
      if (tok.startsWith("user.")) {
        const attr = tok.slice(5);
        return (u) => {
          if (attr === "id" || attr === "status") return u[attr];
          const v = u.profile[attr];
          return v === undefined || v === null
            ? null
            : Array.isArray(v)
            ? v.map(String)
            : String(v);
        };
      }
      return fail(`unknown name '${tok}'`);
    }
    return fail(`unexpected '${tok}'`);
  }
  function call(name: string, args: Expr[]): Expr {
    switch (name) {
      case "String.startsWith":
        return (u, o) => String(args[0]?.(u, o) ?? "").startsWith(String(args[1]?.(u, o) ?? ""));
      case "String.stringContains":
        return (u, o) => String(args[0]?.(u, o) ?? "").includes(String(args[1]?.(u, o) ?? ""));
      case "isMemberOfAnyGroup":
        return (u, o) => args.some((a) => o.userGroups.get(u.id)?.has(String(a(u, o))) ?? false);
      default:
        return fail(`unknown function '${name}'`);
    }
  }
  const expr = or();
  if (p < tokens.length) fail(`unexpected '${tokens[p]}'`);
  return (user, org) => truthy(expr(user, org));
}

function truthy(v: Value): boolean {
  return v === true || (typeof v === "string" && v !== "" && v !== "false");
}

function render(rule: GroupRuleRecord, info: Pick<RequestInfo, "origin">): Record<string, unknown> {
  return {
    id: rule.id,
    ...structuredClone(rule.data),
    _links: { self: link(info, `/api/v1/groups/rules/${rule.id}`) },
  };
}

function parseRule(org: Org, body: Record<string, unknown>): Record<string, unknown> {
  if (typeof body.name !== "string" || body.name.trim() === "") {
    throw validation("name", "The field cannot be left blank");
  }
  const conditions = (body.conditions ?? {}) as Record<string, Record<string, unknown>>;
  const expression = conditions.expression?.value;
  if (typeof expression !== "string" || expression === "") {
    throw validation("conditions.expression.value", "The field cannot be left blank");
  }
  try {
    compileRuleExpression(expression);
  } catch (error) {
    throw validation("conditions.expression.value", (error as Error).message);
  }
  const actions = (body.actions ?? {}) as Record<string, Record<string, unknown>>;
  const groupIds = actions.assignUserToGroups?.groupIds;
  if (!Array.isArray(groupIds) || groupIds.length === 0) {
    throw validation("actions.assignUserToGroups.groupIds", "The field cannot be left blank");
  }
  for (const gid of groupIds) {
    const group = org.groups.get(String(gid));
    if (!group || group.type !== "OKTA_GROUP") {
      throw validation("actions.assignUserToGroups.groupIds", `Invalid group id ${gid}`);
    }
  }
  return {
    type: "group_rule",
    name: body.name,
    conditions: {
      people: conditions.people ?? { users: { exclude: [] }, groups: { exclude: [] } },
      expression: { value: expression, type: "urn:okta:expression:1.0" },
    },
    actions: { assignUserToGroups: { groupIds: groupIds.map(String) } },
  };
}

/** Applies an active rule to one user (adds the rule's groups when it matches). */
function applyRule(org: Org, rule: GroupRuleRecord, user: UserRecord): void {
  if (rule.data.status !== "ACTIVE" || user.status === "DEPROVISIONED") return;
  const data = rule.data as {
    conditions: { expression: { value: string }; people?: { users?: { exclude?: string[] } } };
    actions: { assignUserToGroups: { groupIds: string[] } };
  };
  if (data.conditions.people?.users?.exclude?.includes(user.id)) return;
  let test = compiled.get(rule);
  if (!test) compiled.set(rule, test = compileRuleExpression(data.conditions.expression.value));
  if (!test(user, org)) return;
  for (const gid of data.actions.assignUserToGroups.groupIds) {
    const group = org.groups.get(gid);
    if (group && org.addMember(group, user)) {
      org.emit("group.user_membership.add", "Add user to group membership", [
        org.userTarget(user),
        org.groupTarget(group),
      ]);
    }
  }
}

/** Compiled expressions per rule object (dropped when the rule changes). */
const compiled = new WeakMap<GroupRuleRecord, (user: UserRecord, org: Org) => boolean>();

function requireRule(org: Org, id: string): GroupRuleRecord {
  const rule = org.groupRules.get(id);
  if (!rule) throw notFound(id, "GroupRule");
  return rule;
}

async function createRule(org: Org, info: RequestInfo): Promise<Response> {
  const data = parseRule(org, await info.body());
  const now = org.timestamp();
  const rule: GroupRuleRecord = {
    seq: org.seq.next(),
    id: org.ids.next("0pr"),
    data: { ...data, status: "INACTIVE", created: now, lastUpdated: now },
  };
  org.groupRules.set(rule);
  org.emit("group.rule.create", "Create group rule", [{
    id: rule.id,
    type: "GroupRule",
    alternateId: String(data.name),
    displayName: String(data.name),
  }], info);
  org.changed();
  return json(render(rule, info));
}

async function replaceRule(org: Org, info: RequestInfo, id: string): Promise<Response> {
  const rule = requireRule(org, id);
  if (rule.data.status === "ACTIVE") {
    throw new OktaHttpError("E0000001", "Api validation failed: status", {
      causes: ["status: deactivate the rule before changing it."],
    });
  }
  const data = parseRule(org, await info.body());
  rule.data = {
    ...data,
    status: rule.data.status,
    created: rule.data.created,
    lastUpdated: org.timestamp(),
  };
  compiled.delete(rule);
  org.changed();
  return json(render(rule, info));
}

function ruleLifecycle(org: Org, info: RequestInfo, id: string, op: string): Response {
  const rule = requireRule(org, id);
  if (op !== "activate" && op !== "deactivate") throw new OktaHttpError("E0000008");
  const status = op === "activate" ? "ACTIVE" : "INACTIVE";
  if (rule.data.status !== status) {
    rule.data.status = status;
    rule.data.lastUpdated = org.timestamp();
    org.emit(`group.rule.${op}`, `${op === "activate" ? "Activate" : "Deactivate"} group rule`, [{
      id: rule.id,
      type: "GroupRule",
      alternateId: String(rule.data.name),
      displayName: String(rule.data.name),
    }], info);
    if (status === "ACTIVE") { for (const user of org.users.values()) applyRule(org, rule, user); }
    org.changed();
  }
  return new Response(null, { status: 204 });
}

function deleteRule(org: Org, info: RequestInfo, id: string): Response {
  const rule = requireRule(org, id);
  if (readBool(info.query, "removeUsers", false)) {
    const gids =
      (rule.data.actions as { assignUserToGroups: { groupIds: string[] } }).assignUserToGroups
        .groupIds;
    const test = compileRuleExpression(
      (rule.data.conditions as { expression: { value: string } }).expression.value,
    );
    for (const gid of gids) {
      const group = org.groups.get(gid);
      if (!group) continue;
      for (const m of [...group.members.values()]) {
        const user = org.users.get(m.id);
        if (user && test(user, org)) org.removeMember(group, user.id);
      }
    }
  }
  org.groupRules.delete(rule.id);
  compiled.delete(rule);
  org.changed();
  return noContent();
}

/** Routes of `/api/v1/groups/rules` (registered before `/api/v1/groups/{id}`). */
export const groupRulesResource: EmulatorResource = {
  name: "group rules",
  owns: [{ path: "/api/v1/groups/rules" }],
  register(app: Hono<EmulatorEnv>, org: Org): void {
    org.userListeners.push((user) => {
      for (const rule of org.groupRules.values()) applyRule(org, rule, user);
    });
    app.get("/api/v1/groups/rules", (c) => {
      const q = c.env.query;
      const limit = readLimit(q, { default: 50, max: 200 });
      const search = q.get("search")?.toLowerCase();
      const page = org.groupRules.page(
        readAfter(q),
        limit,
        search ? (r) => String(r.data.name).toLowerCase().includes(search) : undefined,
      );
      return listResponse(
        c.env,
        page.items.map((r) => render(r, c.env)),
        page.nextSeq,
      );
    });
    app.post("/api/v1/groups/rules", (c) => createRule(org, c.env));
    app.get(
      "/api/v1/groups/rules/:id",
      (c) => json(render(requireRule(org, c.req.param("id")), c.env)),
    );
    app.put("/api/v1/groups/rules/:id", (c) => replaceRule(org, c.env, c.req.param("id")));
    app.delete("/api/v1/groups/rules/:id", (c) => deleteRule(org, c.env, c.req.param("id")));
    app.post(
      "/api/v1/groups/rules/:id/lifecycle/:op",
      (c) => ruleLifecycle(org, c.env, c.req.param("id"), c.req.param("op")),
    );
  },
};
