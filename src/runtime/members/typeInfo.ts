/**
 * What `.GetType()`, `[T].BaseType` and `.PSTypeNames` report: a value's PSType and the chain of
 * base types above it.
 */
import { enumInfo } from '../convert/convertTo.js';
import { exceptionBaseOf } from '../values/exceptions.js';
import { PSList } from '../values/PSList.js';
import { PSObject } from '../values/PSObject.js';
import { PSType } from '../types/PSType.js';
import { resolveType } from '../types/registry.js';
import { typeNameOf } from '../types/typeNameOf.js';

const VALUE_TYPES = new Set([
  'System.Boolean',
  'System.Char',
  'System.SByte',
  'System.Byte',
  'System.Int16',
  'System.UInt16',
  'System.Int32',
  'System.UInt32',
  'System.Int64',
  'System.UInt64',
  'System.Single',
  'System.Double',
  'System.Decimal',
  'System.Numerics.BigInteger',
  'System.DateTime',
  'System.DateTimeOffset',
  'System.TimeSpan',
  'System.Guid',
  'System.Management.Automation.SwitchParameter',
  'System.Collections.DictionaryEntry',
]);

export function isValueTypeName(fullName: string): boolean {
  return (
    VALUE_TYPES.has(fullName) ||
    enumInfo(fullName) !== undefined ||
    fullName.startsWith('System.Collections.Generic.KeyValuePair`2')
  );
}

/** The base type's full name, or null for System.Object. */
export function baseTypeName(fullName: string): string | null {
  if (fullName === 'System.Object') return null;
  if (fullName.endsWith('[]')) return 'System.Array';
  if (fullName === 'System.ValueType' || fullName === 'System.Array') return 'System.Object';
  if (fullName === 'System.Enum') return 'System.ValueType';
  if (enumInfo(fullName)) return 'System.Enum';
  if (VALUE_TYPES.has(fullName) || fullName.startsWith('System.Collections.Generic.KeyValuePair`2'))
    return 'System.ValueType';
  const exceptionBase = exceptionBaseOf(fullName);
  if (exceptionBase) return exceptionBase;
  if (fullName === 'System.Collections.Specialized.OrderedDictionary') return 'System.Object';
  if (fullName === 'System.RuntimeType') return 'System.Reflection.TypeInfo';
  return 'System.Object';
}

/** A PSType for a full name, keeping generic arguments and array element types. */
export function typeFromName(fullName: string): PSType {
  if (fullName.endsWith('[]')) return new PSType(fullName, [], typeFromName(fullName.slice(0, -2)));
  return resolveType(fullName) ?? new PSType(fullName);
}

/** `$value.GetType()`. */
export function typeOfValue(value: unknown): PSType {
  const v = value instanceof PSObject && value.baseObject !== null ? value.baseObject : value;
  if (v instanceof PSList && v.elementType) {
    return new PSType(v.typeName, [typeFromName(v.elementType)]);
  }
  return typeFromName(typeNameOf(v));
}

/** PSTypeNames: the type and its bases, most derived first. */
export function typeNamesOf(value: unknown): string[] {
  if (value instanceof PSObject) {
    if (value.baseObject === null) return [...value.typeNames];
    return typeNamesOf(value.baseObject);
  }
  const names: string[] = [];
  for (let t: string | null = typeNameOf(value); t; t = baseTypeName(t)) names.push(t);
  return names;
}
