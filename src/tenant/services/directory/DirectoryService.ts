import { randomInt, randomUUID } from 'node:crypto';
import { userPurgeAt } from '../../clock/deadlines.js';
import {
  ROLE,
  ROLE_DEFINITIONS,
  isForwarding,
  roleById,
  roleByName,
  toIso,
  type AssignedLicense,
  type Group,
  type Guid,
  type RoleDefinition,
  type User,
} from '../../model/index.js';
import type { TenantState } from '../../store/TenantState.js';
import type { OperationInfo, TenantContext } from '../context.js';
import { refuse, type TenantWarning, type UserRef } from '../errors.js';
import { actorName, type Access, type Principal } from '../identity/principal.js';
import type { LicensingService } from '../licensing/LicensingService.js';
import type { ProvisioningService } from '../provisioning/ProvisioningService.js';
import { mailboxAddresses } from '../provisioning/records.js';
import { normaliseUsageLocation, validateUpn } from './validation.js';

/** The optional profile fields of a user, copied onto a new user when given and not empty. */
const PROFILE_KEYS = [
  'firstName',
  'lastName',
  'department',
  'jobTitle',
  'city',
  'country',
  'officeLocation',
  'mobilePhone',
] as const;
type ProfileKey = (typeof PROFILE_KEYS)[number];

export interface NewUserInput extends Pick<User, ProfileKey> {
  readonly userPrincipalName: string;
  readonly displayName: string;
  readonly usageLocation?: string | null;
  /** Generated (`Hogo3136` style, as MSOnline does) when omitted. */
  readonly password?: string;
  readonly accountEnabled?: boolean;
  readonly userType?: 'Member' | 'Guest';
  readonly managerId?: Guid | null;
  /** New-TenantUser -Synced: an on-premises AD user (T-DEL-4); turns directory sync on. */
  readonly synced?: boolean;
  readonly immutableId?: string | null;
  /** Licenses in the same step (New-MsolUser -LicenseAssignment, New-TenantUser -License). */
  readonly licenses?: readonly { readonly sku: string; readonly disabledPlans?: readonly string[] }[];
  /** T-LIC-7: raise the subscription by one unit when none is free. */
  readonly buyLicense?: boolean;
}

/** The user fields Set-MsolUser / Update-MgUser / Set-AzureADUser may change. */
export type UserPatch = Partial<
  Pick<
    User,
    | 'userPrincipalName'
    | 'displayName'
    | ProfileKey
    | 'usageLocation'
    | 'accountEnabled'
    | 'password'
    | 'userType'
    | 'managerId'
    | 'immutableId'
    | 'proxyAddresses'
    | 'refreshTokensValidFrom'
  >
>;

/** T-DEL-4: attributes that on-premises AD owns for a synchronized user. */
const AD_OWNED: readonly (keyof UserPatch)[] = [
  'userPrincipalName',
  'displayName',
  ...PROFILE_KEYS,
  'accountEnabled',
  'password',
  'immutableId',
];

export interface RestoreOptions {
  readonly newUserPrincipalName?: string;
  readonly autoReconcileProxyConflicts?: boolean;
}

/**
 * The directory: users, their roles and groups. Owns T-ROLE-1/2/5 (through Access), T-DEL-1 to
 * T-DEL-5, and the cascade of a delete to mailbox, OneDrive and licenses. Every delete cmdlet of
 * every module calls deleteUser; the rules live here only.
 */
export class DirectoryService {
  constructor(
    private readonly ctx: TenantContext,
    private readonly access: Access,
    private readonly provisioning: ProvisioningService,
    private readonly licensing: () => LicensingService,
  ) {}

  // ---- reads -------------------------------------------------------------------------------

  /** An active user, or with `deleted` a user in the recycle bin (the newest deletion for a UPN). */
  findUser(ref: UserRef, opts: { deleted?: boolean } = {}): User | undefined {
    this.ctx.refresh();
    return userByRef(this.ctx.state, ref, opts.deleted ?? false);
  }

  getUser(ref: UserRef, opts: { deleted?: boolean } = {}): User {
    return this.findUser(ref, opts) ?? refuse({ kind: 'UserNotFound', ref, deleted: opts.deleted ?? false });
  }

  /** Users in listing order (creation order): active ones, or those in the recycle bin. */
  listUsers(opts: { deleted?: boolean } = {}): User[] {
    this.ctx.refresh();
    const wantDeleted = opts.deleted ?? false;
    const out: User[] = [];
    for (const u of this.ctx.state.values('users'))
      if ((u.softDeletionTimestamp !== null) === wantDeleted) out.push(u);
    return out;
  }

  /** T-DEL-1/T-DEL-2: until when a deleted user can be restored. */
  restorableUntil(user: User): Date | null {
    return user.softDeletionTimestamp === null ? null : new Date(userPurgeAt(user.softDeletionTimestamp));
  }

  managerOf(user: User): User | undefined {
    if (user.managerId === null) return undefined;
    const m = this.ctx.state.get('users', user.managerId);
    return m && m.softDeletionTimestamp === null ? m : undefined;
  }

  directReports(user: User): User[] {
    return this.listUsers().filter((u) => u.managerId === user.id);
  }

  /** T-DEL-4: synchronized from on-premises AD while directory sync is on. */
  isSynced(user: User): boolean {
    return (
      user.immutableId !== null &&
      user.lastDirSyncTime !== null &&
      this.ctx.state.organisation.directorySynchronizationEnabled
    );
  }

  listRoles(): readonly RoleDefinition[] {
    return ROLE_DEFINITIONS;
  }

  findRole(nameOrId: string): RoleDefinition | undefined {
    return roleById(nameOrId) ?? roleByName(nameOrId);
  }

  roleMembers(roleId: Guid): User[] {
    return this.listUsers().filter((u) => u.roles.includes(roleId));
  }

  listGroups(): Group[] {
    this.ctx.refresh();
    return [...this.ctx.state.values('groups')];
  }

  groupsOf(userId: Guid): Group[] {
    return this.listGroups().filter((g) => g.members.includes(userId));
  }

  // ---- operations --------------------------------------------------------------------------

  /** New-MsolUser, New-MgUser, New-TenantUser. */
  createUser(caller: Principal, input: NewUserInput): { user: User; warnings: TenantWarning[] } {
    return this.ctx.run(
      {
        operation: 'Add user.',
        workload: 'AzureActiveDirectory',
        actor: actorName(caller),
        target: input.userPrincipalName,
      },
      (tx) => {
        this.access.require(caller, [ROLE_GLOBAL, ROLE_USER_ADMIN], 'T-ROLE-2', input.userPrincipalName);
        const state = this.ctx.state;
        const upn = validateUpn(state.organisation, input.userPrincipalName);
        if (state.activeUserByUpn(upn)) refuse({ kind: 'UpnConflict', upn, restoring: false, rule: null });
        const usageLocation = normaliseUsageLocation(input.usageLocation ?? null);
        if (!input.displayName)
          refuse({ kind: 'InvalidValue', property: 'DisplayName', value: '', problem: 'required' });
        const now = this.ctx.clock.nowIso();
        const synced = input.synced ?? false;
        const user: User = {
          id: randomUUID(),
          userPrincipalName: upn,
          displayName: input.displayName,
          ...optional(input),
          usageLocation,
          accountEnabled: input.accountEnabled ?? true,
          password: input.password ?? generatePassword(),
          userType: input.userType ?? 'Member',
          roles: [],
          licenses: [],
          proxyAddresses: [],
          managerId: input.managerId ?? null,
          immutableId:
            input.immutableId ??
            (synced ? Buffer.from(randomUUID().replace(/-/g, ''), 'hex').toString('base64') : null),
          lastDirSyncTime: synced ? now : null,
          whenCreated: now,
          softDeletionTimestamp: null,
        };
        tx.put('users', user);
        if (synced && !state.organisation.directorySynchronizationEnabled) {
          tx.set('organisation', {
            ...state.organisation,
            directorySynchronizationEnabled: true,
            lastDirSyncTime: now,
          });
        }
        let warnings: TenantWarning[] = [];
        if (input.licenses && input.licenses.length > 0) {
          // T-LIC-6/T-LIC-7 are checked by licensing, inside this operation: a refusal undoes the user too.
          warnings = this.licensing().setUserLicenses(
            caller,
            { by: 'objectId', value: user.id },
            { add: input.licenses, remove: [] },
            { buyLicense: input.buyLicense ?? false },
          ).warnings;
        }
        return { user: state.get('users', user.id)!, warnings };
      },
    );
  }

  /** Set-MsolUser, Update-MgUser, Set-AzureADUser. T-ROLE-2, T-DEL-4. */
  updateUser(caller: Principal, ref: UserRef, patch: UserPatch): User {
    const user = this.getUser(ref);
    return this.ctx.run(userOperation('Update user.', caller, user), (tx) => {
      this.access.requireMayChange(caller, user);
      const changed = (Object.keys(patch) as (keyof UserPatch)[]).filter((k) => patch[k] !== undefined);
      // T-DEL-4: AD owns these attributes of a synchronized user.
      const adOwned = changed.find((k) => AD_OWNED.includes(k));
      if (adOwned && this.isSynced(user))
        refuse({ kind: 'SyncedObject', rule: 'T-DEL-4', upn: user.userPrincipalName, attribute: adOwned });
      const set: Record<string, unknown> = {};
      for (const k of changed) set[k] = patch[k];
      if (patch.usageLocation !== undefined) set.usageLocation = normaliseUsageLocation(patch.usageLocation);
      if (patch.userPrincipalName !== undefined) {
        const upn = validateUpn(this.ctx.state.organisation, patch.userPrincipalName);
        const holder = this.ctx.state.activeUserByUpn(upn);
        if (holder && holder.id !== user.id)
          refuse({ kind: 'UpnConflict', upn, restoring: false, rule: null });
        set.userPrincipalName = upn;
      }
      if (patch.managerId && !this.ctx.state.get('users', patch.managerId)) {
        refuse({ kind: 'UserNotFound', ref: { by: 'objectId', value: patch.managerId }, deleted: false });
      }
      if (patch.proxyAddresses) {
        for (const a of patch.proxyAddresses) {
          if (this.ctx.state.addressOwners(a).some((o) => o !== user.id))
            refuse({ kind: 'ProxyAddressConflict', address: a, restoring: false, rule: null });
        }
      }
      if (patch.password !== undefined) set.lastPasswordChangeTimestamp = this.ctx.clock.nowIso();
      tx.details.changed = changed;
      tx.patch('users', user.id, set as Partial<User>);
      const mailbox = this.ctx.state.get('mailboxes', user.id);
      if (mailbox && (set.userPrincipalName !== undefined || set.displayName !== undefined)) {
        tx.patch('mailboxes', user.id, {
          userPrincipalName: (set.userPrincipalName as string | undefined) ?? mailbox.userPrincipalName,
          displayName: (set.displayName as string | undefined) ?? mailbox.displayName,
        });
      }
      return this.ctx.state.get('users', user.id)!;
    });
  }

  /**
   * Soft delete (T-DEL-1): Remove-MsolUser, Remove-MgUser, Remove-AzureADUser. Checks T-ROLE-1,
   * T-ROLE-2, T-ROLE-5, T-DEL-4, T-DEL-5 before changing anything, then cascades: the licenses'
   * units are freed but still paid (T-LIC-1), the mailbox is soft-deleted or becomes inactive
   * (T-MBX-1, T-MBX-5), the OneDrive enters its retention (T-OD-1).
   */
  deleteUser(caller: Principal, ref: UserRef): void {
    const user = this.getUser(ref);
    this.ctx.run(userOperation('Delete user.', caller, user), (tx) => {
      // T-ROLE-1, T-ROLE-2, T-ROLE-5
      this.access.requireMayDeleteOrRestore(caller, user, true);
      // T-DEL-4
      if (this.isSynced(user))
        refuse({ kind: 'SyncedObject', rule: 'T-DEL-4', upn: user.userPrincipalName, attribute: null });
      // T-DEL-5: a shared or forwarding mailbox still needs its account.
      const mailbox = this.ctx.state.get('mailboxes', user.id);
      if (mailbox && mailbox.state === 'active') {
        const reason =
          mailbox.type === 'SharedMailbox' ? 'shared' : isForwarding(mailbox) ? 'forwarding' : null;
        if (reason)
          refuse({ kind: 'UserCannotBeRemoved', rule: 'T-DEL-5', upn: user.userPrincipalName, reason });
      }
      const now = this.ctx.clock.nowIso();
      tx.patch('users', user.id, { softDeletionTimestamp: now });
      this.provisioning.onUserDeleted(tx, user, now);
      Object.assign(tx.details, {
        // T-LIC-1: these units are free again, and still paid for.
        licensesFreed: user.licenses.map((l) => this.licensing().partNumberOf(l.skuId)),
        restorableUntil: toIso(userPurgeAt(now)),
        // T-OD-4: synced copies on the user's PCs are beyond reach.
        syncedDevices: user.syncedDevices ?? 0,
      });
    });
  }

  /** Remove-MsolUser -RemoveFromRecycleBin, Remove-MgDirectoryDeletedItem (T-DEL-2 at once). */
  purgeUser(caller: Principal, ref: UserRef): void {
    const user = this.getUser(ref, { deleted: true });
    this.ctx.run(userOperation('Hard Delete user.', caller, user), (tx) => {
      this.access.requireMayDeleteOrRestore(caller, user, false);
      tx.del('users', user.id);
      this.provisioning.onUserPurged(tx, user);
    });
  }

  /**
   * Restore-MsolUser, Restore-MgDirectoryDeletedItem (T-DEL-3): the account comes back with the
   * licenses that still have a free unit, its mailbox and OneDrive if still kept. A UPN or address
   * now held by another object refuses the restore unless the options resolve it.
   */
  restoreUser(
    caller: Principal,
    ref: UserRef,
    opts: RestoreOptions = {},
  ): { user: User; warnings: TenantWarning[] } {
    const user = this.getUser(ref, { deleted: true });
    return this.ctx.run(userOperation('Restore user.', caller, user), (tx) => {
      this.access.requireMayDeleteOrRestore(caller, user, false);
      const state = this.ctx.state;
      const warnings: TenantWarning[] = [];
      const upn =
        opts.newUserPrincipalName !== undefined
          ? validateUpn(state.organisation, opts.newUserPrincipalName)
          : user.userPrincipalName;
      if (state.activeUserByUpn(upn)) refuse({ kind: 'UpnConflict', upn, restoring: true, rule: 'T-DEL-3' });

      let proxyAddresses = [...user.proxyAddresses];
      if (upn !== user.userPrincipalName && proxyAddresses.length > 0) {
        proxyAddresses = [
          `SMTP:${upn}`,
          ...proxyAddresses.map((a) => (a.startsWith('SMTP:') ? `smtp:${a.slice(5)}` : a)),
        ];
      }
      const taken = proxyAddresses.filter((a) => state.addressOwners(a).some((o) => o !== user.id));
      if (taken.length > 0) {
        if (!opts.autoReconcileProxyConflicts)
          refuse({ kind: 'ProxyAddressConflict', address: taken[0]!, restoring: true, rule: 'T-DEL-3' });
        proxyAddresses = proxyAddresses.filter((a) => !taken.includes(a));
        warnings.push({ kind: 'ProxyAddressesRemoved', rule: 'T-DEL-3', upn, addresses: taken });
      }

      // T-DEL-3: licenses come back only where a unit is free.
      const licenses: AssignedLicense[] = [];
      for (const l of user.licenses) {
        const sub = this.licensing().subscriptionFor(l.skuId);
        if (sub && state.consumedUnits(l.skuId) < sub.units) licenses.push(l);
        else
          warnings.push({
            kind: 'LicenseNotRestored',
            rule: 'T-DEL-3',
            upn,
            skuPartNumber: this.licensing().partNumberOf(l.skuId),
          });
      }

      tx.patch('users', user.id, {
        softDeletionTimestamp: null,
        userPrincipalName: upn,
        proxyAddresses,
        licenses,
      });
      const restored = state.get('users', user.id)!;
      this.provisioning.onUserRestored(tx, restored);
      const mailbox = state.get('mailboxes', user.id);
      if (mailbox && upn !== user.userPrincipalName) {
        const addresses = [
          ...mailboxAddresses(upn, state.organisation.initialDomain),
          ...mailbox.emailAddresses.filter((a) => !a.startsWith('SMTP:')),
        ];
        tx.patch('mailboxes', user.id, {
          primarySmtpAddress: upn,
          userPrincipalName: upn,
          emailAddresses: [...new Set(addresses)].filter(
            (a) => !state.addressOwners(a).some((o) => o !== user.id),
          ),
        });
      }
      if (licenses.length !== user.licenses.length)
        warnings.push(...this.provisioning.afterLicensesChanged(tx, restored, user.licenses));
      Object.assign(tx.details, {
        userPrincipalName: upn,
        licensesRestored: licenses.map((l) => this.licensing().partNumberOf(l.skuId)),
      });
      return { user: state.get('users', user.id)!, warnings };
    });
  }

  /** Add-MsolRoleMember. */
  addRoleMember(caller: Principal, role: string, ref: UserRef): void {
    this.setRoleMember(caller, role, ref, true);
  }

  /** Remove-MsolRoleMember. */
  removeRoleMember(caller: Principal, role: string, ref: UserRef): void {
    this.setRoleMember(caller, role, ref, false);
  }

  /** A security or Microsoft 365 group (set-up; the group cmdlets come with their issue). */
  createGroup(
    caller: Principal,
    input: { displayName: string; mailNickname: string; unified?: boolean },
  ): Group {
    return this.ctx.run(
      {
        operation: 'Add group.',
        workload: 'AzureActiveDirectory',
        actor: actorName(caller),
        target: input.displayName,
      },
      (tx) => {
        this.access.require(caller, GROUP_ADMINS, 'T-ROLE-2', input.displayName);
        const unified = input.unified ?? false;
        const group: Group = {
          id: randomUUID(),
          displayName: input.displayName,
          mailNickname: input.mailNickname,
          mail: unified ? `${input.mailNickname}@${this.ctx.state.organisation.initialDomain}` : null,
          groupTypes: unified ? ['Unified'] : [],
          securityEnabled: !unified,
          mailEnabled: unified,
          members: [],
          owners: [],
          createdDateTime: this.ctx.clock.nowIso(),
        };
        tx.put('groups', group);
        return group;
      },
    );
  }

  /** Add or remove a group member (Add-/Remove-MgGroupMember...). */
  setGroupMember(caller: Principal, groupId: Guid, ref: UserRef, member: boolean): void {
    const group = this.ctx.state.get('groups', groupId) ?? refuse({ kind: 'GroupNotFound', group: groupId });
    const user = this.getUser(ref);
    this.ctx.run(
      {
        operation: member ? 'Add member to group.' : 'Remove member from group.',
        workload: 'AzureActiveDirectory',
        actor: actorName(caller),
        target: group.displayName,
        targetId: group.id,
      },
      (tx) => {
        this.access.require(caller, GROUP_ADMINS, 'T-ROLE-2', group.displayName);
        const has = group.members.includes(user.id);
        tx.details.member = user.userPrincipalName;
        if (member && !has) tx.patch('groups', group.id, { members: [...group.members, user.id] });
        if (!member && has)
          tx.patch('groups', group.id, { members: group.members.filter((m) => m !== user.id) });
      },
    );
  }

  private setRoleMember(caller: Principal, role: string, ref: UserRef, member: boolean): void {
    const def = this.findRole(role) ?? refuse({ kind: 'RoleNotFound', role });
    const user = this.getUser(ref);
    this.ctx.run(
      userOperation(member ? 'Add member to role.' : 'Remove member from role.', caller, user),
      (tx) => {
        this.access.requireMayAssignRoles(caller, user.userPrincipalName);
        if (user.roles.includes(def.id) === member)
          refuse({
            kind: member ? 'RoleMemberExists' : 'RoleMemberNotFound',
            role: def.msolName,
            upn: user.userPrincipalName,
          });
        tx.details.role = def.displayName;
        tx.patch('users', user.id, {
          roles: member ? [...user.roles, def.id] : user.roles.filter((r) => r !== def.id),
        });
      },
    );
  }
}

const ROLE_GLOBAL = ROLE.globalAdministrator;
const ROLE_USER_ADMIN = ROLE.userAdministrator;
/** Who may create groups and change their members (T-ROLE-2). */
const GROUP_ADMINS = [ROLE_GLOBAL, ROLE_USER_ADMIN, ROLE.groupsAdministrator];

/** What an operation on one user is, for its audit record and journal entry. */
export const userOperation = (operation: string, caller: Principal, user: User): OperationInfo => ({
  operation,
  workload: 'AzureActiveDirectory',
  actor: actorName(caller),
  target: user.userPrincipalName,
  targetId: user.id,
});

/**
 * The user a cmdlet named: an active one, or with `deleted` one in the recycle bin (the newest
 * deletion for a UPN). Directory and licensing resolve a UserRef through here.
 */
export function userByRef(state: TenantState, ref: UserRef, deleted: boolean): User | undefined {
  if (ref.by === 'objectId') {
    const u = state.get('users', ref.value.toLowerCase());
    return u && (u.softDeletionTimestamp !== null) === deleted ? u : undefined;
  }
  if (!deleted) return state.activeUserByUpn(ref.value);
  const inBin = state.deletedUsersByUpn(ref.value);
  return inBin[inBin.length - 1];
}

function optional(input: NewUserInput): Partial<User> {
  const out: Record<string, string> = {};
  for (const k of PROFILE_KEYS) {
    const v = input[k];
    if (v !== undefined && v !== '') out[k] = v;
  }
  return out;
}

/** MSOnline's generated passwords look like `Hogo3136`: three letters, `o`, four digits. */
function generatePassword(): string {
  const consonants = 'BCDFGHJKLMNPRSTVWZ';
  const vowels = 'aeiu';
  const lower = 'bcdfghjklmnprstvwz';
  return `${consonants[randomInt(consonants.length)]}${vowels[randomInt(vowels.length)]}${lower[randomInt(lower.length)]}o${String(randomInt(10000)).padStart(4, '0')}`;
}
