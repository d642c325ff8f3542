/**
 * .NET exceptions and PowerShell's ErrorRecord as script-visible values. An exception's type is a
 * name in the hierarchy below, so `catch [System.ArgumentException]` also catches an
 * ArgumentNullException, and `catch [RuntimeException]` catches what `throw 'text'` raises.
 */
import type { Extent } from '../../language/ast.js';

/** Exception type -> base type, full names. */
const exceptionBaseEntries: Record<string, string> = {
  'System.Exception': 'System.Object',
  'System.SystemException': 'System.Exception',
  'System.ApplicationException': 'System.Exception',
  'System.ArgumentException': 'System.SystemException',
  'System.ArgumentNullException': 'System.ArgumentException',
  'System.ArgumentOutOfRangeException': 'System.ArgumentException',
  'System.FormatException': 'System.SystemException',
  'System.InvalidOperationException': 'System.SystemException',
  'System.ObjectDisposedException': 'System.InvalidOperationException',
  'System.NotSupportedException': 'System.SystemException',
  'System.NotImplementedException': 'System.SystemException',
  'System.InvalidCastException': 'System.SystemException',
  'System.NullReferenceException': 'System.SystemException',
  'System.IndexOutOfRangeException': 'System.SystemException',
  'System.ArithmeticException': 'System.SystemException',
  'System.DivideByZeroException': 'System.ArithmeticException',
  'System.OverflowException': 'System.ArithmeticException',
  'System.TimeoutException': 'System.SystemException',
  'System.UnauthorizedAccessException': 'System.SystemException',
  'System.Collections.Generic.KeyNotFoundException': 'System.SystemException',
  'System.IO.IOException': 'System.SystemException',
  'System.IO.FileNotFoundException': 'System.IO.IOException',
  'System.IO.DirectoryNotFoundException': 'System.IO.IOException',
  'System.IO.PathTooLongException': 'System.IO.IOException',
  'System.Net.WebException': 'System.InvalidOperationException',
  'System.Security.SecurityException': 'System.SystemException',
  'System.Management.Automation.RuntimeException': 'System.SystemException',
  'System.Management.Automation.CommandNotFoundException': 'System.Management.Automation.RuntimeException',
  'System.Management.Automation.ParameterBindingException': 'System.Management.Automation.RuntimeException',
  'System.Management.Automation.ParseException': 'System.Management.Automation.RuntimeException',
  'System.Management.Automation.ItemNotFoundException': 'System.Management.Automation.SessionStateException',
  'System.Management.Automation.SessionStateException': 'System.Management.Automation.RuntimeException',
  'System.Management.Automation.SessionStateUnauthorizedAccessException':
    'System.Management.Automation.SessionStateException',
  'System.Management.Automation.DriveNotFoundException': 'System.Management.Automation.SessionStateException',
  'System.Management.Automation.ProviderNotFoundException': 'System.Management.Automation.SessionStateException',
  'System.Management.Automation.MethodInvocationException': 'System.Management.Automation.MethodException',
  'System.Management.Automation.MethodException': 'System.Management.Automation.RuntimeException',
  'System.Management.Automation.PSInvalidCastException': 'System.InvalidCastException',
  'System.Management.Automation.PSArgumentException': 'System.ArgumentException',
  'System.Management.Automation.PSArgumentNullException': 'System.ArgumentNullException',
  'System.Management.Automation.PSArgumentOutOfRangeException': 'System.ArgumentOutOfRangeException',
  'System.Management.Automation.PSInvalidOperationException': 'System.InvalidOperationException',
  'System.Management.Automation.PSNotSupportedException': 'System.NotSupportedException',
  'System.Management.Automation.ActionPreferenceStopException': 'System.Management.Automation.RuntimeException',
  'System.Management.Automation.ValidationMetadataException': 'System.Management.Automation.MetadataException',
  'System.Management.Automation.MetadataException': 'System.Management.Automation.RuntimeException',
  'System.Management.Automation.ArgumentTransformationMetadataException':
    'System.Management.Automation.MetadataException',
  'System.Management.Automation.PipelineStoppedException': 'System.Management.Automation.RuntimeException',
  'System.Management.Automation.WildcardPatternException': 'System.Management.Automation.RuntimeException',
  'System.Management.Automation.PSSecurityException': 'System.Management.Automation.RuntimeException',
  'System.Management.Automation.PSRemotingTransportException': 'System.Management.Automation.RuntimeException',
  'System.Management.Automation.Host.HostException': 'System.Management.Automation.RuntimeException',
  'System.Management.Automation.PSInvalidOperationException2': 'System.InvalidOperationException',
  'System.Text.RegularExpressions.RegexParseException': 'System.ArgumentException',
  'System.Text.RegularExpressions.RegexMatchTimeoutException': 'System.TimeoutException',
  'Microsoft.PowerShell.Commands.WriteErrorException': 'System.SystemException',
  'System.Text.Json.JsonException': 'System.Exception',
  'Microsoft.Online.Administration.Automation.MicrosoftOnlineException': 'System.Exception',
};

/** A Map, so that a script-provided name such as `constructor` is never a JS property. */
const exceptionBases = new Map<string, string>(Object.entries(exceptionBaseEntries));

export function exceptionBaseOf(fullName: string): string | undefined {
  return exceptionBases.get(fullName);
}

export function isKnownExceptionType(fullName: string): boolean {
  return exceptionBases.has(fullName);
}

/** True when `type` is `ancestor` or derives from it. */
export function exceptionDerivesFrom(type: string, ancestor: string): boolean {
  const target = ancestor.toLowerCase();
  for (let t: string | undefined = type; t; t = exceptionBases.get(t)) {
    if (t.toLowerCase() === target) return true;
  }
  return target === 'system.object';
}

/** A .NET exception object as scripts see it ($_.Exception). */
export class PSException {
  /** ErrorRecord that carries this exception, when PowerShell made one (IContainsErrorRecord). */
  errorRecord: ErrorRecord | null = null;
  constructor(
    /** Full type name, e.g. 'System.Management.Automation.RuntimeException'. */
    readonly typeName: string,
    readonly message: string,
    readonly innerException: PSException | null = null,
    /** Extra properties some exceptions carry (ParamName, FileName, ...). */
    readonly data: ReadonlyMap<string, unknown> = new Map(),
  ) {}
  get shortName(): string {
    return this.typeName.slice(this.typeName.lastIndexOf('.') + 1);
  }
}

export type ErrorCategory =
  | 'NotSpecified'
  | 'OpenError'
  | 'CloseError'
  | 'DeviceError'
  | 'DeadlockDetected'
  | 'InvalidArgument'
  | 'InvalidData'
  | 'InvalidOperation'
  | 'InvalidResult'
  | 'InvalidType'
  | 'MetadataError'
  | 'NotImplemented'
  | 'NotInstalled'
  | 'ObjectNotFound'
  | 'OperationStopped'
  | 'OperationTimeout'
  | 'SyntaxError'
  | 'ParserError'
  | 'PermissionDenied'
  | 'ResourceBusy'
  | 'ResourceExists'
  | 'ResourceUnavailable'
  | 'ReadError'
  | 'WriteError'
  | 'FromStdErr'
  | 'SecurityError'
  | 'ProtocolError'
  | 'ConnectionError'
  | 'AuthenticationError'
  | 'LimitsExceeded'
  | 'QuotaExceeded'
  | 'NotEnabled';

/** Where an error happened: the command and the script position ($_.InvocationInfo). */
export interface InvocationInfo {
  readonly commandName: string | null;
  readonly extent: Extent | null;
  /** The whole statement's extent, for the error view's line. */
  readonly scriptName: string;
}

export class ErrorRecord {
  constructor(
    readonly exception: PSException,
    readonly fullyQualifiedErrorId: string,
    readonly category: ErrorCategory,
    readonly targetObject: unknown,
    public invocationInfo: InvocationInfo | null = null,
  ) {
    if (!exception.errorRecord) exception.errorRecord = this;
  }
  /** CategoryInfo.Activity: the command that failed. */
  activity: string | null = null;
  /** ErrorDetails.Message, when set (Write-Error -Message on a non-string exception...). */
  errorDetailsMessage: string | null = null;
  /** The message the error view and "$_" show. */
  get message(): string {
    return this.errorDetailsMessage ?? this.exception.message;
  }
}
