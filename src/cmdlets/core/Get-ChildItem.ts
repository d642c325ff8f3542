/**
 * Get-ChildItem: the items in folders (folders first, then files, by name; -Recurse descends),
 * or the variables and environment variables of `variable:` and `env:`. -Filter, -Include and
 * -Exclude match names; -File/-Directory keep one kind; -Name writes relative names instead of
 * items. As in pwsh, -Include only takes effect with -Recurse or a wildcard path.
 */
import { statSync } from 'node:fs';
import { defineCmdlet, param } from '../../runtime/commands/defineCmdlet.js';
import { hasWildcards } from '../../runtime/regex/wildcard.js';
import { driveNotFound, pathNotFound } from '../shared/files/commandErrors.js';
import { pathArguments, pathBaseOf } from '../shared/files/cmdletPaths.js';
import { environmentItems, variableItem, variableItems } from '../shared/files/driveItems.js';
import { fileSystemItem, type FileSystemItemValue } from '../shared/files/FileSystemItem.js';
import { listFolder } from '../shared/files/folderListing.js';
import { filterByName } from '../shared/files/nameFilters.js';
import { leafOf, parentOf, parseProviderPath } from '../shared/files/providerPath.js';
import { expandWildcardPath } from '../shared/files/wildcardPaths.js';
import { countArgument } from '../shared/files/countArgument.js';

export default defineCmdlet({
  name: 'Get-ChildItem',
  module: 'Microsoft.PowerShell.Management',
  aliases: ['dir', 'gci', 'ls'],
  defaultParameterSet: 'Items',
  synopsis: 'Gets the items and child items in one or more specified locations.',
  parameters: {
    Path: param.strings({ sets: { Items: { position: 0, fromPipeline: true, byPropertyName: true } } }),
    LiteralPath: param.strings({ aliases: ['PSPath', 'LP'], sets: { LiteralItems: { mandatory: true, byPropertyName: true } } }),
    Filter: param.string({ position: 1 }),
    Include: param.strings(),
    Exclude: param.strings(),
    Recurse: param.switch({ aliases: ['s', 'r'] }),
    Depth: param.typed<unknown>('uint32'),
    Force: param.switch(),
    Name: param.switch(),
    Attributes: param.object(),
    FollowSymlink: param.switch(),
    Directory: param.switch({ aliases: ['ad'] }),
    File: param.switch({ aliases: ['af'] }),
    Hidden: param.switch({ aliases: ['ah', 'h'] }),
    ReadOnly: param.switch({ aliases: ['ar'] }),
    System: param.switch({ aliases: ['as'] }),
  },
  invoke: (c) => {
    const name = c.commandName;
    const recurse = (c.params.Recurse ?? false) || c.isBound('Depth');
    const depth = c.isBound('Depth') ? countArgument(c.params.Depth, 0) : Infinity;

    const kindWanted = (item: FileSystemItemValue): boolean => {
      if (c.params.File && item.isContainer) return false;
      if (c.params.Directory && !item.isContainer) return false;
      if (c.params.Hidden && !item.name.startsWith('.')) return false;
      if (c.params.ReadOnly && !item.isReadOnly) return false;
      return true;
    };

    const emit = (item: FileSystemItemValue, relative: string, includeApplies: boolean): void => {
      if (!kindWanted(item)) return;
      const filters = { Filter: c.params.Filter, Exclude: c.params.Exclude, Include: includeApplies ? c.params.Include : undefined };
      if (!filterByName(item.fullName, filters)) return;
      c.write(c.params.Name ? relative : item);
    };

    const listing = (folder: string, includeApplies: boolean, only?: (item: FileSystemItemValue) => boolean): void => {
      const options = { includeHidden: (c.params.Force ?? false) || (c.params.Hidden ?? false), recurse, depth };
      for (const { item, relative } of listFolder(folder, options)) {
        if (!only || only(item)) emit(item, relative, includeApplies);
      }
    };

    const fileSystem = (full: string, literal: boolean): void => {
      if (!literal && hasWildcards(full)) {
        if (recurse) {
          // `Get-ChildItem *.csv -Recurse`: the pattern is looked for in every folder below.
          const pattern = leafOf(full);
          const probe = { Filter: pattern };
          for (const folder of expandWildcardPath(parentOf(full) || '/')) {
            listing(folder, true, (item) => filterByName(item.fullName, probe));
          }
          return;
        }
        for (const match of expandWildcardPath(full)) emit(fileSystemItem(match, statSync(match)), leafOf(match), true);
        return;
      }
      let isFolder: boolean;
      try {
        isFolder = statSync(full).isDirectory();
      } catch {
        c.writeError(pathNotFound(name, full));
        return;
      }
      if (isFolder) listing(full, recurse);
      else emit(fileSystemItem(full, statSync(full)), leafOf(full), true);
    };

    return {
      process() {
        const bound = c.isBound('Path') || c.isBound('LiteralPath');
        const { texts, literal } = bound ? pathArguments(c.params.Path, c.params.LiteralPath) : { texts: ['.'], literal: true };
        for (const text of texts) {
          const parsed = parseProviderPath(text, pathBaseOf(c));
          switch (parsed.kind) {
            case 'UnknownDrive':
              c.writeError(driveNotFound(name, parsed.drive));
              break;
            case 'Variable':
              for (const v of variableItems(c.callerCtx.scope, parsed.name)) c.write(c.params.Name ? v.name : variableItem(v));
              break;
            case 'Environment':
              for (const e of environmentItems(c.callerCtx.rt.env, parsed.name)) c.write(c.params.Name ? e.key : e);
              break;
            case 'FileSystem':
              fileSystem(parsed.full, literal);
              break;
          }
        }
      },
    };
  },
});
