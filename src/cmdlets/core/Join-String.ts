/**
 * Join-String: joins its input (or a property of each input) into one string, with a separator,
 * quotes or a -FormatString applied to each item, and a prefix and suffix around the whole.
 * Items convert as PowerShell converts to string (invariant); -UseCulture and -FormatString use
 * the current culture, as `-f` does. $null items are skipped.
 */
import { defineCmdlet, param } from '../../runtime/commands/defineCmdlet.js';
import { toStr } from '../../runtime/convert/toStringValue.js';
import { formatValue } from '../../runtime/convert/formatValue.js';
import { formatComposite } from '../../runtime/dotnet/compositeFormat.js';
import { keyExpression, type KeyExpression } from '../shared/keyExpressions.js';

export default defineCmdlet({
  name: 'Join-String',
  module: 'Microsoft.PowerShell.Utility',
  defaultParameterSet: 'default',
  outputType: 'System.String',
  synopsis: 'Combines objects from the pipeline into a single string.',
  parameters: {
    Property: param.object({ position: 0 }),
    Separator: param.string({ position: 1, allowEmptyString: true }),
    OutputPrefix: param.string({ aliases: ['op'] }),
    OutputSuffix: param.string({ aliases: ['os'] }),
    SingleQuote: param.switch({ sets: ['SingleQuote'] }),
    DoubleQuote: param.switch({ sets: ['DoubleQuote'] }),
    FormatString: param.string({ sets: ['Format'] }),
    // Listed in every set by name so the binder knows the (otherwise parameterless) default set.
    UseCulture: param.switch({ sets: ['default', 'SingleQuote', 'DoubleQuote', 'Format'] }),
    InputObject: param.typed<unknown[]>('psobject[]', { fromPipeline: true }),
  },
  invoke: (c) => {
    const parts: string[] = [];
    let expression: KeyExpression | null = null;

    const textOf = (item: unknown): string => {
      const value = expression ? expression.evaluate(c.callerCtx, item) : item;
      if (c.params.FormatString !== undefined) {
        try {
          return formatComposite(c.params.FormatString, [value], (v, f) => formatValue(v, f));
        } catch (e) {
          c.fail({
            message: e instanceof Error ? e.message : String(e),
            id: 'System.FormatException,Microsoft.PowerShell.Commands.Utility.JoinStringCommand',
            category: 'NotSpecified',
            exceptionType: 'System.FormatException',
            target: value,
          });
        }
      }
      const text = c.params.UseCulture ? formatValue(value, undefined) : toStr(value);
      if (c.params.SingleQuote) return `'${text}'`;
      if (c.params.DoubleQuote) return `"${text}"`;
      return text;
    };

    return {
      begin() {
        if (c.params.Property !== undefined && c.params.Property !== null) expression = keyExpression(c.params.Property, []);
      },
      process() {
        for (const item of c.params.InputObject ?? []) {
          if (item === null || item === undefined) continue;
          parts.push(textOf(item));
        }
      },
      end() {
        c.write((c.params.OutputPrefix ?? '') + parts.join(c.params.Separator ?? '') + (c.params.OutputSuffix ?? ''));
      },
    };
  },
});
