/**
 * System.IO.FileInfo and System.IO.DirectoryInfo as Get-Item and Get-ChildItem return them: a
 * snapshot of one item's metadata taken when it was read, with the PS* properties pwsh's
 * FileSystem provider adds (PSPath, PSParentPath, PSChildName, PSIsContainer) and the Mode and
 * BaseName of its type data. Mode has pwsh's five attribute letters as pwsh on Linux fills them
 * (`-----` for a file, `d----` for a folder, `r` when nothing may write it). `"$item"` is the full
 * path, as in pwsh 7.
 */
import { statSync, type Stats } from 'node:fs';
import { DateTime } from '../../../runtime/dotnet/dateTime.js';
import { defineFamily } from '../../../runtime/members/families.js';
import { TypedNumber } from '../../../runtime/values/numbers.js';
import { PSEnumValue } from '../../../runtime/values/scalars.js';
import { FILE_SYSTEM_PREFIX, leafOf, parentOf } from './providerPath.js';

const ATTRIBUTES = 'System.IO.FileAttributes';

abstract class FileSystemItem {
  abstract readonly psTypeName: string;
  readonly name: string;
  readonly lastWriteTimeUtc: DateTime;
  readonly lastAccessTimeUtc: DateTime;
  readonly creationTimeUtc: DateTime;
  readonly isReadOnly: boolean;

  constructor(
    readonly fullName: string,
    stats: Stats,
  ) {
    this.name = fullName === '/' ? '/' : leafOf(fullName);
    this.lastWriteTimeUtc = DateTime.fromJsDate(stats.mtime, 'Utc');
    this.lastAccessTimeUtc = DateTime.fromJsDate(stats.atime, 'Utc');
    this.creationTimeUtc = DateTime.fromJsDate(stats.birthtimeMs > 0 ? stats.birthtime : stats.ctime, 'Utc');
    // No write permission for anyone: what pwsh on Linux reports as ReadOnly.
    this.isReadOnly = (stats.mode & 0o222) === 0;
  }

  abstract get isContainer(): boolean;
  abstract get mode(): string;
  abstract get baseName(): string;

  get extension(): string {
    const dot = this.name.lastIndexOf('.');
    return dot <= 0 && !this.name.startsWith('.') ? '' : dot < 0 ? '' : this.name.slice(dot);
  }

  get psPath(): string {
    return FILE_SYSTEM_PREFIX + this.fullName;
  }

  get psParentPath(): string {
    const parent = parentOf(this.fullName);
    return parent === '' ? '' : FILE_SYSTEM_PREFIX + parent;
  }

  psToString(): string {
    return this.fullName;
  }
}

export class FileInfoValue extends FileSystemItem {
  readonly psTypeName = 'System.IO.FileInfo';
  readonly length: bigint;

  constructor(fullName: string, stats: Stats) {
    super(fullName, stats);
    this.length = BigInt(stats.size);
  }

  get isContainer(): boolean {
    return false;
  }

  get mode(): string {
    return this.isReadOnly ? '--r--' : '-----';
  }

  /** pwsh's BaseName for a file: the name without its extension. */
  get baseName(): string {
    const ext = this.extension;
    return ext === '' ? this.name : this.name.slice(0, -ext.length);
  }

  get directoryName(): string {
    return parentOf(this.fullName);
  }
}

export class DirectoryInfoValue extends FileSystemItem {
  readonly psTypeName = 'System.IO.DirectoryInfo';

  get isContainer(): boolean {
    return true;
  }

  get mode(): string {
    return this.isReadOnly ? 'd-r--' : 'd----';
  }

  /** A folder's BaseName is its whole name, dots included. */
  get baseName(): string {
    return this.name;
  }
}

export type FileSystemItemValue = FileInfoValue | DirectoryInfoValue;

/** The item for a path whose stats are known. */
export function fileSystemItem(fullName: string, stats: Stats): FileSystemItemValue {
  return stats.isDirectory() ? new DirectoryInfoValue(fullName, stats) : new FileInfoValue(fullName, stats);
}

/** Properties both kinds share, in the order pwsh's Format-List * shows them. */
function sharedHead<T extends FileSystemItem>(table: ReturnType<typeof defineFamily<T>>): void {
  table
    .property('PSPath', 'string', (i) => i.psPath)
    .property('PSParentPath', 'string', (i) => i.psParentPath)
    .property('PSChildName', 'string', (i) => i.name)
    .property('PSIsContainer', 'bool', (i) => i.isContainer)
    .property('Mode', 'string', (i) => i.mode)
    .property('BaseName', 'System.Object', (i) => i.baseName)
    .property('Target', 'string', () => null)
    .property('LinkType', 'string', () => null);
}

function sharedTail<T extends FileSystemItem>(table: ReturnType<typeof defineFamily<T>>): void {
  table
    .property('FullName', 'string', (i) => i.fullName)
    .property('Extension', 'string', (i) => i.extension)
    .property('Name', 'string', (i) => i.name)
    .property('Exists', 'bool', () => true)
    .property('CreationTime', 'datetime', (i) => i.creationTimeUtc.toLocalTime())
    .property('CreationTimeUtc', 'datetime', (i) => i.creationTimeUtc)
    .property('LastAccessTime', 'datetime', (i) => i.lastAccessTimeUtc.toLocalTime())
    .property('LastAccessTimeUtc', 'datetime', (i) => i.lastAccessTimeUtc)
    .property('LastWriteTime', 'datetime', (i) => i.lastWriteTimeUtc.toLocalTime())
    .property('LastWriteTimeUtc', 'datetime', (i) => i.lastWriteTimeUtc)
    .property('Attributes', 'System.IO.FileAttributes', (i) =>
      i.isContainer ? new PSEnumValue(ATTRIBUTES, 'Directory', 16) : new PSEnumValue(ATTRIBUTES, 'Archive', 32),
    )
    .method('string ToString()', (i) => i.fullName);
}

const files = defineFamily((v): v is FileInfoValue => v instanceof FileInfoValue);
sharedHead(files);
files
  .property('Length', 'long', (f) => new TypedNumber('Int64', f.length))
  .property('DirectoryName', 'string', (f) => f.directoryName)
  .property('IsReadOnly', 'bool', (f) => f.isReadOnly);
sharedTail(files);

const directories = defineFamily((v): v is DirectoryInfoValue => v instanceof DirectoryInfoValue);
sharedHead(directories);
directories
  .property('Parent', 'System.IO.DirectoryInfo', (d) => parentOf(d.fullName) || null)
  .property('Root', 'System.IO.DirectoryInfo', () => '/');
sharedTail(directories);

/** The item at an existing path (throws the Node error when it is gone). */
export function readItem(fullName: string): FileSystemItemValue {
  return fileSystemItem(fullName, statSync(fullName));
}
