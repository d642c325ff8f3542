import type { Guid, RuleId } from '../model/index.js';

/** How a cmdlet named the user: by object id or by UPN (the two MSOnline parameter sets). */
export type UserRef =
  | { readonly by: 'objectId'; readonly value: Guid }
  | { readonly by: 'userPrincipalName'; readonly value: string };

/**
 * Every way a tenant service refuses, as data: a `kind` from this closed union plus the facts a
 * module needs to word it (STYLE.md section 4). No module wording lives here: Remove-MsolUser and
 * Remove-MgUser print the same kind differently, from tables typed
 * `Record<TenantProblem['kind'], ...>`, so a new kind does not compile until each maps it.
 * `rule` names the rule that refused, when one did; it is recorded in the audit trail.
 */
export type TenantProblem =
  // directory
  | { kind: 'UserNotFound'; ref: UserRef; deleted: boolean }
  | { kind: 'AccessDenied'; rule: RuleId; reason: AccessDeniedReason; target: string }
  | { kind: 'SyncedObject'; rule: 'T-DEL-4'; upn: string; attribute: string | null }
  | { kind: 'UserCannotBeRemoved'; rule: 'T-DEL-5'; upn: string; reason: 'shared' | 'forwarding' }
  | { kind: 'UpnConflict'; upn: string; restoring: boolean; rule: 'T-DEL-3' | null }
  | { kind: 'ProxyAddressConflict'; address: string; restoring: boolean; rule: 'T-DEL-3' | 'T-MBX-4' | null }
  | { kind: 'InvalidValue'; property: string; value: string; problem: string }
  | { kind: 'RoleNotFound'; role: string }
  | { kind: 'RoleMemberExists'; role: string; upn: string }
  | { kind: 'RoleMemberNotFound'; role: string; upn: string }
  | { kind: 'GroupNotFound'; group: string }
  // licensing and subscriptions
  | { kind: 'UsageLocationRequired'; rule: 'T-LIC-6'; upn: string }
  | { kind: 'NoFreeUnits'; rule: 'T-LIC-6' | 'T-LIC-7'; skuId: Guid; skuPartNumber: string }
  | {
      kind: 'InvalidLicense';
      sku: string;
      reason: 'unknownSku' | 'noSubscription' | 'alreadyAssigned' | 'notAssigned' | 'unknownPlan';
    }
  | { kind: 'NoLicenseChange' }
  | { kind: 'SubscriptionNotFound'; skuPartNumber: string }
  | { kind: 'SubscriptionExists'; skuPartNumber: string }
  | {
      kind: 'UnitsBelowConsumed';
      rule: 'T-LIC-2';
      skuPartNumber: string;
      requested: number;
      consumed: number;
    }
  | { kind: 'ChannelLocked'; rule: 'T-LIC-3'; skuPartNumber: string; channel: 'Partner' | 'VolumeLicensing' }
  | { kind: 'CommitmentNotEnded'; rule: 'T-LIC-4'; skuPartNumber: string; commitmentEndDate: string }
  // mailboxes
  | { kind: 'MailboxNotFound'; ref: string }
  | { kind: 'HoldNotLicensed'; rule: 'T-MBX-5'; upn: string }
  // identity
  | { kind: 'InvalidCredentials'; upn: string }
  | { kind: 'WrongCloud'; rule: 'T-CLOUD-1'; requested: string; instance: string };

/**
 * Why access was denied: `notAdmin` (T-ROLE-5 and every admin-only action), `missingRole` (the
 * caller is an admin but not of a role the action needs: T-ROLE-1/3/4/6), `protectedTarget`
 * (T-ROLE-2: a User Administrator acting on a higher admin), `self` (T-ROLE-2: deleting the
 * signed-in account).
 */
export type AccessDeniedReason = 'notAdmin' | 'missingRole' | 'protectedTarget' | 'self';

export type TenantProblemKind = TenantProblem['kind'];

export class TenantError extends Error {
  constructor(readonly problem: TenantProblem) {
    super(problem.kind);
    this.name = 'TenantError';
  }

  get kind(): TenantProblemKind {
    return this.problem.kind;
  }

  get rule(): RuleId | null {
    return 'rule' in this.problem ? this.problem.rule : null;
  }
}

/** Throws a TenantError; a statement form for `if (...) refuse({...})`. */
export const refuse = (problem: TenantProblem): never => {
  throw new TenantError(problem);
};

/**
 * Non-fatal outcomes an operation reports alongside its effect; the cmdlet writes them to its
 * warning stream in its module's words.
 */
export type TenantWarning =
  /** T-LIC-5: the removed license stopped the mailbox's forwarding; the mailbox is disabled on `disableOn`. */
  | { kind: 'ForwardingStopped'; rule: 'T-LIC-5'; upn: string; disableOn: string }
  /** T-DEL-3: restored without a license whose subscription had no free unit. */
  | { kind: 'LicenseNotRestored'; rule: 'T-DEL-3'; upn: string; skuPartNumber: string }
  /** T-DEL-3: -AutoReconcileProxyConflicts removed addresses another object now holds. */
  | { kind: 'ProxyAddressesRemoved'; rule: 'T-DEL-3'; upn: string; addresses: readonly string[] };
