/**
 * [regex] (System.Text.RegularExpressions.Regex): the statics scripts call ([regex]::Escape,
 * Match, Matches, IsMatch, Replace, Split), `[regex]'pattern'` and `[regex]::new(...)`, and the
 * members of Match, Group and Capture objects. The regex engine itself is regex/.
 */
import { toStr } from '../convert/toStringValue.js';
import { registerConverter } from '../convert/convertTo.js';
import { ConversionError } from '../convert/ConversionError.js';
import { DotNetRegex, regexStatics, parseRegexOptions, regexOptionsText } from '../regex/regexStatics.js';
import { RegexCapture, RegexGroup, RegexGroupCollection, RegexMatch } from '../regex/matchResult.js';
import { RegexParseError, regexCastErrorMessage } from '../regex/regexErrors.js';
import { ScriptBlockValue } from '../values/ScriptBlock.js';
import { PSEnumValue } from '../values/scalars.js';
import type { MethodContext } from './MethodContext.js';
import { defineFamily, defineStatics } from './families.js';
import { num, str } from './args.js';

type Replacement = string | ((m: RegexMatch) => string);

/** A replacement argument: text, or a script block run with the match as its argument. */
function replacementOf(value: unknown, ctx: MethodContext): Replacement {
  if (value instanceof ScriptBlockValue) {
    return (m) => {
      const out = ctx.invokeScriptBlock(value, [m]);
      return toStr(out.length === 1 ? out[0] : out);
    };
  }
  return toStr(value);
}

function optionsOf(value: unknown): string | number {
  if (value instanceof PSEnumValue) return value.value;
  return typeof value === 'number' ? value : toStr(value);
}

defineFamily((v): v is RegexMatch => v instanceof RegexMatch)
  .property('Groups', 'System.Text.RegularExpressions.GroupCollection', (m) => m.groups)
  .property('Success', 'bool', (m) => m.success)
  .property('Name', 'string', (m) => m.name)
  .property('Captures', 'System.Text.RegularExpressions.CaptureCollection', (m) => m.captures)
  .property('Index', 'int', (m) => m.index)
  .property('Length', 'int', (m) => m.length)
  .property('Value', 'string', (m) => m.value)
  .method('System.Text.RegularExpressions.Match NextMatch()', (m) => m.nextMatch())
  .method('string ToString()', (m) => m.value);

defineFamily((v): v is RegexGroup => v instanceof RegexGroup)
  .property('Success', 'bool', (g) => g.success)
  .property('Name', 'string', (g) => g.name)
  .property('Captures', 'System.Text.RegularExpressions.CaptureCollection', (g) => g.captures)
  .property('Index', 'int', (g) => g.index)
  .property('Length', 'int', (g) => g.length)
  .property('Value', 'string', (g) => g.value)
  .method('string ToString()', (g) => g.value);

defineFamily((v): v is RegexCapture => v instanceof RegexCapture)
  .property('Index', 'int', (c) => c.index)
  .property('Length', 'int', (c) => c.length)
  .property('Value', 'string', (c) => c.value)
  .method('string ToString()', (c) => c.value);

defineFamily((v): v is RegexGroupCollection => v instanceof RegexGroupCollection)
  .property('Count', 'int', (g) => g.count)
  .property('Keys', 'System.Collections.Generic.IEnumerable[string]', (g) => g.keys);

defineFamily((v): v is DotNetRegex => v instanceof DotNetRegex)
  .property('Options', 'System.Text.RegularExpressions.RegexOptions', (r) => regexOptionsText(r.options))
  .property('RightToLeft', 'bool', (r) => r.rightToLeft)
  .property('MatchTimeout', 'timespan', (r) => r.matchTimeout)
  .method('System.Text.RegularExpressions.Match Match(string input)', (r, [i]) => r.match(str(i) ?? ''))
  .method('System.Text.RegularExpressions.Match Match(string input, int startat)', (r, [i, s]) => r.match(str(i) ?? '', num(s)))
  .method('System.Text.RegularExpressions.MatchCollection Matches(string input)', (r, [i]) => r.matches(str(i) ?? ''))
  .method('bool IsMatch(string input)', (r, [i]) => r.isMatch(str(i) ?? ''))
  .method('string Replace(string input, System.Object replacement)', (r, [i, rep], ctx) => r.replace(str(i) ?? '', replacementOf(rep, ctx)))
  .method('string Replace(string input, System.Object replacement, int count)', (r, [i, rep, n], ctx) =>
    r.replace(str(i) ?? '', replacementOf(rep, ctx), num(n)),
  )
  .method('string[] Split(string input)', (r, [i]) => r.split(str(i) ?? ''))
  .method('string[] Split(string input, int count)', (r, [i, n]) => r.split(str(i) ?? '', num(n)))
  .method('string[] GetGroupNames()', (r) => r.getGroupNames())
  .method('int[] GetGroupNumbers()', (r) => r.getGroupNumbers())
  .method('string ToString()', (r) => r.pattern);

const statics = defineStatics('System.Text.RegularExpressions.Regex');
statics.members
  .method('string Escape(string str)', (_t, [s]) => regexStatics.escape(str(s) ?? ''))
  .method('string Unescape(string str)', (_t, [s]) => regexStatics.unescape(str(s) ?? ''))
  .method('System.Text.RegularExpressions.Match Match(string input, string pattern)', (_t, [i, p]) => regexStatics.match(str(i) ?? '', str(p) ?? ''))
  .method('System.Text.RegularExpressions.Match Match(string input, string pattern, System.Object options)', (_t, [i, p, o]) =>
    regexStatics.match(str(i) ?? '', str(p) ?? '', optionsOf(o)),
  )
  .method('System.Text.RegularExpressions.MatchCollection Matches(string input, string pattern)', (_t, [i, p]) =>
    regexStatics.matches(str(i) ?? '', str(p) ?? ''),
  )
  .method('System.Text.RegularExpressions.MatchCollection Matches(string input, string pattern, System.Object options)', (_t, [i, p, o]) =>
    regexStatics.matches(str(i) ?? '', str(p) ?? '', optionsOf(o)),
  )
  .method('bool IsMatch(string input, string pattern)', (_t, [i, p]) => regexStatics.isMatch(str(i) ?? '', str(p) ?? ''))
  .method('bool IsMatch(string input, string pattern, System.Object options)', (_t, [i, p, o]) =>
    regexStatics.isMatch(str(i) ?? '', str(p) ?? '', optionsOf(o)),
  )
  .method('string Replace(string input, string pattern, System.Object replacement)', (_t, [i, p, r], ctx) =>
    regexStatics.replace(str(i) ?? '', str(p) ?? '', replacementOf(r, ctx)),
  )
  .method('string Replace(string input, string pattern, System.Object replacement, System.Object options)', (_t, [i, p, r, o], ctx) =>
    regexStatics.replace(str(i) ?? '', str(p) ?? '', replacementOf(r, ctx), optionsOf(o)),
  )
  .method('string[] Split(string input, string pattern)', (_t, [i, p]) => regexStatics.split(str(i) ?? '', str(p) ?? ''))
  .method('string[] Split(string input, string pattern, System.Object options)', (_t, [i, p, o]) =>
    regexStatics.split(str(i) ?? '', str(p) ?? '', optionsOf(o)),
  );
statics.constructors
  .method('regex new(string pattern)', (_t, [p]) => new DotNetRegex(str(p) ?? ''))
  .method('regex new(string pattern, System.Object options)', (_t, [p, o]) => new DotNetRegex(str(p) ?? '', parseRegexOptions(optionsOf(o))));

// [regex]'a+': a cast builds the regex; an invalid pattern is pwsh's cast error.
registerConverter('System.Text.RegularExpressions.Regex', (value) => {
  if (value instanceof DotNetRegex) return value;
  const pattern = toStr(value);
  try {
    return new DotNetRegex(pattern);
  } catch (e) {
    if (e instanceof RegexParseError) throw new ConversionError(regexCastErrorMessage(pattern, e.message));
    throw e;
  }
});
