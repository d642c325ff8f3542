import type { Guid } from './ids.js';

export type RoleId = Guid;

/**
 * A directory role. `id` is the role template id, the same in every tenant (MSOnline shows it as
 * the role's ObjectId). `msolName` is MSOnline's legacy name, which scripts pass to
 * `Get-MsolRole -RoleName`; `displayName` is the current (Graph, AzureAD) name.
 * Source: directory-cmdlets.md section 2 (Get-MsolRole table); rows not in that table are the Entra
 * built-in role template ids [mem].
 */
export interface RoleDefinition {
  readonly id: RoleId;
  readonly msolName: string;
  readonly displayName: string;
  readonly description: string;
  /** T-ROLE-2: a User Administrator may manage a user holding only roles with this flag. */
  readonly manageableByUserAdministrator: boolean;
}

const role = (
  id: RoleId,
  msolName: string,
  displayName: string,
  description: string,
  manageableByUserAdministrator = false,
): RoleDefinition => ({ id, msolName, displayName, description, manageableByUserAdministrator });

export const ROLE = {
  globalAdministrator: '62e90394-69f5-4237-9190-012177145e10',
  userAdministrator: 'fe930be7-5e62-47db-91af-98c3a49a38b1',
  billingAdministrator: 'b0f54661-2d74-4c50-afa3-1ec803f12efe',
  exchangeAdministrator: '29232cdf-9323-42fd-ade2-1d097af3e4de',
  sharePointAdministrator: 'f28a1f50-f6e7-4571-818b-6a12f2af6b6c',
  helpdeskAdministrator: '729827e3-9c14-49f7-bb1b-9608f156bbb8',
  licenseAdministrator: '4d6ac14f-3453-41d0-bef9-a3e0c569773a',
  passwordAdministrator: '966707d0-3269-4727-9be2-8c3a10f19b9d',
  groupsAdministrator: 'fdd7a751-b60b-444a-984c-02652fe8fa1c',
  guestInviter: '95e79109-95c0-4d8e-aee3-d01accf2d47b',
  directoryReaders: '88d8e3e3-8f55-4a1e-953a-9b9898b8876b',
  reportsReader: '4a5d8f65-41da-4de4-8968-e035b65339cf',
  messageCenterReader: '790c1fb9-7f7d-4f88-86a1-ef1f95c05c1b',
  usageSummaryReportsReader: '75934031-6c7e-415a-99d7-48dbd49e875e',
  securityAdministrator: '194ae4cb-b126-40b2-bd5b-6091b380977d',
  privilegedRoleAdministrator: 'e8611ab8-c189-46e8-94e1-60213ab1f814',
  globalReader: 'f2ef992c-3afb-46b9-b7cf-a126ee74c451',
  complianceAdministrator: '17315797-102d-40b4-93e0-432062caca18',
  teamsAdministrator: '69091246-20e8-4a56-aa4d-066075b2a7a8',
  directorySynchronizationAccounts: 'd29b2b05-8046-44ba-8758-1e26182fcf32',
} as const satisfies Record<string, RoleId>;

/** Listing order of Get-MsolRole / Get-MgDirectoryRoleTemplate. */
export const ROLE_DEFINITIONS: readonly RoleDefinition[] = [
  role(
    ROLE.globalAdministrator,
    'Company Administrator',
    'Global Administrator',
    'Can manage all aspects of Microsoft Entra ID and Microsoft services that use Microsoft Entra identities.',
  ),
  role(
    ROLE.userAdministrator,
    'User Account Administrator',
    'User Administrator',
    'Can manage all aspects of users and groups, including resetting passwords for limited admins.',
    true,
  ),
  role(
    ROLE.billingAdministrator,
    'Billing Administrator',
    'Billing Administrator',
    'Can perform common billing related tasks like updating payment information.',
  ),
  role(
    ROLE.exchangeAdministrator,
    'Exchange Service Administrator',
    'Exchange Administrator',
    'Can manage all aspects of the Exchange product.',
  ),
  role(
    ROLE.sharePointAdministrator,
    'SharePoint Service Administrator',
    'SharePoint Administrator',
    'Can manage all aspects of the SharePoint service.',
  ),
  role(
    ROLE.helpdeskAdministrator,
    'Helpdesk Administrator',
    'Helpdesk Administrator',
    'Can reset passwords for non-administrators and Helpdesk Administrators.',
    true,
  ),
  role(
    ROLE.licenseAdministrator,
    'License Administrator',
    'License Administrator',
    'Can manage product licenses on users and groups.',
  ),
  role(
    ROLE.passwordAdministrator,
    'Password Administrator',
    'Password Administrator',
    'Can reset passwords for non-administrators and Password Administrators.',
    true,
  ),
  role(
    ROLE.groupsAdministrator,
    'Groups Administrator',
    'Groups Administrator',
    'Members of this role can create/manage groups, create/manage groups settings like naming and expiration policies, and view groups activity and audit reports.',
    true,
  ),
  role(
    ROLE.guestInviter,
    'Guest Inviter',
    'Guest Inviter',
    'Can invite guest users independent of the members can invite guests setting.',
    true,
  ),
  role(
    ROLE.directoryReaders,
    'Directory Readers',
    'Directory Readers',
    'Can read basic directory information. Commonly used to grant directory read access to applications and guests.',
    true,
  ),
  role(ROLE.reportsReader, 'Reports Reader', 'Reports Reader', 'Can read sign-in and audit reports.', true),
  role(
    ROLE.messageCenterReader,
    'Message Center Reader',
    'Message Center Reader',
    'Can read messages and updates for their organization in Message Center only.',
    true,
  ),
  role(
    ROLE.usageSummaryReportsReader,
    'Usage Summary Reports Reader',
    'Usage Summary Reports Reader',
    'Can see only tenant level aggregates in Microsoft 365 Usage Analytics and Productivity Score.',
    true,
  ),
  role(
    ROLE.securityAdministrator,
    'Security Administrator',
    'Security Administrator',
    'Can read security information and reports, and manage configuration in Microsoft Entra ID and Office 365.',
  ),
  role(
    ROLE.privilegedRoleAdministrator,
    'Privileged Role Administrator',
    'Privileged Role Administrator',
    'Can manage role assignments in Microsoft Entra ID, and all aspects of Privileged Identity Management.',
  ),
  role(
    ROLE.globalReader,
    'Global Reader',
    'Global Reader',
    'Can read everything that a Global Administrator can, but not update anything.',
  ),
  role(
    ROLE.complianceAdministrator,
    'Compliance Administrator',
    'Compliance Administrator',
    'Can read and manage compliance configuration and reports in Microsoft Entra ID and Microsoft 365.',
  ),
  role(
    ROLE.teamsAdministrator,
    'Teams Service Administrator',
    'Teams Administrator',
    'Can manage the Microsoft Teams service.',
  ),
  role(
    ROLE.directorySynchronizationAccounts,
    'Directory Synchronization Accounts',
    'Directory Synchronization Accounts',
    'Only used by Microsoft Entra Connect service.',
  ),
];

const byId = new Map(ROLE_DEFINITIONS.map((r) => [r.id, r]));
const byName = new Map<string, RoleDefinition>();
for (const r of ROLE_DEFINITIONS) {
  byName.set(r.msolName.toLowerCase(), r);
  byName.set(r.displayName.toLowerCase(), r);
}

export const roleById = (id: RoleId): RoleDefinition | undefined => byId.get(id.toLowerCase());

/** Accepts MSOnline's legacy name or the current one, case-insensitively. */
export const roleByName = (name: string): RoleDefinition | undefined => byName.get(name.toLowerCase());
