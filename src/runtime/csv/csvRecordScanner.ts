/**
 * Splits CSV text into records the way pwsh's ImportCsvHelper does, quirks included: leading
 * blanks of a field are dropped, trailing ones kept; a quote opens a quoted field only at the
 * start of a field; text after a closing quote is appended unless it is only blanks; a quote in
 * the middle of a field is kept literally; `\r\n`, `\n` and a lone `\r` all end a record; a field
 * left empty at the very end of the text is not a field at all.
 */
export class CsvRecordScanner {
  private pos = 0;

  constructor(
    private readonly text: string,
    private readonly delimiter: string,
  ) {}

  get atEnd(): boolean {
    return this.pos >= this.text.length;
  }

  peekIs(ch: string): boolean {
    return this.text[this.pos] === ch;
  }

  /** The rest of the current line, consuming the line break. */
  readLine(): string {
    const start = this.pos;
    while (!this.atEnd && this.text[this.pos] !== '\n' && this.text[this.pos] !== '\r') this.pos++;
    const line = this.text.slice(start, this.pos);
    this.readNewLine();
    return line;
  }

  /** The fields of the next record; an empty array at the end of the text. */
  readRecord(): string[] {
    const fields: string[] = [];
    let current = '';
    let inQuotes = false;
    while (!this.atEnd) {
      const ch = this.text[this.pos++]!;
      if (ch === this.delimiter) {
        if (inQuotes) current += ch;
        else {
          fields.push(current);
          current = '';
        }
      } else if (ch === '"') {
        if (inQuotes) {
          if (this.peekIs('"')) {
            this.pos++;
            current += '"';
            continue;
          }
          inQuotes = false;
          const rest = this.readTillNextDelimiter(true);
          fields.push(current + rest.text);
          current = '';
          if (rest.endOfRecord) break;
        } else if (current.length === 0) {
          inQuotes = true;
        } else {
          // A quote inside an unquoted field: pwsh is lenient and keeps it.
          const rest = this.readTillNextDelimiter(false);
          fields.push(current + '"' + rest.text);
          current = '';
          if (rest.endOfRecord) break;
        }
      } else if (ch === ' ' || ch === '\t') {
        if (inQuotes || current.length > 0) current += ch;
      } else if (ch === '\r' || ch === '\n') {
        const newLine = ch === '\r' && this.peekIs('\n') ? (this.pos++, '\r\n') : ch;
        if (inQuotes) current += newLine;
        else {
          fields.push(current);
          current = '';
          break;
        }
      } else {
        current += ch;
      }
    }
    if (current.length > 0) fields.push(current);
    return fields;
  }

  /** What follows a closing quote up to the delimiter; blanks alone are dropped when asked. */
  private readTillNextDelimiter(eatTrailingBlanks: boolean): { text: string; endOfRecord: boolean } {
    let text = '';
    let sawNonBlank = false;
    for (;;) {
      if (this.atEnd) return { text: eatTrailingBlanks && !sawNonBlank ? '' : text, endOfRecord: true };
      const ch = this.text[this.pos++]!;
      if (ch === this.delimiter) break;
      if (ch === '\r' || ch === '\n') {
        if (ch === '\r' && this.peekIs('\n')) this.pos++;
        return { text: eatTrailingBlanks && !sawNonBlank ? '' : text, endOfRecord: true };
      }
      text += ch;
      if (ch !== ' ' && ch !== '\t') sawNonBlank = true;
    }
    return { text: eatTrailingBlanks && !sawNonBlank ? '' : text, endOfRecord: false };
  }

  private readNewLine(): void {
    if (this.peekIs('\r')) this.pos++;
    if (this.peekIs('\n')) this.pos++;
  }
}
