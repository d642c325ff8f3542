import type { Organisation } from '../../model/index.js';
import { refuse } from '../errors.js';

const UPN = /^[A-Za-z0-9!#$%&'*+/=?^_`{|}~.-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}$/;

/** A UPN must be well-formed and on one of the tenant's verified domains. Returns it as given. */
export function validateUpn(org: Organisation, upn: string): string {
  const trimmed = upn.trim();
  if (!UPN.test(trimmed) || trimmed.startsWith('.') || trimmed.includes('..')) {
    refuse({ kind: 'InvalidValue', property: 'UserPrincipalName', value: upn, problem: 'malformed' });
  }
  const domain = trimmed.slice(trimmed.indexOf('@') + 1).toLowerCase();
  if (!org.verifiedDomains.some((d) => d.name.toLowerCase() === domain)) {
    refuse({ kind: 'InvalidValue', property: 'UserPrincipalName', value: upn, problem: 'unverifiedDomain' });
  }
  return trimmed;
}

/** Usage locations are two-letter ISO country codes, stored upper-case (Set-MsolUser doc). */
export function normaliseUsageLocation(value: string | null): string | null {
  if (value === null || value === '') return null;
  if (!/^[A-Za-z]{2}$/.test(value))
    refuse({ kind: 'InvalidValue', property: 'UsageLocation', value, problem: 'notCountryCode' });
  return value.toUpperCase();
}
