/**
 * Character classes of the PowerShell tokenizer (about_Parsing, about_Quoting_Rules).
 *
 * pwsh accepts the typographic characters that word processors substitute: en dash, em dash and
 * horizontal bar wherever a dash is allowed, and curly quotes wherever a quote is allowed. Admin
 * scripts pasted from blog posts depend on this.
 */

export const isDash = (c: string | undefined): boolean =>
  c === '-' || c === '\u2013' || c === '\u2014' || c === '\u2015';

export const isSingleQuote = (c: string | undefined): boolean =>
  c === "'" || c === '\u2018' || c === '\u2019' || c === '\u201a' || c === '\u201b';

export const isDoubleQuote = (c: string | undefined): boolean =>
  c === '"' || c === '\u201c' || c === '\u201d' || c === '\u201e';

export const isNewLine = (c: string | undefined): boolean => c === '\n' || c === '\r';

/** Horizontal white space; the BOM and no-break space count too, as they do for pwsh. */
export const isBlank = (c: string | undefined): boolean =>
  c === ' ' ||
  c === '\t' ||
  c === '\f' ||
  c === '\v' ||
  c === '\u00a0' ||
  c === '\ufeff' ||
  c === '\u0085' ||
  (c !== undefined && c >= '\u2000' && c <= '\u200b') ||
  c === '\u2028' ||
  c === '\u2029' ||
  c === '\u3000';

export const isWhite = (c: string | undefined): boolean => isBlank(c) || isNewLine(c);

const letterPattern = /\p{L}|\p{Nl}|\p{Mn}|\p{Mc}|\p{Nd}|\p{Pc}/u;

/** Letters, digits and `_`: what identifiers, member names and variable names are made of. */
export const isWordChar = (c: string | undefined): boolean => {
  if (c === undefined) return false;
  const code = c.charCodeAt(0);
  if (code < 128) {
    return (
      (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57) || code === 95
    );
  }
  return letterPattern.test(c);
};

export const isDigit = (c: string | undefined): boolean => c !== undefined && c >= '0' && c <= '9';

/** Characters a variable name (`$name`) is made of: word characters and `?`. */
export const isVariableChar = (c: string | undefined): boolean => isWordChar(c) || c === '?';

/**
 * Characters that end a bare word in command mode (a command name or a generic argument).
 * about_Parsing: "a token ends at whitespace or at one of ( ) { } ; , | & < >".
 */
export const endsGenericWord = (c: string | undefined): boolean =>
  c === undefined ||
  isWhite(c) ||
  c === '(' ||
  c === ')' ||
  c === '{' ||
  c === '}' ||
  c === ';' ||
  c === ',' ||
  c === '|' ||
  c === '&' ||
  c === '<' ||
  c === '>';

/** A whole bare word that pwsh reads as a number (about_Numeric_Literals). */
export const numberPattern =
  /^[-\u2013\u2014\u2015]?(?:0x[0-9a-f]+|0b[01]+|(?:\d+\.?\d*|\.\d+)(?:e[-+\u2013\u2014\u2015]?\d+)?)(?:ul|lu|uy|us|u|l|d|y|s|n)?(?:kb|mb|gb|tb|pb)?$/i;

/** A number where an expression operand is expected: the longest match at the position. */
export const numberAtPattern =
  /(?:0x[0-9a-f]+|0b[01]+|(?:\d+(?:\.\d+)?|\.\d+)(?:e[-+\u2013\u2014\u2015]?\d+)?)(?:ul|lu|uy|us|u|l|d|y|s|n)?(?:kb|mb|gb|tb|pb)?/iy;
