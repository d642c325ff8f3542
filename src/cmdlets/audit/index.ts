/** The audit trail's real cmdlet (Exchange Online's Search-UnifiedAuditLog). */
import type { CmdletInfo } from '../../runtime/commands/defineCmdlet.js';
import './views.js';
import SearchUnifiedAuditLog from './Search-UnifiedAuditLog.js';

export const auditCmdlets: readonly CmdletInfo[] = [SearchUnifiedAuditLog];
