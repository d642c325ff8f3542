/**
 * Get-Unique: drops each object equal to the one written just before it (so it expects sorted
 * input). Objects compare as Sort-Object compares them (case-sensitively unless -CaseInsensitive),
 * as strings with -AsString, or by type name with -OnType. After a $null, the next object is always
 * written, as in pwsh.
 */
import { defineCmdlet, param } from '../../runtime/commands/defineCmdlet.js';
import { typeNameOf } from '../../runtime/types/typeNameOf.js';
import { compareObjects, fallbackString } from '../shared/objectComparer.js';

export default defineCmdlet({
  name: 'Get-Unique',
  module: 'Microsoft.PowerShell.Utility',
  aliases: ['gu'],
  defaultParameterSet: 'AsString',
  synopsis: 'Returns unique items from a sorted list.',
  parameters: {
    InputObject: param.psobject({ fromPipeline: true }),
    AsString: param.switch({ sets: ['AsString'] }),
    OnType: param.switch({ sets: ['UniqueByType'] }),
    CaseInsensitive: param.switch(),
  },
  invoke: (c) => {
    let last: unknown = null;
    let lastString: string | null = null;

    const isRepeat = (input: unknown): boolean => {
      if (last === null) return false;
      if (c.params.OnType) return typeNameOf(last) === typeNameOf(input);
      if (c.params.AsString) {
        const text = fallbackString(input);
        lastString ??= fallbackString(last);
        const equal = c.params.CaseInsensitive ? text.toLowerCase() === lastString.toLowerCase() : text === lastString;
        if (!equal) lastString = text;
        return equal;
      }
      return compareObjects(input, last, c.params.CaseInsensitive !== true) === 0;
    };

    return {
      process() {
        const input = c.params.InputObject;
        if (input === undefined) return;
        if (isRepeat(input)) return;
        c.write(input);
        last = input;
      },
    };
  },
});
