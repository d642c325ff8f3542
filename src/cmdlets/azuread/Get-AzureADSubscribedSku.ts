/** Get-AzureADSubscribedSku: the tenant's SKUs; PrepaidUnits.Enabled is paid, ConsumedUnits assigned (T-LIC-1). */
import { defineCmdlet, param } from '../../runtime/commands/defineCmdlet.js';
import { aadServiceError } from './errors.js';
import { aadContext } from './operation.js';
import { aadSubscribedSku } from './shapes.js';

export default defineCmdlet({
  name: 'Get-AzureADSubscribedSku',
  module: 'AzureAD',
  outputType: 'Microsoft.Open.AzureAD.Model.SubscribedSku',
  synopsis: 'Gets subscribed SKUs to Microsoft services.',
  parameters: {
    ObjectId: param.string({ fromPipeline: true, byPropertyName: true }),
  },
  invoke: (c) => ({
    process() {
      const { tenant } = aadContext(c);
      const tenantId = tenant.organisation.id;
      const skus = tenant.licensing.accountSkus().map((a) => aadSubscribedSku(a, tenantId));
      if (c.params.ObjectId === undefined) {
        for (const s of skus) c.write(s);
        return;
      }
      const wanted = (c.params.ObjectId ?? '').toLowerCase();
      const found = tenant.licensing.accountSkus().find((a) => `${tenantId}_${a.sku.skuId}`.toLowerCase() === wanted);
      if (!found)
        return c.fail(
          aadServiceError(
            'GetSubscribedSku',
            'Request_ResourceNotFound',
            `Resource '${c.params.ObjectId ?? ''}' does not exist or one of its queried reference-property objects are not present.`,
            'NotFound',
            tenant.clock.nowMs(),
          ),
        );
      c.write(aadSubscribedSku(found, tenantId));
    },
  }),
});
