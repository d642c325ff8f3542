/**
 * Enumerators and dictionary entries: what `$h.GetEnumerator()` and `$list.GetEnumerator()` return.
 * An enumerator written to the pipeline enumerates its items; scripts may also drive it with
 * MoveNext/Current/Reset.
 */
import { defineFamily } from './families.js';

/** System.Collections.DictionaryEntry (Key, Value, and the Name alias pwsh adds). */
export class DictionaryEntry {
  constructor(
    readonly key: unknown,
    readonly value: unknown,
    readonly psTypeName = 'System.Collections.DictionaryEntry',
  ) {}
}

export class PSEnumerator {
  private position = -1;
  constructor(
    private readonly items: readonly unknown[],
    readonly psTypeName = 'System.Collections.IEnumerator',
  ) {}
  psEnumerate(): unknown[] {
    return [...this.items.slice(Math.max(this.position + 1, 0))];
  }
  moveNext(): boolean {
    if (this.position < this.items.length) this.position++;
    return this.position < this.items.length;
  }
  get current(): unknown {
    return this.position >= 0 && this.position < this.items.length ? this.items[this.position] : null;
  }
  reset(): void {
    this.position = -1;
  }
}

defineFamily((v): v is DictionaryEntry => v instanceof DictionaryEntry)
  .property('Key', 'System.Object', (e) => e.key)
  .property('Value', 'System.Object', (e) => e.value)
  .property('Name', 'System.Object', (e) => e.key);

defineFamily((v): v is PSEnumerator => v instanceof PSEnumerator)
  .property('Current', 'System.Object', (e) => e.current)
  .property('Key', 'System.Object', (e) => (e.current instanceof DictionaryEntry ? e.current.key : null))
  .property('Value', 'System.Object', (e) => (e.current instanceof DictionaryEntry ? e.current.value : null))
  .method('bool MoveNext()', (e) => e.moveNext())
  .method('void Reset()', (e) => e.reset());
