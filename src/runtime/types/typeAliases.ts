/**
 * PowerShell's type accelerators ([int], [string], [pscustomobject], ...) and the short names pwsh
 * prints for them: `"$([int])"` is `int`, while `[int].FullName` is System.Int32.
 */
import type { PSType } from './PSType.js';

/** accelerator (lower case) -> full name */
export const typeAccelerators: ReadonlyMap<string, string> = new Map([
  ['int', 'System.Int32'],
  ['int32', 'System.Int32'],
  ['long', 'System.Int64'],
  ['int64', 'System.Int64'],
  ['short', 'System.Int16'],
  ['int16', 'System.Int16'],
  ['byte', 'System.Byte'],
  ['sbyte', 'System.SByte'],
  ['uint', 'System.UInt32'],
  ['uint32', 'System.UInt32'],
  ['ulong', 'System.UInt64'],
  ['uint64', 'System.UInt64'],
  ['ushort', 'System.UInt16'],
  ['uint16', 'System.UInt16'],
  ['bigint', 'System.Numerics.BigInteger'],
  ['double', 'System.Double'],
  ['float', 'System.Single'],
  ['single', 'System.Single'],
  ['decimal', 'System.Decimal'],
  ['string', 'System.String'],
  ['char', 'System.Char'],
  ['bool', 'System.Boolean'],
  ['boolean', 'System.Boolean'],
  ['object', 'System.Object'],
  ['array', 'System.Array'],
  ['hashtable', 'System.Collections.Hashtable'],
  ['ordered', 'System.Collections.Specialized.OrderedDictionary'],
  ['pscustomobject', 'System.Management.Automation.PSObject'],
  ['psobject', 'System.Management.Automation.PSObject'],
  ['datetime', 'System.DateTime'],
  ['timespan', 'System.TimeSpan'],
  ['guid', 'System.Guid'],
  ['regex', 'System.Text.RegularExpressions.Regex'],
  ['scriptblock', 'System.Management.Automation.ScriptBlock'],
  ['switch', 'System.Management.Automation.SwitchParameter'],
  ['securestring', 'System.Security.SecureString'],
  ['pscredential', 'System.Management.Automation.PSCredential'],
  ['ref', 'System.Management.Automation.PSReference'],
  ['math', 'System.Math'],
  ['void', 'System.Void'],
  ['type', 'System.Type'],
  ['version', 'System.Version'],
  ['xml', 'System.Xml.XmlDocument'],
  ['mailaddress', 'System.Net.Mail.MailAddress'],
  ['ipaddress', 'System.Net.IPAddress'],
  ['uri', 'System.Uri'],
  ['errorrecord', 'System.Management.Automation.ErrorRecord'],
  ['exception', 'System.Exception'],
  ['psvariable', 'System.Management.Automation.PSVariable'],
  ['wildcardpattern', 'System.Management.Automation.WildcardPattern'],
  ['powershell', 'System.Management.Automation.PowerShell'],
  ['runspacefactory', 'System.Management.Automation.Runspaces.RunspaceFactory'],
  ['adsi', 'System.DirectoryServices.DirectoryEntry'],
  ['wmi', 'System.Management.ManagementObject'],
  ['cultureinfo', 'System.Globalization.CultureInfo'],
  ['semver', 'System.Management.Automation.SemanticVersion'],
  ['datetimeoffset', 'System.DateTimeOffset'],
  ['cmdletbinding', 'System.Management.Automation.CmdletBindingAttribute'],
  ['parameter', 'System.Management.Automation.ParameterAttribute'],
  ['alias', 'System.Management.Automation.AliasAttribute'],
  ['validateset', 'System.Management.Automation.ValidateSetAttribute'],
  ['validatenotnullorempty', 'System.Management.Automation.ValidateNotNullOrEmptyAttribute'],
  ['validatenotnull', 'System.Management.Automation.ValidateNotNullAttribute'],
  ['validaterange', 'System.Management.Automation.ValidateRangeAttribute'],
  ['validatepattern', 'System.Management.Automation.ValidatePatternAttribute'],
  ['validatescript', 'System.Management.Automation.ValidateScriptAttribute'],
  ['validatecount', 'System.Management.Automation.ValidateCountAttribute'],
  ['validatelength', 'System.Management.Automation.ValidateLengthAttribute'],
  ['allownull', 'System.Management.Automation.AllowNullAttribute'],
  ['allowemptystring', 'System.Management.Automation.AllowEmptyStringAttribute'],
  ['allowemptycollection', 'System.Management.Automation.AllowEmptyCollectionAttribute'],
  ['outputtype', 'System.Management.Automation.OutputTypeAttribute'],
]);

/** full name -> the name pwsh prints for the type literal */
const printedNames = new Map<string, string>();
for (const [alias, full] of typeAccelerators) {
  if (!printedNames.has(full)) printedNames.set(full, alias);
}
// pwsh prints these by their own preferred accelerator.
printedNames.set('System.Management.Automation.PSObject', 'psobject');
printedNames.set('System.Boolean', 'bool');
printedNames.set('System.Single', 'float');

/** `"$([int])"` is 'int'; a type without an accelerator prints its full name. */
export function psTypeLiteralName(t: PSType): string {
  if (t.elementType) return psTypeLiteralName(t.elementType) + '[]';
  return printedNames.get(t.fullName) ?? t.fullName;
}
