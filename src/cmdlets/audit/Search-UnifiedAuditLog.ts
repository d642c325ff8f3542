import { defineCmdlet, param } from '../../runtime/commands/defineCmdlet.js';
import type { DateTime } from '../../runtime/dotnet/dateTime.js';
import { callerOf, tenantOf } from '../identity.js';
import { instantOf } from '../tenant/dates.js';
import { auditRecordObject, isServiceEvent, recordTypeOf } from './records.js';

const RECORD_TYPES = ['ExchangeAdmin', 'AzureActiveDirectory', 'SharePoint', 'SharePointFileOperation', 'OneDrive'];

/**
 * Search-UnifiedAuditLog (Exchange Online): the tenant's audit trail between -StartDate and
 * -EndDate (a date without a zone is UTC, as ExDateTime reads it), newest first, at most
 * -ResultSize (default 100, max 5000). Refusals are not in the unified audit log; no match
 * writes nothing.
 */
export default defineCmdlet({
  name: 'Search-UnifiedAuditLog',
  module: 'ExchangeOnlineManagement',
  outputType: 'Microsoft.Exchange.Management.SystemConfigurationTasks.UnifiedAuditLogRecord',
  synopsis: 'Search the unified audit log.',
  parameters: {
    StartDate: param.typed<DateTime>('datetime', { mandatory: true }),
    EndDate: param.typed<DateTime>('datetime', { mandatory: true }),
    Operations: param.strings(),
    UserIds: param.strings(),
    RecordType: param.string({ validateSet: RECORD_TYPES }),
    ObjectIds: param.strings(),
    IPAddresses: param.strings(),
    SiteIds: param.strings(),
    FreeText: param.string(),
    ResultSize: param.int({ validateRange: [1, 5000] }),
    SessionId: param.string(),
    SessionCommand: param.string({ validateSet: ['ReturnLargeSet', 'ReturnNextPreviewPage'] }),
    Formatted: param.switch(),
    HighCompleteness: param.switch(),
  },
  invoke: (c) => ({
    end() {
      const tenant = tenantOf(c);
      callerOf(c, 'ExchangeOnline');
      const p = c.params;
      const start = instantOf(p.StartDate!, 'Utc');
      const end = instantOf(p.EndDate!, 'Utc');
      if (start.getTime() > end.getTime()) {
        c.fail({
          message: 'The start date must be earlier than the end date.',
          id: 'Microsoft.Exchange.Management.SystemConfigurationTasks.SearchUnifiedAuditLog',
          category: 'InvalidArgument',
          exceptionType: 'System.ArgumentException',
        });
      }
      const objectIds = p.ObjectIds?.map((o) => o.toLowerCase());
      const freeText = p.FreeText?.toLowerCase();
      const matched = tenant.audit
        .query({
          start,
          end,
          ...(p.Operations ? { operations: p.Operations } : {}),
          ...(p.UserIds ? { actors: p.UserIds } : {}),
        })
        .filter(isServiceEvent)
        .filter((r) => !p.RecordType || recordTypeOf(r).toLowerCase() === p.RecordType.toLowerCase())
        .filter((r) => !objectIds || objectIds.includes(r.target.toLowerCase()) || objectIds.includes((r.targetId ?? '').toLowerCase()))
        .filter((r) => !freeText || JSON.stringify(r).toLowerCase().includes(freeText))
        .reverse();
      const shown = matched.slice(0, p.ResultSize ?? 100);
      const orgId = tenant.organisation.id;
      shown.forEach((r, i) => c.write(auditRecordObject(r, i + 1, matched.length, orgId)));
    },
  }),
});
