/**
 * How Microsoft Graph PowerShell reports a failed request (directory-cmdlets.md 1.2 and section 5):
 * the error view names the cmdlet's internal variant (`Get-MgUser_Get`), the message is followed by
 * a blank line and a status block, and the FullyQualifiedErrorId is
 * `<ErrorCode>,Microsoft.Graph.PowerShell.Cmdlets.<CmdletNoDash>_<Set>`. Errors are non-terminating.
 * One entry per tenant problem kind, so a new kind does not compile until Graph words it.
 */
import type { CmdletCall } from '../../runtime/commands/CmdletCall.js';
import { makeErrorRecord } from '../../runtime/errors.js';
import type { ErrorRecord } from '../../runtime/values/exceptions.js';
import type { TenantProblem } from '../../tenant/index.js';

export interface GraphFailure {
  readonly message: string;
  /** The service's error code (`Request_ResourceNotFound`, `Authorization_RequestDenied`...). */
  readonly code: string;
  readonly status: 400 | 403 | 404;
}

type Problem<K extends TenantProblem['kind']> = Extract<TenantProblem, { kind: K }>;
type Mapping = { [K in TenantProblem['kind']]: (p: Problem<K>) => GraphFailure };

const STATUS_TEXT: Record<GraphFailure['status'], string> = { 400: 'BadRequest', 403: 'Forbidden', 404: 'NotFound' };

/** E5: the resource named as the script named it. */
export const notFound = (resource: string): GraphFailure => ({
  message: `Resource '${resource}' does not exist or one of its queried reference-property objects are not present.`,
  code: 'Request_ResourceNotFound',
  status: 404,
});

/** E10 (no right, a protected admin, a missing scope). */
export const insufficientPrivileges: GraphFailure = {
  message: 'Insufficient privileges to complete the operation.',
  code: 'Authorization_RequestDenied',
  status: 403,
};

export const badRequest = (message: string, code = 'Request_BadRequest'): GraphFailure => ({ message, code, status: 400 });

/** E21 */
const alreadyExists = (property: string): GraphFailure =>
  badRequest(`Another object with the same value for property ${property} already exists.`);

const invalidValue = (property: string): GraphFailure =>
  badRequest(`Invalid value specified for property '${lowerFirst(property)}' of resource 'User'.`);

const lowerFirst = (s: string): string => s.charAt(0).toLowerCase() + s.slice(1);

/** License texts: E14, E15, the unknown-SKU text [mem]. */
const invalidLicense = (p: Problem<'InvalidLicense'>): GraphFailure => {
  switch (p.reason) {
    case 'unknownSku':
    case 'noSubscription':
      return badRequest(`License ${p.sku} does not correspond to a valid company License.`);
    case 'notAssigned':
      return badRequest('User does not have a corresponding license.');
    case 'unknownPlan':
      return badRequest(`Service plan in license ${p.sku} is not valid.`);
    case 'alreadyAssigned':
      return badRequest(`License ${p.sku} is already assigned to the user.`);
  }
};

const MAPPING: Mapping = {
  UserNotFound: (p) => notFound(p.ref.value),
  AccessDenied: () => insufficientPrivileges,
  // E16 (also T-DEL-4's refusal to delete, E18)
  SyncedObject: () =>
    badRequest(
      'Unable to update the specified properties for on-premises mastered Directory Sync objects or objects currently undergoing migration.',
    ),
  // E27 (T-DEL-5)
  UserCannotBeRemoved: () => badRequest('User cannot be removed. Try again later.'),
  UpnConflict: () => alreadyExists('userPrincipalName'),
  ProxyAddressConflict: () => alreadyExists('proxyAddresses'),
  InvalidValue: (p) => invalidValue(p.property),
  RoleNotFound: (p) => notFound(p.role),
  RoleMemberExists: () =>
    badRequest("One or more added object references already exist for the following modified properties: 'members'."),
  RoleMemberNotFound: (p) => notFound(p.upn),
  GroupNotFound: (p) => notFound(p.group),
  // E15 (T-LIC-6)
  UsageLocationRequired: () => badRequest('License assignment cannot be done for user with invalid usage location.'),
  // E14 (T-LIC-6)
  NoFreeUnits: (p) => badRequest(`Subscription with SKU ${p.skuId} does not have any available licenses.`),
  InvalidLicense: invalidLicense,
  // E20
  NoLicenseChange: () => badRequest('No license changes provided. At least one license to add or remove must be specified.'),
  SubscriptionNotFound: (p) => notFound(p.skuPartNumber),
  SubscriptionExists: (p) => alreadyExists(`skuPartNumber ${p.skuPartNumber}`),
  UnitsBelowConsumed: (p) => badRequest(`Cannot lower ${p.skuPartNumber} below the ${p.consumed} licenses assigned.`),
  ChannelLocked: () => insufficientPrivileges,
  CommitmentNotEnded: (p) => badRequest(`Cannot lower ${p.skuPartNumber} before its commitment ends on ${p.commitmentEndDate}.`),
  MailboxNotFound: (p) => notFound(p.ref),
  HoldNotLicensed: () => insufficientPrivileges,
  InvalidCredentials: () =>
    badRequest('AADSTS50126: Error validating credentials due to invalid username or password.', 'invalid_grant'),
  WrongCloud: (p) =>
    badRequest(
      `AADSTS90002: Tenant '${p.instance}' not found. Check to make sure you have the correct tenant ID and are signing into the correct cloud.`,
      'invalid_request',
    ),
};

export function graphFailure(problem: TenantProblem): GraphFailure {
  const map = MAPPING[problem.kind] as (p: TenantProblem) => GraphFailure;
  return map(problem);
}

/**
 * The error record for `variant` (`Remove-MgUser_Delete`): the exception carries the service's
 * message, ErrorDetails the message with the status block the error view prints.
 */
export function graphErrorRecord(
  c: CmdletCall<unknown>,
  variant: string,
  failure: GraphFailure,
  target: unknown,
  dateIso: string,
): ErrorRecord {
  const record = makeErrorRecord({
    message: failure.message,
    id: `${failure.code},Microsoft.Graph.PowerShell.Cmdlets.${variant.replace(/-/g, '')}`,
    category: 'InvalidOperation',
    exceptionType: 'System.Exception',
    target,
    commandName: variant,
    extent: c.extent,
  });
  record.errorDetailsMessage = [
    failure.message,
    '',
    `Status: ${failure.status} (${STATUS_TEXT[failure.status]})`,
    `ErrorCode: ${failure.code}`,
    `Date: ${dateIso.slice(0, 19)}`,
  ].join('\n');
  return record;
}
