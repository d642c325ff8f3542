/**
 * System.Collections.ArrayList and List[T] (PSList). ArrayList.Add returns the new index (the
 * reason scripts write `[void]$list.Add(x)`); List[T].Add returns nothing and converts the item
 * to T.
 */
import { convertTo } from '../convert/convertTo.js';
import { enumerableItems } from '../values/enumerate.js';
import { PSList } from '../values/PSList.js';
import type { PSType } from '../types/PSType.js';
import { num } from './args.js';
import { indexOfItem, predicate } from './arrays.js';
import { compareAny } from './compareAny.js';
import { argumentNull, argumentOutOfRange, mustBeNonNegative } from './DotNetError.js';
import { PSEnumerator } from './enumerators.js';
import { defineFamily, defineStatics } from './families.js';

const isArrayList = (l: PSList): boolean => l.elementType === null;

/** An item as the list stores it: converted to T for List[T]. */
function item(l: PSList, v: unknown): unknown {
  return l.elementType === null ? v : convertTo(v, l.elementType);
}

function checkIndex(l: PSList, index: number, allowEnd = false): void {
  if (index < 0 || index > l.items.length || (!allowEnd && index === l.items.length)) {
    throw argumentOutOfRange(
      allowEnd
        ? 'Index must be within the bounds of the List.'
        : 'Index was out of range. Must be non-negative and less than the size of the collection.',
      'index',
    );
  }
}

function range(l: PSList, index: number, count: number): void {
  if (index < 0) throw mustBeNonNegative('index', index);
  if (count < 0) throw mustBeNonNegative('count', count);
  if (l.items.length - index < count) {
    throw argumentOutOfRange(
      'Offset and length were out of bounds for the array or count is greater than the number of elements from index to the end of the source collection.',
      'count',
    );
  }
}

const collection = (v: unknown): unknown[] => {
  if (v === null) throw argumentNull('collection');
  return enumerableItems(v) ?? [v];
};

defineFamily((v): v is PSList => v instanceof PSList)
  .property('Count', 'int', (l) => l.items.length)
  .property('Capacity', 'int', (l) => Math.max(4, l.items.length))
  .property('IsReadOnly', 'bool', () => false)
  .property('IsFixedSize', 'bool', () => false)
  .property('IsSynchronized', 'bool', () => false)
  .property('SyncRoot', 'System.Object', (l) => l)
  .method('int Add(System.Object value)', (l, [v]) => {
    l.items.push(item(l, v));
    return isArrayList(l) ? l.items.length - 1 : undefined;
  })
  .method('void AddRange(System.Collections.ICollection c)', (l, [c]) => {
    l.items.push(...collection(c).map((v) => item(l, v)));
  })
  .method('void Insert(int index, System.Object value)', (l, [i, v]) => {
    checkIndex(l, num(i), true);
    l.items.splice(num(i), 0, item(l, v));
  })
  .method('void InsertRange(int index, System.Collections.ICollection c)', (l, [i, c]) => {
    checkIndex(l, num(i), true);
    l.items.splice(num(i), 0, ...collection(c).map((v) => item(l, v)));
  })
  .method('bool Remove(System.Object value)', (l, [v]) => {
    const i = indexOfItem(l.items, l.elementType === null || v === null ? v : item(l, v));
    if (i >= 0) l.items.splice(i, 1);
    return isArrayList(l) ? undefined : i >= 0;
  })
  .method('void RemoveAt(int index)', (l, [i]) => {
    checkIndex(l, num(i));
    l.items.splice(num(i), 1);
  })
  .method('void RemoveRange(int index, int count)', (l, [i, n]) => {
    range(l, num(i), num(n));
    l.items.splice(num(i), num(n));
  })
  .method('int RemoveAll(System.Object match)', (l, [p], ctx) => {
    const keep = l.items.filter((x) => !predicate(ctx, p, x));
    const removed = l.items.length - keep.length;
    l.items.splice(0, l.items.length, ...keep);
    return removed;
  })
  .method('void Clear()', (l) => {
    l.items.length = 0;
  })
  .method('bool Contains(System.Object item)', (l, [v]) => indexOfItem(l.items, v) >= 0)
  .method('int IndexOf(System.Object item)', (l, [v]) => indexOfItem(l.items, v))
  .method('int IndexOf(System.Object item, int index)', (l, [v, i]) => indexOfItem(l.items, v, num(i)))
  .method('int LastIndexOf(System.Object item)', (l, [v]) => {
    for (let i = l.items.length - 1; i >= 0; i--) if (indexOfItem([l.items[i]], v) === 0) return i;
    return -1;
  })
  .method('System.Object[] ToArray()', (l) => [...l.items])
  .method('void Sort()', (l) => {
    l.items.sort(compareAny);
  })
  .method('void Reverse()', (l) => {
    l.items.reverse();
  })
  .method('System.Collections.IList GetRange(int index, int count)', (l, [i, n]) => {
    range(l, num(i), num(n));
    return new PSList(l.typeName, l.elementType, l.items.slice(num(i), num(i) + num(n)));
  })
  .method('bool Exists(System.Object match)', (l, [p], ctx) => l.items.some((x) => predicate(ctx, p, x)))
  .method(
    'System.Object Find(System.Object match)',
    (l, [p], ctx) => l.items.find((x) => predicate(ctx, p, x)) ?? null,
  )
  .method(
    'System.Collections.IList FindAll(System.Object match)',
    (l, [p], ctx) =>
      new PSList(
        l.typeName,
        l.elementType,
        l.items.filter((x) => predicate(ctx, p, x)),
      ),
  )
  .method('int FindIndex(System.Object match)', (l, [p], ctx) =>
    l.items.findIndex((x) => predicate(ctx, p, x)),
  )
  .method('bool TrueForAll(System.Object match)', (l, [p], ctx) => l.items.every((x) => predicate(ctx, p, x)))
  .method('System.Object Clone()', (l) => new PSList(l.typeName, l.elementType, [...l.items]))
  .method('System.Collections.IEnumerator GetEnumerator()', (l) => new PSEnumerator(l.items));

function newList(type: PSType, items: unknown[]): PSList {
  const el = type.typeArguments[0] ?? null;
  const list = new PSList(type.fullName, el ? el.fullName : null, []);
  list.items.push(...items.map((v) => item(list, v)));
  return list;
}

for (const name of ['System.Collections.ArrayList', 'System.Collections.Generic.List`1']) {
  defineStatics(name)
    .constructors.method('System.Collections.IList new()', (t) => newList(t, []))
    .method('System.Collections.IList new(int capacity)', (t, [n]) => {
      if (num(n) < 0) throw mustBeNonNegative('capacity', num(n));
      return newList(t, []);
    })
    .method('System.Collections.IList new(System.Collections.IEnumerable collection)', (t, [c]) =>
      newList(t, collection(c)),
    );
}
