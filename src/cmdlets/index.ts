/** Every cmdlet tenantsh provides, by module folder. */
import type { CmdletInfo } from '../runtime/commands/defineCmdlet.js';
import { azureadCmdlets } from './azuread/index.js';
import { coreCmdlets } from './core/index.js';
import { msonlineCmdlets } from './msonline/index.js';
import { tenantCmdlets } from './tenant/index.js';
import { graphCmdlets } from './graph/index.js';
import { auditCmdlets } from './audit/index.js';

export const allCmdlets: readonly CmdletInfo[] = [...coreCmdlets, ...tenantCmdlets, ...graphCmdlets, ...auditCmdlets, ...msonlineCmdlets, ...azureadCmdlets];
