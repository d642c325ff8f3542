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
const NO_MERGES: ReadonlyMap<SuppressibleStream, Sink> = new Map();

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
    /** Streams merged into the output (`3>&1`, `*>&1`): their records are written there instead. */
    readonly merged: ReadonlyMap<SuppressibleStream, Sink> = NO_MERGES,
  ) {}

  withMerged(stream: SuppressibleStream, sink: Sink): Ctx {
    const m = new Map(this.merged);
    m.set(stream, sink);
    return new Ctx(this.rt, this.scope, this.errorSink, this.frame, this.suppressed, this.errorCollectors, m);
  }

  withScope(scope: Scope, frame: CommandFrame | null = this.frame): Ctx {
    return new Ctx(this.rt, scope, this.errorSink, frame, this.suppressed, this.errorCollectors, this.merged);
  }

  withErrorSink(sink: (record: ErrorRecord) => void): Ctx {
    return new Ctx(this.rt, this.scope, sink, this.frame, this.suppressed, this.errorCollectors, this.merged);
  }

  withSuppressed(streams: Iterable<SuppressibleStream>): Ctx {
    return new Ctx(this.rt, this.scope, this.errorSink, this.frame, new Set([...this.suppressed, ...streams]), this.errorCollectors, this.merged);
  }
}
