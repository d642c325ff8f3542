/**
 * PowerShell's truth (about_Booleans): $null, 0, '' and empty collections are false; a string is
 * true when it is not empty (even 'False'); a one-element collection is as true as its element; a
 * collection of two or more is true; any other object is true.
 */
import { Decimal } from '../dotnet/decimal.js';
import { TypedNumber } from '../values/numbers.js';
import { PSList } from '../values/PSList.js';
import { PSObject } from '../values/PSObject.js';
import { SwitchParameter } from '../values/scalars.js';

export function toBool(value: unknown): boolean {
  switch (typeof value) {
    case 'boolean':
      return value;
    case 'number':
      return value !== 0 && !Number.isNaN(value);
    case 'string':
      return value.length > 0;
    case 'bigint':
      return value !== 0n;
    case 'undefined':
      return false;
    default:
      break;
  }
  if (value === null) return false;
  if (Array.isArray(value)) return collectionTruth(value);
  if (value instanceof PSList) return collectionTruth(value.items);
  if (value instanceof TypedNumber) return value.value !== 0 && value.value !== 0n && !Number.isNaN(value.value);
  if (value instanceof Decimal) return value.toNumber() !== 0;
  if (value instanceof SwitchParameter) return value.isPresent;
  if (value instanceof PSObject && value.baseObject !== null) return toBool(value.baseObject);
  return true;
}

function collectionTruth(items: unknown[]): boolean {
  if (items.length === 0) return false;
  if (items.length === 1) {
    return toBool(items[0]);
  }
  return true;
}
