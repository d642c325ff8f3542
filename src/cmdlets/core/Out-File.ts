/**
 * Out-File: the input formatted as Out-String would format it (strings as they are, objects as
 * tables or lists at -Width columns), written to a file. As Export-Csv, the text is written once,
 * atomically, when the input ends; the checks pwsh makes on opening the file come first.
 */
import { defineCmdlet, param } from '../../runtime/commands/defineCmdlet.js';
import { outString } from '../../runtime/format/outString.js';
import { toStr } from '../../runtime/convert/toStringValue.js';
import { fileOpenFailure, ioFailure, noClobber } from '../shared/files/commandErrors.js';
import { encodingArgument } from '../shared/files/encodingArgument.js';
import { UTF8_NO_BOM } from '../shared/files/fileEncoding.js';
import { existingBytes, isDirectory, pathExists, writeFileAtomically } from '../shared/files/fileWrite.js';
import { resolveOutputPath } from '../shared/files/outputPath.js';
import { parentOf } from '../shared/files/providerPath.js';

export default defineCmdlet({
  name: 'Out-File',
  module: 'Microsoft.PowerShell.Utility',
  defaultParameterSet: 'ByPath',
  supportsShouldProcess: true,
  synopsis: 'Sends output to a file.',
  parameters: {
    FilePath: param.string({ aliases: ['Path'], sets: { ByPath: { mandatory: true, position: 0 } } }),
    LiteralPath: param.string({ aliases: ['PSPath', 'LP'], sets: { ByLiteralPath: { mandatory: true, byPropertyName: true } } }),
    Encoding: param.object({ position: 1, validateNotNullOrEmpty: true }),
    Append: param.switch(),
    Force: param.switch(),
    NoClobber: param.switch({ aliases: ['NoOverwrite'] }),
    Width: param.int({ validateRange: [2, 2147483647] }),
    NoNewline: param.switch(),
    InputObject: param.psobject({ fromPipeline: true }),
  },
  invoke: (c) => {
    const name = c.commandName;
    const items: unknown[] = [];
    let full = '';
    let skip = false;
    return {
      begin() {
        encodingArgument(c, c.params.Encoding);
        const shown = toStr(c.params.FilePath ?? c.params.LiteralPath);
        full = resolveOutputPath(c, shown, c.isBound('LiteralPath'));
        if (!c.shouldProcess(shown, 'Output to File')) {
          skip = true;
          return;
        }
        if (isDirectory(full)) {
          c.fail(fileOpenFailure(name, { message: `Access to the path '${full}' is denied.`, exceptionType: 'System.UnauthorizedAccessException' }));
        }
        if (!isDirectory(parentOf(full) || '/')) c.fail(fileOpenFailure(name, ioFailure({ code: 'ENOENT' }, full)));
        if (c.params.NoClobber && !c.params.Append && pathExists(full)) c.fail(noClobber(name, full));
      },
      process() {
        if (c.params.InputObject !== undefined) items.push(c.params.InputObject);
      },
      end() {
        if (skip) return;
        const width = c.params.Width ?? c.callerCtx.rt.width;
        const text = outString(items, { width, noNewline: c.params.NoNewline ?? false }) as string;
        const encoding = encodingArgument(c, c.params.Encoding) ?? UTF8_NO_BOM;
        const previous = c.params.Append ? existingBytes(full) : null;
        try {
          const start = previous === null || previous.length === 0;
          writeFileAtomically(full, Buffer.concat([previous ?? Buffer.alloc(0), encoding.encode(text, start)]));
        } catch (e) {
          c.fail(fileOpenFailure(name, ioFailure(e, full)));
        }
      },
    };
  },
});
