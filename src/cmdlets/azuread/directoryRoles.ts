/** The activated directory roles of the tenant, and one of them by object id or template id. */
import type { RoleDefinition, Tenant } from '../../tenant/index.js';
import { activatedRoleObjectId, activatedRoles } from '../../tenant/services/directory/activatedRoles.js';

export function tenantActivatedRoles(tenant: Tenant): RoleDefinition[] {
  return activatedRoles(tenant.directory.listUsers());
}

export function activatedRoleById(tenant: Tenant, objectId: string): RoleDefinition | undefined {
  const id = objectId.toLowerCase();
  return tenantActivatedRoles(tenant).find(
    (r) => activatedRoleObjectId(tenant.organisation.id, r.id) === id || r.id === id,
  );
}
