/** Activated directory roles and their tenant-specific object ids (AzureAD and Graph list them). */
import { describe, expect, it } from 'vitest';
import { ROLE, type User } from '../../../src/tenant/index.js';
import { activatedRoleObjectId, activatedRoles } from '../../../src/tenant/services/directory/activatedRoles.js';

const TENANT = '68cb9495-71ab-41bd-b3b0-c6935ccc0bb8';

describe('activated roles', () => {
  it('Global Administrator is always activated; other roles once someone holds them', () => {
    const holder = { roles: [ROLE.helpdeskAdministrator] } as unknown as User;
    expect(activatedRoles([]).map((r) => r.displayName)).toEqual(['Global Administrator']);
    expect(activatedRoles([holder]).map((r) => r.displayName)).toEqual(['Global Administrator', 'Helpdesk Administrator']);
  });

  it('object ids are GUIDs, the same for the same tenant and role, different across tenants', () => {
    const id = activatedRoleObjectId(TENANT, ROLE.globalAdministrator);
    expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(activatedRoleObjectId(TENANT.toUpperCase(), ROLE.globalAdministrator)).toBe(id);
    expect(activatedRoleObjectId('00000000-0000-0000-0000-000000000001', ROLE.globalAdministrator)).not.toBe(id);
  });
});
