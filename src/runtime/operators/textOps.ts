/**
 * The text operators: -like, -match (setting $Matches), -replace (with .NET substitutions or a
 * script block), -split and -join. Regular expressions are .NET's, through regex/.
 */
import { toStr } from '../convert/toStringValue.js';
import { asNumber } from '../convert/toNumber.js';
import { toDouble } from '../values/numbers.js';
import { enumerableItems } from '../values/enumerate.js';
import { ScriptBlockValue } from '../values/ScriptBlock.js';
import { compileDotNetRegex, type CompiledRegex } from '../regex/dotnetRegex.js';
import { matchesToHashtable, type RegexMatch } from '../regex/matchResult.js';
import { regexReplace } from '../regex/replace.js';
import { parseSplitOptions, splitByPattern, splitByPredicate, unarySplit as splitWhitespace } from '../regex/split.js';
import { wildcardToRegex } from '../regex/wildcard.js';
import { RegexParseError, invalidRegexOperatorMessage, INVALID_REGEX_OPERATOR_ERROR_ID } from '../regex/regexErrors.js';
import type { Ctx } from '../compile/Ctx.js';
import { invokeScriptBlock } from '../functions/invokeScriptBlock.js';
import { OperatorError } from './OperatorError.js';
import { toBool } from '../convert/toBoolean.js';

const wildcards = new Map<string, RegExp>();

export function likeOp(left: unknown, pattern: unknown, caseSensitive: boolean): boolean {
  const p = toStr(pattern);
  const key = (caseSensitive ? 'c' : 'i') + p;
  let re = wildcards.get(key);
  if (!re) {
    re = wildcardToRegex(p, { caseSensitive });
    if (wildcards.size > 512) wildcards.clear();
    wildcards.set(key, re);
  }
  return re.test(toStr(left));
}

/** -match and -split raise .NET's RegexParseException as it is; -replace and switch -Regex wrap it. */
function compile(pattern: string, caseSensitive: boolean): CompiledRegex {
  return compileDotNetRegex(pattern, { ignoreCase: !caseSensitive });
}

function compileWrapped(pattern: string, caseSensitive: boolean): CompiledRegex {
  try {
    return compileDotNetRegex(pattern, { ignoreCase: !caseSensitive });
  } catch (e) {
    if (e instanceof RegexParseError) {
      throw new OperatorError(`${invalidRegexOperatorMessage(pattern)}`, INVALID_REGEX_OPERATOR_ERROR_ID, 'System.Management.Automation.RuntimeException');
    }
    throw e;
  }
}

function setMatches(ctx: Ctx, m: RegexMatch): void {
  ctx.scope.setLocal('matches', 'Matches', matchesToHashtable(m));
}

/** `-match`: on a scalar, a boolean and $Matches; on a collection, the matching elements. */
export function matchOp(ctx: Ctx, left: unknown, pattern: unknown, caseSensitive: boolean, negate: boolean): unknown {
  const re = compile(toStr(pattern), caseSensitive);
  const items = left !== null && typeof left === 'object' ? enumerableItems(left) : null;
  if (items) return items.filter((i) => re.isMatch(toStr(i)) !== negate);
  const m = re.match(toStr(left));
  if (m.success && !negate) setMatches(ctx, m);
  return m.success !== negate;
}

export function regexSwitchMatch(ctx: Ctx, input: string, pattern: string, caseSensitive: boolean): boolean {
  const m = compileWrapped(pattern, caseSensitive).match(input);
  if (m.success) setMatches(ctx, m);
  return m.success;
}

export function regexIsMatch(pattern: string, input: string, caseSensitive: boolean): boolean {
  return compile(pattern, caseSensitive).isMatch(input);
}

/** `-replace pattern, replacement` (the replacement may be a script block receiving the match as $_). */
export function replaceOp(ctx: Ctx, left: unknown, right: unknown, caseSensitive: boolean): unknown {
  const parts = enumerableItems(right) ?? [right];
  if (parts.length > 2) {
    throw new OperatorError(
      `The -replace operator allows only two elements to follow it, not ${parts.length}.`,
      'BadReplaceArgument',
    );
  }
  const re = compileWrapped(toStr(parts[0]), caseSensitive);
  const replacement = parts.length > 1 ? parts[1] : '';
  const one = (input: unknown): string => {
    const text = toStr(input);
    if (replacement instanceof ScriptBlockValue) {
      return regexReplace(re, text, (m) => toStr(unwrap(invokeScriptBlock(ctx, replacement, { dollarUnder: m, newScope: false }))));
    }
    return regexReplace(re, text, toStr(replacement));
  };
  const items = left !== null && typeof left === 'object' ? enumerableItems(left) : null;
  return items ? items.map(one) : one(left);
}

function unwrap(items: unknown[]): unknown {
  return items.length === 0 ? null : items.length === 1 ? items[0] : items;
}

/** Binary `-split`: delimiter, max substrings, options; or a script block deciding per character. */
export function splitOp(ctx: Ctx, left: unknown, right: unknown, caseSensitive: boolean): string[] {
  const parts = right instanceof ScriptBlockValue ? [right] : (enumerableItems(right) ?? [right]);
  const delimiter = parts[0];
  const limitValue = parts.length > 1 ? asNumber(parts[1]) : 0;
  const limit = limitValue === null ? 0 : Math.trunc(toDouble(limitValue));
  const inputs = left !== null && typeof left === 'object' ? (enumerableItems(left) ?? [left]) : [left];
  const out: string[] = [];
  for (const input of inputs) {
    const text = toStr(input);
    if (delimiter instanceof ScriptBlockValue) {
      out.push(
        ...splitByPredicate(
          text,
          (ch, index, whole) => toBool(unwrap(invokeScriptBlock(ctx, delimiter, { dollarUnder: ch, args: [index, whole], newScope: false }))),
          limit,
        ),
      );
      continue;
    }
    const options = parts.length > 2 ? parseSplitOptions(toStr(parts[2])) : undefined;
    out.push(...splitByPattern(text, toStr(delimiter), { limit, ...(options ? { options } : {}), caseSensitive }));
  }
  return out;
}

export function unarySplit(value: unknown): string[] {
  const inputs = value !== null && typeof value === 'object' ? (enumerableItems(value) ?? [value]) : [value];
  return inputs.flatMap((i) => splitWhitespace(toStr(i)));
}

export function joinOp(left: unknown, separator: unknown): string {
  const items = left !== null && typeof left === 'object' ? (enumerableItems(left) ?? [left]) : [left];
  return items.map((i) => toStr(i)).join(toStr(separator));
}
