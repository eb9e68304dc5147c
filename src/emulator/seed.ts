/**
 * Deterministic seed data: the `empty` org (Everyone + the token's admin), the `demo` org
 * (users with realistic profiles and statuses, groups, apps, assignments, a group rule and
 * log history) and `users: N` extra generated users for benchmarks.
 *
 * @module
 */
import { grantRole } from "./admin_roles.ts";
import { Random } from "./ids.ts";
import type { Org, UserRecord } from "./org.ts";
import { insertApp } from "./resources/apps.ts";
import { insertGroup } from "./resources/groups.ts";
import { insertUser } from "./resources/users.ts";

/** Which seed to load. */
export type SeedName = "demo" | "empty";

const FIRST = [
  "Ava",
  "Liam",
  "Noah",
  "Emma",
  "Olivia",
  "Mateo",
  "Sofia",
  "Kenji",
  "Priya",
  "Amara",
  "Lucas",
  "Chloe",
  "Diego",
  "Hana",
  "Omar",
  "Zara",
  "Ethan",
  "Maya",
  "Ivan",
  "Leila",
  "Jonas",
  "Aisha",
  "Felix",
  "Nora",
  "Ravi",
  "Elena",
  "Tomás",
  "Yuki",
  "Grace",
  "Samuel",
];
const LAST = [
  "Nguyen",
  "Smith",
  "Garcia",
  "Okafor",
  "Müller",
  "Kowalski",
  "Tanaka",
  "Patel",
  "Rossi",
  "Johnson",
  "Dubois",
  "Silva",
  "Kim",
  "Haddad",
  "Larsen",
  "Brown",
  "Ivanova",
  "Chen",
  "O'Brien",
  "Fischer",
  "Mensah",
  "Novak",
  "Santos",
  "Ahmed",
  "Wright",
  "Yamamoto",
  "Costa",
  "Walker",
  "Singh",
  "Moreau",
];
const DEPARTMENTS = ["Engineering", "Sales", "Marketing", "Support", "Finance"];
const TITLES: Record<string, string[]> = {
  Engineering: ["Software Engineer", "Senior Engineer", "Engineering Manager", "SRE"],
  Sales: ["Account Executive", "Sales Director", "SDR"],
  Marketing: ["Content Lead", "Marketing Analyst"],
  Support: ["Support Engineer", "Support Lead"],
  Finance: ["Controller", "Financial Analyst"],
};
const CITIES = [
  "San Francisco",
  "New York",
  "London",
  "Berlin",
  "Tokyo",
  "Toronto",
  "São Paulo",
  "Lagos",
];
const STATUSES = [
  ...Array(26).fill("ACTIVE"),
  "STAGED",
  "STAGED",
  "PROVISIONED",
  "PROVISIONED",
  "SUSPENDED",
  "LOCKED_OUT",
  "PASSWORD_EXPIRED",
  "RECOVERY",
  "DEPROVISIONED",
  "DEPROVISIONED",
];
const DAY = 86_400_000;

function login(first: string, last: string, n: number): string {
  const clean = (s: string) => s.normalize("NFD").replace(/[^A-Za-z]/g, "").toLowerCase();
  return `${clean(first)}.${clean(last)}${n > 0 ? n : ""}@example.com`;
}

/** Loads a seed into an empty org. */
export function loadSeed(org: Org, seed: SeedName, extraUsers: number, seedNumber: number): void {
  const random = new Random(seedNumber ^ 0x5eed);
  const now = org.now();
  const past = (days: number) => new Date(now - days * DAY).toISOString();
  const everyone = insertGroup(
    org,
    {
      name: "Everyone",
      description: "All users in your organization",
    },
    "BUILT_IN",
    past(400),
  );
  org.everyoneId = everyone.id;
  const admin = insertUser(org, {
    profile: {
      login: "admin@example.com",
      email: "admin@example.com",
      firstName: "Org",
      lastName: "Admin",
      title: "IT Administrator",
      department: "IT",
    },
    status: "ACTIVE",
    password: "",
    created: past(400),
  });
  org.adminId = admin.id;
  admin.lastLogin = past(0);

  if (seed === "demo") loadDemo(org, random, past);
  if (extraUsers > 0) generateUsers(org, extraUsers, random, past(30));
  // Last, so the roles draw nothing that shifts the ids seeded above.
  grantRole(org, { user: admin.id }, "SUPER_ADMIN");
  if (seed === "demo") grantRole(org, { user: helpDeskUser(org).id }, "HELP_DESK_ADMIN");
}

/** The demo's narrower admin: the first active Support user, a Help Desk Administrator. */
export function helpDeskUser(org: Org): UserRecord {
  const support = org.groups.values().find((g) => g.profile.name === "Support")!;
  return org.users.values().find((u) =>
    u.status === "ACTIVE" && support.members.has(u.id) && u.id !== org.adminId
  )!;
}

function loadDemo(org: Org, random: Random, past: (days: number) => string): void {
  const groups = new Map<string, ReturnType<typeof insertGroup>>();
  for (
    const [name, description] of [
      ["Engineering", "Product engineering and SRE"],
      ["Sales", "Account executives and sales development"],
      ["Marketing", "Brand, content and growth"],
      ["Support", "Customer support"],
      ["Finance", "Finance and accounting"],
      ["IT Admins", "People who administer Okta"],
      ["Contractors", "External contractors with limited access"],
    ]
  ) {
    groups.set(name, insertGroup(org, { name, description }, "OKTA_GROUP", past(365)));
  }
  org.addMember(groups.get("IT Admins")!, org.users.get(org.adminId)!);

  const users: UserRecord[] = [];
  const taken = new Set<string>();
  for (let i = 0; i < STATUSES.length; i++) {
    const first = FIRST[i % FIRST.length];
    const last = LAST[(i * 7) % LAST.length];
    // Okta never allows two users with one login: number the later namesakes.
    let n = 0;
    while (taken.has(login(first, last, n))) n++;
    const userLogin = login(first, last, n);
    taken.add(userLogin);
    const department = DEPARTMENTS[i % DEPARTMENTS.length];
    const created = past(300 - i * 7);
    const status = STATUSES[i];
    const user = insertUser(org, {
      profile: {
        login: userLogin,
        email: userLogin,
        firstName: first,
        lastName: last,
        displayName: `${first} ${last}`,
        department,
        title: random.pick(TITLES[department]),
        city: random.pick(CITIES),
        employeeNumber: String(1000 + i),
        userType: i % 9 === 8 ? "Contractor" : "Employee",
      },
      status,
      password: status === "STAGED" || status === "PROVISIONED" ? undefined : "",
      created,
    });
    if (status !== "ACTIVE" && status !== "STAGED") user.statusChanged = past(30 - (i % 20));
    // Most active users signed in this week; a few went quiet months ago and one never signed
    // in, so stale-account clean-ups have something to find in the demo org.
    if (status === "ACTIVE") user.lastLogin = i % 7 === 3 ? past(95 + i) : past(i % 5);
    if (status === "ACTIVE" && i === 1) user.lastLogin = null;
    users.push(user);
    org.emit("user.lifecycle.create", "Create okta user", [org.userTarget(user)], undefined, {
      time: Date.parse(created),
    });
    if (status !== "DEPROVISIONED") {
      org.addMember(groups.get(department)!, user);
      if (user.profile.userType === "Contractor") org.addMember(groups.get("Contractors")!, user);
    }
  }

  const wiki = insertApp(org, {
    label: "Company Wiki",
    signOnMode: "BOOKMARK",
    settings: { app: { url: "https://wiki.example.com" } },
  }, true);
  const portal = insertApp(org, {
    label: "Expense Portal",
    signOnMode: "OPENID_CONNECT",
    settings: {
      oauthClient: {
        redirect_uris: ["https://expenses.example.com/callback"],
        grant_types: ["authorization_code", "refresh_token"],
        response_types: ["code"],
        application_type: "web",
      },
    },
  }, true);
  const crm = insertApp(org, {
    label: "Acme CRM",
    signOnMode: "SAML_2_0",
    settings: {
      signOn: {
        ssoAcsUrl: "https://crm.example.com/saml/acs",
        audience: "https://crm.example.com",
        recipient: "https://crm.example.com/saml/acs",
        destination: "https://crm.example.com/saml/acs",
        subjectNameIdTemplate: "${user.userName}",
        subjectNameIdFormat: "urn:oasis:names:tc:SAML:1.1:nameid-format:emailAddress",
        signatureAlgorithm: "RSA_SHA256",
        digestAlgorithm: "SHA256",
      },
    },
  }, true);
  insertApp(org, {
    label: "Legacy Timesheets",
    signOnMode: "BOOKMARK",
    settings: { app: { url: "https://timesheets.example.com" } },
  }, false);
  const assign = (app: typeof wiki, groupName: string, priority: number) => {
    const group = groups.get(groupName)!;
    app.groups.set({ seq: group.seq, id: group.id, lastUpdated: past(200), priority, profile: {} });
    let set = org.groupApps.get(group.id);
    if (!set) org.groupApps.set(group.id, set = new Set());
    set.add(app.id);
    for (const m of group.members.values()) org.assignViaGroup(app, org.users.get(m.id)!, group.id);
  };
  assign(wiki, "Engineering", 0);
  assign(wiki, "Support", 1);
  assign(crm, "Sales", 0);
  const financeUser = users.find((u) =>
    u.profile.department === "Finance" && u.status === "ACTIVE"
  );
  if (financeUser) {
    const now = past(100);
    portal.users.set({
      seq: financeUser.seq,
      id: financeUser.id,
      created: now,
      lastUpdated: now,
      statusChanged: now,
      direct: true,
      viaGroups: new Set(),
      credentials: { userName: String(financeUser.profile.login) },
      profile: {},
    });
  }
  const now = org.timestamp();
  org.groupRules.set({
    seq: org.seq.next(),
    id: org.ids.next("0pr"),
    data: {
      type: "group_rule",
      name: "Engineers to Engineering",
      status: "ACTIVE",
      created: now,
      lastUpdated: now,
      conditions: {
        people: { users: { exclude: [] }, groups: { exclude: [] } },
        expression: { value: 'user.department=="Engineering"', type: "urn:okta:expression:1.0" },
      },
      actions: { assignUserToGroups: { groupIds: [groups.get("Engineering")!.id] } },
    },
  });
  // A little sign-in history so log queries have something to find.
  for (let d = 6; d >= 1; d--) {
    for (const user of users.slice(0, 6)) {
      if (user.status !== "ACTIVE") continue;
      org.emit("user.session.start", "User login to Okta", [org.userTarget(user)], undefined, {
        time: Date.parse(past(d)) + user.seq * 60_000,
      });
    }
  }
}

function generateUsers(org: Org, count: number, random: Random, created: string): void {
  for (let i = 0; i < count; i++) {
    const first = FIRST[random.int(FIRST.length)];
    const last = LAST[random.int(LAST.length)];
    const department = DEPARTMENTS[i % DEPARTMENTS.length];
    const email = `${login(first, last, 0).split("@")[0]}.${i}@bench.example.com`;
    insertUser(org, {
      profile: { login: email, email, firstName: first, lastName: last, department },
      status: i % 50 === 49 ? "STAGED" : "ACTIVE",
      password: "",
      created,
    });
  }
}
