/**
 * AzureAD's errors (directory-cmdlets.md 1.2, section 5): terminating, and framed as the Graph
 * service's reply to the named operation: `Error occurred while executing <Op>`, then Code,
 * Message, RequestId, DateTimeStamp and the HTTP status. The table is typed by the closed
 * TenantProblem union, so a new kind does not compile until AzureAD words it.
 */
import { randomUUID } from 'node:crypto';
import type { ErrorSpec } from '../../runtime/errors.js';
import type { TenantProblem } from '../../tenant/index.js';

type Problem<K extends TenantProblem['kind']> = Extract<TenantProblem, { kind: K }>;

type Status = 'BadRequest' | 'Forbidden' | 'NotFound';
const STATUS_TEXT: Record<Status, string> = { BadRequest: 'Bad Request', Forbidden: 'Forbidden', NotFound: 'Not Found' };

interface ServiceReply {
  readonly code: string;
  readonly message: string;
  readonly status: Status;
}

const notFound = (id: string): ServiceReply => ({
  code: 'Request_ResourceNotFound',
  message: `Resource '${id}' does not exist or one of its queried reference-property objects are not present.`,
  status: 'NotFound',
});
const badRequest = (message: string): ServiceReply => ({ code: 'Request_BadRequest', message, status: 'BadRequest' });

const replies: { readonly [K in TenantProblem['kind']]: (p: Problem<K>) => ServiceReply } = {
  UserNotFound: (p) => notFound(p.ref.value),
  AccessDenied: () => ({
    code: 'Authorization_RequestDenied',
    message: 'Insufficient privileges to complete the operation.',
    status: 'Forbidden',
  }),
  SyncedObject: () =>
    badRequest(
      'Unable to update the specified properties for on-premises mastered Directory Sync objects or objects currently undergoing migration.',
    ),
  UserCannotBeRemoved: () => badRequest('User cannot be removed. Try again later.'),
  UpnConflict: () => badRequest('Another object with the same value for property userPrincipalName already exists.'),
  ProxyAddressConflict: () => badRequest('Another object with the same value for property proxyAddresses already exists.'),
  InvalidValue: (p) => badRequest(`Invalid value specified for property '${p.property}' of resource 'User'.`),
  RoleNotFound: (p) => notFound(p.role),
  RoleMemberExists: () =>
    badRequest("One or more added object references already exist for the following modified properties: 'members'."),
  RoleMemberNotFound: (p) => notFound(p.upn),
  GroupNotFound: (p) => notFound(p.group),
  UsageLocationRequired: () => badRequest('License assignment cannot be done for user with invalid usage location.'),
  NoFreeUnits: (p) => badRequest(`Subscription with SKU ${p.skuId} does not have any available licenses.`),
  InvalidLicense: (p) => badRequest(`License ${p.sku} does not correspond to a valid company License.`),
  NoLicenseChange: () => badRequest('No license changes provided. At least one license to add or remove must be specified.'),
  SubscriptionNotFound: (p) => notFound(p.skuPartNumber),
  SubscriptionExists: (p) => badRequest(`A subscription for ${p.skuPartNumber} already exists.`),
  UnitsBelowConsumed: (p) =>
    badRequest(
      `Cannot lower ${p.skuPartNumber} to ${p.requested} licenses: ${p.consumed} are assigned. Remove licenses from users first.`,
    ),
  ChannelLocked: (p) =>
    badRequest(
      p.channel === 'Partner'
        ? `Cannot change the number of licenses of ${p.skuPartNumber}: it was bought through a partner. Ask your partner to change it.`
        : `Cannot change the number of licenses of ${p.skuPartNumber}: it was bought through volume licensing. Ask your volume licensing reseller to change it.`,
    ),
  CommitmentNotEnded: (p) =>
    badRequest(`Cannot lower ${p.skuPartNumber} before its commitment ends on ${p.commitmentEndDate}.`),
  MailboxNotFound: (p) => notFound(p.ref),
  HoldNotLicensed: (p) => badRequest(`The mailbox of ${p.upn} has no license that includes holds.`),
  InvalidCredentials: () => badRequest('AADSTS50126: Error validating credentials due to invalid username or password.'),
  WrongCloud: () => badRequest('AADSTS90002: Tenant not found. This may happen if there are no active subscriptions for the tenant.'),
};

/** RFC 1123, as the DateTimeStamp line shows it (`Sun, 20 Sep 2020 22:58:49 GMT`). */
const rfc1123 = (ms: number): string => new Date(ms).toUTCString();

/** The terminating error of `operation` (GetUser, SetUser, ...) refused with `problem`. */
export function aadError(operation: string, problem: TenantProblem, nowMs: number, target: unknown = null): ErrorSpec {
  const word = replies[problem.kind] as (p: TenantProblem) => ServiceReply;
  const r = word(problem);
  return aadServiceError(operation, r.code, r.message, r.status, nowMs, target);
}

export function aadServiceError(
  operation: string,
  code: string,
  message: string,
  status: Status,
  nowMs: number,
  target: unknown = null,
): ErrorSpec {
  return {
    message: [
      `Error occurred while executing ${operation}`,
      `Code: ${code}`,
      `Message: ${message}`,
      `RequestId: ${randomUUID()}`,
      `DateTimeStamp: ${rfc1123(nowMs)}`,
      `HttpStatusCode: ${status}`,
      `HttpStatusDescription: ${STATUS_TEXT[status]}`,
      'HttpResponseStatus: Completed',
    ].join('\n'),
    id: `Microsoft.Open.AzureAD16.Client.ApiException,Microsoft.Open.AzureAD16.PowerShell.${operation}`,
    category: 'NotSpecified',
    exceptionType: 'Microsoft.Open.AzureAD16.Client.ApiException',
    target,
  };
}

/** Connect-AzureAD's sign-in failures carry the AADSTS text only. */
export function aadSignInError(problem: TenantProblem): ErrorSpec {
  const word = replies[problem.kind] as (p: TenantProblem) => ServiceReply;
  return {
    message: `One or more errors occurred.: ${word(problem).message}`,
    id: 'Microsoft.Open.Azure.AD.CommonLibrary.AadAuthenticationFailedException,Microsoft.Open.Azure.AD.CommonLibrary.ConnectAzureAD',
    category: 'AuthenticationError',
    exceptionType: 'Microsoft.Open.Azure.AD.CommonLibrary.AadAuthenticationFailedException',
  };
}
