/** Format-Wide. */
import type { FormatResult } from './FormatResult.js';
import { runFormatCommand, type FormatCommandOptions } from './formatCommand.js';

export interface FormatWideOptions extends FormatCommandOptions {
  /** -Column: items per line. */
  readonly column?: number;
  readonly autoSize?: boolean;
}

export function formatWide(values: readonly unknown[], options: FormatWideOptions = {}): FormatResult {
  return runFormatCommand(
    values,
    { kind: 'wide', wideColumns: options.column, autoSize: options.autoSize },
    options,
  );
}
