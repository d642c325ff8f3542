/**
 * Tee-Object: passes every object on and also saves it, to a file (as Out-File would write it:
 * strings as lines, other objects formatted) or to a variable in the caller's scope (one object
 * as itself, several as an array, none as $null).
 */
import { writeFileSync, appendFileSync } from 'node:fs';
import { isAbsolute, resolve } from 'node:path';
import { defineCmdlet, param } from '../../runtime/commands/defineCmdlet.js';
import { parseVariablePath, writeVariable } from '../../runtime/compile/variables.js';
import { toStr } from '../../runtime/convert/toStringValue.js';
import { outString } from '../../runtime/format/outString.js';

/** The text Out-File writes for a batch of objects. */
function fileText(items: readonly unknown[]): string {
  if (items.length === 0) return '';
  if (items.every((i) => typeof i === 'string')) return items.map((i) => toStr(i) + '\n').join('');
  return outString(items, { width: 80 }) as string;
}

export default defineCmdlet({
  name: 'Tee-Object',
  module: 'Microsoft.PowerShell.Utility',
  aliases: ['tee'],
  defaultParameterSet: 'File',
  synopsis: 'Saves command output in a file or variable and also sends it down the pipeline.',
  parameters: {
    InputObject: param.psobject({ fromPipeline: true }),
    FilePath: param.string({ sets: { File: { mandatory: true, position: 0 } }, aliases: ['Path'] }),
    LiteralPath: param.string({ sets: { LiteralFile: { mandatory: true } }, aliases: ['PSPath', 'LP'] }),
    Append: param.switch({ sets: ['File'] }),
    Encoding: param.object({ sets: ['File', 'LiteralFile'] }),
    Variable: param.string({ sets: { Variable: { mandatory: true } } }),
  },
  invoke: (c) => {
    const saved: unknown[] = [];
    let fullPath: string | null = null;

    const openFile = (path: string, append: boolean): void => {
      fullPath = isAbsolute(path) ? path : resolve(c.callerCtx.rt.location, path);
      try {
        // Like Out-File, the file is created (or emptied) before the first object arrives.
        if (append) appendFileSync(fullPath, '');
        else writeFileSync(fullPath, '');
      } catch (e) {
        c.fail({
          message: fileErrorMessage(e, fullPath),
          id: 'FileOpenFailure,Microsoft.PowerShell.Commands.OutFileCommand',
          commandName: 'out-file',
          category: 'OpenError',
          exceptionType: 'System.IO.DirectoryNotFoundException',
          target: fullPath,
        });
      }
    };

    return {
      begin() {
        const path = c.params.FilePath ?? c.params.LiteralPath;
        if (path !== undefined) openFile(path, c.params.Append === true);
      },
      process() {
        if (c.params.InputObject === undefined) return;
        saved.push(c.params.InputObject);
        c.write(c.params.InputObject);
      },
      end() {
        if (c.params.Variable !== undefined) {
          const value = saved.length === 0 ? null : saved.length === 1 ? saved[0] : [...saved];
          writeVariable(c.callerCtx, parseVariablePath(c.params.Variable), value, c.extent);
        }
        if (fullPath !== null) appendFileSync(fullPath, fileText(saved));
      },
    };
  },
});

function fileErrorMessage(e: unknown, path: string): string {
  const code = e instanceof Error && 'code' in e ? String((e as NodeJS.ErrnoException).code) : '';
  if (code === 'ENOENT') return `Could not find a part of the path '${path}'.`;
  if (code === 'EACCES' || code === 'EPERM') return `Access to the path '${path}' is denied.`;
  return e instanceof Error ? e.message : String(e);
}
