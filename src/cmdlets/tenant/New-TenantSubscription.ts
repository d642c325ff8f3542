import { defineCmdlet, param } from '../../runtime/commands/defineCmdlet.js';
import type { DateTime } from '../../runtime/dotnet/dateTime.js';
import { BILLING_TERMS, PURCHASE_CHANNELS, SYSTEM, type BillingTerm, type PurchaseChannel } from '../../tenant/index.js';
import { tenantOf } from '../identity.js';
import { instantOf } from './dates.js';
import { tenantRun } from './operation.js';
import { subscriptionObject } from './shapes.js';

/**
 * New-TenantSubscription: buys a subscription (a set-up tool, not role-checked). Direct and Monthly
 * unless told otherwise; Annual without -CommitmentEndDate commits for a year from the clock's date.
 */
export default defineCmdlet({
  name: 'New-TenantSubscription',
  module: 'tenantsh',
  outputType: 'Tenantsh.TenantSubscription',
  synopsis: 'Adds a subscription to the tenant (T-LIC-*).',
  parameters: {
    SkuPartNumber: param.string({ mandatory: true, position: 0 }),
    Units: param.int({ mandatory: true, position: 1 }),
    PurchaseChannel: param.string({ validateSet: [...PURCHASE_CHANNELS] }),
    BillingTerm: param.string({ validateSet: [...BILLING_TERMS] }),
    CommitmentEndDate: param.typed<DateTime>('datetime'),
  },
  invoke: (c) => ({
    end() {
      const tenant = tenantOf(c);
      const p = c.params;
      const sub = tenantRun(c, p.SkuPartNumber, () =>
        tenant.licensing.createSubscription(SYSTEM, {
          skuPartNumber: p.SkuPartNumber!,
          units: p.Units!,
          ...(p.PurchaseChannel ? { purchaseChannel: canonical(PURCHASE_CHANNELS, p.PurchaseChannel) } : {}),
          ...(p.BillingTerm ? { billingTerm: canonical(BILLING_TERMS, p.BillingTerm) } : {}),
          ...(p.CommitmentEndDate ? { commitmentEndDate: instantOf(p.CommitmentEndDate) } : {}),
        }),
      );
      if (sub) c.write(subscriptionObject(tenant.licensing.accountSku(sub)));
    },
  }),
});

/** ValidateSet accepts any casing; the tenant stores the canonical spelling. */
function canonical<T extends PurchaseChannel | BillingTerm>(names: readonly T[], given: string): T {
  return names.find((n) => n.toLowerCase() === given.toLowerCase()) ?? names[0]!;
}
