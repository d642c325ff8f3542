/**
 * Activated directory roles as AzureAD and Graph list them: a role is activated in a tenant once
 * it has had a member (Global Administrator always is). Its object id is tenant-specific in the
 * real service; here it is derived from the tenant id and the role template id (a name-based,
 * version-5-style GUID), so every module shows the same id for the same role, run after run.
 */
import { createHash } from 'node:crypto';
import { ROLE, ROLE_DEFINITIONS, type Guid, type RoleDefinition, type User } from '../../model/index.js';

export function activatedRoleObjectId(tenantId: Guid, roleTemplateId: Guid): Guid {
  const h = createHash('sha1').update(`${tenantId.toLowerCase()}/${roleTemplateId.toLowerCase()}`).digest();
  h[6] = (h[6]! & 0x0f) | 0x50;
  h[8] = (h[8]! & 0x3f) | 0x80;
  const x = h.subarray(0, 16).toString('hex');
  return `${x.slice(0, 8)}-${x.slice(8, 12)}-${x.slice(12, 16)}-${x.slice(16, 20)}-${x.slice(20, 32)}`;
}

/** The roles some active user holds, plus Global Administrator, in catalog order. */
export function activatedRoles(users: readonly User[]): RoleDefinition[] {
  const held = new Set<string>([ROLE.globalAdministrator]);
  for (const u of users) for (const r of u.roles) held.add(r);
  return ROLE_DEFINITIONS.filter((r) => held.has(r.id));
}
