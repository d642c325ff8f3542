import { toIso, type ClockState } from '../model/index.js';
import type { TenantContext } from '../services/context.js';
import { actorName, type Principal } from '../services/identity/principal.js';
import { clockMovedBy, clockSetTo, type TenantClock } from './TenantClock.js';

/**
 * The clock operations behind Get-/Set-/Move-TenantClock and Start-Sleep (T-TIME-1, T-TIME-2).
 * The clock is part of the tenant file, so each change is a journaled operation.
 */
export class ClockService {
  constructor(
    private readonly ctx: TenantContext,
    private readonly clock: TenantClock,
  ) {}

  now(): Date {
    return new Date(this.clock.nowMs());
  }

  nowMs(): number {
    return this.clock.nowMs();
  }

  get state(): ClockState {
    return this.ctx.state.clock;
  }

  /** Set-TenantClock -Date D [-Frozen]. */
  setDate(caller: Principal, date: Date, frozen: boolean): void {
    this.change(caller, 'Set-TenantClock', clockSetTo(date.getTime(), frozen, this.clock.source.nowMs()), {
      date: toIso(date.getTime()),
      frozen,
    });
  }

  /** Set-TenantClock -Real. */
  setReal(caller: Principal): void {
    this.change(caller, 'Set-TenantClock', { mode: 'real' }, { real: true });
  }

  /** Move-TenantClock -Days N -Hours H, and Start-Sleep (T-TIME-2): forward only. */
  move(caller: Principal, ms: number, operation = 'Move-TenantClock'): void {
    if (!(ms >= 0) || !Number.isFinite(ms))
      throw new RangeError(`the clock only moves forward (got ${ms} ms)`);
    this.change(caller, operation, clockMovedBy(this.ctx.state.clock, ms), { ms });
  }

  private change(
    caller: Principal,
    operation: string,
    next: ClockState,
    details: Record<string, unknown>,
  ): void {
    this.ctx.run({ operation, workload: 'Tenant', actor: actorName(caller), target: 'clock' }, (tx) => {
      Object.assign(tx.details, details, { from: this.clock.nowIso() });
      tx.set('clock', next);
    });
    // T-TIME-1: whatever the new time has passed expires before the next command.
    this.ctx.refresh();
  }
}
