/**
 * Text measuring and wrapping for the formatter. A "cell" is one character position on the
 * screen; tenantsh counts UTF-16 code points (pwsh also counts East Asian wide characters as
 * two cells, which admin scripts rarely print).
 */

export const ELLIPSIS = '…';

export function cellLength(text: string): number {
  let n = 0;
  for (const _ of text) n++;
  return n;
}

/** The first `count` cells of a text. */
export function headCells(text: string, count: number): string {
  return [...text].slice(0, count).join('');
}

/** The last `count` cells of a text. */
export function tailCells(text: string, count: number): string {
  const chars = [...text];
  return chars.slice(Math.max(0, chars.length - count)).join('');
}

export function spaces(count: number): string {
  return count > 0 ? ' '.repeat(count) : '';
}

/** A table cell shows one line unless -Wrap: the text before its first line break, then `…`. */
export function firstLine(text: string): string {
  const i = text.search(/[\r\n]/);
  return i < 0 ? text : text.slice(0, i) + ELLIPSIS;
}

/**
 * Splits a text into lines of at most `width` cells: at its own line breaks, then between words
 * (a word keeps the spaces that follow it, as pwsh's list view shows), cutting a word that is
 * wider than a whole line.
 */
export function wrapText(text: string, width: number): string[] {
  const out: string[] = [];
  for (const paragraph of text.split(/\r\n|\n|\r/)) {
    if (width <= 0) {
      out.push(paragraph);
      continue;
    }
    let line = '';
    let lineCells = 0;
    for (const word of paragraph.match(/[^ ]+ *| +/g) ?? ['']) {
      let w = word;
      let wCells = cellLength(w);
      if (lineCells + wCells <= width) {
        line += w;
        lineCells += wCells;
        continue;
      }
      const trimmed = w.trimEnd();
      if (lineCells + cellLength(trimmed) <= width) {
        // The word fits once its trailing spaces are dropped at the end of the line.
        out.push(line + trimmed);
        line = '';
        lineCells = 0;
        continue;
      }
      if (lineCells > 0) {
        out.push(line);
        line = '';
        lineCells = 0;
      }
      while (wCells > width) {
        out.push(headCells(w, width));
        w = [...w].slice(width).join('');
        wCells -= width;
      }
      line = w;
      lineCells = wCells;
    }
    out.push(line);
  }
  return out;
}
