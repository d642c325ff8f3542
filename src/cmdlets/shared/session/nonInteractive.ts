/** pwsh's error when a prompt finds no input (stdin exhausted or a terminal), for the prompting cmdlets. */
import type { ErrorSpec } from '../../../runtime/errors.js';
import { qualifiedErrorId } from './commandIds.js';

export function noInputError(cmdletName: string): ErrorSpec {
  return {
    message: 'PowerShell is in NonInteractive mode. Read and Prompt functionality is not available.',
    id: qualifiedErrorId('InvalidOperation', cmdletName),
    category: 'InvalidOperation',
    exceptionType: 'System.Management.Automation.PSInvalidOperationException',
  };
}
