/** [System.Net.Mail.MailAddress] and [version]: small value types scripts parse and compare. */
import { cannotConvert, registerConverter } from '../convert/convertTo.js';
import { ConversionError } from '../convert/ConversionError.js';
import { PSObject } from '../values/PSObject.js';
import { num, str } from './args.js';
import { argumentError, argumentNull, DotNetError } from './DotNetError.js';
import { defineFamily, defineStatics } from './families.js';

export class MailAddressValue {
  readonly psTypeName = 'System.Net.Mail.MailAddress';
  constructor(
    readonly user: string,
    readonly host: string,
    readonly displayName: string,
  ) {}
  get address(): string {
    return `${this.user}@${this.host}`;
  }
  psToString(): string {
    return this.displayName ? `"${this.displayName}" <${this.address}>` : this.address;
  }
}

const BAD_MAIL = 'The specified string is not in the form required for an e-mail address.';

export function parseMailAddress(text: string, displayName?: string): MailAddressValue {
  if (text === '') throw argumentError('The value cannot be an empty string.', 'address');
  let display = displayName ?? '';
  let addr = text.trim();
  const angle = /^(.*?)\s*<([^<>]+)>$/.exec(addr);
  if (angle) {
    if (displayName === undefined) display = angle[1]!.trim().replace(/^"(.*)"$/, '$1');
    addr = angle[2]!.trim();
  }
  const m =
    /^([^@\s"(),:;<>[\\\]]+)@([A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)*)$/.exec(
      addr,
    );
  if (!m || m[1]!.startsWith('.') || m[1]!.endsWith('.') || m[1]!.includes('..'))
    throw new DotNetError('System.FormatException', BAD_MAIL);
  return new MailAddressValue(m[1]!, m[2]!, display);
}

defineFamily((v): v is MailAddressValue => v instanceof MailAddressValue)
  .property('Address', 'string', (m) => m.address)
  .property('User', 'string', (m) => m.user)
  .property('Host', 'string', (m) => m.host)
  .property('DisplayName', 'string', (m) => m.displayName)
  .method('string ToString()', (m) => m.psToString());

const mail = defineStatics('System.Net.Mail.MailAddress');
mail.constructors
  .method('mailaddress new(string address)', (_t, [a]) => {
    if (a === null) throw argumentNull('address');
    return parseMailAddress(str(a) ?? '');
  })
  .method('mailaddress new(string address, string displayName)', (_t, [a, d]) =>
    parseMailAddress(str(a) ?? '', str(d) ?? ''),
  );
mail.members.method('bool TryCreate(string address, [ref] mailaddress result)', (_t, [a, r]) => {
  const ref = r as { set(v: unknown): void };
  try {
    ref.set(parseMailAddress(str(a) ?? ''));
    return true;
  } catch {
    ref.set(null);
    return false;
  }
});

/** System.Version: Major.Minor[.Build[.Revision]]; absent parts are -1. */
export class VersionValue {
  readonly psTypeName = 'System.Version';
  constructor(readonly parts: readonly number[]) {}
  part(i: number): number {
    return this.parts[i] ?? -1;
  }
  compareTo(o: VersionValue): number {
    for (let i = 0; i < 4; i++) {
      const d = this.part(i) - o.part(i);
      if (d !== 0) return d < 0 ? -1 : 1;
    }
    return 0;
  }
  psToString(): string {
    return this.parts.join('.');
  }
  /** IComparable for -lt/-gt/-eq and Sort-Object; the other side is converted to [version]. */
  psCompare(other: unknown): number | null {
    let o = other;
    if (typeof o === 'string') {
      try {
        o = parseVersion(o);
      } catch {
        return null;
      }
    }
    return o instanceof VersionValue ? this.compareTo(o) : null;
  }
}

const BAD_VERSION = "Version string portion was too short or too long. (Parameter 'input')";

export function parseVersion(text: string): VersionValue {
  const pieces = text.trim().split('.');
  if (pieces.length < 2 || pieces.length > 4) throw argumentError(BAD_VERSION);
  const parts = pieces.map((p) => {
    if (!/^\s*\+?\d+\s*$/.test(p))
      throw new DotNetError('System.FormatException', `The input string '${p}' was not in a correct format.`);
    return Number(p);
  });
  return new VersionValue(parts);
}

defineFamily((v): v is VersionValue => v instanceof VersionValue)
  .property('Major', 'int', (v) => v.part(0))
  .property('Minor', 'int', (v) => v.part(1))
  .property('Build', 'int', (v) => v.part(2))
  .property('Revision', 'int', (v) => v.part(3))
  .method('int CompareTo(System.Object version)', (v, [o]) =>
    o instanceof VersionValue ? v.compareTo(o) : 1,
  )
  .method('bool Equals(System.Object obj)', (v, [o]) => o instanceof VersionValue && v.compareTo(o) === 0)
  .method('string ToString()', (v) => v.psToString())
  .method('string ToString(int fieldCount)', (v, [n]) => v.parts.slice(0, num(n)).join('.'));

const version = defineStatics('System.Version');
version.members.method('version Parse(string input)', (_t, [s]) => parseVersion(str(s) ?? ''));
version.constructors
  .method('version new()', () => new VersionValue([0, 0]))
  .method('version new(string version)', (_t, [s]) => parseVersion(str(s) ?? ''))
  .method('version new(int major, int minor)', (_t, a) => new VersionValue(a.map(num)))
  .method('version new(int major, int minor, int build)', (_t, a) => new VersionValue(a.map(num)))
  .method(
    'version new(int major, int minor, int build, int revision)',
    (_t, a) => new VersionValue(a.map(num)),
  );

registerConverter('System.Version', (value, type) => {
  const v = value instanceof PSObject && value.baseObject !== null ? value.baseObject : value;
  if (v instanceof VersionValue || v === null) return v;
  if (typeof v === 'string') {
    try {
      return parseVersion(v);
    } catch (e) {
      throw new ConversionError(
        `Cannot convert value "${v}" to type "System.Version". Error: "${(e as Error).message}"`,
      );
    }
  }
  throw cannotConvert(value, type);
});
registerConverter('System.Net.Mail.MailAddress', (value, type) => {
  const v = value instanceof PSObject && value.baseObject !== null ? value.baseObject : value;
  if (v instanceof MailAddressValue || v === null) return v;
  if (typeof v === 'string') {
    try {
      return parseMailAddress(v);
    } catch (e) {
      throw new ConversionError(
        `Cannot convert value "${v}" to type "System.Net.Mail.MailAddress". Error: "${(e as Error).message}"`,
      );
    }
  }
  throw cannotConvert(value, type);
});
