/**
 * Set-AzureADUserLicense -AssignedLicenses: adds the AddLicenses (AssignedLicense objects: SkuId,
 * DisabledPlans) and removes the RemoveLicenses (SkuIds) in one step (T-ROLE-6, T-LIC-6: E14
 * no free unit, E15 no usage location, in AzureAD's frame). One AssignedLicense set as AddLicenses
 * counts as a one-element list, as .NET converts it.
 */
import { defineCmdlet, param } from '../../runtime/commands/defineCmdlet.js';
import { toStr } from '../../runtime/convert/toStringValue.js';
import { getPropertyValue } from '../../runtime/members/properties.js';
import { enumerableItems } from '../../runtime/values/enumerate.js';
import { aadContext, aadRun, writeAadWarnings } from './operation.js';
import { AAD_MODEL } from './types.js';
import { aadUserRef } from './userRef.js';

const listOf = (v: unknown): unknown[] => (v === null || v === undefined ? [] : (enumerableItems(v) ?? [v]));

export default defineCmdlet({
  name: 'Set-AzureADUserLicense',
  module: 'AzureAD',
  synopsis: 'Adds or removes licenses for a Microsoft online service to the list of assigned licenses for a user.',
  parameters: {
    ObjectId: param.string({ mandatory: true, fromPipeline: true, byPropertyName: true }),
    AssignedLicenses: param.typed<unknown>(AAD_MODEL.assignedLicenses, { mandatory: true, fromPipeline: true, byPropertyName: true }),
  },
  invoke: (c) => ({
    process() {
      const { tenant, caller } = aadContext(c);
      const id = c.params.ObjectId ?? '';
      const licenses = c.params.AssignedLicenses;
      const add = listOf(getPropertyValue(licenses, 'AddLicenses')).map((l) => ({
        sku: toStr(getPropertyValue(l, 'SkuId') ?? ''),
        disabledPlans: listOf(getPropertyValue(l, 'DisabledPlans')).map((p) => toStr(p)),
      }));
      const remove = listOf(getPropertyValue(licenses, 'RemoveLicenses')).map((s) => toStr(s));
      const result = aadRun(c, tenant, 'SetUserLicenses', id, () =>
        tenant.licensing.setUserLicenses(caller, aadUserRef(id), { add, remove }),
      );
      writeAadWarnings(c, result.warnings);
    },
  }),
});
