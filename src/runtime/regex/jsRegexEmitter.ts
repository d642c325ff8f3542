/**
 * Writes a parsed .NET pattern as JavaScript RegExp source (no `u` flag, so both sides match
 * UTF-16 code units). Every capture becomes an unnamed JS group and a table maps JS group
 * indexes back to .NET group numbers, because .NET numbers named groups after unnamed ones.
 *
 * Case: when every case-sensitive part of the pattern is case-insensitive the JS `i` flag is used;
 * a pattern mixing `(?i)` and `(?-i)` regions is written without it, spelling out the case
 * variants of each insensitive character (the parser already case-closed insensitive classes).
 */
import { caseVariants, CharSet, MAX_CODE_UNIT } from './charSet.js';
import type { GroupTable } from './groupTable.js';
import type { AnchorKind, RegexNode } from './regexAst.js';
import { RegexNotSupportedError } from './regexErrors.js';
import { boundaryWordSet } from './unicodeSets.js';

export interface EmittedRegex {
  readonly source: string;
  readonly ignoreCaseFlag: boolean;
  /** The pattern began with `\G`: matching must be sticky. */
  readonly sticky: boolean;
  /** For JS group k (1-based; index 0 unused), the .NET group number, or null for helper groups. */
  readonly dotNetGroupOfJsGroup: readonly (number | null)[];
}

export function emitJsRegex(root: RegexNode, groups: GroupTable, pattern: string): EmittedRegex {
  let body = root;
  let sticky = false;
  if (isPreviousMatchEnd(root)) {
    body = { kind: 'empty' };
    sticky = true;
  } else if (root.kind === 'sequence' && root.items[0] && isPreviousMatchEnd(root.items[0])) {
    body = { kind: 'sequence', items: root.items.slice(1) };
    sticky = true;
  }
  const emitter = new Emitter(groups, pattern, usesUniformIgnoreCase(body));
  emitter.emit(body, true);
  const source = emitter.finish();
  return { source, ignoreCaseFlag: emitter.ignoreCaseFlag, sticky, dotNetGroupOfJsGroup: emitter.groupMap };
}

function isPreviousMatchEnd(node: RegexNode): boolean {
  return node.kind === 'anchor' && node.anchor === 'previousMatchEnd';
}

/** True when some part depends on case and all such parts are case-insensitive. */
function usesUniformIgnoreCase(root: RegexNode): boolean {
  let insensitive = false;
  let sensitive = false;
  const visit = (node: RegexNode): void => {
    switch (node.kind) {
      case 'char':
        if (caseVariants(node.code).length > 1) {
          if (node.ignoreCase) insensitive = true;
          else sensitive = true;
        }
        return;
      case 'set':
        if (!node.ignoreCase && node.set.caseClosure() !== node.set) sensitive = true;
        return;
      case 'backreference':
        if (node.ignoreCase) insensitive = true;
        else sensitive = true;
        return;
      case 'sequence':
        node.items.forEach(visit);
        return;
      case 'alternation':
        node.branches.forEach(visit);
        return;
      case 'capture':
      case 'group':
      case 'atomic':
      case 'look':
      case 'quantifier':
        visit(node.body);
        return;
      case 'conditional':
        visit(node.test);
        visit(node.yes);
        visit(node.no);
        return;
      case 'empty':
      case 'anchor':
        return;
    }
  };
  visit(root);
  return insensitive && !sensitive;
}

function hex4(code: number): string {
  return '\\u' + code.toString(16).padStart(4, '0');
}

function literal(code: number): string {
  const ch = String.fromCharCode(code);
  return /[A-Za-z0-9_ ]/.test(ch) ? ch : hex4(code);
}

export function classSource(set: CharSet): string {
  if (set.isEmpty) return '[]';
  if (set.size === MAX_CODE_UNIT + 1) return '[\\s\\S]';
  const negate = set.size > (MAX_CODE_UNIT + 1) / 2;
  const ranges = (negate ? set.complement() : set).ranges;
  const body = ranges.map(([a, b]) =>
    a === b ? hex4(a) : b === a + 1 ? hex4(a) + hex4(b) : `${hex4(a)}-${hex4(b)}`,
  );
  return (negate ? '[^' : '[') + body.join('') + ']';
}

let wordClass: string | null = null;
function boundaryWordClass(): string {
  wordClass ??= classSource(boundaryWordSet());
  return wordClass;
}

const ANCHORS: Record<
  Exclude<AnchorKind, 'wordBoundary' | 'notWordBoundary' | 'previousMatchEnd'>,
  string
> = {
  start: '^',
  // JS `^`/`$` with the m flag also stop at \r and U+2028/9; .NET only at \n.
  lineStart: '(?<![^\\n])',
  end: '$',
  endOrFinalNewline: '(?=\\n?$)',
  lineEnd: '(?![^\\n])',
};

/** A back reference whose JS group index is only known when the whole pattern is written. */
interface PendingBackreference {
  readonly group: number;
}

class Emitter {
  readonly groupMap: (number | null)[] = [null];
  private readonly parts: (string | PendingBackreference)[] = [];

  constructor(
    private readonly groups: GroupTable,
    private readonly pattern: string,
    readonly ignoreCaseFlag: boolean,
  ) {}

  /** Appends the source of `node`; `capturing` is false inside a copy that must not add groups. */
  emit(node: RegexNode, capturing: boolean): void {
    const out = this.parts;
    switch (node.kind) {
      case 'empty':
        return;
      case 'char':
        if (node.ignoreCase && !this.ignoreCaseFlag) {
          const variants = caseVariants(node.code);
          out.push(variants.length > 1 ? classSource(CharSet.of(...variants)) : literal(node.code));
        } else out.push(literal(node.code));
        return;
      case 'set':
        out.push(classSource(node.set));
        return;
      case 'anchor':
        out.push(this.anchor(node.anchor, node.offset));
        return;
      case 'sequence':
        for (const item of node.items) {
          if (item.kind === 'alternation') this.wrapped('(?:', item, ')', capturing);
          else this.emit(item, capturing);
        }
        return;
      case 'alternation':
        node.branches.forEach((b, i) => {
          if (i > 0) out.push('|');
          this.emit(b, capturing);
        });
        return;
      case 'capture':
        if (!capturing) {
          this.wrapped('(?:', node.body, ')', capturing);
          return;
        }
        this.groupMap.push(this.groups.numberOfCapture[node.capture] ?? null);
        this.wrapped('(', node.body, ')', capturing);
        return;
      case 'group':
        this.wrapped('(?:', node.body, ')', capturing);
        return;
      case 'atomic': {
        // (?>X) == (?=(X))\k: the lookahead cannot be backtracked into, the back reference consumes.
        this.groupMap.push(null);
        const index = this.groupMap.length - 1;
        this.wrapped('(?:(?=(', node.body, `))\\${index})`, capturing);
        return;
      }
      case 'look': {
        const open = { ahead: '(?=', notAhead: '(?!', behind: '(?<=', notBehind: '(?<!' }[node.look];
        this.wrapped(open, node.body, ')', capturing);
        return;
      }
      case 'conditional':
        // (?(T)Y|N) == (?:(?=T)Y|(?!T)N); the second copy of T must not add groups.
        this.wrapped('(?:(?=', node.test, ')', capturing);
        this.emit(node.yes, capturing);
        this.wrapped('|(?!', node.test, ')', false);
        this.emit(node.no, capturing);
        out.push(')');
        return;
      case 'quantifier':
        this.quantified(node.body, capturing);
        out.push(quantifierSource(node.min, node.max, node.lazy));
        return;
      case 'backreference':
        out.push('(?:', { group: node.group }, ')');
        return;
    }
  }

  private wrapped(open: string, body: RegexNode, close: string, capturing: boolean): void {
    this.parts.push(open);
    this.emit(body, capturing);
    this.parts.push(close);
  }

  /** The body of a quantifier, grouped unless it is a single character or class. */
  private quantified(body: RegexNode, capturing: boolean): void {
    if (
      (body.kind === 'char' || body.kind === 'set' || body.kind === 'capture' || body.kind === 'group') &&
      capturing
    ) {
      this.emit(body, capturing);
    } else this.wrapped('(?:', body, ')', capturing);
  }

  private anchor(kind: AnchorKind, offset: number): string {
    const w = boundaryWordClass();
    switch (kind) {
      case 'wordBoundary':
        return `(?:(?<=${w})(?!${w})|(?<!${w})(?=${w}))`;
      case 'notWordBoundary':
        return `(?:(?<=${w})(?=${w})|(?<!${w})(?!${w}))`;
      case 'previousMatchEnd':
        throw new RegexNotSupportedError(
          this.pattern,
          offset,
          '\\G (other than at the start of the pattern)',
        );
      default:
        return ANCHORS[kind];
    }
  }

  finish(): string {
    return this.parts
      .map((p) => {
        if (typeof p === 'string') return p;
        // The last JS group carrying that .NET number (a repeated name keeps its last capture).
        const index = this.groupMap.lastIndexOf(p.group);
        return index > 0 ? `\\${index}` : '';
      })
      .join('');
  }
}

function quantifierSource(min: number, max: number, lazy: boolean): string {
  let q: string;
  if (max === Infinity) q = min === 0 ? '*' : min === 1 ? '+' : `{${min},}`;
  else if (min === 0 && max === 1) q = '?';
  else q = min === max ? `{${min}}` : `{${min},${max}}`;
  return lazy ? q + '?' : q;
}
