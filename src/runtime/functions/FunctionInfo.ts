/** A function or filter defined by a script (`function Name { }`), as the command table holds it. */
import type { ScriptBlockValue } from '../values/ScriptBlock.js';

export interface FunctionInfo {
  readonly kind: 'Function' | 'Filter';
  readonly name: string;
  readonly scriptBlock: ScriptBlockValue;
}
