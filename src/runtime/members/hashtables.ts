/** System.Collections.Hashtable and OrderedDictionary members. */
import { toStr } from '../convert/toStringValue.js';
import { PSHashtable } from '../values/Hashtable.js';
import { argumentNull, DotNetError } from './DotNetError.js';
import { dotnetEquals } from './equality.js';
import { DictionaryEntry, PSEnumerator } from './enumerators.js';
import { defineFamily, defineStatics } from './families.js';
import { num } from './args.js';

function add(h: PSHashtable, key: unknown, value: unknown): void {
  if (key === null) throw argumentNull('key');
  if (!h.add(key, value)) {
    const existing = h.keys().find((k) => PSHashtable.keyOf(k) === PSHashtable.keyOf(key));
    throw new DotNetError(
      'System.ArgumentException',
      `Item has already been added. Key in dictionary: '${toStr(existing)}'  Key being added: '${toStr(key)}'`,
    );
  }
}

defineFamily((v): v is PSHashtable => v instanceof PSHashtable)
  .property('Count', 'int', (h) => h.count)
  .property('Keys', 'System.Collections.ICollection', (h) => h.keys())
  .property('Values', 'System.Collections.ICollection', (h) => h.values())
  .property('IsReadOnly', 'bool', () => false)
  .property('IsFixedSize', 'bool', () => false)
  .property('IsSynchronized', 'bool', () => false)
  .property('SyncRoot', 'System.Object', (h) => h)
  .method('void Add(System.Object key, System.Object value)', (h, [k, v]) => add(h, k, v))
  .method('void Remove(System.Object key)', (h, [k]) => {
    if (k === null) throw argumentNull('key');
    h.delete(k);
  })
  .method('void Clear()', (h) => h.clear())
  .method('bool TryGetValue(System.Object key, [ref] System.Object value)', (h, [k, r]) => {
    const ref = r as { set(v: unknown): void };
    if (h.has(k)) {
      ref.set(h.get(k));
      return true;
    }
    ref.set(null);
    return false;
  })
  .method('bool ContainsKey(System.Object key)', (h, [k]) => {
    if (k === null) throw argumentNull('key');
    return h.has(k);
  })
  .method('bool Contains(System.Object key)', (h, [k]) => {
    if (k === null) throw argumentNull('key');
    return h.has(k);
  })
  .method('bool ContainsValue(System.Object value)', (h, [v]) => h.values().some((x) => dotnetEquals(x, v)))
  .method('System.Object Clone()', (h) => h.clone())
  .method('void Insert(int index, System.Object key, System.Object value)', (h, [i, k, v]) => {
    // OrderedDictionary.Insert: rebuild with the new entry at its position.
    const pairs = [...h.pairs()];
    if (h.has(k))
      throw new DotNetError(
        'System.ArgumentException',
        `An item with the same key has already been added. Key: ${toStr(k)}`,
      );
    pairs.splice(num(i), 0, [k, v]);
    h.clear();
    for (const [pk, pv] of pairs) h.set(pk, pv);
  })
  .method(
    'System.Collections.IDictionaryEnumerator GetEnumerator()',
    (h) => new PSEnumerator([...h.pairs()].map(([k, v]) => new DictionaryEntry(k, v))),
  );

// A Hashtable made by its constructor compares keys case-sensitively (.NET's default comparer);
// only @{} literals are case-insensitive, which is pwsh's own choice.
const caseSensitiveCopy = (d: unknown): PSHashtable => {
  const h = new PSHashtable(false, true);
  if (d instanceof PSHashtable) for (const [k, v] of d.pairs()) h.set(k, v);
  return h;
};
defineStatics('System.Collections.Hashtable')
  .constructors.method('hashtable new()', () => new PSHashtable(false, true))
  .method('hashtable new(int capacity)', () => new PSHashtable(false, true))
  .method('hashtable new(System.Collections.IDictionary d)', (_t, [d]) => caseSensitiveCopy(d));
defineStatics('System.Collections.Specialized.OrderedDictionary')
  .constructors.method('System.Collections.Specialized.OrderedDictionary new()', () => new PSHashtable(true))
  .method('System.Collections.Specialized.OrderedDictionary new(int capacity)', () => new PSHashtable(true));

// Dictionary[K,V]: a case-sensitive dictionary (.NET's default comparer for string keys) that
// knows its type name; Hashtable's members serve it.
defineStatics('System.Collections.Generic.Dictionary`2')
  .constructors.method('System.Collections.Generic.Dictionary`2 new()', (t) => new PSHashtable(false, true, t.fullName))
  .method('System.Collections.Generic.Dictionary`2 new(int capacity)', (t) => new PSHashtable(false, true, t.fullName));
