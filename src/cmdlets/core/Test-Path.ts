/**
 * Test-Path: whether each path exists ($true/$false, never an error): files and folders (with
 * wildcards, and -PathType Leaf/Container), variables (`variable:x`) and environment variables
 * (`env:HOME`). An empty or $null path, or a drive the session lacks, is $false.
 */
import { statSync } from 'node:fs';
import { defineCmdlet, param } from '../../runtime/commands/defineCmdlet.js';
import { toStr } from '../../runtime/convert/toStringValue.js';
import { hasWildcards } from '../../runtime/regex/wildcard.js';
import { pathBaseOf } from '../shared/files/cmdletPaths.js';
import { environmentItems, variableItems } from '../shared/files/driveItems.js';
import { filterByName } from '../shared/files/nameFilters.js';
import { parseProviderPath } from '../shared/files/providerPath.js';
import { expandWildcardPath } from '../shared/files/wildcardPaths.js';

export default defineCmdlet({
  name: 'Test-Path',
  module: 'Microsoft.PowerShell.Management',
  defaultParameterSet: 'Path',
  outputType: 'System.Boolean',
  synopsis: 'Determines whether all elements of a path exist.',
  parameters: {
    Path: param.strings({
      sets: { Path: { mandatory: true, position: 0, fromPipeline: true, byPropertyName: true } },
      allowNull: true,
      allowEmptyString: true,
      allowEmptyCollection: true,
    }),
    LiteralPath: param.strings({
      aliases: ['PSPath', 'LP'],
      sets: { LiteralPath: { mandatory: true, byPropertyName: true } },
      allowNull: true,
      allowEmptyString: true,
      allowEmptyCollection: true,
    }),
    Filter: param.string(),
    Include: param.strings(),
    Exclude: param.strings(),
    PathType: param.string({ aliases: ['Type'], validateSet: ['Any', 'Container', 'Leaf'] }),
    IsValid: param.switch(),
    OlderThan: param.object(),
    NewerThan: param.object(),
  },
  invoke: (c) => {
    const pathType = (c.params.PathType ?? 'Any').toLowerCase();

    const fileMatches = (full: string): boolean => {
      if (!filterByName(full, c.params)) return false;
      try {
        const isFolder = statSync(full).isDirectory();
        return pathType === 'any' || (pathType === 'container') === isFolder;
      } catch {
        return false;
      }
    };

    const test = (text: string, literal: boolean): boolean => {
      if (text.trim() === '') return false;
      const parsed = parseProviderPath(text, pathBaseOf(c));
      switch (parsed.kind) {
        case 'UnknownDrive':
          return false;
        case 'Variable':
          if (c.params.IsValid) return true;
          if (parsed.name === '') return pathType !== 'leaf';
          return pathType !== 'container' && variableItems(c.callerCtx.scope, parsed.name).length > 0;
        case 'Environment':
          if (c.params.IsValid) return true;
          if (parsed.name === '') return pathType !== 'leaf';
          return pathType !== 'container' && environmentItems(c.callerCtx.rt.env, parsed.name).length > 0;
        case 'FileSystem':
          if (c.params.IsValid) return !parsed.full.includes('\0');
          if (!literal && hasWildcards(parsed.full)) return expandWildcardPath(parsed.full).some(fileMatches);
          return fileMatches(parsed.full);
      }
    };

    return {
      process() {
        const literal = c.isBound('LiteralPath');
        const raw = literal ? c.params.LiteralPath : c.params.Path;
        const texts = raw === undefined || raw === null || raw.length === 0 ? [''] : raw.map((p) => toStr(p));
        for (const text of texts) c.write(test(text, literal));
      },
    };
  },
});
