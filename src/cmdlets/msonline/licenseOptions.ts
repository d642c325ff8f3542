/** LicenseOption objects (New-MsolLicenseOptions) as the licensing service's disabled plans. */
import { enumerableItems } from '../../runtime/values/enumerate.js';
import { getPropertyValue } from '../../runtime/members/properties.js';
import { toStr } from '../../runtime/convert/toStringValue.js';

export interface PlanOptions {
  readonly sku: string;
  readonly disabledPlans: readonly string[];
}

export function planOptions(options: readonly unknown[] | undefined): PlanOptions[] {
  return (options ?? []).map((o) => {
    const plans = getPropertyValue(o, 'DisabledServicePlans');
    const list = plans === null || plans === undefined ? [] : (enumerableItems(plans) ?? [plans]);
    return { sku: toStr(getPropertyValue(o, 'AccountSkuId') ?? ''), disabledPlans: list.map((p) => toStr(p)) };
  });
}
