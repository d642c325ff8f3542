/**
 * Out-String: the text Out-Default would print, as one string ending in a newline, or with
 * -Stream as one string per line. Its default width is 80 (pwsh's Out-String, unlike the console
 * host, does not keep the last column free). -NoNewline joins the lines with nothing at all.
 */
import { OutDefault, type OutDefaultOptions } from './OutDefault.js';

export const OUT_STRING_DEFAULT_WIDTH = 80;

export interface OutStringOptions extends Omit<OutDefaultOptions, 'width'> {
  readonly width?: number;
  readonly stream?: boolean;
  readonly noNewline?: boolean;
}

export function outStringLines(values: readonly unknown[], options: OutStringOptions = {}): string[] {
  const lines: string[] = [];
  const out = new OutDefault((text) => lines.push(text.endsWith('\n') ? text.slice(0, -1) : text), {
    ...options,
    width: options.width ?? OUT_STRING_DEFAULT_WIDTH,
  });
  for (const v of values) out.push(v);
  out.flush();
  return lines;
}

export function outString(values: readonly unknown[], options: OutStringOptions & { stream: true }): string[];
export function outString(values: readonly unknown[], options?: OutStringOptions): string | string[];
export function outString(values: readonly unknown[], options: OutStringOptions = {}): string | string[] {
  const lines = outStringLines(values, options);
  if (options.stream) return lines;
  if (options.noNewline) return lines.join('');
  return lines.map((l) => l + '\n').join('');
}
