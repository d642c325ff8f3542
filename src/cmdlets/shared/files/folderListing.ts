/**
 * A folder's children as Get-ChildItem lists them: folders first, then files, each in name
 * order; names starting with `.` (hidden on Linux) only when asked. -Recurse lists a folder's
 * children, then descends into each child folder in turn.
 */
import { readdirSync, statSync } from 'node:fs';
import { fileSystemItem, type FileSystemItemValue } from './FileSystemItem.js';
import { byOrdinalIgnoreCase } from './wildcardPaths.js';

export interface ListingOptions {
  readonly includeHidden: boolean;
  readonly recurse: boolean;
  /** Levels below the folder to descend with recurse (Infinity: all). */
  readonly depth: number;
}

export function childItems(folder: string): FileSystemItemValue[] {
  const folders: FileSystemItemValue[] = [];
  const files: FileSystemItemValue[] = [];
  let names: string[];
  try {
    names = readdirSync(folder);
  } catch {
    return [];
  }
  for (const name of names.sort(byOrdinalIgnoreCase)) {
    const full = folder === '/' ? `/${name}` : `${folder}/${name}`;
    try {
      const item = fileSystemItem(full, statSync(full));
      (item.isContainer ? folders : files).push(item);
    } catch {
      // Vanished or a dangling link: not listed.
    }
  }
  return [...folders, ...files];
}

/** Each listed item with its path relative to the listed folder (`sub/file.txt`, for -Name). */
export function* listFolder(
  folder: string,
  options: ListingOptions,
  prefix = '',
  level = 0,
): Generator<{ item: FileSystemItemValue; relative: string }> {
  const children = childItems(folder).filter((i) => options.includeHidden || !i.name.startsWith('.'));
  for (const item of children) yield { item, relative: prefix + item.name };
  if (!options.recurse || level >= options.depth) return;
  for (const item of children) {
    if (item.isContainer) yield* listFolder(item.fullName, options, `${prefix}${item.name}/`, level + 1);
  }
}
