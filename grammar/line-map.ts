/**
 * Offsets to 1-based lines and columns. pwsh counts a line break as `\r\n`, `\n` or a lone `\r`,
 * and columns in UTF-16 code units, which is what JavaScript string offsets are.
 */
export class LineMap {
  private readonly starts: number[] = [0];
  /** The last line found: tokens are located in increasing order, so most look-ups start here. */
  private cursor = 0;

  constructor(text: string) {
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c === 10) this.starts.push(i + 1);
      else if (c === 13) {
        if (text.charCodeAt(i + 1) === 10) i++;
        this.starts.push(i + 1);
      }
    }
  }

  locate(offset: number): { line: number; column: number } {
    const starts = this.starts;
    let line = this.cursor;
    if (starts[line]! > offset || (line + 1 < starts.length && starts[line + 1]! <= offset)) {
      if (line + 1 < starts.length && starts[line + 1]! <= offset && (line + 2 >= starts.length || starts[line + 2]! > offset)) {
        line++;
      } else {
        let lo = 0;
        let hi = starts.length - 1;
        while (lo < hi) {
          const mid = (lo + hi + 1) >> 1;
          if (starts[mid]! <= offset) lo = mid;
          else hi = mid - 1;
        }
        line = lo;
      }
    }
    this.cursor = line;
    return { line: line + 1, column: offset - starts[line]! + 1 };
  }

  /** The text of a 1-based line, without its line break. */
  lineText(text: string, line: number): string {
    const start = this.starts[line - 1] ?? text.length;
    const next = this.starts[line] ?? text.length;
    return text.slice(start, next).replace(/\r?\n$|\r$/, '');
  }
}
