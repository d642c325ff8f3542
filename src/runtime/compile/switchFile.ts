/** `switch -File path`: the file's lines as the switch's subject. */
import { readFileSync } from 'node:fs';
import { isAbsolute, resolve } from 'node:path';
import type { Extent } from '../../language/ast.js';
import { runtimeError } from '../errors.js';
import type { Ctx } from './Ctx.js';

export function readSwitchFile(ctx: Ctx, path: string, extent: Extent): string[] {
  const full = isAbsolute(path) ? path : resolve(ctx.rt.location, path);
  try {
    const text = readFileSync(full, 'utf8');
    const lines = text.split(/\r?\n/);
    if (lines.length > 0 && lines[lines.length - 1] === '') lines.pop();
    return lines;
  } catch {
    throw runtimeError({
      message: `Cannot find path '${full}' because it does not exist.`,
      id: 'PathNotFound',
      category: 'ObjectNotFound',
      exceptionType: 'System.Management.Automation.ItemNotFoundException',
      extent,
    });
  }
}
