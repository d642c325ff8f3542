/**
 * Get-Content: a file's lines, written one at a time (or in -ReadCount batches), or its whole
 * text with -Raw. -TotalCount keeps the first lines, -Tail the last ones.
 */
import { readFileSync, statSync } from 'node:fs';
import { defineCmdlet, param } from '../../runtime/commands/defineCmdlet.js';
import { commandError, ioFailure, notSupportedOnDrive } from '../shared/files/commandErrors.js';
import { existingItems, pathArguments } from '../shared/files/cmdletPaths.js';
import { countArgument } from '../shared/files/countArgument.js';
import { encodingArgument } from '../shared/files/encodingArgument.js';
import { decodeFileBytes } from '../shared/files/fileEncoding.js';
import { filterByName } from '../shared/files/nameFilters.js';
import { splitAtDelimiter, splitLines } from '../shared/files/textLines.js';

export default defineCmdlet({
  name: 'Get-Content',
  module: 'Microsoft.PowerShell.Management',
  aliases: ['gc', 'type', 'cat'],
  defaultParameterSet: 'Path',
  synopsis: 'Gets the content of the item at the specified location.',
  parameters: {
    ReadCount: param.long({ byPropertyName: true }),
    TotalCount: param.long({ aliases: ['First', 'Head'], byPropertyName: true }),
    Tail: param.int({ aliases: ['Last'], byPropertyName: true, validateRange: [0, 2147483647] }),
    Path: param.strings({ sets: { Path: { mandatory: true, position: 0, byPropertyName: true } } }),
    LiteralPath: param.strings({ aliases: ['PSPath', 'LP'], sets: { LiteralPath: { mandatory: true, byPropertyName: true } } }),
    Filter: param.string(),
    Include: param.strings(),
    Exclude: param.strings(),
    Force: param.switch(),
    Delimiter: param.string(),
    Wait: param.switch(),
    Raw: param.switch(),
    Encoding: param.object({ validateNotNullOrEmpty: true }),
    AsByteStream: param.switch(),
  },
  invoke: (c) => {
    const name = c.commandName;

    const emit = (pieces: string[], readCount: number): void => {
      if (readCount === 1) {
        for (const piece of pieces) c.write(piece);
        return;
      }
      const size = readCount <= 0 ? pieces.length : readCount;
      for (let i = 0; i < pieces.length; i += size) c.write(pieces.slice(i, i + size));
    };

    const readOne = (full: string): void => {
      if (statSync(full).isDirectory()) {
        c.writeError(
          commandError(
            name,
            `Unable to get content because it is a directory: '${full}'. Please use 'Get-ChildItem' instead.`,
            'GetContainerContentException',
            'InvalidOperation',
            'System.InvalidOperationException',
          ),
        );
        return;
      }
      let text: string;
      try {
        text = decodeFileBytes(readFileSync(full), encodingArgument(c, c.params.Encoding));
      } catch (e) {
        const failure = ioFailure(e, full);
        c.writeError(commandError(name, failure.message, 'GetContentReaderIOError', 'ReadError', failure.exceptionType, full));
        return;
      }
      if (c.params.Raw) {
        if (text !== '') c.write(text);
        return;
      }
      let pieces = c.params.Delimiter !== undefined ? splitAtDelimiter(text, c.params.Delimiter) : splitLines(text);
      const total = countArgument(c.params.TotalCount, -1);
      if (total >= 0) pieces = pieces.slice(0, total);
      if (c.params.Tail !== undefined) pieces = c.params.Tail === 0 ? [] : pieces.slice(-c.params.Tail);
      emit(pieces, countArgument(c.params.ReadCount, 1));
    };

    return {
      begin() {
        encodingArgument(c, c.params.Encoding);
        if (c.params.Raw && c.isBound('Tail')) {
          c.fail(
            commandError(
              name,
              "The 'Raw' and 'Tail' parameters cannot be specified in the same command.",
              'InvalidOperation',
              'InvalidOperation',
              'System.Management.Automation.PSInvalidOperationException',
            ),
          );
        }
      },
      process() {
        const { texts, literal } = pathArguments(c.params.Path, c.params.LiteralPath);
        for (const text of texts) {
          for (const item of existingItems(c, text, literal)) {
            if (item.kind !== 'FileSystem') {
              c.writeError(notSupportedOnDrive(name, 'Get-Content on the variable: and env: drives'));
              continue;
            }
            if (!filterByName(item.full, c.params)) continue;
            readOne(item.full);
          }
        }
      },
    };
  },
});
