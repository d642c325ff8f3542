/**
 * The -Encoding argument of the file cmdlets and how text becomes bytes and back. pwsh 7 writes
 * UTF-8 without a byte order mark unless told otherwise, and reads by the byte order mark when
 * there is one, else in the given encoding (UTF-8 by default). `ansi` is Windows-1252, the code
 * page of the Windows machines admin scripts come from; `oem` is taken as UTF-8, as on Linux.
 */
import { EncodingValue } from '../../../runtime/members/encoding.js';
import { toStr } from '../../../runtime/convert/toStringValue.js';
import { isNumber, toDouble } from '../../../runtime/values/numbers.js';
import { PSObject } from '../../../runtime/values/PSObject.js';

type Codec = 'utf8' | 'utf16le' | 'utf16be' | 'utf32le' | 'utf32be' | 'ascii' | 'latin1' | 'windows1252';

export class FileEncoding {
  constructor(
    readonly codec: Codec,
    /** Whether a new file starts with the byte order mark. */
    readonly writesBom: boolean,
  ) {}

  /** The bytes of `text`, with the byte order mark when `atStart` and this encoding writes one. */
  encode(text: string, atStart: boolean): Buffer {
    const body = encodeText(text, this.codec);
    return atStart && this.writesBom ? Buffer.concat([bomOf(this.codec), body]) : body;
  }
}

export const UTF8_NO_BOM = new FileEncoding('utf8', false);

const NAMED = new Map<string, FileEncoding>([
  ['ascii', new FileEncoding('ascii', false)],
  ['ansi', new FileEncoding('windows1252', false)],
  ['bigendianunicode', new FileEncoding('utf16be', true)],
  ['bigendianutf32', new FileEncoding('utf32be', true)],
  ['oem', UTF8_NO_BOM],
  ['unicode', new FileEncoding('utf16le', true)],
  ['utf8', UTF8_NO_BOM],
  ['utf8bom', new FileEncoding('utf8', true)],
  ['utf8nobom', UTF8_NO_BOM],
  ['utf32', new FileEncoding('utf32le', true)],
  ['default', UTF8_NO_BOM],
  // Encoding.GetEncoding names and code pages.
  ['utf-8', new FileEncoding('utf8', true)],
  ['65001', new FileEncoding('utf8', true)],
  ['utf-16', new FileEncoding('utf16le', true)],
  ['utf-16le', new FileEncoding('utf16le', true)],
  ['1200', new FileEncoding('utf16le', true)],
  ['utf-16be', new FileEncoding('utf16be', true)],
  ['unicodefffe', new FileEncoding('utf16be', true)],
  ['1201', new FileEncoding('utf16be', true)],
  ['utf-32', new FileEncoding('utf32le', true)],
  ['utf-32le', new FileEncoding('utf32le', true)],
  ['12000', new FileEncoding('utf32le', true)],
  ['utf-32be', new FileEncoding('utf32be', true)],
  ['12001', new FileEncoding('utf32be', true)],
  ['us-ascii', new FileEncoding('ascii', false)],
  ['20127', new FileEncoding('ascii', false)],
  ['iso-8859-1', new FileEncoding('latin1', false)],
  ['latin1', new FileEncoding('latin1', false)],
  ['28591', new FileEncoding('latin1', false)],
  ['windows-1252', new FileEncoding('windows1252', false)],
  ['1252', new FileEncoding('windows1252', false)],
]);

const FROM_ENCODING_VALUE = new Map<string, FileEncoding>([
  ['utf-8', new FileEncoding('utf8', true)],
  ['us-ascii', new FileEncoding('ascii', false)],
  ['utf-16', new FileEncoding('utf16le', true)],
  ['utf-16BE', new FileEncoding('utf16be', true)],
  ['utf-32', new FileEncoding('utf32le', true)],
  ['iso-8859-1', new FileEncoding('latin1', false)],
]);

/** Thrown for an argument that names no encoding; the cmdlet reports pwsh's transformation error. */
export class UnknownEncodingError extends Error {
  constructor(readonly encodingName: string) {
    super(`'${encodingName}' is not a supported encoding name.`);
  }
}

/** The encoding an -Encoding argument names (a name, a code page, or an [Encoding] object). */
export function encodingFromArgument(value: unknown): FileEncoding {
  const raw = value instanceof PSObject && value.baseObject !== null ? value.baseObject : value;
  if (raw instanceof EncodingValue) return FROM_ENCODING_VALUE.get(raw.webName) ?? UTF8_NO_BOM;
  const name = isNumber(raw) ? String(toDouble(raw)) : toStr(raw);
  const found = NAMED.get(name.toLowerCase());
  if (!found) throw new UnknownEncodingError(name);
  return found;
}

/** Text from file bytes: a byte order mark decides, else `encoding` (UTF-8 when null). */
export function decodeFileBytes(bytes: Buffer, encoding: FileEncoding | null): string {
  const bom = detectBom(bytes);
  if (bom) return decodeText(bytes.subarray(bom.length), bom.codec);
  return decodeText(bytes, encoding?.codec ?? 'utf8');
}

function detectBom(b: Buffer): { codec: Codec; length: number } | null {
  if (b.length >= 3 && b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf) return { codec: 'utf8', length: 3 };
  if (b.length >= 4 && b[0] === 0xff && b[1] === 0xfe && b[2] === 0 && b[3] === 0) return { codec: 'utf32le', length: 4 };
  if (b.length >= 4 && b[0] === 0 && b[1] === 0 && b[2] === 0xfe && b[3] === 0xff) return { codec: 'utf32be', length: 4 };
  if (b.length >= 2 && b[0] === 0xff && b[1] === 0xfe) return { codec: 'utf16le', length: 2 };
  if (b.length >= 2 && b[0] === 0xfe && b[1] === 0xff) return { codec: 'utf16be', length: 2 };
  return null;
}

function bomOf(codec: Codec): Buffer {
  switch (codec) {
    case 'utf8':
      return Buffer.from([0xef, 0xbb, 0xbf]);
    case 'utf16le':
      return Buffer.from([0xff, 0xfe]);
    case 'utf16be':
      return Buffer.from([0xfe, 0xff]);
    case 'utf32le':
      return Buffer.from([0xff, 0xfe, 0, 0]);
    case 'utf32be':
      return Buffer.from([0, 0, 0xfe, 0xff]);
    default:
      return Buffer.alloc(0);
  }
}

const windows1252Decoder = new TextDecoder('windows-1252');
/** Code point -> Windows-1252 byte, for the characters that are not Latin-1's. */
const WINDOWS_1252_BYTES = new Map<number, number>();
for (let b = 0x80; b < 0xa0; b++) {
  const ch = windows1252Decoder.decode(Uint8Array.of(b)).charCodeAt(0);
  if (ch !== b) WINDOWS_1252_BYTES.set(ch, b);
}

function decodeText(bytes: Buffer, codec: Codec): string {
  switch (codec) {
    case 'utf8':
      return bytes.toString('utf8');
    case 'utf16le':
      return bytes.toString('utf16le');
    case 'utf16be':
      return Buffer.from(bytes).swap16().toString('utf16le');
    case 'ascii':
      return [...bytes].map((b) => String.fromCharCode(b < 0x80 ? b : 0x3f)).join('');
    case 'latin1':
      return bytes.toString('latin1');
    case 'windows1252':
      return windows1252Decoder.decode(bytes);
    case 'utf32le':
    case 'utf32be': {
      let out = '';
      for (let i = 0; i + 3 < bytes.length; i += 4) {
        out += String.fromCodePoint(codec === 'utf32le' ? bytes.readUInt32LE(i) : bytes.readUInt32BE(i));
      }
      return out;
    }
  }
}

function encodeText(text: string, codec: Codec): Buffer {
  switch (codec) {
    case 'utf8':
      return Buffer.from(text, 'utf8');
    case 'utf16le':
      return Buffer.from(text, 'utf16le');
    case 'utf16be':
      return Buffer.from(text, 'utf16le').swap16();
    case 'ascii':
      return Buffer.from([...text].map((c) => (c.charCodeAt(0) < 0x80 ? c.charCodeAt(0) : 0x3f)));
    case 'latin1':
      return Buffer.from([...text].map((c) => (c.charCodeAt(0) < 0x100 ? c.charCodeAt(0) : 0x3f)));
    case 'windows1252':
      return Buffer.from(
        [...text].map((c) => {
          const code = c.charCodeAt(0);
          return WINDOWS_1252_BYTES.get(code) ?? (code < 0x100 && (code < 0x80 || code >= 0xa0) ? code : 0x3f);
        }),
      );
    case 'utf32le':
    case 'utf32be': {
      const points = [...text].map((c) => c.codePointAt(0)!);
      const out = Buffer.alloc(points.length * 4);
      points.forEach((p, i) => (codec === 'utf32le' ? out.writeUInt32LE(p, i * 4) : out.writeUInt32BE(p, i * 4)));
      return out;
    }
  }
}
