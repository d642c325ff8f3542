import { ROLE, roleById, type Guid, type RoleId, type RuleId, type User } from '../../model/index.js';
import type { TenantState } from '../../store/TenantState.js';
import { refuse } from '../errors.js';

/**
 * Who a cmdlet runs as (DESIGN.md Identity):
 * - `user`: a signed-in tenant user; their roles are read from the tenant at each check, so a role
 *   granted or removed mid-run counts at once;
 * - `app`: app-only sign-in (Connect-MgGraph with an app id), with a Global Administrator's rights;
 * - `system`: the emulator's set-up tools (New-TenantUser, New-TenantSubscription, ...), which
 *   DESIGN.md exempts from role checks.
 */
export type Principal =
  | { readonly kind: 'user'; readonly userId: Guid; readonly upn: string }
  | { readonly kind: 'app'; readonly appId: string }
  | { readonly kind: 'system' };

export const SYSTEM: Principal = { kind: 'system' };

/** The name the audit trail shows for the principal. */
export const actorName = (p: Principal): string =>
  p.kind === 'user' ? p.upn : p.kind === 'app' ? p.appId : 'tenantsh';

export const userPrincipal = (u: Pick<User, 'id' | 'userPrincipalName'>): Principal => ({
  kind: 'user',
  userId: u.id,
  upn: u.userPrincipalName,
});

/**
 * Role checks by role (MSOnline names in comments: the rule table's wording). One place decides
 * who may do what, for every module.
 */
export class Access {
  constructor(private readonly state: () => TenantState) {}

  /** The caller's roles now; a deleted or purged user holds none. */
  rolesOf(p: Principal): readonly RoleId[] {
    if (p.kind !== 'user') return [ROLE.globalAdministrator];
    const u = this.state().get('users', p.userId);
    return u && u.softDeletionTimestamp === null ? u.roles : [];
  }

  hasAnyRole(p: Principal, roles: readonly RoleId[]): boolean {
    if (p.kind === 'system') return true;
    const held = this.rolesOf(p);
    return roles.some((r) => held.includes(r));
  }

  isAdmin(p: Principal): boolean {
    return p.kind !== 'user' || this.rolesOf(p).length > 0;
  }

  isGlobalAdmin(p: Principal): boolean {
    return this.hasAnyRole(p, [ROLE.globalAdministrator]);
  }

  /**
   * Requires one of `roles`. A caller with no admin role at all is refused under T-ROLE-5 (MSOnline
   * does not even let them connect); an admin of another kind under the action's own rule.
   */
  require(p: Principal, roles: readonly RoleId[], rule: RuleId, target: string): void {
    if (this.hasAnyRole(p, roles)) return;
    if (!this.isAdmin(p)) refuse({ kind: 'AccessDenied', rule: 'T-ROLE-5', reason: 'notAdmin', target });
    refuse({ kind: 'AccessDenied', rule, reason: 'missingRole', target });
  }

  /**
   * T-ROLE-1, T-ROLE-2, T-ROLE-5: who may delete or restore `target`. Company Administrator may
   * act on anyone but themselves; User Account Administrator only on users holding no role, or
   * only the roles T-ROLE-2 lists.
   */
  requireMayDeleteOrRestore(p: Principal, target: User, deleting: boolean): void {
    this.require(p, [ROLE.globalAdministrator, ROLE.userAdministrator], 'T-ROLE-1', target.userPrincipalName);
    // T-ROLE-2: nobody may delete the account they are signed in with.
    if (deleting && p.kind === 'user' && p.userId === target.id) {
      refuse({ kind: 'AccessDenied', rule: 'T-ROLE-2', reason: 'self', target: target.userPrincipalName });
    }
    this.requireMayManage(p, target);
  }

  /** T-ROLE-2 for changes to a user (Set-MsolUser, Update-MgUser, passwords, licenses by a User Administrator). */
  requireMayChange(p: Principal, target: User): void {
    this.require(p, [ROLE.globalAdministrator, ROLE.userAdministrator], 'T-ROLE-2', target.userPrincipalName);
    this.requireMayManage(p, target);
  }

  /** T-ROLE-2: a User Administrator may not touch a user holding a role outside its list. */
  requireMayManage(p: Principal, target: User): void {
    if (this.isGlobalAdmin(p)) return;
    const protectedRole = target.roles.some((r) => !(roleById(r)?.manageableByUserAdministrator ?? false));
    if (protectedRole)
      refuse({
        kind: 'AccessDenied',
        rule: 'T-ROLE-2',
        reason: 'protectedTarget',
        target: target.userPrincipalName,
      });
  }

  /** T-ROLE-6: license assignment needs Company, User Account or License Administrator. */
  requireMayLicense(p: Principal, target: User): void {
    this.require(
      p,
      [ROLE.globalAdministrator, ROLE.userAdministrator, ROLE.licenseAdministrator],
      'T-ROLE-6',
      target.userPrincipalName,
    );
  }

  /** T-ROLE-3: changing a subscription's units needs Company or Billing Administrator. */
  requireMayChangeUnits(p: Principal, skuPartNumber: string): void {
    this.require(p, [ROLE.globalAdministrator, ROLE.billingAdministrator], 'T-ROLE-3', skuPartNumber);
  }

  /** T-ROLE-4: mailbox hand-over needs Exchange Service Administrator or Company Administrator. */
  requireExchangeAdmin(p: Principal, target: string): void {
    this.require(p, [ROLE.globalAdministrator, ROLE.exchangeAdministrator], 'T-ROLE-4', target);
  }

  /** T-ROLE-4: OneDrive hand-over needs SharePoint Service Administrator or Company Administrator. */
  requireSharePointAdmin(p: Principal, target: string): void {
    this.require(p, [ROLE.globalAdministrator, ROLE.sharePointAdministrator], 'T-ROLE-4', target);
  }

  /** Role membership changes: Company Administrator or Privileged Role Administrator. */
  requireMayAssignRoles(p: Principal, target: string): void {
    this.require(p, [ROLE.globalAdministrator, ROLE.privilegedRoleAdministrator], 'T-ROLE-2', target);
  }
}
