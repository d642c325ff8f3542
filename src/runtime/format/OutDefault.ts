/**
 * Out-Default: prints a script's pipeline output as `pwsh -File script.ps1 > out.txt` does.
 *
 * - Line width: with stdout redirected pwsh assumes an 80-column buffer and its console host
 *   uses one column less, so tables and lists are laid out in 79 columns (`width` overrides).
 * - Culture: en-US as on Windows (EN_US_WINDOWS), which admin scripts target.
 * - Buffering: pwsh holds a table's rows for up to 300 ms to size its columns, printing them
 *   when the table ends or when a row arrives after that time. tenantsh behaves as for a fast
 *   script: rows wait until the table ends (an object that needs another document, a
 *   Format-* result, or `flush()`). Text the host writes directly, such as Write-Host, must
 *   therefore NOT call `flush()`: in pwsh it appears before the rows of a table that is still
 *   being collected (after the blank line that opens the table), and writing it directly gives
 *   exactly that. Call `flush()` once, when the script's output ends.
 */
import { EN_US_WINDOWS, type CultureInfo } from '../dotnet/culture.js';
import { defaultViewFor } from './activeView.js';
import './builtinViews.js';
import { DocumentAssembler, type FormatEvents } from './DocumentAssembler.js';
import { DEFAULT_ENUMERATION_LIMIT, type DisplayOptions } from './displayString.js';
import { DocumentWriter } from './documentWriter.js';
import { FormatResult, type DocumentShape, type FormatEntry } from './FormatResult.js';
import { writeResult } from './render.js';

/** The console width pwsh assumes when stdout is not a terminal, minus the column it keeps free. */
export const REDIRECTED_LINE_WIDTH = 79;

export interface OutDefaultOptions {
  /** Line width for tables, lists and wide views (default 79). */
  readonly width?: number;
  readonly culture?: CultureInfo;
  /** $FormatEnumerationLimit (default 4). */
  readonly enumerationLimit?: number;
}

export class OutDefault {
  private readonly lineWidth: number;
  private readonly assembler: DocumentAssembler;
  private writer: DocumentWriter | null = null;

  constructor(
    private readonly write: (text: string) => void,
    options: OutDefaultOptions = {},
  ) {
    this.lineWidth = options.width ?? REDIRECTED_LINE_WIDTH;
    const display: DisplayOptions = {
      culture: options.culture ?? EN_US_WINDOWS,
      enumerationLimit: options.enumerationLimit ?? DEFAULT_ENUMERATION_LIMIT,
    };
    this.assembler = new DocumentAssembler((first) => defaultViewFor(first, display), this.events(), display);
  }

  private readonly writeLine = (line: string): void => this.write(line + '\n');

  private events(): FormatEvents {
    return {
      lines: (lines: readonly string[]): void => {
        if (this.writer) this.writer.add({ kind: 'lines', lines });
        else for (const l of lines) this.writeLine(l);
      },
      startDocument: (shape: DocumentShape): void => {
        this.writer = new DocumentWriter(shape, this.lineWidth, this.writeLine);
      },
      startGroup: (heading: string | undefined): void => this.writer?.startGroup(heading),
      entry: (entry: FormatEntry): void => this.writer?.add(entry),
      endDocument: (): void => {
        this.writer?.end();
        this.writer = null;
      },
    };
  }

  /** One object reaching the end of the script's pipeline. */
  push(value: unknown): void {
    if (value instanceof FormatResult) {
      // Format-* output ends the document being printed, then prints as it was laid out.
      this.assembler.end();
      writeResult(value, this.lineWidth, this.writeLine);
      return;
    }
    this.assembler.push(value);
  }

  /** The end of the output: prints the table still being collected and closes it. */
  flush(): void {
    this.assembler.end();
  }
}
