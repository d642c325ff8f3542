/** The emulator's own cmdlets (DESIGN.md "Cmdlets"): the tenant's clock, subscriptions, users and change log. */
import type { CmdletInfo } from '../../runtime/commands/defineCmdlet.js';
import './views.js';
import GetTenantChange from './Get-TenantChange.js';
import GetTenantClock from './Get-TenantClock.js';
import GetTenantSubscription from './Get-TenantSubscription.js';
import MoveTenantClock from './Move-TenantClock.js';
import NewTenantSubscription from './New-TenantSubscription.js';
import NewTenantUser from './New-TenantUser.js';
import SetTenantClock from './Set-TenantClock.js';
import SetTenantSubscription from './Set-TenantSubscription.js';

export const tenantCmdlets: readonly CmdletInfo[] = [
  GetTenantClock,
  SetTenantClock,
  MoveTenantClock,
  GetTenantSubscription,
  NewTenantSubscription,
  SetTenantSubscription,
  NewTenantUser,
  GetTenantChange,
];
