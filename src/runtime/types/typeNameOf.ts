/** The .NET type name of a runtime value: what `.GetType().FullName` prints. */
import { DateTime } from '../dotnet/dateTime.js';
import { Decimal } from '../dotnet/decimal.js';
import { TimeSpan } from '../dotnet/timeSpan.js';
import { ErrorRecord, PSException } from '../values/exceptions.js';
import { PSHashtable } from '../values/Hashtable.js';
import { isInt32, TypedNumber } from '../values/numbers.js';
import { PSList } from '../values/PSList.js';
import { PSObject } from '../values/PSObject.js';
import {
  PSChar,
  PSCredential,
  PSEnumValue,
  PSGuid,
  PSReference,
  SecureString,
  SwitchParameter,
} from '../values/scalars.js';
import { ScriptBlockValue } from '../values/ScriptBlock.js';
import { PSType } from './PSType.js';
import { arrayElementType } from '../values/typedArrays.js';

/** Classes the runtime adds later (regex matches, file info, ...) register their name here. */
export interface NamedValue {
  readonly psTypeName: string;
}

export function typeNameOf(value: unknown): string {
  switch (typeof value) {
    case 'string':
      return 'System.String';
    case 'number':
      return isInt32(value) ? 'System.Int32' : 'System.Double';
    case 'boolean':
      return 'System.Boolean';
    case 'bigint':
      return 'System.Numerics.BigInteger';
    case 'undefined':
      return 'System.Object';
    case 'function':
      return 'System.Object';
    case 'symbol':
      return 'System.Object';
    case 'object':
      break;
  }
  if (value === null) return 'System.Object';
  if (Array.isArray(value)) {
    const el = arrayElementType(value);
    return el ? el.fullName + '[]' : 'System.Object[]';
  }
  if (value instanceof TypedNumber) return 'System.' + value.type;
  if (value instanceof Decimal) return 'System.Decimal';
  if (value instanceof PSObject) {
    if (value.baseObject !== null) return typeNameOf(value.baseObject);
    // A class instance names its class (its type names end with System.Object, not PSCustomObject).
    const first = value.typeNames[0];
    if (first && value.typeNames[1] !== undefined && !value.typeNames.includes('System.Management.Automation.PSCustomObject')) return first;
    return 'System.Management.Automation.PSCustomObject';
  }
  if (value instanceof PSHashtable) {
    if (value.genericTypeName) return value.genericTypeName;
    return value.ordered ? 'System.Collections.Specialized.OrderedDictionary' : 'System.Collections.Hashtable';
  }
  if (value instanceof PSList) return value.typeName;
  if (value instanceof DateTime) return 'System.DateTime';
  if (value instanceof TimeSpan) return 'System.TimeSpan';
  if (value instanceof PSChar) return 'System.Char';
  if (value instanceof PSGuid) return 'System.Guid';
  if (value instanceof SwitchParameter) return 'System.Management.Automation.SwitchParameter';
  if (value instanceof SecureString) return 'System.Security.SecureString';
  if (value instanceof PSCredential) return 'System.Management.Automation.PSCredential';
  if (value instanceof PSEnumValue) return value.typeName;
  if (value instanceof PSReference) return 'System.Management.Automation.PSReference';
  if (value instanceof ScriptBlockValue) return 'System.Management.Automation.ScriptBlock';
  if (value instanceof ErrorRecord) return 'System.Management.Automation.ErrorRecord';
  if (value instanceof PSException) return value.typeName;
  if (value instanceof PSType) return 'System.RuntimeType';
  if ('psTypeName' in value && typeof (value as NamedValue).psTypeName === 'string') {
    return (value as NamedValue).psTypeName;
  }
  return 'System.Object';
}

/** The short name (`Int32`, `Object[]`, `PSCustomObject`). */
export function shortTypeName(value: unknown): string {
  const full = typeNameOf(value).replace(/`\d+\[.*$/, (m) => m.slice(0, m.indexOf('[')));
  return full.slice(full.lastIndexOf('.') + 1);
}
