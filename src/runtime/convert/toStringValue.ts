/**
 * PowerShell's conversion of a value to [string] (LanguagePrimitives.ConvertTo with the invariant
 * culture): what string expansion, `[string]$x` and `-join` use. Collections are joined with $OFS
 * (a space by default); a dictionary is not enumerated and prints its type name.
 */
import { DateTime } from '../dotnet/dateTime.js';
import { Decimal } from '../dotnet/decimal.js';
import { INVARIANT } from '../dotnet/culture.js';
import { doubleToPsString, singleToPsString } from '../dotnet/doubleToString.js';
import { TimeSpan } from '../dotnet/timeSpan.js';
import { ErrorRecord, PSException } from '../values/exceptions.js';
import { PSHashtable } from '../values/Hashtable.js';
import { TypedNumber } from '../values/numbers.js';
import { PSList } from '../values/PSList.js';
import { PSObject } from '../values/PSObject.js';
import { PSChar, PSCredential, PSEnumValue, PSGuid, SecureString, SwitchParameter } from '../values/scalars.js';
import { ScriptBlockValue } from '../values/ScriptBlock.js';
import { PSType } from '../types/PSType.js';
import { typeNameOf } from '../types/typeNameOf.js';
import { psTypeLiteralName } from '../types/typeAliases.js';
import type { PSEnumerable } from '../values/enumerate.js';

/** A runtime class that knows its own string form (file info, regex match, ...). */
export interface HasPsString {
  psToString(): string;
}

export function numberToPsString(v: number | TypedNumber | Decimal | bigint): string {
  if (typeof v === 'number') return doubleToPsString(v);
  if (v instanceof TypedNumber) {
    if (v.type === 'Double') return doubleToPsString(v.value as number);
    if (v.type === 'Single') return singleToPsString(v.value as number);
    return String(v.value);
  }
  if (v instanceof Decimal) return v.toString(null, INVARIANT.numberFormat);
  return v.toString();
}

/** [string]$value, with `ofs` as the separator for collections. */
export function toStr(value: unknown, ofs = ' '): string {
  switch (typeof value) {
    case 'string':
      return value;
    case 'number':
      return (value | 0) === value ? String(value) : doubleToPsString(value);
    case 'boolean':
      return value ? 'True' : 'False';
    case 'bigint':
      return value.toString();
    case 'undefined':
      return '';
    default:
      break;
  }
  if (value === null) return '';
  if (Array.isArray(value)) return value.map((e) => elementString(e)).join(ofs);
  if (value instanceof PSList) return value.items.map((e) => elementString(e)).join(ofs);
  return scalarString(value as object);
}

/** An element of a collection being joined: nested collections print their type name. */
function elementString(value: unknown): string {
  if (Array.isArray(value)) return 'System.Object[]';
  if (value instanceof PSList) return value.typeName;
  return toStr(value);
}

function scalarString(value: object): string {
  if (value instanceof TypedNumber || value instanceof Decimal) return numberToPsString(value);
  if (value instanceof PSObject) {
    if (value.baseObject !== null) return toStr(value.baseObject);
    return customObjectString(value);
  }
  if (value instanceof PSHashtable) return typeNameOf(value);
  if (value instanceof DateTime) return value.toPsString();
  if (value instanceof TimeSpan) return value.toString();
  if (value instanceof PSChar || value instanceof PSGuid || value instanceof PSEnumValue) return value.toString();
  if (value instanceof SwitchParameter) return value.isPresent ? 'True' : 'False';
  if (value instanceof ScriptBlockValue) return value.text;
  if (value instanceof ErrorRecord) return value.message;
  // Exception.ToString(): the type and the message (pwsh's "$($_.Exception)").
  if (value instanceof PSException) return `${value.typeName}: ${value.message}`;
  if (value instanceof PSType) return psTypeLiteralName(value);
  if (value instanceof SecureString || value instanceof PSCredential) return typeNameOf(value);
  if ('psEnumerate' in value && typeof (value as PSEnumerable).psEnumerate === 'function') {
    return (value as PSEnumerable).psEnumerate().map((e) => elementString(e)).join(' ');
  }
  if ('psToString' in value && typeof (value as HasPsString).psToString === 'function') {
    return (value as HasPsString).psToString();
  }
  return typeNameOf(value);
}

/** PSCustomObject.ToString(): `@{Name=Ann; Age=34}`. */
export function customObjectString(o: PSObject): string {
  const parts: string[] = [];
  for (const p of o.properties.values()) {
    const v = p.kind === 'NoteProperty' ? p.value : null;
    parts.push(`${p.name}=${v instanceof PSObject && v.isCustomObject ? customObjectString(v) : elementString(v)}`);
  }
  return '@{' + parts.join('; ') + '}';
}
