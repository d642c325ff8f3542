/** Format-List (`-Property *` is the wildcard that lists every property). */
import type { FormatResult } from './FormatResult.js';
import { runFormatCommand, type FormatCommandOptions } from './formatCommand.js';

export function formatList(values: readonly unknown[], options: FormatCommandOptions = {}): FormatResult {
  return runFormatCommand(values, { kind: 'list' }, options);
}
