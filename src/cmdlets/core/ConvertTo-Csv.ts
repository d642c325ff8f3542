/** ConvertTo-Csv: objects to CSV lines, the header (and `#TYPE` line when asked) before the first. */
import { defineCmdlet, param } from '../../runtime/commands/defineCmdlet.js';
import { CsvWriter, quoteFieldsAndUseQuotesError } from '../../runtime/csv/index.js';
import { csvDelimiter, csvErrorSpec, quoteKind } from '../shared/files/csvSupport.js';

export default defineCmdlet({
  name: 'ConvertTo-Csv',
  module: 'Microsoft.PowerShell.Utility',
  defaultParameterSet: 'Delimiter',
  synopsis: 'Converts .NET objects into a series of character-separated value (CSV) strings.',
  parameters: {
    InputObject: param.psobject({ mandatory: true, position: 0, fromPipeline: true, byPropertyName: true }),
    Delimiter: param.typed<unknown>('char', { sets: { Delimiter: { position: 1 } } }),
    UseCulture: param.switch({ sets: ['UseCulture'] }),
    IncludeTypeInformation: param.switch({ aliases: ['ITI'] }),
    NoTypeInformation: param.switch({ aliases: ['NTI'] }),
    QuoteFields: param.strings({ aliases: ['QF'] }),
    UseQuotes: param.string({ aliases: ['UQ'], validateSet: ['Never', 'Always', 'AsNeeded'] }),
    NoHeader: param.switch(),
  },
  invoke: (c) => {
    let writer: CsvWriter | null = null;
    return {
      begin() {
        if (c.isBound('QuoteFields') && c.isBound('UseQuotes')) {
          c.fail(csvErrorSpec(c.commandName, quoteFieldsAndUseQuotesError()));
        }
        const useQuotes = quoteKind(c.params.UseQuotes);
        writer = new CsvWriter({
          delimiter: csvDelimiter(c.params.Delimiter, c.params.UseCulture),
          includeTypeInformation: (c.params.IncludeTypeInformation ?? false) && !c.params.NoTypeInformation,
          noHeader: c.params.NoHeader ?? false,
          ...(c.params.QuoteFields ? { quoteFields: c.params.QuoteFields } : {}),
          ...(useQuotes ? { useQuotes } : {}),
        });
      },
      process() {
        if (!writer || c.params.InputObject === undefined) return;
        for (const line of writer.write(c.params.InputObject)) c.write(line);
      },
    };
  },
});
