/**
 * Resolve-Path: the existing items a path names (wildcards expanded) as PathInfo objects, or with
 * -Relative as paths relative to the current location (`./d/file.csv`).
 */
import { posix } from 'node:path';
import { defineCmdlet, param } from '../../runtime/commands/defineCmdlet.js';
import { toStr } from '../../runtime/convert/toStringValue.js';
import { existingItems, pathArguments, pathBaseOf } from '../shared/files/cmdletPaths.js';
import { fileSystemPath } from '../shared/files/providerPath.js';
import { PathInfo } from '../shared/files/PathInfo.js';

export default defineCmdlet({
  name: 'Resolve-Path',
  module: 'Microsoft.PowerShell.Management',
  aliases: ['rvpa'],
  defaultParameterSet: 'Path',
  outputType: 'System.Management.Automation.PathInfo',
  synopsis: 'Resolves the wildcard characters in a path, and displays the path contents.',
  parameters: {
    Path: param.strings({ sets: { Path: { mandatory: true, position: 0, fromPipeline: true, byPropertyName: true } } }),
    LiteralPath: param.strings({ aliases: ['PSPath', 'LP'], sets: { LiteralPath: { mandatory: true, byPropertyName: true } } }),
    Relative: param.switch({ sets: ['Path', 'LiteralPath'] }),
    RelativeBasePath: param.string(),
    Force: param.switch(),
  },
  invoke: (c) => ({
    process() {
      const base = pathBaseOf(c);
      const relativeTo =
        c.params.RelativeBasePath !== undefined ? fileSystemPath(toStr(c.params.RelativeBasePath), base) : base.location;
      const { texts, literal } = pathArguments(c.params.Path, c.params.LiteralPath);
      for (const text of texts) {
        for (const item of existingItems(c, text, literal)) {
          const path = item.kind === 'FileSystem' ? item.full : text;
          if (!c.params.Relative || item.kind !== 'FileSystem') {
            c.write(new PathInfo(path));
            continue;
          }
          const relative = posix.relative(relativeTo, path);
          c.write(relative.startsWith('..') ? relative : `./${relative}`);
        }
      }
    },
  }),
});
