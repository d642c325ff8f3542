/**
 * Running statistics for one measured property of Measure-Object: the count, the sum and a
 * running variance (the online update pwsh uses, so the standard deviation matches it), the
 * maximum and minimum, and the text counts. It keeps plain JS doubles; the cmdlet turns them into
 * PowerShell Doubles when it reports.
 */
import { asNumber } from '../../runtime/convert/toNumber.js';
import { toStr } from '../../runtime/convert/toStringValue.js';
import { compareStrings, psCompare } from '../../runtime/operators/compare.js';
import { typeNameOf } from '../../runtime/types/typeNameOf.js';
import { toDouble } from '../../runtime/values/numbers.js';
import { PSObject } from '../../runtime/values/PSObject.js';

export class MeasureStatistics {
  count = 0;
  sum = 0;
  variance = 0;
  maximum: unknown = null;
  minimum: unknown = null;
  lines = 0;
  words = 0;
  characters = 0;

  /** Adds a number to the sum and the running variance. */
  addNumber(x: number): void {
    this.count++;
    this.accumulate(x);
  }

  /** The sum/variance update for a value already counted. */
  accumulate(x: number): void {
    const n = this.count;
    if (n > 1) {
      const previousAverage = this.sum / (n - 1);
      this.variance = (this.variance * (n - 2)) / (n - 1) + ((x - previousAverage) * (x - previousAverage)) / n;
    }
    this.sum += x;
  }

  /** Folds a value into the maximum and minimum, comparing as numbers when both are numeric. */
  addExtreme(value: unknown, wantMaximum: boolean, wantMinimum: boolean): void {
    if (wantMaximum) this.maximum = extreme(value, this.maximum, true);
    if (wantMinimum) this.minimum = extreme(value, this.minimum, false);
  }

  /** Counts the lines, words and characters of a value's text. */
  addText(value: unknown, ignoreWhiteSpace: boolean): void {
    const text = value === null || value === undefined ? '' : toStr(value);
    let inWord = false;
    let newlines = 0;
    for (let i = 0; i < text.length; i++) {
      const ch = text[i]!;
      const space = isWhiteSpace(ch);
      if (ch === '\n') newlines++;
      if (!space && !inWord) this.words++;
      inWord = !space;
      if (!(ignoreWhiteSpace && space)) this.characters++;
    }
    // A last line without a newline still counts; an empty string has no lines.
    this.lines += newlines + (text.length > 0 && !text.endsWith('\n') ? 1 : 0);
  }

  get standardDeviation(): number {
    return Math.sqrt(this.variance);
  }
}

function isWhiteSpace(ch: string): boolean {
  return /\s/.test(ch);
}

/** The value as a double when pwsh's conversion to double would succeed, else undefined. */
export function numericValue(value: unknown): number | undefined {
  if (typeof value === 'number') return value;
  const base = value instanceof PSObject && value.baseObject !== null ? value.baseObject : value;
  if (typeof base === 'string' && base.trim() === '') return undefined;
  const n = asNumber(base);
  return n === null ? undefined : toDouble(n);
}

/**
 * One step of Measure-Object's maximum/minimum: numbers compare as doubles (and are kept as
 * doubles), values of different kinds compare by their string forms.
 */
function extreme(value: unknown, current: unknown, isMaximum: boolean): unknown {
  let candidate: unknown = value;
  const asDouble = numericValue(value);
  if (asDouble !== undefined) candidate = asDouble;
  if (current === null) return candidate;
  let left = current;
  let right = candidate;
  if (typeNameOf(left) !== typeNameOf(right) && !(typeof left === 'number' && typeof right === 'number')) {
    left = toStr(left);
    right = toStr(right);
  }
  let r: number;
  try {
    r = psCompare(left, right);
  } catch {
    r = compareStrings(toStr(left), toStr(right), false);
  }
  return (isMaximum ? r < 0 : r > 0) ? right : left;
}
