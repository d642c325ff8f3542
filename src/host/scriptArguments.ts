/**
 * Arguments after the script name, read the way `pwsh -File script.ps1 ARGS` reads them: `-Name`
 * names a parameter (`-Name:value` carries its value), anything else is a positional string.
 */
import type { CommandArgument } from '../runtime/binder/CommandArgument.js';
import type { Extent } from '../language/ast.js';
import { SourceText } from '../language/source.js';

export function scriptArguments(args: readonly string[]): CommandArgument[] {
  const source = new SourceText('<command line>', args.join(' '));
  const extent: Extent = { source, start: 0, end: source.text.length };
  return args.map((a) => {
    const m = /^-([A-Za-z_?][\w-]*)(:)?(.*)$/s.exec(a);
    if (m && !/^-\d/.test(a)) {
      const name = m[1]!;
      if (m[2]) return { name, hasValue: true, value: m[3] === '$true' ? true : m[3] === '$false' ? false : m[3], extent, text: a };
      return { name, hasValue: false, value: undefined, extent, text: a };
    }
    return { name: null, hasValue: false, value: a, extent };
  });
}
