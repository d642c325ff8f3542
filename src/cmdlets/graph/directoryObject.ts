/**
 * MicrosoftGraphDirectoryObject: a typed `Id` and `DeletedDateTime`, everything else in
 * `AdditionalProperties` (`@odata.type`, `displayName`, `userPrincipalName`...), as Graph returns
 * members, managers, role members and deleted items.
 */
import type { PSObject } from '../../runtime/values/PSObject.js';
import type { Group, Tenant, User } from '../../tenant/index.js';
import type { RoleDefinition } from '../../tenant/index.js';
import { utcDateTime } from '../tenant/dates.js';
import { userJson } from './userData.js';
import { additionalProperties, model } from './values.js';

export function directoryObject(
  id: string,
  deleted: string | null,
  members: readonly (readonly [string, unknown])[],
): PSObject {
  return model('MicrosoftGraphDirectoryObject', [
    ['DeletedDateTime', utcDateTime(deleted)],
    ['Id', id],
    ['AdditionalProperties', additionalProperties(members)],
  ]);
}

export function userAsDirectoryObject(tenant: Tenant, u: User): PSObject {
  const data = userJson(tenant, u);
  return directoryObject(u.id, u.softDeletionTimestamp, [
    ['@odata.type', '#microsoft.graph.user'],
    ['businessPhones', []],
    ['displayName', u.displayName],
    ['givenName', u.firstName ?? null],
    ['jobTitle', u.jobTitle ?? null],
    ['mail', data.get('mail') ?? null],
    ['mobilePhone', u.mobilePhone ?? null],
    ['officeLocation', u.officeLocation ?? null],
    ['preferredLanguage', null],
    ['surname', u.lastName ?? null],
    ['userPrincipalName', data.get('userprincipalname') ?? u.userPrincipalName],
  ]);
}

export function groupAsDirectoryObject(g: Group): PSObject {
  return directoryObject(g.id, null, [
    ['@odata.type', '#microsoft.graph.group'],
    ['displayName', g.displayName],
    ['mail', g.mail],
    ['mailNickname', g.mailNickname],
    ['groupTypes', [...g.groupTypes]],
    ['securityEnabled', g.securityEnabled],
    ['mailEnabled', g.mailEnabled],
    ['onPremisesSyncEnabled', null],
  ]);
}

export function roleAsDirectoryObject(tenantId: string, r: RoleDefinition): PSObject {
  return directoryObject(directoryRoleId(tenantId, r.id), null, [
    ['@odata.type', '#microsoft.graph.directoryRole'],
    ['displayName', r.displayName],
    ['description', r.description],
    ['roleTemplateId', r.id],
  ]);
}

/**
 * A directory role's id is the tenant's own (not the template id): derived from both, so it is
 * stable for a tenant and differs between tenants.
 */
export function directoryRoleId(tenantId: string, templateId: string): string {
  const hex = [...`${tenantId}${templateId}`.replace(/-/g, '')]
    .map((ch, i, all) => ((parseInt(ch, 16) + parseInt(all[(i * 7 + 3) % all.length]!, 16)) % 16).toString(16))
    .join('')
    .slice(0, 32);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-a${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}
