/**
 * Import-Csv and ConvertFrom-Csv: CSV text to PSCustomObjects, one at a time.
 *
 * pwsh reads each text (the file for Import-Csv; each piped string for ConvertFrom-Csv) with a
 * fresh reader that remembers, from one text to the next, only the header and the `#TYPE`. So a
 * CsvImporter keeps those two and `importText` follows pwsh's steps for one text:
 *  1. while no type is known, a first line starting with `#` is consumed; `#TYPE name` sets the
 *     type (objects then carry the type names `name` and `CSV:name`);
 *  2. while no header is known, records are read: trailing empty names are dropped, a record
 *     starting `#Fields: ` is a W3C header, other records starting with `#` are skipped, and the
 *     first other record (even a blank line) is the header;
 *  3. every further record is a row, except blank ones. Missing values are $null, extra values are
 *     dropped, empty header names become H1, H2, ... (with one warning per command).
 */
import { PSObject } from '../values/PSObject.js';
import { duplicateHeaderError, UNSPECIFIED_HEADER_WARNING } from './csvErrors.js';
import { CsvRecordScanner } from './csvRecordScanner.js';

export interface CsvReadOptions {
  /** One character; ',' by default. */
  readonly delimiter?: string;
  /** -Header: column names; the first record is then data. */
  readonly header?: readonly string[];
  /** Receives warning texts (the cmdlet writes them with WriteWarning). */
  readonly onWarning?: (message: string) => void;
}

const BOM = '\uFEFF';
const W3C_FIELDS = '#Fields: ';

export class CsvImporter {
  private header: string[] | null;
  private typeName: string | null = null;
  private warnedUnspecifiedName = false;
  private readonly delimiter: string;

  constructor(private readonly options: CsvReadOptions = {}) {
    this.delimiter = options.delimiter ?? ',';
    this.header = options.header ? [...options.header] : null;
  }

  /** The header once known (from -Header or the first record). */
  get headers(): readonly string[] | null {
    return this.header;
  }

  /** The rows of one text, as they are read. Throws CsvError on a duplicate column name. */
  *importText(text: string): Generator<PSObject, void, undefined> {
    // pwsh reads through a StreamReader, which drops a byte order mark.
    const scanner = new CsvRecordScanner(text.startsWith(BOM) ? text.slice(1) : text, this.delimiter);
    if (this.typeName === null && scanner.peekIs('#'))
      this.typeName = typeFromCommentLine(scanner.readLine());
    this.readHeader(scanner);
    for (;;) {
      const values = scanner.readRecord();
      if (values.length === 0) return;
      if (values.length === 1 && values[0] === '') continue;
      yield this.buildRow(this.header ?? [], values);
    }
  }

  private readHeader(scanner: CsvRecordScanner): void {
    while (this.header === null && !scanner.atEnd) {
      const values = scanner.readRecord();
      while (values.length > 1 && values[values.length - 1] === '') values.pop();
      const first = values[0];
      if (first !== undefined && first.startsWith(W3C_FIELDS)) {
        values[0] = first.slice(W3C_FIELDS.length);
        this.header = values;
      } else if (first === undefined || !first.startsWith('#')) {
        this.header = values;
      }
    }
    if (this.header) assertUniqueNames(this.header);
  }

  private buildRow(header: readonly string[], values: readonly string[]): PSObject {
    const row = new PSObject();
    let unspecified = 0;
    header.forEach((column, i) => {
      const name = column === '' ? `H${++unspecified}` : column;
      // addProperty replaces a same-named column in place, as pwsh's member collection does.
      row.addProperty({ name, kind: 'NoteProperty', value: i < values.length ? values[i] : null });
    });
    if (unspecified > 0 && !this.warnedUnspecifiedName) {
      this.warnedUnspecifiedName = true;
      this.options.onWarning?.(UNSPECIFIED_HEADER_WARNING);
    }
    if (this.typeName !== null) row.typeNames = [this.typeName, 'CSV:' + this.typeName];
    return row;
  }
}

/** `#TYPE Name` (any case) names the type; other `#` lines, and `#TYPE` alone, do not. */
function typeFromCommentLine(line: string): string | null {
  if (line.slice(0, 5).toLowerCase() !== '#type') return null;
  const name = line.slice(5).trim();
  return name === '' ? null : name;
}

function assertUniqueNames(names: readonly string[]): void {
  const seen = new Set<string>();
  for (const name of names) {
    if (name === '') continue;
    const key = name.toLowerCase();
    if (seen.has(key)) throw duplicateHeaderError(name);
    seen.add(key);
  }
}

/** Import-Csv: the rows of one CSV text, streamed. */
export function readCsvRecords(
  text: string,
  options: CsvReadOptions = {},
): Generator<PSObject, void, undefined> {
  return new CsvImporter(options).importText(text);
}

/** The whole of one CSV text at once, with the warnings it produced. */
export function parseCsv(
  text: string,
  options: Omit<CsvReadOptions, 'onWarning'> = {},
): { headers: string[]; rows: PSObject[]; warnings: string[] } {
  const warnings: string[] = [];
  const importer = new CsvImporter({ ...options, onWarning: (w) => warnings.push(w) });
  const rows = [...importer.importText(text)];
  return { headers: [...(importer.headers ?? [])], rows, warnings };
}

/**
 * ConvertFrom-Csv: each piped string is read as its own text (so it may hold several lines, or a
 * quoted field's line break), sharing the header and type found so far.
 */
export class CsvLineReader {
  private readonly importer: CsvImporter;
  constructor(options: CsvReadOptions = {}) {
    this.importer = new CsvImporter(options);
  }
  pushLine(text: string): PSObject[] {
    return [...this.importer.importText(text)];
  }
}
