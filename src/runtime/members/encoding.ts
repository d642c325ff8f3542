/**
 * [System.Text.Encoding]::UTF8 / ASCII / Unicode with GetBytes and GetString; bytes are arrays of
 * Byte numbers.
 */
import { TypedNumber } from '../values/numbers.js';
import { enumerableItems } from '../values/enumerate.js';
import { num, str } from './args.js';
import { argumentNull, DotNetError } from './DotNetError.js';
import { defineFamily, defineStatics } from './families.js';

/** Encoding names GetEncoding accepts (a Map: the name comes from the script). */
const encodingNames = new Map<string, EncodingName>([
  ['utf-8', 'utf-8'],
  ['utf8', 'utf-8'],
  ['ascii', 'us-ascii'],
  ['us-ascii', 'us-ascii'],
  ['unicode', 'utf-16'],
  ['utf-16', 'utf-16'],
  ['utf-16le', 'utf-16'],
  ['utf-16be', 'utf-16BE'],
  ['unicodefffe', 'utf-16BE'],
  ['utf-32', 'utf-32'],
  ['iso-8859-1', 'iso-8859-1'],
  ['latin1', 'iso-8859-1'],
]);

type EncodingName = 'utf-8' | 'us-ascii' | 'utf-16' | 'utf-16BE' | 'utf-32' | 'iso-8859-1';

export class EncodingValue {
  readonly psTypeName: string;
  constructor(readonly webName: EncodingName) {
    const names: Record<EncodingName, string> = {
      'utf-8': 'System.Text.UTF8Encoding',
      'us-ascii': 'System.Text.ASCIIEncoding',
      'utf-16': 'System.Text.UnicodeEncoding',
      'utf-16BE': 'System.Text.UnicodeEncoding',
      'utf-32': 'System.Text.UTF32Encoding',
      'iso-8859-1': 'System.Text.Latin1Encoding',
    };
    this.psTypeName = names[webName];
  }

  encode(text: string): number[] {
    switch (this.webName) {
      case 'utf-8':
        return [...Buffer.from(text, 'utf8')];
      case 'us-ascii':
        return [...text].map((c) => (c.charCodeAt(0) < 128 ? c.charCodeAt(0) : 63));
      case 'iso-8859-1':
        return [...text].map((c) => (c.charCodeAt(0) < 256 ? c.charCodeAt(0) : 63));
      case 'utf-16':
        return [...Buffer.from(text, 'utf16le')];
      case 'utf-16BE':
        return [...Buffer.from(text, 'utf16le').swap16()];
      case 'utf-32':
        return [...text].flatMap((c) => {
          const cp = c.codePointAt(0)!;
          return [cp & 255, (cp >> 8) & 255, (cp >> 16) & 255, 0];
        });
    }
  }

  decode(bytes: number[]): string {
    const buf = Buffer.from(bytes);
    switch (this.webName) {
      case 'utf-8':
        return buf.toString('utf8');
      case 'us-ascii':
        return bytes.map((b) => String.fromCharCode(b < 128 ? b : 63)).join('');
      case 'iso-8859-1':
        return buf.toString('latin1');
      case 'utf-16':
        return buf.toString('utf16le');
      case 'utf-16BE':
        return Buffer.from(buf).swap16().toString('utf16le');
      case 'utf-32': {
        let out = '';
        for (let i = 0; i + 3 < bytes.length; i += 4)
          out += String.fromCodePoint(bytes[i]! | (bytes[i + 1]! << 8) | (bytes[i + 2]! << 16));
        return out;
      }
    }
  }
}

const toBytes = (v: unknown): number[] => {
  if (v === null) throw argumentNull('bytes');
  return (enumerableItems(v) ?? [v]).map((b) => num(b) & 255);
};
const asByteArray = (bytes: number[]): TypedNumber[] => bytes.map((b) => new TypedNumber('Byte', b));

defineFamily((v): v is EncodingValue => v instanceof EncodingValue)
  .property('WebName', 'string', (e) => e.webName.toLowerCase())
  .property('EncodingName', 'string', (e) => e.psTypeName.replace('System.Text.', ''))
  .method('byte[] GetBytes(string s)', (e, [s]) => {
    if (s === null) throw argumentNull('s');
    return asByteArray(e.encode(str(s) ?? ''));
  })
  .method('string GetString(byte[] bytes)', (e, [b]) => e.decode(toBytes(b)))
  .method('string GetString(byte[] bytes, int index, int count)', (e, [b, i, n]) =>
    e.decode(toBytes(b).slice(num(i), num(i) + num(n))),
  )
  .method('int GetByteCount(string s)', (e, [s]) => e.encode(str(s) ?? '').length);

defineStatics('System.Text.Encoding')
  .members.property('UTF8', 'System.Text.Encoding', () => new EncodingValue('utf-8'))
  .property('ASCII', 'System.Text.Encoding', () => new EncodingValue('us-ascii'))
  .property('Unicode', 'System.Text.Encoding', () => new EncodingValue('utf-16'))
  .property('BigEndianUnicode', 'System.Text.Encoding', () => new EncodingValue('utf-16BE'))
  .property('UTF32', 'System.Text.Encoding', () => new EncodingValue('utf-32'))
  .property('Latin1', 'System.Text.Encoding', () => new EncodingValue('iso-8859-1'))
  .property('Default', 'System.Text.Encoding', () => new EncodingValue('utf-8'))
  .method('System.Text.Encoding GetEncoding(string name)', (_t, [n]) => {
    const text = str(n) ?? '';
    const found = encodingNames.get(text.toLowerCase());
    if (!found) {
      throw new DotNetError(
        'System.ArgumentException',
        `'${text}' is not a supported encoding name. For information on defining a custom encoding, see the documentation for the Encoding.RegisterProvider method. (Parameter 'name')`,
      );
    }
    return new EncodingValue(found);
  });

export { asByteArray, toBytes };
