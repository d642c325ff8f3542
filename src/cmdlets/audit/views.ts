/** Search-UnifiedAuditLog's records print as a list (exchange-onedrive-cmdlets.md 1.21). */
import { registerDefaultView } from '../../runtime/format/views.js';
import { AUDIT_RECORD_TYPE } from './records.js';

registerDefaultView(AUDIT_RECORD_TYPE, {
  kind: 'list',
  columns: ['RecordType', 'CreationDate', 'UserIds', 'Operations', 'AuditData', 'ResultIndex', 'ResultCount', 'Identity', 'IsValid', 'ObjectState'].map(
    (n) => ({ label: n, property: n }),
  ),
});
