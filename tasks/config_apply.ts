/**
 * `deno task config-apply`: makes an org's configuration match a config-backup folder, which may
 * come from another org (preview → production). Objects are matched by natural key, never by
 * id; references between them are rewritten to the target org's ids. A plan first; nothing
 * changes without `--yes`; deletes only with `--prune`; a journal records every write.
 *
 * @module
 */
import { defineTask, errorFields, main, UsageError } from "./_framework/mod.ts";
import type { ArgSpecs, TaskContext, TaskDefinition } from "./_framework/mod.ts";
import {
  CONFIG_KINDS,
  CONFIG_READ_SCOPES,
  diffPaths,
  snapshot,
} from "./_framework/config_snapshot.ts";
import {
  lacksSecrets,
  type OrgNames,
  orgNames,
  portable,
  PORTABLE_KINDS,
  type PortableKind,
  toTarget,
} from "./_framework/config_portable.ts";
import { openRunJournal } from "./_framework/resume.ts";
import type { JournalWriter } from "./_framework/journal.ts";
import type { ListBuilder, Okta, OperationId, RequestBuilder } from "../mod.ts";

type Obj = Record<string, unknown>;

/** The arguments of the config-apply task. */
export const ARGS = {
  dir: {
    type: "string",
    description: "backup folder written by config-backup (from this org or another)",
    default: "out/config-backup",
    placeholder: "DIR",
  },
  kinds: {
    type: "list",
    description: `kinds to apply: ${PORTABLE_KINDS.map((k) => k.name).join(", ")} (default: all)`,
    placeholder: "KIND",
  },
  prune: {
    type: "boolean",
    description: "also delete objects the backup does not have (never built-in ones)",
  },
  journal: {
    type: "string",
    description: "journal file (default: out/config-apply.journal)",
    placeholder: "FILE",
  },
} as const satisfies ArgSpecs;

/** The OAuth scopes config-apply needs: reading every kind and managing them. */
export const CONFIG_APPLY_SCOPES: readonly string[] = [
  ...CONFIG_READ_SCOPES,
  "okta.networkZones.manage",
  "okta.trustedOrigins.manage",
  "okta.eventHooks.manage",
  "okta.inlineHooks.manage",
  "okta.userTypes.manage",
  "okta.groups.manage",
  "okta.authorizationServers.manage",
  "okta.policies.manage",
];

/** The config-apply task. */
export const task: TaskDefinition<typeof ARGS> = defineTask({
  name: "config-apply",
  description: "Make the org's configuration match a config-backup folder (plan first, --yes)",
  details: "Reads <dir>/<kind>.json written by config-backup (possibly from another org) and the " +
    "same kinds from this org, matches objects by natural key (name; policies by type and name; " +
    "groups by profile.name), rewrites references (a rule's groups, a policy's zones) to this " +
    "org's ids, and lists what it would create, update and (with --prune) delete. With --yes it " +
    "makes those changes, referenced kinds first, recording each in a journal; a rerun after an " +
    "interruption plans again from the org, so every change is made once. Secrets the backup " +
    "left out are never sent: they keep their value in the org. Built-in objects (system zones " +
    "and policies, the default user type and authorization server) are updated, never created " +
    "or deleted; app and built-in groups are only matched by name.",
  args: ARGS,
  scopes: CONFIG_APPLY_SCOPES,
  destructive: true,
  permissions: { read: ["out"], write: ["out"] },
  columns: ["kind", "change", "key", "id", "fields", "note", "errorCode", "errorSummary"],
  examples: [
    "deno task config-apply --dir out/preview-backup                # the plan",
    "deno task config-apply --dir out/preview-backup --yes",
    "deno task config-apply --dir out/preview-backup --kinds zones,policies --prune --yes",
  ],
  async run(ctx) {
    const dir = ctx.args.dir.replace(/[\\/]+$/, "");
    const kinds = selectPortableKinds(ctx.args.kinds);
    const source = await readBackup(dir);
    if (source.size === 0) {
      throw new UsageError(`${dir} holds no config-backup files: run config-backup first`);
    }
    // The target's referenced kinds are read too, so references resolve to its ids.
    const needed = new Set(kinds.map((k) => k.name));
    for (const k of kinds) for (const r of references(k)) needed.add(r);
    const live = new Map<string, Obj[]>();
    for (const kind of CONFIG_KINDS) {
      if (needed.has(kind.name)) live.set(kind.name, snapshot(await kind.read(ctx.okta, ctx.bulk)));
    }
    const sourceNames = orgNames(source);
    const targetNames = orgNames(live);

    let journal: JournalWriter | undefined;
    let pending = new Map<string, unknown>();
    if (ctx.apply) {
      const path = ctx.args.journal ?? "out/config-apply.journal";
      let state;
      ({ journal, state } = await openRunJournal(ctx, path, {
        unit: "changes",
        run: "an apply to",
        verb: "apply to",
      }));
      pending = state.pending;
    }
    const run: Run = {
      ctx,
      sourceNames,
      targetNames,
      journal,
      pending,
      prune: ctx.args.prune,
      counts: new Map(),
    };
    try {
      for (const kind of kinds) {
        if (ctx.signal.aborted) break;
        const desired = source.get(kind.name);
        if (!desired) {
          ctx.info(`${kind.name}: not in the backup, skipped`);
          continue;
        }
        await applyKind(run, kind, desired, live.get(kind.name) ?? [], {}, kind.name);
      }
    } finally {
      journal?.close();
    }
    const summary = [...run.counts].map(([change, n]) => `${n} ${change}`).join(", ");
    ctx.info(`Summary: ${summary || "nothing to compare"}.`);
  },
});

async function planCreates(
  kind: PortableKind,
  objects: readonly Obj[],
  parentKey: string,
  emit: (row: Obj) => Promise<void>,
): Promise<void> {
  for (const o of objects) {
    if (kind.builtIn?.(o)) continue;
    const key = `${parentKey} / ${kind.key(o)}`;
    await emit({ change: "create", key });
    for (const child of kind.children ?? []) {
      await planCreates(child, (o[child.name] as Obj[] | undefined) ?? [], key, emit);
    }
  }
}

function count(run: Run, change: string): void {
  run.counts.set(change, (run.counts.get(change) ?? 0) + 1);
}

/**
 * How one kind is written: the operations, by operationId. Their path parameters are the
 * parents' ids (`authServerId`, `policyId`…) and, but for `create` and `list`, its own id.
 */
interface Writes {
  /** Lists a nested kind under its parent (read after the parent is created). */
  list?: OperationId;
  /** Creates one. */
  create: OperationId;
  /** Replaces one. */
  update: OperationId;
  /** Deletes one. */
  remove: OperationId;
  /** The name of its own id among the operations' path parameters. */
  idParam: string;
  /** Sets the status to ACTIVE, where the status can be set. */
  activate?: OperationId;
  /** Sets the status to INACTIVE. */
  deactivate?: OperationId;
}

/** Where each kind (by its path: `policies.rules`) is written. */
const WRITES: Readonly<Record<string, Writes>> = {
  "groups": {
    create: "addGroup",
    update: "replaceGroup",
    remove: "deleteGroup",
    idParam: "groupId",
  },
  "zones": {
    create: "createNetworkZone",
    update: "replaceNetworkZone",
    remove: "deleteNetworkZone",
    idParam: "zoneId",
    activate: "activateNetworkZone",
    deactivate: "deactivateNetworkZone",
  },
  "trusted-origins": {
    create: "createTrustedOrigin",
    update: "replaceTrustedOrigin",
    remove: "deleteTrustedOrigin",
    idParam: "trustedOriginId",
    activate: "activateTrustedOrigin",
    deactivate: "deactivateTrustedOrigin",
  },
  "event-hooks": {
    create: "createEventHook",
    update: "replaceEventHook",
    remove: "deleteEventHook",
    idParam: "eventHookId",
    activate: "activateEventHook",
    deactivate: "deactivateEventHook",
  },
  "inline-hooks": {
    create: "createInlineHook",
    update: "replaceInlineHook",
    remove: "deleteInlineHook",
    idParam: "inlineHookId",
    activate: "activateInlineHook",
    deactivate: "deactivateInlineHook",
  },
  "user-types": {
    create: "createUserType",
    update: "replaceUserType",
    remove: "deleteUserType",
    idParam: "typeId",
  },
  "group-rules": {
    create: "createGroupRule",
    update: "replaceGroupRule",
    remove: "deleteGroupRule",
    idParam: "groupRuleId",
    activate: "activateGroupRule",
    deactivate: "deactivateGroupRule",
  },
  "policies": {
    create: "createPolicy",
    update: "replacePolicy",
    remove: "deletePolicy",
    idParam: "policyId",
    activate: "activatePolicy",
    deactivate: "deactivatePolicy",
  },
  "policies.rules": {
    list: "listPolicyRules",
    create: "createPolicyRule",
    update: "replacePolicyRule",
    remove: "deletePolicyRule",
    idParam: "ruleId",
    activate: "activatePolicyRule",
    deactivate: "deactivatePolicyRule",
  },
  "authorization-servers": {
    create: "createAuthorizationServer",
    update: "replaceAuthorizationServer",
    remove: "deleteAuthorizationServer",
    idParam: "authServerId",
    activate: "activateAuthorizationServer",
    deactivate: "deactivateAuthorizationServer",
  },
  "authorization-servers.scopes": {
    list: "listOAuth2Scopes",
    create: "createOAuth2Scope",
    update: "replaceOAuth2Scope",
    remove: "deleteOAuth2Scope",
    idParam: "scopeId",
  },
  "authorization-servers.claims": {
    list: "listOAuth2Claims",
    create: "createOAuth2Claim",
    update: "replaceOAuth2Claim",
    remove: "deleteOAuth2Claim",
    idParam: "claimId",
  },
  "authorization-servers.policies": {
    list: "listAuthorizationServerPolicies",
    create: "createAuthorizationServerPolicy",
    update: "replaceAuthorizationServerPolicy",
    remove: "deleteAuthorizationServerPolicy",
    idParam: "policyId",
    activate: "activateAuthorizationServerPolicy",
    deactivate: "deactivateAuthorizationServerPolicy",
  },
  "authorization-servers.policies.rules": {
    list: "listAuthorizationServerPolicyRules",
    create: "createAuthorizationServerPolicyRule",
    update: "replaceAuthorizationServerPolicyRule",
    remove: "deleteAuthorizationServerPolicyRule",
    idParam: "ruleId",
    activate: "activateAuthorizationServerPolicyRule",
    deactivate: "deactivateAuthorizationServerPolicyRule",
  },
};

interface Run {
  ctx: TaskContext<{ prune: boolean }>;
  sourceNames: OrgNames;
  targetNames: OrgNames;
  journal?: JournalWriter;
  /** How many objects ended in each change (`create`, `unchanged`, …), for the summary. */
  counts: Map<string, number>;
  /** Changes an earlier run started and never finished: the plan from the org settles them. */
  pending: ReadonlyMap<string, unknown>;
  prune: boolean;
}

function selectPortableKinds(names: readonly string[]): readonly PortableKind[] {
  if (names.length === 0) return PORTABLE_KINDS;
  const known = PORTABLE_KINDS.map((k) => k.name);
  for (const n of names) {
    if (!known.includes(n)) throw new UsageError(`--kinds takes ${known.join(", ")}: got "${n}"`);
  }
  return PORTABLE_KINDS.filter((k) => names.includes(k.name));
}

function references(kind: PortableKind): string[] {
  return [
    ...(kind.references ?? []).map((r) => r.kind),
    ...(kind.children ?? []).flatMap(references),
  ];
}

async function readBackup(dir: string): Promise<Map<string, Obj[]>> {
  const out = new Map<string, Obj[]>();
  for (const kind of PORTABLE_KINDS) {
    const file = `${dir}/${kind.name}.json`;
    let text: string;
    try {
      text = await Deno.readTextFile(file);
    } catch (error) {
      if (error instanceof Deno.errors.NotFound) continue;
      throw error;
    }
    let list: unknown;
    try {
      list = JSON.parse(text);
    } catch {
      throw new UsageError(`${file} is not valid JSON: restore it from config-backup`);
    }
    if (!Array.isArray(list)) throw new UsageError(`${file} must hold a JSON array`);
    out.set(kind.name, list as Obj[]);
  }
  return out;
}

/** Plans and (with --yes) applies one kind's objects under one parent. */
async function applyKind(
  run: Run,
  kind: PortableKind,
  desired: readonly Obj[],
  current: readonly Obj[],
  params: Record<string, string>,
  label: string,
): Promise<void> {
  const { ctx } = run;
  const w = WRITES[label];
  const emit = async (row: Obj, ok = true) => {
    count(run, String(row.change));
    await ctx.emit({ kind: label, ...row });
    if (ok) ctx.succeeded();
    else ctx.failed();
  };
  const currentByKey = groupByKey(kind, current);
  const desiredByKey = groupByKey(kind, desired);
  const jobs: (() => Promise<void>)[] = [];
  for (const [key, list] of desiredByKey) {
    const here = currentByKey.get(key) ?? [];
    if (list.length > 1 || here.length > 1) {
      await emit({
        change: "skipped",
        key,
        note: `${list.length > 1 ? "the backup" : "the org"} has ${
          Math.max(list.length, here.length)
        } objects with this key: rename all but one`,
      }, false);
      continue;
    }
    const [want] = list;
    const [have] = here;
    if (kind.frozen?.(want)) {
      if (!have) {
        await emit({
          change: "skipped",
          key,
          note: "not in this org, and not one oktakit creates",
        });
      }
      continue;
    }
    if (!have && kind.builtIn?.(want)) {
      await emit({ change: "skipped", key, note: "built into Okta, but not found in this org" });
      continue;
    }
    jobs.push(() => applyOne(run, kind, w, key, want, have, params, label, emit));
  }
  for (const [key, [have]] of currentByKey) {
    if (desiredByKey.has(key) || kind.builtIn?.(have) || kind.frozen?.(have)) continue;
    if (!run.prune) {
      await emit({
        change: "extra",
        key,
        id: have.id,
        note: "not in the backup; --prune deletes it",
      });
      continue;
    }
    jobs.push(() => removeOne(run, w, key, have, params, label, emit));
  }
  // Top-level objects run side by side, paced; nested ones in their parent's job (never a bulk
  // job inside another).
  if (Object.keys(params).length === 0) await ctx.bulk(jobs, (job) => job());
  else for (const job of jobs) await job();
}

function groupByKey(kind: PortableKind, list: readonly Obj[]): Map<string, Obj[]> {
  const out = new Map<string, Obj[]>();
  for (const o of list) {
    const key = kind.key(o);
    const group = out.get(key);
    if (group) group.push(o);
    else out.set(key, [o]);
  }
  return out;
}

function withoutChildren(kind: PortableKind, form: Obj): Obj {
  const out = { ...form };
  for (const child of kind.children ?? []) delete out[child.name];
  delete out.status;
  return out;
}

/**
 * Starts one of the WRITES operations. The table is data, so its operations are one union and
 * their arguments cannot be typed per call: `okta.operation()` checks them when called (an
 * unknown or missing path parameter throws), and the config-apply tests run every row.
 */
function send(
  api: Okta,
  operationId: OperationId,
  ids: Record<string, string>,
  body?: Obj,
): RequestBuilder<Obj> {
  const start = api.operation as (id: OperationId, args: Obj) => RequestBuilder<Obj>;
  return start(operationId, body === undefined ? ids : { ...ids, body });
}

/** Every item of a WRITES `list` operation, across pages. */
function listAll(api: Okta, operationId: OperationId, ids: Record<string, string>): Promise<Obj[]> {
  const start = api.operation as (id: OperationId, args: Obj) => ListBuilder<Obj>;
  return start(operationId, ids).toArray();
}

async function applyOne(
  run: Run,
  kind: PortableKind,
  w: Writes,
  key: string,
  want: Obj,
  have: Obj | undefined,
  params: Record<string, string>,
  label: string,
  emit: (row: Obj, ok?: boolean) => Promise<void>,
): Promise<void> {
  const { ctx } = run;
  const form = portable(kind, want, run.sourceNames);
  const status = typeof want.status === "string" ? want.status : undefined;
  const secretNote = lacksSecrets(want)
    ? have
      ? "secrets not in the backup keep their value"
      : "set its secrets in Okta: the backup has none"
    : undefined;
  let id = have ? String(have.id) : undefined;
  let fields: string[] = [];
  if (have) {
    const now = portable(kind, have, run.targetNames);
    fields = diffPaths(withoutChildren(kind, now), withoutChildren(kind, form));
    if (status && have.status !== status && canSetStatus(w)) fields.push("status");
  }
  const change = !have ? "create" : fields.length ? "update" : "unchanged";
  if (change === "unchanged") count(run, "unchanged");
  if (change === "unchanged" && run.pending.has(`${label}/${key}`)) {
    // Killed after the write reached the org and before the journal said so: it is done.
    await run.journal?.append({ t: "done", key: `${label}/${key}`, change: "found", id });
  }
  if (change !== "unchanged") {
    if (!ctx.apply) {
      await emit({ change, key, id, fields: fields.length ? fields : undefined, note: secretNote });
    } else {
      const journalKey = `${label}/${key}`;
      try {
        await run.journal?.append({ t: "start", key: journalKey, change });
        const body = toTarget(kind, form, run.targetNames);
        delete body.status;
        if (!have) {
          const created = await send(ctx.okta, w.create, params, body);
          id = String(created.id);
          if (status && canSetStatus(w) && created.status !== status) {
            await setStatus(run, w, { ...params, [w.idParam]: id }, status);
          }
          if (Object.keys(params).length === 0) {
            run.targetNames.get(kind.name)?.idOf.set(key, id);
            run.targetNames.get(kind.name)?.keyOf.set(id, key);
          }
        } else {
          const ids = { ...params, [w.idParam]: id! };
          const pause = kind.updateWhileInactive && have.status === "ACTIVE";
          if (pause) await setStatus(run, w, ids, "INACTIVE");
          if (fields.some((f) => f !== "status")) {
            await send(ctx.okta, w.update, ids, body);
          }
          const after = pause ? "INACTIVE" : have.status;
          if (status && canSetStatus(w) && after !== status) {
            await setStatus(run, w, ids, status);
          }
        }
        await run.journal?.append({ t: "done", key: journalKey, change, id });
        await emit({
          change: `${change}d`,
          key,
          id,
          fields: fields.length ? fields : undefined,
          note: secretNote,
        });
      } catch (error) {
        await run.journal?.append({ t: "failed", key: journalKey, ...errorFields(error) });
        await emit({ change: "failed", key, id, ...errorFields(error) }, false);
        return;
      }
    }
  }
  if (!kind.children?.length || (!id && ctx.apply)) return;
  const childParams = id ? { ...params, [w.idParam]: id } : params;
  for (const child of kind.children) {
    const wanted = (want[child.name] as Obj[] | undefined) ?? [];
    let existing = (have?.[child.name] as Obj[] | undefined) ?? [];
    // A parent created just now may come with children Okta adds (a server's default scopes).
    if (!have && id) {
      existing = snapshot(
        await listAll(ctx.okta, WRITES[`${label}.${child.name}`].list!, childParams),
      );
    }
    if (!id) {
      // A dry run of a parent it would create: every child (and theirs) would be created with it.
      await planCreates(child, wanted, key, emit);
      continue;
    }
    await applyKind(run, child, wanted, existing, childParams, `${label}.${child.name}`);
  }
}

function canSetStatus(w: Writes): boolean {
  return w.activate !== undefined && w.deactivate !== undefined;
}

async function setStatus(
  run: Run,
  w: Writes,
  ids: Record<string, string>,
  status: string,
): Promise<void> {
  await send(run.ctx.okta, status === "ACTIVE" ? w.activate! : w.deactivate!, ids);
}

async function removeOne(
  run: Run,
  w: Writes,
  key: string,
  have: Obj,
  params: Record<string, string>,
  label: string,
  emit: (row: Obj, ok?: boolean) => Promise<void>,
): Promise<void> {
  const { ctx } = run;
  const id = String(have.id);
  if (!ctx.apply) return await emit({ change: "delete", key, id });
  const journalKey = `${label}/${key}`;
  const ids = { ...params, [w.idParam]: id };
  try {
    await run.journal?.append({ t: "start", key: journalKey, change: "delete" });
    // Okta deletes only inactive zones, rules and policies.
    if (canSetStatus(w) && have.status === "ACTIVE") await setStatus(run, w, ids, "INACTIVE");
    await send(ctx.okta, w.remove, ids);
    await run.journal?.append({ t: "done", key: journalKey, change: "delete", id });
    await emit({ change: "deleted", key, id });
  } catch (error) {
    await run.journal?.append({ t: "failed", key: journalKey, ...errorFields(error) });
    await emit({ change: "failed", key, id, ...errorFields(error) }, false);
  }
}

if (import.meta.main) await main(task);
