/**
 * Export-Csv -Append. When the file already has content, no `#TYPE` line or header is written;
 * the columns are the file's header (read as Import-Csv reads it), and, unless -Force, the first
 * appended object must have a property for every one of them. A file with content but no header
 * (only a `#TYPE` line) takes the objects' own columns, unchecked. An empty file is written anew.
 */
import { CsvImporter } from './csvImporter.js';
import { appendMismatchError, type CsvError } from './csvErrors.js';
import { columnsOf, type CsvWriteOptions } from './csvWriter.js';

/** The writer options for appending to a file whose current text is `existing` (null: no file). */
export function appendWriteOptions(
  existing: string | null,
  options: CsvWriteOptions,
): CsvWriteOptions & { readonly appending: boolean } {
  if (existing === null || existing.length === 0) return { ...options, appending: false };
  const importer = new CsvImporter({ delimiter: options.delimiter ?? ',' });
  // Reading the first row is enough to learn the header; the rows themselves are not needed.
  importer.importText(existing).next();
  const header = importer.headers;
  return {
    ...options,
    appending: true,
    includeTypeInformation: false,
    noHeader: true,
    ...(header ? { columns: header } : {}),
  };
}

/** The error for the first appended object when it lacks a column of the file, else null. */
export function checkAppendColumns(
  first: unknown,
  columns: readonly string[],
  path: string,
): CsvError | null {
  const have = new Set(columnsOf(first).map((c) => c.toLowerCase()));
  const missing = columns.find((c) => !have.has(c.toLowerCase()));
  return missing === undefined ? null : appendMismatchError(path, missing);
}
