/** Naming users the Graph way: `-UserId` is an object id or a UPN; `-Property` picks what comes back. */
import { isGuid, type UserRef } from '../../tenant/index.js';
import { getPropertyValue } from '../../runtime/members/properties.js';
import { toStr } from '../../runtime/convert/toStringValue.js';
import { badRequest, type GraphFailure } from './errors.js';
import { selectedNames, type Resource } from './query.js';
import { DEFAULT_USER_PROPERTIES, USER_PROPERTIES, userProperty } from './userData.js';

export const userRef = (id: string): UserRef =>
  isGuid(id.toLowerCase()) ? { by: 'objectId', value: id.toLowerCase() } : { by: 'userPrincipalName', value: id };

export const USER_RESOURCE: Resource = { type: 'user', has: (name) => userProperty(name) !== undefined };

/**
 * The lower-cased JSON names a request returns: the default set, or `Id` plus what -Property
 * names (`*` for everything); an unknown name is the service's $select error.
 */
export function userSelection(property: readonly string[] | undefined): ReadonlySet<string> | GraphFailure {
  if (property?.some((p) => p.trim() === '*')) return new Set(USER_PROPERTIES.map(([n]) => n.toLowerCase()));
  const names = selectedNames(property);
  if (names === null) return new Set(DEFAULT_USER_PROPERTIES.map((n) => n.toLowerCase()));
  const out = new Set<string>(['id']);
  for (const n of names) {
    const p = userProperty(n);
    if (!p)
      return badRequest(
        `Parsing OData Select and Expand failed: Could not find a property named '${n}' on type 'microsoft.graph.user'.`,
        'BadRequest',
      );
    out.add(p.name.toLowerCase());
  }
  return out;
}

/** A ViaIdentity -InputObject: an identity object or a model with `UserId`/`Id`, or a plain id. */
export function identityId(value: unknown, key: string): string | null {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string') return value;
  for (const name of [key, 'Id']) {
    const v = getPropertyValue(value, name);
    if (v !== undefined && v !== null && toStr(v) !== '') return toStr(v);
  }
  return null;
}

export const isFailure = (v: unknown): v is GraphFailure =>
  typeof v === 'object' && v !== null && 'status' in v && 'code' in v && 'message' in v;
