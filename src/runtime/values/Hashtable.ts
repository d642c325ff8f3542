/**
 * System.Collections.Hashtable and OrderedDictionary. String keys compare case-insensitively (pwsh
 * creates hashtables with OrdinalIgnoreCase); numbers, booleans and other values compare by their
 * PowerShell identity. Entries live in a Map, so keys such as `__proto__` stay plain keys.
 * pwsh's Hashtable enumerates in hash order; tenantsh keeps insertion order for both kinds, which
 * is what scripts (and readers of their output) expect from a literal.
 */
import { Decimal } from '../dotnet/decimal.js';
import { TypedNumber } from './numbers.js';

export class PSHashtable {
  private readonly entries = new Map<unknown, { key: unknown; value: unknown }>();
  constructor(
    readonly ordered = false,
    /** [hashtable]::new() compares keys case-sensitively; literals and New-Object do not. */
    readonly caseSensitive = false,
    /** Set for a generic Dictionary[K,V] (its full .NET name); null for Hashtable/OrderedDictionary. */
    readonly genericTypeName: string | null = null,
  ) {}

  static keyOf(key: unknown, caseSensitive = false): unknown {
    if (typeof key === 'string') return 's:' + (caseSensitive ? key : key.toLowerCase());
    if (typeof key === 'number') return key;
    if (key instanceof TypedNumber) return typeof key.value === 'bigint' ? Number(key.value) : key.value;
    if (key instanceof Decimal) return key.toNumber();
    if (typeof key === 'bigint') return Number(key);
    return key;
  }

  get count(): number {
    return this.entries.size;
  }

  has(key: unknown): boolean {
    return this.entries.has(PSHashtable.keyOf(key, this.caseSensitive));
  }

  get(key: unknown): unknown {
    const e = this.entries.get(PSHashtable.keyOf(key, this.caseSensitive));
    return e === undefined ? null : e.value;
  }

  /** Sets a key; an existing key keeps its original spelling and position. */
  set(key: unknown, value: unknown): void {
    const k = PSHashtable.keyOf(key, this.caseSensitive);
    const e = this.entries.get(k);
    if (e) e.value = value;
    else this.entries.set(k, { key, value });
  }

  /** Hashtable.Add: a duplicate key is an error the caller reports. */
  add(key: unknown, value: unknown): boolean {
    const k = PSHashtable.keyOf(key, this.caseSensitive);
    if (this.entries.has(k)) return false;
    this.entries.set(k, { key, value });
    return true;
  }

  delete(key: unknown): boolean {
    return this.entries.delete(PSHashtable.keyOf(key, this.caseSensitive));
  }

  clear(): void {
    this.entries.clear();
  }

  keys(): unknown[] {
    return [...this.entries.values()].map((e) => e.key);
  }

  values(): unknown[] {
    return [...this.entries.values()].map((e) => e.value);
  }

  *pairs(): IterableIterator<[unknown, unknown]> {
    for (const e of this.entries.values()) yield [e.key, e.value];
  }

  clone(): PSHashtable {
    const h = new PSHashtable(this.ordered, this.caseSensitive, this.genericTypeName);
    for (const [k, v] of this.pairs()) h.set(k, v);
    return h;
  }
}
