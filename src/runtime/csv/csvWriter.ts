/**
 * ConvertTo-Csv and Export-Csv: objects to CSV lines. The columns come from the first object (its
 * properties, or a dictionary's keys) unless given; later objects are written against those
 * columns: a missing property gives an empty field and extra properties are dropped.
 */
import { EN_US, type CultureInfo } from '../dotnet/culture.js';
import { propertiesOf } from '../members/properties.js';
import { toStr } from '../convert/toStringValue.js';
import { typeNameOf } from '../types/typeNameOf.js';
import { PSHashtable } from '../values/Hashtable.js';
import { PSObject } from '../values/PSObject.js';
import { csvFieldText } from './csvFieldText.js';

export type CsvQuoteKind = 'Always' | 'AsNeeded' | 'Never';

export interface CsvWriteOptions {
  readonly delimiter?: string;
  /** -IncludeTypeInformation (pwsh 7 writes no `#TYPE` line by default). */
  readonly includeTypeInformation?: boolean;
  /** -QuoteFields: only these columns (case-insensitive) are quoted. Excludes useQuotes. */
  readonly quoteFields?: readonly string[];
  readonly useQuotes?: CsvQuoteKind;
  /** -NoHeader; also set when appending to a file that has content. */
  readonly noHeader?: boolean;
  /** The columns to write instead of the first object's (Export-Csv -Append: the file's header). */
  readonly columns?: readonly string[];
  /** The culture values are formatted in (.NET ToString); en-US by default. */
  readonly culture?: CultureInfo;
}

export class CsvWriter {
  private columns: readonly string[] | null;
  private readonly delimiter: string;
  private readonly quoteFields: ReadonlySet<string> | null;
  private readonly useQuotes: CsvQuoteKind;
  private readonly culture: CultureInfo;

  constructor(private readonly options: CsvWriteOptions = {}) {
    this.delimiter = options.delimiter ?? ',';
    this.columns = options.columns ?? null;
    this.quoteFields = options.quoteFields ? new Set(options.quoteFields.map((f) => f.toLowerCase())) : null;
    this.useQuotes = options.useQuotes ?? 'Always';
    this.culture = options.culture ?? EN_US;
  }

  /** The lines for one object: for the first, the `#TYPE` line and header come first. */
  write(value: unknown): string[] {
    const lines: string[] = [];
    if (this.columns === null) {
      this.columns = columnsOf(value);
      if (this.options.includeTypeInformation) lines.push(typeLine(value));
      if (!this.options.noHeader) lines.push(this.line(this.columns.map((c) => [c, c])));
    }
    lines.push(this.line(this.columns.map((c) => [c, csvFieldText(valueOf(value, c), this.culture)])));
    return lines;
  }

  private line(fields: ReadonlyArray<readonly [column: string, text: string | null]>): string {
    return fields.map(([column, text]) => this.field(column, text)).join(this.delimiter);
  }

  private field(column: string, text: string | null): string {
    if (text === null) return '';
    const quote = this.quoteFields
      ? this.quoteFields.has(column.toLowerCase())
      : this.useQuotes === 'Always' ||
        (this.useQuotes === 'AsNeeded' &&
          (text.includes(this.delimiter) || text.includes('\n') || text.includes('"')));
    return quote ? '"' + text.replaceAll('"', '""') + '"' : text;
  }
}

/** All lines for a list of objects. */
export function writeCsv(objects: Iterable<unknown>, options: CsvWriteOptions = {}): string[] {
  const writer = new CsvWriter(options);
  const lines: string[] = [];
  for (const o of objects) lines.push(...writer.write(o));
  return lines;
}

/** A dictionary's keys (pwsh 7.2+), else the object's properties. */
export function columnsOf(value: unknown): string[] {
  const target =
    value instanceof PSObject && value.baseObject instanceof PSHashtable ? value.baseObject : value;
  if (target instanceof PSHashtable) return target.keys().map((k) => toStr(k));
  return propertiesOf(value).map((p) => p.name);
}

function valueOf(value: unknown, column: string): unknown {
  const target =
    value instanceof PSObject && value.baseObject instanceof PSHashtable ? value.baseObject : value;
  if (target instanceof PSHashtable) return target.has(column) ? target.get(column) : null;
  const lower = column.toLowerCase();
  const property = propertiesOf(value).find((p) => p.name.toLowerCase() === lower);
  return property ? property.get() : null;
}

function typeLine(value: unknown): string {
  const isPlainWrapper =
    value instanceof PSObject &&
    value.baseObject !== null &&
    value.typeNames[0] === 'System.Management.Automation.PSCustomObject';
  const name = value instanceof PSObject && !isPlainWrapper ? value.typeNames[0] : typeNameOf(value);
  return name === undefined ? '#TYPE' : '#TYPE ' + name;
}
