/**
 * One command in a running pipeline. Objects are pushed: the command upstream calls `process` with
 * each object it writes, so `Import-Csv big.csv | Remove-MsolUser` starts removing before the file
 * is read to the end. A command that is first in its pipeline gets one `processNoInput` call.
 */
import type { Sink } from '../compile/Ctx.js';
import { enumerableItems } from '../values/enumerate.js';

export interface Processor {
  /** Where this command's output goes (the next command's input, or the pipeline's output). */
  out: Sink;
  /** True when a command upstream feeds this one. */
  expectingInput: boolean;
  begin(): void;
  process(input: unknown): void;
  processNoInput(): void;
  end(): void;
  /** Whether this command wrote a non-terminating error ($? after the pipeline). */
  readonly hadErrors: boolean;
}

/** Writes a value to a sink the way WriteObject(value, true) does: collections item by item. */
export function writeEnumerated(out: Sink, value: unknown): void {
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) out(value[i]);
    return;
  }
  if (value !== null && typeof value === 'object') {
    const items = enumerableItems(value);
    if (items) {
      for (const item of items) out(item);
      return;
    }
  }
  out(value);
}

