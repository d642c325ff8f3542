import type { Guid, IsoDate } from './ids.js';

/** T-LIC-3: who sold the subscription decides who may lower it. */
export const PURCHASE_CHANNELS = ['Direct', 'Partner', 'VolumeLicensing'] as const;
export type PurchaseChannel = (typeof PURCHASE_CHANNELS)[number];

/** T-LIC-4: an annual term commits the units until `commitmentEndDate`. */
export const BILLING_TERMS = ['Monthly', 'Annual'] as const;
export type BillingTerm = (typeof BILLING_TERMS)[number];

/**
 * One subscription per SKU (DESIGN.md: a second one for the same SKU is an error). `units` is what
 * the organisation pays for (ActiveUnits, PrepaidUnits.Enabled); consumed units are counted from
 * the active users' licenses and never stored, so they cannot drift (T-LIC-1).
 */
export interface Subscription {
  readonly id: Guid;
  readonly skuId: Guid;
  readonly skuPartNumber: string;
  readonly units: number;
  readonly warningUnits: number;
  readonly suspendedUnits: number;
  readonly purchaseChannel: PurchaseChannel;
  readonly billingTerm: BillingTerm;
  /** null for a Monthly term that can be lowered at any time. */
  readonly commitmentEndDate: IsoDate | null;
  readonly createdDateTime: IsoDate;
  readonly status: 'Enabled' | 'Warning' | 'Suspended';
}
