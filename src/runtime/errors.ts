/**
 * Terminating errors and flow control as JS exceptions. A RuntimeError carries the ErrorRecord that
 * `catch`, `trap`, `$Error` and the error view see. Flow control (break, continue, return, exit)
 * uses small signal objects rather than Errors: they are frequent and need no stack trace.
 */
import type { Extent } from '../language/ast.js';
import { ErrorRecord, PSException, type ErrorCategory } from './values/exceptions.js';

export class RuntimeError extends Error {
  constructor(readonly record: ErrorRecord) {
    super(record.message);
  }
  /** Set when the error has been shown or handled, so an outer handler does not show it twice. */
  reported = false;
}

export interface ErrorSpec {
  message: string;
  /** FullyQualifiedErrorId (pwsh adds ",Command-Name" for cmdlet errors). */
  id: string;
  category?: ErrorCategory;
  exceptionType?: string;
  target?: unknown;
  extent?: Extent | null;
  commandName?: string | null;
  inner?: PSException | null;
}

export function makeErrorRecord(spec: ErrorSpec): ErrorRecord {
  const ex = new PSException(
    spec.exceptionType ?? 'System.Management.Automation.RuntimeException',
    spec.message,
    spec.inner ?? null,
  );
  const rec = new ErrorRecord(ex, spec.id, spec.category ?? 'NotSpecified', spec.target ?? null, {
    commandName: spec.commandName ?? null,
    extent: spec.extent ?? null,
    scriptName: spec.extent?.source.path ?? '',
  });
  return rec;
}

export function runtimeError(spec: ErrorSpec): RuntimeError {
  return new RuntimeError(makeErrorRecord(spec));
}

export class BreakSignal {
  constructor(readonly label: string | null) {}
}
export class ContinueSignal {
  constructor(readonly label: string | null) {}
}
export class ReturnSignal {
  static readonly instance = new ReturnSignal();
  readonly flow = 'return';
}
export class ExitSignal {
  constructor(readonly code: number) {}
}
/** Thrown by Select-Object -First (and friends) to stop the commands upstream of it. */
export class StopUpstreamSignal {
  constructor(readonly processor: unknown) {}
}

export type FlowSignal = BreakSignal | ContinueSignal | ReturnSignal | ExitSignal | StopUpstreamSignal;

export function isFlowSignal(e: unknown): boolean {
  return (
    e instanceof BreakSignal ||
    e instanceof ContinueSignal ||
    e instanceof ReturnSignal ||
    e instanceof ExitSignal ||
    e instanceof StopUpstreamSignal
  );
}
