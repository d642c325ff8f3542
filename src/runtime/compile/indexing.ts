/**
 * `$x[i]`: arrays and lists (negative indexes count from the end, out of range is $null), slices
 * (`$a[0,2]`, `$a[1..3]`), dictionaries by key, strings by character, and pwsh's rule that a scalar
 * indexed by 0 or -1 is itself.
 */
import { convertToNumeric } from '../convert/toNumber.js';
import { toStr } from '../convert/toStringValue.js';
import { enumerableItems } from '../values/enumerate.js';
import { PSHashtable } from '../values/Hashtable.js';
import { PSList } from '../values/PSList.js';
import { PSObject } from '../values/PSObject.js';
import { PSChar } from '../values/scalars.js';
import { OperatorError } from '../operators/OperatorError.js';
import type { Ctx } from './Ctx.js';
import { arrayElementType } from '../values/typedArrays.js';
import { convertToType } from '../convert/convertTo.js';

/** A runtime class with an indexer (Match.Groups, Dictionary...). */
export interface PSIndexable {
  psIndex(key: unknown): unknown;
  psSetIndex?(key: unknown, value: unknown): void;
}

export function isIndexable(v: unknown): v is PSIndexable {
  return typeof v === 'object' && v !== null && 'psIndex' in v && typeof (v as PSIndexable).psIndex === 'function';
}

function toIndex(i: unknown): number {
  if (typeof i === 'number' && (i | 0) === i) return i;
  return Number(convertToNumeric(i, 'Int32'));
}

function elementAt(items: ArrayLike<unknown>, i: unknown): unknown {
  const n = toIndex(i);
  const k = n < 0 ? items.length + n : n;
  return k >= 0 && k < items.length ? items[k] : null;
}

export function indexValue(ctx: Ctx, target: unknown, index: unknown): unknown {
  const t = target instanceof PSObject && target.baseObject !== null ? target.baseObject : target;
  if (t instanceof PSHashtable) {
    const keys = enumerableItems(index);
    if (keys) return keys.map((k) => t.get(k));
    // An [ordered] dictionary indexed by an integer gives the value at that position.
    if (t.ordered && typeof index === 'number' && Number.isInteger(index) && !t.has(index)) {
      const values = t.values();
      return index >= 0 && index < values.length ? values[index] : null;
    }
    return t.get(index);
  }
  if (isIndexable(t)) return t.psIndex(index);
  const indices = enumerableItems(index);
  if (typeof t === 'string') {
    const charAt = (i: unknown): unknown => {
      const c = elementAt(t, i);
      return c === null ? null : new PSChar((c as string).charCodeAt(0));
    };
    return indices ? indices.map(charAt).filter((c) => c !== null) : charAt(index);
  }
  const items = Array.isArray(t) ? t : t instanceof PSList ? t.items : enumerableItems(t);
  if (items) {
    if (indices) {
      const out: unknown[] = [];
      for (const i of indices) {
        const n = toIndex(i);
        const k = n < 0 ? items.length + n : n;
        if (k >= 0 && k < items.length) out.push(items[k]);
      }
      return out;
    }
    return elementAt(items, index);
  }
  // A scalar is a one-element collection for indexing.
  if (indices) return indices.map((i) => (toIndex(i) === 0 || toIndex(i) === -1 ? t : null)).filter((v) => v !== null);
  const n = toIndex(index);
  void ctx;
  return n === 0 || n === -1 ? t : null;
}

export function setIndexValue(target: unknown, index: unknown, value: unknown): void {
  const t = target instanceof PSObject && target.baseObject !== null ? target.baseObject : target;
  if (t instanceof PSHashtable) {
    t.set(index, value);
    return;
  }
  if (isIndexable(t) && t.psSetIndex) {
    t.psSetIndex(index, value);
    return;
  }
  const items = Array.isArray(t) ? t : t instanceof PSList ? t.items : null;
  if (items) {
    const n = toIndex(index);
    const k = n < 0 ? items.length + n : n;
    if (k < 0 || k >= items.length) {
      throw new OperatorError('Index was outside the bounds of the array.', 'IndexOutOfRange', 'System.IndexOutOfRangeException');
    }
    const el = Array.isArray(t) ? arrayElementType(t) : undefined;
    items[k] = el ? convertToType(value, el) : value;
    return;
  }
  if (target === null) throw new OperatorError('Cannot index into a null array.', 'NullArray');
  throw new OperatorError(`Unable to index into an object of type ${toStr(target)}.`, 'CannotIndex');
}
