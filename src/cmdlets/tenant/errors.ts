/**
 * The emulator's own wording for tenant refusals met by the Tenant* cmdlets. DESIGN.md fixes the
 * texts of Set-TenantSubscription's refusals (T-ROLE-3, T-LIC-2, T-LIC-3, T-LIC-4); the rest are
 * tenantsh's, written to say what to do next. One entry per problem kind, so a new kind does not
 * compile until it is worded here.
 */
import type { ErrorCategory } from '../../runtime/values/exceptions.js';
import type { ErrorSpec } from '../../runtime/errors.js';
import type { TenantProblem, TenantWarning } from '../../tenant/index.js';

type Problem<K extends TenantProblem['kind']> = Extract<TenantProblem, { kind: K }>;
type Wording = { [K in TenantProblem['kind']]: (p: Problem<K>) => string };

const refName = (p: Problem<'UserNotFound'>): string => p.ref.value;

const LICENSE_REASONS: Record<Problem<'InvalidLicense'>['reason'], (sku: string) => string> = {
  unknownSku: (sku) => `'${sku}' is not a SKU part number tenantsh knows (for example ENTERPRISEPACK or SPE_E5).`,
  noSubscription: (sku) => `The tenant has no ${sku} subscription. Add one with New-TenantSubscription.`,
  alreadyAssigned: (sku) => `The user already has a ${sku} license.`,
  notAssigned: (sku) => `The user has no ${sku} license.`,
  unknownPlan: (sku) => `A service plan given for ${sku} is not part of that SKU.`,
};

const WORDING: Wording = {
  UserNotFound: (p) => `There is no ${p.deleted ? 'deleted ' : ''}user ${refName(p)}.`,
  // Only Set-TenantSubscription runs as a signed-in user (DESIGN.md), so access is about units.
  AccessDenied: () =>
    'Access denied. Changing the number of licenses needs the Global Administrator or Billing Administrator role.',
  SyncedObject: (p) => `${p.upn} is synchronized with your on-premises directory: change it in Active Directory.`,
  UserCannotBeRemoved: () => 'User cannot be removed. Try again later.',
  UpnConflict: (p) => `Another user already has the user principal name ${p.upn}.`,
  ProxyAddressConflict: (p) => `The email address ${p.address} is already being used.`,
  InvalidValue: (p) => `Invalid value for ${p.property}: '${p.value}' (${p.problem}).`,
  RoleNotFound: (p) => `There is no role ${p.role}.`,
  RoleMemberExists: (p) => `${p.upn} already holds the role ${p.role}.`,
  RoleMemberNotFound: (p) => `${p.upn} does not hold the role ${p.role}.`,
  GroupNotFound: (p) => `There is no group ${p.group}.`,
  UsageLocationRequired: (p) => `${p.upn} needs a usage location before a license can be assigned.`,
  NoFreeUnits: (p) =>
    `No ${p.skuPartNumber} license is free: every unit is assigned. Add -BuyLicense to buy one more in the same step.`,
  InvalidLicense: (p) => LICENSE_REASONS[p.reason](p.sku),
  NoLicenseChange: () => 'No license to add or remove was given.',
  SubscriptionNotFound: (p) => `The tenant has no ${p.skuPartNumber} subscription. Add one with New-TenantSubscription.`,
  SubscriptionExists: (p) =>
    `The tenant already has a ${p.skuPartNumber} subscription: change its units with Set-TenantSubscription.`,
  // T-LIC-2
  UnitsBelowConsumed: (p) =>
    `Cannot lower ${p.skuPartNumber} to ${p.requested} licenses: ${p.consumed} are assigned. Remove licenses from users first.`,
  // T-LIC-3
  ChannelLocked: (p) =>
    p.channel === 'Partner'
      ? `Cannot change the number of licenses of ${p.skuPartNumber}: it was bought through a partner. Ask your partner to change it.`
      : `Cannot change the number of licenses of ${p.skuPartNumber}: it was bought through volume licensing. Ask your volume licensing reseller to change it.`,
  // T-LIC-4 (the service gives the date as yyyy-MM-dd)
  CommitmentNotEnded: (p) => `Cannot lower ${p.skuPartNumber} before its commitment ends on ${p.commitmentEndDate}.`,
  MailboxNotFound: (p) => `There is no mailbox ${p.ref}.`,
  HoldNotLicensed: (p) => `The license of ${p.upn} does not include holds.`,
  InvalidCredentials: (p) => `Wrong user name or password for ${p.upn}.`,
  WrongCloud: (p) => `The tenant lives in the ${p.instance} cloud, not ${p.requested}.`,
};

const CATEGORY: Partial<Record<TenantProblem['kind'], ErrorCategory>> = {
  AccessDenied: 'PermissionDenied',
  UserNotFound: 'ObjectNotFound',
  SubscriptionNotFound: 'ObjectNotFound',
  RoleNotFound: 'ObjectNotFound',
  GroupNotFound: 'ObjectNotFound',
  MailboxNotFound: 'ObjectNotFound',
  SubscriptionExists: 'ResourceExists',
  UpnConflict: 'ResourceExists',
  ProxyAddressConflict: 'ResourceExists',
  InvalidValue: 'InvalidArgument',
  InvalidLicense: 'InvalidArgument',
};

export function tenantMessage(problem: TenantProblem): string {
  const word = WORDING[problem.kind] as (p: TenantProblem) => string;
  return word(problem);
}

/** A refusal as a Tenant* cmdlet error; the id names the kind (and the rule, when one refused). */
export function tenantRefusal(problem: TenantProblem, target: unknown): ErrorSpec {
  const rule = 'rule' in problem && problem.rule ? `.${problem.rule}` : '';
  return {
    message: tenantMessage(problem),
    id: `Tenant${problem.kind}${rule}`,
    category: CATEGORY[problem.kind] ?? 'InvalidOperation',
    exceptionType: 'System.InvalidOperationException',
    target,
  };
}

/** Service warnings in the emulator's words (T-LIC-5 is fixed by tenant-rules.md). */
export function tenantWarning(w: TenantWarning): string {
  switch (w.kind) {
    case 'ForwardingStopped':
      return `Removing the license of ${w.upn} stops its email forwarding and disables its mailbox on ${w.disableOn}.`;
    case 'LicenseNotRestored':
      return `${w.upn} was restored without its ${w.skuPartNumber} license: no unit was free.`;
    case 'ProxyAddressesRemoved':
      return `${w.upn} was restored without the addresses another object now holds: ${w.addresses.join(', ')}.`;
  }
}
