/** A script block value: its AST and, once compiled, the runtime's compiled form. */
import type { ScriptBlockAst } from '../../language/ast.js';

export class ScriptBlockValue {
  /** Set by the runtime the first time the block runs (compiled closures are cached here). */
  compiled: unknown = null;
  /** GetNewClosure(): the scope holding the variables captured when the closure was made. */
  closure: unknown = null;
  constructor(
    readonly ast: ScriptBlockAst,
    /** The text between the braces, which is what `"$sb"` and `.ToString()` give. */
    readonly text: string,
    /** A filter's body runs per pipeline object as if it were a process block. */
    readonly isFilter = false,
  ) {}
  toString(): string {
    return this.text;
  }
}
