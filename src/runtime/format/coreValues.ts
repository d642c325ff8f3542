/**
 * Minimal value classes for what core cmdlets output and pwsh has a view for: Group-Object's
 * GroupInfo, Measure-Object's GenericMeasureInfo, Get-Member's MemberDefinition and
 * Select-String's MatchInfo. The cmdlets that build them may extend these; the formatter only
 * needs the properties registered here.
 */
import { registerPropertyAdapter, type AdaptedProperty } from '../members/properties.js';

export class GroupInfo {
  readonly psTypeName = 'Microsoft.PowerShell.Commands.GroupInfo';
  constructor(
    readonly name: string,
    readonly values: readonly unknown[],
    readonly group: readonly unknown[],
  ) {}
  get count(): number {
    return this.group.length;
  }
}

/**
 * Group-Object -NoElement: the count without the members (pwsh's GroupInfoNoElement, which
 * derives from GroupInfo and so shows in GroupInfo's table view; it keeps that type name here).
 */
export class GroupInfoNoElement extends GroupInfo {
  constructor(
    name: string,
    values: readonly unknown[],
    private readonly memberCount: number,
  ) {
    super(name, values, []);
  }
  override get count(): number {
    return this.memberCount;
  }
}

export class GenericMeasureInfo {
  readonly psTypeName = 'Microsoft.PowerShell.Commands.GenericMeasureInfo';
  constructor(
    readonly count: number,
    readonly average: unknown = null,
    readonly sum: unknown = null,
    readonly maximum: unknown = null,
    readonly minimum: unknown = null,
    readonly standardDeviation: unknown = null,
    readonly property: string | null = null,
  ) {}
}

export class MemberDefinition {
  readonly psTypeName = 'Microsoft.PowerShell.Commands.MemberDefinition';
  constructor(
    readonly typeName: string,
    readonly name: string,
    readonly memberType: string,
    readonly definition: string,
  ) {}
}

/** Select-String -Context: the lines around a match, and the ones its display shows. */
export class MatchContext {
  readonly psTypeName = 'Microsoft.PowerShell.Commands.MatchInfoContext';
  constructor(
    readonly preContext: readonly string[],
    readonly postContext: readonly string[],
    /** The context lines not already shown with the previous match. */
    readonly displayPreContext: readonly string[],
    /** The context lines before the next match. */
    readonly displayPostContext: readonly string[],
  ) {}
}

export class MatchInfo {
  readonly psTypeName = 'Microsoft.PowerShell.Commands.MatchInfo';
  constructor(
    readonly line: string,
    readonly lineNumber: number,
    /** 'InputStream' for piped text, else the file's path. */
    readonly path: string,
    /** The path as shown, relative to the current directory (`d/m.txt`). */
    readonly displayPath: string,
    readonly pattern: string,
    readonly ignoreCase = true,
    /** The regex matches (System.Text.RegularExpressions.Match[]). */
    readonly matches: readonly unknown[] = [],
    readonly context: MatchContext | null = null,
  ) {}
  get fromInputStream(): boolean {
    return this.path === 'InputStream';
  }
  get filename(): string {
    return this.fromInputStream ? 'InputStream' : (this.path.split('/').pop() ?? this.path);
  }
  /**
   * MatchInfo.ToString(): the line, prefixed by `path:line:` for a file; with -Context, the
   * displayed context lines around it and `> ` marking the match.
   */
  psToString(): string {
    const prefix = (n: number): string => (this.fromInputStream ? '' : `${this.displayPath}:${n}:`);
    if (!this.context) return prefix(this.lineNumber) + this.line;
    const before = this.context.displayPreContext;
    const out = before.map((l, i) => `  ${prefix(this.lineNumber - before.length + i)}${l}`);
    out.push(`> ${prefix(this.lineNumber)}${this.line}`);
    this.context.displayPostContext.forEach((l, i) => out.push(`  ${prefix(this.lineNumber + 1 + i)}${l}`));
    return out.join('\n');
  }
}

const prop = (name: string, get: () => unknown, typeName?: string): AdaptedProperty => ({
  name,
  get,
  typeName,
});

registerPropertyAdapter((v): AdaptedProperty[] | null => {
  if (v instanceof GroupInfo) {
    return [
      prop('Count', () => v.count, 'int'),
      prop('Name', () => v.name, 'string'),
      prop('Group', () => [...v.group]),
      prop('Values', () => [...v.values]),
    ];
  }
  if (v instanceof GenericMeasureInfo) {
    return [
      prop('Count', () => v.count, 'int'),
      prop('Average', () => v.average),
      prop('Sum', () => v.sum),
      prop('Maximum', () => v.maximum),
      prop('Minimum', () => v.minimum),
      prop('StandardDeviation', () => v.standardDeviation),
      prop('Property', () => v.property, 'string'),
    ];
  }
  if (v instanceof MemberDefinition) {
    return [
      prop('TypeName', () => v.typeName, 'string'),
      prop('Name', () => v.name, 'string'),
      prop('MemberType', () => v.memberType),
      prop('Definition', () => v.definition, 'string'),
    ];
  }
  if (v instanceof MatchInfo) {
    return [
      prop('IgnoreCase', () => v.ignoreCase, 'bool'),
      prop('LineNumber', () => v.lineNumber, 'int'),
      prop('Line', () => v.line, 'string'),
      prop('Filename', () => v.filename, 'string'),
      prop('Path', () => v.path, 'string'),
      prop('Pattern', () => v.pattern, 'string'),
      prop('Context', () => v.context, 'Microsoft.PowerShell.Commands.MatchInfoContext'),
      prop('Matches', () => [...v.matches], 'System.Text.RegularExpressions.Match[]'),
    ];
  }
  if (v instanceof MatchContext) {
    return [
      prop('PreContext', () => [...v.preContext], 'string[]'),
      prop('PostContext', () => [...v.postContext], 'string[]'),
      prop('DisplayPreContext', () => [...v.displayPreContext], 'string[]'),
      prop('DisplayPostContext', () => [...v.displayPostContext], 'string[]'),
    ];
  }
  return null;
});
