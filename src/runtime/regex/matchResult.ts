/**
 * System.Text.RegularExpressions.Match, Group, Capture and GroupCollection as script-visible
 * values, and the `$Matches` hashtable pwsh builds from a successful -match.
 * Only the last capture of a repeated group is known (JS keeps no capture history), so a
 * successful group's Captures holds exactly one capture: the group itself, as in .NET for a
 * group that captured once.
 */
import { PSHashtable } from '../values/Hashtable.js';

/** Property names in the order pwsh lists them (Format-List *, Get-Member). */
export const CAPTURE_PROPERTY_NAMES = Object.freeze(['Index', 'Length', 'Value', 'ValueSpan']);
export const GROUP_PROPERTY_NAMES = Object.freeze([
  'Success',
  'Name',
  'Captures',
  'Index',
  'Length',
  'Value',
  'ValueSpan',
]);
export const MATCH_PROPERTY_NAMES = Object.freeze(['Groups', ...GROUP_PROPERTY_NAMES]);

/** Where a group matched: [index, length] in the input, or null when it did not participate. */
export type GroupSpan = readonly [number, number] | null;

/** A group's identity: its .NET number and the name Regex.GetGroupNames() gives it. */
export interface GroupSpec {
  readonly number: number;
  readonly name: string;
  /** True for a named group (its `$Matches` key is the name, not the number). */
  readonly named: boolean;
}

export class RegexCapture {
  readonly psTypeName: string = 'System.Text.RegularExpressions.Capture';
  constructor(
    protected readonly input: string,
    readonly index: number,
    readonly length: number,
  ) {}

  get value(): string {
    return this.input.slice(this.index, this.index + this.length);
  }

  psToString(): string {
    return this.value;
  }
}

export class RegexGroup extends RegexCapture {
  override readonly psTypeName: string = 'System.Text.RegularExpressions.Group';
  constructor(
    input: string,
    span: GroupSpan,
    readonly name: string,
  ) {
    super(input, span ? span[0] : 0, span ? span[1] : 0);
    this.success = span !== null;
  }

  readonly success: boolean;

  get captures(): readonly RegexCapture[] {
    return this.success ? [this] : [];
  }
}

/**
 * System.Text.RegularExpressions.GroupCollection: indexable by group number or by name.
 * Enumerating it (and Count) goes by position, but .NET fetches each position as a group
 * *number*; when numbers have gaps (`(?<7>...)`) the missing numbers come out as an empty group
 * with no name, and pwsh shows exactly that, so `items` reproduces it.
 */
export class RegexGroupCollection {
  readonly psTypeName = 'System.Text.RegularExpressions.GroupCollection';
  private readonly byNumber = new Map<number, RegexGroup>();
  private readonly byName = new Map<string, RegexGroup>();

  constructor(
    /** The groups in .NET order (group 0 first, then by number). */
    readonly inOrder: readonly RegexGroup[],
    specs: readonly GroupSpec[],
    private readonly input: string,
  ) {
    specs.forEach((spec, i) => {
      this.byNumber.set(spec.number, inOrder[i]!);
      this.byName.set(spec.name, inOrder[i]!);
    });
  }

  get count(): number {
    return this.inOrder.length;
  }

  /** `$m.Groups[1]` and `$m.Groups['name']` (the evaluator's indexer protocol). */
  psIndex(key: unknown): unknown {
    if (typeof key === 'number') return this.get(key);
    if (typeof key === 'string') return /^\d+$/.test(key) ? this.get(Number(key)) : this.get(key);
    return this.get(String(key));
  }

  /** Enumeration in pipelines and foreach. */
  psEnumerate(): unknown[] {
    return this.items;
  }

  /** What `foreach ($g in $m.Groups)` sees. */
  get items(): RegexGroup[] {
    return this.inOrder.map((_, position) => this.get(position));
  }

  /** `Groups[1]` looks up a group number, `Groups['name']` a name (case-sensitively); unknown keys give a failed group. */
  get(key: number | string): RegexGroup {
    const found =
      typeof key === 'number'
        ? this.byNumber.get(key)
        : (this.byName.get(key) ?? (/^\d+$/.test(key) ? this.byNumber.get(Number(key)) : undefined));
    return found ?? new RegexGroup(this.input, null, '');
  }

  has(key: number | string): boolean {
    return typeof key === 'number' ? this.byNumber.has(key) : this.byName.has(key);
  }

  /** GroupCollection.Keys (by position, like the enumeration). */
  get keys(): string[] {
    return this.items.map((g) => g.name);
  }
}

export class RegexMatch extends RegexGroup {
  override readonly psTypeName: string = 'System.Text.RegularExpressions.Match';
  readonly groups: RegexGroupCollection;

  constructor(
    input: string,
    specs: readonly GroupSpec[],
    spans: readonly GroupSpan[],
    /** Finds the following match (Match.NextMatch()); absent for a failed match. */
    private readonly findNext: (() => RegexMatch) | null = null,
  ) {
    super(input, spans[0] ?? null, '0');
    const items = specs.map((spec, i) =>
      i === 0 ? this : new RegexGroup(input, spans[i] ?? null, spec.name),
    );
    this.groups = new RegexGroupCollection(items, specs, input);
    this.specs = specs;
  }

  /** The group numbers and names of the regex that made this match. */
  readonly specs: readonly GroupSpec[];

  /** Match.Empty for `input`: what Regex.Match returns when nothing matched. */
  static failed(
    input: string,
    specs: readonly GroupSpec[] = [{ number: 0, name: '0', named: false }],
  ): RegexMatch {
    return new RegexMatch(
      input,
      specs,
      specs.map(() => null),
    );
  }

  nextMatch(): RegexMatch {
    return this.findNext ? this.findNext() : RegexMatch.failed(this.input, this.specs);
  }

  /** The whole input string the match was made against. */
  get text(): string {
    return this.input;
  }
}

/**
 * The `$Matches` hashtable after a successful -match: one entry per successful group, named
 * groups under their name (String) and the others under their number (Int32). pwsh's Hashtable
 * lists string keys first (in hash order, which varies between runs) and then the numbers from
 * highest to lowest; this insertion order reproduces that.
 */
export function matchesToHashtable(match: RegexMatch): PSHashtable {
  const table = new PSHashtable();
  const successful = match.specs
    .map((spec, i) => ({ spec, group: match.groups.inOrder[i]! }))
    .filter((e) => e.group.success);
  for (const { spec, group } of successful) if (spec.named) table.set(spec.name, group.value);
  for (const { spec, group } of [...successful].reverse())
    if (!spec.named) table.set(spec.number, group.value);
  return table;
}
