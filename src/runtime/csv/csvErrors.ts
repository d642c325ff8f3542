/**
 * The errors the CSV engines raise, carrying what the cmdlet needs to build pwsh's ErrorRecord:
 * the .NET exception type, the error id (the cmdlet appends `,Microsoft.PowerShell.Commands.<Cmd>`),
 * the category and the target object.
 */
import type { ErrorCategory } from '../values/exceptions.js';

export class CsvError extends Error {
  constructor(
    message: string,
    readonly exceptionType: string,
    readonly errorId: string,
    readonly category: ErrorCategory,
    readonly targetObject: unknown = null,
  ) {
    super(message);
    this.name = 'CsvError';
  }
}

/** Two header columns with the same name (case-insensitive): Import-Csv and ConvertFrom-Csv stop. */
export function duplicateHeaderError(name: string): CsvError {
  return new CsvError(
    `The member "${name}" is already present.`,
    'System.Management.Automation.ExtendedTypeSystemException',
    'AlreadyPresentPSMemberInfoInternalCollectionAdd',
    'NotSpecified',
  );
}

/** Export-Csv -Append without -Force when the first object lacks one of the file's columns. */
export function appendMismatchError(path: string, column: string): CsvError {
  return new CsvError(
    `Cannot append CSV content to the following file: ${path}. The appended object does not have a property ` +
      `that corresponds to the following column: ${column}. To continue with mismatched properties, add the ` +
      '-Force parameter, and then retry the command.',
    'System.InvalidOperationException',
    'CannotAppendCsvWithMismatchedPropertyNames',
    'InvalidData',
    column,
  );
}

/** ConvertTo-Csv / Export-Csv given both -UseQuotes and -QuoteFields. */
export function quoteFieldsAndUseQuotesError(): CsvError {
  return new CsvError(
    'You must specify either the -UseQuotes or -QuoteFields parameters, but not both.',
    'System.InvalidOperationException',
    'CannotSpecifyQuoteFieldsAndUseQuotes',
    'InvalidData',
  );
}

/** The warning written (once per command) when empty header names were replaced by H1, H2, ... */
export const UNSPECIFIED_HEADER_WARNING =
  'One or more headers were not specified. Default names starting with "H" have been used in place of any missing headers.';
