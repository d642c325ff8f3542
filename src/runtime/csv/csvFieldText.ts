/**
 * The text Export-Csv / ConvertTo-Csv write for a property value. pwsh calls the value's .NET
 * ToString() in the current culture (not PowerShell's invariant [string] conversion), so doubles
 * print their shortest round-trip form (0.30000000000000004) and dates the culture's "G" pattern;
 * collections print their type name. $null (and a missing property) is null: an empty field that
 * is never quoted.
 */
import { EN_US, type CultureInfo } from '../dotnet/culture.js';
import { DateTime } from '../dotnet/dateTime.js';
import { Decimal } from '../dotnet/decimal.js';
import { doubleToDotNetString, singleToDotNetString } from '../dotnet/doubleToString.js';
import { toStr } from '../convert/toStringValue.js';
import { typeNameOf } from '../types/typeNameOf.js';
import { PSHashtable } from '../values/Hashtable.js';
import { TypedNumber } from '../values/numbers.js';
import { PSList } from '../values/PSList.js';
import { PSObject } from '../values/PSObject.js';

export function csvFieldText(value: unknown, culture: CultureInfo = EN_US): string | null {
  if (value === null || value === undefined) return null;
  if (value instanceof PSObject && value.baseObject !== null) return csvFieldText(value.baseObject, culture);
  if (typeof value === 'number') return doubleToDotNetString(value, culture);
  if (value instanceof TypedNumber) {
    if (value.type === 'Double') return doubleToDotNetString(value.toNumber(), culture);
    if (value.type === 'Single') return singleToDotNetString(value.toNumber(), culture);
    return String(value.value);
  }
  if (value instanceof Decimal) return value.toString(null, culture.numberFormat);
  if (value instanceof DateTime) return value.toString(null, culture);
  if (Array.isArray(value) || value instanceof PSHashtable) return typeNameOf(value);
  if (value instanceof PSList) return value.typeName;
  return toStr(value);
}
