/** Groups the Graph way: the service's JSON (for $filter) and the SDK's MicrosoftGraphGroup. */
import type { PSObject } from '../../runtime/values/PSObject.js';
import type { Group, Tenant } from '../../tenant/index.js';
import { utcDateTime } from '../tenant/dates.js';
import type { Json } from './userData.js';
import { additionalProperties, model } from './values.js';

export function groupJson(g: Group): Map<string, Json> {
  return new Map<string, Json>([
    ['id', g.id],
    ['displayname', g.displayName],
    ['description', null],
    ['mail', g.mail],
    ['mailenabled', g.mailEnabled],
    ['mailnickname', g.mailNickname],
    ['securityenabled', g.securityEnabled],
    ['grouptypes', [...g.groupTypes]],
    ['createddatetime', g.createdDateTime],
  ]);
}

export const GROUP_RESOURCE = {
  type: 'group',
  has: (name: string) => groupJson({ id: '', displayName: '', mailNickname: '', mail: null, groupTypes: [], securityEnabled: false, mailEnabled: false, members: [], owners: [], createdDateTime: '' }).has(name.toLowerCase()),
};

export function graphGroup(g: Group): PSObject {
  return model('MicrosoftGraphGroup', [
    ['CreatedDateTime', utcDateTime(g.createdDateTime)],
    ['DeletedDateTime', null],
    ['Description', null],
    ['DisplayName', g.displayName],
    ['GroupTypes', [...g.groupTypes]],
    ['Id', g.id],
    ['Mail', g.mail],
    ['MailEnabled', g.mailEnabled],
    ['MailNickname', g.mailNickname],
    ['SecurityEnabled', g.securityEnabled],
    ['AdditionalProperties', additionalProperties()],
  ]);
}

export const findGroup = (tenant: Tenant, id: string): Group | undefined =>
  tenant.directory.listGroups().find((g) => g.id === id.toLowerCase());
