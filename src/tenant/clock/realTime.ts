/**
 * The machine's time: the one place in src/tenant that reads Date.now() (DESIGN.md: nothing else
 * does; time comes from the tenant clock, which reads this source in its `real` and `offset`
 * modes). Tests pass their own source.
 */
export interface RealTimeSource {
  nowMs(): number;
}

export const systemTime: RealTimeSource = { nowMs: () => Date.now() };
