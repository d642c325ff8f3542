/**
 * ConvertTo-Json: every piped value is collected; one value is converted as itself, several as
 * one array (with -AsArray even one value becomes an array). pwsh's warning is written when
 * -Depth cut the object graph.
 */
import { defineCmdlet, param } from '../../runtime/commands/defineCmdlet.js';
import { JsonError, toJson, type JsonEscapeHandling } from '../../runtime/json/index.js';
import { qualifiedErrorId } from '../shared/files/commandErrors.js';

export default defineCmdlet({
  name: 'ConvertTo-Json',
  module: 'Microsoft.PowerShell.Utility',
  synopsis: 'Converts an object to a JSON-formatted string.',
  parameters: {
    InputObject: param.object({ mandatory: true, position: 0, fromPipeline: true, allowNull: true, allowEmptyString: true, allowEmptyCollection: true }),
    Depth: param.int({ validateRange: [0, 100] }),
    Compress: param.switch(),
    EnumsAsStrings: param.switch(),
    AsArray: param.switch(),
    EscapeHandling: param.string({ validateSet: ['Default', 'EscapeNonAscii', 'EscapeHtml'] }),
  },
  invoke: (c) => {
    const inputs: unknown[] = [];
    return {
      process() {
        if (c.isBound('InputObject')) inputs.push(c.params.InputObject ?? null);
      },
      end() {
        if (inputs.length === 0) return;
        const value = inputs.length > 1 ? inputs : inputs[0];
        try {
          const result = toJson(value, {
            ...(c.params.Depth !== undefined ? { depth: c.params.Depth } : {}),
            compress: c.params.Compress ?? false,
            enumsAsStrings: c.params.EnumsAsStrings ?? false,
            asArray: (c.params.AsArray ?? false) && inputs.length === 1,
            escapeHandling: escapeHandling(c.params.EscapeHandling),
          });
          if (result.warning !== null) c.writeWarning(result.warning);
          c.write(result.text);
        } catch (e) {
          if (!(e instanceof JsonError)) throw e;
          c.fail({
            message: e.message,
            id: qualifiedErrorId(e.errorId, c.commandName),
            category: e.category,
            exceptionType: e.exceptionType,
            target: e.targetObject,
          });
        }
      },
    };
  },
});

function escapeHandling(value: string | undefined): JsonEscapeHandling {
  const lower = (value ?? 'Default').toLowerCase();
  return lower === 'escapenonascii' ? 'EscapeNonAscii' : lower === 'escapehtml' ? 'EscapeHtml' : 'Default';
}
