/** Shared helpers: run values through OutDefault and return what it printed. */
import { EN_US } from '../../../src/runtime/dotnet/culture.js';
import { OutDefault, type OutDefaultOptions } from '../../../src/runtime/format/OutDefault.js';
import { PSObject } from '../../../src/runtime/values/PSObject.js';

/** The printed text; the pwsh oracle ran on Linux, so the culture is en-US (ICU) unless given. */
export function printed(values: readonly unknown[], options: OutDefaultOptions = {}): string {
  let text = '';
  const out = new OutDefault((t) => (text += t), { culture: EN_US, ...options });
  for (const v of values) out.push(v);
  out.flush();
  return text;
}

export const obj = (entries: Record<string, unknown>): PSObject => PSObject.from(Object.entries(entries));

/** Expected pwsh output written as lines (each ends with a newline). */
export const lines = (...ls: string[]): string => ls.map((l) => l + '\n').join('');
