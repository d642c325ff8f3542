import { DAY_MS, skuByPartNumber, type TenantDocument, type User } from '../model/index.js';
import type { RealTimeSource } from '../clock/realTime.js';
import { SYSTEM } from '../services/identity/principal.js';
import { openMemoryTenant } from '../Tenant.js';
import { SAMPLE_DOMAIN, emptySample, type SampleOptions } from './empty.js';
import { addSyntheticUsers } from './synthetic.js';

/** How many synthetic users fill the departments around the named people. */
export const CONTOSO_SYNTHETIC_USERS = 300;

interface NamedPerson {
  readonly alias: string;
  readonly first: string;
  readonly last: string;
  readonly department: string;
  readonly title: string;
  readonly license: 'E3' | 'E5' | null;
  readonly role?: string;
  readonly manager?: string;
}

/** DESIGN.md's named people (all @contoso.onmicrosoft.com, Passw0rd!, usage location US). */
export const NAMED_PEOPLE: readonly NamedPerson[] = [
  {
    alias: 'MeganB',
    first: 'Megan',
    last: 'Bowen',
    department: 'Marketing',
    title: 'Marketing Manager',
    license: 'E5',
  },
  {
    alias: 'AdeleV',
    first: 'Adele',
    last: 'Vance',
    department: 'Marketing',
    title: 'Marketing Specialist',
    license: 'E3',
    manager: 'MeganB',
  },
  {
    alias: 'AlexW',
    first: 'Alex',
    last: 'Wilber',
    department: 'Marketing',
    title: 'Marketing Assistant',
    license: 'E3',
    manager: 'MeganB',
  },
  {
    alias: 'ChristieC',
    first: 'Christie',
    last: 'Cline',
    department: 'Marketing',
    title: 'Content Strategist',
    license: 'E3',
    manager: 'MeganB',
  },
  {
    alias: 'DiegoS',
    first: 'Diego',
    last: 'Siciliani',
    department: 'Human Resources',
    title: 'HR Manager',
    license: 'E5',
  },
  {
    alias: 'LidiaH',
    first: 'Lidia',
    last: 'Holloway',
    department: 'Engineering',
    title: 'Product Manager',
    license: 'E3',
  },
  {
    alias: 'LeeG',
    first: 'Lee',
    last: 'Gu',
    department: 'Operations',
    title: 'Operations Director',
    license: 'E3',
  },
  {
    alias: 'IsaiahL',
    first: 'Isaiah',
    last: 'Langer',
    department: 'IT',
    title: 'IT Manager',
    license: 'E3',
    role: 'User Account Administrator',
  },
  {
    alias: 'NestorW',
    first: 'Nestor',
    last: 'Wilke',
    department: 'Finance',
    title: 'Finance Manager',
    license: 'E3',
    role: 'Billing Administrator',
  },
  {
    alias: 'PattiF',
    first: 'Patti',
    last: 'Fernandez',
    department: 'IT',
    title: 'Messaging Administrator',
    license: 'E3',
    role: 'Exchange Service Administrator',
  },
  {
    alias: 'JoniS',
    first: 'Joni',
    last: 'Sherman',
    department: 'IT',
    title: 'Collaboration Administrator',
    license: 'E3',
    role: 'SharePoint Service Administrator',
  },
  {
    alias: 'JohannaL',
    first: 'Johanna',
    last: 'Lorenz',
    department: 'IT',
    title: 'Licensing Specialist',
    license: 'E3',
    role: 'License Administrator',
  },
  {
    alias: 'GradyA',
    first: 'Grady',
    last: 'Archie',
    department: 'Research and Development',
    title: 'Designer',
    license: null,
  },
  {
    alias: 'LynneR',
    first: 'Lynne',
    last: 'Robbins',
    department: 'Operations',
    title: 'Planner',
    license: 'E3',
  },
  {
    alias: 'MiriamG',
    first: 'Miriam',
    last: 'Graham',
    department: 'Sales',
    title: 'Sales Director',
    license: 'E3',
  },
];

/** Free E3 units left after the sample's assignments ("a few free units"). */
const E3_FREE_UNITS = 5;

/**
 * `tenant init --sample contoso` (the default): the empty sample plus the named people of
 * DESIGN.md and CONTOSO_SYNTHETIC_USERS synthetic licensed users, the subscriptions DESIGN.md lists,
 * and the clock frozen at `nowMs` so every relative date (deleted 10 and 25 days ago, the E5
 * commitment end) stays where it is. Built through the services, so the sample holds exactly what
 * the rules make (mailboxes, OneDrives, soft-deleted mailboxes, retained OneDrives); the audit trail
 * of building it is dropped, so the tenant starts with an empty trail.
 */
export function contosoSample(opts: SampleOptions): TenantDocument {
  const now = opts.nowMs;
  const seed = opts.seed ?? 'contoso';
  let doc = emptySample({ ...opts, seed });
  doc = addSyntheticUsers(doc, { users: CONTOSO_SYNTHETIC_USERS, seed, nowMs: now });
  const fixed: RealTimeSource = { nowMs: () => now };
  const t = openMemoryTenant(doc, { realTime: fixed });
  const day = (n: number): Date => new Date(now + n * DAY_MS);
  const upn = (alias: string): string => `${alias}@${SAMPLE_DOMAIN}`;
  const byUpn = (alias: string) => ({ by: 'userPrincipalName', value: upn(alias) }) as const;

  // The past: people are created before the two deletions, which happened 25 and 10 days ago.
  t.clock.setDate(SYSTEM, day(-60), true);

  const e3Named = NAMED_PEOPLE.filter((p) => p.license === 'E3').length;
  const e5Named = NAMED_PEOPLE.filter((p) => p.license === 'E5').length;
  t.licensing.setSubscriptionUnits(
    SYSTEM,
    'ENTERPRISEPACK',
    CONTOSO_SYNTHETIC_USERS + e3Named + E3_FREE_UNITS,
  );
  // SPE_E5: Annual, committed until the end of the month some four months after the clock's date.
  const commitment = new Date(now);
  commitment.setUTCMonth(commitment.getUTCMonth() + 5, 0);
  commitment.setUTCHours(0, 0, 0, 0);
  t.licensing.createSubscription(SYSTEM, {
    skuPartNumber: 'SPE_E5',
    units: e5Named + 3,
    billingTerm: 'Annual',
    commitmentEndDate: commitment,
  });
  t.licensing.createSubscription(SYSTEM, {
    skuPartNumber: 'EMS',
    units: 25,
    purchaseChannel: 'Partner',
    billingTerm: 'Annual',
  });
  t.licensing.createSubscription(SYSTEM, {
    skuPartNumber: 'EXCHANGESTANDARD',
    units: 10,
    purchaseChannel: 'VolumeLicensing',
    billingTerm: 'Annual',
  });
  t.licensing.createSubscription(SYSTEM, { skuPartNumber: 'FLOW_FREE', units: 10000 });

  for (const p of NAMED_PEOPLE) {
    const sku = p.license === 'E5' ? 'SPE_E5' : p.license === 'E3' ? 'ENTERPRISEPACK' : null;
    const manager = p.manager ? t.directory.getUser(byUpn(p.manager)).id : null;
    t.directory.createUser(SYSTEM, {
      userPrincipalName: upn(p.alias),
      displayName: `${p.first} ${p.last}`,
      firstName: p.first,
      lastName: p.last,
      department: p.department,
      jobTitle: p.title,
      city: 'Redmond',
      country: 'United States',
      usageLocation: 'US',
      password: 'Passw0rd!',
      managerId: manager,
      synced: p.alias === 'LeeG',
      licenses: sku ? [{ sku }] : [],
    });
    if (p.role) t.directory.addRoleMember(SYSTEM, p.role, byUpn(p.alias));
  }
  t.mailboxes.setLitigationHold(SYSTEM, upn('DiegoS'), true);
  t.mailboxes.setForwarding(SYSTEM, upn('LidiaH'), {
    smtp: 'lidia.holloway@fabrikam.com',
    deliverToMailboxAndForward: true,
  });
  t.mailboxes.createSharedMailbox(SYSTEM, { alias: 'info', displayName: 'Contoso Info' });

  // Some synthetic users hold more than E3: EMS (bought through a partner) and Power Automate Free.
  const ems = skuByPartNumber('EMS')!;
  const synthetic = t.directory
    .listUsers()
    .filter(
      (u) =>
        u.roles.length === 0 &&
        u.department !== undefined &&
        !NAMED_PEOPLE.some((p) => upn(p.alias) === u.userPrincipalName),
    );
  const addLicense = (u: User, sku: string): void => {
    t.licensing.setUserLicenses(SYSTEM, { by: 'objectId', value: u.id }, { add: [{ sku }], remove: [] });
  };
  for (const u of synthetic.filter((u) => u.department === 'IT').slice(0, 20))
    addLicense(u, ems.skuPartNumber);
  for (const u of synthetic.filter((_, i) => i % 3 === 0)) addLicense(u, 'FLOW_FREE');

  t.clock.setDate(SYSTEM, day(-25), true);
  t.directory.deleteUser(SYSTEM, byUpn('MiriamG'));
  t.clock.setDate(SYSTEM, day(-10), true);
  t.directory.deleteUser(SYSTEM, byUpn('LynneR'));
  t.clock.setDate(SYSTEM, day(0), true);

  const result = t.snapshot();
  return { ...result, audit: [] };
}
