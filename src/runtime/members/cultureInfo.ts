/**
 * [cultureinfo]: the cultures tenantsh knows (en-US and the invariant culture), enough for
 * `$n.ToString('N2', [cultureinfo]::InvariantCulture)` and `[cultureinfo]::CurrentCulture.Name`.
 */
import { cannotConvert, registerConverter } from '../convert/convertTo.js';
import { PSObject } from '../values/PSObject.js';
import { EN_US_WINDOWS, INVARIANT, type CultureInfo } from '../dotnet/culture.js';
import { str } from './args.js';
import { currentCulture } from './culture.js';
import { DotNetError } from './DotNetError.js';
import { defineFamily, defineStatics } from './families.js';

export class PSCultureInfo {
  readonly psTypeName = 'System.Globalization.CultureInfo';
  constructor(readonly culture: CultureInfo) {}
  get name(): string {
    return this.culture === INVARIANT ? '' : 'en-US';
  }
  psToString(): string {
    return this.name;
  }
}

/** The culture an IFormatProvider argument names ($null: the current culture). */
export function cultureOf(provider: unknown): CultureInfo {
  return provider instanceof PSCultureInfo ? provider.culture : currentCulture();
}

function byName(name: string): PSCultureInfo {
  const n = name.toLowerCase();
  if (n === '') return new PSCultureInfo(INVARIANT);
  if (n === 'en-us' || n === 'en') return new PSCultureInfo(EN_US_WINDOWS);
  throw new DotNetError(
    'System.Globalization.CultureNotFoundException',
    `Culture is not supported. (Parameter 'name')\n${name} is an invalid culture identifier.`,
  );
}

defineFamily((v): v is PSCultureInfo => v instanceof PSCultureInfo)
  .property('Name', 'string', (c) => c.name)
  .property('DisplayName', 'string', (c) =>
    c.name === '' ? 'Invariant Language (Invariant Country)' : 'English (United States)',
  )
  .property('TwoLetterISOLanguageName', 'string', (c) => (c.name === '' ? 'iv' : 'en'))
  .property('TextInfo', 'System.Globalization.TextInfo', (c) => new PSTextInfo(c.name));

const statics = defineStatics('System.Globalization.CultureInfo');
statics.members
  .property('InvariantCulture', 'cultureinfo', () => new PSCultureInfo(INVARIANT))
  .property('CurrentCulture', 'cultureinfo', () => new PSCultureInfo(currentCulture()))
  .property('CurrentUICulture', 'cultureinfo', () => new PSCultureInfo(currentCulture()))
  .method('cultureinfo GetCultureInfo(string name)', (_t, [n]) => byName(str(n) ?? ''));
statics.constructors.method('cultureinfo new(string name)', (_t, [n]) => byName(str(n) ?? ''));

registerConverter('System.Globalization.CultureInfo', (value, type) => {
  const v = value instanceof PSObject && value.baseObject !== null ? value.baseObject : value;
  if (v instanceof PSCultureInfo || v === null) return v;
  if (typeof v === 'string') return byName(v);
  throw cannotConvert(value, type);
});

/** CultureInfo.TextInfo: the casing helpers scripts use on names (ToTitleCase, ToUpper, ToLower). */
export class PSTextInfo {
  readonly psTypeName = 'System.Globalization.TextInfo';
  constructor(readonly cultureName: string) {}
}

/** TextInfo.ToTitleCase: each word's first letter upper-cased, the rest lower-cased, except words in all capitals (acronyms). */
function toTitleCase(text: string): string {
  return text.replace(/[\p{L}\p{N}']+/gu, (w) => (w.length > 1 && w === w.toUpperCase() && /\p{L}/u.test(w) ? w : w[0]!.toUpperCase() + w.slice(1).toLowerCase()));
}

defineFamily((v): v is PSTextInfo => v instanceof PSTextInfo)
  .property('CultureName', 'string', (t) => t.cultureName)
  .method('string ToTitleCase(string str)', (_t, [s]) => toTitleCase(str(s) ?? ''))
  .method('string ToUpper(string str)', (_t, [s]) => (str(s) ?? '').toUpperCase())
  .method('string ToLower(string str)', (_t, [s]) => (str(s) ?? '').toLowerCase());
