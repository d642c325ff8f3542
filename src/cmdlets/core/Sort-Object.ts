/**
 * Sort-Object: collects its input and writes it back ordered by the -Property keys (or the
 * objects themselves). The sort is always stable, as pwsh's is in practice; $null input objects
 * are dropped; -Unique keeps the first of each run of equal keys; -Top/-Bottom keep the first or
 * last N of the order.
 */
import { defineCmdlet, param } from '../../runtime/commands/defineCmdlet.js';
import { expandFor, KeyExpressionError, keyExpressions, type KeyExpression } from '../shared/keyExpressions.js';
import { compareObjects } from '../shared/objectComparer.js';

interface SortEntry {
  readonly input: unknown;
  readonly keys: unknown[];
  /** Per key: true when that key sorts descending. */
  readonly descending: boolean[];
}

const SORT_KEYS = ['expression', 'ascending', 'descending'] as const;

export default defineCmdlet({
  name: 'Sort-Object',
  module: 'Microsoft.PowerShell.Utility',
  aliases: ['sort'],
  defaultParameterSet: 'Default',
  synopsis: 'Sorts objects by property values.',
  parameters: {
    Stable: param.switch({ sets: ['Default'] }),
    Descending: param.switch(),
    Unique: param.switch(),
    Top: param.int({ sets: { Top: { mandatory: true } }, validateRange: [1, 2147483647] }),
    Bottom: param.int({ sets: { Bottom: { mandatory: true } }, validateRange: [1, 2147483647] }),
    InputObject: param.psobject({ fromPipeline: true }),
    Property: param.objects({ position: 0 }),
    Culture: param.string(),
    CaseSensitive: param.switch(),
  },
  invoke: (c) => {
    const entries: SortEntry[] = [];
    let expressions: KeyExpression[] = [];

    const entryFor = (input: unknown): SortEntry => {
      const defaultDescending = c.params.Descending === true;
      if (expressions.length === 0) return { input, keys: [input], descending: [defaultDescending] };
      const applied = expandFor(expressions, input);
      return {
        input,
        keys: applied.map((e) => e.evaluate(c.callerCtx, input)),
        descending: applied.map((e) => e.descending ?? defaultDescending),
      };
    };

    const compareEntries = (a: SortEntry, b: SortEntry): number => {
      const caseSensitive = c.params.CaseSensitive === true;
      const n = Math.min(a.keys.length, b.keys.length);
      for (let i = 0; i < n; i++) {
        const r = compareObjects(a.keys[i], b.keys[i], caseSensitive);
        if (r !== 0) return a.descending[i] ? -r : r;
      }
      return 0;
    };

    return {
      begin() {
        try {
          expressions = keyExpressions(c.params.Property ?? [], SORT_KEYS);
        } catch (e) {
          if (e instanceof KeyExpressionError) {
            c.fail({ message: e.message, id: 'DictionaryKeyIllegal,Microsoft.PowerShell.Commands.SortObjectCommand', category: 'InvalidArgument', exceptionType: 'System.NotSupportedException' });
          }
          throw e;
        }
      },
      process() {
        const input = c.params.InputObject;
        if (input === undefined || input === null) return;
        entries.push(entryFor(input));
      },
      end() {
        // Array.prototype.sort is stable, which -Stable asks for and plain sorting keeps.
        let sorted = entries.sort(compareEntries);
        if (c.params.Unique) sorted = withoutRepeats(sorted, compareEntries);
        if (c.params.Top !== undefined) sorted = sorted.slice(0, c.params.Top);
        else if (c.params.Bottom !== undefined) sorted = sorted.slice(Math.max(0, sorted.length - c.params.Bottom));
        for (const e of sorted) c.write(e.input);
      },
    };
  },
});

/** Keeps the first entry of each run of entries that compare equal. */
function withoutRepeats(sorted: SortEntry[], compare: (a: SortEntry, b: SortEntry) => number): SortEntry[] {
  const kept: SortEntry[] = [];
  for (const e of sorted) if (kept.length === 0 || compare(kept[kept.length - 1]!, e) !== 0) kept.push(e);
  return kept;
}
