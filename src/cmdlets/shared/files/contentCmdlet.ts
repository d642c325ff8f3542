/**
 * Set-Content and Add-Content: the same cmdlet but for replacing or extending the file. Each value
 * (piped or given) is one line, written as its string form. The lines are collected and the file
 * is written once at the end, atomically, so an error upstream leaves the file as it was.
 */
import { defineCmdlet, param, type CmdletInfo } from '../../../runtime/commands/defineCmdlet.js';
import { toStr } from '../../../runtime/convert/toStringValue.js';
import { enumerableItems } from '../../../runtime/values/enumerate.js';
import { commandError, ioFailure, notSupportedOnDrive } from './commandErrors.js';
import { pathArguments } from './cmdletPaths.js';
import { encodingArgument } from './encodingArgument.js';
import { UTF8_NO_BOM } from './fileEncoding.js';
import { existingBytes, isDirectory, writeFileAtomically } from './fileWrite.js';
import { resolveOutputPath } from './outputPath.js';
import { parentOf } from './providerPath.js';

export function contentCmdlet(name: 'Set-Content' | 'Add-Content', synopsis: string): CmdletInfo {
  const append = name === 'Add-Content';
  return defineCmdlet({
    name,
    module: 'Microsoft.PowerShell.Management',
    defaultParameterSet: 'Path',
    supportsShouldProcess: true,
    synopsis,
    parameters: {
      Value: param.objects({ mandatory: true, position: 1, fromPipeline: true, byPropertyName: true, allowNull: true, allowEmptyCollection: true }),
      PassThru: param.switch(),
      Path: param.strings({ sets: { Path: { mandatory: true, position: 0, byPropertyName: true } } }),
      LiteralPath: param.strings({ aliases: ['PSPath', 'LP'], sets: { LiteralPath: { mandatory: true, byPropertyName: true } } }),
      Filter: param.string(),
      Include: param.strings(),
      Exclude: param.strings(),
      Force: param.switch(),
      NoNewline: param.switch(),
      Encoding: param.object({ validateNotNullOrEmpty: true }),
      AsByteStream: param.switch(),
    },
    invoke: (c) => {
      const lines: string[] = [];

      const writeTo = (full: string): void => {
        if (!c.shouldProcess(`Path: ${full}`, append ? 'Add Content' : 'Set Content')) return;
        if (!isDirectory(parentOf(full) || '/')) {
          const failure = ioFailure({ code: 'ENOENT' }, full);
          c.writeError(commandError(name, failure.message, 'GetContentWriterDirectoryNotFoundError', 'ObjectNotFound', failure.exceptionType, full));
          return;
        }
        const encoding = encodingArgument(c, c.params.Encoding) ?? UTF8_NO_BOM;
        const text = c.params.NoNewline ? lines.join('') : lines.map((l) => l + '\n').join('');
        const previous = append ? existingBytes(full) : null;
        try {
          const start = previous === null || previous.length === 0;
          writeFileAtomically(full, Buffer.concat([previous ?? Buffer.alloc(0), encoding.encode(text, start)]));
        } catch (e) {
          const failure = ioFailure(e, full);
          c.writeError(commandError(name, failure.message, 'GetContentWriterIOError', 'WriteError', failure.exceptionType, full));
        }
      };

      return {
        begin() {
          encodingArgument(c, c.params.Encoding);
        },
        process() {
          const value = c.params.Value;
          for (const item of value === undefined || value === null ? [] : (enumerableItems(value) ?? [value])) {
            if (item === null || item === undefined) continue;
            lines.push(toStr(item));
            if (c.params.PassThru) c.write(item);
          }
        },
        end() {
          const { texts, literal } = pathArguments(c.params.Path, c.params.LiteralPath);
          for (const text of texts) {
            if (/^(variable|env):/i.test(text)) {
              c.writeError(notSupportedOnDrive(name, `${name} on the variable: and env: drives`));
              continue;
            }
            writeTo(resolveOutputPath(c, text, literal));
          }
        },
      };
    },
  });
}
