/**
 * Scalars as Newtonsoft.Json writes them for ConvertTo-Json: doubles in round-trip form with a
 * decimal place always shown (`2.0`, `1E+20`, `-0.0`), NaN and infinities as strings, decimals
 * with their scale (`1.50`, `3.0`), dates in ISO 8601 with the fraction trimmed and the kind's
 * suffix (`Z` for UTC, the local offset for Local, nothing for Unspecified).
 */
import { INVARIANT } from '../dotnet/culture.js';
import { DateTime } from '../dotnet/dateTime.js';
import { Decimal } from '../dotnet/decimal.js';
import { formatDouble, formatSingle } from '../dotnet/numberFormat.js';
import { TypedNumber } from '../values/numbers.js';
import { jsonLiteral, jsonString, type JsonNode } from './jsonNode.js';

/** Newtonsoft's EnsureDecimalPlace: integral-looking floating point text gains ".0". */
function withDecimalPlace(text: string): string {
  return /[.EeNI]/.test(text) ? text : text + '.0';
}

function floatNode(value: number, single: boolean): JsonNode {
  if (!Number.isFinite(value)) {
    return jsonString(Number.isNaN(value) ? 'NaN' : value > 0 ? 'Infinity' : '-Infinity');
  }
  const text = single
    ? formatSingle(value, 'R', INVARIANT.numberFormat)
    : formatDouble(value, 'R', INVARIANT.numberFormat);
  return jsonLiteral(withDecimalPlace(text));
}

/** The JSON node of a number of any .NET numeric type. */
export function numberNode(value: number | TypedNumber | Decimal | bigint): JsonNode {
  if (typeof value === 'bigint') return jsonLiteral(value.toString());
  if (typeof value === 'number')
    return (value | 0) === value && !Object.is(value, -0)
      ? jsonLiteral(String(value))
      : floatNode(value, false);
  if (value instanceof Decimal)
    return jsonLiteral(withDecimalPlace(value.toString(null, INVARIANT.numberFormat)));
  if (value.type === 'Double') return floatNode(value.toNumber(), false);
  if (value.type === 'Single') return floatNode(value.toNumber(), true);
  return jsonLiteral(String(value.value));
}

/** "yyyy-MM-ddTHH:mm:ss.FFFFFFFK" */
export function dateTimeText(value: DateTime): string {
  return value.toString('yyyy-MM-ddTHH:mm:ss.FFFFFFFK', INVARIANT);
}
