/**
 * A .NET regular expression compiled to a JS RegExp: the entry point for every regex use in the
 * runtime (-match, -replace, -split, switch -Regex, Select-String, [regex]).
 *
 * Semantics kept from .NET: group numbering (named groups after unnamed), `$` = end or before a
 * final newline, `^`/`$` with Multiline stop only at \n, `.` excludes only \n, Unicode `\w`, `\d`
 * (all Nd digits), `\s` and `\b`, class subtraction, `\p{..}`, atomic groups, inline options in any
 * scope, matching on UTF-16 code units (an emoji is two characters), .NET parse error messages.
 * Not supported (a clear NotSupportedException): balancing groups, `(?(group)yes|no)`,
 * `\G` other than at the very start, RightToLeft. A repeated group keeps only its last capture.
 */
import { parseDotNetPattern, type DotNetRegexOptions } from './dotnetRegexParser.js';
import type { GroupTable } from './groupTable.js';
import { emitJsRegex } from './jsRegexEmitter.js';
import { RegexMatch, type GroupSpan, type GroupSpec } from './matchResult.js';

export type { DotNetRegexOptions } from './dotnetRegexParser.js';

export class CompiledRegex {
  /** Group numbers and names in .NET order: 0, the numbered groups, then the named ones. */
  readonly groupSpecs: readonly GroupSpec[];
  private readonly regex: RegExp;
  /** For each entry of groupSpecs, the JS groups that carry it (last one wins). */
  private readonly jsGroupsOfSpec: readonly (readonly number[])[];

  constructor(
    readonly pattern: string,
    readonly options: Readonly<DotNetRegexOptions>,
    groups: GroupTable,
    readonly jsSource: string,
    readonly jsFlags: string,
    dotNetGroupOfJsGroup: readonly (number | null)[],
  ) {
    this.groupSpecs = groups.groups.map((g) => ({ number: g.number, name: g.name, named: g.named }));
    this.jsGroupsOfSpec = this.groupSpecs.map((spec) =>
      spec.number === 0 ? [0] : dotNetGroupOfJsGroup.flatMap((n, js) => (n === spec.number ? [js] : [])),
    );
    this.regex = new RegExp(jsSource, jsFlags);
  }

  get groupNumbers(): number[] {
    return this.groupSpecs.map((g) => g.number);
  }

  get groupNames(): string[] {
    return this.groupSpecs.map((g) => g.name);
  }

  /** Regex.GroupNumberFromName: -1 when there is no such group. */
  groupNumberFromName(name: string): number {
    const spec = this.groupSpecs.find((g) => g.name === name);
    if (spec) return spec.number;
    return /^\d+$/.test(name) && this.groupSpecs.some((g) => g.number === Number(name)) ? Number(name) : -1;
  }

  /** Regex.GroupNameFromNumber: '' when there is no such group. */
  groupNameFromNumber(n: number): string {
    return this.groupSpecs.find((g) => g.number === n)?.name ?? '';
  }

  /** Regex.Match(input, startAt). */
  match(input: string, startAt = 0): RegexMatch {
    return this.matchFrom(input, startAt);
  }

  /** Regex.Matches: every non-overlapping match from left to right. */
  matches(input: string, startAt = 0): RegexMatch[] {
    const out: RegexMatch[] = [];
    for (let m = this.match(input, startAt); m.success; m = m.nextMatch()) out.push(m);
    return out;
  }

  isMatch(input: string, startAt = 0): boolean {
    return this.match(input, startAt).success;
  }

  /**
   * Searches from `from`. After an empty match the next search starts one character later, as
   * .NET's NextMatch does, so `''` matches between every pair of characters exactly once.
   */
  private matchFrom(input: string, from: number): RegexMatch {
    if (from > input.length) return RegexMatch.failed(input, this.groupSpecs);
    this.regex.lastIndex = from;
    const found = this.regex.exec(input);
    if (!found) return RegexMatch.failed(input, this.groupSpecs);
    const indices = found.indices!;
    const spans: GroupSpan[] = this.jsGroupsOfSpec.map((jsGroups) => {
      for (let k = jsGroups.length - 1; k >= 0; k--) {
        const span = indices[jsGroups[k]!];
        if (span) return [span[0], span[1] - span[0]] as const;
      }
      return null;
    });
    const end = found.index + found[0].length;
    const next = found[0].length === 0 ? end + 1 : end;
    return new RegexMatch(input, this.groupSpecs, spans, () => this.matchFrom(input, next));
  }
}

const CACHE_LIMIT = 256;
const cache = new Map<string, CompiledRegex>();

/**
 * Compiles a .NET pattern; throws RegexParseError (.NET's message) for an invalid pattern and
 * RegexNotSupportedError for a construct the translation cannot express. Results are cached, since
 * scripts use the same few patterns over and over (-match in a loop).
 */
export function compileDotNetRegex(pattern: string, options: DotNetRegexOptions = {}): CompiledRegex {
  const opts: DotNetRegexOptions = {
    ignoreCase: !!options.ignoreCase,
    multiline: !!options.multiline,
    singleline: !!options.singleline,
    explicitCapture: !!options.explicitCapture,
    ignorePatternWhitespace: !!options.ignorePatternWhitespace,
  };
  const key =
    [opts.ignoreCase, opts.multiline, opts.singleline, opts.explicitCapture, opts.ignorePatternWhitespace]
      .map((b) => (b ? '1' : '0'))
      .join('') + pattern;
  const hit = cache.get(key);
  if (hit) {
    // Refresh its position so the cache evicts the least recently used pattern.
    cache.delete(key);
    cache.set(key, hit);
    return hit;
  }
  const { root, groups } = parseDotNetPattern(pattern, opts);
  const emitted = emitJsRegex(root, groups, pattern);
  const flags = 'd' + (emitted.sticky ? 'y' : 'g') + (emitted.ignoreCaseFlag ? 'i' : '');
  const compiled = new CompiledRegex(
    pattern,
    Object.freeze(opts),
    groups,
    emitted.source,
    flags,
    emitted.dotNetGroupOfJsGroup,
  );
  if (cache.size >= CACHE_LIMIT) cache.delete(cache.keys().next().value!);
  cache.set(key, compiled);
  return compiled;
}
