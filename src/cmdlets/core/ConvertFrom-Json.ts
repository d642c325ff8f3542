/**
 * ConvertFrom-Json. Piped strings are collected and, at the end, converted as pwsh does: one
 * string alone; several strings each on its own when the first is complete JSON, else all of
 * them joined by newlines as one text (`Get-Content x.json | ConvertFrom-Json`). An array is
 * written element by element unless -NoEnumerate. Invalid JSON stops the command.
 */
import { defineCmdlet, param } from '../../runtime/commands/defineCmdlet.js';
import { fromJson, JsonError, JsonSyntaxError } from '../../runtime/json/index.js';
import { PSException } from '../../runtime/values/exceptions.js';
import { qualifiedErrorId } from '../shared/files/commandErrors.js';

export default defineCmdlet({
  name: 'ConvertFrom-Json',
  module: 'Microsoft.PowerShell.Utility',
  synopsis: 'Converts a JSON-formatted string to a custom object or a hash table.',
  parameters: {
    InputObject: param.string({ mandatory: true, position: 0, fromPipeline: true, allowEmptyString: true }),
    AsHashtable: param.switch(),
    Depth: param.int({ validateRange: [1, 2147483647] }),
    NoEnumerate: param.switch(),
    DateKind: param.string({ validateSet: ['Default', 'Local', 'Utc', 'Offset', 'String'] }),
  },
  invoke: (c) => {
    const texts: string[] = [];

    const convert = (text: string): unknown =>
      fromJson(text, {
        asHashtable: c.params.AsHashtable ?? false,
        ...(c.params.Depth !== undefined ? { depth: c.params.Depth } : {}),
      });

    const emit = (value: unknown): void => {
      if (c.params.NoEnumerate) c.write(value);
      else c.writeEnumerated(value);
    };

    const fail = (e: unknown): never => {
      if (!(e instanceof JsonError)) throw e;
      const inner = e instanceof JsonSyntaxError ? new PSException('Newtonsoft.Json.JsonReaderException', e.innerMessage) : null;
      return c.fail({
        message: e.message,
        id: qualifiedErrorId(e.errorId, c.commandName),
        category: e.category,
        exceptionType: e.exceptionType,
        target: e.targetObject,
        inner,
      });
    };

    return {
      process() {
        if (c.params.InputObject !== undefined) texts.push(c.params.InputObject);
      },
      end() {
        if (texts.length === 0) return;
        if (texts.length > 1) {
          let first: unknown;
          try {
            first = convert(texts[0]!);
          } catch (e) {
            if (!(e instanceof JsonError)) throw e;
            first = undefined;
          }
          if (first !== undefined) {
            emit(first);
            for (const text of texts.slice(1)) {
              try {
                emit(convert(text));
              } catch (e) {
                fail(e);
              }
            }
            return;
          }
        }
        try {
          emit(convert(texts.join('\n')));
        } catch (e) {
          fail(e);
        }
      },
    };
  },
});
