import { defineCmdlet, param } from '../../runtime/commands/defineCmdlet.js';
import { toStr } from '../../runtime/convert/toStringValue.js';
import { getPropertyValue } from '../../runtime/members/properties.js';
import { PSHashtable } from '../../runtime/values/Hashtable.js';
import { asList } from '../../runtime/values/enumerate.js';
import { isGuid } from '../../tenant/index.js';
import { tenantWarning } from '../tenant/errors.js';
import { badRequest, notFound } from './errors.js';
import { graphContext, graphRun, writeGraphFailure } from './operation.js';
import { httpParameters } from './parameters.js';
import { DEFAULT_USER_PROPERTIES, userJson } from './userData.js';
import { userRef } from './users.js';
import { graphUser } from './userShape.js';

interface AddedLicense {
  readonly sku: string;
  readonly disabledPlans: readonly string[];
}

const field = (v: unknown, name: string): unknown => {
  const x = v instanceof PSHashtable ? (v.has(name) ? v.get(name) : undefined) : getPropertyValue(v, name);
  return x === undefined ? null : x;
};

const added = (items: unknown): AddedLicense[] =>
  asList(items).map((item) => ({
    sku: toStr(field(item, 'SkuId') ?? ''),
    disabledPlans: asList(field(item, 'DisabledPlans')).map((p) => toStr(p)),
  }));

/** RemoveLicenses are SkuId strings; an AssignedLicense object gives its SkuId. */
const removed = (items: unknown): string[] =>
  asList(items).map((item) => (typeof item === 'string' ? item : toStr(field(item, 'SkuId') ?? item)));

/**
 * Set-MgUserLicense (Microsoft.Graph.Users.Actions): adds and removes licenses in one step (the
 * licensing service checks T-ROLE-6, T-LIC-6 and warns for T-LIC-5). Both lists must be sent, as
 * every doc example does; adding a SKU the user holds updates its disabled plans. Writes the user.
 */
export default defineCmdlet({
  name: 'Set-MgUserLicense',
  module: 'Microsoft.Graph.Users.Actions',
  defaultParameterSet: 'AssignExpanded',
  supportsShouldProcess: true,
  outputType: 'Microsoft.Graph.PowerShell.Models.IMicrosoftGraphUser',
  synopsis: 'Add or remove subscriptions for the user.',
  parameters: {
    UserId: param.string({ mandatory: true }),
    AddLicenses: param.objects({ sets: ['AssignExpanded'], allowEmptyCollection: true, allowNull: true }),
    RemoveLicenses: param.objects({ sets: ['AssignExpanded'], allowEmptyCollection: true, allowNull: true }),
    AdditionalProperties: param.hashtable({ sets: ['AssignExpanded'] }),
    BodyParameter: param.object({ sets: { Assign: { mandatory: true, fromPipeline: true } } }),
    ...httpParameters(),
  },
  invoke: (c) => ({
    process() {
      const g = graphContext(c);
      const id = c.params.UserId!;
      const body = c.params.BodyParameter;
      const expanded = c.parameterSetName === 'AssignExpanded';
      const hasAdd = expanded ? c.isBound('AddLicenses') : field(body, 'addLicenses') !== null;
      const hasRemove = expanded ? c.isBound('RemoveLicenses') : field(body, 'removeLicenses') !== null;
      const missing = [hasAdd ? null : 'addLicenses', hasRemove ? null : 'removeLicenses'].filter((m) => m !== null);
      if (missing.length > 0) {
        const text = `One or more parameters of the operation 'assignLicense' are missing from the request payload. The missing parameters are: ${missing.join(',')}.`;
        return writeGraphFailure(c, g, badRequest(text), id);
      }
      const add = added(expanded ? c.params.AddLicenses : field(body, 'addLicenses'));
      const remove = removed(expanded ? c.params.RemoveLicenses : field(body, 'removeLicenses'));
      const invalid = [...add.map((a) => a.sku), ...remove].find((s) => !isGuid(s.toLowerCase()));
      if (invalid !== undefined)
        return writeGraphFailure(c, g, badRequest(`License ${invalid} does not correspond to a valid company License.`), id);

      const user = g.tenant.directory.findUser(userRef(id));
      if (!user) return writeGraphFailure(c, g, notFound(id), id);
      if (!c.shouldProcess("Call remote 'POST /users/{user-id}/microsoft.graph.assignLicense' operation", g.variant)) return;
      // Graph updates the disabled plans of a SKU the user already holds instead of refusing it.
      const held = (sku: string): boolean => user.licenses.some((l) => l.skuId === sku.toLowerCase());
      const result = graphRun(c, g, id, () =>
        g.tenant.licensing.setUserLicenses(g.caller, userRef(id), {
          add: add.filter((a) => !held(a.sku)).map((a) => ({ sku: a.sku, disabledPlans: a.disabledPlans })),
          remove,
          options: add.filter((a) => held(a.sku)).map((a) => ({ sku: a.sku, disabledPlans: a.disabledPlans })),
        }),
      );
      if (!result) return;
      for (const w of result.warnings) c.writeWarning(tenantWarning(w));
      const after = g.tenant.directory.findUser(userRef(id));
      if (after) c.write(graphUser(userJson(g.tenant, after), new Set(DEFAULT_USER_PROPERTIES.map((n) => n.toLowerCase()))));
    },
  }),
});
