/**
 * The user properties New-MgUser and Update-MgUser take, from their expanded parameters or a
 * -BodyParameter (hashtable or user object), in the directory service's terms. Properties the
 * emulated directory does not keep (mailNickname, otherMails, showInAddressList...) are accepted
 * and ignored.
 */
import { toBool } from '../../runtime/convert/toBoolean.js';
import { toStr } from '../../runtime/convert/toStringValue.js';
import { getPropertyValue, propertyNamesOf } from '../../runtime/members/properties.js';
import { PSHashtable } from '../../runtime/values/Hashtable.js';
import { asList } from '../../runtime/values/enumerate.js';
import type { UserPatch } from '../../tenant/services/directory/DirectoryService.js';

/** The settable properties: JSON name -> how the directory stores it. */
const FIELDS: ReadonlyMap<string, (v: unknown) => UserPatch> = new Map<string, (v: unknown) => UserPatch>([
  ['accountenabled', (v) => ({ accountEnabled: toBool(v) })],
  ['displayname', (v) => ({ displayName: toStr(v) })],
  ['givenname', (v) => ({ firstName: toStr(v) })],
  ['surname', (v) => ({ lastName: toStr(v) })],
  ['usagelocation', (v) => ({ usageLocation: v === null ? null : toStr(v) })],
  ['jobtitle', (v) => ({ jobTitle: toStr(v) })],
  ['department', (v) => ({ department: toStr(v) })],
  ['officelocation', (v) => ({ officeLocation: toStr(v) })],
  ['city', (v) => ({ city: toStr(v) })],
  ['country', (v) => ({ country: toStr(v) })],
  ['mobilephone', (v) => ({ mobilePhone: toStr(v) })],
  ['userprincipalname', (v) => ({ userPrincipalName: toStr(v) })],
  ['onpremisesimmutableid', (v) => ({ immutableId: v === null ? null : toStr(v) })],
  ['usertype', (v) => (toStr(v).toLowerCase() === 'guest' ? { userType: 'Guest' } : { userType: 'Member' })],
  ['proxyaddresses', (v) => ({ proxyAddresses: asList(v).map((x) => toStr(x)) })],
  ['passwordprofile', (v) => {
    const p = getPropertyValue(v, 'Password');
    return p === undefined || p === null ? {} : { password: toStr(p) };
  }],
]);

/** The body's members: a hashtable's keys or an object's properties. */
function members(body: unknown): [string, unknown][] {
  if (body instanceof PSHashtable) return [...body.keys()].map((k) => [toStr(k), body.get(k)]);
  if (body === null || body === undefined) return [];
  return propertyNamesOf(body).map((n) => [n, getPropertyValue(body, n)]);
}

/**
 * The patch from the bound parameters (`bound` is c.isBound, `value` reads c.params) and the body.
 * Also returns the lower-cased JSON names given, for the required-property checks.
 */
export function userPatchOf(
  paramNames: readonly string[],
  bound: (name: string) => boolean,
  value: (name: string) => unknown,
  body: unknown,
): { patch: UserPatch; given: Set<string> } {
  let patch: UserPatch = {};
  const given = new Set<string>();
  const apply = (name: string, v: unknown): void => {
    const lower = name.toLowerCase();
    given.add(lower);
    const field = FIELDS.get(lower);
    if (field && v !== undefined) patch = { ...patch, ...field(v) };
  };
  for (const [k, v] of members(body)) apply(k, v);
  for (const n of paramNames) if (bound(n)) apply(n, value(n));
  return { patch, given };
}
