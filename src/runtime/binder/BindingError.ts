/** pwsh's ParameterBindingException texts and ids. */
import type { Extent } from '../../language/ast.js';
import { runtimeError, type RuntimeError } from '../errors.js';

export function bindingError(commandName: string, message: string, id: string, extent: Extent | null, category: 'InvalidArgument' | 'InvalidData' = 'InvalidArgument', target: unknown = null): RuntimeError {
  return runtimeError({
    message,
    id: `${id},${commandName}`,
    category,
    exceptionType: 'System.Management.Automation.ParameterBindingException',
    commandName,
    extent,
    target,
  });
}
