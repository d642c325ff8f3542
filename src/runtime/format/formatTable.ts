/** Format-Table. */
import type { FormatResult } from './FormatResult.js';
import { runFormatCommand, type FormatCommandOptions } from './formatCommand.js';

export interface FormatTableOptions extends FormatCommandOptions {
  readonly autoSize?: boolean;
  readonly hideTableHeaders?: boolean;
  readonly wrap?: boolean;
}

export function formatTable(values: readonly unknown[], options: FormatTableOptions = {}): FormatResult {
  return runFormatCommand(
    values,
    { kind: 'table', autoSize: options.autoSize, hideHeader: options.hideTableHeaders, wrap: options.wrap },
    options,
  );
}
