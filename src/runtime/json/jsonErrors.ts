/**
 * The errors the JSON engines raise, with what the cmdlet needs to build pwsh's ErrorRecord: the
 * .NET exception type, the error id (the cmdlet appends `,Microsoft.PowerShell.Commands.<Cmd>`),
 * the category and the target object.
 */
import type { ErrorCategory } from '../values/exceptions.js';

export class JsonError extends Error {
  constructor(
    message: string,
    readonly exceptionType: string,
    readonly errorId: string,
    readonly category: ErrorCategory,
    readonly targetObject: unknown = null,
  ) {
    super(message);
    this.name = 'JsonError';
  }
}

/**
 * A syntax error found by the reader (Newtonsoft.Json's text, which pwsh wraps). `innerMessage`
 * is the JsonReaderException's own message, for $_.Exception.InnerException.Message.
 */
export class JsonSyntaxError extends JsonError {
  constructor(readonly innerMessage: string) {
    super(
      'Conversion from JSON failed with error: ' + innerMessage,
      'System.ArgumentException',
      'System.ArgumentException',
      'NotSpecified',
    );
    this.name = 'JsonSyntaxError';
  }
}

export function keysWithDifferentCasingError(existing: string, added: string): JsonError {
  return new JsonError(
    'Cannot convert the JSON string because it contains keys with different casing. Please use the -AsHashTable ' +
      `switch instead. The key that was attempted to be added to the existing key '${existing}' was '${added}'.`,
    'System.InvalidOperationException',
    'KeysWithDifferentCasingInJsonString',
    'InvalidOperation',
  );
}

export function emptyKeyError(): JsonError {
  return new JsonError(
    'The provided JSON includes a property whose name is an empty string, this is only supported using the ' +
      '-AsHashTable switch.',
    'System.InvalidOperationException',
    'EmptyKeyInJsonString',
    'InvalidOperation',
  );
}

/** ConvertTo-Json of a dictionary with a key that is not a string. */
export function nonStringKeyError(dictionaryTypeName: string, dictionary: unknown): JsonError {
  return new JsonError(
    `The type '${dictionaryTypeName}' is not supported for serialization or deserialization of a dictionary. ` +
      'Keys must be strings.',
    'System.InvalidOperationException',
    'NonStringKeyInDictionary',
    'InvalidOperation',
    dictionary,
  );
}

/** The warning ConvertTo-Json writes when -Depth cut the object graph. */
export function depthTruncatedWarning(depth: number): string {
  return `Resulting JSON is truncated as serialization has exceeded the set depth of ${depth}.`;
}
