import {
  DAY_MS,
  skuByPartNumber,
  toIso,
  type Mailbox,
  type OneDrive,
  type Subscription,
  type TenantDocument,
  type User,
} from '../model/index.js';
import { mailboxAddresses, newMailbox, newOneDrive } from '../services/provisioning/records.js';
import { DEPARTMENTS, FIRST_NAMES, LAST_NAMES, LOCATIONS } from './names.js';
import { SeededRandom } from './random.js';
import { SAMPLE_PASSWORD } from './empty.js';

export interface SyntheticOptions {
  readonly users: number;
  readonly seed: string;
  /** Extra E3 units beyond those assigned (free seats). */
  readonly freeUnits?: number;
  /** The clock's time at init (ms): creation dates are counted back from it. */
  readonly nowMs: number;
}

const E3 = skuByPartNumber('ENTERPRISEPACK')!;
const LOCATION_BAG = LOCATIONS.flatMap((l) => Array.from({ length: l.weight }, () => l));

/**
 * `--users N --seed S`: N ordinary cloud users added to a document (DESIGN.md): each licensed E3
 * with a mailbox and a OneDrive, in departments with a head, managers and staff; no admins, no
 * synced, shared or forwarding users, so a benchmark may delete any of them. Deterministic for a
 * seed and a clock time. Records are built directly (not through the services) because
 * 200,000 users must take seconds, not minutes; they are the records the provisioning service
 * would make (the same builders).
 */
export function addSyntheticUsers(doc: TenantDocument, opts: SyntheticOptions): TenantDocument {
  const rnd = new SeededRandom(`users:${opts.seed}:${opts.users}`);
  const org = doc.organisation;
  const domain = org.initialDomain;
  const now = toIso(opts.nowMs);
  const taken = new Set(doc.users.map((u) => u.userPrincipalName.toLowerCase()));
  const users: User[] = [];
  const mailboxes: Mailbox[] = [];
  const oneDrives: OneDrive[] = [];
  const license = [{ skuId: E3.skuId, disabledPlans: [] }];

  // Department heads first, then managers (one per ~8 staff), then staff under the latest manager.
  const heads = new Map<string, string>();
  const currentManager = new Map<string, string>();
  const perDept = new Map<string, number>();

  for (let i = 0; i < opts.users; i++) {
    const first = rnd.pick(FIRST_NAMES);
    const last = rnd.pick(LAST_NAMES);
    const base = `${first}.${last}`.toLowerCase().replace(/[^a-z0-9.]/g, '');
    let local = base;
    for (let n = 2; taken.has(`${local}@${domain}`); n++) local = `${base}${n}`;
    const upn = `${local}@${domain}`;
    taken.add(upn);

    const dept = DEPARTMENTS[i % DEPARTMENTS.length]!;
    const k = perDept.get(dept.name) ?? 0;
    perDept.set(dept.name, k + 1);
    let title: string;
    let managerId: string | null;
    const id = rnd.guid();
    if (k === 0) {
      title = dept.titles[0]!;
      managerId = null;
      heads.set(dept.name, id);
      currentManager.set(dept.name, id);
    } else if (k % 8 === 1) {
      title = dept.titles[1]!;
      managerId = heads.get(dept.name)!;
      currentManager.set(dept.name, id);
    } else {
      title = dept.titles[2 + rnd.int(dept.titles.length - 2)]!;
      managerId = currentManager.get(dept.name)!;
    }
    const loc = rnd.pick(LOCATION_BAG);
    const created = toIso(opts.nowMs - (30 + rnd.int(5 * 365)) * DAY_MS);
    const user: User = {
      id,
      userPrincipalName: upn,
      displayName: `${first} ${last}`,
      firstName: first,
      lastName: last,
      department: dept.name,
      jobTitle: title,
      city: loc.city,
      country: loc.country,
      usageLocation: loc.usageLocation,
      accountEnabled: true,
      password: SAMPLE_PASSWORD,
      userType: 'Member',
      roles: [],
      licenses: license,
      proxyAddresses: mailboxAddresses(upn, domain),
      managerId,
      immutableId: null,
      lastDirSyncTime: null,
      whenCreated: created,
      softDeletionTimestamp: null,
      syncedDevices: rnd.int(3),
    };
    users.push(user);
    mailboxes.push(newMailbox(user, org, rnd.guid(), created));
    oneDrives.push({ ...newOneDrive(user, org, rnd.guid(), created), storageUsedMb: rnd.int(20000) });
  }

  const units = opts.users + (opts.freeUnits ?? 0);
  const existing = doc.subscriptions.find((s) => s.skuId === E3.skuId);
  const subscriptions: Subscription[] = existing
    ? doc.subscriptions.map((s) => (s === existing ? { ...s, units: s.units + units } : s))
    : [
        ...doc.subscriptions,
        {
          id: rnd.guid(),
          skuId: E3.skuId,
          skuPartNumber: E3.skuPartNumber,
          units,
          warningUnits: 0,
          suspendedUnits: 0,
          purchaseChannel: 'Direct',
          billingTerm: 'Monthly',
          commitmentEndDate: null,
          createdDateTime: now,
          status: 'Enabled',
        },
      ];
  return {
    ...doc,
    subscriptions,
    users: [...doc.users, ...users],
    mailboxes: [...doc.mailboxes, ...mailboxes],
    oneDrives: [...doc.oneDrives, ...oneDrives],
  };
}
