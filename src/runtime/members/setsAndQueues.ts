/**
 * HashSet[T], Queue, Stack (and their generic forms): the collection classes admin scripts use to
 * de-duplicate and to work through lists. Values compare as .NET's default comparer does
 * (strings case-sensitively). Each enumerates in the pipeline and in foreach.
 */
import { PSHashtable } from '../values/Hashtable.js';
import { enumerableItems } from '../values/enumerate.js';
import { registerType } from '../types/registry.js';
import { DotNetError } from './DotNetError.js';
import { defineFamily, defineStatics } from './families.js';

const keyOf = (v: unknown): unknown => PSHashtable.keyOf(v, true);

export class HashSetValue {
  private readonly entries = new Map<unknown, unknown>();
  constructor(readonly psTypeName: string) {}
  add(v: unknown): boolean {
    const k = keyOf(v);
    if (this.entries.has(k)) return false;
    this.entries.set(k, v);
    return true;
  }
  remove(v: unknown): boolean {
    return this.entries.delete(keyOf(v));
  }
  has(v: unknown): boolean {
    return this.entries.has(keyOf(v));
  }
  clear(): void {
    this.entries.clear();
  }
  get count(): number {
    return this.entries.size;
  }
  psEnumerate(): unknown[] {
    return [...this.entries.values()];
  }
}

/** Queue (first in, first out) and Stack (last in, first out) over one list. */
export class SequenceValue {
  readonly items: unknown[] = [];
  constructor(
    readonly psTypeName: string,
    readonly lifo: boolean,
  ) {}
  take(peek: boolean): unknown {
    if (this.items.length === 0) throw new DotNetError('System.InvalidOperationException', this.lifo ? 'Stack empty.' : 'Queue empty.');
    if (this.lifo) return peek ? this.items[this.items.length - 1] : this.items.pop();
    return peek ? this.items[0] : this.items.shift();
  }
  psEnumerate(): unknown[] {
    return this.lifo ? [...this.items].reverse() : [...this.items];
  }
}

const each = (v: unknown): unknown[] => enumerableItems(v) ?? (v === null ? [] : [v]);

defineFamily((v): v is HashSetValue => v instanceof HashSetValue)
  .property('Count', 'int', (s) => s.count)
  .method('bool Add(System.Object item)', (s, [v]) => s.add(v))
  .method('bool Remove(System.Object item)', (s, [v]) => s.remove(v))
  .method('bool Contains(System.Object item)', (s, [v]) => s.has(v))
  .method('void Clear()', (s) => s.clear())
  .method('void UnionWith(System.Object other)', (s, [o]) => {
    for (const v of each(o)) s.add(v);
  })
  .method('void ExceptWith(System.Object other)', (s, [o]) => {
    for (const v of each(o)) s.remove(v);
  })
  .method('void IntersectWith(System.Object other)', (s, [o]) => {
    const keep = new HashSetValue(s.psTypeName);
    for (const v of each(o)) if (s.has(v)) keep.add(v);
    s.clear();
    for (const v of keep.psEnumerate()) s.add(v);
  })
  .method('System.Object[] ToArray()', (s) => s.psEnumerate());

defineFamily((v): v is SequenceValue => v instanceof SequenceValue)
  .property('Count', 'int', (q) => q.items.length)
  .method('void Enqueue(System.Object obj)', (q, [v]) => void q.items.push(v))
  .method('System.Object Dequeue()', (q) => q.take(false))
  .method('void Push(System.Object obj)', (q, [v]) => void q.items.push(v))
  .method('System.Object Pop()', (q) => q.take(false))
  .method('System.Object Peek()', (q) => q.take(true))
  .method('bool Contains(System.Object obj)', (q, [v]) => q.items.some((x) => keyOf(x) === keyOf(v)))
  .method('void Clear()', (q) => void (q.items.length = 0))
  .method('System.Object[] ToArray()', (q) => q.psEnumerate());

for (const name of ['System.Collections.Generic.HashSet`1']) {
  defineStatics(name)
    .constructors.method('System.Collections.Generic.HashSet`1 new()', (t) => new HashSetValue(t.fullName))
    .method('System.Collections.Generic.HashSet`1 new(System.Object collection)', (t, [c]) => {
      const s = new HashSetValue(t.fullName);
      for (const v of each(c)) s.add(v);
      return s;
    });
}
for (const [name, lifo] of [
  ['System.Collections.Queue', false],
  ['System.Collections.Stack', true],
  ['System.Collections.Generic.Queue`1', false],
  ['System.Collections.Generic.Stack`1', true],
] as const) {
  registerType(name);
  defineStatics(name)
    .constructors.method(`${name} new()`, (t) => new SequenceValue(t.fullName, lifo))
    .method(`${name} new(int capacity)`, (t) => new SequenceValue(t.fullName, lifo));
}
