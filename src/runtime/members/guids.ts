/** System.Guid: [guid]::NewGuid() (from the MethodContext, so tests are deterministic), Empty, Parse, ToString(format). */
import { parseGuid } from '../convert/convertTo.js';
import { ConversionError } from '../convert/ConversionError.js';
import { TypedNumber } from '../values/numbers.js';
import { PSGuid, PSReference } from '../values/scalars.js';
import { str } from './args.js';
import { formatError } from './DotNetError.js';
import { defineFamily, defineStatics } from './families.js';
import { formatGuid } from './toDotNetString.js';

const EMPTY = new PSGuid('00000000-0000-0000-0000-000000000000');

function parse(text: string): PSGuid {
  try {
    return parseGuid(text);
  } catch (e) {
    if (e instanceof ConversionError) throw formatError('Unrecognized Guid format.');
    throw e;
  }
}

defineFamily((v): v is PSGuid => v instanceof PSGuid)
  .method('string ToString()', (g) => g.text)
  .method('string ToString(string format)', (g, [f]) => formatGuid(g, str(f)))
  .method('byte[] ToByteArray()', (g) => {
    const h = g.text.replace(/-/g, '');
    const bytes = Array.from({ length: 16 }, (_, i) => parseInt(h.slice(i * 2, i * 2 + 2), 16));
    // The first three groups are stored little-endian.
    const order = [3, 2, 1, 0, 5, 4, 7, 6, 8, 9, 10, 11, 12, 13, 14, 15];
    return order.map((i) => new TypedNumber('Byte', bytes[i]!));
  })
  .method('int CompareTo(System.Object value)', (g, [o]) =>
    o instanceof PSGuid ? Math.sign(g.text.localeCompare(o.text)) : 1,
  );

const statics = defineStatics('System.Guid');
statics.members
  .property('Empty', 'guid', () => EMPTY)
  .method('guid NewGuid()', (_t, _a, ctx) => new PSGuid(ctx.newGuid()))
  .method('guid Parse(string input)', (_t, [s]) => parse(str(s) ?? ''))
  .method('bool TryParse(string input, [ref] guid result)', (_t, [s, r]) => {
    try {
      (r as PSReference).set(parse(str(s) ?? ''));
      return true;
    } catch {
      (r as PSReference).set(EMPTY);
      return false;
    }
  });
statics.constructors
  .method('guid new()', () => EMPTY)
  .method('guid new(string g)', (_t, [s]) => parse(str(s) ?? ''));
