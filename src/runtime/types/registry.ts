/**
 * The types a script may name. A type literal resolves only to a type listed here (or an exception
 * type from values/exceptions.ts); anything else is pwsh's "Unable to find type [X]." This list is
 * also the allow-list `tenantsh check` reports against.
 */
import { isKnownExceptionType } from '../values/exceptions.js';
import { PSType } from './PSType.js';
import { typeAccelerators } from './typeAliases.js';

const knownTypes = new Set<string>([
  'System.Object',
  'System.String',
  'System.Char',
  'System.Boolean',
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
  'System.Array',
  'System.Void',
  'System.Type',
  'System.RuntimeType',
  'System.Enum',
  'System.ValueType',
  'System.DateTime',
  'System.DateTimeOffset',
  'System.TimeSpan',
  'System.Guid',
  'System.Math',
  'System.Convert',
  'System.Environment',
  'System.Version',
  'System.Uri',
  'System.StringComparison',
  'System.StringSplitOptions',
  'System.DayOfWeek',
  'System.DateTimeKind',
  'System.MidpointRounding',
  'System.ConsoleColor',
  'System.Text.StringBuilder',
  'System.Text.Encoding',
  'System.Text.RegularExpressions.Regex',
  'System.Text.RegularExpressions.RegexOptions',
  'System.Text.RegularExpressions.Match',
  'System.Collections.Hashtable',
  'System.Collections.IDictionary',
  'System.Collections.IEnumerable',
  'System.Collections.ICollection',
  'System.Collections.IList',
  'System.Collections.ArrayList',
  'System.Collections.Specialized.OrderedDictionary',
  'System.Collections.Generic.List`1',
  'System.Collections.Generic.Dictionary`2',
  'System.Collections.Generic.HashSet`1',
  'System.Collections.Generic.Queue`1',
  'System.Collections.Generic.Stack`1',
  'System.Collections.Generic.KeyValuePair`2',
  'System.Collections.Queue',
  'System.Collections.Stack',
  'System.IO.Path',
  'System.IO.File',
  'System.IO.Directory',
  'System.IO.FileInfo',
  'System.IO.DirectoryInfo',
  'System.Diagnostics.Stopwatch',
  'System.Web.HttpUtility',
  'System.Net.WebUtility',
  'System.Net.Mail.MailAddress',
  'System.Globalization.CultureInfo',
  'System.Security.SecureString',
  'System.Management.Automation.PSObject',
  'System.Management.Automation.PSCustomObject',
  'System.Management.Automation.PSCredential',
  'System.Management.Automation.PSReference',
  'System.Management.Automation.ScriptBlock',
  'System.Management.Automation.SwitchParameter',
  'System.Management.Automation.ErrorRecord',
  'System.Management.Automation.ActionPreference',
  'System.Management.Automation.ErrorCategory',
  'System.Management.Automation.ConfirmImpact',
  'System.Management.Automation.WildcardPattern',
  'System.Management.Automation.PSVariable',
  'System.Management.Automation.SemanticVersion',
  'System.Management.Automation.CmdletBindingAttribute',
  'System.Management.Automation.ParameterAttribute',
  'System.Management.Automation.AliasAttribute',
  'System.Management.Automation.ValidateSetAttribute',
  'System.Management.Automation.ValidateNotNullOrEmptyAttribute',
  'System.Management.Automation.ValidateNotNullAttribute',
  'System.Management.Automation.ValidateRangeAttribute',
  'System.Management.Automation.ValidatePatternAttribute',
  'System.Management.Automation.ValidateScriptAttribute',
  'System.Management.Automation.ValidateCountAttribute',
  'System.Management.Automation.ValidateLengthAttribute',
  'System.Management.Automation.AllowNullAttribute',
  'System.Management.Automation.AllowEmptyStringAttribute',
  'System.Management.Automation.AllowEmptyCollectionAttribute',
  'System.Management.Automation.OutputTypeAttribute',
  'System.Management.Automation.Language.Parser',
  'System.Diagnostics.CodeAnalysis.SuppressMessageAttribute',
]);

/** Types a module adds (Microsoft.Open.AzureAD.Model.AssignedLicenses, ...). */
export function registerType(fullName: string): void {
  knownTypes.add(fullName);
}

const byLowerName = (): Map<string, string> => {
  const m = new Map<string, string>();
  for (const t of knownTypes) m.set(t.toLowerCase(), t);
  return m;
};
let lowerIndex: Map<string, string> | null = null;

function lookupFullName(name: string): string | null {
  const lower = name.toLowerCase();
  const accel = typeAccelerators.get(lower);
  if (accel) return accel;
  if (!lowerIndex || lowerIndex.size !== knownTypes.size) lowerIndex = byLowerName();
  const direct = lowerIndex.get(lower) ?? lowerIndex.get('system.' + lower);
  if (direct) return direct;
  for (const candidate of [name, 'System.' + name]) {
    if (isKnownExceptionType(candidate)) return candidate;
  }
  // Exception names are case-insensitive too.
  return null;
}

/** Splits `List[string]` / `Dictionary[string,int]` / `string[]` into their parts. */
function splitTypeName(name: string): { base: string; args: string[]; array: number } {
  let s = name.trim();
  let array = 0;
  while (s.endsWith('[]')) {
    array++;
    s = s.slice(0, -2).trim();
  }
  const open = s.indexOf('[');
  if (open < 0 || !s.endsWith(']')) return { base: s, args: [], array };
  const inner = s.slice(open + 1, -1);
  const args: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < inner.length; i++) {
    const c = inner[i];
    if (c === '[') depth++;
    else if (c === ']') depth--;
    else if (c === ',' && depth === 0) {
      args.push(inner.slice(start, i).trim());
      start = i + 1;
    }
  }
  args.push(inner.slice(start).trim());
  return { base: s.slice(0, open).trim(), args: args.map((a) => a.replace(/^\[(.*)\]$/, '$1')), array };
}

const cache = new Map<string, PSType | null>();

/** The type a literal names, or null when tenantsh does not know it. */
export function resolveType(name: string): PSType | null {
  const key = name.toLowerCase();
  const cached = cache.get(key);
  if (cached !== undefined) return cached;
  const resolved = resolveUncached(name);
  cache.set(key, resolved);
  return resolved;
}

function resolveUncached(name: string): PSType | null {
  const { base, args, array } = splitTypeName(name);
  let t: PSType | null;
  if (args.length > 0) {
    const typeArgs = args.map((a) => resolveType(a));
    if (typeArgs.some((a) => a === null)) return null;
    const generic = lookupFullName(`${base}\`${args.length}`);
    if (!generic) return null;
    t = new PSType(
      `${generic}[${(typeArgs as PSType[]).map((a) => a.fullName).join(',')}]`,
      typeArgs as PSType[],
    );
  } else {
    const full = lookupFullName(base);
    t = full ? new PSType(full) : null;
  }
  for (let i = 0; t && i < array; i++) t = new PSType(t.fullName + '[]', [], t);
  return t;
}

/** The generic definition's name of a constructed type ('System.Collections.Generic.List`1'). */
export function genericDefinition(t: PSType): string {
  const i = t.fullName.indexOf('[');
  return i < 0 || t.isArray ? t.fullName : t.fullName.slice(0, i);
}
