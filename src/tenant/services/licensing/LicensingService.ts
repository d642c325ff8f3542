import { randomUUID } from 'node:crypto';
import {
  accountName,
  fromIso,
  skuById,
  skuByPartNumber,
  toIso,
  type AssignedLicense,
  type BillingTerm,
  type Guid,
  type PurchaseChannel,
  type SkuDefinition,
  type Subscription,
} from '../../model/index.js';
import type { TenantContext } from '../context.js';
import { userByRef, userOperation } from '../directory/DirectoryService.js';
import { refuse, type TenantWarning, type UserRef } from '../errors.js';
import { actorName, type Access, type Principal } from '../identity/principal.js';
import type { ProvisioningService } from '../provisioning/ProvisioningService.js';

/** A subscription as Get-MsolAccountSku / Get-MgSubscribedSku show it. */
export interface AccountSku {
  readonly subscription: Subscription;
  readonly sku: SkuDefinition;
  /** `contoso:ENTERPRISEPACK`. */
  readonly accountSkuId: string;
  readonly accountName: string;
  /** T-LIC-1: what is paid for. */
  readonly activeUnits: number;
  /** T-LIC-1: what active users hold; deleting a user lowers it, never activeUnits. */
  readonly consumedUnits: number;
  readonly warningUnits: number;
  readonly suspendedUnits: number;
  readonly freeUnits: number;
}

export interface LicenseChange {
  /** SKUs to add: AccountSkuIds (`contoso:ENTERPRISEPACK`), part numbers or SkuId GUIDs. */
  readonly add: readonly { readonly sku: string; readonly disabledPlans?: readonly string[] }[];
  readonly remove: readonly string[];
  /** -LicenseOptions alone: new disabled plans for SKUs the user already holds. */
  readonly options?: readonly { readonly sku: string; readonly disabledPlans: readonly string[] }[];
}

export interface NewSubscriptionInput {
  readonly skuPartNumber: string;
  readonly units: number;
  readonly purchaseChannel?: PurchaseChannel;
  readonly billingTerm?: BillingTerm;
  readonly commitmentEndDate?: Date | null;
}

/**
 * Licenses and subscriptions: T-LIC-1 to T-LIC-7, T-ROLE-3, T-ROLE-6. Consumed units are counted
 * from active users (TenantState's index), never stored, so deleting a user frees its unit while
 * the subscription's paid units stay (T-LIC-1).
 */
export class LicensingService {
  constructor(
    private readonly ctx: TenantContext,
    private readonly access: Access,
    private readonly provisioning: ProvisioningService,
  ) {}

  // ---- reads -------------------------------------------------------------------------------

  listSubscriptions(): Subscription[] {
    this.ctx.refresh();
    return [...this.ctx.state.values('subscriptions')];
  }

  subscriptionFor(skuId: Guid): Subscription | undefined {
    for (const s of this.ctx.state.values('subscriptions')) if (s.skuId === skuId) return s;
    return undefined;
  }

  accountSkus(): AccountSku[] {
    return this.listSubscriptions().map((s) => this.accountSku(s));
  }

  accountSku(subscription: Subscription): AccountSku {
    const sku = skuById(subscription.skuId)!;
    const name = accountName(this.ctx.state.organisation);
    const consumedUnits = this.ctx.state.consumedUnits(subscription.skuId);
    return {
      subscription,
      sku,
      accountName: name,
      accountSkuId: `${name}:${sku.skuPartNumber}`,
      activeUnits: subscription.units,
      consumedUnits,
      warningUnits: subscription.warningUnits,
      suspendedUnits: subscription.suspendedUnits,
      freeUnits: subscription.units - subscription.warningUnits - consumedUnits,
    };
  }

  partNumberOf(skuId: Guid): string {
    return skuById(skuId)?.skuPartNumber ?? skuId;
  }

  /**
   * A SKU as scripts name it: an AccountSkuId (`contoso:ENTERPRISEPACK`, the prefix
   * case-insensitive and checked against the tenant), a part number, or a SkuId GUID.
   */
  resolveSku(text: string): SkuDefinition | undefined {
    const colon = text.indexOf(':');
    if (colon >= 0) {
      if (text.slice(0, colon).toLowerCase() !== accountName(this.ctx.state.organisation).toLowerCase())
        return undefined;
      return skuByPartNumber(text.slice(colon + 1));
    }
    return skuById(text) ?? skuByPartNumber(text);
  }

  private requireSku(text: string): SkuDefinition {
    return this.resolveSku(text) ?? refuse({ kind: 'InvalidLicense', sku: text, reason: 'unknownSku' });
  }

  // ---- operations --------------------------------------------------------------------------

  /**
   * Set-MsolUserLicense, Set-MgUserLicense, Set-AzureADUserLicense: add and remove in one atomic
   * step. T-ROLE-6, T-LIC-6 (free unit, usage location), T-LIC-7 (`buyLicense`), and the mailbox
   * consequences of T-LIC-5, returned as warnings.
   */
  setUserLicenses(
    caller: Principal,
    ref: UserRef,
    change: LicenseChange,
    opts: { buyLicense?: boolean } = {},
  ): { warnings: TenantWarning[] } {
    this.ctx.refresh();
    const state = this.ctx.state;
    const user = userByRef(state, ref, false) ?? refuse({ kind: 'UserNotFound', ref, deleted: false });
    return this.ctx.run(userOperation('Change user license.', caller, user), (tx) => {
      // T-ROLE-6
      this.access.requireMayLicense(caller, user);
      const options = change.options ?? [];
      if (change.add.length === 0 && change.remove.length === 0 && options.length === 0)
        refuse({ kind: 'NoLicenseChange' });

      const removeIds = change.remove.map((text) => {
        const def = this.requireSku(text);
        if (!user.licenses.some((l) => l.skuId === def.skuId))
          refuse({ kind: 'InvalidLicense', sku: text, reason: 'notAssigned' });
        return def.skuId;
      });
      let licenses: AssignedLicense[] = user.licenses.filter((l) => !removeIds.includes(l.skuId));

      for (const o of options) {
        const def = this.requireSku(o.sku);
        if (!licenses.some((l) => l.skuId === def.skuId))
          refuse({ kind: 'InvalidLicense', sku: o.sku, reason: 'notAssigned' });
        const disabledPlans = planIds(def, o.disabledPlans, o.sku);
        licenses = licenses.map((l) => (l.skuId === def.skuId ? { skuId: l.skuId, disabledPlans } : l));
      }

      const added: string[] = [];
      const bought: string[] = [];
      for (const a of change.add) {
        const def = this.requireSku(a.sku);
        const sub =
          this.subscriptionFor(def.skuId) ??
          refuse({ kind: 'InvalidLicense', sku: a.sku, reason: 'noSubscription' });
        if (licenses.some((l) => l.skuId === def.skuId))
          refuse({ kind: 'InvalidLicense', sku: a.sku, reason: 'alreadyAssigned' });
        // T-LIC-6: a usage location first...
        if (user.usageLocation === null)
          refuse({ kind: 'UsageLocationRequired', rule: 'T-LIC-6', upn: user.userPrincipalName });
        // ...and a free unit (a unit this user gives up in the same call counts as free).
        const heldBefore = user.licenses.some((l) => l.skuId === def.skuId) ? 1 : 0;
        if (state.consumedUnits(def.skuId) - heldBefore + 1 > sub.units - sub.warningUnits) {
          // T-LIC-7: buy one more unit in the same step.
          if (!opts.buyLicense)
            refuse({
              kind: 'NoFreeUnits',
              rule: 'T-LIC-6',
              skuId: def.skuId,
              skuPartNumber: def.skuPartNumber,
            });
          tx.patch('subscriptions', sub.id, { units: sub.units + 1 });
          bought.push(def.skuPartNumber);
        }
        licenses.push({ skuId: def.skuId, disabledPlans: planIds(def, a.disabledPlans ?? [], a.sku) });
        added.push(def.skuPartNumber);
      }

      tx.patch('users', user.id, { licenses });
      Object.assign(tx.details, {
        added,
        removed: removeIds.map((id) => this.partNumberOf(id)),
        ...(bought.length > 0 ? { unitsBought: bought } : {}),
      });
      const warnings = this.provisioning.afterLicensesChanged(
        tx,
        state.get('users', user.id)!,
        user.licenses,
      );
      return { warnings };
    });
  }

  /**
   * New-TenantSubscription: one subscription per SKU; Direct and Monthly by default; Annual
   * without an end date commits for one year from the clock's date (DESIGN.md).
   */
  createSubscription(caller: Principal, input: NewSubscriptionInput): Subscription {
    return this.ctx.run(
      {
        operation: 'New-TenantSubscription',
        workload: 'Tenant',
        actor: actorName(caller),
        target: input.skuPartNumber,
      },
      (tx) => {
        const def =
          skuByPartNumber(input.skuPartNumber) ??
          refuse({ kind: 'InvalidLicense', sku: input.skuPartNumber, reason: 'unknownSku' });
        if (this.subscriptionFor(def.skuId))
          refuse({ kind: 'SubscriptionExists', skuPartNumber: def.skuPartNumber });
        checkUnits(def.skuPartNumber, input.units);
        const nowMs = this.ctx.clock.nowMs();
        const billingTerm = input.billingTerm ?? 'Monthly';
        const commitment = input.commitmentEndDate
          ? toIso(input.commitmentEndDate.getTime())
          : billingTerm === 'Annual'
            ? toIso(addYears(nowMs, 1))
            : null;
        const sub: Subscription = {
          id: randomUUID(),
          skuId: def.skuId,
          skuPartNumber: def.skuPartNumber,
          units: input.units,
          warningUnits: 0,
          suspendedUnits: 0,
          purchaseChannel: input.purchaseChannel ?? 'Direct',
          billingTerm,
          commitmentEndDate: commitment,
          createdDateTime: toIso(nowMs),
          status: 'Enabled',
        };
        tx.put('subscriptions', sub);
        Object.assign(tx.details, {
          units: sub.units,
          purchaseChannel: sub.purchaseChannel,
          billingTerm,
          commitmentEndDate: commitment,
        });
        return sub;
      },
    );
  }

  /**
   * Set-TenantSubscription -Units (the admin center's billing action). Raising is always allowed;
   * lowering is refused for T-ROLE-3, T-LIC-3 (partner, volume licensing), T-LIC-4 (before the
   * commitment ends) and T-LIC-2 (below the units consumed), checked in that order.
   */
  setSubscriptionUnits(caller: Principal, skuPartNumber: string, units: number): Subscription {
    this.ctx.refresh();
    const def = skuByPartNumber(skuPartNumber);
    const sub =
      (def && this.subscriptionFor(def.skuId)) ?? refuse({ kind: 'SubscriptionNotFound', skuPartNumber });
    return this.ctx.run(
      {
        operation: 'Set-TenantSubscription',
        workload: 'Tenant',
        actor: actorName(caller),
        target: sub.skuPartNumber,
      },
      (tx) => {
        // T-ROLE-3
        this.access.requireMayChangeUnits(caller, sub.skuPartNumber);
        checkUnits(sub.skuPartNumber, units);
        if (units < sub.units) {
          // T-LIC-3
          if (sub.purchaseChannel !== 'Direct')
            refuse({
              kind: 'ChannelLocked',
              rule: 'T-LIC-3',
              skuPartNumber: sub.skuPartNumber,
              channel: sub.purchaseChannel,
            });
          // T-LIC-4: committed units stay until the commitment ends.
          if (sub.commitmentEndDate !== null && this.ctx.clock.nowMs() < fromIso(sub.commitmentEndDate)) {
            refuse({
              kind: 'CommitmentNotEnded',
              rule: 'T-LIC-4',
              skuPartNumber: sub.skuPartNumber,
              commitmentEndDate: sub.commitmentEndDate.slice(0, 10),
            });
          }
          // T-LIC-2: down to the number consumed, no further.
          const consumed = this.ctx.state.consumedUnits(sub.skuId);
          if (units < consumed)
            refuse({
              kind: 'UnitsBelowConsumed',
              rule: 'T-LIC-2',
              skuPartNumber: sub.skuPartNumber,
              requested: units,
              consumed,
            });
        }
        tx.patch('subscriptions', sub.id, { units });
        Object.assign(tx.details, { from: sub.units, to: units });
        return this.ctx.state.get('subscriptions', sub.id)!;
      },
    );
  }
}

function checkUnits(skuPartNumber: string, units: number): void {
  if (!Number.isInteger(units) || units < 0)
    refuse({
      kind: 'InvalidValue',
      property: 'Units',
      value: String(units),
      problem: `not a whole number of ${skuPartNumber} licenses`,
    });
}

/** Disabled plans given as plan ids or plan names (New-MsolLicenseOptions takes names). */
function planIds(def: SkuDefinition, plans: readonly string[], skuText: string): Guid[] {
  return plans.map((p) => {
    const plan = def.servicePlans.find(
      (sp) => sp.id === p.toLowerCase() || sp.name.toUpperCase() === p.toUpperCase(),
    );
    return plan?.id ?? refuse({ kind: 'InvalidLicense', sku: skuText, reason: 'unknownPlan' });
  });
}

const addYears = (ms: number, years: number): number => {
  const d = new Date(ms);
  d.setUTCFullYear(d.getUTCFullYear() + years);
  return d.getTime();
};
