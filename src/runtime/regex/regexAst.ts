/**
 * The parsed form of a .NET pattern. Inline options are already applied: every node that depends
 * on IgnoreCase, Multiline or Singleline carries the value in force where it was written, so the
 * emitter never has to track `(?i)` scopes.
 */
import type { CharSet } from './charSet.js';

export type AnchorKind =
  | 'start' // \A, ^ without Multiline
  | 'lineStart' // ^ with Multiline
  | 'end' // \z
  | 'endOrFinalNewline' // \Z, $ without Multiline
  | 'lineEnd' // $ with Multiline
  | 'wordBoundary'
  | 'notWordBoundary'
  | 'previousMatchEnd'; // \G

export type LookKind = 'ahead' | 'notAhead' | 'behind' | 'notBehind';

export type RegexNode =
  | { readonly kind: 'empty' }
  | { readonly kind: 'char'; readonly code: number; readonly ignoreCase: boolean }
  | { readonly kind: 'set'; readonly set: CharSet; readonly ignoreCase: boolean }
  | { readonly kind: 'anchor'; readonly anchor: AnchorKind; readonly offset: number }
  | { readonly kind: 'sequence'; readonly items: readonly RegexNode[] }
  | { readonly kind: 'alternation'; readonly branches: readonly RegexNode[] }
  /** A capturing group; `capture` indexes the parser's capture list (pattern order). */
  | { readonly kind: 'capture'; readonly capture: number; readonly body: RegexNode }
  | { readonly kind: 'group'; readonly body: RegexNode }
  | { readonly kind: 'atomic'; readonly body: RegexNode }
  | { readonly kind: 'look'; readonly look: LookKind; readonly body: RegexNode }
  /** `(?(?=x)yes|no)` and `(?(x)yes|no)` with x not a group. */
  | {
      readonly kind: 'conditional';
      readonly test: RegexNode;
      readonly yes: RegexNode;
      readonly no: RegexNode;
    }
  | {
      readonly kind: 'quantifier';
      readonly body: RegexNode;
      readonly min: number;
      readonly max: number; // Infinity for no upper bound
      readonly lazy: boolean;
    }
  /** A back reference to the .NET group number `group`. */
  | { readonly kind: 'backreference'; readonly group: number; readonly ignoreCase: boolean };

/** One capturing group as written: `(...)`, `(?<name>...)` or `(?<7>...)`. */
export interface CaptureDecl {
  /** The name for a named group; null for an unnamed or explicitly numbered one. */
  readonly name: string | null;
  /** The number written in `(?<7>...)`, else null. */
  readonly explicitNumber: number | null;
}
