/** `> file` and `2> file`: the redirected stream's objects written as Out-File would write them. */
import { appendFileSync, writeFileSync } from 'node:fs';
import { isAbsolute, resolve } from 'node:path';
import type { Extent } from '../../language/ast.js';
import { runtimeError } from '../errors.js';
import { toStr } from '../convert/toStringValue.js';
import type { Ctx } from './Ctx.js';
import { outString } from '../format/outString.js';

export function writeRedirectFile(ctx: Ctx, path: string, items: unknown[], append: boolean, extent: Extent): void {
  const full = isAbsolute(path) ? path : resolve(ctx.rt.location, path);
  const text = items.every((i) => typeof i === 'string') ? items.map((i) => toStr(i) + '\n').join('') : (outString(items, { width: 80 }) as string);
  try {
    if (append) appendFileSync(full, text);
    else writeFileSync(full, text);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    const message =
      code === 'EISDIR' || code === 'EACCES' || code === 'EPERM'
        ? `Access to the path '${full}' is denied.`
        : code === 'ENOENT'
          ? `Could not find a part of the path '${full}'.`
          : `Could not write to '${full}'.`;
    throw runtimeError({ message, id: 'FileOpenFailure', category: 'OpenError', exceptionType: 'System.UnauthorizedAccessException', extent });
  }
}
