/**
 * The enum types scripts name ([DayOfWeek]::Monday, [StringComparison]::OrdinalIgnoreCase, ...),
 * with .NET's numeric values, the members of an enum value, and [enum]'s statics.
 */
import { convertTo, enumInfo, registerEnum } from '../convert/convertTo.js';
import { PSEnumValue } from '../values/scalars.js';
import { PSType } from '../types/PSType.js';
import { registerType } from '../types/registry.js';
import { enumNumber, str } from './args.js';
import { argumentError } from './DotNetError.js';
import { defineFamily, defineStatics } from './families.js';
import { MEMBER_TYPES_ENUM } from './psobjectView.js';

const sequence = (names: string[]): Record<string, number> => Object.fromEntries(names.map((n, i) => [n, i]));

const ENUMS: [string, Record<string, number>, boolean][] = [
  [
    'System.DayOfWeek',
    sequence(['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday']),
    false,
  ],
  [
    'System.StringComparison',
    sequence([
      'CurrentCulture',
      'CurrentCultureIgnoreCase',
      'InvariantCulture',
      'InvariantCultureIgnoreCase',
      'Ordinal',
      'OrdinalIgnoreCase',
    ]),
    false,
  ],
  ['System.StringSplitOptions', { None: 0, RemoveEmptyEntries: 1, TrimEntries: 2 }, true],
  [
    'System.MidpointRounding',
    sequence(['ToEven', 'AwayFromZero', 'ToZero', 'ToNegativeInfinity', 'ToPositiveInfinity']),
    false,
  ],
  ['System.DateTimeKind', sequence(['Unspecified', 'Utc', 'Local']), false],
  [
    'System.Management.Automation.ActionPreference',
    sequence(['SilentlyContinue', 'Stop', 'Continue', 'Inquire', 'Ignore', 'Suspend', 'Break']),
    false,
  ],
  [
    'System.ConsoleColor',
    sequence([
      'Black',
      'DarkBlue',
      'DarkGreen',
      'DarkCyan',
      'DarkRed',
      'DarkMagenta',
      'DarkYellow',
      'Gray',
      'DarkGray',
      'Blue',
      'Green',
      'Cyan',
      'Red',
      'Magenta',
      'Yellow',
      'White',
    ]),
    false,
  ],
  [
    'System.Management.Automation.ErrorCategory',
    sequence([
      'NotSpecified',
      'OpenError',
      'CloseError',
      'DeviceError',
      'DeadlockDetected',
      'InvalidArgument',
      'InvalidData',
      'InvalidOperation',
      'InvalidResult',
      'InvalidType',
      'MetadataError',
      'NotImplemented',
      'NotInstalled',
      'ObjectNotFound',
      'OperationStopped',
      'OperationTimeout',
      'SyntaxError',
      'ParserError',
      'PermissionDenied',
      'ResourceBusy',
      'ResourceExists',
      'ResourceUnavailable',
      'ReadError',
      'WriteError',
      'FromStdErr',
      'SecurityError',
      'ProtocolError',
      'ConnectionError',
      'AuthenticationError',
      'LimitsExceeded',
      'QuotaExceeded',
      'NotEnabled',
    ]),
    false,
  ],
  [
    'System.Text.RegularExpressions.RegexOptions',
    {
      None: 0,
      IgnoreCase: 1,
      Multiline: 2,
      ExplicitCapture: 4,
      Compiled: 8,
      Singleline: 16,
      IgnorePatternWhitespace: 32,
      RightToLeft: 64,
      ECMAScript: 256,
      CultureInvariant: 512,
      NonBacktracking: 1024,
    },
    true,
  ],
  ['System.Management.Automation.ConfirmImpact', sequence(['None', 'Low', 'Medium', 'High']), false],
  ['System.Text.NormalizationForm', { FormC: 1, FormD: 2, FormKC: 5, FormKD: 6 }, false],
  [
    'System.Globalization.DateTimeStyles',
    {
      None: 0,
      AllowLeadingWhite: 1,
      AllowTrailingWhite: 2,
      AllowInnerWhite: 4,
      AllowWhiteSpaces: 7,
      NoCurrentDateDefault: 8,
      AdjustToUniversal: 16,
      AssumeLocal: 32,
      AssumeUniversal: 64,
      RoundtripKind: 128,
    },
    true,
  ],
  [
    MEMBER_TYPES_ENUM,
    {
      AliasProperty: 1,
      CodeProperty: 2,
      Property: 4,
      NoteProperty: 8,
      ScriptProperty: 16,
      PropertySet: 32,
      Method: 64,
      CodeMethod: 128,
      ScriptMethod: 256,
      ParameterizedProperty: 512,
      MemberSet: 1024,
      Event: 2048,
      Dynamic: 4096,
      InferredProperty: 8192,
    },
    true,
  ],
];

for (const [name, members, flags] of ENUMS) {
  registerType(name);
  registerEnum(name, members, flags);
}

/** An enum value of `typeName` with that name. */
export function enumValue(typeName: string, name: string): PSEnumValue {
  const info = enumInfo(typeName);
  const i = info ? info.names.indexOf(name) : -1;
  return new PSEnumValue(typeName, name, i >= 0 ? info!.values[i]! : 0);
}

defineFamily((v): v is PSEnumValue => v instanceof PSEnumValue)
  .property('value__', 'int', (e) => e.value)
  .method('bool HasFlag(System.Enum flag)', (e, [f]) => {
    const bits = enumNumber(f);
    return (e.value & bits) === bits;
  })
  .method('int CompareTo(System.Object target)', (e, [o]) => Math.sign(e.value - enumNumber(o)))
  .method('string ToString(string format)', (e, [f]) => {
    const fmt = (str(f) ?? 'G').toUpperCase();
    if (fmt === 'D') return String(e.value);
    if (fmt === 'X') return (e.value >>> 0).toString(16).toUpperCase().padStart(8, '0');
    return e.name;
  });

function enumTypeOf(t: unknown): { type: PSType; info: { names: string[]; values: number[] } } {
  const type = t instanceof PSType ? t : null;
  const info = type ? enumInfo(type.fullName) : undefined;
  if (!type || !info) throw argumentError(`Type provided must be an Enum.`, 'enumType');
  return { type, info };
}

const enumStatics = defineStatics('System.Enum').members;
enumStatics
  .method('string[] GetNames(type enumType)', (_t, [t]) => [...enumTypeOf(t).info.names])
  .method('array GetValues(type enumType)', (_t, [t]) => {
    const { type, info } = enumTypeOf(t);
    return info.names.map((n, i) => new PSEnumValue(type.fullName, n, info.values[i]!));
  })
  .method('System.Object Parse(type enumType, string value)', (_t, [t, v]) =>
    convertTo(str(v) ?? '', enumTypeOf(t).type),
  )
  .method('System.Object Parse(type enumType, string value, bool ignoreCase)', (_t, [t, v]) =>
    convertTo(str(v) ?? '', enumTypeOf(t).type),
  )
  .method('bool IsDefined(type enumType, System.Object value)', (_t, [t, v]) => {
    const { info } = enumTypeOf(t);
    if (typeof v === 'string') return info.names.includes(v);
    return info.values.includes(enumNumber(v));
  })
  .method('System.Object ToObject(type enumType, System.Object value)', (_t, [t, v]) =>
    convertTo(v, enumTypeOf(t).type),
  )
  .method('string GetName(type enumType, System.Object value)', (_t, [t, v]) => {
    const { info } = enumTypeOf(t);
    const i = info.values.indexOf(enumNumber(v));
    return i >= 0 ? info.names[i]! : null;
  });
