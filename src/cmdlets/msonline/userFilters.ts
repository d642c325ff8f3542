/**
 * Get-MsolUser's list filters (directory-cmdlets.md section 2): each given filter must hold; text
 * filters compare case-insensitively; -SearchString matches the start of the display name or of
 * an email address (UPN or proxy address).
 */
import type { Tenant, User } from '../../tenant/index.js';

export interface MsolUserFilters {
  readonly city?: string;
  readonly country?: string;
  readonly department?: string;
  readonly state?: string;
  readonly title?: string;
  readonly usageLocation?: string;
  readonly domainName?: string;
  readonly enabledFilter?: 'All' | 'EnabledOnly' | 'DisabledOnly';
  readonly synchronized?: boolean;
  readonly unlicensedUsersOnly?: boolean;
  readonly hasErrorsOnly?: boolean;
  readonly licenseReconciliationNeededOnly?: boolean;
  readonly searchString?: string;
}

const same = (a: string | null | undefined, b: string): boolean => (a ?? '').toLowerCase() === b.toLowerCase();
const startsWith = (a: string, prefix: string): boolean => a.toLowerCase().startsWith(prefix.toLowerCase());
const addressOf = (proxy: string): string => proxy.replace(/^smtp:/i, '');
const domainOf = (address: string): string => address.slice(address.indexOf('@') + 1).toLowerCase();

export function userMatches(tenant: Tenant, u: User, f: MsolUserFilters): boolean {
  if (f.city !== undefined && !same(u.city, f.city)) return false;
  if (f.country !== undefined && !same(u.country, f.country)) return false;
  if (f.department !== undefined && !same(u.department, f.department)) return false;
  // The model keeps no State: a -State filter matches nobody.
  if (f.state !== undefined) return false;
  if (f.title !== undefined && !same(u.jobTitle, f.title)) return false;
  if (f.usageLocation !== undefined && !same(u.usageLocation, f.usageLocation)) return false;
  if (f.enabledFilter === 'EnabledOnly' && !u.accountEnabled) return false;
  if (f.enabledFilter === 'DisabledOnly' && u.accountEnabled) return false;
  if (f.synchronized && !tenant.directory.isSynced(u)) return false;
  if (f.unlicensedUsersOnly && u.licenses.length > 0) return false;
  // Emulated users have no validation errors and need no license reconciliation.
  if (f.hasErrorsOnly || f.licenseReconciliationNeededOnly) return false;
  const addresses = [u.userPrincipalName, ...u.proxyAddresses.map(addressOf)];
  if (f.domainName !== undefined && !addresses.some((a) => domainOf(a) === f.domainName!.toLowerCase())) return false;
  if (f.searchString !== undefined && f.searchString !== '') {
    const s = f.searchString;
    if (!startsWith(u.displayName, s) && !addresses.some((a) => startsWith(a, s))) return false;
  }
  return true;
}
