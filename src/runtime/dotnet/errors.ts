// The .NET exceptions this library raises, with the exact .NET 8+ message texts.

export type DotNetExceptionType =
  | 'System.FormatException'
  | 'System.OverflowException'
  | 'System.DivideByZeroException'
  | 'System.ArgumentOutOfRangeException';

/** An error that stands for a .NET exception; `dotnetType` is its full .NET type name. */
export class DotNetException extends Error {
  constructor(
    readonly dotnetType: DotNetExceptionType,
    message: string,
  ) {
    super(message);
    this.name = dotnetType.slice('System.'.length);
  }
}

export class FormatException extends DotNetException {
  constructor(message: string = Messages.badFormat) {
    super('System.FormatException', message);
  }
}

export class OverflowException extends DotNetException {
  constructor(message: string) {
    super('System.OverflowException', message);
  }
}

export class DivideByZeroException extends DotNetException {
  constructor() {
    super('System.DivideByZeroException', 'Attempted to divide by zero.');
  }
}

export class ArgumentOutOfRangeException extends DotNetException {
  constructor(message: string) {
    super('System.ArgumentOutOfRangeException', message);
  }
}

export const Messages = Object.freeze({
  /** Format_InvalidString */
  badFormat: 'Input string was not in a correct format.',
  /** Argument_BadFormatSpecifier */
  badFormatSpecifier: 'Format specifier was invalid.',
  /** Format_IndexOutOfRange */
  indexOutOfRange:
    'Index (zero based) must be greater than or equal to zero and less than the size of the argument list.',
  /** Format_InvalidStringWithOffsetAndReason */
  invalidStringWithOffset: (offset: number, reason: string): string =>
    `Input string was not in a correct format. Failure to parse near offset ${offset}. ${reason}`,
  unexpectedClosingBrace: 'Unexpected closing brace without a corresponding opening brace.',
  unclosedFormatItem: 'Format item ends prematurely.',
  expectedAsciiDigit: 'Expected an ASCII digit.',
  /** Overflow_Decimal */
  decimalOverflow: 'Value was either too large or too small for a Decimal.',
  /** Format_InvalidStringWithValue (number parsing) */
  inputStringWithValue: (s: string): string => `The input string '${s}' was not in a correct format.`,
  /** Format_BadDateTime */
  badDateTime: (s: string): string => `String '${s}' was not recognized as a valid DateTime.`,
  /** Format_BadDateTime with Format_UnknownDateTimeWord */
  unknownDateTimeWord: (s: string, index: number): string =>
    `The string '${s}' was not recognized as a valid DateTime. There is an unknown word starting at index '${index}'.`,
  /** Overflow_TimeSpanTooLong */
  timeSpanTooLong: 'TimeSpan overflowed because the duration is too long.',
  /** ArgumentOutOfRange_DateArithmetic */
  dateArithmetic: (param: string): string =>
    `The added or subtracted value results in an un-representable DateTime. (Parameter '${param}')`,
  /** ArgumentOutOfRange_AddValue */
  addValue: "Value to add was out of range. (Parameter 'value')",
  /** Format_BadQuote */
  badQuote: (quote: string): string => `Cannot find a matching quote character for the character '${quote}'.`,
  /** Format_BadDateTimeCalendar */
  badDateTimeCalendar: (s: string): string =>
    `The DateTime represented by the string '${s}' is not supported in calendar 'System.Globalization.GregorianCalendar'.`,
  /** ArgumentOutOfRange_BadYearMonthDay */
  badYearMonthDay: 'Year, Month, and Day parameters describe an un-representable DateTime.',
  /** ArgumentOutOfRange_BadHourMinuteSecond */
  badHourMinuteSecond: 'Hour, Minute, and Second parameters describe an un-representable DateTime.',
});
