/** Default views of the Tenant* objects: the columns an admin looks at first. */
import { registerDefaultView } from '../../runtime/format/views.js';
import { TYPE } from './shapes.js';

const col = (label: string) => ({ label, property: label });

registerDefaultView(TYPE.clock, { kind: 'table', columns: ['Now', 'Mode', 'Frozen'].map(col) });
registerDefaultView(TYPE.subscription, {
  kind: 'table',
  columns: ['SkuPartNumber', 'Units', 'ConsumedUnits', 'FreeUnits', 'PurchaseChannel', 'BillingTerm', 'CommitmentEndDate'].map(col),
});
registerDefaultView(TYPE.user, {
  kind: 'table',
  columns: ['UserPrincipalName', 'DisplayName', 'Licenses', 'Mailbox'].map(col),
});
registerDefaultView(TYPE.change, {
  kind: 'table',
  columns: ['Time', 'Actor', 'Operation', 'Target', 'Refused', 'Rule'].map(col),
});
