/**
 * $PSCmdlet in an advanced function: ShouldProcess, ShouldContinue, WriteObject/WriteError,
 * ThrowTerminatingError, ParameterSetName and MyInvocation, backed by the function's streams.
 */
import { toStr } from '../convert/toStringValue.js';
import { RuntimeError } from '../errors.js';
import { ErrorRecord } from '../values/exceptions.js';
import { PSReference, PSEnumValue } from '../values/scalars.js';
import { PSHashtable } from '../values/Hashtable.js';
import { ConversionError } from '../convert/ConversionError.js';
import type { CommandStreams } from '../pipeline/CommandStreams.js';
import type { CommandFrame } from '../compile/CommandFrame.js';
import { writeEnumerated } from '../pipeline/Processor.js';
import { toBool } from '../convert/toBoolean.js';

export { NOT_HANDLED, isRuntimeObject, type RuntimeObject } from '../values/RuntimeObject.js';
import { NOT_HANDLED, type RuntimeObject } from '../values/RuntimeObject.js';

export class PSCmdletValue implements RuntimeObject {
  readonly psTypeName = 'System.Management.Automation.PSScriptCmdlet';
  constructor(
    private readonly frame: CommandFrame,
    private readonly streams: CommandStreams,
    private readonly boundParameters: PSHashtable,
    private readonly myInvocation: unknown,
  ) {}

  psToString(): string {
    return this.frame.commandName;
  }

  psGetMember(name: string): unknown {
    switch (name) {
      case 'parametersetname':
        return this.frame.parameterSetName;
      case 'myinvocation':
        return this.myInvocation;
      case 'boundparameters':
        return this.boundParameters;
      default:
        return undefined;
    }
  }

  psInvoke(name: string, args: unknown[]): unknown {
    switch (name) {
      case 'shouldprocess':
        return this.shouldProcess(args);
      case 'shouldcontinue':
        return this.streams.shouldContinue(toStr(args[0]), toStr(args[1]));
      case 'writeobject':
        if (args.length > 1 && toBool(args[1])) writeEnumerated(this.frame.write, args[0]);
        else this.frame.write(args[0]);
        return null;
      case 'writeerror':
        if (args[0] instanceof ErrorRecord) this.streams.writeError(args[0]);
        return null;
      case 'writeverbose':
        this.streams.writeVerbose(toStr(args[0]));
        return null;
      case 'writewarning':
        this.streams.writeWarning(toStr(args[0]));
        return null;
      case 'writedebug':
        this.streams.writeDebug(toStr(args[0]));
        return null;
      case 'throwterminatingerror':
        if (args[0] instanceof ErrorRecord) throw new RuntimeError(args[0]);
        return null;
      default:
        return NOT_HANDLED;
    }
  }

  /** The overloads: (target), (target, action), (description, warning, caption[, [ref]reason]). */
  private shouldProcess(args: unknown[]): boolean {
    const command = this.frame.commandName;
    if (args.length === 1) return this.streams.shouldProcess(toStr(args[0]), command);
    if (args.length === 2) return this.streams.shouldProcess(toStr(args[0]), toStr(args[1]));
    const reason = args[3];
    if (reason instanceof PSReference) {
      const current = reason.get();
      if (current !== null && !(current instanceof PSEnumValue)) {
        // pwsh converts the [ref] variable to ShouldProcessReason before the call, and '' fails.
        throw new ConversionError(
          `Cannot convert value "${toStr(current)}" to type "System.Management.Automation.ShouldProcessReason". Error: "Unable to match the identifier name ${toStr(current)} to a valid enumerator name. Specify one of the following enumerator names and try again:\nNone, WhatIf"`,
          'System.Management.Automation.MethodInvocationException',
        );
      }
    }
    const ok = this.streams.shouldProcess(toStr(args[1]), toStr(args[2]), toStr(args[0]));
    if (reason instanceof PSReference) {
      const whatIf = this.streams.policy.whatIf;
      reason.set(new PSEnumValue('System.Management.Automation.ShouldProcessReason', whatIf ? 'WhatIf' : 'None', whatIf ? 1 : 0));
    }
    return ok;
  }
}
