/** The SDK's MicrosoftGraphUser from the service's JSON, with only the selected properties filled. */
import type { PSObject } from '../../runtime/values/PSObject.js';
import { utcDateTime } from '../tenant/dates.js';
import { USER_PROPERTIES, type Json, type PropertyKind } from './userData.js';
import { additionalProperties, model, pascal } from './values.js';

export const USER_TYPE = 'MicrosoftGraphUser';

function assignedLicense(v: Json): PSObject {
  const o = (typeof v === 'object' && v !== null && !Array.isArray(v) ? v : {}) as Readonly<Record<string, Json>>;
  const plans = Array.isArray(o.disabledPlans) ? (o.disabledPlans as readonly Json[]).map(String) : [];
  return model('MicrosoftGraphAssignedLicense', [
    ['DisabledPlans', plans],
    ['SkuId', typeof o.skuId === 'string' ? o.skuId : null],
    ['AdditionalProperties', additionalProperties()],
  ]);
}

function psValue(kind: PropertyKind, v: Json | undefined): unknown {
  if (v === undefined || v === null) return null;
  switch (kind) {
    case 'date':
      return typeof v === 'string' ? utcDateTime(v) : null;
    case 'strings':
      return Array.isArray(v) ? (v as readonly Json[]).map(String) : [];
    case 'licenses':
      return Array.isArray(v) ? (v as readonly Json[]).map(assignedLicense) : [];
    default:
      return v;
  }
}

/**
 * `selected`: lower-cased JSON names that came back ($select, or the default set); every other
 * typed property is empty, as the SDK shows it (directory-cmdlets.md 7: AccountEnabled and
 * AssignedLicenses are empty without -Property).
 */
export function graphUser(data: ReadonlyMap<string, Json>, selected: ReadonlySet<string>): PSObject {
  const entries: [string, unknown][] = USER_PROPERTIES.map(([name, kind]) => [
    pascal(name),
    selected.has(name.toLowerCase()) ? psValue(kind, data.get(name.toLowerCase())) : null,
  ]);
  entries.push(['AdditionalProperties', additionalProperties()]);
  return model(USER_TYPE, entries);
}
