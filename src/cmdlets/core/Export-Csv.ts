/**
 * Export-Csv: objects to a CSV file. Unlike pwsh, which writes each line as it goes, the lines
 * are collected and the file is written once, atomically, when the input ends: an error half-way
 * through the pipeline leaves the previous file untouched instead of half-written. The checks
 * pwsh makes on opening the file (folder exists, -NoClobber, a folder in the way) still happen
 * before any input is read. With -Append the file's own header decides the columns.
 */
import { defineCmdlet, param } from '../../runtime/commands/defineCmdlet.js';
import {
  appendWriteOptions,
  checkAppendColumns,
  CsvWriter,
  quoteFieldsAndUseQuotesError,
  type CsvWriteOptions,
} from '../../runtime/csv/index.js';
import { toStr } from '../../runtime/convert/toStringValue.js';
import { commandError, fileOpenFailure, ioFailure, noClobber } from '../shared/files/commandErrors.js';
import { csvDelimiter, csvErrorSpec, quoteKind } from '../shared/files/csvSupport.js';
import { encodingArgument } from '../shared/files/encodingArgument.js';
import { decodeFileBytes, UTF8_NO_BOM } from '../shared/files/fileEncoding.js';
import { existingBytes, isDirectory, pathExists, writeFileAtomically } from '../shared/files/fileWrite.js';
import { resolveOutputPath } from '../shared/files/outputPath.js';

export default defineCmdlet({
  name: 'Export-Csv',
  module: 'Microsoft.PowerShell.Utility',
  aliases: ['epcsv'],
  defaultParameterSet: 'Delimiter',
  supportsShouldProcess: true,
  synopsis: 'Converts objects into a series of character-separated value (CSV) strings and saves the strings to a file.',
  parameters: {
    InputObject: param.psobject({ mandatory: true, fromPipeline: true, byPropertyName: true }),
    Path: param.string({ position: 0, validateNotNullOrEmpty: true }),
    LiteralPath: param.string({ aliases: ['PSPath', 'LP'], validateNotNullOrEmpty: true }),
    Force: param.switch(),
    NoClobber: param.switch({ aliases: ['NoOverwrite'] }),
    Encoding: param.object({ validateNotNullOrEmpty: true }),
    Append: param.switch(),
    Delimiter: param.typed<unknown>('char', { sets: { Delimiter: { position: 1 } } }),
    UseCulture: param.switch({ sets: ['UseCulture'] }),
    IncludeTypeInformation: param.switch({ aliases: ['ITI'] }),
    NoTypeInformation: param.switch({ aliases: ['NTI'] }),
    QuoteFields: param.strings({ aliases: ['QF'] }),
    UseQuotes: param.string({ aliases: ['UQ'], validateSet: ['Never', 'Always', 'AsNeeded'] }),
    NoHeader: param.switch(),
  },
  invoke: (c) => {
    const name = c.commandName;
    let full = '';
    let shown = '';
    let writer: CsvWriter | null = null;
    let appendColumns: readonly string[] | null = null;
    /** The file's bytes being appended to (null: the file is written anew). */
    let appendTo: Buffer | null = null;
    let skip = false;
    let first = true;
    const lines: string[] = [];

    const open = (): void => {
      if (c.isBound('Path') === c.isBound('LiteralPath')) {
        c.fail(
          commandError(
            name,
            'You must specify either the -Path or -LiteralPath parameters, but not both.',
            'CannotSpecifyPathAndLiteralPath',
            'InvalidData',
            'System.InvalidOperationException',
          ),
        );
      }
      if (c.isBound('QuoteFields') && c.isBound('UseQuotes')) c.fail(csvErrorSpec(name, quoteFieldsAndUseQuotesError()));
      shown = toStr(c.params.Path ?? c.params.LiteralPath);
      full = resolveOutputPath(c, shown, c.isBound('LiteralPath'));
      if (!c.shouldProcess(shown, 'Export-Csv')) {
        skip = true;
        return;
      }
      if (isDirectory(full)) {
        c.fail(fileOpenFailure(name, { message: `Access to the path '${full}' is denied.`, exceptionType: 'System.UnauthorizedAccessException' }));
      }
      if (!isDirectory(full.slice(0, full.lastIndexOf('/')) || '/')) {
        c.fail(fileOpenFailure(name, ioFailure({ code: 'ENOENT' }, full)));
      }
      const exists = pathExists(full);
      if (c.params.NoClobber && exists && !c.params.Append) c.fail(noClobber(name, full));
      const useQuotes = quoteKind(c.params.UseQuotes);
      let options: CsvWriteOptions = {
        delimiter: csvDelimiter(c.params.Delimiter, c.params.UseCulture),
        includeTypeInformation: (c.params.IncludeTypeInformation ?? false) && !c.params.NoTypeInformation,
        noHeader: c.params.NoHeader ?? false,
        ...(c.params.QuoteFields ? { quoteFields: c.params.QuoteFields } : {}),
        ...(useQuotes ? { useQuotes } : {}),
      };
      if (c.params.Append && exists) {
        const bytes = existingBytes(full) ?? Buffer.alloc(0);
        const text = decodeFileBytes(bytes, encodingArgument(c, c.params.Encoding));
        const append = appendWriteOptions(text, options);
        options = append;
        if (append.appending) {
          appendTo = bytes;
          appendColumns = append.columns ?? null;
        }
      }
      writer = new CsvWriter(options);
    };

    return {
      begin() {
        encodingArgument(c, c.params.Encoding);
        open();
      },
      process() {
        if (skip || !writer || c.params.InputObject === undefined) return;
        const value = c.params.InputObject;
        if (first && appendColumns && !c.params.Force) {
          const mismatch = checkAppendColumns(value, appendColumns, shown);
          if (mismatch) c.fail(csvErrorSpec(name, mismatch));
        }
        first = false;
        lines.push(...writer.write(value));
      },
      end() {
        if (skip) return;
        const encoding = encodingArgument(c, c.params.Encoding) ?? UTF8_NO_BOM;
        const text = lines.map((l) => l + '\n').join('');
        const previous: Buffer | null = appendTo;
        try {
          if (previous) writeFileAtomically(full, Buffer.concat([previous, encoding.encode(text, previous.length === 0)]));
          else writeFileAtomically(full, encoding.encode(text, true));
        } catch (e) {
          c.fail(fileOpenFailure(name, ioFailure(e, full)));
        }
      },
    };
  },
});
