/**
 * The errors member access raises, with pwsh's texts. The evaluator turns a MemberError into an
 * ErrorRecord of `exceptionType` whose FullyQualifiedErrorId is `errorId`.
 */
import { PSException } from '../values/exceptions.js';

export class MemberError extends Error {
  constructor(
    message: string,
    readonly exceptionType: string,
    readonly errorId: string,
    /** The .NET exception a method threw (MethodInvocationException.InnerException): `catch [FormatException]` matches it. */
    readonly innerException: PSException | null = null,
  ) {
    super(message);
  }
}

const RUNTIME = 'System.Management.Automation.RuntimeException';
const METHOD = 'System.Management.Automation.MethodException';
const INVOCATION = 'System.Management.Automation.MethodInvocationException';

export function methodNotFound(typeName: string, name: string): MemberError {
  return new MemberError(
    `Method invocation failed because [${typeName}] does not contain a method named '${name}'.`,
    RUNTIME,
    'MethodNotFound',
  );
}

export function noOverloadForCount(name: string, count: number): MemberError {
  return new MemberError(
    `Cannot find an overload for "${name}" and the argument count: "${count}".`,
    METHOD,
    'MethodCountCouldNotFindBest',
  );
}

export function argumentConversionFailed(
  parameter: string,
  value: string,
  method: string,
  typeName: string,
  reason: string,
): MemberError {
  return new MemberError(
    `Cannot convert argument "${parameter}", with value: "${value}", for "${method}" to type "${typeName}": "${reason}"`,
    METHOD,
    'MethodArgumentConversionInvalidCastArgument',
  );
}

/** A .NET exception escaping a method: `Exception calling "X" with "n" argument(s): "message"`. */
export function invocationFailed(method: string, argCount: number, inner: PSException): MemberError {
  return new MemberError(
    `Exception calling "${method}" with "${argCount}" argument(s): "${inner.message}"`,
    INVOCATION,
    inner.shortName,
    inner,
  );
}

export function readOnlyProperty(name: string): MemberError {
  return new MemberError(`'${name}' is a ReadOnly property.`, RUNTIME, 'PropertyAssignmentException');
}

export function propertyNotFound(name: string): MemberError {
  return new MemberError(
    `The property '${name}' cannot be found on this object. Verify that the property exists and can be set.`,
    RUNTIME,
    'PropertyAssignmentException',
  );
}

/** Setting a property a PSCustomObject does not have. */
export function customPropertyNotFound(name: string): MemberError {
  return new MemberError(
    `Exception setting "${name}": "The property '${name}' cannot be found on this object. Verify that the property exists and can be set."`,
    'System.Management.Automation.SetValueInvocationException',
    'ExceptionWhenSetting',
  );
}
