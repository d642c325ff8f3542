/**
 * Arrays (object[], JS arrays): Count/Length, the IList members pwsh exposes (Contains, IndexOf),
 * the fixed-size errors for Add/Remove, and [array]'s statics.
 */
import { Decimal } from '../dotnet/decimal.js';
import { toBool } from '../convert/toBoolean.js';
import { enumerableItems } from '../values/enumerate.js';
import { TypedNumber } from '../values/numbers.js';
import { ScriptBlockValue } from '../values/ScriptBlock.js';
import { num } from './args.js';
import { compareAny } from './compareAny.js';
import { argumentNull, argumentOutOfRange, DotNetError } from './DotNetError.js';
import { dotnetEquals } from './equality.js';
import { PSEnumerator } from './enumerators.js';
import { defineFamily, defineStatics } from './families.js';
import type { MethodContext } from './MethodContext.js';

const fixedSize = (): DotNetError =>
  new DotNetError('System.NotSupportedException', 'Collection was of a fixed size.');

/** The value Array.Clear leaves: the element type's default (arrays do not record it: taken from the element). */
function defaultLike(v: unknown): unknown {
  if (typeof v === 'number') return 0;
  if (v instanceof TypedNumber) return new TypedNumber(v.type, typeof v.value === 'bigint' ? 0n : 0);
  if (v instanceof Decimal) return Decimal.Zero;
  if (typeof v === 'bigint') return 0n;
  if (typeof v === 'boolean') return false;
  return null;
}

function checkIndex(items: unknown[], index: number): void {
  if (index < 0 || index >= items.length) {
    throw argumentOutOfRange(
      'Index was out of range. Must be non-negative and less than the size of the collection.',
      'index',
    );
  }
}

export function indexOfItem(items: readonly unknown[], value: unknown, start = 0): number {
  for (let i = start; i < items.length; i++) if (dotnetEquals(items[i], value)) return i;
  return -1;
}

/** Calls a predicate script block ([Predicate[T]]) on an item. */
export function predicate(ctx: MethodContext, sb: unknown, item: unknown): boolean {
  if (!(sb instanceof ScriptBlockValue)) throw argumentNull('match');
  const out = ctx.invokeScriptBlock(sb, [item]);
  return toBool(out.length === 1 ? out[0] : out);
}

defineFamily((v): v is unknown[] => Array.isArray(v))
  .property('Count', 'int', (a) => a.length)
  .property('Length', 'int', (a) => a.length)
  .property('LongLength', 'long', (a) => a.length)
  .property('Rank', 'int', () => 1)
  .property('IsFixedSize', 'bool', () => true)
  .property('IsReadOnly', 'bool', () => false)
  .property('IsSynchronized', 'bool', () => false)
  .property('SyncRoot', 'System.Object', (a) => a)
  .method('bool Contains(System.Object value)', (a, [v]) => indexOfItem(a, v) >= 0)
  .method('int IndexOf(System.Object value)', (a, [v]) => indexOfItem(a, v))
  .method('int Add(System.Object value)', () => {
    throw fixedSize();
  })
  .method('void Remove(System.Object value)', () => {
    throw fixedSize();
  })
  .method('void RemoveAt(int index)', () => {
    throw fixedSize();
  })
  .method('void Insert(int index, System.Object value)', () => {
    throw fixedSize();
  })
  .method('void Clear()', (a) => {
    for (let i = 0; i < a.length; i++) a[i] = defaultLike(a[i]);
  })
  .method('System.Object Clone()', (a) => [...a])
  .method('System.Object GetValue(int index)', (a, [i]) => {
    checkIndex(a, num(i));
    return a[num(i)];
  })
  .method('void SetValue(System.Object value, int index)', (a, [v, i]) => {
    checkIndex(a, num(i));
    a[num(i)] = v;
  })
  .method('int GetLength(int dimension)', (a) => a.length)
  .method('int GetUpperBound(int dimension)', (a) => a.length - 1)
  .method('int GetLowerBound(int dimension)', () => 0)
  .method('void CopyTo(array array, int index)', (a, [target, i]) => {
    const t = target as unknown[];
    a.forEach((v, k) => (t[num(i) + k] = v));
  })
  .method('System.Collections.IEnumerator GetEnumerator()', (a) => new PSEnumerator(a));

const items = (v: unknown): unknown[] => {
  if (v === null) throw argumentNull('array');
  return (enumerableItems(v) ?? [v]) as unknown[];
};

defineStatics('System.Array')
  .members.method('int IndexOf(array array, System.Object value)', (_t, [a, v]) => indexOfItem(items(a), v))
  .method('int LastIndexOf(array array, System.Object value)', (_t, [a, v]) => {
    const list = items(a);
    for (let i = list.length - 1; i >= 0; i--) if (dotnetEquals(list[i], v)) return i;
    return -1;
  })
  .method('void Reverse(array array)', (_t, [a]) => {
    items(a).reverse();
  })
  .method('void Sort(array array)', (_t, [a]) => {
    items(a).sort(compareAny);
  })
  .method('void Clear(array array, int index, int length)', (_t, [a, i, n]) => {
    const list = items(a);
    for (let k = num(i); k < num(i) + num(n) && k < list.length; k++) list[k] = defaultLike(list[k]);
  })
  .method('bool Exists(array array, System.Object match)', (_t, [a, p], ctx) =>
    items(a).some((x) => predicate(ctx, p, x)),
  )
  .method(
    'System.Object Find(array array, System.Object match)',
    (_t, [a, p], ctx) => items(a).find((x) => predicate(ctx, p, x)) ?? null,
  )
  .method('System.Object[] FindAll(array array, System.Object match)', (_t, [a, p], ctx) =>
    items(a).filter((x) => predicate(ctx, p, x)),
  )
  .method('System.Object[] Empty()', () => []);
