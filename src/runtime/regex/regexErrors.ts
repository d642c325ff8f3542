/**
 * The errors of the regex layer and the exact texts pwsh 7.6 shows for them. The parse error is
 * .NET's RegexParseException; the callers (operators, cmdlets, casts) wrap it in their own
 * message, and the helpers at the end of this file give those wrapper texts.
 */
import { DotNetError } from '../members/DotNetError.js';

export const REGEX_PARSE_EXCEPTION = 'System.Text.RegularExpressions.RegexParseException';

/** System.Text.RegularExpressions.RegexParseException: "Invalid pattern '...' at offset N. Reason" */
export class RegexParseError extends DotNetError {
  constructor(
    readonly pattern: string,
    readonly offset: number,
    readonly reason: string,
  ) {
    super(REGEX_PARSE_EXCEPTION, `Invalid pattern '${pattern}' at offset ${offset}. ${reason}`);
  }
}

/** A valid .NET construct that tenantsh cannot translate to a JS RegExp. */
export class RegexNotSupportedError extends DotNetError {
  constructor(
    readonly pattern: string,
    readonly offset: number,
    readonly construct: string,
  ) {
    super(
      'System.NotSupportedException',
      `The regular expression construct ${construct} at offset ${offset} of pattern '${pattern}' is not supported by tenantsh.`,
    );
  }
}

/** The reason part of .NET's parse messages (RegexParseError kinds). */
export const RegexReason = Object.freeze({
  notEnoughParens: "Not enough )'s.",
  tooManyParens: "Too many )'s.",
  unterminatedSet: 'Unterminated [] set.',
  quantifierAfterNothing: (q: string): string => `Quantifier '${q}' following nothing.`,
  nestedQuantifier: (q: string): string => `Nested quantifier '${q}'.`,
  reversedQuantifier: 'Illegal {x,y} with x > y.',
  quantifierTooLarge: 'Quantifier and capture group numbers must be less than or equal to Int32.MaxValue.',
  invalidGroupName: 'Invalid group name: Group names must begin with a word character.',
  undefinedGroupName: (name: string): string => `Reference to undefined group name '${name}'.`,
  undefinedGroupNumber: (n: number): string => `Reference to undefined group number ${n}.`,
  undefinedConditionalGroup: (n: number): string =>
    `Conditional alternation refers to an undefined group number ${n}.`,
  illegalEndEscape: 'Illegal \\ at end of pattern.',
  reversedRange: '[x-y] range in reverse order.',
  unrecognizedGrouping: 'Unrecognized grouping construct.',
  unknownProperty: (name: string): string => `Unknown property '${name}'.`,
  incompleteProperty: 'Incomplete \\p{X} character escape.',
  insufficientHex: 'Insufficient or invalid hexadecimal digits.',
  missingControl: 'Missing control character.',
  unrecognizedControl: 'Unrecognized control character.',
  classInRange: (cls: string): string => `Cannot include class \\${cls} in character range.`,
  unrecognizedEscape: (ch: string): string => `Unrecognized escape sequence \\${ch}.`,
  malformedNameReference: 'Malformed \\k<...> named back reference.',
  subtractionMustBeLast: 'A subtraction must be the last element in a character class.',
});

/** `-replace` and `switch -Regex` (RuntimeException, FullyQualifiedErrorId InvalidRegularExpression). */
export const invalidRegexOperatorMessage = (pattern: string): string =>
  `The regular expression pattern ${pattern} is not valid.`;
export const INVALID_REGEX_OPERATOR_ERROR_ID = 'InvalidRegularExpression';

/** Select-String -Pattern (ArgumentException, InvalidRegex,Microsoft.PowerShell.Commands.SelectStringCommand). */
export const selectStringInvalidRegexMessage = (pattern: string, parseMessage: string): string =>
  `The string ${pattern} is not a valid regular expression: ${parseMessage}`;
export const SELECT_STRING_INVALID_REGEX_ERROR_ID =
  'InvalidRegex,Microsoft.PowerShell.Commands.SelectStringCommand';

/** `[regex]'a('` (RuntimeException, FullyQualifiedErrorId InvalidCastFromStringToRegex). */
export const regexCastErrorMessage = (pattern: string, parseMessage: string): string =>
  `Cannot convert value "${pattern}" to type "System.Text.RegularExpressions.Regex". Error: "${parseMessage}"`;
export const REGEX_CAST_ERROR_ID = 'InvalidCastFromStringToRegex';

/** `-split` with SimpleMatch plus a regex-only option (ParseException, InvalidSplitOptionCombination). */
export const INVALID_SPLIT_OPTION_COMBINATION_MESSAGE =
  'The combination of options with the -split operator is not valid.';
export const INVALID_SPLIT_OPTION_COMBINATION_ERROR_ID = 'InvalidSplitOptionCombination';

/** An unknown name in the -split options string (RuntimeException). */
export const invalidSplitOptionMessage = (value: string, name: string): string =>
  `Cannot convert value "${value}" to type "System.Management.Automation.SplitOptions". Error: ` +
  `"Unable to match the identifier name ${name} to a valid enumerator name. Specify one of the following enumerator names and try again:\n` +
  'SimpleMatch, RegexMatch, CultureInvariant, IgnorePatternWhitespace, Multiline, Singleline, IgnoreCase, ExplicitCapture"';

/** -like and friends with a malformed `[` set (WildcardPatternException). */
export const WILDCARD_PATTERN_EXCEPTION = 'System.Management.Automation.WildcardPatternException';
export const invalidWildcardMessage = (pattern: string): string =>
  `The specified wildcard character pattern is not valid: ${pattern}`;

export class WildcardPatternError extends DotNetError {
  constructor(readonly pattern: string) {
    super(WILDCARD_PATTERN_EXCEPTION, invalidWildcardMessage(pattern));
  }
}

/** A -split option problem; `errorId` tells the caller which pwsh error to raise. */
export class SplitOptionError extends Error {
  constructor(
    readonly errorId: string,
    message: string,
  ) {
    super(message);
  }
}
