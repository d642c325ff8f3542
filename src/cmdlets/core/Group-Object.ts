/**
 * Group-Object: puts input objects with equal -Property values (compared as Sort-Object compares,
 * case-insensitively unless -CaseSensitive) into GroupInfo objects, written sorted by those
 * values as pwsh 7 does; or, with -AsHashTable, a hashtable from each value to its group.
 * $null input objects are skipped.
 */
import { defineCmdlet, param } from '../../runtime/commands/defineCmdlet.js';
import { toStr } from '../../runtime/convert/toStringValue.js';
import { GroupInfo, GroupInfoNoElement } from '../../runtime/format/coreValues.js';
import { PSHashtable } from '../../runtime/values/Hashtable.js';
import { expandFor, KeyExpressionError, keyExpressions, type KeyExpression } from '../shared/keyExpressions.js';
import { compareKeyLists } from '../shared/objectComparer.js';

interface PendingGroup {
  readonly values: unknown[];
  readonly members: unknown[];
}

export default defineCmdlet({
  name: 'Group-Object',
  module: 'Microsoft.PowerShell.Utility',
  aliases: ['group'],
  synopsis: 'Groups objects that contain the same value for specified properties.',
  outputType: 'Microsoft.PowerShell.Commands.GroupInfo',
  parameters: {
    NoElement: param.switch(),
    AsHashTable: param.switch({ sets: ['HashTable'], aliases: ['AHT'] }),
    AsString: param.switch({ sets: ['HashTable'] }),
    InputObject: param.psobject({ fromPipeline: true }),
    Property: param.objects({ position: 0 }),
    Culture: param.string(),
    CaseSensitive: param.switch(),
  },
  invoke: (c) => {
    const groups: PendingGroup[] = [];
    let expressions: KeyExpression[] = [];

    const valuesOf = (input: unknown): unknown[] =>
      expressions.length === 0 ? [input] : expandFor(expressions, input).map((e) => e.evaluate(c.callerCtx, input));

    const add = (input: unknown): void => {
      const values = valuesOf(input);
      const caseSensitive = c.params.CaseSensitive === true;
      // Groups are few next to inputs; a linear search keeps pwsh's comparison semantics exactly.
      for (const g of groups) {
        if (compareKeyLists(g.values, values, caseSensitive) === 0) {
          g.members.push(input);
          return;
        }
      }
      groups.push({ values, members: [input] });
    };

    const nameOf = (values: readonly unknown[]): string => values.map((v) => (v === null || v === undefined ? '' : toStr(v))).join(', ');

    const asHashtable = (sorted: readonly PendingGroup[]): PSHashtable => {
      const table = new PSHashtable(false, c.params.CaseSensitive === true);
      for (const g of sorted) {
        const key = c.params.AsString || g.values.length !== 1 ? nameOf(g.values) : g.values[0];
        table.set(key ?? '', g.members);
      }
      return table;
    };

    return {
      begin() {
        try {
          expressions = keyExpressions(c.params.Property ?? [], ['expression']);
        } catch (e) {
          if (e instanceof KeyExpressionError) {
            c.fail({ message: e.message, id: 'DictionaryKeyIllegal,Microsoft.PowerShell.Commands.GroupObjectCommand', category: 'InvalidArgument', exceptionType: 'System.NotSupportedException' });
          }
          throw e;
        }
      },
      process() {
        const input = c.params.InputObject;
        if (input === undefined || input === null) return;
        add(input);
      },
      end() {
        const caseSensitive = c.params.CaseSensitive === true;
        const sorted = [...groups].sort((a, b) => compareKeyLists(a.values, b.values, caseSensitive));
        if (c.params.AsHashTable) {
          if (sorted.length > 0) c.write(asHashtable(sorted));
          return;
        }
        for (const g of sorted) {
          const name = nameOf(g.values);
          c.write(c.params.NoElement ? new GroupInfoNoElement(name, g.values, g.members.length) : new GroupInfo(name, g.values, g.members));
        }
      },
    };
  },
});
