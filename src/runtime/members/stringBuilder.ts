/** System.Text.StringBuilder: Append/AppendLine/AppendFormat/Insert/Replace/Remove/Clear/ToString/Length. */
import { registerConverter } from '../convert/convertTo.js';
import { toStr } from '../convert/toStringValue.js';
import { formatComposite } from '../dotnet/compositeFormat.js';
import { enumerableItems } from '../values/enumerate.js';
import { PSObject } from '../values/PSObject.js';
import { chr, num, str } from './args.js';
import { argumentError, mustBeAtMost, mustBeNonNegative } from './DotNetError.js';
import { defineFamily, defineStatics } from './families.js';
import { formatArgument } from './formatArgument.js';
import { toDotNetString } from './toDotNetString.js';

export class StringBuilderValue {
  readonly psTypeName = 'System.Text.StringBuilder';
  constructor(public text = '') {}
  psToString(): string {
    return this.text;
  }
}

/** Append(object) uses the value's .NET ToString (current culture), as StringBuilder does. */
function textOf(v: unknown): string {
  if (v === null || v === undefined) return '';
  if (typeof v === 'string') return v;
  if (v instanceof PSObject && v.baseObject === null) return toStr(v);
  return toDotNetString(v);
}

defineFamily((v): v is StringBuilderValue => v instanceof StringBuilderValue)
  .property(
    'Length',
    'int',
    (b) => b.text.length,
    (b, v) => {
      const n = num(v);
      b.text = n <= b.text.length ? b.text.slice(0, n) : b.text.padEnd(n, '\0');
    },
  )
  .property('Capacity', 'int', (b) => Math.max(16, b.text.length))
  .method('System.Text.StringBuilder Append(string value)', (b, [v]) => {
    b.text += str(v) ?? '';
    return b;
  })
  .method('System.Text.StringBuilder Append(char value)', (b, [v]) => {
    b.text += chr(v);
    return b;
  })
  .method('System.Text.StringBuilder Append(System.Object value)', (b, [v]) => {
    b.text += textOf(v);
    return b;
  })
  .method('System.Text.StringBuilder Append(char value, int repeatCount)', (b, [v, n]) => {
    b.text += chr(v).repeat(num(n));
    return b;
  })
  .method('System.Text.StringBuilder AppendLine()', (b) => {
    b.text += '\n';
    return b;
  })
  .method('System.Text.StringBuilder AppendLine(string value)', (b, [v]) => {
    b.text += (str(v) ?? '') + '\n';
    return b;
  })
  .method(
    'System.Text.StringBuilder AppendFormat(string format, params System.Object[] args)',
    (b, [f, a]) => {
      b.text += formatComposite(str(f) ?? '', enumerableItems(a) ?? [], formatArgument);
      return b;
    },
  )
  .method(
    'System.Text.StringBuilder AppendJoin(string separator, params System.Object[] values)',
    (b, [s, a]) => {
      b.text += (enumerableItems(a) ?? []).map(textOf).join(str(s) ?? '');
      return b;
    },
  )
  .method('System.Text.StringBuilder Insert(int index, string value)', (b, [i, v]) => {
    const k = num(i);
    if (k < 0 || k > b.text.length) throw mustBeAtMost('index', k, b.text.length);
    b.text = b.text.slice(0, k) + (str(v) ?? '') + b.text.slice(k);
    return b;
  })
  .method('System.Text.StringBuilder Remove(int startIndex, int length)', (b, [i, n]) => {
    const k = num(i);
    const len = num(n);
    if (k < 0) throw mustBeNonNegative('startIndex', k);
    if (len < 0) throw mustBeNonNegative('length', len);
    if (k + len > b.text.length)
      throw argumentError(
        'Index was out of range. Must be non-negative and less than the size of the collection.',
        'length',
      );
    b.text = b.text.slice(0, k) + b.text.slice(k + len);
    return b;
  })
  .method('System.Text.StringBuilder Replace(string oldValue, string newValue)', (b, [o, n]) => {
    const old = str(o) ?? '';
    if (old === '') throw argumentError('The value cannot be an empty string.', 'oldValue');
    b.text = b.text.split(old).join(str(n) ?? '');
    return b;
  })
  .method('System.Text.StringBuilder Replace(char oldChar, char newChar)', (b, [o, n]) => {
    b.text = b.text.split(chr(o)).join(chr(n));
    return b;
  })
  .method('System.Text.StringBuilder Clear()', (b) => {
    b.text = '';
    return b;
  })
  .method('string ToString()', (b) => b.text)
  .method('string ToString(int startIndex, int length)', (b, [i, n]) => {
    const k = num(i);
    const len = num(n);
    if (k < 0) throw mustBeNonNegative('startIndex', k);
    if (len < 0) throw mustBeNonNegative('length', len);
    if (k + len > b.text.length) throw mustBeAtMost('length', len, b.text.length - k);
    return b.text.slice(k, k + len);
  });

const statics = defineStatics('System.Text.StringBuilder');
statics.constructors
  .method('System.Text.StringBuilder new()', () => new StringBuilderValue())
  .method('System.Text.StringBuilder new(int capacity)', () => new StringBuilderValue())
  .method('System.Text.StringBuilder new(string value)', (_t, [v]) => new StringBuilderValue(str(v) ?? ''));

registerConverter('System.Text.StringBuilder', (value) =>
  value instanceof StringBuilderValue ? value : new StringBuilderValue(value === null ? '' : toStr(value)),
);
