import { syntaxErrorMessage, type SyntaxErrorId } from '../../grammar/syntax-errors.js';
import type { Extent } from './ast.js';

/** A parse error as pwsh reports it: its error id, its message, and where. */
export interface ParseError {
  id: SyntaxErrorId;
  message: string;
  extent: Extent;
}

export function parseError(id: SyntaxErrorId, extent: Extent, ...args: string[]): ParseError {
  return { id, message: syntaxErrorMessage(id, args), extent };
}
