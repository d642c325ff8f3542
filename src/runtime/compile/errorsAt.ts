/** Raising errors at a script position: converts the lower layers' exceptions into ErrorRecords. */
import type { Extent } from '../../language/ast.js';
import { ConversionError } from '../convert/ConversionError.js';
import { DotNetException } from '../dotnet/errors.js';
import { DotNetError } from '../members/DotNetError.js';
import { RuntimeError, runtimeError, isFlowSignal } from '../errors.js';
import { OperatorError } from '../operators/OperatorError.js';
import { ValidationError } from '../commands/validators.js';
import { PSException } from '../values/exceptions.js';

/** A member error raised by the members layer (duck-typed so this file does not depend on it). */
interface MemberLikeError extends Error {
  exceptionType: string;
  errorId: string;
  innerException?: PSException | null;
}

function isMemberLike(e: unknown): e is MemberLikeError {
  return e instanceof Error && typeof (e as MemberLikeError).exceptionType === 'string' && typeof (e as MemberLikeError).errorId === 'string';
}

/**
 * Converts anything thrown while evaluating at `extent` into a RuntimeError (flow signals and
 * existing RuntimeErrors pass through). A JS error that is not one of ours is a tenantsh bug: it
 * becomes an error naming itself, never a crash.
 */
export function toRuntimeError(e: unknown, extent: Extent | null): unknown {
  if (e instanceof RuntimeError || isFlowSignal(e)) return e;
  if (e instanceof OperatorError) {
    if (e.exceptionType === 'System.DivideByZeroException') {
      // pwsh wraps it: $_.Exception is a RuntimeException whose InnerException is the .NET one.
      return runtimeError({
        message: e.message,
        id: 'RuntimeException',
        category: 'NotSpecified',
        extent,
        inner: new PSException(e.exceptionType, e.message),
      });
    }
    return runtimeError({ message: e.message, id: e.errorId, exceptionType: e.exceptionType, category: 'InvalidOperation', extent });
  }
  if (e instanceof ConversionError) {
    return runtimeError({ message: e.message, id: 'ConvertToFinalInvalidCastException', exceptionType: e.exceptionType, category: 'InvalidArgument', extent });
  }
  if (e instanceof DotNetError) {
    return runtimeError({ message: e.message, id: 'RuntimeException', exceptionType: e.dotnetType, category: 'InvalidOperation', extent });
  }
  if (e instanceof DotNetException) {
    return runtimeError({ message: e.message, id: 'RuntimeException', exceptionType: e.dotnetType, category: 'InvalidOperation', extent });
  }
  if (e instanceof ValidationError) {
    return runtimeError({ message: e.message, id: 'ValidationMetadataException', exceptionType: 'System.Management.Automation.ValidationMetadataException', category: 'InvalidData', extent });
  }
  if (isMemberLike(e)) {
    return runtimeError({
      message: e.message,
      id: e.errorId,
      exceptionType: e.exceptionType,
      category: e.innerException ? 'NotSpecified' : 'InvalidOperation',
      extent,
      inner: e.innerException ?? null,
    });
  }
  if (e instanceof RangeError && /call stack/i.test(e.message)) {
    return runtimeError({
      message: 'The script failed due to call depth overflow.',
      id: 'CallDepthOverflow',
      exceptionType: 'System.Management.Automation.ScriptCallDepthException',
      category: 'InvalidOperation',
      extent,
    });
  }
  const message = e instanceof Error ? e.message : String(e);
  return runtimeError({ message: `tenantsh internal error: ${message}`, id: 'InternalError', category: 'NotSpecified', extent });
}

/** Runs `f`, re-raising lower-layer exceptions as RuntimeErrors at `extent`. */
export function at<T>(extent: Extent, f: () => T): T {
  try {
    return f();
  } catch (e) {
    throw toRuntimeError(e, extent);
  }
}
