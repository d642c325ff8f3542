/**
 * ErrorRecord ($_ in catch) and .NET exception members: $_.Exception.Message,
 * $_.CategoryInfo.Reason, $_.InvocationInfo.ScriptLineNumber, ...; and the constructors of the
 * exception types ([System.ArgumentException]::new('msg'), New-Object InvalidOperationException).
 */
import { toStr } from '../convert/toStringValue.js';
import {
  ErrorRecord,
  exceptionDerivesFrom,
  isKnownExceptionType,
  PSException,
  type InvocationInfo,
} from '../values/exceptions.js';
import { shortTypeName } from '../types/typeNameOf.js';
import type { PSType } from '../types/PSType.js';
import { str } from './args.js';
import { enumValue } from './enums.js';
import { defineFamily, defineStatics, registerStaticsResolver } from './families.js';
import { exceptionToString } from './toDotNetString.js';

/** $_.CategoryInfo. */
export class ErrorCategoryInfo {
  readonly psTypeName = 'System.Management.Automation.ErrorCategoryInfo';
  constructor(private readonly record: ErrorRecord) {}
  get category(): string {
    return this.record.category;
  }
  get reason(): string {
    return this.record.exception.shortName;
  }
  get targetName(): string {
    return this.record.targetObject === null ? '' : toStr(this.record.targetObject);
  }
  get targetType(): string {
    return this.record.targetObject === null ? '' : shortTypeName(this.record.targetObject);
  }
  get activity(): string {
    return this.record.activity ?? this.record.invocationInfo?.commandName ?? '';
  }
  /** "OperationStopped: (boom:String) [], RuntimeException" */
  psToString(): string {
    return `${this.category}: (${this.targetName}:${this.targetType}) [${this.activity}], ${this.reason}`;
  }
}

/** $_.InvocationInfo. */
export class InvocationInfoView {
  readonly psTypeName = 'System.Management.Automation.InvocationInfo';
  constructor(readonly info: InvocationInfo) {}
  private get position(): { line: number; column: number } | null {
    const e = this.info.extent;
    return e ? e.source.position(e.start) : null;
  }
  get scriptLineNumber(): number {
    return this.position?.line ?? 0;
  }
  get offsetInLine(): number {
    return this.position?.column ?? 0;
  }
  get line(): string {
    const p = this.position;
    return p && this.info.extent ? this.info.extent.source.lineText(p.line) : '';
  }
  /** "At /path/x.ps1:17 char:7\n+ line\n+       ~~~~" */
  get positionMessage(): string {
    const e = this.info.extent;
    const p = this.position;
    if (!e || !p) return '';
    const end = e.source.position(Math.max(e.start, e.end - 1));
    const width =
      end.line === p.line ? Math.max(1, e.end - e.start) : Math.max(1, this.line.length - p.column + 1);
    return `At ${this.info.scriptName || e.source.path}:${p.line} char:${p.column}\n+ ${this.line}\n+ ${' '.repeat(p.column - 1)}${'~'.repeat(width)}`;
  }
}

/** InvocationInfo.MyCommand: the command that ran (its Name). */
export class CommandInfoView {
  readonly psTypeName = 'System.Management.Automation.CommandInfo';
  constructor(readonly name: string) {}
  psToString(): string {
    return this.name;
  }
}

defineFamily((v): v is ErrorCategoryInfo => v instanceof ErrorCategoryInfo)
  .property('Category', 'System.Management.Automation.ErrorCategory', (c) =>
    enumValue('System.Management.Automation.ErrorCategory', c.category),
  )
  .property('Reason', 'string', (c) => c.reason)
  .property('TargetName', 'string', (c) => c.targetName)
  .property('TargetType', 'string', (c) => c.targetType)
  .property('Activity', 'string', (c) => c.activity)
  .method('string GetMessage()', (c) => c.psToString());

defineFamily((v): v is InvocationInfoView => v instanceof InvocationInfoView)
  .property('ScriptName', 'string', (i) => i.info.scriptName)
  .property('PSCommandPath', 'string', (i) => i.info.scriptName)
  .property('ScriptLineNumber', 'int', (i) => i.scriptLineNumber)
  .property('OffsetInLine', 'int', (i) => i.offsetInLine)
  .property('Line', 'string', (i) => i.line)
  .property('PositionMessage', 'string', (i) => i.positionMessage)
  .property('InvocationName', 'string', (i) => i.info.commandName ?? '')
  .property('MyCommand', 'System.Management.Automation.CommandInfo', (i) =>
    i.info.commandName ? new CommandInfoView(i.info.commandName) : null,
  );

defineFamily((v): v is CommandInfoView => v instanceof CommandInfoView)
  .property('Name', 'string', (c) => c.name)
  .property('CommandType', 'string', () => 'Cmdlet');

defineFamily((v): v is ErrorRecord => v instanceof ErrorRecord)
  .property('Exception', 'System.Exception', (r) => r.exception)
  .property('CategoryInfo', 'System.Management.Automation.ErrorCategoryInfo', (r) => new ErrorCategoryInfo(r))
  .property('FullyQualifiedErrorId', 'string', (r) => r.fullyQualifiedErrorId)
  .property('TargetObject', 'System.Object', (r) => r.targetObject)
  .property('InvocationInfo', 'System.Management.Automation.InvocationInfo', (r) =>
    r.invocationInfo ? new InvocationInfoView(r.invocationInfo) : null,
  )
  .property('ErrorDetails', 'System.Management.Automation.ErrorDetails', (r) =>
    r.errorDetailsMessage === null ? null : new ErrorDetailsView(r.errorDetailsMessage),
  )
  .property('ScriptStackTrace', 'string', (r) => {
    const i = r.invocationInfo ? new InvocationInfoView(r.invocationInfo) : null;
    return i && i.scriptLineNumber > 0
      ? `at <ScriptBlock>, ${r.invocationInfo!.scriptName || '<No file>'}: line ${i.scriptLineNumber}`
      : '';
  })
  .method('string ToString()', (r) => r.message);

/** $_.ErrorDetails. */
export class ErrorDetailsView {
  readonly psTypeName = 'System.Management.Automation.ErrorDetails';
  constructor(readonly message: string) {}
  psToString(): string {
    return this.message;
  }
}
defineFamily((v): v is ErrorDetailsView => v instanceof ErrorDetailsView)
  .property('Message', 'string', (d) => d.message)
  .property('RecommendedAction', 'string', () => null);

const HRESULTS: Record<string, number> = {
  'System.Exception': -2146233088,
  'System.Management.Automation.RuntimeException': -2146233087,
  'System.ArgumentException': -2147024809,
  'System.ArgumentNullException': -2147467261,
  'System.ArgumentOutOfRangeException': -2146233086,
  'System.InvalidOperationException': -2146233079,
  'System.FormatException': -2146233033,
  'System.NotImplementedException': -2147467263,
  'System.NotSupportedException': -2146233067,
};

defineFamily((v): v is PSException => v instanceof PSException)
  .property('Message', 'string', (e) => e.message)
  .property('InnerException', 'System.Exception', (e) => e.innerException)
  .property('ErrorRecord', 'System.Management.Automation.ErrorRecord', (e) => e.errorRecord)
  .property('HResult', 'int', (e) => HRESULTS[e.typeName] ?? -2146233088)
  .property('Source', 'string', () => null)
  .property('StackTrace', 'string', () => null)
  .property('HelpLink', 'string', () => null)
  .property(
    'ParamName',
    'string',
    (e) => (e.data.has('ParamName') ? e.data.get('ParamName') : undefined) ?? null,
  )
  .property('WasThrownFromThrowStatement', 'bool', (e) => e.data.get('WasThrownFromThrowStatement') === true)
  .method('System.Exception GetBaseException()', (e) => {
    let x = e;
    while (x.innerException) x = x.innerException;
    return x;
  })
  .method('string ToString()', (e) => exceptionToString(e));

/** Exception() messages, as .NET gives them when none is passed. */
const DEFAULT_MESSAGES: Record<string, string> = {
  'System.InvalidOperationException': 'Operation is not valid due to the current state of the object.',
  'System.ArgumentException': 'Value does not fall within the expected range.',
  'System.ArgumentNullException': 'Value cannot be null.',
  'System.ArgumentOutOfRangeException': 'Specified argument was out of the range of valid values.',
  'System.FormatException': 'One of the identified items was in an invalid format.',
  'System.NotImplementedException': 'The method or operation is not implemented.',
  'System.NotSupportedException': 'Specified method is not supported.',
  'System.UnauthorizedAccessException': 'Attempted to perform an unauthorized operation.',
  'System.Management.Automation.RuntimeException': 'System error.',
  'System.TimeoutException': 'The operation has timed out.',
  'System.IO.FileNotFoundException': 'Unable to find the specified file.',
  'System.Collections.Generic.KeyNotFoundException': 'The given key was not present in the dictionary.',
  'System.DivideByZeroException': 'Attempted to divide by zero.',
  'System.OverflowException': 'Arithmetic operation resulted in an overflow.',
  'System.NullReferenceException': 'Object reference not set to an instance of an object.',
  'System.IndexOutOfRangeException': 'Index was outside the bounds of the array.',
  'System.InvalidCastException': 'Specified cast is not valid.',
};

function defaultMessage(typeName: string): string {
  return DEFAULT_MESSAGES[typeName] ?? `Exception of type '${typeName}' was thrown.`;
}

const withParam = (message: string, param: string | null): string =>
  param ? `${message} (Parameter '${param}')` : message;
const inner = (v: unknown): PSException | null => (v instanceof PSException ? v : null);
const paramData = (p: string | null): Map<string, unknown> => new Map<string, unknown>([['ParamName', p]]);

/** The constructors of every exception type tenantsh knows. */
export function constructException(type: PSType, args: unknown[]): PSException {
  const t = type.fullName;
  const [a, b, c] = args;
  const isNull = exceptionDerivesFrom(t, 'System.ArgumentNullException');
  const isRange = exceptionDerivesFrom(t, 'System.ArgumentOutOfRangeException');
  if (isNull || isRange) {
    // (paramName) and (paramName, message): the parameter comes first.
    const param = str(a);
    const message =
      args.length >= 2 && !(b instanceof PSException) ? (str(b) ?? defaultMessage(t)) : defaultMessage(t);
    if (args.length >= 2 && b instanceof PSException)
      return new PSException(t, str(a) ?? defaultMessage(t), b);
    return new PSException(t, withParam(message, param), null, paramData(param));
  }
  if (exceptionDerivesFrom(t, 'System.ArgumentException')) {
    // (message), (message, paramName), (message, inner), (message, paramName, inner)
    const message = str(a) ?? defaultMessage(t);
    if (b instanceof PSException) return new PSException(t, message, b);
    const param = str(b);
    return new PSException(
      t,
      args.length === 0 ? defaultMessage(t) : withParam(message, param),
      inner(c),
      paramData(param),
    );
  }
  return new PSException(t, args.length === 0 || a === null ? defaultMessage(t) : (str(a) ?? ''), inner(b));
}

/** The constructors of an exception type, defined on first use. */
registerStaticsResolver((type) => {
  const fullName = type.fullName;
  if (!isKnownExceptionType(fullName)) return undefined;
  const s = defineStatics(fullName);
  s.constructors
    .method(`${fullName} new()`, (t) => constructException(t, []))
    .method(`${fullName} new(string message)`, (t, [m]) => constructException(t, [m]))
    .method(`${fullName} new(string message, System.Exception innerException)`, (t, [m, i]) =>
      constructException(t, [m, i]),
    )
    .method(`${fullName} new(string message, string paramName)`, (t, [m, p]) =>
      constructException(t, [m, p]),
    );
  return s;
});
