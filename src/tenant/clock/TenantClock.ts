import { toIso, type ClockState, type IsoDate } from '../model/index.js';
import type { RealTimeSource } from './realTime.js';

/**
 * Reads the tenant clock (T-TIME-1). The clock's state lives in the tenant document (so a frozen
 * clock stays frozen between runs); this turns it into a time using the real-time source.
 */
export class TenantClock {
  constructor(
    private readonly read: () => ClockState,
    readonly source: RealTimeSource,
  ) {}

  nowMs(): number {
    return timeOf(this.read(), this.source.nowMs());
  }

  nowIso(): IsoDate {
    return toIso(this.nowMs());
  }
}

export const timeOf = (state: ClockState, realNowMs: number): number => {
  switch (state.mode) {
    case 'real':
      return realNowMs;
    case 'offset':
      return realNowMs + state.offsetMs;
    case 'frozen':
      return Date.parse(state.at);
  }
};

/** Set-TenantClock -Date D [-Frozen]: D may be earlier than now (DESIGN.md). */
export const clockSetTo = (dateMs: number, frozen: boolean, realNowMs: number): ClockState =>
  frozen ? { mode: 'frozen', at: toIso(dateMs) } : { mode: 'offset', offsetMs: dateMs - realNowMs };

/**
 * Move-TenantClock and Start-Sleep (T-TIME-2): forward by `ms`. A frozen clock stays frozen at the
 * later time; a real-time clock keeps running, `ms` ahead of the machine.
 */
export const clockMovedBy = (state: ClockState, ms: number): ClockState => {
  switch (state.mode) {
    case 'real':
      return { mode: 'offset', offsetMs: ms };
    case 'offset':
      return { mode: 'offset', offsetMs: state.offsetMs + ms };
    case 'frozen':
      return { mode: 'frozen', at: toIso(Date.parse(state.at) + ms) };
  }
};
