/**
 * The object model (Match, Group, [regex] instances), the error wrappers and the limits of the
 * translation. Expected values were produced by pwsh 7.6.9 (the snippet is in each test's name
 * or comment).
 */
import { describe, expect, it } from 'vitest';
import { typeNameOf } from '../../../src/runtime/types/typeNameOf.js';
import { compileDotNetRegex } from '../../../src/runtime/regex/dotnetRegex.js';
import { matchesToHashtable, RegexMatch } from '../../../src/runtime/regex/matchResult.js';
import {
  invalidRegexOperatorMessage,
  regexCastErrorMessage,
  RegexNotSupportedError,
  RegexParseError,
  selectStringInvalidRegexMessage,
  SplitOptionError,
} from '../../../src/runtime/regex/regexErrors.js';
import { regexReplace } from '../../../src/runtime/regex/replace.js';
import { DotNetRegex, parseRegexOptions, regexStatics } from '../../../src/runtime/regex/regexStatics.js';
import { parseSplitOptions, regexSplit, splitByPattern } from '../../../src/runtime/regex/split.js';
import { WildcardPattern } from '../../../src/runtime/regex/wildcard.js';

describe('RegexMatch', () => {
  it('walks matches with NextMatch', () => {
    // $m = [regex]::Match('a1b22', '\d+'); $m.Value; $m.NextMatch().Value; ...Index; ...NextMatch().Success
    const m = regexStatics.match('a1b22', '\\d+');
    expect(m.value).toBe('1');
    expect(m.nextMatch().value).toBe('22');
    expect(m.nextMatch().index).toBe(3);
    expect(m.nextMatch().nextMatch().success).toBe(false);
  });

  it('exposes groups by number and by case-sensitive name', () => {
    // $m = [regex]::Match('xaby', '(?<n>a)(b)(q)?')
    const m = regexStatics.match('xaby', '(?<n>a)(b)(q)?');
    expect(typeNameOf(m)).toBe('System.Text.RegularExpressions.Match');
    expect(typeNameOf(m.groups)).toBe('System.Text.RegularExpressions.GroupCollection');
    expect(typeNameOf(m.groups.get(1))).toBe('System.Text.RegularExpressions.Group');
    expect(m.groups.get(0)).toBe(m);
    expect(m.groups.count).toBe(4);
    expect(m.groups.keys).toEqual(['0', '1', '2', 'n']);
    expect(m.groups.get(1).captures.length).toBe(1);
    expect(m.groups.get(1).captures[0]!.value).toBe('b');
    expect(m.groups.get(2).captures.length).toBe(0);
    expect(m.captures[0]!.value).toBe('ab');
    expect(m.groups.get('n').psToString()).toBe('a');
    expect(m.groups.get(3).name).toBe('n');
    expect(m.groups.get('N').success).toBe(false);
    expect(m.groups.get('N').name).toBe('');
    expect(m.groups.get(9).success).toBe(false);
    expect(m.psToString()).toBe('ab');
  });

  it('a failed match is Match.Empty', () => {
    const m = regexStatics.match('x', 'q');
    expect([m.success, m.name, m.index, m.length, m.value, m.captures.length]).toEqual([
      false,
      '0',
      0,
      0,
      '',
      0,
    ]);
    expect(m.groups.keys).toEqual(['0']);
    expect(RegexMatch.failed('x').success).toBe(false);
  });

  it('enumerates sparse group numbers the way .NET does', () => {
    // $m = [regex]::Match('abcde', '(?<n>a)(b)(?<7>c)(?<m>d)(e)'); $m.Groups[7].Value; $m.Groups.Count; $m.Groups.Keys -join ','
    const m = regexStatics.match('abcde', '(?<n>a)(b)(?<7>c)(?<m>d)(e)');
    expect(m.groups.get(7).value).toBe('c');
    expect(m.groups.count).toBe(6);
    expect(m.groups.keys.join(',')).toBe('0,1,2,n,m,');
    // $null = 'abcde' -match '...'; $Matches.Keys | % { "$_=$($Matches[$_])" }
    const table = matchesToHashtable(m);
    expect([...table.pairs()].map(([k, v]) => `${String(k)}=${String(v)}`)).toEqual([
      'n=a',
      'm=d',
      '7=c',
      '2=e',
      '1=b',
      '0=abcde',
    ]);
    // 'xabcdey' -split '(?<n>a)(b)(?<7>c)(?<m>d)(e)'
    expect(splitByPattern('xabcdey', '(?<n>a)(b)(?<7>c)(?<m>d)(e)')).toEqual([
      'x',
      'b',
      'e',
      'a',
      'd',
      '',
      'y',
    ]);
  });

  it('keeps names that are JS property names as plain names', () => {
    const m = regexStatics.match('a', '(?<__proto__>a)(?<constructor>)');
    expect(m.groups.get('__proto__').value).toBe('a');
    expect(m.groups.get('constructor').success).toBe(true);
    expect(matchesToHashtable(m).get('__proto__')).toBe('a');
  });
});

describe('[regex] instances and statics', () => {
  // $r = [regex]::new('(?<x>a)(b)', 'IgnoreCase, Multiline')
  const r = new DotNetRegex('(?<x>a)(b)', parseRegexOptions('IgnoreCase, Multiline'));

  it('reports groups and options', () => {
    expect(typeNameOf(r)).toBe('System.Text.RegularExpressions.Regex');
    expect(r.getGroupNames()).toEqual(['0', '1', 'x']);
    expect(r.getGroupNumbers()).toEqual([0, 1, 2]);
    expect(r.groupNameFromNumber(2)).toBe('x');
    expect(r.groupNumberFromName('x')).toBe(2);
    expect(r.groupNumberFromName('zz')).toBe(-1);
    expect(r.groupNameFromNumber(9)).toBe('');
    expect(r.optionsText).toBe('IgnoreCase, Multiline');
    expect(new DotNetRegex('a').optionsText).toBe('None');
    expect(r.psToString()).toBe('(?<x>a)(b)');
    expect(r.matchTimeout.ticks).toBe(-10000n);
  });

  it('matches, replaces and splits', () => {
    expect(r.match('AB').value).toBe('AB');
    expect(r.replace('xaBy', '[$2$1]')).toBe('x[aB]y');
    expect(r.split('1ab2').join('|')).toBe('1|b|a|2');
    expect(r.isMatch('b')).toBe(false);
    expect(r.replace('abab', '-', 1)).toBe('-ab');
    expect(r.replace('abab', '-', -1, 1)).toBe('ab-');
  });

  it('honours startAt without moving ^', () => {
    const a = new DotNetRegex('a');
    expect(a.match('bab', 2).success).toBe(false);
    expect(a.match('bab', 1).index).toBe(1);
    expect(new DotNetRegex('^a').match('bab', 1).success).toBe(false);
    expect(new DotNetRegex('\\d').split('a1b2c', 2).join('|')).toBe('a|b2c');
  });

  it('statics are case-sensitive unless told otherwise', () => {
    expect(regexStatics.split('a1b2c', '(\\d)').join('|')).toBe('a|1|b|2|c');
    expect(regexStatics.replace('aXa', 'x', 'y')).toBe('aXa');
    expect(regexStatics.replace('aXa', 'x', 'y', 'IgnoreCase')).toBe('aya');
    expect(regexStatics.isMatch('aXa', 'x')).toBe(false);
    expect(regexStatics.matches('aaa', 'a', 'None').length).toBe(3);
  });

  it('takes a match evaluator', () => {
    // [regex]::Replace('abc', 'b', { param($m) $m.Value.ToUpper() })
    expect(regexStatics.replace('abc', 'b', (m) => m.value.toUpperCase())).toBe('aBc');
    // 'abc' -replace 'b', { $_.Value.ToUpper() + $_.Index }
    expect(
      regexReplace(
        compileDotNetRegex('b', { ignoreCase: true }),
        'abc',
        (m) => m.value.toUpperCase() + m.index,
      ),
    ).toBe('aB1c');
  });

  it('rejects unknown option names with the cast message', () => {
    expect(() => parseRegexOptions('Bogus')).toThrow(
      'Cannot convert value "Bogus" to type "System.Text.RegularExpressions.RegexOptions".',
    );
  });
});

describe('errors', () => {
  it('raises RegexParseException with .NET text', () => {
    const err = (() => {
      try {
        compileDotNetRegex('a(');
      } catch (e) {
        return e;
      }
      return null;
    })();
    expect(err).toBeInstanceOf(RegexParseError);
    expect((err as RegexParseError).dotnetType).toBe('System.Text.RegularExpressions.RegexParseException');
    expect((err as RegexParseError).offset).toBe(2);
    expect((err as RegexParseError).message).toBe("Invalid pattern 'a(' at offset 2. Not enough )'s.");
  });

  it('gives the pwsh wrapper messages', () => {
    // try { 'a' -replace 'a(', 'x' } catch { $_.Exception.Message }
    expect(invalidRegexOperatorMessage('a(')).toBe('The regular expression pattern a( is not valid.');
    const inner = "Invalid pattern 'a(' at offset 2. Not enough )'s.";
    // 'a' | Select-String 'a('
    expect(selectStringInvalidRegexMessage('a(', inner)).toBe(
      "The string a( is not a valid regular expression: Invalid pattern 'a(' at offset 2. Not enough )'s.",
    );
    // [regex]'a('
    expect(regexCastErrorMessage('a(', inner)).toBe(
      `Cannot convert value "a(" to type "System.Text.RegularExpressions.Regex". Error: "Invalid pattern 'a(' at offset 2. Not enough )'s."`,
    );
  });

  it('rejects an unknown -split option', () => {
    // 'a' -split 'x', 0, 'Bogus'
    expect(() => parseSplitOptions('Bogus')).toThrow(SplitOptionError);
    expect(() => parseSplitOptions('Bogus')).toThrow(
      'Cannot convert value "Bogus" to type "System.Management.Automation.SplitOptions". Error: "Unable to match the identifier name Bogus to a valid enumerator name. Specify one of the following enumerator names and try again:\n' +
        'SimpleMatch, RegexMatch, CultureInvariant, IgnorePatternWhitespace, Multiline, Singleline, IgnoreCase, ExplicitCapture"',
    );
  });

  it.each([
    ['(?<a>x)(?<b-a>y)', 'balancing group'],
    ['(a)(?(1)b|c)', '(?(number)...)'],
    ['(?<a>x)(?(a)b|c)', '(?(name)...)'],
    ['a\\G', '\\G'],
  ])('reports %s as not supported', (pattern, construct) => {
    expect(() => compileDotNetRegex(pattern)).toThrow(RegexNotSupportedError);
    expect(() => compileDotNetRegex(pattern)).toThrow(construct);
  });

  it('refuses RightToLeft', () => {
    expect(() => new DotNetRegex('a', parseRegexOptions('RightToLeft'))).toThrow('RightToLeft');
  });
});

describe('compilation', () => {
  it('caches by pattern and options', () => {
    expect(compileDotNetRegex('a+b')).toBe(compileDotNetRegex('a+b'));
    expect(compileDotNetRegex('a+b', { ignoreCase: true })).not.toBe(compileDotNetRegex('a+b'));
  });

  it('uses the JS i flag only for uniformly insensitive patterns', () => {
    expect(compileDotNetRegex('abc', { ignoreCase: true }).jsFlags).toContain('i');
    expect(compileDotNetRegex('a(?-i)bc', { ignoreCase: true }).jsFlags).not.toContain('i');
    expect(compileDotNetRegex('a(?-i)bc', { ignoreCase: true }).isMatch('Abc')).toBe(true);
    expect(compileDotNetRegex('a(?-i)bc', { ignoreCase: true }).isMatch('ABc')).toBe(false);
  });

  it('keeps the i flag when a case-neutral class sits beside insensitive text', () => {
    // 'axA' -match '(a).\1'
    const r = compileDotNetRegex('(a).\\1', { ignoreCase: true });
    expect(r.jsFlags).toContain('i');
    expect(r.isMatch('axA')).toBe(true);
  });

  it('splits with Regex.Split semantics', () => {
    expect(regexSplit(compileDotNetRegex(','), 'a,b,c', 2)).toEqual(['a', 'b,c']);
  });
});

describe('WildcardPattern', () => {
  it('matches whole strings, ignoring case by default', () => {
    expect(new WildcardPattern('*.TXT').isMatch('notes.txt')).toBe(true);
    expect(new WildcardPattern('*.TXT', { caseSensitive: true }).isMatch('notes.txt')).toBe(false);
    expect(new WildcardPattern('note').isMatch('notes')).toBe(false);
  });
});
