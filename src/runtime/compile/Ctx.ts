/**
 * The execution frame compiled code runs in: the runtime, the current scope, and where errors of
 * the current statement go (redirections such as `2>$null` replace it). Each function or script
 * block invocation gets its own Ctx over its own scope.
 */
import type { ErrorRecord } from '../values/exceptions.js';
import type { Runtime } from '../Runtime.js';
import type { Scope } from '../scope.js';
import type { CommandFrame } from './CommandFrame.js';

export type Sink = (value: unknown) => void;
export type Expr = (ctx: Ctx) => unknown;
export type Stmt = (ctx: Ctx, out: Sink) => void;

export type SuppressibleStream = 'warning' | 'verbose' | 'debug' | 'information';
const NONE: ReadonlySet<SuppressibleStream> = new Set();

export class Ctx {
  constructor(
    readonly rt: Runtime,
    readonly scope: Scope,
    /** Non-terminating errors written while this frame runs. */
    readonly errorSink: (record: ErrorRecord) => void,
    /** The advanced function or script running (for $PSCmdlet, $MyInvocation); null at top level. */
    readonly frame: CommandFrame | null,
    /** Streams redirected to $null here (`3>$null`, `6>$null`, `*>$null`), inherited by callees. */
    readonly suppressed: ReadonlySet<SuppressibleStream> = NONE,
    /** -ErrorVariable of the functions running: each sees every error written inside it. */
    readonly errorCollectors: readonly ((record: ErrorRecord) => void)[] = [],
  ) {}

  withScope(scope: Scope, frame: CommandFrame | null = this.frame): Ctx {
    return new Ctx(this.rt, scope, this.errorSink, frame, this.suppressed, this.errorCollectors);
  }

  withErrorSink(sink: (record: ErrorRecord) => void): Ctx {
    return new Ctx(this.rt, this.scope, sink, this.frame, this.suppressed, this.errorCollectors);
  }

  withSuppressed(streams: Iterable<SuppressibleStream>): Ctx {
    return new Ctx(this.rt, this.scope, this.errorSink, this.frame, new Set([...this.suppressed, ...streams]), this.errorCollectors);
  }
}
