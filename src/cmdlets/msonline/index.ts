/** The MSOnline module's cmdlets; importing it registers the module's types and default views. */
import type { CmdletInfo } from '../../runtime/commands/defineCmdlet.js';
import AddMsolRoleMember from './Add-MsolRoleMember.js';
import ConnectMsolService from './Connect-MsolService.js';
import GetMsolAccountSku from './Get-MsolAccountSku.js';
import GetMsolCompanyInformation from './Get-MsolCompanyInformation.js';
import GetMsolDomain from './Get-MsolDomain.js';
import GetMsolRole from './Get-MsolRole.js';
import GetMsolRoleMember from './Get-MsolRoleMember.js';
import GetMsolSubscription from './Get-MsolSubscription.js';
import GetMsolUser from './Get-MsolUser.js';
import GetMsolUserRole from './Get-MsolUserRole.js';
import NewMsolLicenseOptions from './New-MsolLicenseOptions.js';
import NewMsolUser from './New-MsolUser.js';
import RemoveMsolRoleMember from './Remove-MsolRoleMember.js';
import RemoveMsolUser from './Remove-MsolUser.js';
import RestoreMsolUser from './Restore-MsolUser.js';
import SetMsolUser from './Set-MsolUser.js';
import SetMsolUserLicense from './Set-MsolUserLicense.js';
import SetMsolUserPassword from './Set-MsolUserPassword.js';
import { registerMsolViews, registerNewUserView } from './views.js';

registerMsolViews();
registerNewUserView();

export const msonlineCmdlets: readonly CmdletInfo[] = [
  AddMsolRoleMember,
  ConnectMsolService,
  GetMsolAccountSku,
  GetMsolCompanyInformation,
  GetMsolDomain,
  GetMsolRole,
  GetMsolRoleMember,
  GetMsolSubscription,
  GetMsolUser,
  GetMsolUserRole,
  NewMsolLicenseOptions,
  NewMsolUser,
  RemoveMsolRoleMember,
  RemoveMsolUser,
  RestoreMsolUser,
  SetMsolUser,
  SetMsolUserLicense,
  SetMsolUserPassword,
];
