/**
 * MSOnline's words for every tenant refusal (directory-cmdlets.md section 5). The table is typed by
 * the closed TenantProblem union, so a new kind does not compile until MSOnline words it.
 * MSOnline's FullyQualifiedErrorId is `Microsoft.Online.Administration.Automation.<Kind>Exception`;
 * the streams add `,Cmdlet-Name`.
 */
import type { ErrorSpec } from '../../runtime/errors.js';
import type { TenantProblem, TenantWarning } from '../../tenant/index.js';

type Problem<K extends TenantProblem['kind']> = Extract<TenantProblem, { kind: K }>;

interface MsolText {
  readonly message: string;
  /** The exception class name without namespace (UserNotFoundException, ...). */
  readonly exception: string;
}

/** The parameter MSOnline names for a service attribute (E17 upper-cases it). */
const MSOL_PARAMETER = new Map<string, string>([
  ['userPrincipalName', 'UserPrincipalName'],
  ['displayName', 'DisplayName'],
  ['firstName', 'FirstName'],
  ['lastName', 'LastName'],
  ['department', 'Department'],
  ['jobTitle', 'Title'],
  ['city', 'City'],
  ['country', 'Country'],
  ['officeLocation', 'Office'],
  ['mobilePhone', 'MobilePhone'],
  ['accountEnabled', 'BlockCredential'],
  ['password', 'Password'],
  ['immutableId', 'ImmutableId'],
]);

const ACCESS_DENIED = 'Access Denied. You do not have permissions to call this cmdlet.';

const texts: { readonly [K in TenantProblem['kind']]: (p: Problem<K>) => MsolText } = {
  UserNotFound: (p) => ({ message: `User Not Found. User: ${p.ref.value}.`, exception: 'UserNotFoundException' }),
  AccessDenied: () => ({ message: ACCESS_DENIED, exception: 'AccessDeniedException' }),
  SyncedObject: (p) =>
    p.attribute === null
      ? {
          // E18: a project choice for T-DEL-4 (the real service allows it).
          message:
            'Unable to delete this user because it is synchronized with your on-premises directory. Delete it in Active Directory.',
          exception: 'PropertyNotSettableException',
        }
      : {
          message: `Unable to update parameter. Parameter name: ${(MSOL_PARAMETER.get(p.attribute) ?? p.attribute).toUpperCase()}.`,
          exception: 'PropertyNotSettableException',
        },
  UserCannotBeRemoved: () => ({ message: 'User cannot be removed. Try again later.', exception: 'InvalidUserOperationException' }),
  UpnConflict: (p) =>
    p.restoring
      ? {
          message: 'The specified user account cannot be restored because of the following error: Error Type UserPrincipalName',
          exception: 'InvalidRestoreException',
        }
      : { message: 'Uniqueness violation. Property: UserPrincipalName.', exception: 'UniquenessValidationException' },
  ProxyAddressConflict: (p) =>
    p.restoring
      ? {
          message: 'The specified user account cannot be restored because of the following error: Error Type proxyAddress',
          exception: 'InvalidRestoreException',
        }
      : { message: 'Uniqueness violation. Property: ProxyAddresses.', exception: 'UniquenessValidationException' },
  InvalidValue: (p) => ({
    message: `Invalid value for parameter. Parameter Name: ${p.property}.`,
    exception: 'PropertyValidationException',
  }),
  RoleNotFound: (p) => ({ message: `Role Not Found. Role: ${p.role}.`, exception: 'RoleNotFoundException' }),
  RoleMemberExists: () => ({
    message: 'The role member you are trying to add already exists.',
    exception: 'RoleMemberAlreadyExistsException',
  }),
  RoleMemberNotFound: () => ({
    message: 'The role member you are trying to delete was not found.',
    exception: 'RoleMemberNotFoundException',
  }),
  GroupNotFound: (p) => ({ message: `Group Not Found. Group: ${p.group}.`, exception: 'GroupNotFoundException' }),
  UsageLocationRequired: () => ({
    message: 'You must provide a required property: Parameter name: UsageLocation',
    exception: 'PropertyNotSetException',
  }),
  NoFreeUnits: () => ({
    message: 'Unable to assign this license because the number of allowed licenses have been assigned.',
    exception: 'TooManyLicensesForAccountException',
  }),
  InvalidLicense: () => ({
    message:
      'Unable to assign this license because it is invalid. Use the Get-MsolAccountSku cmdlet to retrieve a list of valid licenses.',
    exception: 'InvalidLicenseConfigurationException',
  }),
  NoLicenseChange: () => ({
    message: 'You must specify at least one of the AddLicenses, RemoveLicenses or LicenseOptions parameters.',
    exception: 'InvalidParameterException',
  }),
  SubscriptionNotFound: (p) => ({ message: `Subscription Not Found. Sku: ${p.skuPartNumber}.`, exception: 'SubscriptionNotFoundException' }),
  SubscriptionExists: (p) => ({
    message: `A subscription for ${p.skuPartNumber} already exists.`,
    exception: 'InvalidSubscriptionException',
  }),
  // T-LIC-2/3/4 in DESIGN.md's words (the admin center's billing action has no MSOnline cmdlet).
  UnitsBelowConsumed: (p) => ({
    message: `Cannot lower ${p.skuPartNumber} to ${p.requested} licenses: ${p.consumed} are assigned. Remove licenses from users first.`,
    exception: 'InvalidSubscriptionException',
  }),
  ChannelLocked: (p) => ({
    message:
      p.channel === 'Partner'
        ? `Cannot change the number of licenses of ${p.skuPartNumber}: it was bought through a partner. Ask your partner to change it.`
        : `Cannot change the number of licenses of ${p.skuPartNumber}: it was bought through volume licensing. Ask your volume licensing reseller to change it.`,
    exception: 'InvalidSubscriptionException',
  }),
  CommitmentNotEnded: (p) => ({
    message: `Cannot lower ${p.skuPartNumber} before its commitment ends on ${p.commitmentEndDate}.`,
    exception: 'InvalidSubscriptionException',
  }),
  MailboxNotFound: (p) => ({ message: `Mailbox Not Found. Mailbox: ${p.ref}.`, exception: 'MailboxNotFoundException' }),
  HoldNotLicensed: (p) => ({
    message: `The mailbox of ${p.upn} has no license that includes holds.`,
    exception: 'InvalidLicenseConfigurationException',
  }),
  InvalidCredentials: () => ({ message: 'Authentication Error: Bad username or password.', exception: 'MicrosoftOnlineException' }),
  // T-CLOUD-1: the sign-in service of another cloud does not know the tenant's accounts [guess].
  WrongCloud: () => ({
    message: 'Authentication Error: Unexpected authentication failure.',
    exception: 'MicrosoftOnlineException',
  }),
};

/** The error record spec for a refusal, as MSOnline writes it. */
export function msolError(problem: TenantProblem, target: unknown = null): ErrorSpec {
  const word = texts[problem.kind] as (p: TenantProblem) => MsolText;
  const t = word(problem);
  return {
    message: t.message,
    id: `Microsoft.Online.Administration.Automation.${t.exception}`,
    category: 'OperationStopped',
    exceptionType: 'Microsoft.Online.Administration.Automation.MicrosoftOnlineException',
    target,
  };
}

/** E4: MSOnline lets only admins in (Connect-MsolService support article). */
export function msolAccessDenied(): ErrorSpec {
  return msolError({ kind: 'AccessDenied', rule: 'T-ROLE-5', reason: 'notAdmin', target: '' });
}

/** The warning text of a tenant warning. */
export function msolWarning(w: TenantWarning): string {
  switch (w.kind) {
    case 'ForwardingStopped':
      return `Removing the license of ${w.upn} stops its email forwarding and disables its mailbox on ${w.disableOn}.`;
    case 'LicenseNotRestored':
      return `${w.upn} was restored without its ${w.skuPartNumber} license: no unit of it is free.`;
    case 'ProxyAddressesRemoved':
      return `Removed from ${w.upn} the addresses another object now holds: ${w.addresses.join(', ')}.`;
  }
}
