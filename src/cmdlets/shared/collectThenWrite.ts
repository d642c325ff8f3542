/**
 * The shape of the Format-* cmdlets: collect every pipeline object, then write one result built
 * from all of them at the end (nothing when there was no input).
 */
import type { CmdletBody } from '../../runtime/commands/defineCmdlet.js';
import type { CmdletCall } from '../../runtime/commands/CmdletCall.js';

export function collectThenWrite(c: CmdletCall<{ InputObject?: unknown }>, render: (items: unknown[]) => unknown): CmdletBody {
  const items: unknown[] = [];
  return {
    process() {
      if (c.params.InputObject !== undefined) items.push(c.params.InputObject);
    },
    end() {
      if (items.length > 0) c.write(render(items));
    },
  };
}
