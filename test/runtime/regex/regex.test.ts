/**
 * Runs every pwsh-verified row of regex.cases.ts through the regex layer. The section names say
 * which pwsh expression produced the expected lines (see oracle/gen.mjs).
 */
import { describe, expect, it } from 'vitest';
import { compileDotNetRegex } from '../../../src/runtime/regex/dotnetRegex.js';
import { matchesToHashtable, type RegexMatch } from '../../../src/runtime/regex/matchResult.js';
import { regexReplace } from '../../../src/runtime/regex/replace.js';
import {
  parseSplitOptions,
  splitByPattern,
  splitByPredicate,
  unarySplit,
} from '../../../src/runtime/regex/split.js';
import {
  regexOptionsFromFlags,
  parseRegexOptions,
  regexStatics,
} from '../../../src/runtime/regex/regexStatics.js';
import {
  escapeWildcards,
  hasWildcards,
  unescapeWildcards,
  isWildcardMatch,
} from '../../../src/runtime/regex/wildcard.js';
import { REGEX_CASES } from './regex.cases.js';

/** The pwsh oracle's one-line summary of a Match (see SUMMARY in oracle/gen.mjs). */
function summary(m: RegexMatch): string {
  if (!m.success) return 'False';
  return (
    'True ' + m.groups.items.map((g) => g.name + '=' + (g.success ? `${g.index}:${g.value}` : '-')).join(';')
  );
}

/** Turns a thrown error into the oracle's '!Type: message' form where the row expects one. */
function orError(run: () => string[]): string[] {
  try {
    return run();
  } catch (e) {
    const err = e as Error & { dotnetType?: string; errorId?: string };
    const type =
      err.errorId === 'InvalidSplitOptionCombination'
        ? 'System.Management.Automation.ParseException'
        : (err.dotnetType ?? 'Error');
    return ['!' + type + ': ' + err.message];
  }
}

const str = (v: string | number | undefined): string => String(v ?? '');

function run(section: string, args: ReadonlyArray<string | number>): string[] {
  const [a0, a1, a2, a3, a4] = args;
  switch (section) {
    case 'match':
      return [
        summary(
          compileDotNetRegex(str(a0), regexOptionsFromFlags(parseRegexOptions(str(a2)))).match(str(a1)),
        ),
      ];
    case 'matches':
      return regexStatics.matches(str(a1), str(a0), str(a2)).map((m) => `${m.index}:${m.value}`);
    case 'error':
      try {
        compileDotNetRegex(str(a0));
        return ['OK'];
      } catch (e) {
        return [(e as Error).message];
      }
    case 'replace':
      return [regexReplace(compileDotNetRegex(str(a1), { ignoreCase: a3 === '-replace' }), str(a0), str(a2))];
    case 'split':
      return orError(() =>
        splitByPattern(str(a0), str(a1), {
          limit: Number(a2),
          options: a3 === '' ? undefined : parseSplitOptions(str(a3)),
          caseSensitive: a4 === '-csplit',
        }),
      );
    case 'unarySplit':
      return unarySplit(str(a0));
    case 'predicateSplit':
      return splitByPredicate(str(a0), (ch) => str(a1).includes(ch), Number(a2));
    case 'like':
      return orError(() => [
        isWildcardMatch(str(a0), str(a1), { caseSensitive: a2 === '-clike' }) ? 'True' : 'False',
      ]);
    case 'regexEscape':
      return [regexStatics.escape(str(a0))];
    case 'regexUnescape':
      try {
        return [regexStatics.unescape(str(a0))];
      } catch (e) {
        return ['!' + (e as Error).message];
      }
    case 'wildcardStatics':
      return [escapeWildcards(str(a0)), unescapeWildcards(str(a0)), hasWildcards(str(a0)) ? 'True' : 'False'];
    case 'matchesTable': {
      const table = matchesToHashtable(
        compileDotNetRegex(str(a1), { ignoreCase: a2 === '-match' }).match(str(a0)),
      );
      return [...table.pairs()].map(
        ([k, v]) => `${typeof k === 'number' ? 'Int32' : 'String'} ${String(k)}=${String(v)}`,
      );
    }
    default:
      throw new Error('unknown section ' + section);
  }
}

describe('pwsh-verified regex behaviour', () => {
  for (const [section, args, expected] of REGEX_CASES) {
    it(`${section} ${JSON.stringify(args)}`, () => {
      expect(run(section, args)).toEqual(expected);
    });
  }
});
