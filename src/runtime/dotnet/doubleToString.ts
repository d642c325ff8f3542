// How PowerShell 7 turns a double (or single) into text.
//
// PowerShell does not use Double.ToString() (shortest round-trip, "0.3333333333333333")
// when it converts a double to a string: [string]$d, "$d", -join and the host's output
// all format with 15 significant digits ("G15"; "G7" for [float]), so 1/3 prints
// 0.333333333333333, 0.1+0.2 prints 0.3 and 1e15 prints 1E+15.
//  - conversions ([string], interpolation) use the invariant culture: "Infinity";
//  - output (Out-Default / Out-String) uses the current culture: en-US "∞", "-∞".
// The -f operator and .ToString() are different again: they call .NET's own
// Double.ToString() (shortest round-trip): see doubleToDotNetString.

import { EN_US, INVARIANT, type CultureInfo } from './culture.js';
import { formatDouble, formatSingle } from './numberFormat.js';

/** [string]$double and "$double": G15, invariant culture. */
export function doubleToPsString(value: number): string {
  return formatDouble(value, 'G15', INVARIANT.numberFormat);
}

/** How the host prints a double written to the pipeline: G15 in the current culture. */
export function doubleToPsOutput(value: number, culture: CultureInfo = EN_US): string {
  return formatDouble(value, 'G15', culture.numberFormat);
}

/** [string][float]$x and "$x": G7, invariant culture. */
export function singleToPsString(value: number): string {
  return formatSingle(value, 'G7', INVARIANT.numberFormat);
}

/** How the host prints a [float] written to the pipeline. */
export function singleToPsOutput(value: number, culture: CultureInfo = EN_US): string {
  return formatSingle(value, 'G7', culture.numberFormat);
}

/** Double.ToString() / '{0}' -f $d: the shortest string that round-trips ("R"). */
export function doubleToDotNetString(value: number, culture: CultureInfo = EN_US): string {
  return formatDouble(value, null, culture.numberFormat);
}

/** Single.ToString() / '{0}' -f [float]$x. */
export function singleToDotNetString(value: number, culture: CultureInfo = EN_US): string {
  return formatSingle(value, null, culture.numberFormat);
}
