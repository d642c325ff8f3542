/** One argument as written on a command line, after splatting has been expanded. */
import type { Extent } from '../../language/ast.js';

export interface CommandArgument {
  /** The parameter name as written, without the dash (null: a positional value). */
  readonly name: string | null;
  /** `-Name:value` or a splatted entry: the value travels with the name. */
  readonly hasValue: boolean;
  readonly value: unknown;
  readonly extent: Extent;
  /** From @splat: an explicit argument for the same parameter overrides it (pwsh 7.1). */
  readonly fromSplat?: boolean;
  /** The argument text as written (for `-foo` passed to a simple function's $args). */
  readonly text?: string;
}
