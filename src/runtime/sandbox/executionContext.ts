/**
 * $ExecutionContext exists (scripts test for it) but exposes nothing that reaches the host:
 * `$ExecutionContext.InvokeCommand` and `.SessionState` are refused with an error naming them.
 */
import { OperatorError } from '../operators/OperatorError.js';
import { NOT_HANDLED, type RuntimeObject } from '../functions/PSCmdletValue.js';

/**
 * `$ExecutionContext.InvokeCommand`: only ExpandString is offered (it expands a string in the
 * caller's scope, nothing more); the evaluator runs it because it needs the caller's frame.
 */
export class InvokeCommandIntrinsics implements RuntimeObject {
  readonly psTypeName = 'System.Management.Automation.CommandInvocationIntrinsics';
  psGetMember(): unknown {
    return undefined;
  }
  psInvoke(name: string): unknown {
    if (name === 'expandstring') return NOT_HANDLED;
    throw new OperatorError(
      '$ExecutionContext.InvokeCommand is not available in tenantsh, except its ExpandString method: scripts reach the system only through cmdlets.',
      'ExecutionContextNotAvailable',
      'System.Management.Automation.PSNotSupportedException',
    );
  }
}

export function restrictedExecutionContext(): RuntimeObject {
  const refuse = (member: string): never => {
    throw new OperatorError(
      `$ExecutionContext.${member} is not available in tenantsh: scripts reach the system only through cmdlets.`,
      'ExecutionContextNotAvailable',
      'System.Management.Automation.PSNotSupportedException',
    );
  };
  return {
    psTypeName: 'System.Management.Automation.EngineIntrinsics',
    psGetMember(name: string): unknown {
      if (name === 'invokecommand') return new InvokeCommandIntrinsics();
      return refuse(name === 'sessionstate' ? 'SessionState' : name);
    },
    psInvoke(name: string): unknown {
      if (name === 'tostring') return 'System.Management.Automation.EngineIntrinsics';
      void NOT_HANDLED;
      return refuse(name);
    },
  };
}
