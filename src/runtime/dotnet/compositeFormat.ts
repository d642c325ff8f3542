// .NET composite formatting (String.Format, PowerShell's -f operator): "{index[,alignment][:format]}"
// items, "{{" and "}}" escapes.  The parser is a port of .NET 8+'s
// StringBuilder.AppendFormatHelper, including its FormatException messages and offsets.
// Values are turned into text by a callback so the interpreter can plug in its own
// conversion (IFormattable.ToString(format, culture), ToString(), PowerShell rules...).

import { FormatException, Messages } from './errors.js';

/**
 * Formats one argument.  `format` is the text after ':' ('' for "{0:}", undefined
 * when there is no ':'); the callback should treat both as "no format".
 */
export type ArgumentFormatter = (value: unknown, format: string | undefined, index: number) => string;

/** The most an index or an alignment can grow to before .NET stops reading digits. */
const INDEX_LIMIT = 1_000_000;
const WIDTH_LIMIT = 1_000_000;

function fail(offset: number, reason: string): never {
  throw new FormatException(Messages.invalidStringWithOffset(offset, reason));
}

/** String.Format(format, args) with a caller-supplied argument formatter. */
export function formatComposite(
  format: string,
  args: readonly unknown[],
  formatter: ArgumentFormatter,
): string {
  let out = '';
  let pos = 0;
  const len = format.length;

  const moveNext = (): string => {
    pos++;
    if (pos >= len) fail(pos, Messages.unclosedFormatItem);
    return format[pos]!;
  };

  for (;;) {
    let ch: string;
    // Copy literal text up to the next brace, handling escapes.
    for (;;) {
      let next = pos;
      while (next < len && format[next] !== '{' && format[next] !== '}') next++;
      out += format.slice(pos, next);
      pos = next;
      if (pos >= len) return out;
      const brace = format[pos]!;
      ch = moveNext();
      if (brace === ch) {
        out += ch;
        pos++;
        continue;
      }
      if (brace !== '{') fail(pos, Messages.unexpectedClosingBrace);
      break;
    }

    // Index.
    let index = ch.charCodeAt(0) - 48;
    if (index < 0 || index > 9) fail(pos, Messages.expectedAsciiDigit);
    ch = moveNext();
    let width = 0;
    let leftJustify = false;
    let itemFormat: string | undefined;
    if (ch !== '}') {
      while (ch >= '0' && ch <= '9' && index < INDEX_LIMIT) {
        index = index * 10 + ch.charCodeAt(0) - 48;
        ch = moveNext();
      }
      while (ch === ' ') ch = moveNext();

      // Alignment.
      if (ch === ',') {
        do ch = moveNext();
        while (ch === ' ');
        if (ch === '-') {
          leftJustify = true;
          ch = moveNext();
        }
        width = ch.charCodeAt(0) - 48;
        if (width < 0 || width > 9) fail(pos, Messages.expectedAsciiDigit);
        ch = moveNext();
        while (ch >= '0' && ch <= '9' && width < WIDTH_LIMIT) {
          width = width * 10 + ch.charCodeAt(0) - 48;
          ch = moveNext();
        }
        while (ch === ' ') ch = moveNext();
      }

      // Format.
      if (ch !== '}') {
        if (ch !== ':') fail(pos, Messages.unclosedFormatItem);
        const start = pos + 1;
        for (;;) {
          ch = moveNext();
          if (ch === '}') break;
          if (ch === '{') fail(pos, Messages.unclosedFormatItem);
        }
        itemFormat = format.slice(start, pos);
      }
    }
    pos++; // past '}'

    if (index >= args.length) throw new FormatException(Messages.indexOutOfRange);
    const s = formatter(args[index], itemFormat, index);
    const pad = width - s.length;
    if (!leftJustify && pad > 0) out += ' '.repeat(pad);
    out += s;
    if (leftJustify && pad > 0) out += ' '.repeat(pad);
  }
}

/** The message PowerShell's -f operator shows for a FormatException from String.Format. */
export function powerShellFormatErrorMessage(error: Error): string {
  return `Error formatting a string: ${error.message}.`;
}
