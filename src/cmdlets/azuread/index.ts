/** The AzureAD module's cmdlets; importing it registers the module's types and default views. */
import type { CmdletInfo } from '../../runtime/commands/defineCmdlet.js';
import AddAzureADDirectoryRoleMember from './Add-AzureADDirectoryRoleMember.js';
import ConnectAzureAD from './Connect-AzureAD.js';
import DisconnectAzureAD from './Disconnect-AzureAD.js';
import GetAzureADDirectoryRole from './Get-AzureADDirectoryRole.js';
import GetAzureADDirectoryRoleMember from './Get-AzureADDirectoryRoleMember.js';
import GetAzureADSubscribedSku from './Get-AzureADSubscribedSku.js';
import GetAzureADTenantDetail from './Get-AzureADTenantDetail.js';
import GetAzureADUser from './Get-AzureADUser.js';
import GetAzureADUserLicenseDetail from './Get-AzureADUserLicenseDetail.js';
import GetAzureADUserManager from './Get-AzureADUserManager.js';
import GetAzureADUserMembership from './Get-AzureADUserMembership.js';
import NewAzureADUser from './New-AzureADUser.js';
import RemoveAzureADUser from './Remove-AzureADUser.js';
import RestoreAzureADMSDeletedDirectoryObject from './Restore-AzureADMSDeletedDirectoryObject.js';
import RevokeAzureADUserAllRefreshToken from './Revoke-AzureADUserAllRefreshToken.js';
import SetAzureADUser from './Set-AzureADUser.js';
import SetAzureADUserLicense from './Set-AzureADUserLicense.js';
import { registerAadViews } from './views.js';

registerAadViews();

export const azureadCmdlets: readonly CmdletInfo[] = [
  AddAzureADDirectoryRoleMember,
  ConnectAzureAD,
  DisconnectAzureAD,
  GetAzureADDirectoryRole,
  GetAzureADDirectoryRoleMember,
  GetAzureADSubscribedSku,
  GetAzureADTenantDetail,
  GetAzureADUser,
  GetAzureADUserLicenseDetail,
  GetAzureADUserManager,
  GetAzureADUserMembership,
  NewAzureADUser,
  RemoveAzureADUser,
  RestoreAzureADMSDeletedDirectoryObject,
  RevokeAzureADUserAllRefreshToken,
  SetAzureADUser,
  SetAzureADUserLicense,
];
