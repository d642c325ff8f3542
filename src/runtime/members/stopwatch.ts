/** [System.Diagnostics.Stopwatch], timed by the tenant clock (ctx.now) so runs are reproducible. */
import { DateTime } from '../dotnet/dateTime.js';
import { TimeSpan } from '../dotnet/timeSpan.js';
import { i64 } from './args.js';
import { defineFamily, defineStatics } from './families.js';
import type { MethodContext } from './MethodContext.js';

export class StopwatchValue {
  readonly psTypeName = 'System.Diagnostics.Stopwatch';
  private elapsedTicks = 0n;
  private startedAt: bigint | null = null;
  /** The clock read by the properties, which get no context: the one the last method call used. */
  private clock: () => DateTime = () => DateTime.utcNow();

  use(ctx: MethodContext): this {
    this.clock = () => ctx.utcNow();
    return this;
  }
  start(): void {
    if (this.startedAt === null) this.startedAt = this.clock().ticks;
  }
  stop(): void {
    if (this.startedAt !== null) this.elapsedTicks += this.clock().ticks - this.startedAt;
    this.startedAt = null;
  }
  reset(): void {
    this.elapsedTicks = 0n;
    this.startedAt = null;
  }
  get isRunning(): boolean {
    return this.startedAt !== null;
  }
  get elapsed(): TimeSpan {
    const running = this.startedAt === null ? 0n : this.clock().ticks - this.startedAt;
    return new TimeSpan(this.elapsedTicks + running);
  }
}

defineFamily((v): v is StopwatchValue => v instanceof StopwatchValue)
  .property('IsRunning', 'bool', (s) => s.isRunning)
  .property('Elapsed', 'timespan', (s) => s.elapsed)
  .property('ElapsedMilliseconds', 'long', (s) => i64(s.elapsed.ticks / 10_000n))
  .property('ElapsedTicks', 'long', (s) => i64(s.elapsed.ticks))
  .method('void Start()', (s, _a, ctx) => s.use(ctx).start())
  .method('void Stop()', (s, _a, ctx) => s.use(ctx).stop())
  .method('void Reset()', (s) => s.reset())
  .method('void Restart()', (s, _a, ctx) => {
    s.use(ctx).reset();
    s.start();
  });

const statics = defineStatics('System.Diagnostics.Stopwatch');
statics.members
  .property('Frequency', 'long', () => i64(10_000_000n))
  .property('IsHighResolution', 'bool', () => true)
  .method('System.Diagnostics.Stopwatch StartNew()', (_t, _a, ctx) => {
    const s = new StopwatchValue().use(ctx);
    s.start();
    return s;
  })
  .method('long GetTimestamp()', (_t, _a, ctx) => i64(ctx.utcNow().ticks));
statics.constructors.method('System.Diagnostics.Stopwatch new()', (_t, _a, ctx) =>
  new StopwatchValue().use(ctx),
);
