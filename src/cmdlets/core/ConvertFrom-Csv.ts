/**
 * ConvertFrom-Csv: each piped string is CSV text (one line, or several), read against the header
 * found so far; rows are written as soon as each string is read.
 */
import { defineCmdlet, param } from '../../runtime/commands/defineCmdlet.js';
import { CsvError, CsvLineReader } from '../../runtime/csv/index.js';
import { toStr } from '../../runtime/convert/toStringValue.js';
import { csvDelimiter, csvErrorSpec } from '../shared/files/csvSupport.js';

export default defineCmdlet({
  name: 'ConvertFrom-Csv',
  module: 'Microsoft.PowerShell.Utility',
  defaultParameterSet: 'Delimiter',
  synopsis: 'Converts object properties in character-separated value (CSV) format into CSV versions of the original objects.',
  parameters: {
    Delimiter: param.typed<unknown>('char', { sets: { Delimiter: { position: 1 } }, validateNotNullOrEmpty: true }),
    UseCulture: param.switch({ sets: { UseCulture: { mandatory: true } } }),
    InputObject: param.objects({ mandatory: true, position: 0, fromPipeline: true, byPropertyName: true, validateNotNullOrEmpty: true }),
    Header: param.strings({ validateNotNullOrEmpty: true }),
  },
  invoke: (c) => {
    let reader: CsvLineReader | null = null;
    return {
      process() {
        reader ??= new CsvLineReader({
          delimiter: csvDelimiter(c.params.Delimiter, c.params.UseCulture),
          ...(c.params.Header ? { header: c.params.Header } : {}),
          onWarning: (w) => c.writeWarning(w),
        });
        for (const item of c.params.InputObject ?? []) {
          try {
            for (const row of reader.pushLine(toStr(item))) c.write(row);
          } catch (e) {
            if (e instanceof CsvError) c.fail(csvErrorSpec(c.commandName, e));
            throw e;
          }
        }
      },
    };
  },
});
