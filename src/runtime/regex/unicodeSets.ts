/**
 * The character sets behind .NET's `\w`, `\d`, `\s`, `\p{Category}` and `\p{IsBlock}`.
 * General categories are read from V8's own Unicode tables (a `\p{..}` test per code unit, done
 * once per category and cached), so they follow the same Unicode data as the rest of the host.
 * Only names in the fixed tables below ever reach a RegExp constructor.
 */
import { CharSet } from './charSet.js';

const GENERAL_CATEGORIES = new Set([
  'L', 'Lu', 'Ll', 'Lt', 'Lm', 'Lo',
  'M', 'Mn', 'Mc', 'Me',
  'N', 'Nd', 'Nl', 'No',
  'P', 'Pc', 'Pd', 'Ps', 'Pe', 'Pi', 'Pf', 'Po',
  'S', 'Sm', 'Sc', 'Sk', 'So',
  'Z', 'Zs', 'Zl', 'Zp',
  'C', 'Cc', 'Cf', 'Cs', 'Co', 'Cn',
]); // prettier-ignore

/** Named Unicode blocks .NET accepts as `\p{IsName}` (the commonly used BMP subset). */
const BLOCKS = new Map<string, readonly [number, number]>([
  ['IsBasicLatin', [0x0000, 0x007f]],
  ['IsLatin-1Supplement', [0x0080, 0x00ff]],
  ['IsLatinExtended-A', [0x0100, 0x017f]],
  ['IsLatinExtended-B', [0x0180, 0x024f]],
  ['IsIPAExtensions', [0x0250, 0x02af]],
  ['IsSpacingModifierLetters', [0x02b0, 0x02ff]],
  ['IsCombiningDiacriticalMarks', [0x0300, 0x036f]],
  ['IsGreek', [0x0370, 0x03ff]],
  ['IsGreekandCoptic', [0x0370, 0x03ff]],
  ['IsCyrillic', [0x0400, 0x04ff]],
  ['IsCyrillicSupplement', [0x0500, 0x052f]],
  ['IsArmenian', [0x0530, 0x058f]],
  ['IsHebrew', [0x0590, 0x05ff]],
  ['IsArabic', [0x0600, 0x06ff]],
  ['IsSyriac', [0x0700, 0x074f]],
  ['IsThaana', [0x0780, 0x07bf]],
  ['IsDevanagari', [0x0900, 0x097f]],
  ['IsBengali', [0x0980, 0x09ff]],
  ['IsGurmukhi', [0x0a00, 0x0a7f]],
  ['IsGujarati', [0x0a80, 0x0aff]],
  ['IsTamil', [0x0b80, 0x0bff]],
  ['IsTelugu', [0x0c00, 0x0c7f]],
  ['IsKannada', [0x0c80, 0x0cff]],
  ['IsMalayalam', [0x0d00, 0x0d7f]],
  ['IsThai', [0x0e00, 0x0e7f]],
  ['IsLao', [0x0e80, 0x0eff]],
  ['IsTibetan', [0x0f00, 0x0fff]],
  ['IsGeorgian', [0x10a0, 0x10ff]],
  ['IsHangulJamo', [0x1100, 0x11ff]],
  ['IsLatinExtendedAdditional', [0x1e00, 0x1eff]],
  ['IsGreekExtended', [0x1f00, 0x1fff]],
  ['IsGeneralPunctuation', [0x2000, 0x206f]],
  ['IsSuperscriptsandSubscripts', [0x2070, 0x209f]],
  ['IsCurrencySymbols', [0x20a0, 0x20cf]],
  ['IsLetterlikeSymbols', [0x2100, 0x214f]],
  ['IsNumberForms', [0x2150, 0x218f]],
  ['IsArrows', [0x2190, 0x21ff]],
  ['IsMathematicalOperators', [0x2200, 0x22ff]],
  ['IsMiscellaneousTechnical', [0x2300, 0x23ff]],
  ['IsBoxDrawing', [0x2500, 0x257f]],
  ['IsBlockElements', [0x2580, 0x259f]],
  ['IsGeometricShapes', [0x25a0, 0x25ff]],
  ['IsMiscellaneousSymbols', [0x2600, 0x26ff]],
  ['IsDingbats', [0x2700, 0x27bf]],
  ['IsCJKSymbolsandPunctuation', [0x3000, 0x303f]],
  ['IsHiragana', [0x3040, 0x309f]],
  ['IsKatakana', [0x30a0, 0x30ff]],
  ['IsCJKUnifiedIdeographs', [0x4e00, 0x9fff]],
  ['IsHangulSyllables', [0xac00, 0xd7af]],
  ['IsHighSurrogates', [0xd800, 0xdb7f]],
  ['IsLowSurrogates', [0xdc00, 0xdfff]],
  ['IsPrivateUse', [0xe000, 0xf8ff]],
  ['IsPrivateUseArea', [0xe000, 0xf8ff]],
  ['IsCJKCompatibilityIdeographs', [0xf900, 0xfaff]],
  ['IsAlphabeticPresentationForms', [0xfb00, 0xfb4f]],
  ['IsArabicPresentationForms-A', [0xfb50, 0xfdff]],
  ['IsHalfwidthandFullwidthForms', [0xff00, 0xffef]],
  ['IsSpecials', [0xfff0, 0xffff]],
]);

const cache = new Map<string, CharSet>();

function categorySet(name: string): CharSet {
  let set = cache.get(name);
  if (!set) {
    const re = new RegExp(`^\\p{${name}}$`, 'u');
    set = CharSet.fromPredicate((c) => re.test(String.fromCharCode(c)));
    cache.set(name, set);
  }
  return set;
}

/** The set for the name inside `\p{...}`, or null when .NET would report "Unknown property". */
export function unicodePropertySet(name: string): CharSet | null {
  if (GENERAL_CATEGORIES.has(name)) return categorySet(name);
  const block = BLOCKS.get(name);
  return block ? CharSet.range(block[0], block[1]) : null;
}

/** `\w`: letters, non-spacing marks, decimal digits and connector punctuation. */
export function wordSet(): CharSet {
  let set = cache.get('\\w');
  if (!set) {
    set = categorySet('L').union(categorySet('Mn')).union(categorySet('Nd')).union(categorySet('Pc'));
    cache.set('\\w', set);
  }
  return set;
}

/** What `\b` treats as a word character: `\w` plus ZERO WIDTH (NON-)JOINER. */
export function boundaryWordSet(): CharSet {
  return wordSet().union(CharSet.of(0x200c, 0x200d));
}

/** `\d`: Unicode decimal digits (Nd), as in .NET without RegexOptions.ECMAScript. */
export function digitSet(): CharSet {
  return categorySet('Nd');
}

/** `\s`: the control whitespace characters, NEL and every separator (Z). */
export function spaceSet(): CharSet {
  return CharSet.of(0x09, 0x0a, 0x0b, 0x0c, 0x0d, 0x85).union(categorySet('Z'));
}
