/**
 * Import-Csv: the rows of CSV files as PSCustomObjects. Rows are written one at a time as they
 * are parsed, so `Import-Csv leavers.csv | Remove-MsolUser` acts on the first leaver before the
 * later rows are read (the file's text is read whole first; only the parsing streams). Each file
 * has its own header. A file that cannot be read, or a header with a repeated name, stops the
 * command, as in pwsh.
 */
import { readFileSync } from 'node:fs';
import { defineCmdlet, param } from '../../runtime/commands/defineCmdlet.js';
import { CsvError, CsvImporter } from '../../runtime/csv/index.js';
import { hasWildcards } from '../../runtime/regex/wildcard.js';
import { commandError, driveNotFound, fileOpenFailure, ioFailure } from '../shared/files/commandErrors.js';
import { pathArguments, pathBaseOf } from '../shared/files/cmdletPaths.js';
import { csvDelimiter, csvErrorSpec } from '../shared/files/csvSupport.js';
import { encodingArgument } from '../shared/files/encodingArgument.js';
import { decodeFileBytes } from '../shared/files/fileEncoding.js';
import { isDirectory } from '../shared/files/fileWrite.js';
import { parseProviderPath } from '../shared/files/providerPath.js';
import { expandWildcardPath } from '../shared/files/wildcardPaths.js';

const pathSet = { mandatory: true, position: 0, fromPipeline: true, byPropertyName: true };
const literalSet = { mandatory: true, byPropertyName: true };

export default defineCmdlet({
  name: 'Import-Csv',
  module: 'Microsoft.PowerShell.Utility',
  aliases: ['ipcsv'],
  defaultParameterSet: 'DelimiterPath',
  synopsis: 'Creates table-like custom objects from the items in a character-separated value (CSV) file.',
  parameters: {
    Delimiter: param.typed<unknown>('char', { sets: { DelimiterPath: { position: 1 }, DelimiterLiteralPath: { position: 1 } } }),
    Path: param.strings({ sets: { DelimiterPath: pathSet, CulturePath: pathSet }, validateNotNullOrEmpty: true }),
    LiteralPath: param.strings({
      aliases: ['PSPath', 'LP'],
      sets: { DelimiterLiteralPath: literalSet, CultureLiteralPath: literalSet },
      validateNotNullOrEmpty: true,
    }),
    UseCulture: param.switch({ sets: { CulturePath: { mandatory: true }, CultureLiteralPath: { mandatory: true } } }),
    Header: param.strings({ validateNotNullOrEmpty: true }),
    Encoding: param.object({ validateNotNullOrEmpty: true }),
  },
  invoke: (c) => {
    const name = c.commandName;

    /** The files one path argument names; a wildcard that matches nothing is an error here. */
    const filesOf = (text: string, literal: boolean): string[] => {
      const parsed = parseProviderPath(text, pathBaseOf(c));
      if (parsed.kind === 'UnknownDrive') return c.fail(driveNotFound(name, parsed.drive));
      if (parsed.kind !== 'FileSystem') {
        return c.fail(commandError(name, 'Unable to find the specified file.', 'FileOpenFailure', 'OpenError', 'System.IO.FileNotFoundException', text));
      }
      if (literal || !hasWildcards(parsed.full)) return [parsed.full];
      const matches = expandWildcardPath(parsed.full);
      if (matches.length === 0) {
        c.fail(commandError(name, 'Unable to find the specified file.', 'FileOpenFailure', 'OpenError', 'System.IO.FileNotFoundException', text));
      }
      return matches;
    };

    const readFile = (full: string): string => {
      if (isDirectory(full)) {
        c.fail(fileOpenFailure(name, { message: `Access to the path '${full}' is denied.`, exceptionType: 'System.UnauthorizedAccessException' }));
      }
      try {
        return decodeFileBytes(readFileSync(full), encodingArgument(c, c.params.Encoding));
      } catch (e) {
        const failure = ioFailure(e, full);
        const notFound = failure.exceptionType === 'System.IO.DirectoryNotFoundException';
        return c.fail(
          fileOpenFailure(
            name,
            notFound ? { message: `Could not find file '${full}'.`, exceptionType: 'System.IO.FileNotFoundException' } : failure,
          ),
        );
      }
    };

    return {
      begin() {
        encodingArgument(c, c.params.Encoding);
      },
      process() {
        const { texts, literal } = pathArguments(c.params.Path, c.params.LiteralPath);
        const delimiter = csvDelimiter(c.params.Delimiter, c.params.UseCulture);
        for (const text of texts) {
          for (const full of filesOf(text, literal)) {
            const importer = new CsvImporter({
              delimiter,
              ...(c.params.Header ? { header: c.params.Header } : {}),
              onWarning: (w) => c.writeWarning(w),
            });
            try {
              for (const row of importer.importText(readFile(full))) c.write(row);
            } catch (e) {
              if (e instanceof CsvError) c.fail(csvErrorSpec(name, e));
              throw e;
            }
          }
        }
      },
    };
  },
});
