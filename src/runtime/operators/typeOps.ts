/** `-is`, `-isnot` and `-as` (about_Type_Operators). */
import { convertToType } from '../convert/convertTo.js';
import { toStr } from '../convert/toStringValue.js';
import { PSType } from '../types/PSType.js';
import { resolveType } from '../types/registry.js';
import { typeNameOf } from '../types/typeNameOf.js';
import { enumerableItems } from '../values/enumerate.js';
import { exceptionDerivesFrom, isKnownExceptionType, PSException } from '../values/exceptions.js';
import { PSHashtable } from '../values/Hashtable.js';
import { PSObject } from '../values/PSObject.js';
import { PSList } from '../values/PSList.js';
import { isNumber } from '../values/numbers.js';
import { OperatorError } from './OperatorError.js';

function typeOf(t: unknown): PSType {
  if (t instanceof PSType) return t;
  const r = resolveType(toStr(t));
  if (!r) throw new OperatorError(`Unable to find type [${toStr(t)}].`, 'TypeNotFound');
  return r;
}

/** Interfaces and base classes a value's type satisfies. */
function satisfies(value: unknown, full: string): boolean {
  const own = typeNameOf(value);
  if (own === full) return true;
  switch (full) {
    case 'System.Object':
      return value !== null && value !== undefined;
    case 'System.ValueType':
      return isNumber(value) || typeof value === 'boolean';
    case 'System.Array':
      return Array.isArray(value);
    case 'System.Collections.IEnumerable':
      return typeof value === 'string' || value instanceof PSHashtable || enumerableItems(value) !== null;
    case 'System.Collections.ICollection':
    case 'System.Collections.IList':
      return Array.isArray(value) || value instanceof PSList;
    case 'System.Collections.IDictionary':
      return value instanceof PSHashtable;
    case 'System.Collections.Hashtable':
      return value instanceof PSHashtable && !value.ordered;
    case 'System.Management.Automation.PSObject':
      return value instanceof PSObject || (value !== null && value !== undefined);
    case 'System.Management.Automation.PSCustomObject':
      return value instanceof PSObject && value.baseObject === null;
    default:
      break;
  }
  if (full.endsWith('[]') && Array.isArray(value)) return full === 'System.Object[]';
  if (isKnownExceptionType(full) && value instanceof PSException) return exceptionDerivesFrom(value.typeName, full);
  return false;
}

export function isInstanceOf(value: unknown, type: unknown): boolean {
  const t = typeOf(type);
  const v = value instanceof PSObject && value.baseObject !== null ? value.baseObject : value;
  if (v === null || v === undefined) return false;
  if (t.fullName === 'System.Management.Automation.PSObject' && value instanceof PSObject) return true;
  // A class instance is also an instance of its base classes (its type names list them).
  if (value instanceof PSObject && value.baseObject === null && value.typeNames.some((n) => n.toLowerCase() === t.fullName.toLowerCase())) return true;
  return satisfies(v, t.fullName);
}

export function asOp(value: unknown, type: unknown): unknown {
  const t = typeOf(type);
  try {
    return convertToType(value, t);
  } catch {
    return null;
  }
}
