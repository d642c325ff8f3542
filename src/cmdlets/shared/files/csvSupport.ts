/**
 * What the four CSV cmdlets share: the -Delimiter / -UseCulture choice and the ErrorRecord for an
 * engine's CsvError (ids qualified with the command's class, as pwsh writes them).
 */
import type { ErrorSpec } from '../../../runtime/errors.js';
import type { CsvError } from '../../../runtime/csv/index.js';
import type { CsvQuoteKind } from '../../../runtime/csv/index.js';
import { toStr } from '../../../runtime/convert/toStringValue.js';
import { qualifiedErrorId } from './commandErrors.js';

/** en-US's TextInfo.ListSeparator, which -UseCulture uses. */
const CULTURE_LIST_SEPARATOR = ',';

/** The delimiter character: -Delimiter (a [char]), else the culture's list separator with -UseCulture, else ','. */
export function csvDelimiter(delimiter: unknown, useCulture: boolean | undefined): string {
  if (useCulture) return CULTURE_LIST_SEPARATOR;
  if (delimiter === undefined || delimiter === null) return ',';
  return toStr(delimiter);
}

export function csvErrorSpec(commandName: string, error: CsvError): ErrorSpec {
  return {
    message: error.message,
    id: qualifiedErrorId(error.errorId, commandName),
    category: error.category,
    exceptionType: error.exceptionType,
    target: error.targetObject,
  };
}

/** -UseQuotes as the engine's quote kind ('AsNeeded' etc.; the binder checked the name). */
export function quoteKind(value: string | undefined): CsvQuoteKind | undefined {
  if (value === undefined) return undefined;
  const lower = value.toLowerCase();
  return lower === 'never' ? 'Never' : lower === 'asneeded' ? 'AsNeeded' : 'Always';
}
