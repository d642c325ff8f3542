/**
 * Select-String: finds lines that match any of the -Pattern regexes (or texts with -SimpleMatch)
 * in piped text (each object one line of the "InputStream") or in files (-Path with wildcards,
 * -LiteralPath, relative to the current location). Writes MatchInfo objects, the lines with -Raw,
 * or one $true with -Quiet; -List stops at the first match of each source; -Context adds the
 * surrounding lines.
 */
import { readFileSync } from 'node:fs';
import { defineCmdlet, param } from '../../runtime/commands/defineCmdlet.js';
import { toStr } from '../../runtime/convert/toStringValue.js';
import { MatchInfo, type MatchContext } from '../../runtime/format/coreValues.js';
import { RegexParseError, SELECT_STRING_INVALID_REGEX_ERROR_ID, selectStringInvalidRegexMessage } from '../../runtime/regex/regexErrors.js';
import { isWildcardMatch } from '../../runtime/regex/wildcard.js';
import { DotNetError } from '../../runtime/members/DotNetError.js';
import { existingFileSystemPaths, pathArguments } from '../shared/files/cmdletPaths.js';
import { lineMatcher, type LineMatch, type LineMatcher } from '../shared/lineMatcher.js';
import { contextsFor } from '../shared/matchContext.js';

const INPUT_STREAM = 'InputStream';

interface Source {
  readonly path: string;
  readonly displayPath: string;
}

interface FoundLine {
  readonly index: number;
  readonly text: string;
  readonly match: LineMatch | null;
}

export default defineCmdlet({
  name: 'Select-String',
  module: 'Microsoft.PowerShell.Utility',
  aliases: ['sls'],
  // pwsh's default set is File; tenantsh's binder narrows to the default set as soon as -Pattern
  // binds by position, so piped text could not reach -InputObject. Object as the default keeps
  // `'x' | Select-String p` working, and `Select-String p file` still resolves to File.
  defaultParameterSet: 'Object',
  synopsis: 'Finds text in strings and files.',
  parameters: {
    Culture: param.string(),
    InputObject: param.psobject({ sets: { Object: { mandatory: true, fromPipeline: true }, ObjectRaw: { mandatory: true, fromPipeline: true } }, allowNull: true, allowEmptyString: true }),
    Pattern: param.strings({ mandatory: true, position: 0 }),
    Path: param.strings({ sets: { File: { mandatory: true, position: 1, byPropertyName: true }, FileRaw: { mandatory: true, position: 1, byPropertyName: true } } }),
    LiteralPath: param.strings({ sets: { LiteralFile: { mandatory: true, byPropertyName: true }, LiteralFileRaw: { mandatory: true, byPropertyName: true } }, aliases: ['PSPath', 'LP'] }),
    Raw: param.switch({ sets: { ObjectRaw: { mandatory: true }, FileRaw: { mandatory: true }, LiteralFileRaw: { mandatory: true } } }),
    SimpleMatch: param.switch(),
    CaseSensitive: param.switch(),
    Quiet: param.switch({ sets: ['Object', 'File', 'LiteralFile'] }),
    List: param.switch(),
    NoEmphasis: param.switch(),
    Include: param.strings({ validateNotNullOrEmpty: true }),
    Exclude: param.strings({ validateNotNullOrEmpty: true }),
    NotMatch: param.switch(),
    AllMatches: param.switch(),
    Encoding: param.object(),
    Context: param.ints({ validateNotNullOrEmpty: true, validateRange: [0, 2147483647] }),
  },
  invoke: (c) => {
    let matcher: LineMatcher = () => null;
    let done = false;
    let streamLineNumber = 0;
    const streamLines: string[] = [];
    const before = c.params.Context?.[0] ?? 0;
    const after = c.params.Context?.[1] ?? before;
    const withContext = c.params.Context !== undefined;
    const inputStream: Source = { path: INPUT_STREAM, displayPath: INPUT_STREAM };

    /** The line's match, or with -NotMatch a pseudo-match for a line no pattern matches. */
    const test = (text: string): LineMatch | null => {
      const m = matcher(text);
      if (!c.params.NotMatch) return m;
      return m ? null : { pattern: c.params.Pattern![0] ?? '', matches: [] };
    };

    const emit = (source: Source, line: FoundLine, match: LineMatch, context: MatchContext | null): void => {
      if (done) return;
      if (c.params.Quiet) {
        c.write(true);
        done = true;
        return;
      }
      if (c.params.Raw) c.write(line.text);
      else c.write(new MatchInfo(line.text, line.index + 1, source.path, source.displayPath, match.pattern, !c.params.CaseSensitive, match.matches, context));
      if (c.params.List && source === inputStream) done = true;
    };

    /** Searches a whole source (a file, or the buffered input stream with -Context). */
    const searchLines = (source: Source, lines: readonly string[]): void => {
      const found: FoundLine[] = [];
      for (let i = 0; i < lines.length; i++) {
        const match = test(lines[i]!);
        if (!match) continue;
        found.push({ index: i, text: lines[i]!, match });
        if (c.params.List || c.params.Quiet) break;
      }
      const contexts = withContext ? contextsFor(lines, found.map((f) => f.index), before, after) : null;
      found.forEach((f, i) => emit(source, f, f.match!, contexts ? contexts[i]! : null));
    };

    const displayPathOf = (full: string): string => {
      const base = c.callerCtx.rt.location.replace(/\/+$/, '');
      return full.startsWith(base + '/') ? full.slice(base.length + 1) : full;
    };

    const wanted = (full: string): boolean => {
      const leaf = full.split('/').pop() ?? full;
      if (c.params.Include && !c.params.Include.some((p) => isWildcardMatch(leaf, p))) return false;
      if (c.params.Exclude && c.params.Exclude.some((p) => isWildcardMatch(leaf, p))) return false;
      return true;
    };

    const searchFiles = (): void => {
      const { texts, literal } = pathArguments(c.params.Path, c.params.LiteralPath);
      for (const full of existingFileSystemPaths(c, texts, literal)) {
        if (done) return;
        if (!wanted(full)) continue;
        let text: string;
        try {
          text = readFileSync(full, 'utf8');
        } catch {
          continue; // A directory: pwsh skips it silently.
        }
        searchLines({ path: full, displayPath: displayPathOf(full) }, splitFileLines(text));
      }
    };

    return {
      begin() {
        try {
          matcher = lineMatcher(c.params.Pattern ?? [], {
            simpleMatch: c.params.SimpleMatch === true,
            caseSensitive: c.params.CaseSensitive === true,
            allMatches: c.params.AllMatches === true,
          });
        } catch (e) {
          if (e instanceof RegexParseError) {
            c.fail({
              message: selectStringInvalidRegexMessage(e.pattern, e.message),
              id: SELECT_STRING_INVALID_REGEX_ERROR_ID,
              category: 'InvalidArgument',
              exceptionType: 'System.ArgumentException',
              target: e.pattern,
            });
          }
          if (e instanceof DotNetError) c.fail({ message: e.message, id: 'InvalidRegex', category: 'InvalidArgument', exceptionType: e.dotnetType });
          throw e;
        }
      },
      process() {
        if (done) return;
        if (c.params.Path !== undefined || c.params.LiteralPath !== undefined) {
          searchFiles();
          return;
        }
        if (!c.isBound('InputObject')) return;
        const value = c.params.InputObject;
        const text = value === null || value === undefined ? '' : toStr(value);
        if (withContext) {
          streamLines.push(text);
          return;
        }
        const match = test(text);
        const line: FoundLine = { index: streamLineNumber++, text, match };
        if (match) emit(inputStream, line, match, null);
      },
      end() {
        if (withContext && streamLines.length > 0) searchLines(inputStream, streamLines);
      },
    };
  },
});

/** A file's lines, without the empty line after a final newline. */
function splitFileLines(text: string): string[] {
  const lines = text.split(/\r?\n/);
  if (lines.length > 0 && lines[lines.length - 1] === '') lines.pop();
  return lines;
}
