/**
 * Get-Random: a random number in [Minimum, Maximum) (Int32 by default, Int64 or Double when a
 * bound is), or -Count items picked from -InputObject without repeats, or all of them -Shuffle'd.
 */
import { defineCmdlet, param } from '../../runtime/commands/defineCmdlet.js';
import { plainNumber } from '../shared/session/plainNumber.js';
import { isInt32, TypedNumber } from '../../runtime/values/numbers.js';
import { toStr } from '../../runtime/convert/toStringValue.js';
import { sessionRandom, type SeededRandom } from '../shared/session/sessionRandom.js';
import { qualifiedErrorId } from '../shared/session/commandIds.js';

type Kind = 'Int32' | 'Int64' | 'Double';

function kindOf(v: unknown): Kind {
  if (typeof v === 'number') return isInt32(v) ? 'Int32' : 'Double';
  if (v instanceof TypedNumber) return v.type === 'Int64' || v.type === 'UInt32' || v.type === 'UInt64' ? 'Int64' : v.type === 'Double' || v.type === 'Single' ? 'Double' : 'Int32';
  return 'Double';
}

function pickDistinct(items: unknown[], count: number, rng: SeededRandom): unknown[] {
  const pool = [...items];
  const out: unknown[] = [];
  while (out.length < count && pool.length > 0) out.push(pool.splice(Math.floor(rng.next() * pool.length), 1)[0]);
  return out;
}

export default defineCmdlet({
  name: 'Get-Random',
  module: 'Microsoft.PowerShell.Utility',
  defaultParameterSet: 'RandomNumberParameterSet',
  synopsis: 'Gets a random number, or selects objects randomly from a collection.',
  parameters: {
    SetSeed: param.int(),
    Maximum: param.object({ sets: { RandomNumberParameterSet: { position: 0 } } }),
    Minimum: param.object({ sets: ['RandomNumberParameterSet'] }),
    Count: param.int({ sets: ['RandomNumberParameterSet', 'RandomListItemParameterSet'], validateRange: [1, 2147483647] }),
    InputObject: param.objects({
      sets: { RandomListItemParameterSet: { mandatory: true, position: 0, fromPipeline: true }, ShuffleParameterSet: { mandatory: true, position: 0, fromPipeline: true } },
    }),
    Shuffle: param.switch({ sets: { ShuffleParameterSet: { mandatory: true } } }),
  },
  invoke: (c) => {
    const rng = sessionRandom(c.callerCtx.rt, c.params.SetSeed);
    const items: unknown[] = [];
    return {
      process() {
        if (c.parameterSetName !== 'RandomNumberParameterSet') items.push(...(c.params.InputObject ?? []));
      },
      end() {
        if (c.parameterSetName === 'ShuffleParameterSet') {
          for (const item of pickDistinct(items, items.length, rng)) c.write(item);
          return;
        }
        if (c.parameterSetName === 'RandomListItemParameterSet') {
          for (const item of pickDistinct(items, c.params.Count ?? 1, rng)) c.write(item);
          return;
        }
        const max = c.params.Maximum ?? null;
        const min = c.params.Minimum ?? null;
        const kinds = [max, min].filter((v) => v !== null).map(kindOf);
        const kind: Kind = kinds.includes('Double') ? 'Double' : kinds.includes('Int64') ? 'Int64' : 'Int32';
        const hi = max === null ? (kind === 'Double' ? Number.MAX_VALUE : kind === 'Int64' ? Number.MAX_SAFE_INTEGER : 2147483647) : plainNumber(max);
        const lo = min === null ? 0 : plainNumber(min);
        if (lo >= hi) {
          c.fail({
            message: `The Minimum value (${toStr(min ?? 0)}) cannot be greater than or equal to the Maximum value (${toStr(max)}).`,
            id: qualifiedErrorId('MinGreaterThanOrEqualMax', c.commandName),
            category: 'InvalidArgument',
            exceptionType: 'System.ArgumentException',
          });
        }
        for (let i = 0; i < (c.params.Count ?? 1); i++) {
          const r = lo + rng.next() * (hi - lo);
          if (kind === 'Double') c.write(r);
          else if (kind === 'Int64') c.write(new TypedNumber('Int64', BigInt(Math.floor(r))));
          else c.write(Math.floor(r));
        }
      },
    };
  },
});
