// Culture data (System.Globalization.NumberFormatInfo / DateTimeFormatInfo) for the
// cultures tenantsh needs: en-US and the invariant culture.
//
// EN_US reproduces what pwsh 7 prints on Linux/macOS, where .NET takes en-US from ICU
// (the oracle used for this library's tests): N and P default to 3 decimals and the
// time patterns put U+202F NARROW NO-BREAK SPACE before AM/PM.  EN_US_WINDOWS is the
// same culture as Windows (NLS) defines it: 2 decimals and a plain space.

export interface NumberFormatInfo {
  readonly currencyDecimalDigits: number;
  readonly currencyDecimalSeparator: string;
  readonly currencyGroupSeparator: string;
  readonly currencyGroupSizes: readonly number[];
  readonly currencySymbol: string;
  /** Index into .NET's positive currency patterns: 0 "$n", 1 "n$", 2 "$ n", 3 "n $". */
  readonly currencyPositivePattern: number;
  /** Index into .NET's 17 negative currency patterns (0 "($n)", 1 "-$n", ...). */
  readonly currencyNegativePattern: number;
  readonly nanSymbol: string;
  readonly negativeInfinitySymbol: string;
  readonly positiveInfinitySymbol: string;
  readonly negativeSign: string;
  readonly positiveSign: string;
  readonly numberDecimalDigits: number;
  readonly numberDecimalSeparator: string;
  readonly numberGroupSeparator: string;
  readonly numberGroupSizes: readonly number[];
  /** 0 "(n)", 1 "-n", 2 "- n", 3 "n-", 4 "n -". */
  readonly numberNegativePattern: number;
  readonly percentDecimalDigits: number;
  readonly percentDecimalSeparator: string;
  readonly percentGroupSeparator: string;
  readonly percentGroupSizes: readonly number[];
  /** 0 "n %", 1 "n%", 2 "%n", 3 "% n". */
  readonly percentPositivePattern: number;
  /** Index into .NET's 12 negative percent patterns (0 "-n %", 1 "-n%", ...). */
  readonly percentNegativePattern: number;
  readonly percentSymbol: string;
  readonly perMilleSymbol: string;
}

export interface DateTimeFormatInfo {
  readonly amDesignator: string;
  readonly pmDesignator: string;
  readonly dateSeparator: string;
  readonly timeSeparator: string;
  readonly shortDatePattern: string;
  readonly longDatePattern: string;
  readonly shortTimePattern: string;
  readonly longTimePattern: string;
  readonly fullDateTimePattern: string;
  readonly monthDayPattern: string;
  readonly yearMonthPattern: string;
  readonly dayNames: readonly string[];
  readonly abbreviatedDayNames: readonly string[];
  readonly monthNames: readonly string[];
  readonly abbreviatedMonthNames: readonly string[];
  /** Era name printed by the "g"/"gg" custom specifiers. */
  readonly eraName: string;
}

export interface CultureInfo {
  readonly name: string;
  readonly numberFormat: NumberFormatInfo;
  readonly dateTimeFormat: DateTimeFormatInfo;
}

const DAY_NAMES = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'] as const;
const ABBR_DAY_NAMES = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'] as const;
const MONTH_NAMES = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
] as const;
const ABBR_MONTH_NAMES = [
  'Jan',
  'Feb',
  'Mar',
  'Apr',
  'May',
  'Jun',
  'Jul',
  'Aug',
  'Sep',
  'Oct',
  'Nov',
  'Dec',
] as const;

const NNBSP = '\u202f';

const EN_US_NUMBER: NumberFormatInfo = Object.freeze({
  currencyDecimalDigits: 2,
  currencyDecimalSeparator: '.',
  currencyGroupSeparator: ',',
  currencyGroupSizes: [3],
  currencySymbol: '$',
  currencyPositivePattern: 0,
  currencyNegativePattern: 1,
  nanSymbol: 'NaN',
  negativeInfinitySymbol: '-\u221e',
  positiveInfinitySymbol: '\u221e',
  negativeSign: '-',
  positiveSign: '+',
  numberDecimalDigits: 3,
  numberDecimalSeparator: '.',
  numberGroupSeparator: ',',
  numberGroupSizes: [3],
  numberNegativePattern: 1,
  percentDecimalDigits: 3,
  percentDecimalSeparator: '.',
  percentGroupSeparator: ',',
  percentGroupSizes: [3],
  percentPositivePattern: 1,
  percentNegativePattern: 1,
  percentSymbol: '%',
  perMilleSymbol: '\u2030',
});

const EN_US_DATE: DateTimeFormatInfo = Object.freeze({
  amDesignator: 'AM',
  pmDesignator: 'PM',
  dateSeparator: '/',
  timeSeparator: ':',
  shortDatePattern: 'M/d/yyyy',
  longDatePattern: 'dddd, MMMM d, yyyy',
  shortTimePattern: `h:mm${NNBSP}tt`,
  longTimePattern: `h:mm:ss${NNBSP}tt`,
  fullDateTimePattern: `dddd, MMMM d, yyyy h:mm:ss${NNBSP}tt`,
  monthDayPattern: 'MMMM d',
  yearMonthPattern: 'MMMM yyyy',
  dayNames: DAY_NAMES,
  abbreviatedDayNames: ABBR_DAY_NAMES,
  monthNames: MONTH_NAMES,
  abbreviatedMonthNames: ABBR_MONTH_NAMES,
  eraName: 'AD',
});

/** en-US as pwsh 7 has it on Linux/macOS (ICU); the tests' oracle. */
export const EN_US: CultureInfo = Object.freeze({
  name: 'en-US',
  numberFormat: EN_US_NUMBER,
  dateTimeFormat: EN_US_DATE,
});

/** en-US as pwsh 7 has it on Windows (NLS). */
export const EN_US_WINDOWS: CultureInfo = Object.freeze({
  name: 'en-US',
  numberFormat: Object.freeze({ ...EN_US_NUMBER, numberDecimalDigits: 2, percentDecimalDigits: 2 }),
  dateTimeFormat: Object.freeze({
    ...EN_US_DATE,
    shortTimePattern: 'h:mm tt',
    longTimePattern: 'h:mm:ss tt',
    fullDateTimePattern: 'dddd, MMMM d, yyyy h:mm:ss tt',
  }),
});

/** CultureInfo.InvariantCulture: what PowerShell uses for [string] casts and "$x" interpolation. */
export const INVARIANT: CultureInfo = Object.freeze({
  name: '',
  numberFormat: Object.freeze({
    ...EN_US_NUMBER,
    currencySymbol: '\u00a4',
    currencyNegativePattern: 0,
    negativeInfinitySymbol: '-Infinity',
    positiveInfinitySymbol: 'Infinity',
    numberDecimalDigits: 2,
    percentDecimalDigits: 2,
    percentPositivePattern: 0,
    percentNegativePattern: 0,
  }),
  dateTimeFormat: Object.freeze({
    ...EN_US_DATE,
    shortDatePattern: 'MM/dd/yyyy',
    longDatePattern: 'dddd, dd MMMM yyyy',
    shortTimePattern: 'HH:mm',
    longTimePattern: 'HH:mm:ss',
    fullDateTimePattern: 'dddd, dd MMMM yyyy HH:mm:ss',
    monthDayPattern: 'MMMM dd',
    yearMonthPattern: 'yyyy MMMM',
  }),
});
