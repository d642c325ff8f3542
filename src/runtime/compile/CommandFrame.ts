/**
 * What a running function or script knows about its own invocation: $PSCmdlet's state (the bound
 * parameters, the parameter set, ShouldProcess), $MyInvocation, and where its output goes.
 */
import type { Extent } from '../../language/ast.js';
import type { CommandMetadata } from '../commands/metadata.js';

export interface CommandFrame {
  readonly commandName: string;
  readonly metadata: CommandMetadata | null;
  /** PSBoundParameters: name as declared -> value. */
  readonly boundParameters: Map<string, unknown>;
  parameterSetName: string;
  readonly invocationExtent: Extent | null;
  /** The script file running this frame (for $PSScriptRoot / $PSCommandPath). */
  readonly scriptPath: string;
  /** Writes to the function's output (for $PSCmdlet.WriteObject). */
  readonly write: (value: unknown) => void;
  readonly expectingInput: boolean;
}
