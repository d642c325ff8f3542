import { defineCmdlet, param } from '../../runtime/commands/defineCmdlet.js';
import { notFound } from './errors.js';
import { graphContext, writeGraphFailure } from './operation.js';
import { httpParameters, selectParameters } from './parameters.js';
import { subscribedSku } from './licenseShapes.js';

/**
 * Get-MgSubscribedSku: the tenant's SKUs, `ConsumedUnits` counted from active users and
 * `PrepaidUnits.Enabled` what is paid for (T-LIC-1).
 */
export default defineCmdlet({
  name: 'Get-MgSubscribedSku',
  module: 'Microsoft.Graph.Identity.DirectoryManagement',
  defaultParameterSet: 'List',
  outputType: 'Microsoft.Graph.PowerShell.Models.IMicrosoftGraphSubscribedSku',
  synopsis: 'Get the list of commercial subscriptions that an organization has acquired.',
  parameters: {
    SubscribedSkuId: param.string({ sets: { Get: { mandatory: true } } }),
    All: param.switch({ sets: ['List'] }),
    Search: param.string({ sets: ['List'] }),
    PageSize: param.int({ sets: ['List'] }),
    ...selectParameters(),
    ...httpParameters(),
  },
  invoke: (c) => ({
    process() {
      const g = graphContext(c);
      const tenantId = g.tenant.organisation.id;
      const skus = g.tenant.licensing.accountSkus().map((a) => subscribedSku(a, tenantId));
      if (c.parameterSetName === 'Get') {
        const want = c.params.SubscribedSkuId!.toLowerCase();
        const one = skus.find((s) => String(s.getProperty('Id')?.value).toLowerCase() === want);
        if (!one) return writeGraphFailure(c, g, notFound(c.params.SubscribedSkuId!), want);
        c.write(one);
        return;
      }
      for (const s of skus) c.write(s);
    },
  }),
});
