/**
 * Directory roles the Graph way: activated roles with a tenant-specific id and the template id,
 * current names ("Global Administrator"). A role counts as activated once it has a member; Global
 * Administrator always is.
 */
import { ROLE, ROLE_DEFINITIONS, type RoleDefinition, type Tenant } from '../../tenant/index.js';
import { directoryRoleId } from './directoryObject.js';
import type { Json } from './userData.js';
import { additionalProperties, model } from './values.js';
import type { PSObject } from '../../runtime/values/PSObject.js';

export function activatedRoles(tenant: Tenant): RoleDefinition[] {
  return ROLE_DEFINITIONS.filter(
    (r) => r.id === ROLE.globalAdministrator || tenant.directory.roleMembers(r.id).length > 0,
  );
}

/** A role by its tenant id or its template id (either is accepted as -DirectoryRoleId). */
export function findDirectoryRole(tenant: Tenant, id: string): RoleDefinition | undefined {
  const want = id.toLowerCase().replace(/^roletemplateid=/, '');
  const tenantId = tenant.organisation.id;
  return ROLE_DEFINITIONS.find((r) => r.id === want || directoryRoleId(tenantId, r.id) === want);
}

export function roleJson(tenantId: string, r: RoleDefinition): Map<string, Json> {
  return new Map<string, Json>([
    ['id', directoryRoleId(tenantId, r.id)],
    ['displayname', r.displayName],
    ['description', r.description],
    ['roletemplateid', r.id],
  ]);
}

export function directoryRole(tenantId: string, r: RoleDefinition): PSObject {
  return model('MicrosoftGraphDirectoryRole', [
    ['DeletedDateTime', null],
    ['Description', r.description],
    ['DisplayName', r.displayName],
    ['Id', directoryRoleId(tenantId, r.id)],
    ['Members', null],
    ['RoleTemplateId', r.id],
    ['ScopedMembers', null],
    ['AdditionalProperties', additionalProperties()],
  ]);
}

export const ROLE_RESOURCE = {
  type: 'directoryRole',
  has: (name: string) => ['id', 'displayname', 'description', 'roletemplateid'].includes(name.toLowerCase()),
};

/** `https://graph.microsoft.com/v1.0/directoryObjects/{id}` -> `{id}`. */
export const objectIdOfReference = (odataId: string): string => odataId.replace(/\/+$/, '').split('/').pop() ?? odataId;
