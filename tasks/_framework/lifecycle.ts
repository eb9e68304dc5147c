/**
 * The user lifecycle actions of `users-lifecycle`: which route each one calls, which statuses Okta
 * allows it from and where it leaves the user, so a plan can say what Okta would refuse and a
 * resumed run can tell from a user's status whether an interrupted call went through.
 *
 * @module
 */

/** The actions, as typed on the command line. */
export const LIFECYCLE_ACTIONS = [
  "suspend",
  "unsuspend",
  "unlock",
  "activate",
  "deactivate",
  "reset-factors",
  "expire-password",
] as const;

/** One lifecycle action. */
export type LifecycleAction = typeof LIFECYCLE_ACTIONS[number];

/** What Okta does for one action. */
export interface LifecycleRule {
  /** Statuses Okta performs the action from (others are refused). */
  from: readonly string[];
  /** Statuses that mean the action has already happened (nothing to do). */
  reached: readonly string[];
  /** Whether the action changes the status (reset-factors does not). */
  changesStatus: boolean;
  /** The past tense for the report (`suspended`). */
  done: string;
}

const ALL_BUT_DEPROVISIONED = [
  "STAGED",
  "PROVISIONED",
  "ACTIVE",
  "RECOVERY",
  "PASSWORD_EXPIRED",
  "LOCKED_OUT",
  "SUSPENDED",
];

/** The rules of each action, from Okta's user lifecycle (see docs/okta-api.md §6). */
export const LIFECYCLE_RULES: Readonly<Record<LifecycleAction, LifecycleRule>> = {
  suspend: { from: ["ACTIVE"], reached: ["SUSPENDED"], changesStatus: true, done: "suspended" },
  unsuspend: { from: ["SUSPENDED"], reached: ["ACTIVE"], changesStatus: true, done: "unsuspended" },
  unlock: { from: ["LOCKED_OUT"], reached: ["ACTIVE"], changesStatus: true, done: "unlocked" },
  activate: {
    from: ["STAGED", "DEPROVISIONED"],
    reached: ["ACTIVE", "PROVISIONED"],
    changesStatus: true,
    done: "activated",
  },
  deactivate: {
    from: ALL_BUT_DEPROVISIONED,
    reached: ["DEPROVISIONED"],
    changesStatus: true,
    done: "deactivated",
  },
  "reset-factors": { from: ["ACTIVE"], reached: [], changesStatus: false, done: "factors-reset" },
  "expire-password": {
    from: ["ACTIVE"],
    reached: ["PASSWORD_EXPIRED"],
    changesStatus: true,
    done: "password-expired",
  },
};

/** What to do with a user in `status`: act, nothing (already there), or refuse (with why). */
export function judge(
  action: LifecycleAction,
  status: string | undefined,
): { verdict: "act" } | { verdict: "unchanged" | "not-allowed"; reason: string } {
  const rule = LIFECYCLE_RULES[action];
  const current = status ?? "UNKNOWN";
  if (rule.from.includes(current)) return { verdict: "act" };
  if (rule.reached.includes(current)) {
    return { verdict: "unchanged", reason: `already ${current}` };
  }
  return {
    verdict: "not-allowed",
    reason: `${action} needs status ${rule.from.join(" or ")}; the user is ${current}`,
  };
}
