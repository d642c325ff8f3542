/** A script's text with its name, shared by every extent in its AST. */
import { LineMap } from '../../grammar/line-map.js';

export class SourceText {
  readonly lines: LineMap;

  constructor(
    /** The file path as the user gave it, or a label such as `<command>`. */
    readonly path: string,
    readonly text: string,
  ) {
    this.lines = new LineMap(text);
  }

  /** 1-based line and column of an offset. */
  position(offset: number): { line: number; column: number } {
    return this.lines.locate(offset);
  }

  lineText(line: number): string {
    return this.lines.lineText(this.text, line);
  }
}
