/**
 * How Get-Content cuts a file's text: at `\r\n`, `\n` or a lone `\r` (a final line break ends the
 * last line rather than starting an empty one), or at a -Delimiter string, which is dropped from
 * each piece.
 */
export function splitLines(text: string): string[] {
  if (text === '') return [];
  const lines = text.split(/\r\n|\r|\n/);
  if (lines[lines.length - 1] === '') lines.pop();
  return lines;
}

export function splitAtDelimiter(text: string, delimiter: string): string[] {
  if (text === '') return [];
  if (delimiter === '') return [text];
  const pieces = text.split(delimiter);
  if (pieces[pieces.length - 1] === '') pieces.pop();
  return pieces;
}
