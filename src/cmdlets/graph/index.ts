/** Microsoft Graph PowerShell SDK v2 cmdlets (directory-cmdlets.md section 4). */
import type { CmdletInfo } from '../../runtime/commands/defineCmdlet.js';
import './views.js';
import ConnectMgGraph from './Connect-MgGraph.js';
import DisconnectMgGraph from './Disconnect-MgGraph.js';
import GetMgContext from './Get-MgContext.js';
import GetMgDirectoryDeletedItem from './Get-MgDirectoryDeletedItem.js';
import GetMgDirectoryDeletedItemAsUser from './Get-MgDirectoryDeletedItemAsUser.js';
import GetMgDirectoryRole from './Get-MgDirectoryRole.js';
import GetMgDirectoryRoleMember from './Get-MgDirectoryRoleMember.js';
import GetMgDomain from './Get-MgDomain.js';
import GetMgGroup from './Get-MgGroup.js';
import GetMgOrganization from './Get-MgOrganization.js';
import GetMgSubscribedSku from './Get-MgSubscribedSku.js';
import GetMgUser from './Get-MgUser.js';
import GetMgUserLicenseDetail from './Get-MgUserLicenseDetail.js';
import GetMgUserManager from './Get-MgUserManager.js';
import GetMgUserMemberOf from './Get-MgUserMemberOf.js';
import NewMgDirectoryRoleMemberByRef from './New-MgDirectoryRoleMemberByRef.js';
import NewMgGroupMember from './New-MgGroupMember.js';
import NewMgUser from './New-MgUser.js';
import RemoveMgDirectoryDeletedItem from './Remove-MgDirectoryDeletedItem.js';
import RemoveMgDirectoryRoleMemberByRef from './Remove-MgDirectoryRoleMemberByRef.js';
import RemoveMgGroupMemberByRef from './Remove-MgGroupMemberByRef.js';
import RemoveMgGroupMemberDirectoryObjectByRef from './Remove-MgGroupMemberDirectoryObjectByRef.js';
import RemoveMgUser from './Remove-MgUser.js';
import RestoreMgDirectoryDeletedItem from './Restore-MgDirectoryDeletedItem.js';
import RevokeMgUserSignInSession from './Revoke-MgUserSignInSession.js';
import SetMgUserLicense from './Set-MgUserLicense.js';
import UpdateMgUser from './Update-MgUser.js';

export const graphCmdlets: readonly CmdletInfo[] = [
  ConnectMgGraph,
  DisconnectMgGraph,
  GetMgContext,
  GetMgDirectoryDeletedItem,
  GetMgDirectoryDeletedItemAsUser,
  GetMgDirectoryRole,
  GetMgDirectoryRoleMember,
  GetMgDomain,
  GetMgGroup,
  GetMgOrganization,
  GetMgSubscribedSku,
  GetMgUser,
  GetMgUserLicenseDetail,
  GetMgUserManager,
  GetMgUserMemberOf,
  NewMgDirectoryRoleMemberByRef,
  NewMgGroupMember,
  NewMgUser,
  RemoveMgDirectoryDeletedItem,
  RemoveMgDirectoryRoleMemberByRef,
  RemoveMgGroupMemberByRef,
  RemoveMgGroupMemberDirectoryObjectByRef,
  RemoveMgUser,
  RestoreMgDirectoryDeletedItem,
  RevokeMgUserSignInSession,
  SetMgUserLicense,
  UpdateMgUser,
];
