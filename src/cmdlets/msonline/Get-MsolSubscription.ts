/** Get-MsolSubscription: the company's subscriptions, or one by -SubscriptionId. */
import { defineCmdlet, param } from '../../runtime/commands/defineCmdlet.js';
import type { PSGuid } from '../../runtime/values/scalars.js';
import { msolContext } from './operation.js';
import { MSOL_TYPES, msolSubscription } from './shapes.js';

export default defineCmdlet({
  name: 'Get-MsolSubscription',
  module: 'MSOnline',
  defaultParameterSet: 'ListSubscriptions__0',
  outputType: MSOL_TYPES.subscription,
  synopsis: 'Gets subscriptions.',
  parameters: {
    SubscriptionId: param.typed<PSGuid>('guid', {
      sets: { GetSubscription__0: { mandatory: true, byPropertyName: true } },
    }),
    // Every set lists TenantId, as the real cmdlet's do: that is what makes ListSubscriptions__0 a set.
    TenantId: param.typed<PSGuid>('guid', { byPropertyName: true, sets: ['ListSubscriptions__0', 'GetSubscription__0'] }),
  },
  invoke: (c) => ({
    process() {
      const { tenant } = msolContext(c);
      const wanted = c.params.SubscriptionId?.text.toLowerCase();
      const now = tenant.clock.nowMs();
      for (const a of tenant.licensing.accountSkus()) {
        if (wanted === undefined || a.subscription.id.toLowerCase() === wanted) c.write(msolSubscription(a, now));
      }
    },
  }),
});
